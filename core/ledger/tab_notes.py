"""A workbook's return on a tab before the tab that sells its order.

A credit note whose place an earlier tab's sale holds is keyed apart (core.ledger.credit_lines),
and a row of its own saying 退货, written positive and not shipped, is a credit note where an
earlier tab sells its order (core.ledger.filed_returns). Tabs come in the clerk's order: a 退货
tab before the 台账 tab stored MT-1's -3,000 note in the sale's place, and the 15,000 sale on
the later tab, read as that line shown again, overwrote it: the line a credit note of 15,000,
27,000 credit and revenue -15,000; its +3,000 row, a sale of 3,000 the sale raised: 3,000 open
and revenue 15,000, where the tabs the other way round give nothing open and revenue 12,000
(order38). So a sale on a later tab landing on the line an earlier tab's credit note holds (or
such a return's, the sale dated before it, or of its day for more) moves that row to the key
it would have had, the sale there first (credit_lines.CreditPlaces.line), a return made the
credit note it is (filed_returns.credited); the file's held rows are re-keyed as each sheet
is grouped (core.ledger.ledger_file.LedgerFile.add) and the sale keeps its place, as it does
in another file (core.ledger.displaced_notes). The reference import does the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from core.ledger.credit_lines import CREDITED, CreditPlaces, order_part
from core.ledger.filed_returns import held_return, sold_before
from core.ledger.noted_returns import NOTED
from core.ledger.record import AMOUNT, CREDIT_NOTE, ORDER_DATE, SHEET, STATUS_TEXT, Record
from core.ledger.seen_lines import SeenLines as Seen  # orders.OrderBook's lines met


class Counted(Protocol):
    """What of an order (core.ledger.orders.Order) a return made a credit note changes."""

    sales: int

    def restate(self, before: str | None, after: str | None) -> None: ...


@dataclass(frozen=True)
class Moved:
    """A row of an earlier sheet given another key: the file's sheet number, its position
    there, its new key, and whether it is a return made a credit note."""

    sheet: int
    position: int
    key: str
    credited: bool


@dataclass(frozen=True)
class _Note:
    sheet: int
    position: int
    day: str
    tab: str
    amount: float
    returned: bool  # a return of its own, not (yet) a credit note


class TabNotes:
    """The credit notes and returns of their own a file's sheets wrote in a line's place."""

    def __init__(self, credits: CreditPlaces, mark: str) -> None:
        """`mark`: the status a credit note's line is met with (orders.CREDIT_NOTE)."""
        self._credits, self._mark = credits, mark
        self.at: dict[str, _Note] = {}
        # each order's returns of their own held in `at`, by their keys (any product)
        self.returns_of: dict[str, list[str]] = {}
        self._said: dict[object, bool] = {None: False}
        self.sheet = 0  # the file's sheet being grouped
        self.moved: list[Moved] = []  # taken by the file once its sheet is grouped

    def saw(self, key: str, record: Record, position: int, repeat: bool) -> None:
        """A row grouped under `key` at `position` of the sheet: kept where it is a credit
        note or a return of its own first shown in a place (not keyed apart)."""
        if repeat or CREDITED in key or NOTED in key or not (record[CREDIT_NOTE]
                                                             or record[STATUS_TEXT]):
            return  # most rows: a sale whose status cell is blank
        returned = held_return(record, self._said)
        if returned or record[CREDIT_NOTE]:
            self.at[key] = _Note(self.sheet, position, record[ORDER_DATE], record[SHEET],
                                 record[AMOUNT], returned)
            if returned:
                self.returns_of.setdefault(order_part(key), []).append(key)

    def sale(self, key: str, part: str, record: Record, seen: Seen, order: Counted | None
             ) -> None:
        """A row of this sheet grouped under `key` (of `part`, its order and product) that an
        earlier sheet's note holds: a sale there moves the note (the module's docstring)."""
        note = self.at[key]
        if (note.sheet == self.sheet or record[CREDIT_NOTE] or record[AMOUNT] <= 0
                or order is None or held_return(record, self._said) or note.returned and not (
                    sold_before(note.day, note.amount, (record[ORDER_DATE], record[AMOUNT]),
                                None, ("", "")))):
            return
        del self.at[key]

        def earlier(k: str) -> bool | None:  # the sale in the place, else the lines met
            return True if k == key else None if k not in seen else seen[k][0] != self._mark

        moved = self._credits.line(key, part, note.day, note.tab, earlier, -abs(note.amount))
        before = seen.pop(key)
        seen[moved] = (self._mark, *before[1:])
        if note.returned:  # counted a sale of its order till now
            order.sales -= 1
            order.restate(before[0], None)
        self.moved.append(Moved(note.sheet, note.position, moved, note.returned))

    def order_sale(self, key: str, record: Record, seen: Seen, order: Counted | None) -> None:
        """A sale of this sheet under `key`: an earlier sheet's return of its own of the same
        order (credit_lines.order_part, its customer's) naming another product or none (blank,
        "沙发退货" where the sale is "Sofa"), dated after the sale (filed_returns.sold_before),
        made the credit note it is in its own place, as the sale's tab first makes it (ret38c:
        the 退货 tab first gave 6,000 open and revenue 18,000, not nothing and 12,000)."""
        if (not self.returns_of or record[CREDIT_NOTE] or record[AMOUNT] <= 0 or order is None
                or held_return(record, self._said)):
            return
        for held in self.returns_of.get(order_part(key), ()):
            note = self.at.get(held)
            if held == key or note is None or note.sheet == self.sheet or not sold_before(
                    note.day, note.amount, (record[ORDER_DATE], record[AMOUNT]), None,
                    ("", "")):
                continue
            del self.at[held]
            before = seen[held]
            seen[held] = (self._mark, *before[1:])
            order.sales -= 1
            order.restate(before[0], None)
            self.moved.append(Moved(note.sheet, note.position, held, True))


def own_sale(carried: object, amount: float | None, credit: object) -> bool:
    """Is a row repeating a line of the file its sale's own row, not carried forward? A year
    book kept newest tab first shows 4月's carried row of MT-1 before 3月's own: the order is
    no order known only from carried rows (yb44: before, it was named so, and left as stored)."""
    return not carried and (amount or 0) > 0 and not credit  # a row of no amount: none
