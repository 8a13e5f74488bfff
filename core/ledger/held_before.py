"""An import from before fix62a whose skipped rows paid orders no file had sold, named when a
file sells them.

Since fix62a an import keeps the orders its skipped rows wait for, and is read again when a
later import stores one (core.ledger.held_files). A database an earlier release wrote keeps
none: April's 7,000 尾款 of 2025-701, imported before March, stayed skipped when March sold
the order, and nothing said so (the buyer black, 7,000 owed, 72 days). Imported again, April
is read (its import key names the older reader), and the money counted; the clerk had no
reason to.

Only the import's stored report (imports.result) says which rows were skipped, in the words of
the language the app spoke then: the order is read back from them. Each such file is named
once, by the import that first stores one of its orders; it is not read again by itself: its
sheet and columns chosen were never kept apart from its key.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator

from core.i18n import N_, every_language
from core.ledger.held_files import SHOWN_ORDERS, first_stored
from core.ledger.row_problems import HELD, held_problem
from core.messages import Listed, Message

HELD_SINCE = 211  # fix62a's reader: an import read by it or a later one keeps its held orders
# the held row's words in the reports those imports stored, beside its words now
# (core.ledger.row_problems.held_problem: since fix62l, that the file is read again by itself)
SAID_THEN = N_("it names the order {order}, which is not in the database yet (nor on this file's "
               "other sheets): import the file that lists the order first, then this file again")


def _patterns() -> list[re.Pattern[str]]:
    """The held row's words in each language, its order number the group."""
    return [re.compile(re.escape(text).replace(re.escape("{order}"), "(.+?)", 1))
            for said in (SAID_THEN, held_problem(None, None, None).template)
            for text in every_language(said)]


def unkept(conn: sqlite3.Connection, import_id: int | None) -> list[Message]:
    """The earlier files, imported before fix62a, whose skipped rows paid orders import
    `import_id` first stored, each to be imported again. A database with no such import
    answers from the imports' keys alone, their reports not read."""
    if not import_id:
        return []
    found = conn.execute(
        "SELECT i.file_name, i.imported_at, i.result FROM imports i WHERE i.id < ? AND ("
        "instr(i.content_hash, ':reader=') = 0 OR CAST(substr(i.content_hash, instr("
        "i.content_hash, ':reader=') + 8) AS INTEGER) < ?) AND i.result LIKE ? AND NOT EXISTS ("
        "SELECT 1 FROM imports later WHERE later.file_path = i.file_path AND later.id > i.id) "
        "ORDER BY i.id", (import_id, HELD_SINCE, f'%"{HELD}"%')).fetchall()
    said = []
    for name, when, result in found:
        orders = sorted({number for number in _held_orders(json.loads(result))
                         if first_stored(conn, number) == import_id})
        if orders:
            said.append(Message("held_before_fix62a", N_(
                "{file} (imported {when}) has rows paying {orders}, skipped then as no file "
                "had sold them; this file sells them: import {file} again to count that money."),
                {"file": name, "when": (when or "")[:10],
                 "orders": Listed(orders, SHOWN_ORDERS)}))
    return said


def _held_orders(result: dict[str, object]) -> Iterator[str]:
    patterns = _patterns()
    rows = result.get("skipped_rows")
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, dict) and row.get("code") == HELD:
            for pattern in patterns:
                if match := pattern.fullmatch(str(row.get("text", ""))):
                    yield match.group(1)
                    break
