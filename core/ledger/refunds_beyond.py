"""A refund larger than everything its customer paid: named, as the account cannot take it.

A refund (core.ledger.typed_rows: 退汇, money sent back) takes back money the customer paid
(core.analysis.refunds). One of 30,000 where the buyer paid 15,000 (a zero typed too many, a
slip of another buyer's) takes all 15,000 and the rest from nothing: the buyer's invoices all
shown open, the 15,000 beyond dropped, and nobody told. The import names such a refund with
both sums, against what the store holds the customer paid in the refund's currency (its
received figures, or deposit and balance where larger), so the clerk checks it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable

from core.i18n import NP_
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.payment_lines import MARK
from core.messages import Listed, Message, Noted

Written = Callable[[], Iterable[tuple[str, int, str]]]  # (sheet, row, line key) of each row
_CURRENCY = "COALESCE(l.received_currency, l.currency)"


def refunds_beyond(conn: sqlite3.Connection, written: Written) -> list[Message]:
    """After the write: this file's refunds larger than all their customers paid, a note per
    sheet."""
    sent_back = MARK + "-"  # a payment keyed by its sum, below 0 (core.ledger.keys)
    places = {key: (sheet, row) for sheet, row, key in written() if sent_back in key}
    refunds = conn.execute(
        f"SELECT l.line_key, o.customer_id, -l.received_amount, {_CURRENCY} FROM order_lines l "
        "JOIN orders o ON o.id = l.order_id WHERE l.line_key IN (SELECT value FROM "
        "json_each(?)) AND l.amount = 0 AND l.received_amount < 0",
        (json.dumps(sorted(places)),)).fetchall() if places else []
    by_sheet: dict[str, list[tuple[int, Noted]]] = {}
    for key, customer, sent, currency in refunds:
        paid, = conn.execute(
            "SELECT COALESCE(SUM(MAX(COALESCE(l.received_amount, 0), COALESCE(l.deposit_amount, "
            f"0) + COALESCE(l.balance_amount, 0))), 0) FROM order_lines l JOIN orders o ON "
            f"o.id = l.order_id WHERE o.customer_id = ? AND {_CURRENCY} = ?",
            (customer, currency)).fetchone()
        if sent > paid + 0.005:
            sheet, row = places[key]
            by_sheet.setdefault(sheet, []).append(
                (row, Noted(str(row), f"{sent:,.2f} > {paid:,.2f} {currency}")))
    return [Message("refund_beyond_paid", NP_(
        "Sheet “{sheet}”: {count} refund is more than all its customer paid, row {rows}: the "
        "part beyond is taken from nothing. Check its sum and its customer.",
        "Sheet “{sheet}”: {count} refunds are more than all their customers paid, rows "
        "{rows}: the part beyond is taken from nothing. Check their sums and customers."),
        {"sheet": sheet, "count": len(found),
         "rows": Listed([noted for _, noted in sorted(found)], SHARED_SHOWN)})
        for sheet, found in by_sheet.items()]
