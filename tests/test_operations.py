"""The window's work as plain functions: each opens the database itself, reports progress, obeys
a cancel, and runs here without Qt (no QApplication, no widget, no runner)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from conftest import ROOT
from ledgers import APRIL_HEADER, APRIL_ORDERS, APRIL_ROWS, A, build, ten_customers, write_xlsx

from core import rates, settings
from core.analysis.firm import report
from core.analysis.run import analyse
from core.messages import Refusal
from core.overrides import list_overrides, load_overrides
from core.store import connect, dump, opened
from ui import operations

APRIL = [APRIL_HEADER, *APRIL_ROWS]


def _orders(db: Path) -> int:
    with opened(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0]


def test_the_operations_load_no_qt():
    code = "import sys, ui.operations; print([m for m in sys.modules if 'PySide6' in m])"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"


def test_opened_closes_the_connection_however_the_work_ends(db_path):
    with pytest.raises(ZeroDivisionError), opened(db_path) as conn:
        conn.execute("SELECT 1")
        1 / 0  # noqa: B018 - the work failing
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")


def test_analyse_gives_the_analysis_the_report_and_whether_there_is_data(tmp_path):
    build(tmp_path, ten_customers()).close()
    db = tmp_path / "firm.sqlite"
    seen = []
    done = operations.analyse(db, A, progress=lambda f, _m: seen.append(f))
    with opened(db) as conn:
        expected = analyse(conn, A)
    assert done.has_data
    assert [(c.customer, c.tier) for c in done.analysis.customers] == [
        (c.customer, c.tier) for c in expected.customers]
    assert done.report == report(done.analysis)
    assert seen and seen == sorted(seen) and seen[-1] <= 1.0
    empty = operations.analyse(tmp_path / "new.sqlite")
    assert not empty.has_data and empty.analysis.customers == []


def test_import_takes_each_files_own_columns_and_stops_where_cancelled(tmp_path, db_path):
    first = write_xlsx(tmp_path / "a.xlsx", {"订单": APRIL})
    # the next month's ledger, its customer column under a header nobody knows: the user chose
    may = [[f"{row[0]}-5", *row[1:]] if row[1] else row for row in APRIL_ROWS]
    renamed = [["Kunde" if h == "客户名称" else h for h in APRIL_HEADER], *may]
    second = write_xlsx(tmp_path / "b.xlsx", {"Orders": renamed})
    jobs = [(first, None), (second, {"customer": "Kunde"})]
    seen = []
    outcome = operations.import_files(db_path, jobs, progress=lambda f, _m: seen.append(f))
    assert [r.status for r in outcome.results] == ["imported", "imported"]
    assert outcome.cancelled_at is None
    assert seen == sorted(seen) and 0.5 < seen[-1] <= 1.0  # the second file reported too
    assert _orders(db_path) == 2 * APRIL_ORDERS
    again = tmp_path / "again.sqlite"
    second_file = []  # the progress of the whole reaches one half when the second file begins
    stopped = operations.import_files(
        again, jobs, progress=lambda f, _m: second_file.append(f) if f >= 0.5 else None,
        cancel=lambda: bool(second_file))
    assert [r.path.name for r in stopped.results] == ["a.xlsx"]
    assert stopped.cancelled_at == second
    assert _orders(again) == APRIL_ORDERS


def test_preview_reads_a_file_without_creating_the_database(tmp_path):
    ledger = write_xlsx(tmp_path / "a.xlsx", {"订单": APRIL})
    missing = tmp_path / "not yet.sqlite"
    found = operations.preview(missing, ledger)
    assert not missing.exists()
    assert found.sheets[0].name == "订单" and found.mapping["customer"] == "客户名称"
    chosen = operations.preview(missing, ledger, {"customer": ""})
    assert "customer" not in {k for k, v in chosen.mapping.items() if v}


def test_the_sample_is_imported_once(tmp_path):
    folder = tmp_path / "sample"
    write_xlsx(folder / "2025-01.xlsx", {"订单": APRIL})
    target = tmp_path / "sample.sqlite"
    assert operations.open_sample(target, folder) == target
    before = dump(connect(target))
    assert operations.open_sample(target, folder) == target
    assert dump(connect(target)) == before and _orders(target) == APRIL_ORDERS


def test_each_correction_of_the_menu_is_stored_and_undone(tmp_path):
    build(tmp_path, ten_customers()).close()
    db = tmp_path / "firm.sqlite"
    with opened(db) as conn:
        ids = {r["name"]: r["id"] for r in conn.execute("SELECT id, name FROM customers")}
    said = [operations.apply_override(db, "pin", f"#{ids['C4']}", "black").code,
            operations.apply_override(db, "pin", f"#{ids['C5']}", "strategic").code,
            operations.apply_override(db, "merge", f"#{ids['C1']}", "C2").code,
            operations.apply_override(db, "exclude", f"#{ids['C6']}").code,
            operations.apply_override(db, "project", f"#{ids['C7']}", True).code]
    assert said == ["pin", "pin", "merge", "exclude", "project_on"]
    with opened(db) as conn:
        found = load_overrides(conn)
        assert found.pinned_list == {ids["C4"]: "black"}
        assert found.pinned_tier == {ids["C5"]: "strategic"}
        assert found.merged_into == {ids["C2"]: ids["C1"]}
        assert found.excluded == {ids["C6"]} and found.project == {ids["C7"]}
    assert operations.apply_override(db, "unpin", f"#{ids['C4']}", "all").code == "unpin_all"
    for _ in range(6):
        assert operations.undo_override(db).code == "undone"
    with opened(db) as conn:
        assert list_overrides(conn) == []
    assert operations.undo_override(db) == operations.NOTHING_TO_UNDO
    with pytest.raises(Refusal):
        operations.apply_override(db, "merge", f"#{ids['C1']}", "Nobody Like This")


def test_settings_are_read_and_written_all_or_nothing(db_path):
    stored = operations.load_settings(db_path)
    assert stored.values == {s.key: s.default for s in settings.SETTINGS}
    assert any(r.currency == "EUR" for r in stored.rates)
    assert operations.save_setting(db_path, "stop_loss_days", "75") == 75
    with pytest.raises(Refusal):
        operations.save_setting(db_path, "stop_loss_days", "soon")
    eur = next(r for r in stored.rates if r.currency == "EUR")
    before = dump(connect(db_path))
    with pytest.raises(Refusal):  # the rate is refused: the rule before it is not kept either
        operations.save_settings(db_path, {"watch_days": 45},
                                 operations.RateEdits((eur,), (("EUR", eur.valid_from, "0"),)))
    assert dump(connect(db_path)) == before
    operations.save_settings(db_path, {"watch_days": 45},
                             operations.RateEdits((eur,), (("EUR", eur.valid_from, "1.2"),)))
    again = operations.load_settings(db_path)
    assert again.values["watch_days"] == 45 and again.values["stop_loss_days"] == 75
    assert rates.Rate("EUR", eur.valid_from, 1.2) in again.rates


def test_exports_write_the_workbooks(tmp_path, sample_db):
    db = tmp_path / "copy.sqlite"
    shutil.copy(sample_db, db)
    analysis = operations.analyse(db).analysis
    for kind, sheets in (("stop-loss", 5), ("restructuring", None), ("leap", None)):
        [written] = operations.export_lists(db, analysis, kind, tmp_path / f"{kind}.xlsx")
        book = openpyxl.load_workbook(written)
        assert written.name == f"{kind}.xlsx" and book.sheetnames
        if sheets:
            assert len(book.sheetnames) == sheets
