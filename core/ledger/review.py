"""What the import did to a file's figures on the account's behalf, so the clerk can check it.

Before one file's orders are written: wires copied on several rows are counted once
(core.ledger.receipts), cost columns kept in RMB are recognised (core.ledger.money_columns).
The review gathers those with the credit notes and the cancelled lines inside live orders, as
notes in the user's language and as plain data for the JSON report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from core.i18n import N_
from core.ledger.layout import SheetLayout
from core.ledger.money_columns import ColumnNote, settle_column_currencies
from core.ledger.orders import CANCELLED, Order
from core.ledger.receipts import WireNote, undo_copied_wires
from core.ledger.rows import Record, ranges_text
from core.messages import Message, Term

COLUMN_NAMES = {"cost": N_("cost"), "received": N_("received")}


@dataclass
class LedgerReview:
    columns: list[ColumnNote] = field(default_factory=list)
    wires: list[WireNote] = field(default_factory=list)
    credit_notes: list[Record] = field(default_factory=list)
    cancelled_lines: list[Record] = field(default_factory=list)  # inside orders that go ahead

    def messages(self) -> list[Message]:
        notes = [_column_message(note) for note in self.columns]
        notes.extend(_wire_message(wire) for wire in self.wires)
        if self.credit_notes:
            positive = sum(r.credit_written_positive for r in self.credit_notes)
            params = {"count": len(self.credit_notes), "rows": rows_text(self.credit_notes),
                      "positive": positive}
            notes.append(Message("credit_notes", N_(
                "Credit notes, lowering their customers' accounts: {count} ({rows}); written "
                "as positive amounts and stored negative: {positive}."), params)
                if positive else Message("credit_notes", N_(
                    "Credit notes, lowering their customers' accounts: {count} ({rows})."),
                    params))
        if self.cancelled_lines:
            notes.append(Message("cancelled_lines", N_(
                "Lines cancelled inside orders that go ahead: {count} ({rows}); the rest of "
                "each order stands."), {"count": len(self.cancelled_lines),
                                          "rows": rows_text(self.cancelled_lines)}))
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
                              "written_positive": r.credit_written_positive}
                             for r in self.credit_notes],
            "cancelled_lines": [{"sheet": r.sheet, "row": r.row, "customer": r.customer,
                                 "order_no": r.order_no, "amount": r.amount,
                                 "currency": r.currency} for r in self.cancelled_lines],
        }


def review(layouts: list[SheetLayout], records: list[Record], orders: list[Order],
           usd_per_unit: Callable[[str, date], float | None]) -> LedgerReview:
    """Settle one file's column currencies and copied wires (changing its records) and
    gather what the report says about them."""
    def convert(value: float, source: str, target: str, day: date) -> float | None:
        rates = usd_per_unit(source, day), usd_per_unit(target, day)
        return value * rates[0] / rates[1] if rates[0] and rates[1] else None

    result = LedgerReview(settle_column_currencies(layouts, records, convert),
                          undo_copied_wires(orders, convert))
    for order in orders:
        live = order.status is None or order.status == "disputed"
        for line in order.lines:
            record = line.record
            if line.repeat:
                continue
            if record.credit_note:
                result.credit_notes.append(record)
            elif live and record.status == CANCELLED:
                result.cancelled_lines.append(record)
    return result


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def rows_text(rows: Iterable[Record | tuple[str, int]]) -> str:
    """Rows by sheet: “1月” 5–7, 9; “2月” 3."""
    by_sheet: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        sheet, number = (row.sheet, row.row) if hasattr(row, "sheet") else row
        by_sheet[sheet].append(number)
    return "; ".join(f"“{sheet}” {ranges_text(numbers)}" for sheet, numbers in by_sheet.items())


def _column_message(note: ColumnNote) -> Message:
    params = {"sheet": note.sheet, "column": Term(COLUMN_NAMES[note.column]),
              "header": note.header or "", "currency": note.currency, "rows": note.rows,
              "row_currency": note.row_currency}
    if note.how == "guessed":
        return Message("cost_currency_guessed", N_(
            "Sheet “{sheet}”: the cost column “{header}” names no currency, but read as "
            "{row_currency} {impossible} of {judged} margins would be below −100 %: read as "
            "{currency} ({rows} rows), converted at dated rates. Write the currency in the "
            "header (e.g. 成本(人民币)) if this is wrong."),
            {**params, "impossible": note.impossible, "judged": note.judged})
    if note.how == "cells":
        return Message("column_currency", N_(
            "Sheet “{sheet}”: {rows} cells of the {column} column “{header}” are marked "
            "{currency}: read as {currency}, converted at dated rates."), params)
    return Message("column_currency", N_(
        "Sheet “{sheet}”: {column} column “{header}” read as {currency} ({rows} rows), "
        "converted at dated rates."), params)


def _wire_message(wire: WireNote) -> Message:
    return Message("wire_copied", N_(
        "{customer}: one wire of {amount} {currency} dated {date} written on {count} rows "
        "({rows}), counted once, on “{sheet}” row {row}."), {
        "customer": wire.customer, "amount": f"{wire.amount:,.2f}", "currency": wire.currency,
        "date": wire.day.isoformat() if wire.day else Term(N_("(no date)")),
        "count": len(wire.rows), "rows": rows_text(wire.rows), "sheet": wire.rows[0][0],
        "row": wire.rows[0][1]})
