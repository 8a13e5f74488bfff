"""The countries a Chinese ledger's country column writes, with their English.

One table: an English list prints a country cell by it (core.actions.ledger_words.country_text),
and a bracket holding one of them, in either language, is a firm's own subsidiary (Apex (UK)
Ltd, 华美（美国）有限公司), not an agent's end customer (core.similarity.outside_brackets).
"""

from __future__ import annotations

COUNTRIES: dict[str, str] = {
    "中国": "China", "香港": "Hong Kong", "中国香港": "Hong Kong", "澳门": "Macao",
    "台湾": "Taiwan", "美国": "USA", "加拿大": "Canada", "墨西哥": "Mexico", "巴西": "Brazil",
    "智利": "Chile", "阿根廷": "Argentina", "秘鲁": "Peru", "哥伦比亚": "Colombia",
    "厄瓜多尔": "Ecuador", "巴拿马": "Panama", "德国": "Germany", "英国": "UK",
    "法国": "France", "意大利": "Italy", "西班牙": "Spain", "荷兰": "Netherlands",
    "比利时": "Belgium", "瑞士": "Switzerland", "奥地利": "Austria", "瑞典": "Sweden",
    "挪威": "Norway", "丹麦": "Denmark", "芬兰": "Finland", "爱尔兰": "Ireland",
    "葡萄牙": "Portugal", "希腊": "Greece", "波兰": "Poland", "捷克": "Czechia",
    "匈牙利": "Hungary", "罗马尼亚": "Romania", "乌克兰": "Ukraine", "俄罗斯": "Russia",
    "土耳其": "Turkey", "以色列": "Israel", "阿联酋": "UAE", "沙特阿拉伯": "Saudi Arabia",
    "沙特": "Saudi Arabia", "卡塔尔": "Qatar", "科威特": "Kuwait", "阿曼": "Oman",
    "约旦": "Jordan", "伊拉克": "Iraq", "伊朗": "Iran", "印度": "India",
    "巴基斯坦": "Pakistan", "孟加拉": "Bangladesh", "孟加拉国": "Bangladesh",
    "斯里兰卡": "Sri Lanka", "越南": "Vietnam", "泰国": "Thailand", "马来西亚": "Malaysia",
    "新加坡": "Singapore", "印度尼西亚": "Indonesia", "印尼": "Indonesia",
    "菲律宾": "Philippines", "日本": "Japan", "韩国": "South Korea", "澳大利亚": "Australia",
    "新西兰": "New Zealand", "南非": "South Africa", "尼日利亚": "Nigeria", "肯尼亚": "Kenya",
    "加纳": "Ghana", "埃及": "Egypt", "摩洛哥": "Morocco", "阿尔及利亚": "Algeria",
    "坦桑尼亚": "Tanzania", "埃塞俄比亚": "Ethiopia",
}
