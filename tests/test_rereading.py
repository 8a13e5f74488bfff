"""A database written by an older reader of payment terms and Incoterms is read again when
next opened (core.ledger.rereading, run by core.store.connect).

The ledger is written with openpyxl and imported; the older reader's readings are then written
into the rows by SQL, as that version stored them, and the readings version put back to 0 (a
database from before it was kept). Expectations are worked out from the rows: "OA 3 months" is
90 days from the ship date, 月结六十天 60 days from the end of the shipping month; the older
reader took them for 3 days and for the month end itself.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from ledgers import COLUMNS, A, order, write_xlsx

from core import backups
from core.analysis import snapshots
from core.analysis.run import analyse
from core.ledger import rereading
from core.ledger.importer import import_files
from core.messages import Refusal
from core.store import READINGS_KEY, connect, opened, readings_version

SHIP = date(2025, 9, 1)  # September ends on the 30th
MONTHS = "OA 3 months"
NUMERALS = "月结六十天"
CF = "C&F Hamburg"
# what the older reader stored: (pay_rung, credit_days, deposit_pct, monthly_statement)
OLD_TERMS = {MONTHS: ("oa", 3, None, 0), NUMERALS: ("oa", 0, None, 1)}
OLD_DUE = {MONTHS: SHIP + timedelta(days=3), NUMERALS: date(2025, 9, 30)}
DUE = {MONTHS: SHIP + timedelta(days=90), NUMERALS: date(2025, 9, 30) + timedelta(days=60)}


def _ledger(tmp_path: Path) -> Path:
    """Two customers shipped 10,000 USD on 1 September and unpaid at A (31 December); a third
    whose order's first row names no terms the reader knows, its second row OA 60 days; and a
    payer, so the ledger records receipts."""
    ship = SHIP.isoformat()
    rows = [order("P1", "Months Co", "2025-08-25", 10_000, terms=MONTHS, ship=ship,
                  incoterm=CF),
            order("P2", "Numerals Co", "2025-08-25", 10_000, terms=NUMERALS, ship=ship),
            order("P3", "Contract Co", "2025-08-25", 5_000, terms="see contract", ship=ship),
            order("P3", "Contract Co", "2025-08-25", 5_000, terms="OA 60 days", ship=ship),
            order("P9", "Payer", "2025-11-01", 1_000, ship="2025-11-02", received=1_000,
                  received_on=A.isoformat())]
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [COLUMNS, *rows]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    return db


def _as_an_older_reader_left_it(db: Path, version: int | None = 0) -> None:
    """The older reader's readings and the due dates it worked out from them; `version`: the
    readings version written (None: the current one stays)."""
    old = sqlite3.connect(db)
    for text, (rung, days, deposit, monthly) in OLD_TERMS.items():
        old.execute("UPDATE orders SET pay_rung = ?, credit_days = ?, deposit_pct = ?, "
                    "monthly_statement = ? WHERE payment_terms = ?",
                    (rung, days, deposit, monthly, text))
        old.execute("UPDATE order_lines SET due_date = ? WHERE due_derived = 1 AND order_id IN "
                    "(SELECT id FROM orders WHERE payment_terms = ?)",
                    (OLD_DUE[text].isoformat(), text))
    old.execute("UPDATE orders SET incoterm = NULL WHERE incoterm_text = ?", (CF,))
    if version is not None:
        old.execute("DELETE FROM meta WHERE key = ?", (READINGS_KEY,))
        if version:
            old.execute("INSERT INTO meta VALUES (?, ?)", (READINGS_KEY, str(version)))
    old.commit()
    old.close()


def _contents(db: Path) -> list[str]:
    with sqlite3.connect(db) as raw:
        return list(raw.iterdump())


def _copies(db: Path) -> list[backups.Backup]:
    """The copies taken before an upgrade (the import takes its own)."""
    return [b for b in backups.listing(db) if b.reason == "migration"]


def _stored(conn: sqlite3.Connection, text: str) -> tuple[object, ...]:
    return tuple(conn.execute(
        "SELECT pay_rung, credit_days, deposit_pct, monthly_statement FROM orders "
        "WHERE payment_terms = ?", (text,)).fetchone())


def test_an_older_readers_terms_are_read_again_and_the_lists_follow(tmp_path: Path):
    db = _ledger(tmp_path)
    _as_an_older_reader_left_it(db)
    with sqlite3.connect(db) as raw:
        contract = raw.execute("SELECT pay_rung, credit_days FROM orders "
                               "WHERE order_no = 'P3'").fetchone()
    assert contract == ("oa", 60)  # its reading came from its second row's text
    conn = connect(db)
    assert readings_version(conn) == rereading.VERSION
    assert _stored(conn, MONTHS) == ("oa", 90, None, 0)
    assert _stored(conn, NUMERALS) == ("oa", 60, None, 1)
    assert conn.execute("SELECT incoterm FROM orders WHERE incoterm_text = ?",
                        (CF,)).fetchone()[0] == "CFR"
    # the first row's "see contract" reads as nothing: the order keeps the text its reading
    # came from (its second row's), so today's reader reads it again as it was
    assert tuple(conn.execute("SELECT payment_terms, pay_rung, credit_days FROM orders "
                              "WHERE order_no = 'P3'").fetchone()) == ("OA 60 days", "oa", 60)
    for text, due in DUE.items():
        [stored_due] = conn.execute(
            "SELECT l.due_date FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "WHERE o.payment_terms = ? AND l.due_derived = 1", (text,)).fetchone()
        assert stored_due == due.isoformat()
    analysis = analyse(conn, as_of=A)
    conn.close()
    # more than 30 days past due is watched, more than 60 black-listed (orders under 20,000):
    # read as 3 days and the month end they were 118 and 92 days past due, both black
    for name, text in (("Months Co", MONTHS), ("Numerals Co", NUMERALS)):
        [c] = [c for c in analysis.customers if c.customer == name]
        [owed] = c.receivables
        days = (A - DUE[text]).days
        assert 30 < days <= 60
        assert (owed.due_date, owed.days_overdue, c.list) == (DUE[text], days, "watch"), name
    [copy] = _copies(db)  # the safety copy, holding the older readings
    with sqlite3.connect(copy.path) as saved:
        assert saved.execute("SELECT credit_days FROM orders WHERE payment_terms = ?",
                             (MONTHS,)).fetchone()[0] == 3


def test_a_second_opening_changes_nothing_and_takes_no_copy(tmp_path: Path):
    db = _ledger(tmp_path)
    _as_an_older_reader_left_it(db)
    connect(db).close()
    after_first = _contents(db)
    connect(db).close()
    assert _contents(db) == after_first
    assert len(_copies(db)) == 1


def test_a_newer_readers_database_keeps_its_readings(tmp_path: Path):
    db = _ledger(tmp_path)
    _as_an_older_reader_left_it(db, version=rereading.VERSION + 1)
    before = _contents(db)
    connect(db).close()
    assert _contents(db) == before
    assert _copies(db) == []


def test_a_failure_midway_leaves_the_database_as_it_was(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch):
    db = _ledger(tmp_path)
    _as_an_older_reader_left_it(db)
    before = _contents(db)

    def fail(conn: sqlite3.Connection, ids: list[int]) -> None:
        assert conn.execute("SELECT credit_days FROM orders WHERE payment_terms = ?",
                            (MONTHS,)).fetchone()[0] == 90  # the orders were written
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(rereading, "_derive_due_dates", fail)
    with pytest.raises(Refusal, match="the disk could not be read or written"):
        connect(db)
    assert _contents(db) == before
    monkeypatch.undo()
    with opened(db) as conn:  # the next opening reads them again
        assert _stored(conn, MONTHS) == ("oa", 90, None, 0)


def test_snapshots_made_on_the_older_readings_are_stale(tmp_path: Path):
    db = _ledger(tmp_path)
    _as_an_older_reader_left_it(db, version=None)  # the readings not known to be old yet
    today = date(2026, 1, 15)
    conn = connect(db)
    snapshots.ensure(conn, today=today)
    assert snapshots.stale(conn, today=today) == []
    conn.execute("DELETE FROM meta WHERE key = ?", (READINGS_KEY,))
    conn.close()
    conn = connect(db)
    stale = snapshots.stale(conn, today=today)
    # the changed orders are dated in August: that month end and every later one
    assert stale and min(stale) == date(2025, 8, 31)
    assert stale == [end for end in snapshots.month_ends(conn, today) if end >= min(stale)]
    conn.close()


def test_a_new_database_starts_at_the_current_readings(tmp_path: Path):
    with opened(tmp_path / "new.sqlite") as conn:
        assert readings_version(conn) == rereading.VERSION
    assert backups.listing(tmp_path / "new.sqlite") == []
