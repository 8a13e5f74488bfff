"""An upgrade suggestion waits while the customer is on the watch list, as it does on the black.

Before, the December sample's Protea Trading, a core customer on the watch list for an invoice
124 days past due, was also "One criterion short of Strategic customer" in the restructuring
workbook, the detail panel and `customers --json`: a sales meeting was told to grow a customer
whose payments are being watched. Now core holds the suggestion (upgrade_candidate None) and
says why (upgrade_held), and every place that shows it reads that one verdict."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from test_main_window import open_window, visible_customers

from core import i18n
from core.actions import restructuring
from core.actions.export import for_salesperson, write_documents
from core.analysis.model import Analysis
from core.analysis.run import analyse
from core.cli.main import run
from core.store import connect

PROTEA = "Protea Trading (Pty) Ltd"
HELD = {"en": "One criterion short of strategic; the upgrade is held while on the watch list: "
              "YF25-0207 (INV25-0201): 21,430 USD open, 124 days past due",
        "zh_CN": "再达标一项指标即可升为战略；在观察名单期间暂缓升级：YF25-0207（INV25-0201）"}


@pytest.fixture
def firm(sample_db: Path) -> Analysis:
    conn = connect(sample_db)
    try:
        return analyse(conn)
    finally:
        conn.close()


def _protea(analysis: Analysis):
    return next(c for c in analysis.customers if c.customer == PROTEA)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_core_holds_the_upgrade_of_a_watched_customer_and_says_why(firm: Analysis,
                                                                   language: str) -> None:
    i18n.set_language(language)
    c = _protea(firm)
    assert c.list == "watch" and c.tier == "core" and c.criteria_passed == 2
    assert c.upgrade_candidate is None
    assert c.upgrade_held is not None and c.upgrade_held.code == "upgrade_held_watch"
    assert c.upgrade_held.text.startswith(HELD[language])
    assert c.suspended is None  # its tier's service plan goes on: only the upgrade waits
    # a white-listed customer one criterion short is still put forward
    assert any(o.upgrade_candidate == "strategic" and o.list == "white" and not o.upgrade_held
               for o in firm.customers)


def test_the_cli_says_the_same(sample_db: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["customers", "--db", str(sample_db), "--json"], out, err) == 0
    found = next(c for c in json.loads(out.getvalue())["customers"] if c["customer"] == PROTEA)
    assert found["upgrade_candidate"] is None
    assert found["upgrade_held"]["code"] == "upgrade_held_watch"
    assert found["upgrade_held"]["text"].startswith(HELD["en"])


def _upgrade_cells(path: Path) -> tuple[str, int]:
    """Protea's "Upgrade chance" cell on the core sheet, and the overview's candidate count."""
    book = openpyxl.load_workbook(path)
    cell, count = "", -1
    for sheet in book.worksheets:
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        for values in rows:
            if values and values[0] == "Candidates for a higher tier":
                count = int(values[1])
            if values and values[0] == PROTEA:
                header = next(r for r in rows if "Upgrade chance" in r)
                cell = values[header.index("Upgrade chance")]
    return cell, count


def test_the_restructuring_workbook_holds_it_in_both_copies(firm: Analysis, tmp_path: Path
                                                           ) -> None:
    owner = tmp_path / "restructuring.xlsx"
    sales = tmp_path / "restructuring_陈杰.xlsx"
    write_documents([(owner, restructuring.document(firm)),
                     (sales, restructuring.document(for_salesperson(firm, "陈杰"), "陈杰"))])
    cell, count = _upgrade_cells(owner)
    assert cell.startswith(HELD["en"])
    assert count == sum(1 for c in firm.customers if c.active and c.upgrade_candidate)
    cell, _ = _upgrade_cells(sales)
    assert cell.startswith("Waits: ") and "strategic" not in cell.casefold()
    assert "124 days" not in cell  # the firm's thresholds stay in the owner's copy


PANEL = {"en": ("One criterion short of strategic; the upgrade is held while on the watch list "
                "(why: “Stop-loss list and action” below).", "Service plan:"),
         "zh_CN": ("再达标一项指标即可升为战略；在观察名单期间暂缓升级"
                   "（原因见下方“止损名单和行动”）。", "服务方案：")}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_detail_panel_says_the_upgrade_waits(qtbot, tmp_path: Path, sample_db: Path,
                                                language: str) -> None:
    i18n.set_language(language)
    db = Path(shutil.copy(sample_db, tmp_path / "firm.sqlite"))
    window = open_window(qtbot, db)
    window.search.setText("Protea")
    assert visible_customers(window) == [PROTEA]
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(0, 1)).center())
    tier = window.panel.tier_text.text().splitlines()
    held, plan = PANEL[language]
    assert held in tier
    assert not any(line.startswith(held.split("；")[0].split(";")[0]) and line != held
                   for line in tier)  # not also put forward, as before
    assert any(line.startswith(plan) for line in tier)  # its tier's service goes on
