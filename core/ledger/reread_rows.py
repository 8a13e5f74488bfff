"""A row an earlier reader keyed otherwise, its earlier reading replaced when its very file is
imported again.

A row without an order number is known by what it says: customer, order date, product
(core.ledger.keys). When a newer reader reads one of these otherwise ("25/03/01" as 1 March
2025, no longer 25 March 2001: core.ledger.dates.NEAR_YEARS; a column mapped anew), importing
the file again after the upgrade, as the user guides say, wrote the row under its new key
beside the old one: the order counted twice, an unpaid invoice twice, and a customer could be
pushed onto the stop-loss list by an invoice it owes once.

Removing a genuine order is worse than a double, so the earlier line goes, inside the import's
transaction, only where everything says it is the same row read twice:
- an earlier reader imported this very file (the same content under the same name), and wrote
  the line's order (inserted it, or last changed it). Firms that keep one file name for every
  month ("台账.xlsx" in each month's folder) share (file, sheet, row) across months, so the
  place alone says nothing: another month's file is other content, and its rows stay;
- no row of the file has the line's key today, and the row the line was read from (its
  sheet and row) is read today, under another key: a row skipped today (a subtotal:
  core.ledger.misread_rows; a cell named, not read) leaves the earlier reading alone;
- its order is keyed by what the row says (one row, one order). A numbered order is its
  number's: read with another customer it moves and is said (core.ledger.moves), never doubled;
  but where today's reader keeps an unalike buyer's rows sharing the number apart
  (core.ledger.order_buyers; reader 5), the line readers before stored of such a row in the
  number's one order goes, the row now read as that buyer's order;
- at least two of its customer, order date, product and amount are those of today's line of
  that row: a reader reads one thing otherwise, or two, not a whole row.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from core.i18n import NP_
from core.ledger.keys import DESCRIBED
from core.ledger.normalise import fold
from core.ledger.order_buyers import SHARED_SHOWN, number_of
from core.ledger.orders import TOLERANCE
from core.ledger.row_places import row_here
from core.ledger.writer_sql import KEYS_PER_QUERY
from core.messages import Listed, Message

AGREE = 2  # of the four words a line is compared by, at least this many are today's
_READER = re.compile(r":reader=(\d+)")
_LINES = ("SELECT l.id, l.line_key, l.order_id, o.customer_id, c.key, c.name, o.order_date, "
          "l.product, l.amount, l.currency FROM order_lines l JOIN orders o ON o.id = "
          "l.order_id JOIN customers c ON c.id = o.customer_id WHERE {} IN ({})")


@dataclass(frozen=True)
class Misread:
    """A line an earlier reading took from a row, removed (here and in
    core.ledger.misread_rows): where its row is, the words that reading took for an order
    (the subtotal's, the ditto word it took for a customer) or what it read otherwise."""

    sheet: str
    row: int
    said: str
    line_id: int
    order_id: int
    customer_id: int
    paid: bool = False  # a sale read from a row typed as a payment (keyed apart today)
    reread: bool = False  # a row keyed otherwise today

    @property
    def kind(self) -> str:
        """Which note names it: paid, reread, or words (a subtotal's or a ditto's)."""
        return "paid" if self.paid else "reread" if self.reread else "words"


def by_sheet(found: list[Misread], kind: str) -> dict[str, list[Misread]]:
    """The lines of one kind, sheet by sheet in the order found: a note each."""
    sheets: dict[str, list[Misread]] = {}
    for m in found:
        if m.kind == kind:
            sheets.setdefault(m.sheet, []).append(m)
    return sheets


Written = Callable[[], Iterable[tuple[str, int, str]]]  # (sheet, row, line key) of each row


def reread_lines(conn: sqlite3.Connection, import_id: int, file_name: str,
                 written: Written) -> list[Misread]:
    """The lines an earlier reader stored of this file's rows that this import (`import_id`,
    whose rows `written` gives with their line keys) keyed otherwise, after it wrote its own.
    Only an import of a file an earlier reader imported looks further than the imports."""
    earlier = sorted(earlier_imports(conn, import_id, file_name))
    if not earlier:
        return []
    split = {number for _, _, key in written() if (number := number_of(key)) is not None}
    today = {key for _, _, key in written()
             if key.startswith(DESCRIBED) or (split and _number(key) in split)}
    marks = ",".join("?" * len(earlier))
    candidates = [(line_id, (sheet, row), order) for line_id, key, sheet, row, order in
                  conn.execute(
        "SELECT l.id, l.line_key, l.source_sheet, l.source_row, o.order_key FROM order_lines l "
        "JOIN orders o ON o.id = l.order_id WHERE l.source_file = ? AND ((substr(o.order_key, "
        f"1, ?) = ? AND (o.first_import_id IN ({marks}) OR o.last_import_id IN ({marks}))) OR "
        "o.order_key IN (SELECT value FROM json_each(?)))",
        (file_name, len(DESCRIBED), DESCRIBED, *earlier, *earlier, json.dumps(sorted(split))))
        if key not in today]
    if not candidates:
        return []
    places = {place for _, place, _ in candidates}
    now = {(sheet, row): key for sheet, row, key in written() if (sheet, row) in places}
    # a row skipped today (a subtotal: core.ledger.misread_rows; a cell named, not read)
    # keeps its reading; a numbered order's line goes only where its row is read today as
    # another buyer's of the number (core.ledger.order_buyers): a number's order stays its own
    stale = [(line_id, place) for line_id, place, order in candidates if place in now
             and (order.startswith(DESCRIBED) or _number(now[place]) == order)]
    olds = _fetched(conn, "l.id", [line_id for line_id, _ in stale])
    news = _fetched(conn, "l.line_key", list(now.values()))
    found = []
    for line_id, place in sorted(stale, key=lambda s: (str(s[1][0]), s[1][1], s[0])):
        old, new = olds[line_id], news.get(now[place])
        if new is not None and _agree(old, new) >= AGREE:
            found.append(Misread(place[0], place[1], _said(old, new), line_id,
                                 old["order_id"], old["customer_id"], reread=True))
    return found


def _number(line_key: str) -> str:
    """The number's own order key of a numbered line, kept apart for its buyer or not."""
    return number_of(line_key) or line_key.partition("|")[0]


def _fetched(conn: sqlite3.Connection, column: str, values: list[object]
             ) -> dict[object, sqlite3.Row]:
    """The lines, with their order's and customer's words, by `column`'s value."""
    found = {}
    for start in range(0, len(values), KEYS_PER_QUERY):
        part = values[start:start + KEYS_PER_QUERY]
        for line in conn.execute(_LINES.format(column, ",".join("?" * len(part))), part):
            found[line[column.split(".")[1]]] = line
    return found


def earlier_imports(conn: sqlite3.Connection, import_id: int, file_name: str) -> set[int]:
    """The imports of this file's very content by an earlier reader (the import key is the
    content's hash, then the reader; reader 1 wrote none)."""
    [key] = conn.execute("SELECT content_hash FROM imports WHERE id = ?", (import_id,)
                         ).fetchone()
    content, reader = key.split(":")[0], _reader(key)
    return {i for i, other in conn.execute(
        "SELECT id, content_hash FROM imports WHERE file_name = ? AND id != ? AND "
        "substr(content_hash, 1, ?) = ?", (file_name, import_id, len(content), content))
        if other.split(":")[0] == content and _reader(other) < reader}


def _reader(key: str) -> int:
    found = _READER.search(key)
    return int(found.group(1)) if found else 1


def _agree(old: sqlite3.Row, new: sqlite3.Row) -> int:
    return ((old["key"] == new["key"]) + (old["order_date"] == new["order_date"])
            + (fold(old["product"] or "") == fold(new["product"] or ""))
            + (old["currency"] == new["currency"]
               and abs(old["amount"] - new["amount"]) <= TOLERANCE))


def _said(old: sqlite3.Row, new: sqlite3.Row) -> str:
    """What the row was read as then and is now: the parts that differ."""
    parts = [f"{old[c] or '—'} → {new[c] or '—'}" for c in ("name", "order_date", "product")
             if (old[c] or "") != (new[c] or "")]
    return "; ".join(parts) or f"{old['name']}, {old['order_date']}"


def reread_message(found: list[Misread]) -> list[Message]:
    """A note per sheet naming the rows whose earlier reading was replaced, and how."""
    return [Message("reread_rows_replaced", NP_(
        "Sheet “{sheet}”: {count} line an earlier version read otherwise from this very file "
        "was replaced by today's reading of the same row ({rows}). Both readings had been "
        "stored: the order counted twice.",
        "Sheet “{sheet}”: {count} lines an earlier version read otherwise from this very file "
        "were replaced by today's reading of the same rows ({rows}). Both readings had "
        "been stored: each order counted twice."),
        {"sheet": sheet, "count": len(lines), "rows": Listed(
            [row_here(r.row, r.said) for r in lines], SHARED_SHOWN)})
        for sheet, lines in by_sheet(found, "reread").items()]
