"""The big trading cities and states abroad a buyer's bracket names beside their country, each
under its country in the country table (core.countries) and written as it is
(core.countries.parse_table).

华美（美国纽约）, "Apex (USA New York)" and "Apex (New York, USA)" are a firm's office in New
York, a place as 华美（美国） is, not the end customer an agent buys for: read as one,
华美（美国纽约） beside 华美 drew a note to merge them (win44). A city counts only beside its own
country (core.bracket_words): 华美（汉堡） alone may be a brand, and 汉堡 a hamburger;
"Apex (USA Dubai)" names no office of the USA (fx44w).
"""

from __future__ import annotations

import re

from core.countries import parse_table
from core.i18n import N_

# One line a place: its English, its other spellings after "/", then its Chinese names, under
# "[its country]" as the country table prints the country
_TABLE = """
[USA]
New York / New York City / NYC / NY: 纽约 纽约市 纽约州
Los Angeles / LA: 洛杉矶
Chicago: 芝加哥
Miami: 迈阿密
Houston: 休斯顿 休斯敦
Seattle: 西雅图
California / CA: 加州 加利福尼亚
Texas / TX: 德州 得克萨斯
Florida / FL: 佛州 佛罗里达
New Jersey / NJ: 新泽西
[Canada]
Toronto: 多伦多
Vancouver: 温哥华
[Brazil]
Sao Paulo: 圣保罗
[Germany]
Hamburg: 汉堡
Frankfurt: 法兰克福
Munich / München: 慕尼黑
[Netherlands]
Rotterdam: 鹿特丹
[Belgium]
Antwerp / Antwerpen: 安特卫普
[UK]
London: 伦敦
[France]
Paris: 巴黎
[Italy]
Milan / Milano: 米兰
[Spain]
Madrid: 马德里
Barcelona: 巴塞罗那
[Russia]
Moscow: 莫斯科
[Turkey]
Istanbul: 伊斯坦布尔
[UAE]
Dubai: 迪拜
Abu Dhabi: 阿布扎比
[Saudi Arabia]
Riyadh: 利雅得
Jeddah: 吉达
[India]
Mumbai / Bombay: 孟买
New Delhi / Delhi: 新德里 德里
[Japan]
Tokyo: 东京
Osaka: 大阪
[South Korea]
Seoul: 首尔
[Thailand]
Bangkok: 曼谷
[Vietnam]
Ho Chi Minh City / HCMC / Saigon: 胡志明市 胡志明
[Indonesia]
Jakarta: 雅加达
[Malaysia]
Kuala Lumpur / KL: 吉隆坡
[Philippines]
Manila: 马尼拉
[Australia]
Sydney: 悉尼
Melbourne: 墨尔本
[Nigeria]
Lagos: 拉各斯
[South Africa]
Johannesburg: 约翰内斯堡
"""
_COUNTRY = re.compile(r"^\[(.+)\]$", re.MULTILINE)
TABLE_NAME = N_("city table")

# each country's cities: Chinese name to English, English names (latin_form) to English
_PARTS = _COUNTRY.split(_TABLE)  # the text before the first country, then each and its lines
CITIES_OF = {country: parse_table(lines, TABLE_NAME)
             for country, lines in zip(_PARTS[1::2], _PARTS[2::2], strict=True)}
# all of them, a city under two countries a ValueError as a name twice in one is
CITIES, _LATIN = parse_table(_COUNTRY.sub("", _TABLE), TABLE_NAME)
LATIN_CITIES = frozenset(_LATIN)
