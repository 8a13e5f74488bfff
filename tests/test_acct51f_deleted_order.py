"""acct51f: rv51c's review of an order deleted from next month's copy (core.ledger.deleted_orders).

f15: the update month held every key the file wrote as a Python set, a sorted list and their
JSON in SQLite: the 1M update month's peak 1,383,204 KB where it was 935,804 KB without the
step, over the 1 GB cap. The lines the file lists are now found a chunk of keys at a time.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import core.ledger.written_keys as written_keys
from core.ledger.deleted_orders import deleted_orders
from core.store import connect

LINES = 8_000


class _Status:
    """The file's dates as deleted_orders asks them (core.ledger.older_status.FileStatus)."""

    def latest(self) -> str:
        return "2025-12-31"

    def day(self) -> str:
        return "2025-12-31"


def _key(n: int) -> str:
    return f"o:pi24{n:07}|玻璃调料瓶套装 红色小号#0"


def test_an_update_month_holds_no_set_of_every_key_it_wrote(tmp_path: Path,
                                                          monkeypatch) -> None:
    """8,000 lines stored from last month's file, this month's file lists them all, asked
    500 keys at a time: nothing deleted, and the step's Python peak stays under 400 kB (a set,
    a sorted list and the JSON of the 8,000 keys: 2.3 MB)."""
    monkeypatch.setattr(written_keys, "CHUNK", 500)
    conn = connect(tmp_path / "db.sqlite")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO customers (id, key, name) VALUES (1, 'acme', 'Acme Ltd')")
    conn.execute("INSERT INTO orders (id, order_key, customer_id, order_date, currency) "
                 "VALUES (1, 'o:1', 1, '2025-03-01', 'USD')")
    conn.executemany(
        "INSERT INTO order_lines (order_id, line_key, amount, currency, source_file, "
        "source_sheet, source_row) VALUES (1, ?, 100, 'USD', '11月.xlsx', '台账', ?)",
        [(_key(n), n + 2) for n in range(LINES)])
    conn.execute("COMMIT")

    def written(mark: str = "") -> Iterator[tuple[str, int, str]]:
        return (("台账", n + 2, _key(n)) for n in range(LINES) if mark in _key(n))

    tracemalloc.start()
    try:
        said = deleted_orders(conn, "12月.xlsx", written, {"11月.xlsx"}, _Status())  # type: ignore[arg-type]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert said == []
    assert peak < 400_000, peak
    standing = conn.execute("SELECT count(*) FROM order_lines WHERE status IS NULL")
    assert standing.fetchone()[0] == LINES
