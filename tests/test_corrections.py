"""The customer table's context menu, driven as a person would: right-click a row, choose an
entry. Each correction reaches the database on the runner and the table shows it at once (no
F5); exceptions inside Qt's slots fail the test (pytest-qt's capture is on)."""

from __future__ import annotations

import pytest
from ledgers import build, ten_customers
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from test_main_window import open_window, visible_customers

from core.analysis.names import group_heading, list_heading
from core.overrides import load_overrides
from core.store import opened
from ui import main_window
from ui.customers import merge_dialog
from ui.customers.table_model import COLUMN_INDEX
from ui.main_window import MainWindow

WAIT = 30000


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    build(tmp_path, ten_customers()).close()
    return open_window(qtbot, tmp_path / "firm.sqlite")


def _row(window: MainWindow, name: str) -> int:
    return visible_customers(window).index(name)


def _cell(window: MainWindow, name: str, column: str) -> str:
    return window.proxy.index(_row(window, name), COLUMN_INDEX[column]).data()


def _menu(window: MainWindow, name: str) -> QMenu:
    """Right-click the customer's row: the menu that pops up."""
    rect = window.table.visualRect(window.proxy.index(_row(window, name), 1))
    before = set(window.table.findChildren(QMenu))
    window.table.customContextMenuRequested.emit(rect.center())
    [menu] = [m for m in window.table.findChildren(QMenu)
              if m not in before and m.parent() is window.table]
    assert menu.isVisible()
    return menu


def _choose(qtbot, window: MainWindow, name: str, *path: str) -> None:
    """Pick an entry (through its submenus) and wait for the analysis the change brings."""
    menu = _menu(window, name)
    entries = menu
    for text in path[:-1]:
        entries = next(a.menu() for a in entries.actions() if a.text() == text)
    action = next(a for a in entries.actions() if a.text() == path[-1])
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        action.trigger()
    menu.close()


def _merge(qtbot, window: MainWindow, monkeypatch, keep: str, other: str) -> list[str]:
    """Merge through the chooser: pick the row, press Merge, confirm; the question asked."""
    asked: list[str] = []
    monkeypatch.setattr(merge_dialog, "confirm_merge",
                        lambda parent, text: asked.append(text) or True)
    menu = _menu(window, keep)
    next(a for a in menu.actions() if a.objectName() == "correction_merge").trigger()
    menu.close()
    dialog = window.overrides.dialog
    row = dialog.names().index(other)
    dialog.table.selectRow(row)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    return asked


def _overrides(window: MainWindow):
    with opened(window.db_path) as conn:
        ids = {r["name"]: r["id"] for r in conn.execute("SELECT id, name FROM customers")}
        return ids, load_overrides(conn)


def test_every_entry_of_the_context_menu_changes_the_table_and_the_database(
        qtbot, window, monkeypatch):
    assert _cell(window, "C4", "list") == "" and _cell(window, "C5", "tier") == group_heading(
        "core")
    _choose(qtbot, window, "C4", "Put on a list", list_heading("black"))
    assert _cell(window, "C4", "list") == list_heading("black")
    _choose(qtbot, window, "C5", "Pin to a tier", group_heading("strategic"))
    assert _cell(window, "C5", "tier") == group_heading("strategic")
    _merge(qtbot, window, monkeypatch, "C2", "C10")
    assert "C10" not in visible_customers(window)
    _choose(qtbot, window, "C6", "Leave out of the analysis")
    assert "C6" not in visible_customers(window)
    _choose(qtbot, window, "C7", "Project buyer (judged on 24 months)")
    ids, found = _overrides(window)
    assert found.pinned_list == {ids["C4"]: "black"}
    assert found.pinned_tier == {ids["C5"]: "strategic"}
    assert found.merged_into == {ids["C10"]: ids["C2"]}
    assert found.excluded == {ids["C6"]} and found.project == {ids["C7"]}
    menu = _menu(window, "C7")
    assert next(a for a in menu.actions() if a.isCheckable()).isChecked()
    menu.close()
    _choose(qtbot, window, "C7", "Undo: “C7” is judged as a project buyer, on a 24-month window.")
    ids, found = _overrides(window)
    assert found.project == set() and found.excluded == {ids["C6"]}
    _choose(qtbot, window, "C4", "Remove the pins")
    assert _cell(window, "C4", "list") == ""
    assert _overrides(window)[1].pinned_list == {}


def test_the_panel_s_button_opens_the_same_corrections(qtbot, window, monkeypatch):
    """"Merge, pin or exclude…" above the selected customer's details: the table's customer
    menu, for that customer, and its entries change the database as they do there."""
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_: shown.append(menu))
    window.select_customer(_overrides(window)[0]["C4"])
    qtbot.mouseClick(window.panel.actions, Qt.MouseButton.LeftButton)
    [menu] = shown
    names = {a.objectName() for a in menu.actions() if a.objectName()}
    assert {"correction_merge", "correction_exclude", "correction_credit"} <= names
    exclude = menu.findChild(QAction, "correction_exclude")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        exclude.trigger()
    ids, found = _overrides(window)
    assert found.excluded == {ids["C4"]} and "C4" not in visible_customers(window)


def test_a_refused_correction_is_shown_and_changes_nothing(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(main_window, "show_failed", lambda parent, failure:
                        shown.append((failure.text, "" if failure.refusal else failure.details)))
    before = _overrides(window)
    window.overrides.apply("merge", "#2", "Nobody Like This")
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert "Nobody Like This" in shown[0][0] and shown[0][1] == ""  # a refusal: no details
    assert _overrides(window) == before
