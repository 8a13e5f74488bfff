"""The reference's reading of carried rows naming a stored order but none of its lines (core.
ledger.balance_rows), worked out again one row at a time with SQL's own sums."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from core.ledger.balance_rows import Carried, Settled, priced
from core.ledger.normalise import fold
from core.ledger.orders import TOLERANCE


def settle(conn: sqlite3.Connection, carried: list[Carried]) -> Settled:
    mine = [row.key for row in carried]
    marks = ",".join("?" * len(mine))
    settled = Settled([], [])
    for row in sorted(carried, key=lambda c: (c.sheet, c.row)):
        own = conn.execute("SELECT id, carried_forward, received_amount, quantity, unit_price "
                           "FROM order_lines WHERE line_key = ?", (row.key,)).fetchone()
        if own is None or not own["carried_forward"] or priced(own["quantity"],
                                                              own["unit_price"]):
            continue
        others = f"order_id = ? AND line_key NOT IN ({marks})"
        standing = (f"{others} AND NOT credit_note AND amount > 0 "
                    "AND status IS NOT 'cancelled'")
        count, total, currencies = conn.execute(
            f"SELECT COUNT(*), TOTAL(amount), COUNT(DISTINCT currency) FROM order_lines "
            f"WHERE {standing}", (row.order_id, *mine)).fetchone()
        if not count:
            continue
        products = {fold(p or "") for (p,) in conn.execute(
            f"SELECT product FROM order_lines WHERE {standing}", (row.order_id, *mine))}
        named = fold(row.product or "")
        if named in products and named:
            continue
        other = conn.execute(f"SELECT currency FROM order_lines WHERE {standing} AND "
                             "currency != ?", (row.order_id, *mine, row.currency)).fetchone()
        if other is not None:
            if currencies != 1:
                continue
            if row.written:
                settled.apart.append((row, other[0]))
                continue
            row = replace(row, currency=other[0])
            _in_currency(conn, own["id"], row.currency)
        if row.amount > total + TOLERANCE or (named and abs(row.amount - total) > TOLERANCE):
            settled.kept.append((row, total))
            continue
        [held] = conn.execute(
            "SELECT TOTAL(COALESCE(received_amount, 0) + COALESCE(deposit_amount, 0) + "
            f"COALESCE(balance_amount, 0)) FROM order_lines WHERE {others}",
            (row.order_id, *mine)).fetchone()
        paid = (total - row.amount + (row.received or 0.0) if row.amount < total - TOLERANCE
                else row.received)
        received = ((own["received_amount"] or 0.0) if paid is None
                    else round(max(paid - held, 0.0), 6))
        conn.execute("UPDATE order_lines SET amount = 0.0, received_amount = ? WHERE id = ?",
                     (received, own["id"]))
        settled.balance.append(row)
    return settled


def _in_currency(conn: sqlite3.Connection, line_id: int, currency: str) -> None:
    """The line read in its order's currency; a column's own currency that is now the line's
    is stored NULL, as a row naming the order's currency writes it."""
    cost, received, rebate = conn.execute(
        "SELECT cost_currency, received_currency, rebate_currency FROM order_lines "
        "WHERE id = ?", (line_id,)).fetchone()
    cost = None if cost == currency else cost
    conn.execute("UPDATE order_lines SET currency = ?, cost_currency = ?, received_currency = ?, "
                 "rebate_currency = ? WHERE id = ?",
                 (currency, cost, None if received == currency else received,
                  None if rebate == (cost or currency) else rebate, line_id))
