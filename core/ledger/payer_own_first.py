"""A buyer's wire naming another buyer's cancelled or paid order: his own open orders' money.

A clerk's payments tab (收款明细) books each wire under the payer and the order number the slip
gave. Where the number is another buyer's order the money pays that order (core.ledger.
order_buyers.SharedNumbers.key: a 代付 for the buyer, fix57h, fix58a, fix59b). But a payer who
buys in his own right, naming an order that is cancelled or paid already, made a slip or gave
an old reference: Kobe's 10,000 naming Rio's cancelled PO-R1 was Rio's credit while Kobe's
own PO-K1 10,000 stood open, 91 days, black (rv59a s253 f1; hand: Kobe owes nothing). So after
a file is written, such a wire moves to the payer's payments of its day (keys.paid_order_key),
which pay his open orders, where he has that much open; where he owes less, or the named order
is open, the rules above stand. The payer is the file's receipt rows' customer (Order.payers),
or, a receipts file imported before the book selling the order, the customer the order was
stored under until this file gave it to its buyer (fix59f left it: Rio's PO-R1 brought back
paid with Kobe's money). Each line keeps its payer (core.ledger.line_payers): his wires move,
two or one, and the buyer's own beside them stay (Kobe's 5,000 + 5,000 on Rio's cancelled PO-R1
were Rio's credit, Kobe 10,000 black, rv59g s296; Rio's own 8,000 beside them, rv59e s281 k7).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Container, Mapping

from core.ledger.customer_rekey import move_payment_line
from core.ledger.keys import paid_order_key, row_identity
from core.ledger.line_payers import store_payers
from core.ledger.normalise import fold
from core.ledger.order_sums import CANCELLED
from core.ledger.orders import TOLERANCE
from core.ledger.paid_elsewhere import OPEN, STORED
from core.ledger.paid_for import said_for
from core.ledger.paid_revivals import asked, paid_back
from core.ledger.still_moving import OWN_PAYER, MovingRow
from core.ledger.value_days import value_days
from core.similarity import alike

Payers = Mapping[str, set[tuple[str, str]] | None]
# PO-R2, INV101, HT-K2: an order's number; not a bank's reference (TT REF FT25130XK7, MT103,
# 水单号HK2025051), a sum (USD10000) or a share (TT30%): read as orders, a paid Kobe's wire
# stayed Rio's credit, Kobe black (rv59g s292). A bank word's own reference holds a run of five
# digits or more; a number after it without one is the order's (电汇PO-R2, REF: PO-R2, MT103
# PO-R2 name PO-R2: read as the bank's, Rio's 10,000 went to Kobe and Rio stood black, rv60a s300)
_BANK = re.compile(r"(?:(?:ref|水单号?|swift|mt\s?\d{3}|t/?t|电汇)\s*[:：#.]?\s*)+"
                   r"(?:[a-z\-/]*\d{5,}[a-z0-9\-/]*)?")
_NUMBERED = re.compile(r"(?<![a-z])(?!(?:usd|eur|rmb|cny|hkd|gbp|jpy|us)\s?\$?\s?\d|q[1-4](?!\d))"
                       r"[a-z]{1,4}[-#\s]?[a-z]?\d")  # Q2 a quarter; 付R2货款, PO R2, A-101 orders

_ORDERS = ("SELECT o.id, o.order_key, c.key, c.name FROM orders o JOIN customers c ON c.id = "
           "o.customer_id WHERE o.order_key IN ({})")
_NAMES = "SELECT id, key, name FROM customers WHERE id IN ({})"
_BY_KEY = "SELECT key, id FROM customers WHERE key IN ({})"
# lines outer (CROSS JOIN), as paid_elsewhere.OPEN: the import writes with the lines' order_id
# index set aside, and orders outer would read every line once an order
_LINES = ("SELECT l.order_id, l.id, l.line_key, l.amount, l.currency, l.received_amount, "
          "l.received_date, l.received_currency, l.status, l.credit_note, l.source_file, "
          "o.order_no, l.source_sheet, l.source_row, l.notes, l.payer FROM order_lines l "
          "CROSS JOIN orders o ON o.id = l.order_id WHERE l.order_id IN ({}) ORDER BY l.id")
# the payer's payments of a day, dated by the wire as the file's own would be (no number, no
# terms: the named order's were another buyer's)
# a receipt booked again, cleared as core.ledger.receipts clears a copy before the write
_ONCE = ("UPDATE order_lines SET received_amount = NULL, received_date = NULL, "
         "received_currency = NULL WHERE id = ?")
_INSERT = ("INSERT INTO orders(order_key, customer_id, order_date, currency, first_import_id, "
           "last_import_id) SELECT ?, ?, ?, ?, last_import_id, last_import_id FROM orders "
           "WHERE id = ?")


def payers_paid(conn: sqlite3.Connection, payers: tuple[Container[str], Payers],
                moved: Mapping[str, int], written: tuple[str, Mapping[str, str]],
                moving: list[MovingRow]) -> list[tuple[int]]:
    """The wires of another buyer moved to him (module doc), then the cancelled lines paid
    back (core.ledger.paid_revivals) with the payers the orders were stored under counted;
    `payers`: the order keys the file writes, and of them those whose payment rows name a
    customer (Order.payers) with theirs (not every order's key with its None: that dict and
    its copy here, of 770,000 keys, made the 1M import's peak, ~50 MB over the reading's);
    `moved`: the order keys this file gave another customer (among the file's), by the stored
    customer's id; `written`: the file and its lines' payers (line_payers.store_payers). The
    orders whose status the lines now settle."""
    file, paid_by = written
    store_payers(conn, paid_by)
    orders, named = payers
    known = dict(named)
    if moved:
        names = {cid: (key, name) for cid, key, name in asked(conn, _NAMES, sorted(set(
            moved.values())))}
        for okey, cid in moved.items():
            known[okey] = {*(known.get(okey) or ()), names[cid]}
    settled = _own_first(conn, known, set(moved), file, moving)
    return settled + paid_back(conn, (orders, known), moving)


def _own_first(conn: sqlite3.Connection, payers: Payers, moved: set[str], file: str,
               moving: list[MovingRow]) -> list[tuple[int]]:
    """Each wire of another buyer on a cancelled or paid order, moved to his payments, its
    row named in `moving` (the import report's, after the file's own). Each other payer's
    lines apart, the line's own payer saying whose (line_payers): an order with two, Kobe's
    5,000 and Lima's 5,000 on Rio's cancelled PO-R1, was passed over, Rio 10,000 on account
    and Kobe and Lima each 5,000, 91 days, black, though each owed 5,000 (rv60b s312 b2)."""
    wanted = sorted(key for key, found in payers.items() if found)
    if not wanted:
        return []
    others: dict[int, list[tuple[str, str]]] = {}  # order id -> its other payers (key, name)
    okeys: dict[int, str] = {}
    buyers: dict[int, str] = {}  # order id -> its buyer's name
    for order_id, okey, key, name in asked(conn, _ORDERS, wanted):
        another = {(k, n) for k, n in payers[okey] or () if k != key and not alike(n, name)}
        if another:
            others[order_id], okeys[order_id] = sorted(another), okey
            buyers[order_id] = name
    if not others:
        return []
    ids: dict[str, int] = dict(asked(conn, _BY_KEY, sorted({
        key for found in others.values() for key, _ in found})))
    owing: dict[int, dict[str, float]] = {}  # payer id -> open sum by currency
    for customer, _order, currency, left in asked(conn, OPEN, sorted(set(ids.values()))):
        owing.setdefault(customer, {}).setdefault(currency, 0.0)
        owing[customer][currency] += left  # his money on account counted off
    his_orders: dict[str, set[str]] = {}  # payer key -> his order numbers, folded
    by_id = {cid: key for key, cid in ids.items()}
    for customer, order_no, _sold in asked(conn, STORED, sorted(by_id)):
        his_orders.setdefault(by_id[customer], set()).add(fold(str(order_no or "")))
    lines: dict[int, list[tuple]] = {}
    for line in asked(conn, _LINES, sorted(others)):
        lines.setdefault(line[0], []).append(line)
    settled = []
    for order_id, found in others.items():
        okey, moves_of = okeys[order_id], []
        for key, name in found:
            payer = ids.get(key)
            wires, twice = _wires(lines.get(order_id, []), (file, key), (
                okey in moved, len(found) > 1), (buyers[order_id], name,
                                                 his_orders.get(key, set())))
            # the sale row's own receipt booked again under the payer: counted once (it
            # settles nothing the row did not)
            conn.executemany(_ONCE, [(line[1],) for line in twice])
            if payer is not None and wires:
                moves_of.append((key, payer, _owed([
                    (line, _into(key, line), line[2][len(okey):]) for line in wires],
                    conn, owing.get(payer, {}))))
        if not any(moves for _key, _payer, moves in moves_of):
            continue
        for _key, payer, moves in moves_of:
            _move(conn, moves, (payer, order_id), moving)
        settled.append((order_id,))
    return settled


def _owed(moves: list[tuple[tuple, str, str]], conn: sqlite3.Connection,
          owing: Mapping[str, float]) -> list[tuple[tuple, str, str, int | None]]:
    """The payer's wires (line, his payments' key, the line key's rest) that move, each with
    the line an earlier reading moved it to: those moved before, and the rest, oldest first,
    as far as he has that much open (`owing`, by currency). Where he owes less the number may
    be right, the rules before stand for what he does not owe: Kobe's 5,000 + 5,000 on Rio's
    cancelled PO-R1, Kobe owing 5,000, pay it, the other 5,000 Rio's credit (rv60b s312 b4;
    before, both Rio's and Kobe 5,000 black)."""
    room = dict(owing)
    kept = []
    for line, into_key, rest in moves:
        found = _moved_before(conn, line, into_key, rest)
        if found is None:
            if line[5] > room.get(line[4], 0.0) + TOLERANCE:
                continue
            room[line[4]] = room.get(line[4], 0.0) - line[5]
        kept.append((line, into_key, rest, found))
    return kept


def _move(conn: sqlite3.Connection, moves: list[tuple[tuple, str, str, int | None]],
          to: tuple[int, int], moving: list[MovingRow]) -> None:
    """Each of the payer's wires (:func:`_owed`) moved to his payments (`to`: his id, the
    named order's), the line an earlier reading moved dropped for it."""
    payer, order_id = to
    for line, into_key, rest, found in moves:
        if found is not None:
            conn.execute("DELETE FROM listed_apart WHERE line_id = ?", (found,))
            conn.execute("DELETE FROM order_lines WHERE id = ?", (found,))
        into = conn.execute("SELECT id FROM orders WHERE order_key = ?", (into_key,)
                            ).fetchone()
        move_payment_line(conn, line[1], rest, int(into[0] if into else conn.execute(
            _INSERT, (into_key, payer, str(line[6])[:10], line[4], order_id)).lastrowid
            or 0), into_key)
        moving.append(MovingRow((1 << 30, line[1]), str(line[11] or ""), line[12] or "",
                                line[13] or 0, revived=OWN_PAYER))


def _wires(lines: list[tuple], written: tuple[str, str], given: tuple[bool, bool],
           whose: tuple[str, str, set[str]]) -> tuple[list[tuple], list[tuple]]:
    """The payment lines of an order that are its other payer's, where the order is cancelled
    or its sales paid on their own rows: those `written` (the file, the payer's key) stores
    as his, or of an order it gave its buyer (`given`: moved, and whether the order has
    several other payers), the one earlier files stored under the payer (no line of them
    says whose it is: not where there are two, the buyer's own money kept his; of several
    payers, only a line naming him). Not a wire that is the sale row's own receipt booked
    again under the payer (the same sum within a few days: Kobe's 10,000 black was cleared
    by Rio's money, s288), nor one whose note names the buyer or an order in any words
    (替Rio Casa付款, Rio Casa委托付款, 子公司Rio货款, 实付PO-R2: s281 k1–k3). And, apart,
    those receipts booked again: one wire, left on the order it was Rio's 10,000 credit beside
    PO-R1 paid on its row (rv59e s288 d1–d3; hand: Rio 0, the tab's note 代付 or its day the
    bank's a day on), as the same buyer's two rows of it are one (core.ledger.receipts). A
    wire whose note names the payer or an order of his (`whose`: the buyer's name, the
    payer's, his order numbers) is his own, though booked to the buyer's order: no copy of
    the row's receipt (付PO-K1货款, Kobe自己的货款 on Rio's PO-R1, paid on its row the same day:
    cleared, Kobe 10,000 black, rv60c s322 J3/J8; hand: his wire pays PO-K1)."""
    sales = [line for line in lines if not line[9] and (line[3] or 0) > 0]
    live = [line for line in sales if line[8] != CANCELLED]
    if not sales or sum(line[3] - (line[5] or 0.0) for line in live) > TOLERANCE:
        return [], []
    (file, payer), (moved, several) = written, given
    wires = [line for line in lines if not line[9] and not line[3] and (line[5] or 0) > 0
             and line[7] is None and line[6] and (line[10] != file) is moved
             and line[15] in ((None, payer) if moved and not several else (payer,))]
    if moved and len(wires) != 1:
        return [], []
    buyer, payer_name, his_orders = whose
    own = [wire for wire in wires if not _firm(wire[14], buyer)
           and (_firm(wire[14], payer_name) or _numbers(wire[14], his_orders))]
    twice = [wire for wire in wires if wire not in own
             and any(_again(wire, sale) for sale in sales)]
    return [wire for wire in wires if wire in own or said_for(wire[14]) is None  # 代Rio
            and not _names(wire[14], buyer)  # Casa付款: the named order's buyer's, as the
            and wire not in twice], twice  # payer says


def _again(wire: tuple, sale: tuple) -> bool:
    """Is `wire` the `sale` line's own receipt booked again (its sum, at the bank's value day:
    core.ledger.value_days)?"""
    if not sale[5] or not sale[6] or abs(sale[5] - wire[5]) > TOLERANCE:
        return False
    return value_days(wire[6], sale[6])


def _names(note: object, buyer: str) -> bool:
    """Does a wire's note name the order's `buyer` (its first word of three letters or more)
    or an order by its number?"""
    if not isinstance(note, str) or not note.strip():
        return False
    if _firm(note, buyer):
        return True  # Rio Casa货款, 子公司Rio货款, RioCasa货款; not priority, Mario (rv59g s292b)
    return _NUMBERED.search(_BANK.sub(" ", fold(note))) is not None


def _firm(note: object, name: str) -> bool:
    """Does a wire's note name the firm `name` (its first word of three letters or more, or
    its first two written together)?"""
    if not isinstance(note, str) or not note.strip():
        return False
    text, words = fold(note), fold(name).split()
    first = [w for w in words if len(w) >= 3][:1] + ["".join(words[:2])] * (len(words) > 1)
    return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", text) for w in first)


def _numbers(note: object, orders: set[str]) -> bool:
    """Does a wire's note name one of `orders` (folded numbers) by its number?"""
    if not isinstance(note, str) or not orders:
        return False
    text = fold(note)
    return any(no and re.search(rf"(?<![a-z0-9]){re.escape(no)}(?![0-9])", text)
               for no in orders)


def _into(payer: str, line: tuple) -> str:
    """The payer's payments of the wire's day (keys.paid_order_key)."""
    return paid_order_key(row_identity(payer, str(line[6])[:10], None))


def _moved_before(conn: sqlite3.Connection, line: tuple, into_key: str, rest: str
                  ) -> int | None:
    """The line an earlier reading moved of the wire (the file read again, or its next copy),
    keyed as this one would be: dropped for it, counted once, where 10,000 re-read from
    April's copy was Kobe's twice."""
    found = conn.execute("SELECT id FROM order_lines WHERE line_key = ? AND received_amount = ?"
                         " AND received_date = ?", (into_key + rest, line[5], line[6])
                         ).fetchone()
    return None if found is None else int(found[0])
