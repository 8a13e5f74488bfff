"""A first import asks the store of no row's lot (perf56b).

A row in the place of a line an earlier file stored is read against that line for another lot
(core.ledger.stored_lots); the row's lot words were read to ask it, for each of a 100,000-row
file's rows, into an empty store too. Where the store holds no line there is nothing to ask:
no row's lot words are read for it. A row saying a lot still keeps it, and next month's file
of the second lot alone is still read against the stored first lot.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_perf41c_import_cpu import HEADER, N, _counting, _import, _plain

from core.ledger import lot_words
from core.ledger.importer import import_files
from core.ledger.stored_lots import stored_lots

LOT = ["LT-1", "Lima Trading", date(2025, 1, 2), date(2025, 1, 10), "Sofa", 6_000, "USD", None,
       None, "第二批已发", None]


def test_a_first_import_reads_no_row_s_lot_words_to_ask_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counting(monkeypatch, lot_words, "says")
    conn = _import(tmp_path, [*map(_plain, range(N)), LOT])
    assert asked == []  # each of the 301 rows was read for it
    [(notes,)] = conn.execute("SELECT l.notes FROM order_lines l JOIN orders o ON o.id = l.order_id"
                              " WHERE o.order_no = 'LT-1'").fetchall()
    assert notes == "第二批"  # the lot its status cell says, kept on its line as before


def test_the_store_is_asked_once_it_holds_a_line(tmp_path: Path) -> None:
    """An empty store: nothing asked. March: 60 sofas, 6,000, shipped 03-10; April's file lists
    only the second lot, 4,000 shipped 04-10 noted 第二批: read against March's stored line, a
    sale of its own (lots35), not March's line updated."""
    db = tmp_path / "db.sqlite"
    import_files(db, [write_xlsx(tmp_path / "empty.xlsx", {"1月": [HEADER]})])
    assert stored_lots(sqlite3.connect(db), tmp_path / "next.xlsx") is None
    march = ["S-1", "Sofa Co", date(2025, 3, 1), date(2025, 3, 10), "Sofa", 6_000, "USD", None,
             None, None, None]
    april = [*march[:3], date(2025, 4, 10), "Sofa", 4_000, "USD", None, None, None, "第二批"]
    for month, row in (("2025-03", march), ("2025-04", april)):
        book = write_xlsx(tmp_path / f"台账 {month}.xlsx", {month: [HEADER, row]})
        [result] = import_files(db, [book])
        assert result.status == "imported", result.message
        assert stored_lots(sqlite3.connect(db), tmp_path / "next.xlsx") is not None
    lines = sqlite3.connect(db).execute("SELECT amount FROM order_lines ORDER BY id").fetchall()
    assert lines == [(6_000,), (4_000,)]
