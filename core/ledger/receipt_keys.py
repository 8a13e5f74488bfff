"""The received figures each file's name read for a line (file_receipts, schema 22: core.ledger.
amended_lines) kept under the line's key where the store renames it.

A month's file sent again is a correction only against what its name read before for the
line's key. An order renamed between the two imports (a long number's float digits kept under
the number typed: core.ledger.long_orders; a customer's unnumbered orders re-keyed: core.
ledger.customer_rekey) left those figures under the old key, so the re-sent file read as never
having said them: March's 45,000 of 03-10 (a typo) corrected to 4,500 was lost under April's
9,000 (41,000 open where 45,500 is; ord43). Every rename of a line's key calls one of these.

The same step renames a payment set aside as one wire listed twice (set_aside_lines, schema
21: core.ledger.set_aside), its line's and order's keys and its customer's: the bank's list
imported by the older customer key (ABC Trading（HK）), the database re-keyed, then the ledger
selling K-7: the 5,000 aside was put back under no order or customer stored, and stayed out,
4,900 open where nothing is (ord43b).
"""

from __future__ import annotations

import sqlite3

# Every file's name its figures are kept under (each an import's), for the key (file_name,
# line_key) to be searched name by name: a line key alone scanned the table (0.36 s a rename
# at 2M rows; fx43i)
_FILES = "file_name IN (SELECT file_name FROM imports) AND "
# A line's figures under its new key (one a stale record holds is the renamed line's now)
_LINE = f"UPDATE OR REPLACE file_receipts SET line_key = ? WHERE {_FILES}line_key = ?"
# Every line of an order (its key, then "|": core.ledger.keys.line_key) under the new key
_ORDER = ("UPDATE OR REPLACE file_receipts SET line_key = ?1 || substr(line_key, ?2) "
          f"WHERE {_FILES}line_key >= ?3 AND line_key < ?4")
# a line set aside under the new key, its kept row's key with it
_ASIDE_LINE = ("UPDATE OR REPLACE set_aside_lines SET line_key = ?1, line_row = "
               "json_set(line_row, '$.line_key', ?1) WHERE line_key = ?2")
# every line set aside of an order, and the order kept with it, under the new key
_ASIDE_ORDER = ("UPDATE OR REPLACE set_aside_lines SET line_key = ?1 || substr(line_key, ?2), "
                "line_row = json_set(line_row, '$.line_key', ?1 || substr(line_key, ?2)), "
                "order_row = json_set(order_row, '$.order_key', ?1) "
                "WHERE line_key >= ?3 AND line_key < ?4")


def line_renamed(conn: sqlite3.Connection, old: str, new: str) -> None:
    """A line keyed `old` now keyed `new`: the figures files read for it follow."""
    conn.execute(_LINE, (new, old))
    conn.execute(_ASIDE_LINE, (new, old))


def order_renamed(conn: sqlite3.Connection, old: str, new: str) -> None:
    """An order keyed `old` now keyed `new`, its lines' keys with it: their figures follow."""
    for sql in (_ORDER, _ASIDE_ORDER):
        conn.execute(sql, (new, len(old) + 1, f"{old}|", f"{old}}}"))


def customer_renamed(conn: sqlite3.Connection, old: str, new: str) -> None:
    """A customer keyed `old` now keyed `new`: its payments set aside follow."""
    conn.execute("UPDATE set_aside_lines SET customer_key = ? WHERE customer_key = ?",
                 (new, old))
