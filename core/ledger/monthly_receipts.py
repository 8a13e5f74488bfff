"""A year-to-date workbook's later tab may write that month's receipt, not the total to date.

Most clerks keeping one tab per month repeat each open order on the later tabs with the total
received so far (4,000, then 7,000, then 10,000): the last figure is the line's, as the
writer has always read it (core.ledger.line_values). Some write only what came in that month:
January 4,000 on 1/20, February 3,000 on 2/18, March 3,000 on 3/15. Read as totals, the order
was 3,000 paid and 7,000 open, and its buyer black-listed, when all 10,000 had come in.

The rule, per line shown on several tabs, over its showings with a received figure in file
order; a showing is judged only where it gives a receipt date later than the line's last one,
in the same currency, on an unchanged amount (a lower amount is the balance left, a higher one
a correction; the same date is the same receipt, copied or corrected):
- a figure below the one before it (by more than a rounding or a bank charge) cannot be the
  total to date: that month's receipt, added (unless adding it would pay the line over);
- a figure that, added to the receipts before it, pays the line over can only be the total;
- anything else (4,000 then 5,000 on 10,000) could be either: it is read as the file's other
  lines say its tabs are kept, when they say one thing only; otherwise as the total to date,
  today's reading, and the report names the row.
A 0 after a receipt is nothing received since (not the receipt undone), unless the received
header says the figures are totals to date (累计已收); what the header says (core.ledger.
stored_receipts.header_says) decides for the file where it says anything: 本月收款's later
tabs are that month's receipts, dated or not. An undated figure below the total so far, or
any undated one in a file whose lines say month, is read as the total and named.
Pure functions over plain tuples: the import and the reference import gather the showings
each their own way and apply the same rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import combinations
from typing import Protocol, TypeVar

from core.ledger.held_sheets import HeldSheets
from core.ledger.normalise import fold
from core.ledger.orders import TOLERANCE
from core.ledger.owed_said import still_owed
from core.ledger.payment_kinds import (
    NAMED,
    kinds,
    line_payment,
    other_payments,
)
from core.ledger.receipt_tabs import receipt_tab
from core.ledger.receipts import OVER, OVER_SHARE
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    NOTES,
    RECEIVED,
    RECEIVED_CURRENCY,
    RECEIVED_DATE,
    ROW,
    SHEET,
)
from core.ledger.revised_files import received_corrected
from core.ledger.tab_month import sheet_month

MONTH, TOTAL, EITHER = "month", "total", "either"  # what a judged showing's figure is


class Paid(Protocol):
    """A payment of a line: its figure, the line's amount, the notes naming it (定金, 尾款),
    its day (ISO text or a date)."""

    @property
    def figure(self) -> float | None: ...
    @property
    def amount(self) -> float: ...
    @property
    def notes(self) -> object: ...
    @property
    def day(self) -> object: ...
    @property
    def tab(self) -> str | None: ...
    @property
    def currency(self) -> str | None: ...


P = TypeVar("P", bound=Paid)
# a payment's words (core.ledger.payment_kinds.NAMED): a tab named 中期 or 进度 alone is
# named as 中期款, 进度款
STAGES = frozenset(word for word, _place, _english in NAMED)


@dataclass(frozen=True)
class Showing:
    """One tab's showing of a line, with a received figure."""

    place: tuple[int, int]  # where the writer finds the row, in file order
    row: tuple[str, int]  # (sheet, row) for the report
    figure: float
    day: object  # the receipt date (ISO text or date; None when not written)
    amount: float  # the line's amount on this tab
    currency: str  # the receipt's currency
    notes: object = None  # the row's notes, else its tab's name: a payment named (定金, 尾款)

    @property
    def tab(self) -> str:
        return self.row[0]


@dataclass
class MonthlyReading:
    """Per place, the total received to date where it is not the row's own figure; the rows
    read as a month's receipt, and those that could be either and were read as the total."""

    totals: dict[tuple[int, int], float] = field(default_factory=dict)
    added: list[tuple[str, int]] = field(default_factory=list)
    unclear: list[tuple[str, int]] = field(default_factory=list)
    says: str | None = None  # what the file says its figures are: its headers', else its lines'
    # rows on payment-named tabs (定金, 尾款) whose figure is above the order's amount (yb44)
    over: list[tuple[str, int]] = field(default_factory=list)


def margin(value: float) -> float:
    """Below a figure by more than this: not a rounding or a bank charge."""
    return max(OVER, OVER_SHARE * abs(value))


def _nothing_since(figure: float, total: float, says: str | None) -> bool:
    """A 0 after a receipt is nothing received since, not the receipt undone: a clerk's
    template default or a month without money (a header saying the figure is the total to
    date, 累计已收, says otherwise)."""
    return figure <= TOLERANCE < total and says != TOTAL


def _corrected(now: Showing, says: str | None) -> bool:
    """A showing whose note says its figure corrects the total before (更正): that row's
    total, where the file's headers do not say its figures are months' money (本月收款: April's
    6,000 更正 is April's; fx43b). It decides its own row only, never what the file's other
    figures are (fx43b: it made MT-4's 5,000 + 5,000 a total, 27,500 open where 22,500 is)."""
    return says != MONTH and received_corrected(now.notes)


def judged(showings: Sequence[Showing], says: str | None = None) -> list[str | None]:
    """What each showing's figure is (MONTH, TOTAL, EITHER), None where it is not judged;
    `says`: what the file's received headers say (core.ledger.stored_receipts)."""
    found: list[str | None] = [None]
    first = before = showings[0]
    summed, last, day = first.figure, first.figure, first.day  # read as months throughout
    for now in showings[1:]:
        verdict = None
        if _nothing_since(now.figure, summed, says):
            found.append(None)
            continue
        comparable = (now.figure > 0 and summed > 0 and now.currency == first.currency
                      and abs(now.amount - first.amount) <= TOLERANCE)
        later = now.day is not None and day is not None and now.day > day  # type: ignore[operator]
        if comparable and (later or says == MONTH and now.day is None):
            smaller = now.figure < before.figure - margin(before.figure)
            over = summed + now.figure > now.amount + margin(now.amount)
            verdict = MONTH if smaller and not over else TOTAL if over and not smaller \
                else EITHER
            if _corrected(now, says):  # 6,000 更正 under 10,500: the total (pay43)
                verdict = TOTAL
            if not later:  # a later tab of a file whose header says month: its month's
                verdict = TOTAL if over else MONTH
            summed += now.figure
        elif now.day is not None and now.day == day:
            summed += now.figure - last  # the same receipt, copied or corrected
        else:
            summed = now.figure
        found.append(verdict)
        last, before = now.figure, now
        if now.day is not None:
            day = now.day
    return found


def read_lines(lines: Iterable[Sequence[Showing]], says: str | None = None) -> MonthlyReading:
    """The reading of a file's repeated lines (each its showings with a figure, in file
    order): an EITHER showing follows what the file's received headers say (`says`), else
    what its other judged showings say, MONTH or TOTAL, when they say one thing only."""
    judgements = [(showings, judged(showings, says)) for showings in lines
                  if len(showings) > 1 and not by_tabs(showings)]  # the tabs decide (fx43d)
    said = {v for showings, verdicts in judgements for now, v in zip(showings, verdicts,
                                                                      strict=True)
            if v in (MONTH, TOTAL) and not _corrected(now, says)}  # one row's word: its own
    written = says
    if says is None and len(said) == 1:
        says = said.pop()
    reading = MonthlyReading(says=says)
    added, unclear = [], []
    for showings, verdicts in judgements:
        total = last = showings[0].figure
        day = showings[0].day
        for now, verdict in zip(showings[1:], verdicts[1:], strict=True):
            if _nothing_since(now.figure, total, written):
                reading.totals[now.place] = round(total, 6)
                continue
            if verdict == MONTH and says != TOTAL or verdict == EITHER and says == MONTH:
                total += now.figure
                added.append((now.place, now.row))
            elif verdict is None and now.day is not None and now.day == day:
                total += now.figure - last
            else:
                if (verdict == EITHER and says is None or verdict is None and now.day is None
                        and written is None and now.figure > TOLERANCE and (
                            says == MONTH or now.figure < total - margin(total))) and not (
                        settled_apart(carried_once(showings[:showings.index(now) + 1]))):
                    # maybe a month's, read as the total (not: tabs' payments settling it)
                    unclear.append((now.place, now.row))
                total = now.figure
            last = now.figure
            if now.day is not None:
                day = now.day
            if abs(total - now.figure) > TOLERANCE:
                reading.totals[now.place] = round(total, 6)
    reading.over = [now.row for _, now in sorted(
        (now.place, now) for showings in lines if by_tabs(showings) for now in showings
        if now.figure > now.amount + margin(now.amount))]  # a typo: named (yb44)
    reading.added = [row for _, row in sorted(added)]
    reading.unclear = [row for _, row in sorted(unclear)]
    return reading


def file_lines(held: HeldSheets, shown_again: set[str]) -> list[list[Showing]]:
    """The showings with a received figure of each line a later tab of the file shows again
    (`shown_again`: core.ledger.orders.OrderBook's), a sale's (not a credit note, not a row
    typed 收款), in the order the file first shows them."""
    if not shown_again:
        return []
    lines: dict[str, list[Showing] | None] = {}
    for number, records, groups in held:
        for position, key in enumerate(groups.keys):
            if key not in shown_again:
                continue
            record = records[position]
            showings = lines.get(key, [])
            if key not in lines:
                sale = record[AMOUNT] > 0 and not record[CREDIT_NOTE]
                showings = lines[key] = [] if sale else None
            if showings is None or record[RECEIVED] is None:
                continue
            showings.append(Showing((number, position), (record[SHEET], record[ROW]),
                                    record[RECEIVED], record[RECEIVED_DATE], record[AMOUNT],
                                    record[RECEIVED_CURRENCY] or record[CURRENCY],
                                    record[NOTES] or record[SHEET]))
    return [showings for showings in lines.values() if showings]


def iso_day(value: object) -> str | None:
    """A receipt's day as ISO text (a cell read as a date, or text already)."""
    return value.isoformat() if isinstance(value, date) else value  # type: ignore[return-value]


def carried_once(parts: Sequence[P]) -> list[P]:
    """`parts` (a line's payments, tab by tab) without a row carried on unchanged: the same
    figure of the same day as a payment before it, its note naming no other payment (a year
    book's 3月 定金 4,500 of 03-02 copied onto 4月, noted so or not, whatever the tabs' order).
    Days compared as ISO text: the reference import's dates and the import's text are one
    day (compared as written, the two paths gave 10,500 and 15,000). Before (yb42), the copy
    was a second 4,500: with 5月's 尾款 10,500 of 15,000 the payments did not settle the
    order, 5月's figure read as the total, 4,500 open (46 days) where nothing is."""
    kept: list[P] = []
    for part in parts:
        copied = next((n for n, one in enumerate(kept) if abs(
            (part.figure or 0.0) - (one.figure or 0.0)) <= TOLERANCE and iso_day(
            part.day) == iso_day(one.day) and not other_payments(part.notes, one.notes)
            and not payment_tabs(part, one)), None)
        if copied is None:
            kept.append(part)
        elif kinds(part.notes) and not kinds(kept[copied].notes):
            kept[copied] = part  # the copy naming the payment (yb43: 4月's bare copy first
    return kept  # of 3月's 定金, then 5月's 10,500 read as the total, 4,500 open)


def payment_tabs(one: Paid, other: Paid) -> bool:
    """Are two payments of a line on two tabs each named by a payment, not a month (定金1 and
    定金2, 定金 and 尾款)? Then they are two payments, whatever their notes and days, never
    a row carried on (yb43: 定金1's and 定金2's 4,500 of 03-02 beside 尾款's 6,000 of MT-1
    15,000 left 9,000 or 10,500 open by the tabs' order where nothing is)."""
    return named_payments(one.tab, other.tab)


def named_payments(one: str | None, other: str | None) -> bool:
    """Are two tabs each named by a payment or as receipts (:func:`_payment_tab`), not one
    tab? A row of one dated on or before the line's receipt another wrote is an older state of
    the line (the 定金 tab's 4,500 of 03-02 under the 尾款 tab's 15,000 of 05-20: core.ledger.
    older_tabs.kept; before, 10,500 open tabs 尾款, 定金, nothing tabs 定金, 尾款: yb43; 收款
    first, 定金 last: 10,500 where nothing is, fx43d)."""
    return one != other and all(_payment_tab(tab) for tab in (one, other))


@lru_cache(maxsize=256)
def _payment_tab(tab: str | None) -> bool:
    """Is a tab named by a payment (定金, 尾款; 中期 or 进度 alone as 中期款, 进度款) or as
    receipts, not by a month? Once per tab name (a file's repeated lines ask it of every two
    showings). Before (fx43j), 进度 anywhere in the name made 生产进度 and 出货进度 (work
    stages) payment tabs: 500 open where 5,000 is."""
    return bool(tab) and bool(kinds(tab) or f"{fold(tab or '').strip()}款" in STAGES or receipt_tab(
        tab)) and (  # as receipts: 收款, 收款明细 (core.ledger.receipt_tabs: fx44y)
        sheet_month(tab or "") is None)


def by_tabs(parts: Sequence[Paid]) -> bool:
    """Is each of a line's payments (two or more) on a tab of its own named by a payment
    (:func:`named_payments`)? Then the tabs decide (core.ledger.stored_receipts.tab_payment:
    :func:`paid_by_tabs`, else the later receipt's figure the total), not the reading of a
    month's receipts: before (fx43d), tabs 尾款, 定金1, 定金2 (7,500, 4,500, 3,000 of 15,000)
    read 定金2's 3,000 as March's receipt on 定金1's 4,500 (7,500 open where nothing is),
    and the notes said a month's receipt in one order, maybe one in another, none in a third."""
    return len(parts) > 1 and all(payment_tabs(one, other) for one, other in combinations(parts, 2))


def paid_by_tabs(parts: Sequence[Paid]) -> bool:
    """Are `parts` (a line's payments tab by tab, :func:`carried_once`) the order's payments,
    received together: each with its figure and day, no two of one day the same payment
    (:func:`one_day_twice`), in one currency, and payments apart (:func:`settled_apart`), or
    each on its own payment-named tab (:func:`by_tabs`: 定金, 尾款) not paying the order over,
    none saying money is still to come? The latter over the reading of the later tab's
    figure as the total so far, which read 定金 4,500 and 尾款 6,000 of 15,000 as 6,000
    received (fx43d: 9,000 open, 46 days, where 4,500 is); a later tab's figure that with
    the others pays the order over is its total so far (尾款 15,000: yb43)."""
    if (not parts or not all(part.figure for part in parts) or None in map(iso_day, (
            part.day for part in parts)) or one_day_twice(parts)
            or len({part.currency for part in parts}) > 1):
        return False
    amount = parts[-1].amount
    return settled_apart(parts) or by_tabs(parts) and all(
        (part.figure or 0.0) > TOLERANCE for part in parts) and (
        sum(part.figure or 0.0 for part in parts) <= amount + margin(amount)) and not any(
        still_owed(part.notes) for part in parts)


def settled_apart(parts: Sequence[Paid]) -> bool:
    """Are `parts` payments of their own, each note naming a payment of the order other than
    every other's, that together settle the order (within the margin), none saying money is
    still to come: :func:`paid_apart` of two, or of a workbook's three tabs (定金, 中期款,
    尾款: fix41c, 9,000 or 10,500 open where nothing is; a later tab's so not said to be
    maybe a month's receipt). The one rule core.ledger.stored_figure asks. One payment left
    of a row carried on (:func:`carried_once`) is no payments apart."""
    amount = parts[-1].amount
    return len(parts) > 1 and all(line_payment(one.notes, other.notes, False) or line_payment(
        other.notes, one.notes, False) or payment_tabs(one, other)
        for one, other in combinations(parts, 2)) and (
        abs(sum(part.figure or 0.0 for part in parts) - amount) <= margin(amount)) and not any(
        still_owed(part.notes) for part in parts)


def one_day_twice(parts: Sequence[Paid]) -> bool:
    """Do two of `parts` (a line's payments, tab by tab) share a day without their notes, or
    tabs' names, saying two payments of the order? A tab 定金 and a tab 中期款 of 03-02 are
    two (yb42b: before, any two of one day were refused, the three tabs' 4,500, 4,500 and
    6,000 of MT-1 15,000 read as one total: 9,000 or 10,500 open where nothing is)."""
    days = [iso_day(part.day) for part in parts]
    return any(day == other and not other_payments(one.notes, two.notes) and not payment_tabs(
        one, two) for (one, day), (two, other) in combinations(zip(parts, days, strict=True), 2))
