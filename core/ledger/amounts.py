"""Money and numbers typed as text: "$125,400.00", "21.500,00 €", "(1,200.00)", "3万美元".

Strict on purpose: a value is read only when everything around the number is a sign, a
bracket, a 万/亿/千/k multiplier or a currency, so a date or a note in a mis-mapped column becomes
"unreadable" (which the importer reports) instead of a wrong amount.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache

# Names and symbols as they appear in Chinese exporters' ledgers, keyed after _currency_key().
_CURRENCY_NAMES: dict[str, tuple[str, ...]] = {
    "USD": ("$", "us$", "usd$", "美元", "美圆", "美金", "美刀", "usdollar", "usdollars", "dollar",
            "dollars"),
    "EUR": ("€", "欧元", "欧", "euro", "euros"),
    "CNY": ("rmb", "¥", "cn¥", "rmb¥", "人民币", "元", "yuan", "renminbi"),
    "GBP": ("£", "英镑", "pound", "pounds", "gb£"),
    "JPY": ("円", "日元", "日圆", "日币", "yen", "jp¥"),
    "HKD": ("hk$", "港币", "港元", "港币元"),
    "AUD": ("a$", "au$", "澳元", "澳币", "澳大利亚元"),
    "CAD": ("c$", "ca$", "can$", "加元", "加币", "加拿大元"),
    "SGD": ("s$", "sg$", "新加坡元", "新币", "新元"),
    "AED": ("迪拉姆", "dirham", "dirhams", "阿联酋迪拉姆", "dhs"),
    "SAR": ("沙特里亚尔", "里亚尔", "riyal", "riyals"),
    "RUB": ("₽", "卢布", "rouble", "ruble", "roubles", "rubles"),
    "INR": ("₹", "印度卢比", "卢比", "rupee", "rupees"),
    "BRL": ("r$", "雷亚尔", "巴西雷亚尔", "real", "reais"),
    "MXN": ("mex$", "墨西哥比索"),
    "KRW": ("₩", "韩元", "韩币", "won"),
    "THB": ("฿", "泰铢"),
    "VND": ("₫", "越南盾"),
    "IDR": ("印尼盾", "印度尼西亚盾", "rupiah"),
    "MYR": ("rm", "马币", "林吉特", "马来西亚林吉特", "ringgit"),
    "PHP": ("₱", "菲律宾比索"),
    "TRY": ("₺", "土耳其里拉", "里拉"),
    "ZAR": ("兰特", "南非兰特", "rand"),
    "NZD": ("nz$", "纽币", "新西兰元", "纽元"),
    "CHF": ("瑞士法郎", "瑞郎", "法郎"),
    "TWD": ("nt$", "新台币", "台币", "ntd"),
}
_CURRENCIES: dict[str, str] = {}
for _code, _names in _CURRENCY_NAMES.items():
    _CURRENCIES[_code.lower()] = _code
    for _name in _names:
        _CURRENCIES[_name] = _code

# ISO 4217 codes in use: a three-letter word in a header names a currency only when it is one.
_ISO_4217 = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
    BYN BZD CAD CDF CHF CLP CNH CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP
    GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
    KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR
    MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
    SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS
    UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
"""
ISO_CODES = frozenset(_ISO_4217.split())
# Codes withdrawn since 2014 that a ledger kept since may still write (a rate the firm added for
# them stays theirs): a currency cell's, never a header's.
_WITHDRAWN = frozenset(["HRK", "SLL", "VEF", "MRO", "STD", "BYR", "ZMK", "LTL", "LVL", "CUC"])
_LONGEST = max(map(len, _CURRENCIES))
_KEY_DROP = re.compile(r"[\s.·]+")
_PARTS = re.compile(r"[\s()\[\]/,;|:：]+")
_ISO_LIKE = re.compile(r"[a-z]{3}")


def _currency_key(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _KEY_DROP.sub("", text.casefold())


@lru_cache(maxsize=1024)
def _currency_of_text(text: str) -> str | None:
    key = _currency_key(text)
    if not key:
        return None
    found = _CURRENCIES.get(key)
    if found is not None:
        return found
    if _ISO_LIKE.fullmatch(key):  # a real code only: "REF 118" is a wire's reference
        code = key.upper()
        return code if code in ISO_CODES or code in _WITHDRAWN else None
    if not _PARTS.search(text):
        return _run_of_names(key)
    # "USD(美元)", "美元 USD", "HKD $": every part must name the same currency.
    return _agreed([(_currency_key(part), _currency_of_text(part))
                    for part in _PARTS.split(text) if part.strip(" .")])


def _run_of_names(key: str) -> str | None:
    """"人民币元", "美元usd", "cny¥", "HKD$": a name written beside another of the same
    currency, with nothing between them; the longest name first at each place, every part one
    currency."""
    found, start = [], 0
    while start < len(key):
        end = next((end for end in range(min(len(key), start + _LONGEST), start, -1)
                    if key[start:end] in _CURRENCIES), None)
        if end is None:
            return None
        found.append((key[start:end], _CURRENCIES[key[start:end]]))
        start = end
    return _agreed(found)


def _agreed(found: Sequence[tuple[str, str | None]]) -> str | None:
    """The one currency each (name, code) names; a sign several currencies write ($, ¥) beside
    the code of one of them names that one: HKD$, AUD$ and JPY¥ were no currency, their
    amounts unreadable (cur35b)."""
    signs = [name for name, _ in found if name in _SHARED_SIGNS]
    codes = {code for name, code in found if name not in _SHARED_SIGNS} or {
        code for _, code in found}
    code = codes.pop() if len(codes) == 1 else None
    return code if code and all(code in _SHARED_SIGNS[sign] for sign in signs) else None


def named_currency(value: object) -> str | None:
    """ISO code of a known name or a real code (a rare one too, KES, HRK); None for three
    letters that are none (REF, INV, PCS): in a note read as a currency of their own, "REF
    118" and "REF 119" in two payments' notes were no references and one wire (pay35a)."""
    if not isinstance(value, str):
        return None
    return _currency_of_text(value)


def parse_currency(value: object) -> str | None:
    """A currency cell's: named_currency, else three letters the firm typed as its code, a
    currency of its own ("no exchange rate yet" until it has a rate), not the base currency:
    read as none, Taipei's 300,000 in a cell saying NTD were 300,000 USD open (fix35a)."""
    code = named_currency(value)
    if code is None and isinstance(value, str) and _ISO_LIKE.fullmatch(
            key := _currency_key(value)):
        return key.upper()
    return code


_PLAIN = re.compile(r"[+-]?\d+(?:\.\d+)?")
_COMMON = re.compile(r"([^\d\s()+\-.,%]{1,4})?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?)")
_NUMBER = re.compile(r"\d+(?:[ ,.'’]\d+)*|\.\d+")
_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile(r"[ ,.'’]")
_DASHES = str.maketrans({"−": "-", "–": "-", "—": "-", "‒": "-", "﹣": "-"})
_SIGNS = str.maketrans("", "", "+-")
_MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000),
                "k": Decimal(1_000)}
# 千 and k multiply only where they stand alone or before a currency or a count: 8千, 8千元,
# 8k, "8K USD", "2千件"; 千克, 千米, 千瓦 and kg, km, kW are units.
_NOT_THOUSANDS = re.compile(r"千[克米瓦卡伏帕兆赫焦]|k[a-z]", re.IGNORECASE)
# Signs several currencies write: "$" every dollar, "¥" the yuan and the yen. Alone they read
# as USD and CNY (the common case in China); on a row kept in another one they may write, as it.
_SHARED_SIGNS = {"$": frozenset({"USD", "HKD", "AUD", "CAD", "SGD", "NZD", "TWD", "MXN"}),
                 "¥": frozenset({"CNY", "JPY"})}
_NOT_SIGN = re.compile(r"[\d\s,.'’()+\-−–—%万亿千kK]+")
_UNIT = re.compile(r"/?[^\W\d_]{1,12}(?:/[^\W\d_]{1,12})?")


def _mark_of(number: str) -> str:
    """The decimal mark one number's separators show ("" when they show none: 1.234, 1,234)."""
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        return "," if number.rindex(",") > number.rindex(".") else "."
    if dots + commas == 0:
        return ""
    if dots > 1 or commas > 1:
        return "," if dots else "."
    tail = len(number) - number.rindex("," if commas else ".") - 1
    return "" if tail == 3 else "," if commas else "."


def decimal_mark(texts: Iterable[object], default: str = "") -> str:
    """The decimal mark a column's text amounts settle: "," where one is written 1.234,50,
    12,5 or 1.234.567, "." where 1,234.50, 12.5 or 1,234,567; else `default`. Only then is
    10.000 ten thousand: alone it reads as ten, as a spreadsheet would."""
    found = set()
    for text in texts:
        if isinstance(text, str) and ("," in text or "." in text):
            if not text.isascii():
                text = unicodedata.normalize("NFKC", text)
            if (match := _NUMBER.search(text)) and (mark := _mark_of(match.group())):
                found.add(mark)
                if len(found) > 1:
                    return default
    return found.pop() if found else default


def _to_float(text: str, mark: str = "") -> float | None:
    """Thousands separators must group by three, so "2025.10.03" is not a number; the last
    separator is the decimal one when it can only be that (a dot alone, or a comma after dots
    or a lone comma with one or two digits after it: "21.500,00", "12,5"), or when the
    column's `mark` says so (1,234 in a column written 1.234,50)."""
    if text[0] == ".":
        return float(text)
    parts = _SEPARATOR.split(text)
    if len(parts) == 1:
        return float(text)
    separators = _SEPARATOR.findall(text)
    last = separators[-1]
    decimal = False
    if last == ".":
        decimal = separators.count(".") == 1 and (mark != "," or len(parts[-1]) != 3)
    elif last == ",":
        decimal = "." in separators or (separators.count(",") == 1 and (
            len(parts[-1]) <= 2 or (mark == "," and len(parts[-1]) == 3)))
    whole = parts[:-1] if decimal else parts
    if any(len(group) != 3 for group in whole[1:]):
        return None
    digits = "".join(whole)
    return float(f"{digits}.{parts[-1]}" if decimal else digits)


def _read_number(
    raw: str, *, percent: bool = False, units: bool = False, mark: str = ""
) -> tuple[float | None, str | None]:
    # a leading apostrophe is Excel's mark for "keep as text", left in by exports and CSVs
    text = raw.strip().removeprefix("'")
    if not text:
        return None, None
    if _PLAIN.fullmatch(text) and (mark != "," or "." not in text):
        return float(text), None
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    # "$125,400.00", "64,000": most text amounts
    if mark != "," and (common := _COMMON.fullmatch(text)):
        symbol = common[1]
        currency = _currency_of_text(symbol) if symbol else None
        if currency is not None or not symbol:
            return float(common[2].replace(",", "")), currency
    match = _NUMBER.search(text)
    if match is None or _DIGIT.search(text, match.end()):
        return None, None
    prefix, suffix = text[: match.start()], text[match.end() :]

    opened, closed = prefix.count("(") - prefix.count(")"), suffix.count(")") - suffix.count("(")
    if (opened, closed) not in ((0, 0), (1, 1)):
        return None, None
    minus = prefix.count("-") + suffix.count("-")
    if minus > 1:
        return None, None
    negative = opened == 1 or minus == 1
    if opened:
        cut, close = prefix.rindex("("), suffix.index(")")
        prefix, suffix = prefix[:cut] + prefix[cut + 1 :], suffix[:close] + suffix[close + 1 :]
    prefix = prefix.translate(_SIGNS).strip()
    suffix = suffix.translate(_SIGNS).strip()

    suffix = suffix.removesuffix("整").rstrip()  # "8000元整": eight thousand yuan exactly
    multiplier = _MULTIPLIERS.get(suffix[:1].lower())
    if multiplier is not None and _NOT_THOUSANDS.match(suffix):
        multiplier = None
    if multiplier is not None:
        suffix = suffix[1:].strip()
    if percent and suffix[-1:] == "%":
        suffix = suffix[:-1].strip()

    currency = None
    for is_suffix, part in ((False, prefix), (True, suffix)):
        if not part:
            continue
        code = _currency_of_text(part)
        if code is None:
            if units and is_suffix and _UNIT.fullmatch(part):
                continue
            return None, None
        if currency is not None and code != currency:
            return None, None
        currency = code

    amount = _to_float(match.group(), mark)
    if amount is None:
        return None, None
    if multiplier is not None:
        amount = float(Decimal(repr(amount)) * multiplier)
    return (-amount if negative else amount), currency


def sign_reads_as(text: object, named: str | None, row: str) -> str | None:
    """The currency an amount's text names (`named`) on a row kept in `row`: "¥28,000"
    received on a JPY row is yen and "$4,000" on an AUD row Australian dollars, where read
    as CNY and USD they paid the order many times over, or too little."""
    if named is None or named == row or not isinstance(text, str):
        return named
    sign = _NOT_SIGN.sub("", unicodedata.normalize("NFKC", text))
    return row if row in _SHARED_SIGNS.get(sign, ()) else named


def _number_value(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
        return number if math.isfinite(number) else None
    return None


# Excel keeps 15 significant digits: a figure of 16 or more before its decimal point is a
# card, account or reference number pasted into a money column, never money. Read as money, a
# card number (6222…, 19 digits) was a sale of 6.2e18 USD that put its buyer at the top of the
# pyramid and slid every other customer a tier.
EXCEL_DIGITS = 15
MAX_AMOUNT = 10.0 ** EXCEL_DIGITS
# A float holds every whole number below this one; above it a number written with more
# digits (an ERP's 18-digit order number) comes back as the nearest float, its last digits made
# up (core.ledger.normalise.quoted_text quotes it as Excel shows it, to EXCEL_DIGITS).
EXACT_WHOLE = 2.0 ** 53


def excel_shown(value: object) -> str | None:
    """A whole number of more digits than Excel keeps as Excel shows it, its first 15 digits
    and zeros after (6222021234567890000, not the float's 6222021234567889920; 16-digit
    2025030112345670, which a float holds whole but Excel does not); else None."""
    if type(value) is not float or not value.is_integer() or abs(value) < MAX_AMOUNT:
        return None
    return format(Decimal(f"{value:.{EXCEL_DIGITS}g}"), "f")


def parse_amount(value: object, mark: str = "") -> tuple[float | None, str | None]:
    """(amount, currency seen in the text); ¥/￥ count as CNY, the common case in China (on
    a JPY row they are yen: :func:`sign_reads_as`).
    `mark`: the decimal mark the column settles (:func:`decimal_mark`). A figure beyond
    MAX_AMOUNT is none (:func:`too_large` says so)."""
    amount, currency = _read_number(value, mark=mark) if isinstance(value, str) \
        else (_number_value(value), None)
    if amount is not None and not -MAX_AMOUNT < amount < MAX_AMOUNT:
        return None, None
    return amount, currency


def too_large(value: object, mark: str = "") -> bool:
    """Whether the cell holds a figure parse_amount leaves out for its size alone."""
    amount = _read_number(value, mark=mark)[0] if isinstance(value, str) \
        else _number_value(value)
    return amount is not None and not -MAX_AMOUNT < amount < MAX_AMOUNT


def parse_number(value: object, mark: str = "") -> float | None:
    """Quantities, prices and percentages: a currency or a unit word around it is ignored."""
    if isinstance(value, str):
        return _read_number(value, percent=True, units=True, mark=mark)[0]
    return _number_value(value)


_BRACKETED = re.compile(r"[(（\[【]\s*([^)）\]】]+?)\s*[)）\]】]")
_LATIN_WORD = re.compile(r"[a-z]+")
# a code after a separator, or closing a Chinese header unseparated (收汇USD: acct54a)
_EDGE_TOKEN = re.compile(r"^\s*([A-Za-z]{3})[\s_/-]+(?=\S)|(?<=\S)[\s_/-]+([A-Za-z]{3})\s*$"
                         r"|(?<=\S)\s*/\s*([^/\s]{1,4})\s*$"
                         r"|(?<=[\u3400-\u9fff])([A-Za-z]{3})\s*$")
# Currency names a header may hold inside a word ("人民币成本", "美元金额"): CJK names of two or
# more characters and the symbols; a lone 元 counts only in brackets ("成本(元)").
_HEADER_NAMES = sorted((name for names in _CURRENCY_NAMES.values() for name in names
                        if (len(name) >= 2 and not name.isascii()) or name in "$€£¥₽₹₩"),
                       key=len, reverse=True)


def _known_currency(text: str) -> str | None:
    """A currency only when the text is one of the names above or a real ISO code."""
    code = _currency_of_text(text)
    return code if code in ISO_CODES else None


def header_currency(header: str | None) -> str | None:
    """The currency a column's header names: "成本(人民币)", "Cost RMB", "美元金额", "¥成本".

    Several different currencies in one header ("美元/人民币汇率") name none."""
    if not header:
        return None
    text = unicodedata.normalize("NFKC", header) if not header.isascii() else header
    found = {_known_currency(part) for part in _BRACKETED.findall(text)}
    edge = _EDGE_TOKEN.search(text)
    if edge:
        found.add(_known_currency(next(g for g in edge.groups() if g)))
    folded = text.casefold()
    found.update(code for word in _LATIN_WORD.findall(folded)
                 if (code := _currency_of_text(word)) in ISO_CODES
                 and (word == "rmb" or word.upper() in ISO_CODES))
    rest = folded
    for name in _HEADER_NAMES:
        if name in rest:
            found.add(_CURRENCIES[name])
            rest = rest.replace(name, " ")
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def strip_header_currency(header: str) -> str:
    """The header without a bracketed or separated currency ("Cost (RMB)" -> "Cost"), so the
    column maps as its plain name would; a currency inside a word stays ("人民币金额")."""
    text = _BRACKETED.sub(lambda m: "" if _known_currency(m.group(1)) else m.group(0), header)
    match = _EDGE_TOKEN.search(text)
    if match and _known_currency(next(g for g in match.groups() if g)):
        text = text[:match.start()] + text[match.end():]
    return text.strip() or header
