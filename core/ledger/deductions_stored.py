"""A deduction noted in one month's file, its short wire in another, separate file.

Hamburg Haus's PO-2503-01, 10,000 USD, its 备注 "质量扣款500" in March's file 台账_2025-03.xlsx,
the 9,500 the buyer wired entered in April's 台账_2025-04.xlsx (a 收款登记 row naming the
order, a payment row of it, or April's tab repeating the sale with its money so far). Each
file weighed the note against its own money only (core.ledger.deductions_apart): March's
sale was short by all 10,000, April's wire had no note beside it, and the 500 stayed open,
taken from the next invoice paid in full, until the buyer was black-listed (acct56c's note,
the year oracle). The store holds the other file's half; it is asked once per import:

- the note's file, imported after the money's (or sent again in the update month): its
  reading adds the money other files stored on the orders a note names a deduction of
  (:func:`stored_money`, one query of those orders' lines: deductions_apart.paid_apart), and
  the sale's own import makes the credit note and names the deduction, as it does when the
  wire is on another tab of the same book;
- the money's file, imported after the note's: once written, the stored sales whose notes
  name a deduction, on the orders this import wrote to (:func:`settle_stored`, one query),
  are weighed against all the money the store now holds on their order; where that
  settles one (the same rule and tolerance: noted_deductions.settled) and no credit note of
  its sum is stored, the credit note is stored after the sale as the sale's own file makes
  it (its key, its rows), so that file sent again finds it and keeps it.

A deduction never noted, or a short wire whose sale's note names none, stays open; so does a
note whose sum is not what the store's money falls short by (a bank's charge on top is
weighed as everywhere: bank_charges.charge).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, MutableMapping

from core.i18n import N_
from core.ledger.normalise import fold
from core.ledger.noted_deductions import deduction, hinted, kind_word
from core.ledger.noted_returns import noted_key
from core.messages import Message

Order = tuple[str, str, str]  # its numbered key, its buyer's key, its currency
# a stored line of another file on an asked order: the order, its product, amount, money
# received and that money's currency (None: the line's own)
StoredLine = tuple[Order, str, float, float, "str | None"]
StoredMoney = Callable[[Collection[Order]], Iterable[StoredLine]]

_MONEY = ("SELECT o.order_key, c.key, l.currency, coalesce(l.product, ''), coalesce(l.amount, 0), "
          "l.received_amount, l.received_currency FROM orders o JOIN customers c ON c.id = "
          "o.customer_id JOIN order_lines l ON l.order_id = o.id WHERE o.order_key IN (SELECT "
          "value FROM json_each(?)) AND coalesce(l.source_file, '') <> ? AND NOT l.credit_note "
          "AND l.status IS NOT 'cancelled' AND l.received_amount IS NOT NULL")


def stored_money(conn: sqlite3.Connection, name: str) -> StoredMoney:
    """The money other files than `name` stored on some orders: asked only of those a note
    of the file names a deduction of, once for the file (a first import asks nothing)."""
    def lines(orders: Collection[Order]) -> list[StoredLine]:
        wanted = set(orders)
        return [((key, buyer, currency), product, amount, paid, own)
                for key, buyer, currency, product, amount, paid, own in conn.execute(
                    _MONEY, (json.dumps(sorted({key for key, _, _ in wanted})), name))
                if (key, buyer, currency) in wanted]
    return lines


def add_stored(products: MutableMapping[tuple[Order, str], float],
               money: MutableMapping[Order, float], mixed: set[Order],
               stored: Iterable[StoredLine]) -> None:
    """The file's money on its orders (`products`: each sale product's figures; `money`: its
    rows of money) with what other files stored: a stored wire adds, a sale line another file
    wrote counts its figure where it is more than the file's of that product (each figure is
    the money so far on the line: April's 9,500 on March's sale repeated); money in another
    currency leaves the order out (`mixed`)."""
    sold: dict[tuple[Order, str], float] = defaultdict(float)
    for order, product, amount, paid, own in stored:
        if own is not None and own != order[2]:
            mixed.add(order)
        elif amount > 0:
            sold[order, fold(product)] += paid
        else:
            money[order] += paid
    for line, figure in sold.items():
        products[line] = max(products.get(line, 0.0), figure)


# the sales whose notes may name a deduction (`deduction_hinted`: noted_deductions.hinted, the
# one list of its words), on the orders holding a line this file wrote, each with its order's
# sales and money in its currency, whether some is in another, the sums of the credit notes
# the order holds and whether the sale's own is stored: one statement, asked only of a store
# that held orders before
_NOTED = (
    "SELECT l.id, l.line_key, l.notes, l.currency, l.source_file, l.source_sheet, "
    "l.source_row, o.order_no, c.name, "
    "(SELECT sum(s.amount) FROM order_lines s WHERE s.order_id = o.id AND NOT s.credit_note "
    "AND s.amount > 0 AND s.status IS NOT 'cancelled' AND s.currency = l.currency), "
    "(SELECT sum(s.received_amount) FROM order_lines s WHERE s.order_id = o.id AND NOT "
    "s.credit_note AND s.status IS NOT 'cancelled' AND s.currency = l.currency AND "
    "coalesce(s.received_currency, l.currency) = l.currency), "
    "(SELECT count(*) FROM order_lines s WHERE s.order_id = o.id AND NOT s.credit_note AND "
    "coalesce(s.received_currency, l.currency) <> l.currency), "
    "(SELECT json_group_array(round(-s.amount, 2)) FROM order_lines s WHERE s.order_id = o.id "
    "AND s.credit_note), EXISTS (SELECT 1 FROM order_lines s WHERE s.line_key = l.line_key "
    "|| ?2) "
    "FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = "
    "o.customer_id WHERE l.amount > 0 AND NOT l.credit_note AND l.status IS NOT 'cancelled' "
    "AND o.order_no IS NOT NULL AND l.notes IS NOT NULL AND deduction_hinted(l.notes) AND "
    "EXISTS (SELECT 1 FROM order_lines m WHERE m.order_id = o.id AND m.source_file = ?1) "
    "ORDER BY l.id")
# the stored sale, as the credit note its own file makes of it (noted_returns.returned)
_CLEARED = ("quantity", "unit_price", "cost", "gross_profit", "tax_rebate", "cost_currency",
            "rebate_currency", "received_amount", "received_date", "received_currency",
            "deposit_amount", "deposit_date", "balance_amount", "balance_date")
_SET = {"line_key": "?", "amount": "?", "credit_note": "1", "credit_ref": "?",
        "carried_forward": "0", **{column: "NULL" for column in _CLEARED}}


def settle_stored(conn: sqlite3.Connection, file_name: str) -> list[Message]:
    """Each stored sale whose note names a deduction the money now stored on its order
    settles, on an order `file_name` wrote to (the module's docstring): its credit note
    stored after it; the import report's note of each, naming the sale's file, sheet and
    row. A sale this file wrote was weighed by its reading (the store's money with it): its
    credit note stands, or nothing settles it here either."""
    said: list[Message] = []
    columns: list[str] = []
    conn.create_function("deduction_hinted", 1, hinted, deterministic=True)
    made: set[tuple[str, str, float]] = set()  # two rows of an order noting one deduction
    for (line_id, key, note, currency, source, sheet, row, order_no, customer, amount, paid,
         mixed, credits, written) in conn.execute(_NOTED, (file_name, noted_key(""))).fetchall():
        found = None if mixed or paid is None else deduction(note, amount, currency, paid)
        if found is None or not found.settles or found.figure is None:
            continue  # not settled by the money stored
        if written or round(found.figure, 2) in json.loads(credits) or (
                order_no, currency, round(found.figure, 2)) in made:
            continue  # its credit note, or one of its order and sum, stored already
        made.add((order_no, currency, round(found.figure, 2)))
        columns = columns or [name for _, name, *_ in conn.execute(
            "PRAGMA table_info(order_lines)") if name != "id"]
        conn.execute(f"INSERT INTO order_lines({', '.join(columns)}) SELECT "
                     f"{', '.join(_SET.get(c, c) for c in columns)} FROM order_lines WHERE id = ?",
                     _values(columns, noted_key(key), -found.figure, order_no, line_id))
        conn.execute("INSERT OR IGNORE INTO file_receipts VALUES (?, ?, NULL, NULL, NULL)",
                     (source or "", noted_key(key)))
        said.append(Message("noted_deduction_apart", N_(
            "“{file}”, sheet “{sheet}” row {row}, order {order} of {customer}: {figure} "
            "deducted by the buyer as {kind} (备注 “{note}”), the rest paid as this file "
            "says: counted as settled, a credit note on its order that lowers its revenue."), {
                "file": source or "", "sheet": sheet or "", "row": row or 0,
                "order": order_no, "customer": customer, "note": note,
                "kind": kind_word(found.kind), "figure": f"{found.figure:,.2f} {currency}"}))
    return said


def _values(columns: list[str], key: str, figure: float, order_no: str, line_id: int
            ) -> list[object]:
    """The statement's values in its columns' order, then the sale's line."""
    given = {"line_key": key, "amount": figure, "credit_ref": order_no}
    return [*(given[c] for c in columns if _SET.get(c) == "?"), line_id]
