"""Incoterms and payment terms from the free text clerks type into a ledger.

Payment terms are placed on the brief's risk ladder for the exporter (safest first). Text often
names two instruments, a deposit and a balance ("30% T/T deposit, 70% L/C at sight"); the
balance carries the risk, and in practice the balance is always the riskier of the two, so the
riskiest instrument named decides the rung and the deposit is kept as ``deposit_pct``.

The import stores each reading beside its text. Whenever this module reads any text otherwise
(a payment term or an Incoterm), bump ``VERSION`` in :mod:`core.ledger.rereading`: databases
are then read again when next opened, else they keep the older readings of every stored order.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from core.i18n import N_
from core.ledger.normalise import fold

INCOTERMS_2020 = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")
# Earlier editions' terms still typed from old templates, mapped to their 2020 successors.
_LEGACY_TERMS = {"DAT": "DPU", "DDU": "DAP", "DAF": "DAP", "DES": "DAP", "DEQ": "DPU"}

_INCOTERM_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"ex[\s.-]*(?:works?|factory|mill|warehouse)", "EXW"),
    (r"c\s*(?:&|and|n|\+)\s*f", "CFR"),
    (r"cost\s*(?:and|&)\s*freight", "CFR"),
    (r"cost,?\s*insurance,?\s*(?:and|&)\s*freight", "CIF"),
    (r"free\s+on\s+board", "FOB"),
    (r"free\s+carrier", "FCA"),
    (r"free\s+alongside\s+ship", "FAS"),
    (r"carriage\s+and\s+insurance\s+paid(?:\s+to)?", "CIP"),
    (r"carriage\s+paid\s+to", "CPT"),
    (r"delivered\s+at\s+place\s+unloaded", "DPU"),
    (r"delivered\s+at\s+place", "DAP"),
    (r"delivered\s+at\s+terminal", "DPU"),
    (r"delivered\s+duty\s+paid", "DDP"),
    (r"delivered\s+duty\s+unpaid", "DAP"),
    *(
        # F.O.B. / C.I.F. / FOBC3: letters with optional dots, an optional commission suffix.
        (r"(?:\.\s*)?".join(code.lower()) + r"(?:c\d{1,2})?", target)
        for code, target in [(c, c) for c in INCOTERMS_2020] + list(_LEGACY_TERMS.items())
    ),
)
_CHINESE_INCOTERMS: tuple[tuple[str, str], ...] = (
    (r"工厂交货|出厂交货|出厂价|工厂价", "EXW"),
    (r"货交承运人", "FCA"),
    (r"运费(?:和|及|、)?保险费付至|运保费付至", "CIP"),
    (r"运费付至", "CPT"),
    (r"目的地卸货交货|卸货地交货", "DPU"),
    (r"目的地交货", "DAP"),
    (r"完税后交货|完税交货|双清包税", "DDP"),
    (r"船边交货", "FAS"),
    (r"离岸价|船上交货", "FOB"),
    (r"成本加运费|成本运费", "CFR"),
    (r"到岸价|成本(?:加)?保险费加?运费", "CIF"),
)
_INCOTERM_CODES: list[str] = []
_incoterm_alternatives: list[str] = []
for _pattern, _code in _INCOTERM_PATTERNS:
    _incoterm_alternatives.append(f"(?<![a-z0-9])(?:{_pattern})(?![a-z0-9])")
    _INCOTERM_CODES.append(_code)
for _pattern, _code in _CHINESE_INCOTERMS:
    _incoterm_alternatives.append(f"(?:{_pattern})")
    _INCOTERM_CODES.append(_code)
_INCOTERM = re.compile("|".join(f"({alt})" for alt in _incoterm_alternatives))


@lru_cache(maxsize=2048)
def _incoterm_of_text(text: str) -> str | None:
    match = _INCOTERM.search(fold(text))
    return None if match is None or match.lastindex is None else _INCOTERM_CODES[
        match.lastindex - 1]


def parse_incoterm(value: object) -> str | None:
    """The first term named wins ("FOB Ningbo or CIF Hamburg" is FOB); "门到门" and other
    phrases that fit several terms give None rather than a guess."""
    if not isinstance(value, str):
        return None
    return _incoterm_of_text(value)


RUNGS = (
    "tt_advance",
    "lc_sight",
    "deposit_before_shipment",
    "lc_usance",
    "deposit_against_documents",
    "dp",
    "da",
    "oa",
)
# The brief: deposit + balance against B/L copy ≈ D/P (CAD), so the two share a rank.
RUNG_RANK: dict[str, int] = {
    "tt_advance": 0,
    "lc_sight": 1,
    "deposit_before_shipment": 2,
    "lc_usance": 3,
    "deposit_against_documents": 4,
    "dp": 4,
    "da": 5,
    "oa": 6,
}
RUNG_LABELS: dict[str, str] = {
    "tt_advance": N_("T/T in advance"),
    "lc_sight": N_("L/C at sight"),
    "deposit_before_shipment": N_("Deposit + balance before shipment"),
    "lc_usance": N_("Usance L/C"),
    "deposit_against_documents": N_("Deposit + balance against documents"),
    "dp": N_("D/P"),
    "da": N_("D/A"),
    "oa": N_("Open account / credit"),
}
ADVANCE_RUNGS = frozenset({"tt_advance", "deposit_before_shipment"})
# Terms that grant credit: written without its days ("OA", "D/A", "Usance L/C") they fall due
# after the firm's default credit period, not on shipment.
CREDIT_RUNGS = frozenset({"lc_usance", "da", "oa"})


def rung_label(code: str) -> str:
    """The English template (translate with core.i18n.tr); an unknown code is shown as is
    rather than failing on a value stored by another version."""
    return RUNG_LABELS.get(code, code)


@dataclass(frozen=True)
class PaymentTerms:
    rung: str
    credit_days: int | None = None
    deposit_pct: float | None = None
    monthly_statement: bool = False
    # a usance L/C or D/A whose days run from the bank's sight of the documents (`after_sight`)
    from_sight: bool = False


# Credits whose days may run from sight of the documents ("L/C at 90 days after sight", "D/A
# 60 days sight", 见票后90天): the bank pays (the buyer accepts) once it has seen them, which
# is after their presentation, not after shipment. Read from the stored terms' text by the
# analysis, so every ledger already imported is read so too.
SIGHT_RUNGS = frozenset({"lc_usance", "da"})
_AFTER_SIGHT = re.compile(r"(?<![a-z])sight(?![a-z])|见票", re.IGNORECASE)


def after_sight(rung: str | None, text: str | None) -> bool:
    """Do the terms count their days from sight of the documents? ("after B/L date" does not.)"""
    return rung in SIGHT_RUNGS and bool(text) and _AFTER_SIGHT.search(text or "") is not None


# Spellings of each instrument become one word first, so the rules below stay readable.
_CANONICAL: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), f" {word} ")
    for pattern, word in (
        (r"letters?\s+of\s+credit|(?:irrevocable\s+)?documentary\s+credits?|信用证", "lc"),
        (r"documents?\s+against\s+payment|付款交单", "dp"),
        (r"documents?\s+against\s+acceptance|承兑交单", "da"),
        (r"open\s+account|赊销|赊账|赊欠", "oa"),
        (r"telegraphic\s+transfer|(?:wire|bank)\s+transfer|电汇", "tt"),
        (r"bills?\s+of\s+lading", "bl"),
        *(
            (rf"(?<![a-z]){a}\s*(?:/\s*|\.\s*)?{b}\.?(?![a-z])", f"{a}{b}")
            for a, b in ("lc", "dp", "da", "oa", "tt", "bl")
        ),
    )
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_DEPOSIT_PERCENT = re.compile(
    r"(\d+(?:\.\d+)?)\s*%\s*(?:(?:by\s+)?tt\s*)?(?:deposit|down\s*payment|in\s+advance|advance"
    r"|定金|订金|首付|预付)"
    r"|(?:deposit|定金|订金|首付|预付款?)\s*(?:of\s+)?(?:(?:by\s+)?tt\s*)?(\d+(?:\.\d+)?)\s*%"
)
# Longer than any credit period a firm grants; a bigger number in terms text is a reference.
MAX_CREDIT_DAYS = 999
# Credit given in months ("OA 3 months", 账期3个月) counts 30 days a month, as banks write it.
DAYS_PER_MONTH = 30
_MONTHS = re.compile(r"(\d+)\s*(?:calendar\s+)?(?:months?\b|个月)")
# "次月结": the statement at the month's end is paid in the month after it, as 月结30天;
# "次次月结" in the month after that, as 月结60天.
_NEXT_MONTH = re.compile(r"((?:次)+)月(?:结|付)")
# Days written in Chinese numerals (三十天, 一百二十天, 三个月); other numerals are left alone.
_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_NUMBER = re.compile(r"([零〇一二两三四五六七八九十百]+)(?=\s*(?:天|日|个月))")
_DAYS = re.compile(
    r"(\d+)\s*(?:calendar\s+|working\s+)?(?:days?\b|天|日)(?!\s*(?:before|prior|前))"
    r"|(?:\bnet|\boa|\bdp|\bda|\blc|\btt|\beom|月结|账期|帐期|credit)[\s:-]*(\d+)(?![\d%])"
    r"|(?:\bbl|\betd|\beta|\bshipment|\binvoice|提单|出货|发货|开船)\s*\+\s*(\d+)(?![\d%])"
)

_LC = re.compile(r"\blc\b")
_DP = re.compile(r"\bdp\b")
_DA = re.compile(r"\bda\b")
_TT = re.compile(r"\btt\b")
_USANCE = re.compile(r"usance|远期|deferred|after\s+sight")
# "L/C at sight, validity 15 days": days a sight credit names as its validity or presentation
# period are no credit ("L/C at sight 90 days" alone stays a usance credit of 90 days)
_SIGHT_PERIOD = re.compile(
    r"(?=.*(?:\bat\s+sight\b|即期))(?=.*(?:valid|present|expir|有效期|交单))")
_MONTHLY = re.compile(
    r"月结|monthly\s+(?:statement|settlement)|month[\s-]*end|end\s+of\s+(?:the\s+)?month|\beom\b"
)
_OPEN_ACCOUNT = re.compile(
    r"\boa\b|\bnet[\s:-]*\d|账期|帐期|\bcredit\b(?!\s*(?:card|insur))|货到付款|到货付款|收货付款|\bcod\b|cash\s+on\s+delivery"
    r"|pay(?:ment)?\s+(?:on|upon|after)\s+(?:arrival|delivery)"
    r"|after\s+(?:the\s+)?(?:arrival|delivery|receipt\s+of\s+(?:the\s+)?goods|receiving\s+(?:the\s+)?goods)"
    r"|(?:到货|收货|到港)后"
)
_AFTER_SHIPMENT = re.compile(
    r"after\s+(?:the\s+)?(?:bl|shipment|shipping|loading|invoice|etd|eta|departure)"
    r"|(?:bl|提单|出货|发货|装船|装运|开票|发票)(?:日期?)?后"
)
_AGAINST_DOCUMENTS = re.compile(
    r"against|\bcad\b|copy\s+of\s+(?:the\s+)?(?:bl|documents?|docs)|(?:bl|documents?|docs)\s+copy"
    r"|见(?:提单|单据|单)(?!前)|凭(?:提单|单据)|提单(?:复印件|副本|扫描件)|付款赎单"
)
_BEFORE_SHIPMENT = re.compile(
    r"(?:before|prior\s+to)\s+(?:the\s+)?(?:shipment|shipping|ship|delivery|loading|dispatch"
    r"|despatch|departure|bl)"
    r"|(?:发货|出货|装运|装船|出运|交货|提货|提单|出柜|装柜)前"
)
# Payment platforms that hand the firm the buyer's money less their own fee (PayPal, a card,
# Alibaba's Trade Assurance, paid by the buyer to Alibaba before the goods leave): money in
# advance, and an invoice short by the platform's fee is paid (core.analysis.receivables).
_PLATFORMS = r"paypal|credit\s+card|信用卡|trade\s+assurance|信用保障"
_PLATFORM = re.compile(_PLATFORMS)
_ADVANCE = re.compile(
    r"advance|prepa|pre-pa|before\s+production|预付|款到|先款后货|全款|cash\s+with\s+order"
    r"|\bcwo\b|\bcia\b|western\s+union|西联"
)
_DEPOSIT = re.compile(r"deposit|down\s*payment|定金|订金|首付")


# "T/T 30/70": a deposit/balance split written without percent signs.
_SHARES = re.compile(r"(?<![\d./])(\d{1,2})\s*/\s*(\d{1,2})(?![\d./%])")


def _shares_as_percentages(match: re.Match[str]) -> str:
    first, second = match[1], match[2]
    return f"{first}% {second}%" if int(first) + int(second) == 100 else match[0]


def _canonical(text: str) -> str:
    for pattern, word in _CANONICAL:
        text = pattern.sub(word, text)
    return text


def _chinese_number(match: re.Match[str]) -> str:
    """三十 -> 30, 一百二十 -> 120, 四十五 -> 45, 三〇 -> 30 (digit by digit)."""
    numeral = match[1]
    if "十" not in numeral and "百" not in numeral:
        return "".join(str(_CHINESE_DIGITS[ch]) for ch in numeral)
    total = digit = 0
    for ch in numeral:
        if ch == "十":
            total, digit = total + (digit or 1) * 10, 0
        elif ch == "百":
            total, digit = total + (digit or 1) * 100, 0
        else:
            digit = _CHINESE_DIGITS[ch]
    return str(total + digit)


def _in_days(text: str) -> str:
    """Numbers of days and months as digits and months as days, for the rules below."""
    if not text.isascii():
        text = _CHINESE_NUMBER.sub(_chinese_number, text)
    return _MONTHS.sub(lambda m: f"{int(m[1]) * DAYS_PER_MONTH} days", text)


def _days(text: str) -> int | None:
    """Credit days; a number beyond any credit period ("TT3000000") is a reference, not days."""
    match = _DAYS.search(text)
    days = None if match is None else int(match[1] or match[2] or match[3])
    return days if days is not None and days <= MAX_CREDIT_DAYS else None


def _deposit(text: str) -> float | None:
    match = _DEPOSIT_PERCENT.search(text)
    if match:
        return float(match[1] or match[2])
    shares = [float(found) for found in _PERCENT.findall(text)]
    partial = [share for share in shares if 0 < share < 100]
    return partial[0] if partial else None


def _rung(text: str, days: int | None, split: bool) -> str | None:
    """The riskiest rung the text supports, checked from the riskiest down; a number of days
    counts as credit only when no other instrument or "before"/"advance" claims it."""
    lc, dp, da = _LC.search(text), _DP.search(text), _DA.search(text)
    instrument = lc or dp or da
    if _OPEN_ACCOUNT.search(text) or _MONTHLY.search(text):
        return "oa"
    if not instrument and days is not None and _AFTER_SHIPMENT.search(text):
        return "oa"
    if da:
        return "da"
    if dp:
        return "dp"
    against = _AGAINST_DOCUMENTS.search(text) or (not instrument and _AFTER_SHIPMENT.search(text))
    if against:
        return "deposit_against_documents"
    if lc and (_USANCE.search(text) or (days is not None and not _SIGHT_PERIOD.match(text))):
        return "lc_usance"
    before = _BEFORE_SHIPMENT.search(text)
    # a platform alone is money in advance; "Trade Assurance, T/T 30 days" keeps its 30 days
    advance = _ADVANCE.search(text) or (days is None and _PLATFORM.search(text))
    if not instrument and days is not None and not before and not advance:
        return "oa"  # "T/T 30 days", "30 days"
    if before:
        return "deposit_before_shipment"
    if lc:
        return "lc_sight"
    deposit = split or _DEPOSIT.search(text)
    if advance and not deposit:
        return "tt_advance"
    if deposit:
        return "deposit_before_shipment"  # "30% deposit": the balance before shipment is usual
    if _TT.search(text):
        # Bare "T/T": a wire before the goods leave. Read as the safest rung; a deposit or
        # "before shipment" in the text moves it to deposit_before_shipment above.
        return "tt_advance"
    return None


@lru_cache(maxsize=4096)
def _terms_of_text(text: str) -> PaymentTerms | None:
    folded = _SHARES.sub(_shares_as_percentages, _canonical(_in_days(fold(text))))
    without_percentages = _PERCENT.sub(" § ", folded)
    days = _days(without_percentages)
    split = any(0 < float(share) < 100 for share in _PERCENT.findall(folded))
    rung = _rung(without_percentages, days, split)
    if rung is None:
        return None
    monthly = rung == "oa" and bool(_MONTHLY.search(folded))
    if monthly and days is None:
        # "月结" alone: due at the month-end statement; "次月结": a month after it
        later = _NEXT_MONTH.search(folded)
        days = DAYS_PER_MONTH * len(later[1]) if later else 0
    if rung in ADVANCE_RUNGS or rung == "lc_sight":
        days = None  # days in such text are lead times ("7 days before shipment"), not credit
    deposit = None if rung == "tt_advance" else _deposit(folded)
    return PaymentTerms(rung, days, deposit, monthly, after_sight(rung, text))


@lru_cache(maxsize=1024)
def platform_paid(text: str | None) -> bool:
    """Do the terms name a payment platform that keeps a fee out of the buyer's money? A
    PayPal buyer who paid in full shows 4.4 % + 0.30 short on every invoice; read as debt,
    the shortfalls added up to an overdue invoice and put a buyer who always pays in advance
    on the watch list."""
    return bool(text) and _PLATFORM.search(fold(text or "")) is not None


def parse_payment_terms(value: object) -> PaymentTerms | None:
    """Percentages are never days: "T/T 30% deposit" has no credit period."""
    if not isinstance(value, str):
        return None
    return _terms_of_text(value)


_SPANS: dict[int, timedelta] = {}


def days_span(days: int) -> timedelta:
    """timedelta(days=n), made once per n: making one costs ten times adding it to a date, and
    an analysis works out a due date per invoice (a firm's terms use a handful of periods)."""
    span = _SPANS.get(days)
    if span is None:
        span = _SPANS[days] = timedelta(days=days)
    return span


def due_date(terms: PaymentTerms | None, shipped: date | None, ordered: date | None) -> date | None:
    """Payment falls due from shipment (the order date when the ship date is missing) plus the
    credit days; a month-end statement counts the days from the end of that month."""
    if terms is None:
        return None
    base = shipped or ordered
    if base is None:
        return None
    if terms.monthly_statement:
        base = base.replace(day=calendar.monthrange(base.year, base.month)[1])
    try:
        return base + days_span(terms.credit_days or 0)
    except OverflowError:  # an order dated near year 9999: no due date can be told
        return None


def credit_unstated(terms: PaymentTerms | None) -> bool:
    """Credit terms that do not say for how long (月结 alone says: the statement's day)."""
    return terms is not None and terms.credit_days is None and terms.rung in CREDIT_RUNGS


def is_advance(terms: PaymentTerms | None) -> bool:
    """Terms under which goods are not released before payment, so an unshipped order can
    never be overdue."""
    return terms is not None and terms.rung in ADVANCE_RUNGS
