"""The customer table the last start showed is kept, and shown again only while it is what the
analysis would show: the same database file, unwritten since, at the same default date, by
the same version of the app; stale only by a write since, shown when asked marked as outdated
(core.analysis.last_table)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import account_ledgers as books
import pytest
from ledgers import build, order, receivables_ledger

from core import settings_store
from core.analysis import fingerprints, last_table, snapshots
from core.analysis.model import Analysis
from core.analysis.run import analyse
from core.analysis.snapshots import CRITERIA
from core.store import connect


def _kept(tmp_path: Path, rows: list[list[object]] | None = None, today: date | None = None
          ) -> tuple[Path, sqlite3.Connection, Analysis]:
    conn = build(tmp_path, rows or receivables_ledger())
    db = tmp_path / "firm.sqlite"
    version = last_table.version_of(db)
    analysis = analyse(conn, today=today)
    assert last_table.keep(db, conn, version, analysis) is True
    return db, conn, analysis


def _columns(c) -> tuple:
    return (*(getattr(c, name) for name in last_table.FIELDS),
            tuple(c.rfmt[k].passed if k in c.rfmt else None for k in CRITERIA))


def test_the_table_kept_is_the_analysis_s_own(tmp_path):
    db, conn, analysis = _kept(tmp_path)
    shown = last_table.shown(db, conn)
    assert shown is not None
    assert (shown.as_of, shown.receipts_date, shown.base_currency) == (
        analysis.as_of, analysis.receipts_date, analysis.base_currency)
    assert [_columns(c) for c in shown.customers] == [_columns(c) for c in analysis.customers]
    assert {c.list for c in shown.customers} >= {"black", "white"}  # verdicts, not defaults
    assert shown.rules == analysis.rules
    conn.close()


def test_any_write_since_makes_it_stale(tmp_path):
    db, conn, _ = _kept(tmp_path)
    other = connect(db)  # another program, or the command line, changes a rule
    settings_store.put(other, "stop_loss_days", 75)
    other.close()
    assert last_table.shown(db, conn) is None
    conn.close()


def test_a_table_stale_only_by_a_write_is_shown_when_asked_marked_outdated(tmp_path):
    """An import, a setting or a correction made outside the window: the start may show the
    rows as they were, saying they are outdated (the window's banner)."""
    db, conn, analysis = _kept(tmp_path)
    assert last_table.standing(db) == last_table.HOLDS
    held = last_table.shown(db, conn, outdated=True)
    assert held is not None and not held.outdated
    settings_store.put(conn, "stop_loss_days", 75)
    assert last_table.standing(db) == last_table.WRITTEN
    assert last_table.shown(db, conn) is None  # not unless asked
    shown = last_table.shown(db, conn, outdated=True)
    assert shown is not None and shown.outdated and shown.as_of == analysis.as_of
    assert [_columns(c) for c in shown.customers] == [_columns(c) for c in analysis.customers]
    assert shown.rules.stop_loss_days == 75  # the rules are the database's own, as read now
    conn.close()


def test_what_judges_otherwise_than_a_write_is_never_shown(tmp_path, monkeypatch):
    """Another snapshots' format or app version, another file, a file that cannot say (WAL
    mode), a day that moved the default date: not shown, written since or not."""
    rows = [*receivables_ledger(), order("F1", "Future Buyer", "2025-12-20", 5_000)]
    db, conn, _ = _kept(tmp_path, rows, today=date(2025, 12, 10))
    settings_store.put(conn, "stop_loss_days", 75)
    assert last_table.shown(db, conn, today=date(2025, 12, 19), outdated=True) is not None
    assert last_table.shown(db, conn, today=date(2025, 12, 20), outdated=True) is None
    with monkeypatch.context() as patched:
        patched.setattr(last_table, "FORMAT", last_table.FORMAT.replace(
            fingerprints.FORMAT, fingerprints.FORMAT.replace("snapshots-", "snapshots-99")))
        assert last_table.standing(db) is None
        assert last_table.shown(db, conn, today=date(2025, 12, 19), outdated=True) is None
    kept = last_table.place(db)
    content = json.loads(kept.read_text(encoding="utf-8"))
    kept.write_text(json.dumps({**content, "format": "last-table-1/0.0.1"}), encoding="utf-8")
    assert last_table.standing(db) is None
    kept.write_text(json.dumps({**content, "database": str(tmp_path / "other.sqlite")}),
                    encoding="utf-8")
    assert last_table.standing(db) is None
    kept.write_text(json.dumps(content), encoding="utf-8")
    assert last_table.standing(db) == last_table.WRITTEN
    conn.execute("PRAGMA journal_mode=WAL")  # another tool's: the counter says nothing now
    assert last_table.standing(db) is None
    assert last_table.shown(db, conn, today=date(2025, 12, 19), outdated=True) is None
    conn.close()


def test_snapshots_stored_since_keep_it_and_a_write_after_them_does_not(tmp_path):
    """The month-end snapshots (the movements, the restructuring export) are read by no
    analysis: the table still holds after them, whoever stored them, and not after a rule."""
    db, conn, analysis = _kept(tmp_path)
    other = connect(db)
    snapshots.ensure(other, snapshots.month_ends(other)[-2:])
    other.close()
    shown = last_table.shown(db, conn)
    assert shown is not None
    assert [_columns(c) for c in shown.customers] == [_columns(c) for c in analysis.customers]
    settings_store.put(conn, "stop_loss_days", 75)
    assert last_table.shown(db, conn) is None
    conn.close()


def test_a_write_while_the_analysis_ran_keeps_nothing(tmp_path):
    conn = build(tmp_path, receivables_ledger())
    db = tmp_path / "firm.sqlite"
    version = last_table.version_of(db)
    analysis = analyse(conn)
    settings_store.put(conn, "stop_loss_days", 75)  # written after the analysis read the rules
    assert last_table.keep(db, conn, version, analysis) is False
    assert last_table.shown(db, conn) is None
    conn.close()


def test_a_new_day_that_moves_the_default_date_makes_it_stale(tmp_path):
    """An order dated after today counts from its day on: the same file then gives another
    default date, and the table kept for the old one is not shown."""
    rows = [*receivables_ledger(), order("F1", "Future Buyer", "2025-12-20", 5_000)]
    db, conn, analysis = _kept(tmp_path, rows, today=date(2025, 12, 10))
    assert analysis.as_of < date(2025, 12, 20)
    assert last_table.shown(db, conn, today=date(2025, 12, 19)) is not None
    assert last_table.shown(db, conn, today=date(2025, 12, 20)) is None
    conn.close()


def test_a_table_kept_before_the_snapshots_format_changed_shows_nothing(tmp_path, monkeypatch):
    """A reader or rule change bumps the snapshots' format alone (the app's version stays):
    the table a start kept under the old one would open the window on the old lists."""
    db, conn, _ = _kept(tmp_path)
    assert last_table.shown(db, conn) is not None
    monkeypatch.setattr(last_table, "FORMAT", last_table.FORMAT.replace(
        fingerprints.FORMAT, fingerprints.FORMAT.replace("snapshots-", "snapshots-99")))
    assert last_table.shown(db, conn) is None
    conn.close()


def test_another_version_a_copy_or_a_damaged_file_shows_nothing(tmp_path):
    db, conn, _ = _kept(tmp_path)
    kept = last_table.place(db)
    content = json.loads(kept.read_text(encoding="utf-8"))
    kept.write_text(json.dumps({**content, "format": "last-table-1/0.0.1"}), encoding="utf-8")
    assert last_table.shown(db, conn) is None
    kept.write_text(json.dumps({**content, "customers": [[1, "short row"]]}), encoding="utf-8")
    assert last_table.shown(db, conn) is None
    kept.write_text(json.dumps(content)[:200], encoding="utf-8")  # cut off
    assert last_table.shown(db, conn) is None
    kept.write_text(json.dumps(content), encoding="utf-8")
    assert last_table.shown(db, conn) is not None
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(db, copy)  # the same content elsewhere: a file of its own, none kept
    copied = connect(copy)
    assert last_table.shown(copy, copied) is None
    copied.close()
    conn.close()


def test_a_database_in_wal_mode_keeps_nothing(tmp_path):
    conn = build(tmp_path, receivables_ledger())
    conn.execute("PRAGMA journal_mode=WAL")  # another tool's choice: its counter says nothing
    db = tmp_path / "firm.sqlite"
    assert last_table.version_of(db) is None
    assert last_table.keep(db, conn, last_table.version_of(db), analyse(conn)) is False
    assert not last_table.place(db).exists()
    conn.close()


def test_an_as_of_date_that_is_no_date_of_the_data_is_not_kept(tmp_path):
    """Every order after today: the analysis takes today, which moves every day."""
    conn = build(tmp_path, receivables_ledger())
    db = tmp_path / "firm.sqlite"
    version = last_table.version_of(db)
    early = analyse(conn, today=date(2025, 1, 1))
    assert early.as_of == date(2025, 1, 1)
    assert last_table.keep(db, conn, version, early) is False
    assert not last_table.place(db).exists()
    conn.close()


def test_a_table_kept_already_for_the_same_file_is_not_made_again(tmp_path, monkeypatch):
    """Each start whose last table held analyses again and would keep the same file: the date
    look-ups (a second at a million orders) and the writing are skipped."""
    db, conn, analysis = _kept(tmp_path)
    kept = last_table.place(db)
    written = kept.stat().st_mtime_ns
    looked: list[date] = []
    monkeypatch.setattr(last_table, "default_as_of", lambda c, day: looked.append(day) or day)
    assert last_table.keep(db, conn, last_table.version_of(db), analysis) is True
    assert looked == [] and kept.stat().st_mtime_ns == written
    settings_store.put(conn, "stop_loss_days", 75)  # another version of the file: made again
    again = analyse(conn)
    assert last_table.keep(db, conn, last_table.version_of(db), again) is True
    assert looked == [again.as_of] and kept.stat().st_mtime_ns != written
    conn.close()


@pytest.mark.parametrize("builder", books.BUILDERS, ids=[b.__name__ for b in books.BUILDERS])
def test_the_table_kept_of_a_ledger_booked_as_clerks_book_it(builder, tmp_path):
    """A wire on the newest row, copied wires, credit notes, cancelled lines, no receipts: the
    table the next start shows names each customer's tier, list and overdue as the analysis
    does."""
    db = builder(tmp_path).import_into(tmp_path / "firm.sqlite")
    conn = connect(db)
    version = last_table.version_of(db)
    analysis = analyse(conn)
    assert last_table.keep(db, conn, version, analysis) is True
    shown = last_table.shown(db, conn)
    assert shown is not None
    assert [_columns(c) for c in shown.customers] == [_columns(c) for c in analysis.customers]
    conn.close()
