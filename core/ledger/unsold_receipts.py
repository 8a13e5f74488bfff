"""Money a file records for an order no file imported so far sells: named, after the write.

A year book's 收款 tab lists a wire naming PO-88, last year's order, which no tab sells: the
money was stored on PO-88 (an order worth nothing) and the account spent it on MT-1, ordered
after it came: 3,000 open where 15,000 is, with no word said (fx44y). The account now never
spends such money on an order placed after it came (core.analysis.dataset.OrderRow.unsold;
held for its order whatever came, it left a buyer paying under its own PO number overdue:
rv52d, acct52h's hold taken back);
the import names each row, as a return of an order sold nowhere is named
(core.ledger.filed_returns.unsold_returns). Both imports (tests/reference_import) call it.
Such money saying it is a deposit (30%定金 on HT25-073, a contract not shipped yet) is held for
its number and pays no older invoice (core.analysis.advances.held_for_number, rv54b f9): its
row is said as held.
"""

from __future__ import annotations

import re
import sqlite3

from core.i18n import N_
from core.ledger.deposit_parts import deposit_part
from core.ledger.filed_returns import sold_nowhere
from core.ledger.noted_orders import names_sale, noted_number, paper_number
from core.ledger.payment_kinds import deposit_money
from core.messages import Message

# a line `s` that sells (not a payment of its own nor a credit note: OrderRow.sold, as the
# analysis reads it)
_SELLS = "NOT s.credit_note AND NOT (s.amount = 0 AND s.received_amount IS NOT NULL)"
# the row's line itself selling (the first NOT EXISTS below would find it), said first: most
# rows of money received are their sale's, passed over before their order is asked (0.05 →
# 0.02 s at 100k lines, perf47i)
_SELLS_L = _SELLS.replace("s.", "l.")
# whether a number names a sale by its order or invoice number, loosely, in SQL
# (core.ledger.noted_orders.names_sale: HXI-1 beside HX-1's 发票号, acct52h)
_NAMES = "tradetier_names_sale"
# the note's code; its rows: money received on an order, not cancelled, with no line that
# sells, nor has another order of the customer's whose number is its number written
# otherwise ('PO-90' beside the 收款 row's 'PO 90': core.analysis.dataset.SoldNumbers, fx44u)
# or as its invoice number (HXI-1, the 发票号 of HX-1: acct52h);
# its text
_SAID = ("unsold_receipt",
         f"coalesce(o.status, '') != 'cancelled' AND l.received_amount > 0 AND NOT ({_SELLS_L}) "
         "AND NOT EXISTS (SELECT "
         f"1 FROM order_lines s WHERE s.order_id = l.order_id AND {_SELLS}) AND NOT EXISTS ("
         "SELECT 1 FROM orders p JOIN order_lines s ON s.order_id = p.id WHERE p.customer_id = "
         f"o.customer_id AND p.id != o.id AND {_SELLS} AND {_NAMES}(o.order_no, p.order_no, "
         "s.invoice_no))", N_(
             "“{file}”, sheet “{sheet}”, row {row}: money received for order {order}, which is "
             "not sold in any file imported so far. It pays no order placed after it came and "
             "is kept for that order until the file selling it is imported: check the order "
             "number."))


# ... of them, a deposit (定金 in its note or number: payment_kinds.deposit_money) is held for its
# number, paying no older invoice, for `number_deposit_days` (core.analysis.advances: rv54b f9)
_DEPOSIT = "tradetier_deposit_said(coalesce(l.notes, '') || ' ' || o.order_no)"
_HELD = ("held_deposit", f"{_SAID[1]} AND {_DEPOSIT}", N_(
    "“{file}”, sheet “{sheet}”, row {row}: a deposit held for {order}, which no file sells yet. "
    "It pays none of the buyer's older invoices until the file selling {order} is imported, "
    "or until the days set under “Deposit for a contract not sold yet: days it is held” have "
    "passed; then it pays them as other money does. If the number is mistyped, correct it."))


def _deposit_said(text: str | None) -> bool:
    return deposit_money(text)


def _noted_deposit(note: str | None) -> str | None:
    """The number a deposit's note gives, its deposit clause's where it pays a balance first
    (付清PI-77定金及INV-1余款: core.ledger.deposit_parts, fix56j)."""
    if deposit_money(note):
        return noted_number(note)
    return None if (part := deposit_part(note)) is None else part.number


# ... and a row naming no order whose deposit note gives a number (备注 "PI-77定金", 对应发票
# blank: noted_orders.noted_number), held for it alike (core.analysis.advances.deposit_for,
# fix56a): its customer's money rows, the number then asked of its sales
_NOTED = ("SELECT l.source_sheet, l.source_row, l.notes, o.customer_id FROM order_lines l "
          "JOIN orders o ON o.id = l.order_id WHERE l.source_file = ? AND o.order_no IS NULL "
          "AND l.amount = 0 AND l.received_amount > 0 AND coalesce(o.status, '') != 'cancelled'"
          " AND tradetier_deposit_noted(l.notes) IS NOT NULL ORDER BY l.source_sheet, l.source_row")
_SOLD = (f"SELECT 1 FROM orders p JOIN order_lines s ON s.order_id = p.id WHERE p.customer_id = ?"
         f" AND {_SELLS} AND {_NAMES}(?, p.order_no, s.invoice_no) LIMIT 1")


_OWN = ("SELECT o.order_no, l.invoice_no FROM orders o JOIN order_lines l ON l.order_id = o.id "
        "WHERE o.customer_id = ?")


def _noted_held(conn: sqlite3.Connection, file_name: str) -> list[Message]:
    """The file's rows naming no order whose deposit note gives a number no sale answers to."""
    said = []
    for sheet, row, note, customer in conn.execute(_NOTED, (file_name,)).fetchall():
        number = _noted_deposit(note)
        if number is None or conn.execute(_SOLD, (customer, number)).fetchone() or not (
                paper_number(number, (n for row in conn.execute(_OWN, (customer,)) for n in row))):
            continue
        written = re.search(re.escape(number), note, re.IGNORECASE)
        said.append(Message(_HELD[0], _HELD[2], {"file": file_name, "sheet": sheet, "row": row,
                                                 "order": written[0] if written else number}))
    return said


def unsold_receipts(conn: sqlite3.Connection, file_name: str) -> list[Message]:
    """After the write: the file's rows of money received for an order no file imported so
    far sells, each named with its file, sheet, row and order; a deposit's as held. Each row
    it names is money received on a line that is no sale: a credit note, or a line of no
    amount (`_SAID`, `_NOTED`): the import asks it only where the store holds a credit note
    or return (filed_returns.returns_stored) or such a line (placed_receipts.received_only),
    a first import of sales alone three scans of the lines fewer (perf67a)."""
    conn.create_function(_NAMES, 3, names_sale, deterministic=True)
    conn.create_function("tradetier_deposit_said", 1, _deposit_said, deterministic=True)
    conn.create_function("tradetier_deposit_noted", 1, _noted_deposit, deterministic=True)
    said = [*sold_nowhere(conn, file_name, (_SAID[0], f"{_SAID[1]} AND NOT {_DEPOSIT}",
                                             _SAID[2])), *sold_nowhere(conn, file_name, _HELD),
            *_noted_held(conn, file_name)]
    return sorted(said, key=lambda m: (str(m.params["sheet"] or ""), int(m.params["row"] or 0)))
