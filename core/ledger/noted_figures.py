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
from core.ledger.noted_money import GROUPED, MONEY

_MONEY = re.compile(MONEY)

# A thousands comma, the one reading of it for every note's figure (fix67b): only within a figure
# grouped so, one to three digits before its first comma and three in each group after (2,000;
# 12,500.50; 3,000,500; USD 2,000), the figure joined to no other digits, decimal point or
# number before it (2025-701,500: the order's number and 500). 3000,500 is two figures, 3,000
# and 500 (read as one, 3,000,500; the figure after a grant's 让1500，500下周付 was lost); 2.000
# is two as a spreadsheet reads it (amounts.parse_amount). A full-width comma (，) is Chinese
# punctuation between clauses, read as a thousands comma only where the three digits after it
# can begin no figure of their own (3，000, 12，050); 让1,500，500下周付 is 1,500 then 500.
_THOUSANDS = re.compile(rf"(?<![\d,.，\-/]){GROUPED}(?!\d)")
_WIDE_THOUSANDS = re.compile(r"(?<![\d,.，\-/])\d{1,3}(?:，0\d{2})+(?!\d)")


def plain_figures(text: str) -> str:
    """`text` with its thousands commas (:data:`_THOUSANDS`) taken out of its figures, a comma
    between two figures kept (3000,500: two). Asked of a note before it is folded, which makes
    its full-width commas plain ones: folded, 让1,500，500 reads as the one figure 1,500,500."""
    if "，" in text:
        text = _WIDE_THOUSANDS.sub(lambda figure: figure.group().replace("，", ""), text)
    if "," not in text:
        return text
    return _THOUSANDS.sub(lambda figure: figure.group().replace(",", ""), text)

# 实收 and a figure (came_words.GOT: 实收3000, 实收USD5000, 实收3000+4000): what came, which may
# be a part of the row's 收款 (实收3000，余款未付 on a 7,000 balance row: core.ledger.part_said);
# a figure not a day, a count or a share (已收4/20, 收到3笔, 余款5月付, 收到30%定金); a comma
# in it only a thousands comma (:func:`plain_figures`: 3000,500 two figures, fix67b)
FIGURE = (FIGURE_START + r"(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?"
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
# black where paid, rv67e, fix67i)
REST_OWED_EN = r"(?<![a-z])still (?:owes?|owed|owing|short(?: of)?|due)\s*:?\s*"


def said_got(note: object) -> float | None:
    """The sum a note says came (实收6,985; 实收3000+4000), None where it says none: beside a
    bank's charge, what reached the bank (charged_receipts.charge_in)."""
    if not isinstance(note, str):
        return None
    figures = [parse_amount(figure)[0] for found in GOT_FIGURES.finditer(fold(note))
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
