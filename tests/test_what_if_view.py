"""The what-if and the leap phase in the app: the table's context menu on a selection, the panel
before the black list is printed, the leap plan in the export and print menus."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from ledgers import build
from pdf_reading import pdf_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox
from test_cli import cli
from test_leap import _build as build_leap_firm
from test_main_window import (
    open_window,
    visible_customers,
)
from test_movements import _ledger as moving
from test_movements import moved_between
from test_what_if import AS_OF, _ledger

from core.actions.workbook import header_row
from core.analysis.snapshots import previous_month_end
from core.analysis.what_if import shown, summary_rows, what_if
from core.i18n import amount_text
from core.store import opened
from ui.printing.dialog import PrintDialog


@pytest.fixture
def firm(tmp_path: Path) -> Path:
    build(tmp_path, _ledger(), receipts_date=AS_OF).close()
    return tmp_path / "firm.sqlite"


def _cli_figures(db: Path, labels_from, *args: str) -> dict[str, str]:
    """The what-if as `main.py what-if --json` gives it, in the panel's words and formats
    (whole amounts, as the window shows money: core.analysis.what_if.shown)."""
    code, out, err = cli("what-if", "--db", str(db), "--as-of", AS_OF, "--json", *args)
    assert code == 0, err
    found = json.loads(out)
    keys = ["customers", "revenue_given_up", "gross_profit_given_up", "receivable_at_risk",
            "capital_tied_up", "capital_cost_saved_per_year", "orders_saved", "margin_before",
            "margin_after"]
    values = [len(found["customers"]), *(found[k] for k in keys[1:])]
    kinds = ["int", "money", "money", "money", "money", "money", "int", "percent", "percent"]
    labels = [label for label, _, _ in summary_rows(what_if(labels_from, []))]
    return {label: shown(v, k) for label, v, k in zip(labels, values, kinds, strict=True)}


def open_at(qtbot, db: Path):
    """The window, analysed as of the date the command line is asked about."""
    window = open_window(qtbot, db)
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.as_of_edit.setDate(QDate.fromString(AS_OF, "yyyy-MM-dd"))
    return window


def _row_of(window, name: str) -> int:
    return visible_customers(window).index(name)


def test_what_if_for_the_rows_selected_in_the_table(qtbot, firm: Path, monkeypatch):
    window = open_at(qtbot, firm)
    chosen = ["Small Late", "Mid"]
    for number, name in enumerate(chosen):
        rect = window.table.visualRect(window.proxy.index(_row_of(window, name), 1))
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier if number else
                         Qt.KeyboardModifier.NoModifier, rect.center())
    menus: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, *a: menus.append(self))
    pos = window.table.visualRect(window.proxy.index(_row_of(window, "Mid"), 1)).center()
    window.table.customContextMenuRequested.emit(pos)
    [menu] = menus
    action = next(a for a in menu.actions() if a.objectName() == "action_what_if")
    assert action.text() == "What if we stop supplying these (2)…"
    action.trigger()
    dialog = window.findChild(QDialog, "what_if_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.panel.figures() == _cli_figures(firm, window.analysis, "--customers", *chosen)
    assert dialog.panel.names.text() == ", ".join(sorted(chosen, key=str.casefold))
    assert "Dongguan" in dialog.panel.words.text()
    assert "one firm's account" in dialog.panel.words.text()


def test_the_print_dialog_shows_the_black_list_s_what_if(qtbot, firm: Path):
    window = open_at(qtbot, firm)
    window.commands.actions["print"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, PrintDialog) and dialog.which() == "black"
    assert dialog.what_if.isVisibleTo(dialog)
    assert dialog.what_if.figures() == _cli_figures(firm, window.analysis)
    dialog.choose("watch")
    assert not dialog.what_if.isVisibleTo(dialog)
    dialog.choose("black")
    dialog.choose_salesperson("")  # a salesperson's copy: no firm figures on it
    assert not dialog.what_if.isVisibleTo(dialog)
    dialog.close()


def export_from_menu(qtbot, window, monkeypatch, action: str, target: Path):
    """File → Export…: the save dialog answers `target`; the workbook as written."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    with qtbot.waitSignal(window.runner.busy, check_params_cb=lambda busy: not busy,
                          timeout=60000):
        window.commands.actions[action].trigger()
    return openpyxl.load_workbook(target)


def test_the_leap_plan_from_the_export_and_print_menus(qtbot, tmp_path: Path, monkeypatch):
    window = open_at(qtbot, build_leap_firm(tmp_path))
    book = export_from_menu(qtbot, window, monkeypatch, "export_leap",
                            tmp_path / "out" / "leap.xlsx")
    assert book.sheetnames == ["Overview", "Referral candidates", "Not yet eligible"]
    sheet = book["Referral candidates"]  # the invitation above, then the table
    assert [r[0] for r in sheet.iter_rows(min_row=header_row(sheet) + 1, values_only=True)
            ] == ["Veteran"]
    window.commands.actions["print"].trigger()
    dialog = window.commands.dialog
    dialog.choose("referral")
    text = dialog.document().toPlainText()
    assert "Referral candidates" in text and "Veteran" in text and "Young" not in text
    assert "15% commission" in text and "illustration, not a forecast" in text
    written = dialog.save_pdf_to(tmp_path / "leap.pdf")
    assert written is not None and written.read_bytes().startswith(b"%PDF")
    dialog.close()
    printed = pdf_text(written)  # the PDF read back: the candidate, as the database has it
    with opened(tmp_path / "firm.sqlite") as conn:
        [(first, salesperson)] = conn.execute(
            "SELECT min(o.order_date), max(c.salesperson) FROM orders o JOIN customers c "
            "ON c.id = o.customer_id WHERE c.name = 'Veteran'").fetchall()
        [(revenue, profit)] = conn.execute(  # in the twelve months to the date printed
            "SELECT sum(l.amount), sum(l.amount - l.cost) FROM order_lines l JOIN orders o "
            "ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
            "WHERE c.name = 'Veteran' AND o.order_date > date(?, '-12 months')",
            (AS_OF,)).fetchall()
    assert f"Referral candidates As of {AS_OF} " in printed
    years = (date.fromisoformat(AS_OF) - date.fromisoformat(first)).days / 365.25
    assert (f"Veteran {salesperson} {first} {years:.1f} {amount_text(revenue)} "
            f"{amount_text(profit)} {profit / revenue:.1%} A" in printed), printed
    assert "15% commission" in printed and "illustration, not a forecast" in printed
    for other in ("Young", "Late Payer", "Listed", "Core Vet", "Small One"):
        assert other not in printed  # each fails a condition: not on the printed list


def test_the_restructuring_export_carries_this_month_s_moves(qtbot, tmp_path: Path,
                                                             monkeypatch):
    build(tmp_path, moving()).close()
    db = tmp_path / "firm.sqlite"
    window = open_window(qtbot, db)
    with qtbot.waitSignal(window.analysed, timeout=30000):  # June: a customer came back
        window.as_of_edit.setDate(QDate(2025, 6, 30))
    book = export_from_menu(qtbot, window, monkeypatch, "export_restructuring",
                            tmp_path / "plan.xlsx")
    moved = book["Moved this month"]
    listed = {row[0] for row in moved.iter_rows(min_row=header_row(moved) + 1,
                                                values_only=True)}
    as_of = window.analysis.as_of
    assert listed and listed == moved_between(db, previous_month_end(as_of), as_of)
