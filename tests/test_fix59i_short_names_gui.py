"""The customers page tells why AL NOOR stands black beside its full name's credit, and the
real Merge entry of its menu offers Al Noor Trading LLC first; merged, the wire pays the
invoice and it leaves the black list (fix59i, rv59b s22)."""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_corrections import _menu
from test_fix59i_short_names import SHEETS
from test_main_window import open_window, visible_customers

from core.ledger.importer import import_files
from ui.customers import merge_dialog

WAIT = 30000


def test_the_page_says_the_credit_and_the_merge_offers_the_full_name(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "firm.sqlite"
    import_files(db, [write_xlsx(tmp_path / "2025外贸台账.xlsx", SHEETS)])
    window = open_window(qtbot, db)
    short = next(c for c in window.analysis.customers if c.customer == "AL NOOR")
    window.select_customer(short.customer_id)
    shown = window.panel.list_text.text()
    assert "6,000 USD of credit under «Al Noor Trading LLC»" in shown, shown
    monkeypatch.setattr(merge_dialog, "confirm_merge", lambda parent, text: True)
    menu = _menu(window, "AL NOOR")
    next(a for a in menu.actions() if a.objectName() == "correction_merge").trigger()
    menu.close()
    dialog = window.overrides.dialog
    assert dialog.names()[0] == "Al Noor Trading LLC"  # the full name first
    dialog.table.selectRow(0)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "Al Noor Trading LLC" not in visible_customers(window)
    merged = next(c for c in window.analysis.customers if c.customer == "AL NOOR")
    assert (merged.open_amount, merged.list) == (0, "white")
