"""The figures a payment row's note names: what reached the bank of its 收款 (实收6,985 beside a
charge) and the currency its figure is in (人民币 RMB21300). Kept apart from
core.ledger.payment_row_money, whose words say whether a row's money came at all; how much of
it came is core.ledger.part_said's."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from core.ledger.amounts import named_currency, parse_amount
from core.ledger.came_words import FIGURE_START, GOT
from core.ledger.normalise import fold
from core.ledger.noted_money import MONEY, NOTE_FIGURE, grouped

_MONEY = re.compile(MONEY)

# A thousands comma, the one reading of it for every note's figure (fix67b, fix67h): only within
# a figure grouped so (noted_money.grouped: one to three digits before its first comma, three in
# each group after, its commas of one kind), the figure joined to no digits, decimal point or
# number before it (2025-701,500: the order's number and 500; 2.000 two as a spreadsheet reads
# it, amounts.parse_amount), a figure after a comma its own (4,000,3,000: 4,000 and 3,000).
# 3000,500 is two figures (read as one, 3,000,500, the figure after a grant's 让1500，500下周付
# was lost). A clerk's IME types ， for a thousands comma as for a clause stop: 3，500 is 3,500
# (read as 3 and 500, 定金3，500，加上批欠款4，000 on a 7,500 cell held all 7,500 and left the
# last batch's 4,000 owed 39 days, watch; 定金已退3，000 refunded 3, rv67d), 6,500，500 two (the
# comma changes kind). Full-width digits (３，０００) are plain ones first.
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_GROUPED = re.compile(rf"(?<![\d.\-/])(?:{grouped(',')}|{grouped('，')})(?!\d)")
_COMMAS = re.compile("[,，]")
# ... a figure of one comma read apart too where each side could be a sum of its own: three
# digits before it, its group not 000 (让500,500下周付 on a row 1,000 short: 500 let go, 500 to
# pay; read only as 500,500, the grant passed every short and the figure put off was lost, the
# whole 1,000 owed, 72 days, black, fix68d) — not 2,000 or 1,500, never two figures
_TWO_ALIKE = re.compile(r"[1-9]\d\d[,，](?!000)\d{3}")


def figure_readings(text: str) -> tuple[str, ...]:
    """`text` with its thousands commas (:data:`_GROUPED`) taken out of its figures, a comma
    between two figures kept (3000,500: two): the one reading first; where a figure has two
    groups or more (1,500,500; 让1，500，500下周付), a second with its last group a figure of its
    own (1500,500; of one comma only where both sides read as sums: :data:`_TWO_ALIKE`), which
    a reader whose figures must add up to a row's or a cell's sum takes where they add up so
    (1,500 let go of a 2,000 short, 500 to pay: :func:`plain_figures`)."""
    text = text.translate(_DIGITS)
    if "," not in text and "，" not in text:
        return (text,)
    split = False

    def one(figure: re.Match[str]) -> str:
        return _COMMAS.sub("", figure.group())

    def apart(figure: re.Match[str]) -> str:
        nonlocal split
        commas = list(_COMMAS.finditer(figure.group()))
        last = commas[-1].start()
        if len(commas) < 2:
            if not _TWO_ALIKE.fullmatch(figure.group()):
                return one(figure)
            split = True  # 让500,500: 500 and 500, a space keeping them two when read again
            return f"{figure.group()[:last]}, {figure.group()[last + 1:]}"
        split = True
        return _COMMAS.sub("", figure.group()[:last]) + figure.group()[last:]

    first = _GROUPED.sub(one, text)
    second = _GROUPED.sub(apart, text)
    return (first, second) if split else (first,)


def plain_figures(text: str) -> str:
    """`text`'s figures in their one reading (:func:`figure_readings`). Asked of a note before
    it is folded, which makes its full-width commas plain ones: folded, 6,500，500 reads as the
    one figure 6,500,500."""
    return figure_readings(text)[0]

# 实收 and a figure (came_words.GOT: 实收3000, 实收USD5000, 实收3000+4000): what came, which may
# be a part of the row's 收款 (实收3000，余款未付 on a 7,000 balance row: core.ledger.part_said);
# a figure not a day, a count or a share (已收4/20, 收到3笔, 余款5月付, 收到30%定金); a comma
# in it only a thousands comma (:func:`plain_figures`: 3000,500 two figures, fix67b)
FIGURE = (rf"(?={FIGURE_START})\D*?{NOTE_FIGURE}"
          r"(?!\s*(?:[/\-.]\s*\d|[\d月日号天笔次个件箱期批%]))")
FIGURES = rf"(?P<figure>{FIGURE})(?P<more>(?:\s*\+\s*{FIGURE})*)"
GOT_FIGURES = re.compile(GOT + FIGURES)
# the money or worth a figure is of, named before it (还差货款2000, 尚欠尾款2000, 还差货值2000,
# 货值少付2000: read as no rest, 2,000 owed read paid or 7,000, rv62d s587)
OF_MONEY = r"(?:货值|货款|尾款|余款|款项?|钱)?\s*:?\s*"
# the rest still owed before its figure (还差2000, 尚欠尾款2000): one reading for the rest a note
# says (core.ledger.part_said) and the figure no deduction is (core.ledger.deduction_notes:
# 佣金已扣，尚欠2000 is the buyer's 2,000 owed, not the commission's sum)
REST_OWED = rf"(?:尚欠|还欠|仍欠|还差|尚差|仍差)\s*:?\s*{OF_MONEY}"
# ... in English ("still owes 2000"): the rest a note's denial may be of too (deduction_rest's
# without_disowned; read as the row's, "still owes 2000, already paid" stood 7,000, 72 days,
# black where paid, rv67e, fix67i); a word whole ("still owed 2000": read "owe" and a figure
# "d 2000" in no money, no rest was read at all, its parts another order's lost, rv68a C3, fix68g)
# Not the firm's own ("we still owe 2000"). Asked of whom after it (:data:`NOT_HIS_EN`): "still
# owed 2000 to the customer / to the factory / by us", "owed to us by the bank" is the firm's
# debt or a third party's, not his; read as his rest, 0 → 2,000, 72 days, black (rv68f 4, 5;
# fix68m)
REST_OWED_EN = (r"(?<![a-z])(?<!\bwe )(?<!\bi )still "  # Ali / Ravi still owes: his (rv68l #5)
                r"(?:owed|owes?|owing|short(?: of)?|due)(?![a-z])\s*:?\s*")
US_EN = r"(?:us|me|our\s+(?:company|firm|side|account)|the\s+(?:company|firm))"
HIM_EN = r"(?:him|them|he|they|(?:the\s+)?(?:customer|buyer|client)s?)"
_THIRD_EN = (r"(?:the\s+|our\s+)?(?:bank|forwarder|factory|agent|supplier|shipper|broker"
             r"|shipping\s+(?:company|line)|insurer)s?(?!\s+(?:account|a/c|acct))")
NOT_HIS_EN = rf"\s+(?:to\s+(?:{HIM_EN}|{_THIRD_EN})|by\s+(?:{US_EN}|we|{_THIRD_EN}))(?![a-z])"


def said_got(note: object) -> float | None:
    """The sum a note says came (实收6,985; 实收3000+4000), None where it says none: beside a
    bank's charge, what reached the bank (charged_receipts.charge_in)."""
    if not isinstance(note, str):
        return None
    figures = [parse_amount(figure)[0] for found in GOT_FIGURES.finditer(fold(plain_figures(note)))
               for figure in (found["figure"], *found["more"].split("+")[1:])]
    return math.fsum(f for f in figures if f is not None) if figures else None


def noted_currency(texts: Iterable[object], received: float, currency: str | None
                   ) -> str | None:
    """The currency a payment row's note names its `received` figure in (人民币 RMB21300, or
    人民币 alone), where it is not its order's `currency`; None: the order's."""
    for text in texts:
        if not isinstance(text, str):
            continue
        folded = fold(text)
        for match in _MONEY.finditer(folded):
            after = match["after"] or ""
            figure, code = parse_amount((match["before"] or "") + match["figure"] + (
                "" if after == "元" else after))
            if code and figure is not None and math.isclose(figure, received, abs_tol=0.005):
                return code if code != currency else None
        code = named_currency(folded.strip())
        if code:
            return code if code != currency else None
    return None


# a rest owed and its figure (还差2000, "still owes 2000"): a figure said come on a day after
# it, no more than it, is the rest's part come (尚欠2000，5/10到账1000: rest_day), not the row's
# money (read as the row's, its 5,000 was 1,000: 6,000, 72 days, black where 1,000 is owed,
# rv68b C1); with no day (尚欠2000，已到账1000) read as before
_REST_FIGURE = re.compile(rf"(?:{REST_OWED}|{REST_OWED_EN}){FIGURES}")
_ON_DAY = re.compile(r"\d{1,2}\s*[/月.-]\s*\d{1,2}\s*[日号]?\s*(?:已经?)?\s*$")


def rest_part(text: str, at: int, value: float) -> bool:
    """Is the figure `value` a folded note says came at `at` on a day a part of a rest owed
    before it?"""
    return _ON_DAY.search(text, 0, at) is not None and any(
        (rest := parse_amount(found["figure"])[0]) is not None and value <= rest + 0.005
        for found in _REST_FIGURE.finditer(text, 0, at))



# a sum said in words, as a clerk types what the buyer will give (两千, 二千元, 一千, 2千, 1.5万,
# 两千五): read as no figure, 客户少付2000，老板同意了，下周给我们两千 let the 2,000 go where it
# stands owed, 72 days, black (rv68i 1, fix68p); one digit word or figure, then 万 / 千 / 百,
# and a digit word of the next place after it
_SPOKEN_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", 1)} | {"两": 2}
_PLACES = {"万": 10_000, "千": 1_000, "百": 100}
SPOKEN = (r"(?:[一二两三四五六七八九]|\d+(?:\.\d+)?)\s*[万千百]"
          r"(?:[一二两三四五六七八九](?![万千百十]))?")
_SPOKEN = re.compile(r"(?P<lead>[一二两三四五六七八九]|\d+(?:\.\d+)?)\s*(?P<place>[万千百])"
                     r"(?P<next>[一二两三四五六七八九])?")


def spoken_amount(text: str) -> float | None:
    """The sum a figure said in words (:data:`SPOKEN`) is (两千五: 2,500), None: not one."""
    found = _SPOKEN.fullmatch(text.strip())
    if found is None:
        return None
    lead = _SPOKEN_DIGITS.get(found["lead"]) or float(found["lead"])
    place = _PLACES[found["place"]]
    return lead * place + (_SPOKEN_DIGITS[found["next"]] * place / 10 if found["next"] else 0)
