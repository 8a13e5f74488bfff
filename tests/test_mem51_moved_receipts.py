"""mem51: the moved-receipts step's look at the file's blank rows, a chunk of keys at a time.

Before the write, core.ledger.moved_receipts.emptied_receipts asks the store whether a line
the file leaves blank holds a received total. It sent every blank key at once (a set, a list
and their JSON; SQLite its list of them): the 100k update month's peak 201,636 KB where it was
198,892 KB at the session's start, the step +7.7 MB kept to the write's peak. The keys now go
a chunk at a time, the file's rows read as they come.
"""

from __future__ import annotations

import sqlite3
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_acct51f_deleted_order import _key, stored_lines

import core.ledger.written_keys as written_keys
from core.ledger.moved_receipts import emptied_receipts

LINES = 8_000
PAID = 6_123  # the one line holding a received total, in the thirteenth chunk of 500


def _store(tmp_path: Path, paid: str) -> sqlite3.Connection:
    """8,001 lines stored from last month's file, none paid but the line keyed `paid`."""
    conn = stored_lines(tmp_path, LINES + 1)
    with conn:
        conn.execute("UPDATE order_lines SET received_amount = 100, received_date = "
                     "'2025-03-20', received_currency = 'USD' WHERE line_key = ?", (paid,))
    return conn


def _blanks() -> Iterator[str]:
    """This month's file leaves the first 8,000 lines' received cells blank, its rows read as
    asked."""
    return (_key(n) for n in range(LINES))


def test_an_update_month_sends_no_list_of_every_blank_key(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch):
    """No blank line holds a stored total (the one paid line, the 8,001st, is not blank in
    this file): nothing weighed, the file's rows not read, and the step's Python peak under
    300 kB (196,896 B; every key's list and JSON at once: 3,012,892 B)."""
    monkeypatch.setattr(written_keys, "CHUNK", 500)
    conn = _store(tmp_path, _key(LINES))

    def cells() -> Iterator[tuple[str, int, str, str | None, bool]]:
        raise AssertionError("the file's rows are read only where a blank line was paid")

    tracemalloc.start()
    try:
        emptied = emptied_receipts(conn, _blanks, cells, "12月.xlsx")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert emptied is None
    assert peak < 300_000, peak


def test_a_paid_line_in_a_later_chunk_is_still_found(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    """The one blank line holding a stored total sits in the thirteenth chunk: it is found,
    and the file's rows are read to weigh it (its 100 USD of 03-20 written on no row of the
    file: nothing moved, None)."""
    monkeypatch.setattr(written_keys, "CHUNK", 500)
    conn = _store(tmp_path, _key(PAID))
    asked: list[bool] = []

    def cells() -> Iterator[tuple[str, int, str, str | None, bool]]:
        asked.append(True)
        return iter([("台账", n + 2, _key(n), None, False) for n in range(LINES)])

    assert emptied_receipts(conn, _blanks, cells, "12月.xlsx") is None
    assert asked == [True]
