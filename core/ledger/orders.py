"""Rows into orders and lines: the keys that make next month's ledger update, not double.

A row is an order line. Rows sharing an order number are one order; where the ledger also has
invoice numbers, those are shipments of the order. A line is known again by its order number,
product and its place among the order's rows with that product; a ledger without order
numbers keys a row by what it says (customer, date, amount, currency, product) plus an
occurrence index.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field

from core.ledger.normalise import fold
from core.ledger.rows import Record
from core.ledger.terms import due_date

RECEIPT_FIELDS = (("received_amount", "received_date"), ("deposit", "deposit_date"),
                  ("balance", "balance_date"))


@dataclass
class Line:
    key: str
    order_key: str
    record: Record
    repeat: bool = False  # the same line seen again in a later tab of this file


@dataclass
class Order:
    key: str
    lines: list[Line] = field(default_factory=list)

    @property
    def first(self) -> Record:
        return self.lines[0].record

    def value(self, name: str) -> object:
        """The first filled value among the order's rows (the clerk fills the first line)."""
        for line in self.lines:
            value = getattr(line.record, name)
            if value is not None:
                return value
        return None


def order_key(record: Record, occurrence: int) -> str:
    if record.order_no:
        return "o:" + fold(record.order_no)
    basis = "|".join((record.customer_key, record.order_date.isoformat(), repr(record.amount),
                      record.currency, fold(record.product or "")))
    return "r:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:20] + f"#{occurrence}"


def group(records: list[Record]) -> list[Order]:
    """Orders in first-seen order, each with its lines keyed for re-import."""
    orders: dict[str, Order] = {}
    seen_rows: dict[str, int] = defaultdict(int)
    per_sheet: dict[tuple[str, str], int] = defaultdict(int)
    seen_lines: set[str] = set()
    for record in records:
        occurrence = 0
        if not record.order_no:
            basis = order_key(record, 0)
            occurrence = seen_rows[basis]
            seen_rows[basis] += 1
        okey = order_key(record, occurrence)
        # Not the invoice number: a lot's invoice is often filled in a month after its row.
        part = f"{okey}|{fold(record.product or '')}"
        position = per_sheet[(record.sheet, part)]
        per_sheet[(record.sheet, part)] += 1
        lkey = f"{part}#{position}"
        line = Line(lkey, okey, record, repeat=lkey in seen_lines)
        seen_lines.add(lkey)
        orders.setdefault(okey, Order(okey)).lines.append(line)
    for order in orders.values():
        _undo_repeated_receipts(order)
        _derive_due_dates(order)
    return list(orders.values())


def _derive_due_dates(order: Order) -> None:
    """Terms written on the order's first row govern the rows below it too."""
    terms = order.value("terms")
    for line in order.lines:
        record = line.record
        if record.due_date is None and record.terms is None and terms is not None:
            record.due_date = due_date(terms, record.ship_date, record.order_date)  # type: ignore[arg-type]
            record.due_derived = record.due_date is not None


def _undo_repeated_receipts(order: Order, tolerance: float = 0.5) -> None:
    """A clerk who writes the order's receipt on every product row must not be counted thrice.

    Within one tab and invoice, when every row shows the same figure and together they would
    exceed what the rows are worth, the figure is the whole group's and stays on the first row.
    """
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for line in order.lines:
        if not line.repeat:
            groups[(line.record.sheet, fold(line.record.invoice_no or ""))].append(line.record)
    for rows in groups.values():
        if len(rows) < 2:
            continue
        total = math.fsum(r.amount for r in rows)
        for amount_name, date_name in RECEIPT_FIELDS:
            values = [getattr(r, amount_name) for r in rows]
            if any(v is None for v in values) or len(set(values)) != 1:
                continue
            if values[0] * len(rows) > total + tolerance and values[0] <= total + tolerance:
                for row in rows[1:]:
                    setattr(row, amount_name, None)
                    setattr(row, date_name, None)
