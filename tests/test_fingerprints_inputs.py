"""A stored month-end snapshot is reused while its fingerprint holds (core.analysis.snapshots):
whatever a user changes through core that moves a month end's figures must make that
snapshot stale, or the restructuring export's "moved this month" lists and the movements
would show last month's verdicts after the change. Each input of the analysis is changed in
turn as a user would (a setting, a correction, a rate, a ledger cell), and the snapshots the
store hands out afterwards are compared with analyses made afresh at those month ends."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from ledgers import COLUMNS, build, order, write_xlsx
from test_movements import _ledger

from core import credit_terms, override_changes, rates, settings_store
from core.analysis import snapshots
from core.analysis.fingerprints import fingerprints
from core.analysis.run import analyse
from core.ledger.importer import import_files

ENDS = [date(2025, 3, 31), date(2025, 6, 30), date(2025, 9, 30)]
Change = Callable[[sqlite3.Connection], object]


def _cell(order_no: str, column: str, value: object) -> Change:
    """A ledger cell corrected (as a re-import of the corrected row would store it)."""
    def change(conn: sqlite3.Connection) -> None:
        conn.execute(f"UPDATE order_lines SET {column} = ? WHERE order_id IN "
                     "(SELECT id FROM orders WHERE order_no = ?)", (value, order_no))
        conn.commit()
    return change


def _customer(name: str, column: str, value: object) -> Change:
    """A customer's own cell corrected (as the ledger's customer columns would store it)."""
    def change(conn: sqlite3.Connection) -> None:
        conn.execute(f"UPDATE customers SET {column} = ? WHERE name = ?", (value, name))
        conn.commit()
    return change


def _setting(key: str, value: object) -> Change:
    return lambda conn: settings_store.put(conn, key, value)


def _both_pinned(conn: sqlite3.Connection) -> None:
    """Riser pinned core, then Faller strategic, both merged into Anchor: the latest pin of
    the group wins (core.overrides.load_overrides), Faller's."""
    override_changes.pin(conn, "Riser", "core")
    override_changes.pin(conn, "Faller", "strategic")
    override_changes.merge(conn, "Anchor", "Riser")
    override_changes.merge(conn, "Anchor", "Faller")


def _pinned_again(conn: sqlite3.Connection) -> None:
    """Riser taken out, its pin written again with a note, and merged back: the same pins and
    merges as before, but Riser's pin is now the latest, and wins."""
    override_changes.unmerge(conn, "Riser")
    override_changes.pin(conn, "Riser", "core", note="checked with sales")
    override_changes.merge(conn, "Anchor", "Riser")


def _two_salespeople(conn: sqlite3.Connection) -> None:
    """Riser (张伟's) and Faller (李雷's) merged into Anchor, which names none: the merged name
    the ledger named last lends its salesperson (core.analysis.customer_rows.read_customers)."""
    for name, person, day in (("Riser", "张伟", "2025-11-01"), ("Faller", "李雷", "2025-10-01")):
        conn.execute("UPDATE customers SET salesperson = ?, name_date = ? WHERE name = ?",
                     (person, day, name))
    conn.commit()
    override_changes.merge(conn, "Anchor", "Riser")
    override_changes.merge(conn, "Anchor", "Faller")


def _named_later(conn: sqlite3.Connection) -> None:
    """Next year's file imported, an order of Faller's in it: Faller named last now."""
    db = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    path = write_xlsx(db.with_name("next.xlsx"), {"台账": [
        COLUMNS, order("FA9", "Faller", "2026-01-05", 1_000)]})
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message


def _two_spellings(conn: sqlite3.Connection) -> None:
    """Anchor's salesperson written "Li Lei", Riser's "li lei": a tie, "Li Lei" shown."""
    for name, person in (("Anchor", "Li Lei"), ("Riser", "li lei")):
        conn.execute("UPDATE customers SET salesperson = ? WHERE name = ?", (person, name))
    conn.commit()


def _new_customer_spelling(conn: sqlite3.Connection) -> None:
    """Next year's file brings a new customer of "li lei": the spelling most use now, at
    every month end (core.analysis.salespeople), the customer's first order after them all."""
    db = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    path = write_xlsx(db.with_name("next.xlsx"), {"台账": [
        [*COLUMNS, "业务员"], [*order("NC1", "Newco", "2026-01-05", 1_000), "li lei"]]})
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message


CHANGES: dict[str, tuple[Change | None, Change]] = {
    # a date with no amount beside it: early_money.WITHIN reads its row from that day
    "received date alone, later order": (None, _cell("EC2", "received_date", "2025-06-15")),
    "deposit date alone, later order": (None, _cell("EC2", "deposit_date", "2025-06-15")),
    "balance date alone, later order": (None, _cell("EC2", "balance_date", "2025-06-15")),
    "received date alone, moved": (_cell("RI2", "received_date", "2025-08-01"),
                                   _cell("RI2", "received_date", "2025-05-01")),
    "received date alone, cleared": (_cell("EC2", "received_date", "2025-06-15"),
                                     _cell("EC2", "received_date", None)),
    "ship date": (None, _cell("RI2", "ship_date", "2025-04-20")),
    "received amount": (None, _cell("NE1", "received_amount", 5_000)),
    "early customer's salesperson": (_cell("NE1", "received_date", "2025-03-15"), _customer(
        "Newbie", "salesperson", "王芳")),
    "early customer's limit": (_cell("NE1", "received_date", "2025-03-15"), _customer(
        "Newbie", "credit_limit", 100)),
    # settings and thresholds (core.settings, core.rules)
    "F orders": (None, _setting("f_min_orders", 3)),
    "M multiple": (None, _setting("m_multiple", 1.2)),
    "window": (None, _setting("window_months", 6)),
    "stop-loss days": (None, _setting("stop_loss_days", 30)),
    "credit days": (None, _setting("default_credit_days", 10)),
    "receipts date": (None, _setting("receipts_date", "2025-05-01")),
    "tier caps": (None, _setting("tier_caps", "count")),
    # corrections (core.overrides, core.credit_terms)
    "pin tier": (None, lambda conn: override_changes.pin(conn, "Riser", "core")),
    "pin list": (None, lambda conn: override_changes.pin(conn, "Faller", "black")),
    "exclude": (None, lambda conn: override_changes.exclude(conn, "Anchor")),
    "merge": (None, lambda conn: override_changes.merge(conn, "Riser", "Returner")),
    "project": (None, lambda conn: override_changes.set_project(conn, "Faller", True)),
    "credit limit": (None, lambda conn: credit_terms.set_limit(conn, "Newbie", 1_000)),
    "insurance": (None, lambda conn: credit_terms.insure(conn, "Newbie", share=50)),
    "group": (None, lambda conn: credit_terms.group(conn, ["Riser", "Faller"], "Big Co")),
    "undo": (lambda conn: override_changes.pin(conn, "Riser", "core"),
             lambda conn: override_changes.undo(conn)),
    "group pins' order": (_both_pinned, _pinned_again),
    "merged names' order": (_two_salespeople, _named_later),
    "salesperson's spelling": (_two_spellings, _new_customer_spelling),
    # exchange rates (core.rates)
    "rate": (None, lambda conn: rates.set_rate(conn, "EUR", "2025-01-01", 1.5)),
}


@pytest.fixture(autouse=True)
def _clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each correction a minute after the one before, as a user's would be."""
    minutes = iter(range(24 * 60))
    monkeypatch.setattr(override_changes, "now_text",
                        lambda: "2026-01-01T{:02d}:{:02d}:00".format(*divmod(next(minutes), 60)))


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_change_leaves_no_stale_snapshot(tmp_path: Path, name: str) -> None:
    before, change = CHANGES[name]
    conn = build(tmp_path, _ledger())
    if before is not None:
        before(conn)
    snapshots.ensure(conn, ENDS)
    change(conn)
    stored = snapshots.ensure(conn, ENDS)
    for end in ENDS:
        fresh = snapshots.of_analysis(analyse(conn, end))
        assert stored[end] == fresh, f"{name}: the snapshot of {end} stale"
    conn.close()


def test_a_date_alone_joins_on_the_day_the_analysis_reads_its_row(tmp_path: Path) -> None:
    """A received, deposit or balance date with no figure beside it, before its order's date:
    the analysis reads the row from that day (early_money.WITHIN, fetch.cut), so the row
    joins the fingerprint then; one after its order's date leaves it as it was."""
    conn = build(tmp_path, _ledger())
    kept = fingerprints(conn, ENDS)
    for column in ("received_date", "deposit_date", "balance_date"):
        _cell("EC2", column, "2025-10-01")(conn)  # EC2 is of 2025-09-01: after it
        assert fingerprints(conn, ENDS) == kept, column
        _cell("EC2", column, "2025-06-15")(conn)
        moved = fingerprints(conn, ENDS)
        assert moved[ENDS[0]] == kept[ENDS[0]] and moved[ENDS[1]] != kept[ENDS[1]], column
        _cell("EC2", column, None)(conn)
        assert fingerprints(conn, ENDS) == kept, column
    conn.close()
