"""The window's gui38 pass, each driven through the real window on a real imported database.

The what-if grid showed cents (Revenue given up 12,345.67) beside the customer table's
12,346 and the sentences' "12,346 USD": the window writes amounts one way."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import build, order
from PySide6.QtWidgets import QDialog, QMenu
from test_main_window import open_window, visible_customers

from core import i18n
from core.i18n import tr
from ui.customers.table_model import COLUMN_INDEX

LANGUAGES = ["en", "zh_CN"]


@pytest.fixture
def cents(tmp_path: Path) -> Path:
    """One late buyer whose figures have cents: 12,345.67 of revenue, 8,000.25 still open."""
    build(tmp_path, [
        order("C1", "Cents Late", "2025-07-01", 8_000.25, cost=6_400.20, ship="2025-07-10",
              due="2025-08-01"),
        order("C2", "Cents Late", "2025-05-01", 4_345.42, cost=3_476.34, ship="2025-05-10",
              due="2025-06-10", received=4_345.42, received_on="2025-06-10"),
        order("B1", "Big Payer", "2025-06-01", 90_000, cost=60_000, ship="2025-06-10",
              due="2025-07-10", received=90_000, received_on="2025-07-10"),
    ], receipts_date="2025-12-31").close()
    return tmp_path / "firm.sqlite"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_what_if_grid_shows_whole_amounts_as_the_table_does(
        qtbot, cents, monkeypatch, language):
    i18n.set_language(language)
    window = open_window(qtbot, cents)
    row = visible_customers(window).index("Cents Late")
    window.table.selectRow(row)
    menus: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, *a: menus.append(self))
    window.table.customContextMenuRequested.emit(
        window.table.visualRect(window.proxy.index(row, 1)).center())
    [menu] = menus
    next(a for a in menu.actions() if a.objectName() == "action_what_if").trigger()
    dialog = window.findChild(QDialog, "what_if_dialog")
    assert dialog is not None
    figures = dialog.panel.figures()
    revenue = figures[tr("Revenue given up ({currency})", currency="USD")]
    at_risk = figures[tr("Receivable at risk ({currency})", currency="USD")]
    table = window.proxy.index(row, COLUMN_INDEX["revenue"]).data()
    assert (revenue, at_risk, table) == ("12,346", "8,000", "12,346")  # was 12,345.67, 8,000.25
    assert not any("." in value for label, value in figures.items()
                   if "USD" in label), figures
    dialog.close()
