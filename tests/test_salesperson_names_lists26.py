"""A salesperson is shown under one cleaned name wherever a customer is shown.

The ledger's cells spell one salesperson several ways: "张 伟", 张伟 pasted with a
right-to-left mark, "li lei" beside "Li Lei". Before, the filter and the per-salesperson copies
already took them as one (export.salesperson_key), but the customer table, the detail panel,
the lists' salesperson column and `customers --json` showed each cell as typed: a row read
"张 伟" while the filter said 张伟, and "li lei" sat beside "Li Lei". Now the analysis gives
every customer the one name (core.analysis.salespeople)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import openpyxl
from ledgers import titled, write_xlsx
from PySide6.QtCore import Qt
from test_lists_by_hand import HEADER, OA30, row
from test_main_window import open_window, visible_customers

from core.actions import restructuring, stop_loss
from core.actions.export import write_documents
from core.analysis import fingerprints, snapshots
from core.analysis.model import Analysis
from core.analysis.run import analyse
from core.cli.main import run
from core.ledger.importer import import_files
from core.store import connect

RTL = "\u200f"
CELLS = {"Alpha Co": "张 伟", "Beta Co": "张伟", "Gamma Co": RTL + "张伟",
         "Delta Co": "li lei", "Eps Co": "Li Lei", "Zeta Co": "Li  Lei"}
SHOWN = {"Alpha Co": "张伟", "Beta Co": "张伟", "Gamma Co": "张伟",
         "Delta Co": "Li Lei", "Eps Co": "Li Lei", "Zeta Co": "Li Lei"}


def _db(tmp_path: Path) -> Path:
    rows = [row(f"SO-{i}", name, "2025-11-01", 8_000 + i, sales=cell, terms=OA30,
                ship="2025-11-05", due="2025-11-20")  # 41 days overdue: watched
            for i, (name, cell) in enumerate(CELLS.items())]
    rows.append(row("AN-1", "Anchor", "2025-12-01", 5_000, sales=None, terms=OA30,
                    ship="2025-12-02", due="2025-12-31", got=5_000, got_on="2025-12-31"))
    ledger = write_xlsx(tmp_path / "2025年台账.xlsx", {"2025": titled([HEADER, *rows])})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [ledger])
    assert result.status == "imported", result.message
    conn = connect(db)
    try:  # the store keeps each cell as typed: the cleaning is the analysis's
        stored = dict(conn.execute("SELECT name, salesperson FROM customers").fetchall())
    finally:
        conn.close()
    assert stored["Alpha Co"] == "张 伟" and stored["Delta Co"] == "li lei"
    return db


def _analysed(db: Path) -> Analysis:
    conn = connect(db)
    try:
        return analyse(conn)
    finally:
        conn.close()


def test_the_analysis_and_the_cli_name_each_salesperson_once(tmp_path: Path) -> None:
    db = _db(tmp_path)
    analysis = _analysed(db)
    assert {c.customer: c.salesperson for c in analysis.customers} == SHOWN | {"Anchor": None}
    out, err = io.StringIO(), io.StringIO()
    assert run(["customers", "--db", str(db), "--json"], out, err) == 0
    assert {c["customer"]: c["salesperson"]
            for c in json.loads(out.getvalue())["customers"]} == SHOWN | {"Anchor": None}


def _sales_column(path: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for sheet in openpyxl.load_workbook(path).worksheets:
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        header = next((r for r in rows if "Customer" in r and "Salesperson" in r), None)
        if header is None:
            continue
        for values in rows:
            if values[header.index("Customer")] in CELLS:
                found[values[header.index("Customer")]] = values[header.index("Salesperson")]
    return found


def test_the_exported_lists_name_them_alike(tmp_path: Path) -> None:
    analysis = _analysed(_db(tmp_path))
    jobs = [(tmp_path / "stop_loss.xlsx", stop_loss.document(analysis)),
            (tmp_path / "restructuring.xlsx", restructuring.document(analysis))]
    write_documents(jobs)
    for path, _ in jobs:
        assert _sales_column(path) == SHOWN, path.name


def test_the_table_the_filter_and_the_panel_show_the_cleaned_name(qtbot, tmp_path: Path
                                                                  ) -> None:
    window = open_window(qtbot, _db(tmp_path))
    column = next(i for i in range(window.proxy.columnCount())
                  if window.proxy.headerData(i, Qt.Orientation.Horizontal) == "Salesperson")
    shown = {window.proxy.customer_at(r).customer:
             window.proxy.index(r, column).data(Qt.ItemDataRole.DisplayRole)
             for r in range(window.proxy.rowCount())}
    assert shown == SHOWN | {"Anchor": ""}
    filters = [window.sales_filter.itemText(i) for i in range(1, window.sales_filter.count())]
    assert filters == ["Li Lei", "张伟"]
    window.sales_filter.setCurrentIndex(filters.index("张伟") + 1)
    assert sorted(visible_customers(window)) == ["Alpha Co", "Beta Co", "Gamma Co"]
    window.search.setText("alpha")
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(0, 1)).center())
    subtitle = window.panel.subtitle.text()
    assert "张伟" in subtitle and "张 伟" not in subtitle


def test_the_month_end_snapshots_store_the_cleaned_name(tmp_path: Path) -> None:
    """The movements view reads the stored snapshots: they hold the one name too (FORMAT
    snapshots-10 recomputes those an earlier version stored with the cells as typed)."""
    conn = connect(_db(tmp_path))
    try:
        stored = snapshots.ensure(conn, [date(2025, 12, 31)])[date(2025, 12, 31)]
    finally:
        conn.close()
    assert {c.customer: c.salesperson for c in stored.customers.values()} == SHOWN | {
        "Anchor": None}
    assert int(fingerprints.FORMAT.split("/")[0].split("-")[1]) >= 10  # this change or later
