"""A typed payment row whose order lives on another tab or in an earlier file (fix65e).

A clerk books a wire on the 收款 tab, or in next month's ledger, typing the order's number and
buyer again: 2025-701 / Buyer X / 尾款70% / 收款 7,000 on 04-20, noted 还差2000 (only 5,000 of it
the goods' money, 2,000 still owed). On the order's own tab such a row is read as the payment
row under its order is (core.ledger.typed_payments.typed_payment, core.ledger.order_payments):
the part its note says came, a came row's repeat, a noted balance's rest. Away from it the
sheet knows neither the order's amount nor its other money, so only its denials were asked
(core.ledger.owed_rows): 7,000 paid where the same row on the order's tab leaves 2,000 owed,
72 days, black (a bad payer cleared; fix64d's task 2, rv63c).

The order's rows are known only once every tab of the file is written, beside every earlier
file's: so, as core.ledger.noted_halves does for a noted half, the reader flags such a row
(`Filled.away`, carried with its place as `LedgerFile.away`) and once the file is written
this pass reads it as order_payments reads a payment row under its order: the order's sale
lines its row and lines (their amount and money received, every tab and file), its other
payment lines (定金30% 3,000 on March's tab) its payment rows, the flagged line among them,
typed. Where that reading takes part of the line's money (实收5000, 还差2000, 款已到一半) its
money is that part; where it reads the line as a note (尾款第一笔还没到, a 到账 advice repeating
the deposit within its value days, the same receipt the order's own rows hold) the line keeps
no money; else it stays as read. A receipt the order has already on another line (its sum on
its day: the clerk's 收款 tab listing the wire the order's tab wrote) is that receipt, counted
once, as fix64d counts a number-only row's (core.ledger.number_owners).

Left as before: a number two buyers write (its order keyed by its buyer: nothing says which
order a sheet means, as OrderPayments.named has it), a buyer typed that is not the order's (its
row under an order of no sale), an order cancelled, a line in another currency than the
order's, and a row read before its order is stored (the payments file imported first).
Undoing the import puts the copy back, the line's money with it (core.recovery).

Each such line is weighed again at every import, whatever its file (fix66b), as core.ledger.
noted_halves weighs a noted half: read once, April's 7,000 noted 还差2000 was stored as 5,000,
and a May file correcting 2025-701 to 12,000 left 4,000 owed, black, where the note says 2,000
(12,000 less 3,000 and 7,000), and one writing it at 9,000 left 1,000 where the note's reading
of 9,000 leaves 2,000 (rv65d s1 E4, E5). So each line's money and day as its row typed them are
kept in `meta` (:data:`KEY`), and every import reads each kept line again from them against its
order's lines as they then stand: a correction, a line deleted from a copy, a receipt written
again on the order's tab. A file writing the row again takes its place (the row's money and
note anew, or no longer typed apart: the reader's then, weighed no more); an undone import's
copy puts back the lines and `meta` together.

Each line is read against the order's receipts booked before it only (fix66l by day, fix67f by
the store's line ids): one booked later pays the rest its note said owed, whatever its date.
Read with May's 2,000 尾款付清, April's 5,000 noted 还差2000 left 10,000 − 3,000 − 2,000 − 2,000
= 3,000 come, 2,000 black, for a buyer paid up (rv66f Q5e; by day, May's 2,000 dated 04-20 or
04-10 still did, rv67c T1b–T1e).
And a kept line is weighed again only where its order's lines changed since it was (their mark
kept beside it): 12,000 kept lines cost 6.9 s CPU at every unrelated import, 0.27 s now.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import Any

from core.ledger.bank_charges import short
from core.ledger.charged_receipts import charge_in, noted_charge
from core.ledger.keys import BOUGHT, BUYER, NUMBERED, PAID
from core.ledger.order_payments import OrderPayments
from core.ledger.orders import CANCELLED
from core.ledger.owed_rows import owed_row
from core.ledger.payment_row_notes import PLANNED_ROW
from core.ledger.receipt_history import with_file
from core.ledger.rest_day import RestCame, received_until
from core.ledger.typed_apart_messages import again_message, note_message, part_message, rest_message
from core.ledger.typed_payments import RECEIVED
from core.messages import Message

# each row's sheet, row and line key, of the keys holding a mark (core.ledger.reread_rows)
Written = Callable[[str], Iterable[tuple[str, int, str]]]

KEY = "typed_apart"  # meta: {line id: [its money, its day as its row typed them, its order's
# lines' mark when last weighed (:func:`_mark`)]}
_LINE = (
    "SELECT l.id, l.order_id, l.received_amount, l.received_date, l.product, l.notes, l.status, "
    "l.source_sheet, l.source_row, l.currency, (SELECT order_no FROM orders WHERE id = "
    "l.order_id), l.source_file, l.received_history, l.line_key FROM order_lines l WHERE ")
_LIVE = f"l.amount = 0 AND NOT l.credit_note AND l.status IS NOT '{CANCELLED}'"
# the file's flagged lines: money received on a line of no goods
_FLAGGED = (f"{_LINE}l.line_key IN (SELECT value FROM json_each(?)) AND l.received_amount > 0 "
            f"AND {_LIVE}")
# the lines flagged before (meta), still stored as payments: their money as stored now
_KEPT = f"{_LINE}l.id IN (SELECT CAST(key AS INTEGER) FROM json_each(?)) AND {_LIVE}"
# their orders, each one buyer's number (o:…) no other buyer's order writes (b:…@…), not
# cancelled: a number two buyers write tells no row whose it is (OrderPayments.named)
ORDERS = (
    "SELECT o.id, o.order_no, o.currency FROM orders o WHERE o.id IN (SELECT value FROM "
    f"json_each(?)) AND substr(o.order_key, 1, {len(NUMBERED)}) = '{NUMBERED}' "
    f"AND o.status IS NOT '{CANCELLED}' AND NOT EXISTS (SELECT 1 FROM orders b WHERE "
    f"b.order_key >= '{BOUGHT}' || substr(o.order_key, {len(NUMBERED) + 1}) || '{BUYER}' "
    f"AND b.order_key < '{BOUGHT}' || substr(o.order_key, {len(NUMBERED) + 1}) || "
    f"'{chr(ord(BUYER) + 1)}')")
# every live line of those orders, in the order they were stored
_LINES = (
    "SELECT id, order_id, amount, received_amount, received_date, product, notes, status, "
    "currency FROM order_lines WHERE order_id IN (SELECT value FROM json_each(?)) "
    f"AND NOT credit_note AND status IS NOT '{CANCELLED}' ORDER BY id")
_SET = ("UPDATE order_lines SET received_amount = ?, received_date = ?, received_history = ? "
        "WHERE id = ?")
# a file's ordinary receipts and dates, its typed lines' left out: what bounds a rest's day
_DATES = ("SELECT l.received_amount, l.received_date, l.ship_date, o.order_date FROM "
          "order_lines l JOIN orders o ON o.id = l.order_id WHERE l.source_file = ? AND "
          "l.id NOT IN (SELECT value FROM json_each(?))")


def weigh_typed(conn: sqlite3.Connection, written: Written, away: Iterable[tuple[str, int]],
                day_first: Collection[str] = ()) -> list[Message]:
    """Each line the file wrote at a place of `away` (its typed payment rows whose order is
    not on their sheet), and each such line an earlier file wrote, read against its order's
    lines in the store, every tab and file, from its money and day as its row typed them: its
    money the part its note says came, none where its order's rows read it as a note or hold
    it already, else as typed; what the report says of each line read otherwise.
    `day_first`: the file's sheets whose received dates read day first, and so a typed line's
    note day (5/6到账: 5 June), kept with the line for every later weighing (the stored line
    knows no file's day order: read month first, as of 05-20 the 2,000 was cleared)."""
    places, (kept, marks, firsts) = set(away), _kept(conn)
    if not places and not kept:
        return []  # no such row: the file's packs not read again (nor those of no payment line)
    keys, mine = [], set()  # this file's flagged rows; its other payment rows
    for sheet, row, key in written(PAID):
        if (sheet, row) in places:
            keys.append(key)
        elif kept:
            mine.add(key)
    found = conn.execute(_FLAGGED, (json.dumps(keys),)).fetchall() if keys else []
    typed = {line[0]: (line[2], line[3]) for line in found}  # as the file wrote them now
    firsts.update((line[0], line[7] in day_first) for line in found)
    # a kept line this file did not write again (its row's place written anew, no longer typed
    # apart, is the reader's now: weighed no more)
    again = [line for line in conn.execute(_KEPT, (json.dumps(kept),))
             if line[0] not in typed and line[-1] not in mine] if kept else []
    typed.update((line[0], kept[line[0]]) for line in again)
    said, marks = _weigh(conn, [*found, *again], typed, {line[0] for line in again}, marks,
                         firsts)
    if typed or kept:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (KEY, json.dumps(
            {str(line): [*money, marks.get(line), firsts.get(line, False)]
             for line, money in sorted(typed.items())})))
    return said


def _kept(conn: sqlite3.Connection) -> tuple[dict[int, tuple[float, str | None]],
                                             dict[int, str | None], dict[int, bool]]:
    """The lines weighed before, each with its money and day as its row typed them; the
    mark of its order's lines when it was last weighed (none from a reader before 263's); and
    whether its file's dates read day first (month first from a reader before 277's)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    kept = {int(line): value for line, value in json.loads(row[0]).items()} if row else {}
    return ({line: (value[0], value[1]) for line, value in kept.items()},
            {line: value[2] if len(value) > 2 else None for line, value in kept.items()},
            {line: bool(value[3]) if len(value) > 3 else False for line, value in kept.items()})


def _mark(lines: list[tuple[Any, ...]]) -> str:
    """An order's live lines (:data:`_LINES`, its flagged lines' money as typed) as one mark:
    what an earlier file's typed line was weighed against. An import leaving it so (another
    order's file, a later receipt alone re-weighed by day, every unrelated import) need not
    weigh the line again (rv66f: 12,000 kept lines cost 6.9 s at each one-row import)."""
    text = repr(sorted(repr(line[2:]) for line in lines))
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def _weigh(conn: sqlite3.Connection, found: list[tuple[Any, ...]],
           typed: dict[int, tuple[float, str | None]], again: set[int],
           marks: dict[int, str | None], firsts: dict[int, bool]
           ) -> tuple[list[Message], dict[int, str | None]]:
    """The lines `found` (:data:`_LINE`) read from their money as typed (`typed`), those of
    `again` (an earlier file's) only where their order's lines changed since (`marks`), and
    said only where their money stored changes; with each line's order's mark now."""
    if not found:
        return [], {}
    flagged: dict[int, int] = {line[0]: line[1] for line in found}
    orders = {order: (number, currency) for order, number, currency in conn.execute(
        ORDERS, (json.dumps(sorted(set(flagged.values()))),))}
    lines: dict[int, list[tuple[Any, ...]]] = {}
    for line in conn.execute(_LINES, (json.dumps(sorted(orders)),)):
        if line[0] in typed:  # its money as typed, not as an earlier reading left it
            line = (*line[:3], *typed[line[0]], *line[5:])
        lines.setdefault(line[1], []).append(line)
    by_order: dict[int, set[int]] = {}  # grouped once: orders × lines was quadratic (rv66f)
    for line, of in flagged.items():
        by_order.setdefault(of, set()).add(line)
    now = {order: _mark(lines.get(order, [])) for order in by_order if order in orders}
    read: dict[int, float | None] = {}
    came: dict[int, RestCame] = {}  # the rest its note says came on a later day (rest_day)
    for order, (number, currency) in orders.items():
        mine = by_order[order]
        if mine <= again and all(marks.get(line) == now[order] for line in mine):
            continue  # its lines as when it was weighed: as read then
        read.update(_read(lines.get(order, []), mine, number, currency, came, firsts))
    said: list[Message] = []
    bounds: dict[str | None, date | None] = {}
    # a register's rows saying nothing are its ordinary receipts, bounding a rest's day too
    bare = {line[0] for line in found if not line[4] and _said_nothing(*line[4:7])}
    apart = [line for line in typed if line not in bare]
    for file in {line[11] for line in found if line[0] in came}:  # before any line is written
        _bound(conn, file, apart, bounds)
    for (line, _, stored, on, product, note, status, sheet, row, unit, number, file, history,
         _) in found:
        got, day = typed[line]
        if line in again and (flagged[line] not in orders or line not in read):
            continue  # its order cancelled, its number two buyers' now, or unchanged: as read
        if line not in read and owed_row(got, product or RECEIVED, note, status, _day(day),
                                         number):
            read[line] = None  # no order to read it against: its denial, as on its sheet
        money, rest = read.get(line, got), came.get(line)
        if rest is not None and (money is None or rest.day > _bound(conn, file, apart, bounds)):
            rest = None  # its day past the file's latest receipt: a forecast, the rest owed
        written = _with_rest(money, day, rest, file)
        if _same(written[0], stored) and (written[1], written[2]) == (
                None if money is None else on, history):
            continue  # stored so already (an earlier file's line read as before: not said)
        conn.execute(_SET, (*written, line))
        if rest is not None and money is not None:
            said.append(rest_message(file, sheet, row, number, money, got, rest, unit))
        elif line in again:
            said.append(again_message(file, sheet, row, number, money, got, unit))
        elif money is None:
            said.append(note_message(sheet, row, number))
        else:
            said.append(part_message(sheet, row, number, money, got, unit))
    return said, {line: now.get(of) for line, of in flagged.items()}


def _bound(conn: sqlite3.Connection, file: str | None, typed: list[int],
           bounds: dict[str | None, date | None]) -> date:
    """The latest ordinary received date of the file that wrote a typed line (rest_day.
    received_until: a lone typo's left out; its `typed` lines' none), once a file; date.min for
    none: a rest's day after it is no receipt (7/10到账 in a file ending 06-30)."""
    if file not in bounds:
        rows = conn.execute(_DATES, (file, json.dumps(sorted(typed)))).fetchall()
        bounds[file] = received_until(
            [d for got, day, *_ in rows if got and got > 0 and (d := _day(day)) is not None],
            [d for *_, ship, ordered in rows for cell in (ship, ordered)
             if (d := _day(cell)) is not None])
    return bounds[file] or date.min


def _with_rest(money: float | None, day: str | None, rest: RestCame | None, file: str | None
               ) -> tuple[float | None, str | None, str | None]:
    """A typed line's money, day and received history to store: its part on its day, and,
    where its rest came on a later day, the two as one total on the rest's day whose history
    keeps the part as its earlier step (receipt_history: the analysis reads 5,000 on 04-20 and
    2,000 on 05-10, an as-of date between them seeing the 2,000 owed)."""
    if money is None or rest is None or day is None:
        return money, None if money is None else day, None
    return (round(money + rest.amount, 6), rest.day.isoformat(),
            with_file([(day, round(money, 6), file)], file, file))


def _read(lines: list[tuple[Any, ...]], flagged: set[int], number: object, currency: str,
          came: dict[int, RestCame], firsts: dict[int, bool]) -> dict[int, float | None]:
    """Each flagged line the order's reading reads, with its money (None: none, a note), each
    against the order's sale lines and the receipts booked before it (a lower line id: stored
    by an earlier import, or above it in its file), and any of its own sum and day (the same
    receipt, counted once): a receipt booked after it pays what its note said still owed,
    whatever its date, and is no reason to read that note otherwise (April's 5,000 noted
    还差2000 beside May's 2,000 尾款付清: read with May's, 10,000 − 3,000 − 2,000 − 2,000 left
    3,000 come and 2,000 black, where the hand has it paid, rv66f Q5e; fix66l kept those dated
    on or before its day, and May's 2,000 dated 04-20 or 04-10, or March's copy adding 2,000
    04-20 under the order, left the same 2,000 black, rv67c T1b–T1e). `lines`: the order's
    live lines as stored (:data:`_LINES`), in the order they were stored; each read in its
    own file's day order (`firsts`), a rest's day taken from a reading in its own."""
    found: dict[int, float | None] = {}
    for line in lines:
        if line[0] not in flagged:
            continue
        same = (line[4], round(line[3] or 0, 2))  # its own receipt, another line's repeat
        then = [other for other in lines if other[0] <= line[0] or other[2] and other[2] > 0
                or (other[4], round(other[3] or 0, 2)) == same]
        mine = _read_at(then, flagged & {other[0] for other in then}, number, currency, came,
                        firsts, firsts.get(line[0], False))
        if line[0] in mine:
            found[line[0]] = mine[line[0]]
    for mine_id, rest in list(came.items()):  # the rest's own row typed too (May's 尾款)
        part = found.get(mine_id)
        if mine_id in flagged and (part is None or _over(lines, mine_id, part + rest.amount)):
            del came[mine_id]
    return found


def _over(lines: list[tuple[Any, ...]], line: int, money: float) -> bool:
    """Would a flagged line's `money` (its part and the rest its note says came) take its
    order's receipts on every line, every day, over its amount? Then the rest's own receipt
    is written already (a later file's 尾款 2,000 of 05-10): counted once, by that line."""
    amount = math.fsum(other[2] for other in lines if other[2] and other[2] > 0)
    got = math.fsum(other[3] for other in lines if other[0] != line and other[3]
                    and other[3] > 0)
    return got + money > amount + short(amount)


def _read_at(lines: list[tuple[Any, ...]], flagged: set[int], number: object, currency: str,
             came: dict[int, RestCame], firsts: dict[int, bool], reading: bool
             ) -> dict[int, float | None]:
    """Each flagged line the order's reading reads, with its money (None: none, a note), and
    in `came` each whose rest its note says came on a later day (OrderPayments.rests).
    `lines`: the order's live lines as stored (:data:`_LINES`), those booked after the line
    read left out (:func:`_read`); `reading`: that line's file reads dates day first, and so
    its note's day; a rest is taken for each line whose file reads them as it does (`firsts`)."""
    sales = [line for line in lines if line[2] and line[2] > 0]
    if not sales:
        return {}  # a typed buyer not the order's: an order of no goods, left as read
    paid = OrderPayments(reading)  # the day order of the line read (`reading`)
    paid.order(sales[0], None, number, None, None, None, sales[0][6])
    order = paid.orders[0]
    for _, _, amount, got, day, *_ in sales:
        paid.line(got, _day(day), amount)
    # each receipt (day, sum) the order holds on a line not flagged, then on each flagged one
    held = {(line[4], round(line[3], 2)) for line in lines
            if line[0] not in flagged and line[3] and line[3] > 0}
    seen, repeats, register = set(held), set(), set()
    charges: dict[int, float] = {}
    for line, _, amount, got, day, product, note, status, money in lines:
        if amount and amount > 0 or not got or got <= 0:
            continue
        if line in flagged and not product:  # a register's row (typed_payments.RECEIVED)
            if (day, round(got, 2)) in held:  # a receipt typed there and on its order's rows,
                repeats.add(line)  # counted once; two of the register's own: two wires
                continue
            if _said_nothing(product, note, status):
                paid.line(got, _day(day))  # nothing said: money as typed
                continue
            product = RECEIVED
            register.add(line)
        elif line in flagged:
            if (day, round(got, 2)) in seen:
                repeats.add(line)  # the same receipt the order has already: counted once
                continue
            seen.add((day, round(got, 2)))
        if line in flagged:
            charges[line] = charge = _charge(note, got)
            got -= charge
        if money != currency or not paid.payment(
                line, product, got, _day(day), (note, status), currency, of=order):
            paid.line(got, _day(day))  # money of the order with no payment's word: its own
    counted = {index: part for index, _, noted, part in paid.counted() if noted is None}
    came.update((line, rest) for line, rest in paid.rests().items()
                if line in flagged and firsts.get(line, False) == reading)
    memos = paid.memos()
    found: dict[int, float | None] = {}
    for line, _, _, got, *_ in lines:
        if line in repeats or line in flagged and line in memos and (
                line not in register or memos[line].code == PLANNED_ROW):
            found[line] = None  # a register's row a note by its own words only (fix68a)
        elif line in flagged and line in counted:
            part, charge = counted[line], charges.get(line, 0.0)
            found[line] = part + charge if part is not None and part != got - charge else got
    return found


def _said_nothing(product: object, note: object, status: object) -> bool:
    """Is a flagged line a payments register's row with nothing typed but its money (no 品名,
    note or status: core.ledger.typed_payments.register_payment)? Such a row pays as typed;
    only the same receipt (its sum on its day) on its order's own rows makes it none, counted
    once (fix68a: 7,000 of credit). A register's row with a note is read as its order's
    payment row of no kind (typed_payments.RECEIVED) by its words alone — not past its order
    by a tenth or a repeat of another row's sum (order_payments' reading of a row under its
    order): the register's wires are told apart by their references already (wire_lists,
    set_aside); so read, a wire noted K-7 beside the 实收 on K-7's row was lost."""
    return not any(str(cell).strip() for cell in (product, note, status) if cell)


def _charge(note: object, got: float) -> float:
    """The bank's charge a flagged line's note names that the reader counted in its money
    (charged_receipts.with_charges: away from its order a row takes its charge), 0 where none.
    The part its note says came is of the money without it, the charge then counted, as on the
    order's tab (还差2000手续费另付 typed in a later file: the part read of 9,000 and the charge
    lost, 4,000 owed where the order's tab leaves 2,000, fix66a)."""
    charge = noted_charge(note)
    return charge if charge and charge < got - charge and not charge_in(
        note, got - charge, charge) else 0.0


def _same(money: float | None, stored: float | None) -> bool:
    """Is a line's money as read the money stored (to the cent; none for none)?"""
    return money is None and stored is None or money is not None and stored is not None \
        and round(money, 2) == round(stored, 2)


def _day(text: object) -> date | None:
    """A stored date (ISO text) as the reader's."""
    return date.fromisoformat(text[:10]) if isinstance(text, str) and text else None
