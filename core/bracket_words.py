"""The words a bracket in a buyer's name holds that say which firm of a group it is, not the end
customer an agent buys for (core.similarity.end_customer).

"ABC Agency (for Lidl)" and "ABC Agency（Aldi）" are one agent's end customers (stop38); "Apex
(UK) Ltd", "Apex (Europe) Ltd" and "Apex (Holdings) Ltd" are three registered firms, each paying
its own invoices. Read as end customers, the three drew notes to merge them, and a clerk
following them let one subsidiary's wire pay another's invoices (fix38b). A country (the
country column's table, core.countries, in either language), a region or a word of a firm's
place in its group is such a word, and so is a city: a Chinese one a firm is registered in
(core.similarity's PLACES) anywhere, a big trading city abroad (core.cities) only beside its own
country (华美（美国纽约）, "Apex (Dubai, UAE)"; not 华美（汉堡） or "Apex (USA Dubai)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.cities import CITIES_OF
from core.countries import COUNTRIES, LATIN_COUNTRY, LATIN_COUNTRY_NAMES, latin_form

# Latin names of regions (a country's other English names are the table's, core.countries)
REGIONS = frozenset({
    "america", "americas", "north america", "south america", "latin america", "latam", "eu",
    "europe", "european", "asia", "asian", "asia pacific", "apac", "emea", "mena",
    "middle east", "far east", "africa", "oceania", "pacific", "nordic", "nordics",
    "scandinavia", "benelux", "dach", "gulf", "gcc"})
# a country's English that is a man's or woman's first name too: "ABC Agency (Chad)" beside
# "ABC Agency" is an agent's end customer Chad, not its subsidiary in Chad (fx43e); the lists
# still print Chad for 乍得
FIRST_NAMES = frozenset({"chad", "georgia", "jordan"})
CHINESE_REGIONS = ("欧洲", "亚洲", "非洲", "美洲", "北美", "南美", "拉美", "中东", "亚太",
                   "东南亚", "大陆", "欧盟")
# a firm's place in its group: the group, its holding, a branch or office
GROUP_WORDS = frozenset({
    "holdings", "holding", "group", "international", "intl", "global", "worldwide", "overseas",
    "hq", "headquarters", "head office", "branch", "office", "subsidiary", "division"})
CHINESE_GROUP_WORDS = ("集团", "控股", "国际", "总部", "总公司", "分公司", "子公司", "办事处",
                       "全球", "海外")
# the words an agent writes before the end customer it buys for: "(for Lidl)", "(für Aldi)",
# "（代 Lidl）", "（给 Aldi）"
FOR_WORDS = ("for", "für", "fur", "pour", "on behalf of")
CHINESE_FOR_WORDS = ("代理", "代", "给", "为")

# an outlet of the buyer's own, numbered or not: "Bella Casa (Store 2)", "Store (Branch 1)",
# 华美家居（2号店）, （一分店）, （3号仓）: separate outlets, not one agent's end customers (note39)
OUTLET_WORDS = frozenset({"store", "shop", "outlet", "warehouse", "depot", "showroom"})
CHINESE_OUTLET_WORDS = ("分店", "门店", "店铺", "店", "仓库", "分仓", "仓")
# what numbers an outlet: 2, No. 2, #2, 第二, 2号, 一
NUMBERING = r"(?<![0-9a-z])(?:no\.?\s*|#\s*|第)?[0-9一二三四五六七八九十百零〇两]+号?"

# in core.countries.latin_form, as a bracket's text is matched with them
LATIN_COUNTRIES = LATIN_COUNTRY_NAMES - FIRST_NAMES
LATIN_GROUP_PLACES = frozenset(map(latin_form, REGIONS | GROUP_WORDS | OUTLET_WORDS)) | (
    LATIN_COUNTRIES)


def alternation(words: Iterable[str]) -> str:
    """A pattern matching any of `words`, the longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# a country and a city or state of its own (core.cities), the city after it or before it:
# "usa new york", "new york, usa", 美国纽约, 美国·加州, 迪拜阿联酋 are a place, as the country
# alone is (win44: 华美（美国纽约） read as an end customer); "usa dubai", 美国迪拜 are not
_LATIN_SEP, _CHINESE_SEP = r"[\s,/-]+", r"[\s,、/·-]*"


def _either_way(names: str, towns: str, sep: str, alone: str) -> str:
    """A country (`names`) with its cities after it, or its cities before it; the country
    alone as well where `alone` is "*" (+ needs a city)."""
    return (rf"(?:{names})(?:{sep}(?:{towns})){alone}"
            rf"|(?:{towns})(?:{sep}(?:{towns}))*{sep}(?:{names})")


def _with_cities(country: str, latin: Iterable[str], chinese: Iterable[str]) -> tuple[str, str]:
    """A country's names with its cities (core.cities) as patterns, the cities after the country
    or before it, in English ("Dubai, UAE") and in Chinese (迪拜阿联酋, 纽约·美国)."""
    names = alternation(name for name in LATIN_COUNTRIES if LATIN_COUNTRY[name] == country)
    return (_either_way(names, alternation(latin), _LATIN_SEP, "+"),
            _either_way(alternation(name for name, english in COUNTRIES.items()
                                    if english == country),
                        alternation(chinese), _CHINESE_SEP, "*"))


_BY_COUNTRY = [_with_cities(country, latin, chinese)
               for country, (chinese, latin) in CITIES_OF.items()]
LATIN_COUNTRY_CITY = r"(?<![0-9a-z])(?:{})(?![0-9a-z])".format(
    "|".join(latin for latin, _ in _BY_COUNTRY))
# a Chinese country with its own cities after or before it (美国纽约, 迪拜·阿联酋), or any
# country alone
CHINESE_COUNTRY_CITY = "|".join([*(chinese for _, chinese in _BY_COUNTRY), alternation(COUNTRIES)])
# a Chinese country (core.countries) only where no Chinese goes before it and these alone after:
# （黑山）, （美国分公司）, not inside （中非贸易） (core.similarity, fx43e)
CHINESE_GROUP_PLACES = (*CHINESE_REGIONS, *CHINESE_GROUP_WORDS, *CHINESE_OUTLET_WORDS)
