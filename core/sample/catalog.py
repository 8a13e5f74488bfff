"""Fixed vocabulary of the simulated firm: countries, name parts, products, terms.

Kept apart from the simulation so the behaviour code in `firm.py` reads as rules, not data.
Everything is a tuple or a dict literal, so iteration order is the source order on every run.
"""

from __future__ import annotations

from dataclasses import dataclass

FIRM_NAME = "宁波远帆进出口有限公司"
CONTRACT_PREFIX = "YF25-"
INVOICE_PREFIX = "INV25-"

# Fixed book rates (USD value of one unit), so segment sizes can be set and checked in USD.
USD_PER_UNIT = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "CNY": 1 / 7.2}

SALESPEOPLE = ("张伟", "李娜", "王芳", "陈杰")


@dataclass(frozen=True)
class Country:
    """One market: how many customers the firm has there and who covers it."""

    name: str
    count: int
    salesperson: str
    ports: tuple[str, ...]
    cities: tuple[str, ...]
    name_parts: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _c(name: str, count: int, sales: str, ports: str, cities: str,
       first: str, middle: str, suffix: str) -> Country:
    return Country(name, count, sales, tuple(ports.split("|")), tuple(cities.split("|")),
                   (tuple(first.split("|")), tuple(middle.split("|")), tuple(suffix.split("|"))))


# Salespeople own regions, as small exporters usually split the world.
COUNTRIES: tuple[Country, ...] = (
    _c("美国", 22, "张伟", "Los Angeles|Long Beach|New York|Savannah", "Chicago|Dallas|Atlanta",
       "Coastal|Summit|Evergreen|Blue Ridge|Lakeside|Prairie|Harbor|Golden State|Liberty|Pioneer"
       "|Redwood|Silver Creek|Northpoint|Maple Lane|Sunbelt",
       "Home Goods|Kitchen Supply|Housewares|Home Essentials|Cookware|Living|Trading|Imports",
       "LLC|Inc.|Corp.|Co."),
    _c("加拿大", 6, "张伟", "Vancouver|Montreal", "Toronto|Calgary",
       "Maple|Northern|Great Lakes|Rocky Mountain|True North|Laurentian",
       "Home|Housewares|Kitchen|Trading", "Inc.|Ltd.|Corp."),
    _c("墨西哥", 5, "张伟", "Manzanillo|Veracruz", "Guadalajara|Monterrey",
       "Azteca|Monterrey|Jalisco|Hogar|Sol", "Importaciones|Distribuidora|Comercializadora",
       "S.A. de C.V."),
    _c("德国", 12, "李娜", "Hamburg|Bremerhaven", "Frankfurt|Munich|Cologne",
       "Hamburg|Berliner|Kölner|Rhein|Bremer|Dresdner|Stuttgarter|Nord|Frankfurter|Hansa",
       "Haushaltwaren|Küchenbedarf|Wohnwelt|Handels|Import|Hausrat", "GmbH|GmbH & Co. KG|AG"),
    _c("英国", 8, "李娜", "Felixstowe|Southampton", "Manchester|Birmingham",
       "Thames|Pennine|Kingsway|Albion|Cotswold|Harrow|Bristol|Highland",
       "Homewares|Kitchen Co|Household Supplies|Trading|Home Retail", "Ltd|Limited|PLC"),
    _c("法国", 7, "李娜", "Le Havre|Marseille", "Paris|Lyon",
       "Maison|Cuisine|Lyon|Provence|Atlantique|Paris", "Deco|Distribution|Import|Habitat",
       "SARL|SAS|S.A."),
    _c("意大利", 6, "李娜", "Genoa|La Spezia", "Milan|Bologna",
       "Casa|Cucina|Milano|Torino|Adriatica|Tirreno|Veneta", "Casalinghi|Import|Forniture",
       "S.r.l.|S.p.A."),
    _c("西班牙", 6, "李娜", "Valencia|Barcelona", "Madrid|Zaragoza",
       "Hogar|Cocina|Iberia|Levante|Mediterraneo|Costa", "Importaciones|Distribuciones|Menaje",
       "S.L.|S.A."),
    _c("荷兰", 5, "李娜", "Rotterdam", "Amsterdam|Venlo",
       "Holland|Rotterdam|Delta|Oranje|Amstel", "Huishoud|Wonen|Import|Trading", "B.V."),
    _c("阿联酋", 6, "王芳", "Jebel Ali|Dubai", "Dubai|Abu Dhabi",
       "Al Noor|Gulf|Desert Rose|Emirates|Al Safa|Marina|Al Baraka",
       "Trading|General Trading|Home|Household", "FZE|LLC|FZCO"),
    _c("沙特阿拉伯", 5, "王芳", "Jeddah|Dammam", "Riyadh",
       "Al Rashid|Al Jazeera|Najd|Red Sea|Al Waha", "Trading|Commercial|Household Supplies",
       "Est.|Co."),
    _c("印度", 5, "王芳", "Nhava Sheva|Chennai", "New Delhi|Bangalore",
       "Shree Ganesh|Bharat|Sai|Mumbai|Sunrise|Lakshmi", "Kitchenware|Traders|Impex|Enterprises",
       "Pvt. Ltd.|LLP"),
    _c("越南", 4, "王芳", "Ho Chi Minh|Haiphong", "Hanoi",
       "Saigon|Hanoi|Mekong|Viet Phat|Hoang Long", "Trading|Household|Import Export",
       "Co., Ltd.|JSC"),
    _c("日本", 5, "王芳", "Tokyo|Yokohama|Osaka", "Nagoya",
       "Sakura|Tokyo|Osaka|Fuji|Yamato|Kobe", "Trading|Kitchen|Living|Shoji", "Co., Ltd.|K.K."),
    _c("韩国", 4, "王芳", "Busan|Incheon", "Seoul",
       "Hanil|Daehan|Seoul|Busan|Mirae", "Living|Trading|Houseware", "Co., Ltd.|Corp."),
    _c("以色列", 3, "王芳", "Haifa|Ashdod", "Tel Aviv",
       "Galil|Negev|Carmel|Tel Aviv", "Home|Kitchen|Trading|Import", "Ltd."),
    _c("土耳其", 4, "王芳", "Istanbul|Mersin", "Ankara",
       "Anadolu|Bosphorus|Ege|Marmara|Istanbul", "Ev Gerecleri|Dis Ticaret|Mutfak",
       "Ltd. Sti.|A.S."),
    _c("巴西", 5, "陈杰", "Santos|Itajai", "Sao Paulo|Curitiba",
       "Casa|Paulista|Carioca|Brasil|Lar", "Utilidades|Comercio|Importadora|Distribuidora",
       "Ltda.|S.A."),
    _c("智利", 4, "陈杰", "San Antonio|Valparaiso", "Santiago",
       "Andes|Pacifico|Santiago|Austral", "Hogar|Comercial|Importadora", "SpA|Ltda."),
    _c("澳大利亚", 7, "陈杰", "Sydney|Melbourne|Brisbane", "Sydney|Perth",
       "Southern Cross|Bondi|Outback|Pacific|Harbourside|Koala|Eureka",
       "Homewares|Kitchen|Trading|Living", "Pty Ltd"),
    _c("波兰", 5, "陈杰", "Gdansk|Gdynia", "Warsaw|Lodz",
       "Polska|Wisla|Baltic|Mazowsze|Krakow", "Dom|AGD|Import|Handel", "Sp. z o.o."),
    _c("俄罗斯", 4, "陈杰", "St. Petersburg|Vladivostok", "Moscow",
       "Volga|Neva|Siberia|Ural|Moskva", "Trade|Dom|Posuda|Import", "LLC|JSC"),
    _c("南非", 4, "陈杰", "Durban|Cape Town", "Johannesburg",
       "Cape|Highveld|Protea|Durban|Karoo", "Homeware|Trading|Kitchen", "(Pty) Ltd"),
    _c("尼日利亚", 4, "陈杰", "Lagos|Apapa", "Lagos|Abuja",
       "Lagos|Eko|Niger Delta|Abuja|Zenith", "Ventures|Trading|Home Stores|Enterprises",
       "Ltd|Nig. Ltd"),
)

# Domestic buying agents invoiced in CNY (country 中国); written as full names, not composed.
DOMESTIC_AGENTS = ("义乌市恒达贸易有限公司", "宁波鄞州佳美进出口代理有限公司")
DOMESTIC_SALESPERSON = "王芳"

# Which countries the eight big steady buyers sit in (two of them on DDP).
STRATEGIC_COUNTRIES = ("美国", "美国", "德国", "英国", "法国", "澳大利亚", "日本", "加拿大")
EUR_COUNTRIES = ("德国", "法国", "意大利", "西班牙", "荷兰")

# (name, USD unit price low, high, pack size): kitchenware and home goods.
PRODUCTS: tuple[tuple[str, float, float, int], ...] = (
    ("不锈钢锅具套装12件", 18.0, 45.0, 6),
    ("玻璃保鲜盒3件套", 2.5, 6.0, 24),
    ("硅胶厨具套装", 3.0, 8.0, 24),
    ("陶瓷餐具16件套", 12.0, 30.0, 4),
    ("不粘煎锅28cm", 6.0, 15.0, 12),
    ("竹制砧板", 2.0, 7.0, 20),
    ("真空保温杯500ml", 3.5, 9.0, 48),
    ("编织收纳篮", 1.8, 5.0, 30),
    ("不锈钢刀具6件套", 8.0, 25.0, 12),
    ("碳钢烘焙模具套装", 4.0, 12.0, 12),
    ("玻璃调料瓶套装", 2.0, 5.0, 24),
    ("浴室置物架", 5.0, 14.0, 10),
    ("搪瓷炖锅24cm", 9.0, 22.0, 6),
    ("厨房挂件套装", 1.5, 4.5, 50),
)


@dataclass(frozen=True)
class Terms:
    """A payment-term family: how money arrives, and the spellings clerks use for it."""

    kind: str  # advance, lc, dep_before, dep_bl, dp, da, oa, month
    deposit: float
    days: int
    texts: tuple[str, ...]


TERMS: dict[str, Terms] = {
    "tt_advance": Terms("advance", 1.0, 0, ("100% T/T in advance", "T/T 100%预付",
                                            "100% TT before production")),
    "lc_sight": Terms("lc", 0.0, 0, ("L/C at sight", "即期信用证", "L/C AT SIGHT")),
    "dep_before": Terms("dep_before", 0.3, 0, ("T/T 30% deposit, balance before shipment",
                                               "30%定金，70%发货前付清",
                                               "30% deposit, 70% before shipment")),
    "dep_bl": Terms("dep_bl", 0.3, 0, ("30% T/T, 70% against B/L copy",
                                       "30%定金，70%见提单复印件付款",
                                       "T/T 30% deposit, 70% against copy of B/L")),
    "dp": Terms("dp", 0.0, 0, ("D/P at sight", "D/P", "付款交单")),
    "da60": Terms("da", 0.0, 60, ("D/A 60 days", "承兑交单60天")),
    "oa30": Terms("oa", 0.0, 30, ("OA 30 days", "O/A 30天", "T/T 30 days after B/L date")),
    "oa60": Terms("oa", 0.0, 60, ("OA 60 days", "O/A 60 days", "赊销60天", "Net 60")),
    "month30": Terms("month", 0.0, 30, ("月结30天", "月结 30 天")),
}

# Incoterm templates per segment, with weights; {port}/{city} are filled per customer.
INCOTERMS: dict[str, tuple[tuple[str, int], ...]] = {
    "strategic": (("FOB Ningbo", 5), ("FOB 宁波", 2), ("CIP {city}", 3)),
    "ddp": (("DDP {city}", 3), ("DDP", 1)),
    "middle": (("FOB Ningbo", 3), ("FOB 宁波", 2), ("CIF {port}", 3), ("CFR {port}", 2),
               ("C&F {port}", 1)),
    "tail": (("CIF {port}", 4), ("CFR {port}", 2), ("C&F {port}", 1), ("EXW", 2),
             ("EXW Ningbo", 1), ("DAP {city}", 2)),
    "domestic": (("EXW", 2), ("FOB 宁波", 1)),
}

NOTES = ("客户要求加急", "唛头按客户要求", "客户指定货代", "含样品费", "第三方代付",
         "价格含3%佣金", "补发配件", "需提供CO产地证", "客户验货后出货")
TRIAL_NOTES = ("样品单", "试单，价格按样品价", "首单试销")
