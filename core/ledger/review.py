"""What the import did to a file's figures on the account's behalf, so the clerk can check it.

Before one file's orders are written: wires copied on several rows are counted once
(core.ledger.wire_review), cost columns kept in RMB are recognised (core.ledger.money_columns,
sheet by sheet as they are read), credit notes name the sale they reduce. The review gathers
those with the credit notes and the cancelled lines inside live orders, as notes in the user's
language and as plain data for the JSON report, and hands the writer what it must change in
the rows (:class:`Corrections`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any

from core.i18n import N_, NP_
from core.ledger.converting import Converter
from core.ledger.held_sheets import HeldSheets
from core.ledger.money_columns import ColumnNote
from core.ledger.monthly_receipts import file_lines, read_lines
from core.ledger.normalise import fold
from core.ledger.noted_orders import credited_number
from core.ledger.older_status import held_dates
from core.ledger.order_sums import DISPUTED
from core.ledger.orders import OrderBook, SheetGroups
from core.ledger.record import (
    CREDIT_NOTE,
    CUSTOMER_KEY,
    INVOICE_NO,
    NOTES,
    ORDER_NO,
    REF,
    Record,
    RecordView,
)
from core.ledger.row_places import row_at
from core.ledger.rows import ranges_text
from core.ledger.tab_ends import tab_ends
from core.ledger.wire_notes import WireNote
from core.ledger.wire_review import Convert, Place, WireCandidates, undo_copied_wires
from core.ledger.write_off_words import held_message, written_off_message
from core.messages import Listed, Message, Term

COLUMN_NAMES = {"cost": N_("cost"), "received": N_("received"),
                "rebate": N_("tax rebate")}


@dataclass
class LedgerReview:
    columns: list[ColumnNote] = field(default_factory=list)
    wires: list[WireNote] = field(default_factory=list)
    credit_notes: list[RecordView] = field(default_factory=list)
    cancelled_lines: list[RecordView] = field(default_factory=list)  # in orders that go ahead
    # repeated rows whose received figure is that month's receipt, and those that could be
    # (core.ledger.monthly_receipts), as (sheet, row)
    monthly: list[tuple[str, int]] = field(default_factory=list)
    monthly_unclear: list[tuple[str, int]] = field(default_factory=list)
    # rows on payment-named tabs paying more than their order (monthly_receipts.read_lines)
    monthly_over: list[tuple[str, int]] = field(default_factory=list)

    def messages(self) -> list[Message]:
        notes = [_column_message(note) for note in self.columns]
        notes.extend(_wire_message(wire) for wire in self.wires)
        credits = [r for r in self.credit_notes if not r.written_off and not r.held]
        if credits:
            positive = sum(r.credit_written_positive for r in credits)
            params = {"count": len(credits), "rows": rows_text(credits),
                      "positive": positive}
            notes.append(Message("credit_notes", N_(
                "Credit notes, lowering their customers' accounts: {count} ({rows}); written "
                "as positive amounts and stored negative: {positive}."), params)
                if positive else Message("credit_notes", N_(
                    "Credit notes, lowering their customers' accounts: {count} ({rows})."),
                    params))
        if off := written_off_message([r for r in self.credit_notes if r.written_off]):
            notes.append(off)  # no credit notes: the sales stand (core.analysis.write_offs)
        if held := held_message([r for r in self.credit_notes if r.held]):
            notes.append(held)
        if self.cancelled_lines:
            notes.append(Message("cancelled_lines", N_(
                "Lines cancelled inside orders that go ahead: {count} ({rows}); the rest of "
                "each order stands."), {"count": len(self.cancelled_lines),
                                          "rows": rows_text(self.cancelled_lines)}))
        notes.extend(_monthly_messages(self.monthly, self.monthly_unclear, self.monthly_over))
        return notes

    def as_json(self) -> dict[str, Any]:
        return {
            "column_currencies": [asdict(note) for note in self.columns],
            "wires_copied": [{**asdict(wire), "day": _iso(wire.day), "rows": [
                {"sheet": sheet, "row": row} for sheet, row in wire.rows]}
                for wire in self.wires],
            "credit_notes": [{"sheet": r.sheet, "row": r.row, "customer": r.customer,
                              "order_no": r.order_no, "invoice_no": r.invoice_no,
                              "amount": r.amount, "currency": r.currency,
                              "credit_ref": r.credit_ref,
                              "written_positive": r.credit_written_positive,
                              "written_off": r.written_off, "write_off_held": r.held}
                             for r in self.credit_notes],
            "cancelled_lines": [{"sheet": r.sheet, "row": r.row, "customer": r.customer,
                                 "order_no": r.order_no, "amount": r.amount,
                                 "currency": r.currency} for r in self.cancelled_lines],
            "monthly_receipts": [{"sheet": sheet, "row": row} for sheet, row in self.monthly],
            "monthly_receipts_unclear": [{"sheet": sheet, "row": row}
                                         for sheet, row in self.monthly_unclear],
        }


@dataclass
class Corrections:
    """What the review changes in rows before they are written, by (sheet number, position)."""

    credit_refs: dict[Place, str | None] = field(default_factory=dict)  # every credit note's
    cleared: dict[Place, set[int]] = field(default_factory=dict)  # receipts copied from a wire
    # the received figure to date where a later tab wrote that month's receipt
    to_date: dict[Place, float] = field(default_factory=dict)
    # what the file says its received figures are, by its headers and in all
    # (core.ledger.stored_receipts)
    says: tuple[str | None, str | None] = (None, None)


class ReviewRows:
    """The credit notes of a file, noted as its sheets are read (its cancelled lines are the
    order book's: a later tab may cancel or reinstate a line)."""

    def __init__(self) -> None:
        # ((rank, index), place, record, repeated): every credit note, repeated or not
        self.credit_notes: list[tuple[tuple[int, int], Place, Record, bool]] = []

    def add(self, number: int, records: list[Record], groups: SheetGroups) -> None:
        for position, record in enumerate(records):
            if record[CREDIT_NOTE]:
                self.credit_notes.append((
                    (groups.ranks[position], groups.indexes[position]), (number, position),
                    record, groups.repeats[position]))


def converter(usd_per_unit: Callable[[str, date | str], float | None]) -> Convert:
    """convert(value, from, to, day) at the rates in force on that day (None without one),
    with the slack its rates' rounding leaves (core.ledger.converting)."""
    return Converter(usd_per_unit)


def review(held: HeldSheets, book: OrderBook, rows: ReviewRows, columns: list[ColumnNote],
           wires: WireCandidates, usd_per_unit: Callable[[str, date | str], float | None],
           says: str | None = None, file_name: str | None = None
           ) -> tuple[LedgerReview, Corrections]:
    """Count copied wires once and name credited sales, and gather what the report says about
    them; `columns`: what each sheet's cost and receipt columns were read in; `says`: what
    the received headers say the figures are (core.ledger.stored_receipts.file_says);
    `file_name`: the file's, whose tabs' months say which tab is older (yb44)."""
    monthly = read_lines(file_lines(held, book.shown_again), says)
    notes, cleared = undo_copied_wires(held, wires, converter(usd_per_unit), monthly.totals,
                                       None if file_name is None else tab_ends(
                                           file_name, lambda: held_dates(held)))
    corrections = Corrections(_credit_refs(held, rows), cleared, monthly.totals,
                              (says, monthly.says))
    result = LedgerReview(columns, notes, monthly=monthly.added,
                          monthly_unclear=monthly.unclear, monthly_over=monthly.over)
    for _, place, record, repeated in sorted(rows.credit_notes, key=itemgetter(0)):
        if not repeated:
            result.credit_notes.append(RecordView.of(record, corrections.credit_refs[place]))
    orders = book.ranked()
    for (rank, _), record in sorted(book.cancelled.values(), key=itemgetter(0)):
        if orders[rank].status in (None, DISPUTED):
            result.cancelled_lines.append(RecordView.of(record))
    return result, corrections


def _credit_refs(held: HeldSheets, rows: ReviewRows) -> dict[Place, str | None]:
    """Each credit note's `credit_ref`: the number its reference column names, else its own
    invoice or order number where that number is one of the customer's sales in this file (a
    credit row filed under the invoice it reduces), else None (it joins the customer's pool).
    A number found among the sales is stored as the sale spells it: the first spelling in the
    grouped file."""
    if not rows.credit_notes:
        return {}
    customers = {record[CUSTOMER_KEY] for _, _, record, _ in rows.credit_notes}
    found = []
    for _, records, groups in held:
        for position, record in enumerate(records):
            if not record[CREDIT_NOTE] and record[CUSTOMER_KEY] in customers:
                found.append(((groups.ranks[position], groups.indexes[position]), record))
    sales: dict[str, dict[str, str]] = defaultdict(dict)  # customer -> folded number -> number
    for _, record in sorted(found, key=itemgetter(0)):
        for number in (record[INVOICE_NO], record[ORDER_NO]):
            if number:
                sales[record[CUSTOMER_KEY]].setdefault(fold(number), number)
    return {place: credited_number(record[REF], (record[INVOICE_NO], record[ORDER_NO]),
                                   sales.get(record[CUSTOMER_KEY], {}), record[NOTES])
            for _, place, record, _ in rows.credit_notes}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def rows_text(rows: Iterable[RecordView | tuple[str, int]]) -> Listed:
    """Rows by sheet, as every note names a sheet's rows (core.ledger.row_places): “1月” rows
    5–7, 9, “2月” row 3; “1月”第 5–7, 9 行、“2月”第 3 行 (win41: “1月” 5–7, 9; “2月” 3 in both)."""
    by_sheet: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        sheet, number = row if isinstance(row, tuple) else (row.sheet, row.row)
        by_sheet[sheet].append(number)
    return Listed([row_at(sheet, ranges_text(numbers)) for sheet, numbers in by_sheet.items()])


def _monthly_messages(added: list[tuple[str, int]], unclear: list[tuple[str, int]],
                      over: list[tuple[str, int]]) -> list[Message]:
    """What the report says of received figures on later tabs read as a month's receipt, of
    those that could be one, and of payment tabs' paying the order over (core.ledger.
    monthly_receipts)."""
    notes = []
    if added:
        notes.append(Message("monthly_receipts", NP_(
            "{count} row on a later tab gives a later receipt date and a received figure that "
            "cannot be the total received to date: read as that month's receipt, added to "
            "what the earlier tabs recorded ({rows}).",
            "{count} rows on later tabs give a later receipt date and a received figure that "
            "cannot be the total received to date: read as that month's receipts, added to "
            "what the earlier tabs recorded ({rows})."),
            {"count": len(added), "rows": rows_text(added)}))
    if unclear:
        notes.append(Message("monthly_receipts_unclear", NP_(
            "{count} row on a later tab gives a later receipt date and a received figure that "
            "could be that month's receipt or the total received to date ({rows}): read as "
            "the total to date. If the tabs record each month's receipts, check these orders.",
            "{count} rows on later tabs give a later receipt date and a received figure that "
            "could be that month's receipt or the total received to date ({rows}): read as "
            "the total to date. If the tabs record each month's receipts, check these orders."),
            {"count": len(unclear), "rows": rows_text(unclear)}))
    if over:
        notes.append(Message("payment_tabs_over", NP_(
            "{count} row on a tab named by a payment (定金, 尾款) gives a received figure "
            "above its order's amount, paying the order over ({rows}). If it is a typo, "
            "correct it and import the file again.",
            "{count} rows on tabs named by a payment (定金, 尾款) give received figures above "
            "their orders' amounts, paying the orders over ({rows}). If one is a typo, correct "
            "it and import the file again."), {"count": len(over), "rows": rows_text(over)}))
    return notes


def _column_message(note: ColumnNote) -> Message:
    params = {"sheet": note.sheet, "column": Term(COLUMN_NAMES[note.column]),
              "header": note.header or "", "currency": note.currency, "count": note.rows,
              "row_currency": note.row_currency}
    if note.how == "guessed":
        return Message("cost_currency_guessed", NP_(
            "Sheet “{sheet}”: the cost column “{header}” names no currency, but read as "
            "{row_currency} {impossible} of {judged} margins would be below −100%: read as "
            "{currency} ({count} row), converted at the rate in Settings (Currency rates) for "
            "its date. Write the currency in the header (e.g. 成本(人民币)) if this is wrong.",
            "Sheet “{sheet}”: the cost column “{header}” names no currency, but read as "
            "{row_currency} {impossible} of {judged} margins would be below −100%: read as "
            "{currency} ({count} rows), converted at the rates in Settings (Currency rates) "
            "for their dates. Write the currency in the header (e.g. 成本(人民币)) if this is "
            "wrong."), {**params, "impossible": note.impossible, "judged": note.judged})
    if note.how in ("settled", "unclear", "unpaid"):
        return _received_message(note, params)
    if note.how == "units":  # a units row's currency against the rows' 币种 (fix54k)
        return Message("units_row_currency", NP_(
            "Sheet “{sheet}”: the units row under the header says {currency} for the {column} "
            "column “{header}”, but {count} row writes another currency in 币种 (row {rows}): "
            "read in its own ({row_currency}).",
            "Sheet “{sheet}”: the units row under the header says {currency} for the {column} "
            "column “{header}”, but {count} rows write another currency in 币种 (rows {rows}): "
            "each read in its own ({row_currency})."), {**params, "rows": Listed(note.at, 10)})
    if note.how == "units_own":  # figures a units row of RMB leaves in their own (fix55e)
        return Message("units_row_own", NP_(
            "Sheet “{sheet}”: the units row under the header says {currency} for the {column} "
            "column “{header}”, but {count} figure is its own invoice paid in full or a whole "
            "part of it (row {rows}): read as {row_currency}. If it is RMB, write ¥ before the "
            "figure (¥7,100) and import the file again.",
            "Sheet “{sheet}”: the units row under the header says {currency} for the {column} "
            "column “{header}”, but {count} figures are their own invoice paid in full or a "
            "whole part of it (rows {rows}): read as {row_currency}. If they are RMB, write ¥ "
            "before each figure (¥7,100) and import the file again."),
            {**params, "rows": Listed(note.at, 10)})
    if note.how == "cells":  # its rows (acct53c: said of no row)
        return Message("column_currency", NP_(
            "Sheet “{sheet}”: {count} cell of the {column} column “{header}” is marked "
            "{currency} (row {rows}): read as {currency}, converted at the rate in Settings "
            "(Currency rates) for its date.",
            "Sheet “{sheet}”: {count} cells of the {column} column “{header}” are marked "
            "{currency} (rows {rows}): read as {currency}, converted at the rates in Settings "
            "(Currency rates) for their dates."), {**params, "rows": Listed(note.at, 10)})
    return Message("column_currency", NP_(
        "Sheet “{sheet}”: {column} column “{header}” read as {currency} ({count} row), "
        "converted at the rate in Settings (Currency rates) for its date.",
        "Sheet “{sheet}”: {column} column “{header}” read as {currency} ({count} rows), "
        "converted at the rates in Settings (Currency rates) for their dates."), params)


def _received_message(note: ColumnNote, params: dict[str, Any]) -> Message:
    """A received column of RMB settled figures, rows that may be, or planned sums (fix53i)."""
    params = {**params, "ratio": f"{note.ratio:.1f}", "judged": note.judged,
              "rows": Listed(note.at, 10)}
    if note.how == "settled" and note.own:
        return Message("received_column_rmb_own", NP_(
            "Sheet “{sheet}”: the received column “{header}” holds RMB: most of its figures are "
            "about {ratio} times the invoices' ({count} of {judged} row, row {rows}): read as "
            "CNY, converted at the rate in Settings (Currency rates) for its date. Figures near "
            "their own invoice or a part of it stay in {row_currency} (row {own}). If the column "
            "is {row_currency}, write the currency in the header (e.g. 收汇(USD)).",
            "Sheet “{sheet}”: the received column “{header}” holds RMB: most of its figures are "
            "about {ratio} times the invoices' ({count} of {judged} rows, rows {rows}): read as "
            "CNY, converted at the rates in Settings (Currency rates) for their dates. Figures "
            "near their own invoice or a part of it stay in {row_currency} (row {own}). If the "
            "column is {row_currency}, write the currency in the header (e.g. 收汇(USD))."),
            {**params, "own": Listed(note.own, 10)})
    if note.how == "settled":
        return Message("received_column_rmb", NP_(
            "Sheet “{sheet}”: the received column “{header}” holds RMB: its figures are about "
            "{ratio} times the invoices' ({count} of {judged} row): read as CNY, converted at "
            "the rate in Settings (Currency rates) for its date. If it is {row_currency}, "
            "write the currency in the header (e.g. 收汇(USD)).",
            "Sheet “{sheet}”: the received column “{header}” holds RMB: its figures are about "
            "{ratio} times the invoices' ({count} of {judged} rows): read as CNY, converted at "
            "the rates in Settings (Currency rates) for their dates. If it is {row_currency}, "
            "write the currency in the header (e.g. 收汇(USD))."), params)
    if note.how == "unclear":
        return Message("received_rows_rmb", NP_(
            "Sheet “{sheet}”: {count} figure of the received column “{header}” is about "
            "{ratio} times its invoice, as RMB would be (row {rows}), the others not: read as "
            "{row_currency}, paying the invoice over. If it is RMB, write 人民币 beside the "
            "figure or in the note, and import the file again.",
            "Sheet “{sheet}”: {count} figures of the received column “{header}” are about "
            "{ratio} times their invoices, as RMB would be (rows {rows}), the others not: read "
            "as {row_currency}, paying the invoices over. If they are RMB, write 人民币 beside "
            "the figures or in the notes, and import the file again."), params)
    return Message("received_status_unpaid", NP_(
        "Sheet “{sheet}”: {count} row's status says its money has not come (未收, unpaid), so "
        "its figure in “{header}” is the sum planned, not received (row {rows}): not counted "
        "as received.",
        "Sheet “{sheet}”: {count} rows' status says their money has not come (未收, unpaid), "
        "so their figures in “{header}” are the sums planned, not received (rows {rows}): not "
        "counted as received."), params)


def _wire_message(wire: WireNote) -> Message:
    last = {"customer": wire.customer, "amount": f"{wire.amount:,.2f}",  # the last row named
            "currency": wire.currency, "date": wire.day.isoformat() if wire.day else "",
            "rows": rows_text(wire.rows[:-1]), "sheet": wire.rows[-1][0], "row": wire.rows[-1][1]}
    if wire.noted:  # the first row the total, the others some of its parts (fx42c)
        return Message("wire_noted_parts", N_(
            "{customer}: the {amount} {currency} received on “{sheet}” row {row} is noted as "
            "its payments, and only some of them are on {rows}: the row's total is taken as "
            "received, counted once (those rows' payments on their days, the rest on the "
            "row's day). If a payment of it has not come, correct the row's received figure."),
            {**last, "rows": rows_text(wire.rows[1:]), "sheet": wire.rows[0][0],
             "row": wire.rows[0][1]})
    if wire.lump:
        return Message("wire_lump_sum", N_(
            "{customer}: the payment of {amount} {currency} on {date} (“{sheet}” row {row}) is "
            "the money written received on {rows}, whose figures add up to it: counted once, on "
            "those rows."), last)
    if wire.total:
        return Message("wire_running_total", N_(
            "{customer}: the {amount} {currency} received to {date} on “{sheet}” row {row} is "
            "the running total of the payments on {rows}: the money is counted once."), {
            "customer": wire.customer, "amount": f"{wire.amount:,.2f}",
            "currency": wire.currency, "date": wire.day.isoformat() if wire.day else "",
            "rows": rows_text(wire.rows[1:]), "sheet": wire.rows[0][0], "row": wire.rows[0][1]})
    return Message("wire_copied", N_(
        "{customer}: one wire of {amount} {currency} dated {date} written on {count} rows "
        "({rows}), counted once, on “{sheet}” row {row}."), {
        "customer": wire.customer, "amount": f"{wire.amount:,.2f}", "currency": wire.currency,
        "date": wire.day.isoformat() if wire.day else Term(N_("(no date)")),
        "count": len(wire.rows), "rows": rows_text(wire.rows), "sheet": wire.rows[0][0],
        "row": wire.rows[0][1]})
