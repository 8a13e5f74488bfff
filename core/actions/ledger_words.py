"""The words a Chinese ledger writes a buyer's payment terms and country in, said in English on
an English list.

A clerk writes 电汇, 前T/T or 30%定金，70%发货前付清 in the terms column and 尼日利亚 in the
country column; the English lists printed them so, to a reader who reads no Chinese. An English
list says in English a terms cell made wholly of the words below (its figures, percentages,
Latin text and punctuation kept as written) and a country cell that is one of the countries
below; a cell holding any other Chinese prints as written, never half said. A Chinese list
prints every cell as written. Only what is printed changes: the store and the analysis keep
the text as typed. The tables are the ledger's own words with their English, side by side, so
each word is written once (a payment's deposit and balance words, core.ledger.payment_kinds's,
which a payment's note is read by); a term's reading (its rung and days) is
core.ledger.terms'.
"""

from __future__ import annotations

import unicodedata

from core.i18n import current_language
from core.ledger.normalise import plain_name
from core.ledger.payment_kinds import NAMED

# Terms (keys as NFKC and lower case write them); where two begin alike the longer is read:
# 即期信用证 is "L/C at sight". A space beside a Chinese character is dropped first (月结 30 天).
TERMS: dict[str, str] = {
    "电汇": "T/T", "前t/t": "T/T in advance", "前tt": "T/T in advance",
    "前电汇": "T/T in advance", "后t/t": "T/T after shipment", "后tt": "T/T after shipment",
    "预付": "in advance", "全款预付": "100% in advance",
    "款到发货": "payment before shipment", "先款后货": "payment before shipment",
    "发货前付清": "balance before shipment",
    "出货前付清": "balance before shipment", "发货前": "before shipment",
    "出货前": "before shipment", "装船前": "before loading",
    "见提单复印件付款": "against B/L copy", "见提单复印件": "against B/L copy",
    "凭提单复印件": "against B/L copy", "信用证": "L/C", "即期信用证": "L/C at sight",
    "远期信用证": "usance L/C", "付款交单": "D/P", "即期付款交单": "D/P at sight",
    "承兑交单": "D/A", "赊销": "O/A", "赊账": "O/A", "赊欠": "O/A", "账期": "credit",
    "帐期": "credit", "月结": "monthly statement", "货到付款": "payment on arrival",
    "到货付款": "payment on arrival", "西联": "Western Union", "信用卡": "credit card",
    "天": "days", "个月": "months", "、": ",", "即期": "at sight", "见提单": "against B/L",
    # a payment's deposit, balance and the like: the words a payment's note says its place by
    **{word: english for word, _place, english in NAMED},
}
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
_LONGEST = max(map(len, TERMS))
_UNSPACED = "),.;:/!? "  # no space between an English word and these: "(T/T in advance)"


def _english() -> bool:
    return current_language() != "zh_CN"


def _said(text: str) -> str:
    """The text's Chinese words in English, or '' where one is not in TERMS."""
    out: list[str] = []
    at, said_first, after_word = 0, False, False
    while at < len(text):
        if text[at].isascii():  # spaced from a word before it as English is: "days (OA)"
            out.append(" " * (after_word and text[at] not in _UNSPACED) + text[at])
            at += 1
            after_word = False
            continue
        word = next((text[at:end] for end in range(min(len(text), at + _LONGEST), at, -1)
                     if text[at:end].lower() in TERMS), None)
        if word is None:
            return ""
        said_first = said_first or at == 0
        english = TERMS[word.lower()]
        if out and english[0].isalnum() and (out[-1][-1:].isalnum()
                                              or out[-1][-1:] in "%)+&"):
            out.append(" ")
        out.append(english)
        at += len(word)
        after_word = english[0].isalnum()
    said = " ".join("".join(out).replace(",", ", ").replace(";", "; ").split())
    return said[0].upper() + said[1:] if said_first else said


def terms_words(text: str) -> str:
    """A terms cell as an English list prints it: "30% deposit, 70% balance before shipment"
    for 30%定金，70%发货前付清; as written where any of its Chinese is not known."""
    if text.isascii() or not _english():
        return text
    return _said(plain_name(unicodedata.normalize("NFKC", text))) or text


def country_text(text: str | None) -> str:
    """A country cell as an English list prints it: Nigeria for 尼日利亚, else as written."""
    if not text or text.isascii() or not _english():
        return text or ""
    return COUNTRIES.get("".join(unicodedata.normalize("NFKC", text).split()), text)
