"""The reference: copied wires undone and the review gathered over a whole file's records, as
the importer did before issue 11 (core.ledger.review judges only the rows a wire can concern)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date

from core.ledger.booked_twice import booked_twice
from core.ledger.layout import SheetLayout
from core.ledger.normalise import fold, later_status
from core.ledger.noted_orders import noted_order, numbers_of
from core.ledger.older_tabs import NewestTabs, kept
from core.ledger.orders import TOLERANCE
from core.ledger.receipts import RECEIPT_FIELDS, Row, copied_wires
from core.ledger.review import LedgerReview
from core.ledger.stored_figure import Receipt
from core.ledger.tab_ends import TabEnds, tab_ends
from core.ledger.tab_month import sheet_month
from core.ledger.typed_rows import is_receipt_line
from core.ledger.wire_notes import WireNote
from reference_import.money_columns import settle_column_currencies
from reference_import.orders import CANCELLED, Order
from reference_import.rows import Record
from reference_import.writer import _iso

Convert = Callable[[float, str, str, date], float | None]


def review(layouts: list[SheetLayout], records: list[Record], orders: list[Order],
           usd_per_unit: Callable[[str, date], float | None], file_name: str) -> LedgerReview:
    def convert(value: float, source: str, target: str, day: date) -> float | None:
        rates = usd_per_unit(source, day), usd_per_unit(target, day)
        return value * rates[0] / rates[1] if rates[0] and rates[1] else None

    result = LedgerReview(settle_column_currencies(layouts, records, convert),
                          undo_copied_wires(orders, convert, tab_ends(file_name, lambda: [[
                              (line.record.sheet, line.record.row, _iso(line.record.order_date),
                               _iso(line.record.ship_date), _iso(line.record.received_date))
                              for order in orders for line in order.lines]])))
    for order in orders:
        live = order.status is None or order.status == "disputed"
        cancelled = {id(line) for status, line in order.line_statuses().values()
                     if status == CANCELLED}
        for line in order.lines:
            record = line.record
            if record.credit_note and not line.repeat:
                result.credit_notes.append(record)
            elif live and id(line) in cancelled:  # the showing that cancelled it
                result.cancelled_lines.append(record)
    return result


def undo_copied_wires(orders: list[Order], convert: Convert,
                      tab_end: TabEnds) -> list[WireNote]:
    """The rule over the file's lines: a line's first showing gives its customer and currencies,
    the figure, status, invoice and (raised) amount the file leaves on it are judged (a later
    tab's replace an earlier one's, not an older month's tab's received figure: `tab_end`),
    and a copy is cleared on every tab that shows it."""
    lines = [(order.key, line) for order in orders for line in order.lines if not line.repeat]
    records = [line.record for _, line in lines]
    showings: dict[str, list[Record]] = {line.key: [] for _, line in lines}
    for order in orders:
        for line in order.lines:
            showings[line.key].append(line.record)
    by_id: dict[Hashable, Record] = dict(enumerate(records))
    left = [_as_left(showings[line.key]) for _, line in lines]
    shipments = [(key, fold(invoice or ""), line.record.received_in)
                 for (key, line), (_, invoice, _) in zip(lines, left, strict=True)]
    worths = [_worth(r, status, amount, convert)
              for r, (status, _, amount) in zip(records, left, strict=True)]
    notes = []
    shown_all = [record for rows in showings.values() for record in rows]

    def per_unit(currency: str, on: object) -> float | None:
        return convert(1.0, currency, "USD", on)  # type: ignore[arg-type]

    # a payment of its own, typed or a row worth 0 with money (core.ledger.typed_rows.
    # is_receipt_row, as the app's review asks: ref40), never a copy
    paying = [line.record.payment_row or is_receipt_line(line.record.amount,
                                                         line.record.received_amount)
              for _, line in lines]
    for amount_name, date_name in RECEIPT_FIELDS:
        shown = [_left_on(showings[line.key], amount_name, date_name, tab_end)
                 if not paying[index] else (None, None, line.record)
                 for index, (_, line) in enumerate(lines)]
        if all(figure is None for figure, _, _ in shown):
            continue
        tuples: list[Row] = [
            ((r.customer_key, r.received_in), worths[index], *shown[index][:2], index,
             shipments[index]) for index, r in enumerate(records)]
        payments: list[Row] = [
            ((r.customer_key, None), 0.0, *_left_on(showings[line.key], amount_name,
                                                    date_name)[:2], index)
            for index, ((_, line), r) in enumerate(zip(lines, records, strict=True))
            if paying[index]]
        wires = copied_wires(tuples, per_unit=per_unit)
        for wire in wires + booked_twice(
                tuples, payments, wires, per_unit, None, lambda i: _named(by_id[i], shown_all),
                noted=lambda i: by_id[i].notes):
            rest = wire.amount - sum(row[2] or 0.0 for row in payments if row[4] in wire.parts)
            for copy in wire.copies + (wire.parts if wire.noted and amount_name != RECEIPT_FIELDS[
                    0][0] else ()):  # a noted total's parts, where its rest has no figure
                for record in showings[lines[int(copy)][1].key]:  # type: ignore[call-overload]
                    setattr(record, amount_name, None)
                    setattr(record, date_name, None)
            if wire.noted and amount_name == RECEIPT_FIELDS[0][0]:  # the rest on the row's day
                for record in showings[lines[int(wire.kept)][1].key]:  # type: ignore[call-overload]
                    setattr(record, amount_name, rest)
            kept = by_id[wire.kept]
            notes.append(WireNote(kept.customer, amount_name, wire.amount, kept.received_in,
                                  wire.day if wire.noted
                                  else shown[int(wire.kept)][1],  # type: ignore[call-overload]
                                  tuple((shown[int(i)][2].sheet,  # type: ignore[call-overload]
                                         shown[int(i)][2].row)  # type: ignore[call-overload]
                                        for i in (wire.kept, *wire.parts, *wire.copies)),
                                  wire.total, bool(wire.parts), wire.noted))
    return notes


def _named(record: Record, records: list[Record]) -> str | None:
    """The order a line names, folded: its number, else, a payment's, the one order of its
    customer's in the file that its note names."""
    if record.order_no or not record.payment_row:
        return fold(record.order_no or "") or None
    return noted_order(record.notes, numbers_of(
        (r.order_no, r.invoice_no) for r in records if r.customer_key == record.customer_key))


def _left_on(showings: list[Record], amount_name: str, date_name: str,
             tab_end: TabEnds | None = None
             ) -> tuple[float | None, date | None, Record]:
    """A receipt field's figure and day as the file leaves them on a line, and the row that
    showed the figure; the received figure as it stands under an older month's tab's row
    (core.ledger.older_tabs.kept, as the writer reads it: yb44)."""
    first = showings[0]
    figure, day, shown = getattr(first, amount_name), getattr(first, date_name), first
    newest = NewestTabs(tab_end, tab_end.last) if tab_end and amount_name == RECEIPT_FIELDS[0][
        0] else None
    if newest is not None:
        newest.older("", (None, first.sheet), False, None)
    for record in showings[1:]:
        if newest is not None and newest.older("", (first.sheet, record.sheet), True, None) \
                and sheet_month(record.sheet) is not None and kept(
                    Receipt(figure, day, shown.amount, shown.received_in, notes=shown.notes),
                    Receipt(record.received_amount, record.received_date, record.amount,
                            record.received_in, notes=record.notes), newest.end("")) is not None:
            continue
        if getattr(record, amount_name) is not None:
            figure, shown = getattr(record, amount_name), record
        if getattr(record, date_name) is not None:
            day = getattr(record, date_name)
    return figure, day, shown


def _as_left(showings: list[Record]) -> tuple[str | None, str | None, float]:
    """A line's status, invoice and amount as the file leaves them: a later tab's filled
    status and invoice replace, and its amount where higher in the same currency."""
    first = showings[0]
    status, invoice, amount = first.status, first.invoice_no, first.amount
    for record in showings[1:]:
        status = later_status(status, record.status, False)
        invoice = record.invoice_no or invoice
        if record.amount > amount + TOLERANCE and record.currency == first.currency:
            amount = record.amount
    return status, invoice, amount


def _worth(record: Record, status: str | None, amount: float, convert: Convert
           ) -> float | None:
    if status == CANCELLED:
        return 0.0
    if record.received_in == record.currency:
        return amount
    return convert(amount, record.currency, record.received_in, record.order_date)
