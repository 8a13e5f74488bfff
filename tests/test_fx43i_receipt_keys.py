"""fx43i: a line's or an order's key renamed moves the figures each file read for it
(file_receipts, core.ledger.receipt_keys) by searching the table's key (file name, line key)
name by name. Before, `WHERE line_key = ?` scanned the whole table: 0.36 s a rename at 2M
rows, and a customer re-keyed renames each of its orders."""

from __future__ import annotations

from pathlib import Path

from core.ledger.receipt_keys import _LINE, _ORDER, line_renamed, order_renamed
from core.store import connect


def test_a_rename_searches_the_figures_files_read(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.sqlite")
    for sql, args in ((_LINE, ("a", "b")), (_ORDER, ("a", 2, "b|", "b}"))):
        plan = [row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args)]
        assert any(step.startswith("SEARCH file_receipts USING") for step in plan), plan
        assert not any(step.startswith("SCAN file_receipts") for step in plan), plan
    conn.executemany("INSERT INTO imports (file_name, content_hash, imported_at, rows_inserted, "
                     "rows_updated, rows_unchanged, rows_skipped) VALUES (?, '', '', 0, 0, 0, 0)",
                     [("台账 2025-03.xlsx",), ("台账 2025-04.xlsx",), ("台账 2025-04.xlsx",)])
    conn.executemany("INSERT INTO file_receipts VALUES (?, ?, 1, NULL, NULL)", [
        (name, key) for name in ("台账 2025-03.xlsx", "台账 2025-04.xlsx")
        for key in ("o:mt-1|#0", "o:mt-1|#1", "o:mt-10|#0", "o:mt-2|#0")])
    order_renamed(conn, "o:mt-1", "o:mt-9")
    line_renamed(conn, "o:mt-2|#0", "o:mt-2|#3")
    assert sorted(map(tuple, conn.execute("SELECT file_name, line_key FROM file_receipts"))) == [
        (name, key) for name in ("台账 2025-03.xlsx", "台账 2025-04.xlsx")
        for key in ("o:mt-10|#0", "o:mt-2|#3", "o:mt-9|#0", "o:mt-9|#1")]
