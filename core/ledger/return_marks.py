"""A file's returns and their refunds counted across its tabs: one set of steps for the import
and the import dialog's preview.

A sale's return column (退货金额), a list of returns (退货, each row a return and its refund), a
收款 tab's refund: one return and its money may be written on two rows, tabs or files, and is
booked once (core.ledger.one_refund, core.ledger.listed_returns, a list naming no currency in
its orders': core.ledger.listed_currency). The import (core.ledger.file_reader) and the preview
(core.ledger.preview) ask these steps of one :class:`ReturnMarks`: the preview repeated some of
them and skipped others, and said of a EUR order's return, its list read in USD, "a sale, and a
return of 3,000.00 EUR" where the import books the list's parts, and of a 退货 list's rows "a
payment received" (ref43).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from core.ledger.layout import SheetLayout
from core.ledger.listed_currency import Sold, StoredCurrency, in_order_currency, unsaid
from core.ledger.listed_returns import (
    OtherFiles,
    StoredReturn,
    list_back,
    order_numbers,
    parts_apart,
    stored_parts,
)
from core.ledger.one_refund import (
    Marks,
    Parted,
    column_marks,
    listed_parts,
    one_refund,
    put_back,
    refund_marks,
    return_marks,
    stated_marks,
    unstated,
)
from core.ledger.read_as import listed_return
from core.ledger.record import AMOUNT, CREDIT_NOTE, CURRENCY, RECEIVED, ROW, Record
from core.ledger.rows import SheetRecords
from core.ledger.typed_rows import doubled, is_receipt_row
from core.messages import Message


def _marks() -> Marks:
    return Counter()


@dataclass
class ReturnMarks:
    """What a file's tabs write of returns and refunds, each taken once as it is booked."""

    # the refunds its sheets write as documents of their own (one_refund.refund_marks)
    refunds: Marks = field(default_factory=_marks)
    # the refunds made of its return rows, 退货退款 (one_refund.return_marks)
    returned: Marks = field(default_factory=_marks)
    # the returns its sale rows write in a return column (one_refund.column_marks)
    columns: Marks = field(default_factory=_marks)
    # the returns its lists of returns write with a refund column (one_refund.stated_marks)
    stated: Marks = field(default_factory=_marks)
    # of those, the ones its lists write in parts (one_refund.listed_parts)
    parted: Parted = field(default_factory=dict)
    # the parts of those whose sums make less than the column's: their refunds alone
    short: Marks = field(default_factory=_marks)
    # the parts of another file's column return sent back on its sale's row (parts_apart)
    gone: Marks = field(default_factory=_marks)

    def count(self, layout: SheetLayout, sheet: SheetRecords, sign: int = 1) -> None:
        """A sheet's refunds and returns counted in (`sign` -1: taken out)."""
        for marks, made in ((self.refunds, refund_marks(sheet.records, sheet.payment_rows)),
                            (self.returned, return_marks(sheet.records, sheet.payment_rows)),
                            (self.columns, column_marks(sheet.records, sheet.returned)),
                            (self.stated, stated_marks(sheet.records,
                                                       layout.states_refunds))):
            if sign > 0:
                marks.update(made)
            else:
                marks.subtract(made)

    def in_currency(self, layout: SheetLayout, sheet: SheetRecords, sold: Callable[[], Sold],
                    stored: StoredCurrency | None = None, counted: bool = False) -> None:
        """A list of returns' rows naming an order and no currency put in their orders'
        (`sold`: the file's sales, asked of such a list only, else `stored`; core.ledger.
        listed_currency), in place; its marks counted again where they were (`counted`)."""
        if not (layout.returns and unsaid(sheet.records)):
            return
        fixed = in_order_currency(sheet.records, sold(), stored)
        if fixed is None:
            return
        if counted:
            self.count(layout, sheet, -1)
        sheet.records = fixed
        if counted:
            self.count(layout, sheet)

    def settle(self, records: Iterable[Record], others: OtherFiles | None) -> None:
        """Once every tab is counted (`records`: all the file's): a return column's parts a
        list writes (with other files', `others`), a list's parts of another file's column,
        and the returns a list says the refund of itself (fix41a)."""
        numbers = order_numbers(records, [m for marks in (self.columns, self.stated)
                                          for m, count in marks.items() if count > 0])
        self.parted = listed_parts(self.columns, self.stated, self.short,
                                   stored_parts(others, numbers))
        self.gone = parts_apart(self.stated, numbers, others, self.columns, self.short)
        unstated(self.columns, self.stated)

    def told(self, sheet: SheetRecords, listed: StoredReturn | None) -> set[int]:
        """The sale rows whose return column's money a list of the file (one_refund.put_back)
        or of another file (`listed`: listed_returns.list_back) says, given back in place."""
        told = put_back(sheet.records, sheet.returned, sheet.taken, self.stated, self.parted)
        return told | list_back(sheet.records, sheet.returned, sheet.taken, listed, told)

    def booked(self, records: list[Record], paid: Iterable[int],
               sold: StoredReturn | None) -> list[Record]:
        """A sheet's records without the refunds and credit notes another row, tab or file
        writes (core.ledger.one_refund.one_refund; `paid`: its rows read as money, `sold`:
        another file's sale writing a list's return in its column)."""
        return one_refund(records, self.refunds, frozenset(paid), self.returned, self.columns,
                          sold, self.short, self.gone)


def listed_notes(records: list[Record], booked: list[Record], first: int) -> dict[int, Message]:
    """The rows of a sheet's `records` read as a return and its refund (typed_rows.doubled),
    by their index below the header (`first`: the first row's number), each said as the
    import books it (`booked`: :meth:`ReturnMarks.booked`): its credit note and refund, or
    one of them, or neither (another row's)."""
    kept: dict[int, set[bool]] = {}
    for r in booked:  # True: a credit note, False: a refund
        if r[CREDIT_NOTE] or is_receipt_row(r) and r[RECEIVED] < 0:
            kept.setdefault(r[ROW], set()).add(bool(r[CREDIT_NOTE]))
    return {records[i][ROW] - first: listed_return(
        True in kept.get(records[i][ROW], ()), False in kept.get(records[i][ROW], ()),
        -records[i - 1][AMOUNT], records[i - 1][CURRENCY]) for i in doubled(records)}
