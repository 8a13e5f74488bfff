"""The window's lines kept between analyses: the same analysis as a fresh fetch at every date,
fetched again after any write to the database (by this program or another), never kept for a
database too big or one whose file cannot say it changed."""

from __future__ import annotations

import io
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import account_ledgers as books
import pytest
from databases import spy_on_fetch
from ledgers import build, receivables_ledger, ten_customers
from PySide6.QtCore import QDate
from test_main_window import open_window

from core import settings_store
from core.analysis import fetch, kept_rows, snapshots
from core.analysis.file_version import change_counter
from core.analysis.kept_rows import KeptRows
from core.analysis.run import analyse
from core.analysis.serialise import analysis_json, write_json
from core.ledger.importer import import_files
from core.store import connect

WAIT = 30000
DATES = [None, date(2025, 3, 31), date(2025, 9, 30), date(2025, 6, 30), date(2026, 3, 31)]


def _text(conn: sqlite3.Connection, as_of: date | None, kept: KeptRows | None = None) -> str:
    out = io.StringIO()
    write_json(analysis_json(analyse(conn, as_of, kept=kept)), out)
    return out.getvalue()


@pytest.fixture
def fetches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[date, bool]]:
    """The fetches of the kept rows (as-of, keep)."""
    return spy_on_fetch(monkeypatch, kept_rows)


@pytest.fixture
def sample_copy(sample_db: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(sample_db, tmp_path / "firm.sqlite"))


def test_kept_lines_give_what_a_fresh_fetch_gives_at_every_date(sample_copy, fetches):
    kept = KeptRows(sample_copy)
    conn = connect(sample_copy)
    for day in DATES:
        assert _text(conn, day, kept) == _text(conn, day)
    assert fetches == [(date.max, True)]  # fetched once, cut at each date after
    conn.close()


def test_an_import_by_another_connection_is_seen(sample_copy, tmp_path, fetches):
    kept = KeptRows(sample_copy)
    conn = connect(sample_copy)
    before = _text(conn, None, kept)
    # a new month written by another program (the command line) while the window is open
    (tmp_path / "new").mkdir()
    build(tmp_path / "new", ten_customers("2026-01-15")).close()
    ledger = tmp_path / "new" / "ledger.xlsx"
    [result] = import_files(sample_copy, [ledger])
    assert result.status == "imported"
    after = _text(conn, None, kept)
    assert after == _text(conn, None) != before
    assert fetches == [(date.max, True)] * 2
    conn.close()


def test_any_committed_write_changes_what_the_file_says(sample_copy):
    first = change_counter(sample_copy)
    conn = connect(sample_copy)
    assert change_counter(sample_copy) == first  # opening and reading write nothing
    _text(conn, None)
    assert change_counter(sample_copy) == first
    settings_store.put(conn, "window_months", 6)
    assert change_counter(sample_copy) != first
    conn.close()


def test_a_setting_changed_meanwhile_fetches_again(sample_copy, fetches):
    kept = KeptRows(sample_copy)
    conn = connect(sample_copy)
    _text(conn, None, kept)
    other = connect(sample_copy)
    settings_store.put(other, "min_open_usd", 500)
    other.close()
    assert _text(conn, None, kept) == _text(conn, None)
    assert fetches == [(date.max, True)] * 2
    conn.close()


def test_month_end_snapshots_stored_meanwhile_keep_the_lines(sample_copy, fetches):
    """The movements (or the restructuring export) store snapshots, which hold no line: the
    window's next date is cut from the lines it kept."""
    kept = KeptRows(sample_copy)
    conn = connect(sample_copy)
    _text(conn, None, kept)
    other = connect(sample_copy)
    [end] = snapshots.month_ends(other)[-1:]
    assert snapshots.stale(other, [end]) == [end]
    snapshots.ensure(other, [end])
    other.close()
    assert snapshots.stale(conn, [end]) == []
    assert _text(conn, DATES[1], kept) == _text(conn, DATES[1])
    assert fetches == [(date.max, True)]
    conn.close()


def test_too_many_lines_are_not_kept(sample_copy, fetches, monkeypatch):
    conn = connect(sample_copy)
    lines = conn.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0]
    monkeypatch.setattr(fetch, "KEEP_LINES", lines - 1)
    kept = KeptRows(sample_copy)
    assert _text(conn, date(2025, 9, 30), kept) == _text(conn, date(2025, 9, 30))
    assert not kept.kept and fetches == [(date(2025, 9, 30), False)]
    conn.close()


def test_a_database_in_wal_mode_is_never_kept(sample_copy, fetches):
    conn = connect(sample_copy)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    assert change_counter(sample_copy) is None
    kept = KeptRows(sample_copy)
    assert _text(conn, None, kept) == _text(conn, None)
    assert not kept.kept and len(fetches) == 1
    conn.close()


def test_changing_the_as_of_date_in_the_window_does_not_fetch_again(qtbot, tmp_path, fetches):
    build(tmp_path, receivables_ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    assert fetches == [(date.max, True)]
    shown = {}
    for day in (QDate(2025, 12, 31), QDate(2025, 10, 31), QDate(2026, 1, 31)):
        with qtbot.waitSignal(window.analysed, timeout=WAIT):
            window.as_of_edit.setDate(day)
        assert window.analysis is not None and window.analysis.as_of == day.toPython()
        shown[day.toPython()] = {c.customer: (c.open_amount, c.list)
                                 for c in window.analysis.customers}
    assert fetches == [(date.max, True)]  # every date cut from the lines fetched at the start
    conn = connect(tmp_path / "firm.sqlite")
    for day, customers in shown.items():
        fresh = analyse(conn, day)
        assert customers == {c.customer: (c.open_amount, c.list) for c in fresh.customers}
    conn.close()


@pytest.mark.parametrize("builder", books.BUILDERS, ids=[b.__name__ for b in books.BUILDERS])
def test_kept_lines_on_ledgers_booked_as_clerks_book_them(builder, tmp_path):
    """A wire on the newest row, copied wires, credit notes, cancelled lines, no receipts: the
    lists from kept lines are those of a fresh fetch, at the case's date and a month before."""
    ledger = builder(tmp_path)
    db = ledger.import_into(tmp_path / "firm.sqlite")
    kept = KeptRows(db)
    conn = connect(db)
    for day in (ledger.as_of, ledger.as_of.replace(day=1) - timedelta(days=1), ledger.as_of):
        assert _text(conn, day, kept) == _text(conn, day)
    assert kept.kept
    conn.close()
