"""What the window's analysis reads beside the lines (rules, corrections, rates, customers),
kept between as-of changes: read once while the database is unwritten, read again after any
write, so a setting, a correction or a rate saved after an as-of change shows in the next
analysis as a fresh one shows it."""

from __future__ import annotations

import io
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from core import override_changes, settings_store
from core.analysis import run
from core.analysis.kept_rows import KeptRows
from core.analysis.run import analyse
from core.analysis.serialise import analysis_json, write_json
from core.rates import set_rate
from core.store import connect, transaction

EARLIER = date(2025, 9, 30)  # the as-of date typed in the window


def _text(conn: sqlite3.Connection, as_of: date | None, kept: KeptRows | None = None) -> str:
    out = io.StringIO()
    write_json(analysis_json(analyse(conn, as_of, kept=kept)), out)
    return out.getvalue()


@pytest.fixture
def sample_copy(sample_db: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(sample_db, tmp_path / "firm.sqlite"))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per read of the rules, corrections, rates and customers."""
    seen: list[int] = []
    real = run.Source.read

    def spy(conn: sqlite3.Connection) -> run.Source:
        seen.append(1)
        return real(conn)

    monkeypatch.setattr(run.Source, "read", spy)
    return seen


def test_as_of_changes_read_the_rules_and_customers_once(sample_copy, reads):
    kept = KeptRows(sample_copy)
    conn = connect(sample_copy)
    shown = [_text(conn, day, kept) for day in (None, EARLIER, date(2025, 3, 31))]
    assert len(reads) == 1
    assert shown == [_text(conn, day) for day in (None, EARLIER, date(2025, 3, 31))]
    conn.close()


def _first_customer(conn: sqlite3.Connection) -> str:
    return str(conn.execute("SELECT name FROM customers ORDER BY id LIMIT 1").fetchone()[0])


def _setting(conn: sqlite3.Connection) -> None:
    settings_store.put(conn, "window_months", 6)
    conn.commit()


def _correction(conn: sqlite3.Connection) -> None:
    override_changes.pin(conn, _first_customer(conn), "black")


def _rate(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        set_rate(conn, "EUR", "2000-01-01", 2.5)


def _exclusion(conn: sqlite3.Connection) -> None:
    override_changes.exclude(conn, _first_customer(conn))


@pytest.mark.parametrize("write", [_setting, _correction, _rate, _exclusion])
def test_a_write_after_an_as_of_change_shows_in_the_next_analysis(
        sample_copy: Path, reads: list[int], write: Callable[[sqlite3.Connection], None]
) -> None:
    kept = KeptRows(sample_copy)
    conn = connect(sample_copy)
    _text(conn, None, kept)
    before = _text(conn, EARLIER, kept)  # the as-of change: nothing read again
    assert len(reads) == 1
    other = connect(sample_copy)  # the window's settings, corrections or rates saved
    write(other)
    other.close()
    after = _text(conn, EARLIER, kept)
    assert len(reads) == 2
    assert after == _text(conn, EARLIER) != before
    conn.close()


def test_a_correction_after_an_as_of_change_moves_the_customer_to_its_list(sample_copy):
    kept = KeptRows(sample_copy)
    conn = connect(sample_copy)
    analyse(conn, kept=kept)
    name = _first_customer(conn)
    [listed] = [c.list for c in analyse(conn, EARLIER, kept=kept).customers if c.customer == name]
    assert listed != "black"
    override_changes.pin(conn, name, "black")
    [listed] = [c.list for c in analyse(conn, EARLIER, kept=kept).customers if c.customer == name]
    assert listed == "black"
    conn.close()


def test_forgetting_the_lines_reads_the_rules_again(sample_copy, reads):
    kept = KeptRows(sample_copy)
    conn = connect(sample_copy)
    analyse(conn, kept=kept)
    kept.forget()
    analyse(conn, EARLIER, kept=kept)
    assert len(reads) == 2
    conn.close()
