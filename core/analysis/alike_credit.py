"""A debt under one name beside a credit under a name the import said may be the same buyer.

A clerk writes AL NOOR on February's tab and Al Noor Trading LLC on the others; the buyer's
March wire, booked on the full name's row, pays both names' invoices: AL NOOR owes 6,000, 77
days, and goes on the black list, while Al Noor Trading LLC holds 6,000 of credit no invoice
took (fix59i). The analysis cannot merge them (two firms may share most of a name: the import
names the pair, core.ledger.alike_customers, for the clerk to merge), nor move the money. A
listed customer whose alike name holds credit at least its open debt keeps its list, so the
user acts (merges the two, or books the money where it belongs), but its reason says why the
list may be wrong: the credit, and under which name. The pairs are the ones the import named
and kept (core.ledger.doubled_wires.stored_pairs), the clerk's merges already counted: a
merged pair is one customer, its wire paying its invoices.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from core.analysis.dataset import CENT
from core.analysis.model import CustomerMetrics
from core.i18n import N_
from core.ledger.doubled_wires import stored_pairs
from core.messages import Message

LISTED = ("black", "watch")


def credit_beside(conn: sqlite3.Connection, customers: Sequence[CustomerMetrics]
                  ) -> dict[int, tuple[str, float]]:
    """Each customer owing money whose alike name (a pair the import named) holds at least as
    much credit on account: that name and its credit (the largest, where several do)."""
    pairs = stored_pairs(conn)
    if not pairs:
        return {}
    ids = dict(conn.execute("SELECT key, id FROM customers"))
    shown = {c.customer_id: c for c in customers}
    found: dict[int, tuple[str, float]] = {}
    for pair in pairs:
        one, two = (shown.get(ids.get(key, -1)) for key in sorted(pair))
        if one is None or two is None or one is two:
            continue
        for owing, holding in ((one, two), (two, one)):
            credit = holding.credit_on_account
            if owing.open_amount > CENT and credit >= owing.open_amount - CENT and credit > (
                    found.get(owing.customer_id, ("", 0.0))[1]):
                found[owing.customer_id] = (holding.customer, credit)
    return found


def say_credit_beside(c: CustomerMetrics, beside: dict[int, tuple[str, float]], base: str
                      ) -> None:
    """A listed customer's reason, with the credit under its alike name where one holds it."""
    if c.list not in LISTED or c.list_reason is None or c.customer_id not in beside:
        return
    other, credit = beside[c.customer_id]
    c.list_reason = Message(c.list_reason.code, N_(
        "{reason}; {credit:,.0f} {currency} of credit under «{other}», a name like this one's: "
        "merge them in Customers if they are one firm"),
        {"reason": c.list_reason, "credit": credit, "currency": base, "other": other})
