"""One return and refund (退货退款) the file writes on two rows, counted once.

A return's row typed or noted 退货退款 is read as a credit note and a refund (core.ledger.
typed_rows.both_lowered), and so is a refund row (the 收款 tab's -2,000 of the return's day)
whose own note says 退货退款. A file writing the return on its ledger tab and the refund on its
收款 tab wrote one return and one refund on two rows: the ledger's row is the return's
document, the 收款 tab's the refund's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping
from datetime import date
from typing import cast

from core.ledger.noted_orders import noted_order, numbers_of, reference
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CUSTOMER_KEY,
    INVOICE_NO,
    NOTES,
    ORDER_NO,
    RECEIVED,
    RECEIVED_CURRENCY,
    RECEIVED_DATE,
    ROW,
    Record,
)
from core.ledger.typed_rows import doubled, is_receipt_row

Marks = Counter[tuple[object, ...]]
# a return column's return a list writes in parts -> the sum each such leaves unlisted
Parted = dict[tuple[object, ...], list[float]]


def _refund_mark(record: Record) -> tuple[object, ...]:
    return (record[CUSTOMER_KEY], record[RECEIVED_CURRENCY] or record[CURRENCY],
            round(-record[RECEIVED], 2), record[RECEIVED_DATE])


def refund_marks(records: list[Record], paid: Collection[int] = ()) -> Marks:
    """The refunds a sheet writes as documents of their own (a 收款 tab's -2,000 退款, a row
    typed 退款单), each by its customer, currency, sum and day, and the order it says it is
    for (its order column and note: :func:`names_other`); not those
    :func:`typed_rows.both_lowered` made of a return's row, but those it made of a refund row
    (`paid`: the sheet's rows read as money, typed or on a sheet of payments)."""
    made = {i for i in doubled(records) if records[i][ROW] not in paid}
    return Counter((*_refund_mark(r), (r[ORDER_NO], r[NOTES])) for i, r in enumerate(records)
                   if i not in made and is_receipt_row(r) and r[RECEIVED] < 0)


def names_other(note: object, order: str | None, invoice: str | None = None) -> bool:
    """Does a refund's note name another order than `order` (its `invoice`), the return's:
    one of its kind (the letters it is numbered by) that is not it (core.ledger.noted_orders.
    noted_order)? "退款 PO-778" beside a return on PO-771 is PO-778's money sent back; a
    wire's reference (TT-881), no number, or PO-771 among others names no other order."""
    if not order:
        return False
    named = noted_order(note, numbers_of([(order, invoice)]))
    return named is not None and reference(named) != reference(order)


def _for_other(said: object, order: str | None, invoice: str | None) -> bool:
    """Is a refund that says `said` (its order column and note, :func:`refund_marks`) for
    another order than the return's (`order`, `invoice`)?"""
    written, note = said if isinstance(said, tuple) else (None, None)
    if written and order:
        return reference(written) not in {reference(order), reference(invoice or order)}
    return names_other(note, order, invoice)


def return_marks(records: list[Record], paid: Collection[int] = ()) -> Marks:
    """The refunds :func:`typed_rows.both_lowered` made of a sheet's return rows (not of
    its refund rows, `paid`): each return's, by its customer, currency, sum and day, and its
    order and invoice."""
    return Counter((*_refund_mark(records[i]), (records[i][ORDER_NO], records[i][INVOICE_NO]))
                   for i in doubled(records) if records[i][ROW] not in paid)


def return_of(returns: Marks, mark: tuple[object, ...], said: tuple[object, object]
              ) -> tuple[object, ...] | None:
    """Of the returns `returns` counts (:func:`return_marks`), the one a refund row read as
    a return and refund (`mark`: customer, currency, sum, day; `said`: its order column and
    note) is the refund of: of its customer, sum and day, not of another order than the one
    it names (:func:`_for_other`): the 收款 tab's "退货退款 R-2" beside R-1's return is R-2's
    return of its own (one return counted, revenue 13,000 where 11,000 is, refund36)."""
    for key, count in returns.items():
        order, invoice = key[4] if isinstance(key[4], tuple) else (None, None)
        if count > 0 and key[:4] == mark and not _for_other(said, order, invoice):
            return key
    return None


# A return's money goes back within days of its goods, not on their day alone: the 收款 tab
# books the refund the day it went (03-25), the 台账's 退货退款 row the return's (03-20), or the
# refund went first. Matched on the day only, Rio was shown 4,000 sent back of one 2,000
# refund, R-2 2,000 open and watched (break35a). Two months apart, two refunds.
REFUND_DAYS = 31


def refund_of(marks: Marks, mark: tuple[object, ...], order: str | None = None,
              invoice: str | None = None) -> tuple[object, ...] | None:
    """Of the refunds `marks` counts (customer, currency, sum, day, what it says it is for:
    :func:`refund_marks`), the one a return's refund `mark` (customer, currency, sum, day) of
    `order` (its `invoice`) is written as too: of its day, else of the nearest day within
    REFUND_DAYS (the earlier of two as near), else None. Not one saying it is for another
    order (:func:`_for_other`): "退款 R-2" beside R-1's return of its sum and day is R-2's
    money sent back, a refund of its own (Rio, R-2 paid 2,000 over and refunded, was shown
    2,000 credit, refund36)."""
    *same, day = mark
    near = [(apart, str(other[3]), str(other[4]), other) for other, count in marks.items()
            if count > 0 and list(other[:3]) == same
            and (apart := 0 if other[3] == day else _days_apart(day, other[3])) is not None
            and apart <= REFUND_DAYS
            and not _for_other(other[4], order, invoice)]
    return min(near)[-1] if near else None


def _days_apart(one: object, other: object) -> int | None:
    if one is None or other is None:
        return None
    return abs((date.fromisoformat(str(one)[:10]) - date.fromisoformat(str(other)[:10])).days)


def _return_mark(record: Record, figure: float) -> tuple[object, ...]:
    return (record[CUSTOMER_KEY], record[CURRENCY], round(figure, 2),
            reference(record[ORDER_NO] or ""))


def column_marks(records: list[Record], columns: Mapping[int, float]) -> Marks:
    """The returns a sheet's sale rows write in a return column (`columns`: row → sum,
    core.ledger.refund_columns.net_of_returns), each by its customer, currency, sum and
    order: their money went back on the sale's row, whether its credit note was made there
    or another row of the file writes it (core.ledger.noted_returns.with_noted_returns)."""
    if not columns:  # most sheets
        return Counter()
    return Counter(_return_mark(r, columns[r[ROW]]) for r in records
                   if r[ROW] in columns and r[ORDER_NO] and not r[CREDIT_NOTE] and r[AMOUNT] > 0)


def one_refund(records: list[Record], marks: Marks, paid: Collection[int] = (),
               returns: Marks | None = None, columns: Marks | None = None,
               sold: Callable[[str, str, float], bool] | None = None,
               short: Marks | None = None, gone: Marks | None = None) -> list[Record]:
    """A sheet's records without each refund :func:`typed_rows.both_lowered` made of a
    return's row (退货退款) that the file writes as a document of its own too (`marks`, of
    every sheet: :func:`refund_marks`, each taken once): the 收款 tab's -2,000 退款 of the
    return's day, or days from it (:func:`refund_of`), is that refund, not another. Counted
    twice, Rio, paid in full, was shown R-2 2,000 open 49 days and watched (refund35). And
    without each credit note it made of a refund row (`paid`) whose return the file writes
    (`returns`, of every sheet: :func:`return_marks`, each taken once): the 收款 tab's row
    saying 退货退款 is that return's refund, not a second return (revenue 11,000 where 13,000
    is, credit35). And without the refund made of a refund row read as a return and refund (a
    list of returns' row) whose return a sale's return column writes (`columns`, of every
    sheet: :func:`column_marks`, each taken once), the money the sale's row sent back: counted
    again, 3,000 open on a buyer paid in full (ref41). Its credit note stays the return's
    (core.ledger.credit_lines places it on the line of the one the sale's row makes). So
    too where another file stored that sale (`sold`: core.ledger.listed_returns.stored_column)
    and the refund is the return's whole sum. And without the credit note of a list's part of
    a return column's return its parts leave unlisted (`short`: listed_parts): its refund
    alone. And without both of a list's part of another file's column return whose money
    the sale's row sent back (`gone`: core.ledger.listed_returns.parts_apart)."""
    drop = set()
    for i in doubled(records):
        mark = _refund_mark(records[i])
        if records[i][ROW] in paid:
            if gone and gone[(part := _return_mark(records[i - 1], -records[i - 1][AMOUNT]))
                             ] > 0:
                gone[part] -= 1
                drop |= {i - 1, i}
            elif short and short[(part := _return_mark(records[i - 1], -records[i - 1][
                    AMOUNT]))] > 0:
                short[part] -= 1
                drop.add(i - 1)
            elif returns is not None and (found := return_of(
                    returns, mark, (records[i][ORDER_NO], records[i][NOTES]))) is not None:
                returns[found] -= 1
                drop.add(i - 1)
            elif records[i][ORDER_NO] and (columns or sold) and _sold_apart(
                    records[i - 1], mark, columns, sold):
                drop.add(i)  # its credit note the return's, one line with the sale's own
        elif (found := refund_of(marks, mark, records[i][ORDER_NO],
                                 records[i][INVOICE_NO])) is not None:
            marks[found] -= 1
            drop.add(i)
    return [r for i, r in enumerate(records) if i not in drop] if drop else records


def _sold_apart(credit: Record, mark: tuple[object, ...], columns: Marks | None,
               sold: Callable[[str, str, float], bool] | None) -> bool:
    """Is a list's return (its `credit` note, its refund's `mark`) one a sale's return column
    writes, its money sent back there: of the file (`columns`, each taken once), or of
    another file's sale, refunded in full (`sold`)?"""
    if columns and columns[(found := _return_mark(credit, -credit[AMOUNT]))] > 0:
        columns[found] -= 1
        return True
    return sold is not None and mark[2] == round(-credit[AMOUNT], 2) and sold(
        credit[ORDER_NO], credit[CUSTOMER_KEY], -credit[AMOUNT])


def stated_marks(records: list[Record], stated: bool) -> Marks:
    """The returns a list of returns with a refund column (`stated`) writes, each by its
    customer, currency, sum and order (:func:`column_marks`'): it says their money itself."""
    if not stated:
        return Counter()
    return Counter(_return_mark(r, -r[AMOUNT]) for r in records
                   if r[CREDIT_NOTE] and r[AMOUNT] < 0 and r[ORDER_NO])


def listed_parts(columns: Marks, stated: Marks, short: Marks | None = None,
                 stored: Callable[[tuple[object, ...]], float] | None = None) -> Parted:
    """The returns of sale rows' return columns (`columns`) a list of returns writes as parts
    (`stated`: each its sum and refund) whose sums make the column's, or less, in place: those
    parts taken as the column's return (its mark in `stated` once), its credit note the parts'
    and, where they make less, the rest's. 退货金额 3,000 is the order's total returned, the
    list's 1,500 of 04-20 and 1,500 of 05-02 its two parts, no second return (credit 6,000 and
    9,000 received of 15,000 paid, was: ref42); its 1,500 listed so far, or 1,500 + 1,000, are
    parts of it too, the rest not yet listed: the column's credit note the return's, the
    parts (counted into `short`) their refunds alone (credit 4,500 or 5,500, was: fx42a F4).
    Not where the list writes the column's sum itself. Other files' parts of it (`stored`:
    core.ledger.listed_returns.stored_parts), credit notes stored, count with the list's
    where they make its sum: the list's parts their refunds alone, the column's credit note
    what other files did not credit (ref43: May's 1,500 stored, April's column and its tab's
    1,500: credited 4,500, was). The column returns so taken, each with the sum its parts
    leave (0: none), or, less than 0, what other files' parts credited of it."""
    parted: Parted = defaultdict(list)
    for mark, count in list(columns.items()):
        if count <= 0 or stated[mark] > 0:
            continue
        parts = [m for m, n in stated.items()
                 if n > 0 and m[:2] == mark[:2] and m[3] == mark[3]]
        listed = round(sum(cast(float, m[2]) * stated[m] for m in parts), 2)
        if (before := stored(mark) if stored is not None else 0.0) and round(
                listed + before, 2) == mark[2]:
            listed = -before  # the rest listed before: the column's credit note the rest
        elif not parts:
            continue
        if listed <= cast(float, mark[2]):
            for m in parts:
                if short is not None and listed < cast(float, mark[2]):
                    short[m] += stated[m]
                del stated[m]
            stated[mark] += 1
            parted[mark].append(round(cast(float, mark[2]) - listed, 2) if listed >= 0 else (
                listed if parts else 0.0))
    return parted


def unstated(columns: Marks, stated: Marks) -> None:
    """The returns of sale rows' return columns (`columns`) a list of returns states the
    refund of (`stated`) taken out, in place: the list's refund (or none) is the money, no
    more dropped as the column's (:func:`one_refund`)."""
    for mark, count in stated.items():
        columns[mark] -= min(count, columns[mark])


def put_back(records: list[Record], returned: Mapping[int, float],
             taken: Mapping[int, float], stated: Marks, parted: Parted | None = None
             ) -> set[int]:
    """The sale rows whose return column's return a list of returns writes with its refund
    (`stated`, each taken once), in place: their money received given back what the column
    took for the goods (`taken`: row → sum): the list says what was refunded, blank none, 1,000
    that much (PO-1 paid 15,000, 3,000 back: 3,000 on account, or 2,000; was nothing, and the
    report said both sent back and not: fix41a). A return the list writes in parts
    (`parted`: :func:`listed_parts`) without the credit note the sale's row made of it: the
    parts are its credit notes (with the rest's, where they make less). Their rows."""
    told: set[int] = set()
    if not (returned and stated):  # most sheets
        return told
    apart: set[int] = set()  # the credit notes of returns the list writes in parts
    for i, r in enumerate(records):
        row = r[ROW]
        if row in returned and r[ORDER_NO] and not r[CREDIT_NOTE] and r[AMOUNT] > 0 and stated[
                (mark := _return_mark(r, returned[row]))] > 0:
            stated[mark] -= 1
            told.add(row)
            if taken.get(row):
                records[i] = given_back(r, taken[row])
            # its parts making less, the return's credit note, theirs refunds alone
            if parted and parted.get(mark) and i + 1 < len(records) and records[i + 1][
                    ROW] == row and records[i + 1][CREDIT_NOTE]:
                if not (rest := parted[mark].pop(0)):
                    apart.add(i + 1)
                elif rest < 0:  # other files' parts credited that much of it (ref43)
                    records[i + 1] = lowered(records[i + 1], -rest)
    if apart:
        records[:] = [r for i, r in enumerate(records) if i not in apart]
    return told


def given_back(record: Record, figure: float) -> Record:
    """A sale row with `figure` added back to its money received (what its return column
    took off it for the goods)."""
    return (*record[:RECEIVED], round(record[RECEIVED] + figure, 6), *record[RECEIVED + 1:])


def lowered(credit: Record, figure: float) -> Record:
    """A credit note less `figure` (what other files' credit notes credited of it)."""
    return (*credit[:AMOUNT], round(credit[AMOUNT] + figure, 6), *credit[AMOUNT + 1:])
