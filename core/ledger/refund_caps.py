"""A return's refund sends back at most what its order received (fx44r, review rv44r F3).

A returns tab's 退款金额 is the money sent back for the goods, a payment line of its own beside
the return's credit note (core.ledger.filed_returns.tab_refunds), as a 退货 list's row's is
(core.ledger.typed_rows.both_lowered). On an order nothing was paid for (OA, not due), the
clerk's 3,000 "refunded" is the bill knocked down, which the credit note already is: read as
money sent back it took 3,000 of the buyer's next payment (PO-2's 5,000 of 06-28), 15,000
open and PO-2 overdue where 12,000 is right. So after each write, a refund on a tab named for
returns, beside its return's credit note on the same row, of an order a file sells, is cut to
what the order's lines received in its currency (less its other refunds, and those of the
same rows before it; an order paid in another currency too is left as written): 0 unpaid,
2,000 of 3,000 where 2,000 was paid; the rest stays the credit the return is. A return of an
order no file sells yet waits for the file selling it (that file's import cuts it then), so
either import order reads alike. Money received on the order in a later file of its own (a
收款 list) does not raise a refund cut before it.
"""

from __future__ import annotations

import json
import sqlite3

from core.i18n import N_, money_text
from core.ledger.normalise import says_returned
from core.messages import Message

_CURRENCY = "COALESCE(l.received_currency, l.currency)"
_REFUND = "l.amount = 0 AND l.received_amount < 0"
# the refunds beside a return's credit note on their row, of orders the file writes a line of
# and a file sells (a line not a held return)
_BESIDE = (f"SELECT l.id, l.order_id, l.source_sheet, -l.received_amount, {_CURRENCY}, "
           "l.source_file, l.source_row, (SELECT order_no FROM orders WHERE id = l.order_id) FROM "
           f"order_lines l WHERE {_REFUND} AND l.order_id IN (SELECT order_id FROM "
           "order_lines WHERE source_file = ?) AND EXISTS (SELECT 1 FROM order_lines g WHERE "
           "g.order_id = l.order_id AND g.credit_note AND g.source_file = l.source_file AND "
           "g.source_sheet = l.source_sheet AND g.source_row = l.source_row) AND EXISTS (SELECT "
           "1 FROM order_lines s WHERE s.order_id = l.order_id AND s.amount > 0 AND NOT "
           "s.credit_note AND NOT coalesce(s.returned, 0)) ORDER BY l.order_id, l.id")
# what an order's lines received, a sum a currency, and what its other refunds sent back
_PAID = (f"SELECT {_CURRENCY}, SUM(CASE WHEN {_REFUND} THEN 0 ELSE MAX(COALESCE("
         "l.received_amount, 0), COALESCE(l.deposit_amount, 0) + COALESCE(l.balance_amount, 0), "
         f"0) END) FROM order_lines l WHERE l.order_id = ? GROUP BY {_CURRENCY}")
_SENT = (f"SELECT COALESCE(SUM(-l.received_amount), 0) FROM order_lines l WHERE "
         f"l.order_id = ? AND {_REFUND} AND {_CURRENCY} = ? AND l.id NOT IN "
         "(SELECT value FROM json_each(?))")


_CUT = N_("“{file}”, sheet “{sheet}”, row {row}: a refund of {refund} for a return of order "
         "{order}, which has received {paid}: {paid} read as sent back, the rest as the bill "
         "lowered (the return's credit). Check the refund and the order's payments.")


def cap_refunds(conn: sqlite3.Connection, file_name: str) -> list[Message]:
    """After the write: each return's refund (the module's docstring) of the orders the file
    writes a line of, cut to what its order received; each cut named with its file, sheet,
    row, order and both sums."""
    found = [r for r in conn.execute(_BESIDE, (file_name,)).fetchall() if says_returned(r[2])]
    ids = json.dumps([r[0] for r in found])
    left: dict[tuple[int, str], float] = {}
    said: list[Message] = []
    for line_id, order_id, sheet, refund, code, file, row, order in found:
        if (order_id, code) not in left:
            paid = dict(conn.execute(_PAID, (order_id,)).fetchall())
            sent = conn.execute(_SENT, (order_id, code, ids)).fetchone()[0]
            # money in another currency: left as written (no rate weighed here)
            left[order_id, code] = float("inf") if any(
                money and other != code for other, money in paid.items()) else max(
                (paid.get(code) or 0.0) - sent, 0.0)
        cut = min(refund, left[order_id, code])
        left[order_id, code] -= cut
        if cut < refund:
            conn.execute("UPDATE order_lines SET received_amount = ? WHERE id = ?",
                         (-cut, line_id))
            said.append(Message("refund_cut", _CUT, {
                "file": file, "sheet": sheet, "row": row, "order": order,
                "refund": money_text(code, refund), "paid": money_text(code, cut)}))
    return said
