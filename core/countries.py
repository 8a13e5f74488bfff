"""The countries a Chinese ledger's country column writes, with their English.

One table: an English list prints a country cell by it (core.actions.ledger_words.country_text),
and a bracket holding one of them, in either language, is a firm's own subsidiary (Apex (UK)
Ltd, 华美（美国）有限公司), not an agent's end customer (core.similarity.outside_brackets).

All 193 members of the United Nations, with the 16 territories a firm ships to or is paid from
(Hong Kong, Macao, Taiwan, Puerto Rico, the Cayman and British Virgin Islands …), under the
short Chinese name a clerk types and its other spellings (阿联酋 and 阿拉伯联合酋长国, 澳洲,
刚果(金)). Before (list43b) the table held 73 names of 69 places, and an English list
printed 突尼斯 and 拉脱维亚 for Tunisia and Latvia. Keys are as NFKC writes them: 刚果（金）
is looked up as 刚果(金).
"""

from __future__ import annotations

import unicodedata

from core.i18n import N_, tr

# One line a place: its English as the lists print it, its other English spellings after "/"
# (a bracket's "Apex (Ivory Coast)"), then the Chinese names a clerk types for it ("# …" heads a
# region). Kept as text, each variant beside its place (parse_table).
_TABLE = """
# East Asia
China / PRC: 中国
Hong Kong: 香港 中国香港
Macao: 澳门 中国澳门
Taiwan: 台湾 中国台湾
Japan: 日本
South Korea / Korea / Republic of Korea: 韩国 南韩 大韩民国
North Korea / DPRK: 朝鲜
Mongolia: 蒙古 蒙古国
# North and Latin America, the Caribbean
USA / US / United States / United States of America: 美国
Canada: 加拿大
Mexico: 墨西哥
Brazil: 巴西
Chile: 智利
Argentina: 阿根廷
Peru: 秘鲁
Colombia: 哥伦比亚
Ecuador: 厄瓜多尔
Panama: 巴拿马
Venezuela: 委内瑞拉
Bolivia: 玻利维亚
Paraguay: 巴拉圭
Uruguay: 乌拉圭
Guyana: 圭亚那
Suriname: 苏里南
Costa Rica: 哥斯达黎加
Guatemala: 危地马拉
Honduras: 洪都拉斯
El Salvador: 萨尔瓦多
Nicaragua: 尼加拉瓜
Belize: 伯利兹
Cuba: 古巴
Jamaica: 牙买加
Haiti: 海地
Dominican Republic: 多米尼加 多米尼加共和国
Dominica: 多米尼克
Bahamas: 巴哈马
Barbados: 巴巴多斯
Trinidad and Tobago: 特立尼达和多巴哥 特立尼达
Grenada: 格林纳达
Saint Lucia: 圣卢西亚
Saint Kitts and Nevis: 圣基茨和尼维斯
Saint Vincent and the Grenadines: 圣文森特和格林纳丁斯
Antigua and Barbuda: 安提瓜和巴布达
Puerto Rico: 波多黎各
Cayman Islands: 开曼群岛 开曼
British Virgin Islands / BVI: 英属维尔京群岛 英属维京群岛
Bermuda: 百慕大
Aruba: 阿鲁巴
Curaçao: 库拉索
Greenland: 格陵兰
# Europe
Germany / Deutschland: 德国
UK / GB / Britain / Great Britain / United Kingdom / England / Scotland / Wales: 英国
France: 法国
Italy: 意大利
Spain: 西班牙
Netherlands / Holland: 荷兰
Belgium: 比利时
Luxembourg: 卢森堡
Switzerland: 瑞士
Austria: 奥地利
Liechtenstein: 列支敦士登
Sweden: 瑞典
Norway: 挪威
Denmark: 丹麦
Finland: 芬兰
Iceland: 冰岛
Ireland: 爱尔兰
Portugal: 葡萄牙
Greece: 希腊
Malta: 马耳他
Cyprus: 塞浦路斯
Monaco: 摩纳哥
Andorra: 安道尔
San Marino: 圣马力诺
Vatican City / Vatican: 梵蒂冈
Poland: 波兰
Czechia / Czech Republic: 捷克 捷克共和国
Slovakia: 斯洛伐克
Hungary: 匈牙利
Romania: 罗马尼亚
Bulgaria: 保加利亚
Slovenia: 斯洛文尼亚
Croatia: 克罗地亚
Serbia: 塞尔维亚
Montenegro: 黑山
Bosnia and Herzegovina: 波黑 波斯尼亚和黑塞哥维那
North Macedonia / Macedonia: 北马其顿 马其顿
Albania: 阿尔巴尼亚
Kosovo: 科索沃
Estonia: 爱沙尼亚
Latvia: 拉脱维亚
Lithuania: 立陶宛
Belarus: 白俄罗斯
Ukraine: 乌克兰
Moldova: 摩尔多瓦
Russia / Russian Federation: 俄罗斯 俄国 俄罗斯联邦
# the Middle East and the Caucasus
Turkey / Türkiye: 土耳其
Israel: 以色列
Palestine: 巴勒斯坦
Lebanon: 黎巴嫩
Syria: 叙利亚
Jordan: 约旦
Iraq: 伊拉克
Iran: 伊朗
UAE / Emirates: 阿联酋 阿拉伯联合酋长国
Saudi Arabia / Saudi / KSA: 沙特阿拉伯 沙特
Qatar: 卡塔尔
Kuwait: 科威特
Bahrain: 巴林
Oman: 阿曼
Yemen: 也门
Georgia: 格鲁吉亚
Armenia: 亚美尼亚
Azerbaijan: 阿塞拜疆
# South and Central Asia
India: 印度
Pakistan: 巴基斯坦
Bangladesh: 孟加拉 孟加拉国
Sri Lanka: 斯里兰卡
Nepal: 尼泊尔
Bhutan: 不丹
Maldives: 马尔代夫
Afghanistan: 阿富汗
Kazakhstan: 哈萨克斯坦 哈萨克
Uzbekistan: 乌兹别克斯坦 乌兹别克
Kyrgyzstan: 吉尔吉斯斯坦 吉尔吉斯
Tajikistan: 塔吉克斯坦
Turkmenistan: 土库曼斯坦
# South-East Asia
Vietnam / Viet Nam: 越南
Thailand: 泰国
Malaysia: 马来西亚
Singapore: 新加坡
Indonesia: 印度尼西亚 印尼
Philippines: 菲律宾
Cambodia: 柬埔寨
Laos: 老挝
Myanmar / Burma: 缅甸
Brunei: 文莱
Timor-Leste / East Timor: 东帝汶
# Oceania
Australia: 澳大利亚 澳洲
New Zealand: 新西兰 纽西兰
Papua New Guinea / PNG: 巴布亚新几内亚
Fiji: 斐济
Solomon Islands: 所罗门群岛
Vanuatu: 瓦努阿图
Samoa: 萨摩亚
Tonga: 汤加
Kiribati: 基里巴斯
Tuvalu: 图瓦卢
Nauru: 瑙鲁
Palau: 帕劳
Marshall Islands: 马绍尔群岛
Micronesia: 密克罗尼西亚
New Caledonia: 新喀里多尼亚
French Polynesia: 法属波利尼西亚
Guam: 关岛
# Africa
South Africa: 南非
Nigeria: 尼日利亚
Kenya: 肯尼亚
Ghana: 加纳
Egypt: 埃及
Morocco: 摩洛哥
Algeria: 阿尔及利亚
Tunisia: 突尼斯
Libya: 利比亚
Sudan: 苏丹
South Sudan: 南苏丹
Mauritania: 毛里塔尼亚
Tanzania: 坦桑尼亚
Ethiopia: 埃塞俄比亚
Uganda: 乌干达
Rwanda: 卢旺达
Burundi: 布隆迪
Somalia: 索马里
Djibouti: 吉布提
Eritrea: 厄立特里亚
Senegal: 塞内加尔
Gambia: 冈比亚
Guinea: 几内亚
Guinea-Bissau: 几内亚比绍
Sierra Leone: 塞拉利昂
Liberia: 利比里亚
Côte d'Ivoire / Ivory Coast: 科特迪瓦 象牙海岸
Mali: 马里
Burkina Faso: 布基纳法索
Niger: 尼日尔
Togo: 多哥
Benin: 贝宁
Cabo Verde / Cape Verde: 佛得角
Cameroon: 喀麦隆
Chad: 乍得
Central African Republic: 中非 中非共和国
Gabon: 加蓬
Equatorial Guinea: 赤道几内亚
Congo: 刚果 刚果(布) 刚果布 刚果共和国
DR Congo / DRC: 刚果(金) 刚果金 民主刚果 刚果民主共和国
São Tomé and Príncipe: 圣多美和普林西比
Angola: 安哥拉
Zambia: 赞比亚
Zimbabwe: 津巴布韦
Malawi: 马拉维
Mozambique: 莫桑比克
Namibia: 纳米比亚
Botswana: 博茨瓦纳
Lesotho: 莱索托
Eswatini / Swaziland: 斯威士兰 埃斯瓦蒂尼
Madagascar: 马达加斯加
Mauritius: 毛里求斯
Seychelles: 塞舌尔
Comoros: 科摩罗
"""



def unaccented(text: str) -> str:
    """"Société" as "Societe": a clerk types a European buyer's name with accents or without."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def latin_form(text: str) -> str:
    """Latin text as a bracket's words are matched with the table's (core.similarity):
    without accents, "’" as "'" and "&" as "and", folded: "Côte d’Ivoire" is "cote d'ivoire",
    "Trinidad & Tobago" "trinidad and tobago"."""
    text = unaccented(text.replace("\u2019", "'").replace("&", " and "))
    return " ".join(text.casefold().split())


_TWICE = N_("{table}: {name} listed twice, in {line}")


def _typo(table: str, line: str, message: str, **params: str) -> ValueError:
    """A table's typo, named in the user's language: the table, the line, what is wrong."""
    return ValueError(tr(message, table=tr(table), line=repr(line.strip()), **params))


def parse_table(table: str, name: str = N_("country table")
                ) -> tuple[dict[str, str], dict[str, str]]:
    """Each Chinese name to its place's English, and every English name and variant in
    :func:`latin_form` to it. Blank lines and "# …" are passed over, "：" reads as ":" (NFKC); a
    line without English or Chinese, or a Chinese name or English variant a second time, is a
    ValueError naming the table (`name`, N_ marked: the country table, core.cities' city
    table) and the line: a typo in the table is found by its test, not by a user."""
    chinese_names: dict[str, str] = {}
    latin: dict[str, str] = {}
    line_of: dict[str, str] = {}  # each English variant's line
    for line in table.splitlines():
        text = unicodedata.normalize("NFKC", line).strip()
        if not text or text.startswith("#"):
            continue
        english, colon, names = text.partition(":")
        spellings = [spelling.strip() for spelling in english.split("/")]
        if not colon or not names.split() or not all(spellings):
            raise _typo(name, line, N_("{table}: not 'English: 中文名' in {line}"))
        for chinese in names.split():
            if chinese in chinese_names:
                raise _typo(name, line, _TWICE, name=chinese)
            chinese_names[chinese] = spellings[0]
        for spelling in map(latin_form, spellings):
            if line_of.setdefault(spelling, text) != text:
                raise _typo(name, line, _TWICE, name=spelling)
            latin[spelling] = spellings[0]
    return chinese_names, latin


COUNTRIES, LATIN_COUNTRY = parse_table(_TABLE)  # a name to its English
LATIN_COUNTRY_NAMES = frozenset(LATIN_COUNTRY)
