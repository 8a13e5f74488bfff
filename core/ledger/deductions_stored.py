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
  settles one (the same rule and tolerance: deduction_notes.settled) and no credit note of
  its sum is stored, the credit note is stored after the sale as the sale's own file makes
  it (its key, its rows), so that file sent again finds it and keeps it.

Either way the store's money is placed by the rule a file's own is (core.ledger.
deduction_wires, fix58c): a stored wire naming the noted order among others (合并付款
"PO-H1，PO-H3" 19,500 in April's file) shared out, the other filled first (:func:`_named`;
kept whole on PO-H1 it was 500 open, 80 days, black); a stored row of money in another
currency (68,395 RMB naming PO-H1) converted at its day's rate within the rates' rounding,
not left out. And a stored credit note stands only while the money settles its deduction:
the buyer paying the 500 back in May's file (补付质量扣款) has PO-H1 paid in full, its credit
note withdrawn and named (else the 500 paid PO-H3 and revenue stayed 500 short).

A deduction never noted, or a short wire whose sale's note names none, stays open; so does a
note whose sum is not what the store's money falls short by (a bank's charge on top is
weighed as everywhere: bank_charges.charge).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, MutableMapping

from core.i18n import N_
from core.ledger.converting import Converter
from core.ledger.deduction_notes import deduction, hinted, kind_word, noted_sum
from core.ledger.deduction_wires import Convert, Wire, overpaid, place_wires
from core.ledger.keys import NUMBERED
from core.ledger.normalise import fold
from core.ledger.noted_orders import loose_number, named_numbers, references
from core.ledger.noted_returns import noted_key
from core.messages import Message
from core.rates import UNIT, Rates

Order = tuple[str, str, str]  # its numbered key, its buyer's key, its currency
# a stored line of another file on an asked order: the order, its product, amount, money
# received and that money's currency (None: the line's own)
StoredLine = tuple[Order, str, float, float, "str | None"]
# the lines of the asked orders and the stored wires naming them among others (合并付款
# "PO-H1，PO-H3" in April's file): placed as a file's own wires are (deduction_wires)
StoredMoney = Callable[[Collection[Order]], tuple[list[StoredLine], list[Wire]]]

_MONEY = ("SELECT o.order_key, c.key, l.currency, coalesce(l.product, ''), coalesce(l.amount, 0), "
          "l.received_amount, l.received_currency, l.received_date FROM orders o JOIN customers "
          "c ON c.id = o.customer_id JOIN order_lines l ON l.order_id = o.id WHERE o.order_key IN "
          "(SELECT "
          "value FROM json_each(?)) AND coalesce(l.source_file, '') <> ? AND NOT l.credit_note "
          "AND l.status IS NOT 'cancelled' AND l.received_amount IS NOT NULL")
# the money of some buyers' orders no sale is on, of other files than ?2 (or of ?3 alone): a
# wire whose number cell names orders (core.ledger.noted_orders.named_numbers)
_WIRES = ("SELECT o.order_key, o.order_no, c.key, l.currency, l.received_amount, "
          "l.received_currency, l.received_date FROM orders o JOIN customers c ON c.id = "
          "o.customer_id JOIN order_lines l ON l.order_id = o.id WHERE c.key IN (SELECT value "
          "FROM json_each(?1)) AND o.order_no IS NOT NULL AND coalesce(l.source_file, '') <> ?2 "
          "AND (?3 IS NULL OR l.source_file = ?3) AND NOT l.credit_note AND l.status IS NOT "
          "'cancelled' AND coalesce(l.amount, 0) = 0 AND l.received_amount IS NOT NULL AND NOT "
          "EXISTS (SELECT 1 FROM order_lines s WHERE s.order_id = o.id AND s.amount > 0)")
# the noted sale lines of some orders paid more than their amount: paying others their notes
# name (合并付款，含YW25-0205货款28140), shared as a file's are (deduction_wires.overpaid)
_OVER = ("SELECT o.order_key, c.key, l.currency, l.notes FROM orders o JOIN customers c ON c.id "
         "= o.customer_id JOIN order_lines l ON l.order_id = o.id WHERE o.order_key IN (SELECT "
         "value FROM json_each(?)) AND l.amount > 0 AND NOT l.credit_note AND l.status IS NOT "
         "'cancelled' AND l.notes IS NOT NULL AND (deduction_hinted(l.notes) OR "
         "l.received_amount > l.amount + 0.005 AND coalesce(l.received_currency, l.currency) = "
         "l.currency)")  # paid more, or noting a deduction: its deposit may be on a line apart
# the sale lines of some orders, as written: an order's lots (deduction_wires._whole_lots)
_LINES = ("SELECT o.order_key, c.key, l.currency, l.amount FROM orders o JOIN customers c ON c.id "
          "= o.customer_id JOIN order_lines l ON l.order_id = o.id WHERE o.order_key IN (SELECT "
          "value FROM json_each(?)) AND l.amount > 0 AND NOT l.credit_note AND l.status IS NOT "
          "'cancelled' ORDER BY l.id")
# some buyers' orders a sale is on: those a stored wire names are shared its money
_SOLD = ("SELECT o.id, o.order_key, c.key, l.currency, sum(l.amount) FROM orders o JOIN "
         "customers c ON c.id = o.customer_id JOIN order_lines l ON l.order_id = o.id WHERE "
         "c.key IN (SELECT value FROM json_each(?)) AND o.order_no IS NOT NULL AND l.amount > 0 "
         "AND NOT l.credit_note AND l.status IS NOT 'cancelled' GROUP BY o.id, l.currency")


def stored_money(conn: sqlite3.Connection, name: str) -> StoredMoney:
    """The money other files than `name` stored on some orders: asked only of those a note
    of the file names a deduction of, once for the file (a first import asks nothing)."""
    def lines(orders: Collection[Order]) -> tuple[list[StoredLine], list[Wire]]:
        kept, wires = _lines(conn, orders, name)
        return kept, wires + _named(conn, orders, name)
    return lines


def _lines(conn: sqlite3.Connection, orders: Collection[Order], name: str
           ) -> tuple[list[StoredLine], list[Wire]]:
    """The stored lines of `orders` (of other files than `name`), and their rows of money in
    another currency (27,444 RMB naming PO-H1's dollars), each a wire converted as a file's
    is (deduction_wires.place_wires)."""
    wanted = set(orders)
    buyers = {(key, buyer) for key, buyer, _ in wanted}
    kept: list[StoredLine] = []
    wires: list[Wire] = []
    for key, buyer, currency, product, amount, paid, own, day in conn.execute(
            _MONEY, (json.dumps(sorted({key for key, _, _ in wanted})), name)):
        if (key, buyer, currency) in wanted and (amount > 0 or own in (None, currency)):
            kept.append(((key, buyer, currency), product, amount, paid, own))
        elif amount <= 0 and (key, buyer) in buyers:
            wires.append(((key, buyer, own or currency), paid, day))
    return kept, wires


def _named(conn: sqlite3.Connection, orders: Collection[Order], name: str,
           only: str | None = None) -> list[Wire]:
    """The stored wires (of other files than `name`; of `only` alone where given) whose
    number cells name some of `orders` (their buyer's), each keyed as a file's wire is."""
    numbers = {(buyer, loose_number(key[len(NUMBERED):])) for key, buyer, _ in orders}
    keys = {key for key, _, _ in orders}
    return [((key, buyer, own or currency), paid, day)
            for key, number, buyer, currency, paid, own, day in conn.execute(
                _WIRES, (json.dumps(sorted({buyer for buyer, _ in numbers})), name, only))
            if key not in keys and any((buyer, named) in numbers
                                       for named in named_numbers(number))]


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


# the sales whose notes may name a deduction (`deduction_hinted`: deduction_notes.hinted, the
# one list of its words), on some orders (?1: those holding a line this file wrote, or its
# wire names; NULL: every order, a first import having written them all), each with its
# order's keys, the sums of the credit notes the order holds and whether the sale's own is
# stored; and a payment's own row (金额 0) whose credit note is stored, to be withdrawn where
# the money now stored pays its order whole (定金 3,000 扣佣金2000 in March's file, its balance
# 7,000 in April's: no deduction, a 2,000 credit left, rv61b s420 A3)
_NOTED = (
    "SELECT l.id, l.line_key, l.notes, l.currency, l.source_file, l.source_sheet, "
    "l.source_row, o.order_no, c.name, o.order_key, c.key, "
    "(SELECT json_group_array(round(-s.amount, 2)) FROM order_lines s WHERE s.order_id = o.id "
    "AND s.credit_note), (SELECT s.amount FROM order_lines s WHERE s.line_key = l.line_key "
    "|| ?2) "
    "FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = "
    "o.customer_id WHERE (?1 IS NULL OR o.id IN (SELECT value FROM json_each(?1))) AND NOT "
    "l.credit_note AND l.status IS NOT 'cancelled' AND o.order_no IS NOT NULL AND l.notes IS "
    "NOT NULL AND deduction_hinted(l.notes) AND (l.amount > 0 OR EXISTS (SELECT 1 FROM "
    "order_lines s WHERE s.line_key = l.line_key || ?2)) ORDER BY l.id")
# the stored sale, as the credit note its own file makes of it (noted_returns.returned)
_CLEARED = ("quantity", "unit_price", "cost", "gross_profit", "tax_rebate", "cost_currency",
            "rebate_currency", "received_amount", "received_date", "received_currency",
            "deposit_amount", "deposit_date", "balance_amount", "balance_date")
_SET = {"line_key": "?", "amount": "?", "credit_note": "1", "credit_ref": "?",
        "carried_forward": "0", **{column: "NULL" for column in _CLEARED}}


def settle_stored(conn: sqlite3.Connection, file_name: str, held: bool = True) -> list[Message]:
    """Each stored sale whose note names a deduction the money now stored on its order
    settles, on an order `file_name` wrote to or its wire names (the module's docstring): its
    credit note stored after it; each whose deduction the buyer has paid since (补付质量扣款
    500 in May's file: the order paid in full), its credit note withdrawn; the import
    report's note of each, naming the sale's file, sheet and row. A sale this file wrote was
    weighed by its reading (the store's money with it): its credit note stands, or nothing
    settles it here either, but for money paid back on another tab (补付质量扣款 on the
    book's 收款登记, fix59c). A first import (not `held`: the store held no order before it)
    asks every order, not each by its id (100,000 of them: 0.14 CPU s of the bench ledger's).
    """
    conn.create_function("deduction_hinted", 1, hinted, deterministic=True)
    ids = json.dumps(_asked_orders(conn, file_name)) if held else None
    noted = conn.execute(_NOTED, (ids, noted_key(""))).fetchall()
    if not noted:
        return []
    # each noted order's note: a wire naming two noted orders leaves each short by its own
    asked = {(key, buyer, currency): note for _, _, note, currency, *_, key, buyer, _, _ in noted}
    paid, amounts, slack = _weighed(conn, asked, Converter(Rates(conn, UNIT).usd_per_unit))
    said: list[Message] = []
    columns: list[str] = []
    made: set[tuple[str, str, float]] = set()  # two rows of an order noting one deduction
    for (line_id, line_key, note, currency, source, sheet, row, order_no, customer, key, buyer,
         credits, written) in noted:
        order = (key, buyer, currency)
        amount, money = amounts.get(order), paid.get(order)
        place = {"file": source or "", "sheet": sheet or "", "row": row or 0,
                 "order": order_no, "customer": customer, "note": note}
        if written is not None:
            back = None if money is None or amount is None or money < amount - 0.005 else (
                noted_sum(note, amount, currency))
            if back is not None and round(back, 2) == round(-written, 2):
                said.append(_withdrawn(conn, line_key, source or "", place, -written, currency))
            continue
        found = None if money is None else deduction(note, amount, currency, money,
                                                     slack.get(order, 0.0))
        if found is None or not found.settles or found.figure is None:
            continue  # not settled by the money stored
        if round(found.figure, 2) in json.loads(credits) or (
                order_no, currency, round(found.figure, 2)) in made:
            continue  # a credit note of its order and sum stored already
        made.add((order_no, currency, round(found.figure, 2)))
        columns = store_credit(conn, (line_id, line_key, source), found.figure, order_no,
                               columns)
        said.append(Message("noted_deduction_apart", N_(
            "“{file}”, sheet “{sheet}” row {row}, order {order} of {customer}: {figure} "
            "deducted by the buyer as {kind} (备注 “{note}”), the rest paid as this file "
            "says: counted as settled, a credit note on its order that lowers its revenue."), {
                **place, "kind": kind_word(found.kind),
                "figure": f"{found.figure:,.2f} {currency}"}))
    return said


def store_credit(conn: sqlite3.Connection, line: tuple[int, str, str | None], figure: float,
                 order_no: object, columns: list[str] | None = None) -> list[str]:
    """A credit note of `figure` stored after a noted line (its id, key and file) as the line's
    own file makes it (its key, its rows: noted_returns.noted_key), so that file sent again
    finds it; the table's columns, asked once a run."""
    line_id, line_key, source = line
    columns = columns or [name for _, name, *_ in conn.execute(
        "PRAGMA table_info(order_lines)") if name != "id"]
    conn.execute(f"INSERT INTO order_lines({', '.join(columns)}) SELECT "
                 f"{', '.join(_SET.get(c, c) for c in columns)} FROM order_lines WHERE id = ?",
                 _values(columns, noted_key(line_key), -figure, str(order_no), line_id))
    conn.execute("INSERT OR IGNORE INTO file_receipts VALUES (?, ?, NULL, NULL, NULL)",
                 (source or "", noted_key(line_key)))
    return columns


def _asked_orders(conn: sqlite3.Connection, file_name: str) -> list[int]:
    """The orders whose noted sales this file's money may settle: those holding a line it
    wrote, and those a wire it wrote names among others (merged: "PO-H1，PO-H3")."""
    ids = [found for found, in conn.execute(
        "SELECT DISTINCT order_id FROM order_lines WHERE source_file = ?", (file_name,))]
    buyers = [buyer for buyer, in conn.execute(
        "SELECT DISTINCT c.key FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN "
        "customers c ON c.id = o.customer_id WHERE l.source_file = ? AND coalesce(l.amount, "
        "0) = 0 AND l.received_amount IS NOT NULL", (file_name,))]
    if not buyers:
        return ids
    named = {(buyer, number) for _, number, buyer, *_ in conn.execute(
        _WIRES, (json.dumps(buyers), "", file_name)) for number in named_numbers(number)}
    return ids + [found for found, key, buyer, _, _ in conn.execute(_SOLD, (json.dumps(buyers),))
                  if (buyer, loose_number(key[len(NUMBERED):])) in named]


def _weighed(conn: sqlite3.Connection, orders: dict[Order, str], convert: Convert | None
             ) -> tuple[dict[Order, float], dict[Order, float], dict[Order, float]]:
    """The money every file stored on `orders`, its stored wires naming them among others
    and a sale line of theirs paid for others its note names shared as a file's are
    (deduction_wires.place_wires, overpaid: the one rule), each order's sales, and how far
    converted money on it may be off; an order with money in another currency and no rate
    for it left out."""
    wires = _named(conn, orders, "")
    kept, apart = _lines(conn, orders, "")
    wires.extend(apart)
    numbers = {(buyer, named) for (number, buyer, _), *_ in wires
               for named in named_numbers(number[len(NUMBERED):])}
    every: dict[Order, float] = {(key, buyer, currency): amount for _, key, buyer, currency, amount
                                 in conn.execute(_SOLD, (json.dumps(sorted(
                                     {buyer for _, buyer, _ in orders})),))}
    over = _over(conn, orders, every, numbers)
    sold = {order: amount for order, amount in every.items() if order in orders or (
        order[1], loose_number(order[0][len(NUMBERED):])) in numbers}
    products: dict[tuple[Order, str], float] = {}
    money: dict[Order, float] = defaultdict(float)
    mixed: set[Order] = set()
    add_stored(products, money, mixed, [*kept, *_lines(conn, sold.keys() - orders, "")[0]])
    for (order, _), figure in products.items():
        money[order] += figure
    slack: dict[Order, float] = defaultdict(float)
    lots = _lots(conn, sold.keys()) if wires or over else None
    place_wires(wires, sold, money, orders, mixed, convert, slack, lots)
    if over:
        overpaid(over, sold, money, orders, lots)
    return ({order: money.get(order, 0.0) for order in orders if order not in mixed}, sold,
            slack)


def _over(conn: sqlite3.Connection, orders: Collection[Order], every: Mapping[Order, float],
          numbers: set[tuple[str, str]]) -> dict[Order, set[str]]:
    """The notes of `orders`' sale lines paid more than their amount or noting a deduction
    (_OVER), and of the lines paid more of the orders those notes name, in turn (a lot's
    合并付款，含YW25-0206货款9072，第二批: deduction_wires.overpaid); each note's numbers added
    to `numbers` (buyer, number). `every`: the buyers' orders a sale is on."""
    over: dict[Order, set[str]] = defaultdict(set)
    asked, ask = set(orders), {key for key, _, _ in orders}
    index: dict[tuple[str, str], list[Order]] = defaultdict(list)
    for order in every:
        index[order[1], loose_number(order[0][len(NUMBERED):])].append(order)
    while ask:
        named: set[Order] = set()
        for key, buyer, currency, note in conn.execute(_OVER, (json.dumps(sorted(ask)),)):
            if (key, buyer, currency) not in asked:
                continue
            over[key, buyer, currency].add(note)
            for text in references(note).values():
                numbers.add((buyer, loose_number(text)))
                named.update(index.get((buyer, loose_number(text)), ()))
        ask = {key for key, _, _ in named - asked}
        asked |= named
    return over


def _lots(conn: sqlite3.Connection, orders: Collection[Order]) -> dict[Order, list[float]]:
    """The amounts of the stored sale lines (lots) of `orders` written on several, in the order
    written: a wire of whole lots pays those (deduction_wires.share), as a file's does."""
    lines: dict[Order, list[float]] = defaultdict(list)
    for key, buyer, currency, amount in conn.execute(_LINES, (json.dumps(sorted(
            {key for key, _, _ in orders})),)):
        if (key, buyer, currency) in orders:
            lines[key, buyer, currency].append(amount)
    return {order: amounts for order, amounts in lines.items() if len(amounts) > 1}


def _withdrawn(conn: sqlite3.Connection, line_key: str, source: str, place: dict[str, object],
               figure: float, currency: str) -> Message:
    """A stored deduction's credit note taken back: the buyer paid the sum since."""
    conn.execute("DELETE FROM order_lines WHERE line_key = ?", (noted_key(line_key),))
    conn.execute("DELETE FROM file_receipts WHERE file_name = ? AND line_key = ?",
                 (source, noted_key(line_key)))
    return Message("noted_deduction_paid_back", N_(
        "“{file}”, sheet “{sheet}” row {row}, order {order} of {customer}: the {figure} its "
        "note deducted (备注 “{note}”) has been paid since: its credit note is withdrawn, the "
        "order counts as paid in full and its revenue as sold."), {
            **place, "figure": f"{figure:,.2f} {currency}"})
def _values(columns: list[str], key: str, figure: float, order_no: str, line_id: int
            ) -> list[object]:
    """The statement's values in its columns' order, then the sale's line."""
    given = {"line_key": key, "amount": figure, "credit_ref": order_no}
    return [*(given[c] for c in columns if _SET.get(c) == "?"), line_id]
