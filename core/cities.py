"""The big trading cities and states abroad a buyer's bracket names after its country, beside
the country table (core.countries) and written as it is (core.countries.parse_table).

华美（美国纽约） and "Apex (USA New York)" are a firm's office in New York, a place as 华美（美国）
is, not the end customer an agent buys for: read as one, 华美（美国纽约） beside 华美 drew a note
to merge them (win44). A city counts only after its country (core.similarity): 华美（汉堡） alone
may be a brand, and 汉堡 a hamburger.
"""

from __future__ import annotations

from core.countries import parse_table

# One line a place: its English, its other spellings after "/", then its Chinese names
_TABLE = """
# the Americas
New York / New York City / NYC: 纽约 纽约市 纽约州
Los Angeles / LA: 洛杉矶
Chicago: 芝加哥
Miami: 迈阿密
Houston: 休斯顿 休斯敦
Seattle: 西雅图
California / CA: 加州 加利福尼亚
Texas / TX: 德州 得克萨斯
Florida / FL: 佛州 佛罗里达
New Jersey / NJ: 新泽西
Toronto: 多伦多
Vancouver: 温哥华
Sao Paulo: 圣保罗
# Europe
Hamburg: 汉堡
Rotterdam: 鹿特丹
Antwerp / Antwerpen: 安特卫普
London: 伦敦
Paris: 巴黎
Milan / Milano: 米兰
Madrid: 马德里
Barcelona: 巴塞罗那
Frankfurt: 法兰克福
Munich / München: 慕尼黑
Moscow: 莫斯科
Istanbul: 伊斯坦布尔
# the Middle East, Asia, Oceania and Africa
Dubai: 迪拜
Abu Dhabi: 阿布扎比
Riyadh: 利雅得
Jeddah: 吉达
Mumbai / Bombay: 孟买
New Delhi / Delhi: 新德里 德里
Tokyo: 东京
Osaka: 大阪
Seoul: 首尔
Bangkok: 曼谷
Ho Chi Minh City / HCMC / Saigon: 胡志明市 胡志明
Jakarta: 雅加达
Kuala Lumpur / KL: 吉隆坡
Manila: 马尼拉
Sydney: 悉尼
Melbourne: 墨尔本
Lagos: 拉各斯
Johannesburg: 约翰内斯堡
"""

CITIES, LATIN_CITIES = parse_table(_TABLE)
