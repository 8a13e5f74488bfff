"""A return's refund an earlier import stored that a file sent again no longer makes.

A row saying goods came back and their money went back (退货退款) is stored as two lines, a
credit note and a refund (core.ledger.typed_rows.both_lowered). The clerk re-sends the month
with the row now saying the money was set against the next order (退货退款，抵扣下批货款): the
file writes the credit note alone, and the refund the earlier import stored stayed: R-2 shown
2,000 open 49 days and Rio watched, where the newer file says nothing is open (refund35).

So, after the write, a refund line goes where this file wrote the credit note of its row and
no refund of it: the refund sits on the credit note's order, at its sum, stored from the file
and sheet the credit note was first written from, and this file did not write it.

The file's rows are read as they come, never held whole: ten years of a firm's ledger is a
million lines, and a map of every row to its keys beside a list of every key sent to SQLite
at once was the import's peak (mem36: 100k rows 253 MB, 300k 619 MB). A row's keys are
counted in a byte per row, the keys asked of the store a chunk at a time (core.ledger.
written_keys.CHUNK), and only the credit notes found are kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable

from core.i18n import NP_
from core.ledger import written_keys
from core.ledger.corrected_payments import drop_lines
from core.ledger.older_receipts import earlier
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.payment_lines import Stored, Written, lines
from core.ledger.row_places import row_at
from core.messages import Listed, Message

# the credit notes this file wrote: (order, sum, first file, first sheet) -> their line keys
_CREDIT = "credit_note = 1 AND amount < 0"
_CREDITS = ("SELECT line_key, order_id, amount, first_file, first_sheet FROM order_lines "
            f"WHERE line_key IN (SELECT value FROM json_each(?)) AND {_CREDIT}")
# every stored credit note, in one pass (a few, often none): only the file's keys among them
# are asked (perf39c: every key the file wrote, a million at 1M, cost more than the pass)
_CREDIT_KEYS = f"SELECT line_key FROM order_lines WHERE {_CREDIT}"
_REFUNDS = ("l.order_id IN (SELECT value FROM json_each(?)) AND l.amount = 0 "
            "AND l.received_amount < 0")
Place = tuple[str, int]  # sheet, row
Credit = tuple[int, float, object, object]  # order, amount, first file, first sheet


_REMOVED = NP_(
    "{count} row of “{file}” no longer makes a refund of its return (its words now say the "
    "money was kept, or another row of the file books the refund), where “{source}” made one: "
    "the refund stored from that file was removed: {rows}.",
    "{count} rows of “{file}” no longer make a refund of their returns (their words now say "
    "the money was kept, or another row of the file books the refund), where “{source}” made "
    "them: the refunds stored from that file were removed: {rows}.")


def drop_kept_refunds(conn: sqlite3.Connection, file_name: str, written: Written,
                      dated: tuple[Callable[[], str | None], bool] = (lambda: None, True)
                      ) -> list[Message]:
    """Remove the refunds stored of rows this file now reads as a credit note alone, and say
    so, a note per file they were stored from. `dated`: this file's day (older_status) and
    whether its name is its own alone (own_rows.same_file): a refund made after the day of
    another file stays, that file written before it was (April's list, its refund blank,
    imported after May's saying 3,000 refunded on 05-10 took it back: 3,000 on account where
    nothing is; fix41a)."""
    credits = _credits(conn, written)
    if not credits:
        return []
    orders = json.dumps(sorted({order for order, *_ in credits}))
    refunds = lines(conn, _REFUNDS, orders)
    keys = written_keys.among(written, {line.key for line in refunds})  # this file's
    stale: list[Stored] = []
    said: dict[str, list[Place]] = defaultdict(list)
    for line in refunds:
        place = (line.order_id, round(line.received or 0.0, 2), line.source, line.place[0])
        if line.key not in keys and credits.get(place) and not _made_after(line, file_name,
                                                                           dated):
            sheet, row = credits[place].pop(0)
            stale.append(line)
            said[line.source or ""].append((sheet, row))
    drop_lines(conn, stale)
    return [Message("kept_refunds_removed", _REMOVED, {
        "count": len(places), "file": file_name, "source": source,
        "rows": Listed([row_at(*place) for place in sorted(places)], SHARED_SHOWN)})
        for source, places in said.items()]


def _made_after(line: Stored, file_name: str,
                dated: tuple[Callable[[], str | None], bool]) -> bool:
    """Was a refund made after the day of this file (read only here: dating a file reads its
    rows' dates), another than the one it is stored from?"""
    day, alone = dated
    same = line.source == file_name and alone
    return not same and line.day is not None and earlier(line.day, day(), False)


def _credits(conn: sqlite3.Connection, written: Written
             ) -> dict[tuple[object, ...], list[Place]]:
    """The credit notes this file wrote on a row of their own (the row wrote no other line),
    by order, sum and first file and sheet, each with its row, in the order of their keys:
    a key written on two rows of one line each is the later row's."""
    stored = {key for key, in conn.execute(_CREDIT_KEYS)}
    if not stored:
        return {}
    counts = _Counts()
    found: dict[str, tuple[Credit, list[Place]]] = {}
    chunk: list[tuple[str, int, str]] = []
    for sheet, row, key in written():
        counts.add(sheet, row)
        if key in stored:
            chunk.append((sheet, row, key))
        if len(chunk) >= written_keys.CHUNK:
            _ask(conn, chunk, found)
            chunk = []
    _ask(conn, chunk, found)
    credits: dict[tuple[object, ...], list[Place]] = defaultdict(list)
    for key in sorted(found):
        (order, amount, first_file, first_sheet), places = found[key]
        alone = [place for place in places if counts.one(*place)]
        if alone:
            credits[order, round(amount, 2), first_file, first_sheet].append(alone[-1])
    return credits


def _ask(conn: sqlite3.Connection, chunk: list[tuple[str, int, str]],
         found: dict[str, tuple[Credit, list[Place]]]) -> None:
    """Look the chunk's keys up; each credit note's rows added to `found`, in the file's
    order."""
    if not chunk:
        return
    hits = {key: (order, amount, first_file, first_sheet) for key, order, amount, first_file,
            first_sheet in conn.execute(_CREDITS, (json.dumps(sorted(
                {key for _, _, key in chunk})),))}
    for sheet, row, key in chunk:
        if key in hits:
            found.setdefault(key, (hits[key], []))[1].append((sheet, row))


class _Counts:
    """How many lines each row of the file wrote, none, one or more: a byte per row."""

    def __init__(self) -> None:
        self._sheets: dict[str, bytearray] = {}

    def add(self, sheet: str, row: int) -> None:
        counts = self._sheets.setdefault(sheet, bytearray())
        if row >= len(counts):
            counts.extend(bytes(row + 1 - len(counts)))
        counts[row] = min(counts[row] + 1, 2)

    def one(self, sheet: str, row: int) -> bool:
        return self._sheets[sheet][row] == 1
