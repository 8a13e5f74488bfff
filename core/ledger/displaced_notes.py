"""A credit note another file stored in the place a sale of this file takes.

A line is known by its order, product and place (core.ledger.keys); a credit note whose place
a sale already holds is keyed apart (core.ledger.credit_lines). Files come in any order: April's
file holding only MT-1's 退货 row of -3,000, imported before March's that sells MT-1, stored
the note in the sale's place (nothing there yet), and March's 15,000 sale then overwrote it:
15,000 open and revenue 15,000, where March's file first gives 12,000 and 12,000 (order36).
So before a file is written, a stored credit note another file wrote in the place one of its
sales takes moves to the key it would have had, the sale there first (its order, product,
CREDITED, its day: the order's date it was stored under, and the next free place of that
day); the sale is then written in its place, and the note's own file imported again finds its
line there (credit_lines.CreditPlaces). A note this very file stored there (the clerk turning
the row back into a sale and sending the file again) is the row's own line, corrected.

A return written positive another file stored there before any sale (its line marked, core.
ledger.filed_returns) is made the credit note it is first where the sale is dated before it,
then moved alike: April's +3,000 退货 row of MT-1 imported before March's 15,000 sale.

A sale's note naming a return's sum (退货3000) is read as that return where no credit note of
its order and sum is written (core.ledger.noted_returns): March's note imported after April's
-3,000 退货 row is no second return. Imported before it, the row was one: 3,000 credit and
revenue 9,000 where the other order gives nothing open and revenue 12,000 (order38). So the
return another file's note made, of an order and sum a credit note row of this file writes
(whatever product the row names: the sale's Sofa, the return's row none, fix38d), gives way to
that row (:func:`drop_noted`), before the write: the store is then as the other order leaves
it. The report names the returns removed, by the note's file, sheet and row.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Set
from pathlib import Path

from core.i18n import NP_
from core.ledger import written_keys
from core.ledger.credit_lines import CREDITED, credit_key, order_part
from core.ledger.filed_returns import credit_returned
from core.ledger.noted_returns import NOTED, one_buyer, other_return
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.receipt_keys import line_renamed
from core.ledger.row_places import row_at
from core.ledger.sheet_fields import FirstSale, first_sale
from core.ledger.stored_lots import file_own
from core.ledger.writer_sql import STATUS_FROM_LINES
from core.messages import Listed, Message

# a stored line a sale's place may hold for :func:`move_displaced` to move: a credit note, or a
# marked return stored positive (the second shape alone is what _credit_orders_returns asks)
_NOTE_SHAPE = "(l.credit_note OR l.returned AND l.amount > 0)"
_RETURN_SHAPE = "l.returned AND l.amount > 0 AND NOT l.credit_note"
_NOTES = ("SELECT l.id, l.line_key, o.order_date, l.source_file, l.amount, l.credit_note FROM "
          f"order_lines l JOIN orders o ON o.id = l.order_id WHERE {_NOTE_SHAPE} AND "
          "l.line_key IN (SELECT value FROM json_each(?)) ORDER BY l.id")
# every stored line of either shape: its key, its order's, and whether it is of the second
_SHAPED = (f"SELECT l.line_key, (SELECT order_key FROM orders WHERE id = l.order_id), "
           f"{_RETURN_SHAPE} FROM order_lines l WHERE {_NOTE_SHAPE}")


def is_sale(key: str, amount: float, credit: bool) -> bool:
    """Is a row the file writes under `key` a sale in a place (no credit note, no payment)?"""
    return amount > 0 and not credit and CREDITED not in key


def note_part(key: str) -> str:
    """A credit note's order and folded product, from its line key: before CREDITED where it is
    keyed apart, else before its place."""
    return key.partition(CREDITED)[0] if CREDITED in key else key.rpartition("#")[0]


def move_displaced(conn: sqlite3.Connection, sales: Iterable[tuple[str, str, float]],
                   notes: Iterable[tuple[str, str, float]], path: Path,
                   rows: NoteRows = (frozenset(), None)) -> list[Message]:
    """Before the write of the file imported from `path`: every stored credit note of another
    file under a key of `sales` (the file's sale lines, :func:`is_sale`, with their days and
    amounts)
    moved to its own key (the module's docstring), or, where the file writes a note of its
    part, day and sum itself (`notes`: each credit note's line key, day and amount; May's
    file re-sending the sale with April's note below it), to that note's key: the same note,
    read again, not a second one (3,000 credit, not 6,000); a marked return another file
    stored first made a credit note where the sale is dated before it, or is of its day for
    more (core.ledger.
    filed_returns.credit_returned), and this file's own marked line it now sells in cleared.
    Says which noted returns gave way to the file's rows (:func:`drop_noted`, `rows` telling
    who wrote them and which say another return). The sales' keys
    are asked a chunk at a time, never held whole (a million rows' keys: core.ledger.
    written_keys)."""
    own = file_own(conn, path)
    written = {(note_part(key), day, round(amount, 2)): key for key, day, amount in notes}
    said = _dropped(path.name, drop_noted(conn, set(written.values()), written, own, rows))
    shaped, returns = _shaped(conn)
    if not shaped:  # no sale's key can find a line of either shape: none is asked (perf39c)
        return said
    for chunk in chunks(sales):
        asked = [key for key in chunk if key in shaped]
        for line_id, key, day, source, amount, credit in conn.execute(
                _NOTES, (json.dumps(asked),)).fetchall() if asked else ():
            if source is not None and own(source):
                if not credit:
                    conn.execute("UPDATE order_lines SET returned = NULL WHERE id = ?",
                                 (line_id,))
                continue
            if not credit:
                if not credit_returned(conn, line_id, day, amount, chunk.get(key)):
                    continue
                amount = -amount
            part, place = key.rpartition("#")[0], 0
            apart = written.pop((part, day, round(amount, 2)), None)  # the file's own row
            while apart is None or _stored(conn, apart):
                apart, place = credit_key(part, day, place), place + 1
            conn.execute("UPDATE order_lines SET line_key = ? WHERE id = ?", (apart, line_id))
            line_renamed(conn, key, apart)  # the line moves with the figures files read of it
            shaped.add(apart)  # a credit note now, under this key
        _credit_orders_returns(conn, chunk, own, returns)
    return said


def _shaped(conn: sqlite3.Connection) -> tuple[set[str], set[str]]:
    """The keys of the stored lines :func:`move_displaced` may move (a few, often none), and
    the order keys of the marked returns among them, read in one pass over the lines: only a
    chunk's sales among them are asked by key. Sending every sale's key (a million at 1M,
    once for each shape) cost more than the pass; a move only takes lines out of the shapes
    (a return made a credit note stays in the first), and a line moved adds its new key."""
    keys: set[str] = set()
    orders: set[str] = set()
    for key, order, returned in conn.execute(_SHAPED):
        keys.add(key)
        if returned:
            orders.add(order)
    return keys, orders


_RETURNS_OF = ("SELECT l.id, o.order_key, o.order_date, l.source_file, l.amount FROM "
               "order_lines l JOIN orders o ON o.id = l.order_id WHERE o.order_key IN (SELECT "
               f"value FROM json_each(?)) AND {_RETURN_SHAPE} ORDER BY l.id")


def _credit_orders_returns(conn: sqlite3.Connection, chunk: dict[str, FirstSale],
                           own: Callable[[str], bool], returns: Set[str]) -> None:
    """Another file's marked return of an order the file sells (by its order key, credit_lines.
    order_part, which is its customer's order), whatever product the return names, made the
    credit note it is where the order's first sale here is dated before it (filed_returns.
    credit_returned): a return row names its product blank or "沙发退货", not the sale's
    "Sofa", so its line is never in the sale's place. Its key stays its own, as its file
    imported after the sale keys it (ret38c: the return first gave 6,000 open and revenue
    18,000 where the sale first gives nothing open and 12,000). `returns`: the orders holding
    a stored marked return (:func:`_shaped`), the only ones asked."""
    firsts: dict[str, FirstSale] = {}
    for key, (day, amount) in chunk.items():
        firsts[order_part(key)] = first_sale(firsts.get(order_part(key)), day, amount)
    asked = [order for order in firsts if order in returns]
    for line_id, order, day, source, amount in conn.execute(
            _RETURNS_OF, (json.dumps(asked),)).fetchall() if asked else ():
        if source is None or not own(source):
            credit_returned(conn, line_id, day, amount, firsts[order])


_NOTED_OF = ("SELECT l.id, l.line_key, l.source_file, l.order_id, l.source_sheet, l.source_row, "
             "l.notes, c.key FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN "
             "customers c ON c.id = o.customer_id WHERE l.line_key >= ? AND l.line_key < ? AND "
             "l.credit_note AND abs(l.amount - ?) < 0.005 ORDER BY l.id")

_GAVE_WAY = NP_(
    "{count} return a sale's note in “{source}” named is a credit note row of “{file}”: the "
    "return stored from the note was removed, the row counts it: {rows}.",
    "{count} returns sales' notes in “{source}” named are credit note rows of “{file}”: the "
    "returns stored from the notes were removed, the rows count them: {rows}.")

# a noted return removed: the file its note was read from, and that sale's sheet and row
Removed = tuple[str, str, int]
# the keys of the file's credit notes whose notes say their return came after another
# (noted_returns.further_return), and the customer key the file writes an order key for
NoteRows = tuple[Set[str], "Callable[[str], str | None] | None"]


def drop_noted(conn: sqlite3.Connection, keys: set[str],
               notes: dict[tuple[str, str, float], str], own: Callable[[str], bool],
               rows: NoteRows = (frozenset(), None)) -> list[Removed]:
    """The returns other files' sale notes made (noted_returns.NOTED) of the order and sum of
    one of this file's credit notes written on rows of their own (`notes`: part, day and sum
    -> key; `keys`: their keys) removed, each note's once (the module's docstring); what was
    removed, by the note's file, sheet and row. Not another customer's (`rows`: the file's
    buyer of the order; two firms re-use "PO-1": Metro's -3,000 row took Mumbai's noted return
    imported before it, and none imported after it, noted_returns.stored_credit asking the
    customer; compared as one buyer, noted_returns.one_buyer), nor where the row says its
    return is another (noted_returns.other_return)."""
    gone: list[tuple[int, int]] = []
    removed: list[Removed] = []
    one = one_buyer(conn)
    for (part, _day, amount), key in notes.items():
        if NOTED in key:
            continue
        prefix, further = f"{order_part(part)}|", key in rows[0]
        buyer = None if rows[1] is None else rows[1](order_part(part))
        for line_id, stored, source, order_id, sheet, row, said, customer in conn.execute(
                _NOTED_OF, (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1), amount)):
            if NOTED in stored and stored not in keys and not (source and own(source)) and (
                    (line_id, order_id) not in gone) and one(buyer, customer) and not (
                    other_return(further, said)):
                gone.append((line_id, order_id))
                removed.append((source or "", sheet or "", row or 0))
                break
    conn.executemany("DELETE FROM order_lines WHERE id = ?", [(i,) for i, _ in gone])
    conn.executemany(STATUS_FROM_LINES, [(order,) for _, order in gone])
    return removed


def _dropped(file_name: str, removed: list[Removed]) -> list[Message]:
    """The report of the noted returns removed, a note per file they were read from."""
    said: dict[str, list[Message]] = {}
    for source, sheet, row in sorted(removed):
        said.setdefault(source, []).append(row_at(sheet, row))
    return [Message("noted_returns_gave_way", _GAVE_WAY, {
        "count": len(places), "file": file_name, "source": source,
        "rows": Listed(places, SHARED_SHOWN)}) for source, places in said.items()]


def chunks(sales: Iterable[tuple[str, str, float]]) -> Iterator[dict[str, FirstSale]]:
    """The sales' keys with each one's first sale (its earliest day, its largest sum that
    day), :data:`written_keys.CHUNK` at a time."""
    chunk: dict[str, FirstSale] = {}
    for key, day, amount in sales:
        chunk[key] = first_sale(chunk.get(key), day, amount)
        if len(chunk) >= written_keys.CHUNK:
            yield chunk
            chunk = {}
    if chunk:
        yield chunk


def _stored(conn: sqlite3.Connection, key: str) -> bool:
    return conn.execute("SELECT 1 FROM order_lines WHERE line_key = ?",
                        (key,)).fetchone() is not None
