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
Pure functions over plain tuples: the import and the reference import gather the showings
each their own way and apply the same rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from core.ledger.held_sheets import HeldSheets
from core.ledger.orders import TOLERANCE
from core.ledger.receipts import OVER, OVER_SHARE
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    RECEIVED,
    RECEIVED_CURRENCY,
    RECEIVED_DATE,
    ROW,
    SHEET,
)

MONTH, TOTAL, EITHER = "month", "total", "either"  # what a judged showing's figure is


@dataclass(frozen=True)
class Showing:
    """One tab's showing of a line, with a received figure."""

    place: tuple[int, int]  # where the writer finds the row, in file order
    row: tuple[str, int]  # (sheet, row) for the report
    figure: float
    day: object  # the receipt date (ISO text or date; None when not written)
    amount: float  # the line's amount on this tab
    currency: str  # the receipt's currency


@dataclass
class MonthlyReading:
    """Per place, the total received to date where it is not the row's own figure; the rows
    read as a month's receipt, and those that could be either and were read as the total."""

    totals: dict[tuple[int, int], float] = field(default_factory=dict)
    added: list[tuple[str, int]] = field(default_factory=list)
    unclear: list[tuple[str, int]] = field(default_factory=list)


def _margin(value: float) -> float:
    return max(OVER, OVER_SHARE * abs(value))


def judged(showings: Sequence[Showing]) -> list[str | None]:
    """What each showing's figure is (MONTH, TOTAL, EITHER), None where it is not judged."""
    found: list[str | None] = [None]
    first = showings[0]
    summed, last, day = first.figure, first.figure, first.day  # read as months throughout
    for before, now in zip(showings, showings[1:], strict=False):
        verdict = None
        if (now.figure > 0 and summed > 0 and now.day is not None and day is not None
                and now.day > day and now.currency == first.currency  # type: ignore[operator]
                and abs(now.amount - first.amount) <= TOLERANCE):
            smaller = now.figure < before.figure - _margin(before.figure)
            over = summed + now.figure > now.amount + _margin(now.amount)
            verdict = MONTH if smaller and not over else TOTAL if over and not smaller \
                else EITHER
            summed += now.figure
        elif now.day is not None and now.day == day:
            summed += now.figure - last  # the same receipt, copied or corrected
        else:
            summed = now.figure
        found.append(verdict)
        last = now.figure
        if now.day is not None:
            day = now.day
    return found


def read_lines(lines: Iterable[Sequence[Showing]]) -> MonthlyReading:
    """The reading of a file's repeated lines (each its showings with a figure, in file
    order): an EITHER showing follows what the file's other judged showings say, MONTH or
    TOTAL, when they say one thing only."""
    judgements = [(showings, judged(showings)) for showings in lines if len(showings) > 1]
    said = {v for _, verdicts in judgements for v in verdicts if v in (MONTH, TOTAL)}
    months = said == {MONTH}
    reading = MonthlyReading()
    added, unclear = [], []
    for showings, verdicts in judgements:
        total = last = showings[0].figure
        day = showings[0].day
        for now, verdict in zip(showings[1:], verdicts[1:], strict=True):
            if verdict == MONTH or (verdict == EITHER and months):
                total += now.figure
                added.append((now.place, now.row))
            elif verdict is None and now.day is not None and now.day == day:
                total += now.figure - last
            else:
                total = now.figure
                if verdict == EITHER and said != {TOTAL}:
                    unclear.append((now.place, now.row))
            last = now.figure
            if now.day is not None:
                day = now.day
            if abs(total - now.figure) > TOLERANCE:
                reading.totals[now.place] = round(total, 6)
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
                                    record[RECEIVED_CURRENCY] or record[CURRENCY]))
    return [showings for showings in lines.values() if showings]
