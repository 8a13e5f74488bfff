"""Credit limits, insurance, groups and lifetime value in the window, driven as a person would:
right-click a customer, choose "Credit limit, insurance and group…", fill the dialog, press OK;
read the table, the detail panel and the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMenu
from test_credit import HEADER, ROWS
from test_main_window import open_window, visible_customers

from core.analysis.names import list_heading
from core.ledger.importer import import_files
from core.overrides import load_overrides
from core.store import opened
from ui.customers.credit import CreditDialog
from ui.customers.group_dialog import GroupDialog
from ui.customers.table_model import COLUMN_INDEX
from ui.main_window import MainWindow

WAIT = 30000
ENTRY = "Credit limit, insurance and group…"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *ROWS]})
    import_files(tmp_path / "firm.sqlite", [path])
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    qtbot.waitUntil(lambda: window.analysis is not None and window.analysis.lifetime
                    is not None, timeout=WAIT)
    return window


def cell(window: MainWindow, name: str, column: str) -> str:
    row = visible_customers(window).index(name)
    return window.proxy.index(row, COLUMN_INDEX[column]).data()


def menu_of(window: MainWindow, name: str) -> QMenu:
    """Right-click the customer's row: the menu that pops up."""
    row = visible_customers(window).index(name)
    rect = window.table.visualRect(window.proxy.index(row, 1))
    before = set(window.table.findChildren(QMenu))
    window.table.customContextMenuRequested.emit(rect.center())
    [menu] = [m for m in window.table.findChildren(QMenu)
              if m not in before and m.parent() is window.table]
    return menu


def entry(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def select_rows(window: MainWindow, names: list[str]) -> None:
    """These customers' rows selected, and only they."""
    selection = window.table.selectionModel()
    selection.clearSelection()
    for name in names:
        index = window.proxy.index(visible_customers(window).index(name), 0)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def answer_group(monkeypatch, name: str | None, asked: list[str] | None = None) -> None:
    """The group box, once it opens, answered as a person would: `name` typed and OK pressed
    (None: Cancel); its question kept in `asked`. Not shown: a window shown closes the menu
    the test still holds (tests/test_group_box_ui50.py shows it)."""
    def answer(dialog: GroupDialog) -> None:
        if asked is not None:
            asked.append(dialog.question.text())
        if name is None:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
            return
        dialog.name.setCurrentText(name)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    monkeypatch.setattr(GroupDialog, "open", answer)


def open_dialog(window: MainWindow, name: str) -> CreditDialog:
    menu = menu_of(window, name)
    action = menu.findChild(QAction, "correction_credit")
    assert action is not None and action.text() == ENTRY
    action.trigger()
    menu.close()
    dialog = window.credit.dialog
    assert dialog is not None and dialog.isVisible() and dialog.customer.customer == name
    return dialog


def press_ok(qtbot, window: MainWindow, dialog: CreditDialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def overrides(window: MainWindow):
    with opened(window.db_path) as conn:
        ids = {r["name"]: r["id"] for r in conn.execute("SELECT id, name FROM customers")}
        return ids, load_overrides(conn)


def test_insuring_from_the_dialog_takes_a_customer_off_the_black_list(qtbot, window):
    assert cell(window, "Lone Debtor", "list") == list_heading("black")
    dialog = open_dialog(window, "Lone Debtor")
    dialog.insurance.setCurrentIndex(dialog.insurance.findData("insured"))
    assert dialog.insurer.isEnabled() and dialog.percent.value() == 90
    dialog.percent.setValue(85)
    dialog.insurer.setCurrentText("Coface")
    press_ok(qtbot, window, dialog)
    assert cell(window, "Lone Debtor", "list") == list_heading("watch")
    ids, found = overrides(window)
    assert found.insurance == {ids["Lone Debtor"]: ("Coface", 85.0)}
    window.select_customer(ids["Lone Debtor"])
    text = window.panel.credit_card.text.text()
    assert "85% insured with Coface (set by hand)" in text
    assert "51,000" in text  # 85 % of the 60,000 it owes


def test_a_limit_typed_in_the_dialog_and_cleared_again(qtbot, window):
    ids, _ = overrides(window)
    window.select_customer(ids["Over Limit"])
    assert "30,000 USD (from the ledger)" in window.panel.credit_card.text.text()
    assert cell(window, "Over Limit", "list") == list_heading("watch")
    dialog = open_dialog(window, "Over Limit")
    assert dialog.limit.text() == "" and "30,000" in dialog.limit.placeholderText()
    qtbot.keyClicks(dialog.limit, "50000")
    press_ok(qtbot, window, dialog)
    assert cell(window, "Over Limit", "list") != list_heading("watch")
    assert overrides(window)[1].credit_limits == {ids["Over Limit"]: (50_000.0, "USD")}
    dialog = open_dialog(window, "Over Limit")
    assert dialog.limit.text() == "50000"
    dialog.limit.clear()
    press_ok(qtbot, window, dialog)
    assert cell(window, "Over Limit", "list") == list_heading("watch")
    assert overrides(window)[1].credit_limits == {}


def test_grouping_three_sisters_and_leaving_the_group(qtbot, window):
    before = {name: cell(window, name, "list") for name in ("Sister A", "Sister B", "Sister C")}
    assert set(before.values()) == {list_heading("watch")}
    for name in before:
        dialog = open_dialog(window, name)
        dialog.group.setCurrentText("Lin family")
        press_ok(qtbot, window, dialog)
    assert {cell(window, name, "list") for name in before} == {list_heading("black")}
    ids, found = overrides(window)
    assert found.groups == {ids[name]: "Lin family" for name in before}
    window.select_customer(ids["Sister A"])
    assert "Group “Lin family”: Sister A, Sister B, Sister C" in (
        window.panel.credit_card.text.text())
    menu = menu_of(window, "Sister C")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        leave = menu.findChild(QAction, "correction_ungroup")
        assert leave.text() == "Leave the group “Lin family”"
        leave.trigger()
    menu.close()
    assert {name: cell(window, name, "list") for name in before} == before


def test_the_panel_and_the_table_show_the_lifetime_value(qtbot, window):
    analysis = window.analysis
    assert analysis is not None and analysis.lifetime is not None
    ids, _ = overrides(window)
    window.select_customer(ids["Payer"])
    payer = analysis.customer("Payer")
    assert payer is not None and payer.clv is not None and payer.p_alive is not None
    text = window.panel.value_card.text.text()
    assert f"{payer.clv:,.0f}" in text
    assert text.startswith(f"Chance still buying: {payer.p_alive:.0%}. ")  # the clv column's words
    assert "rough guide" in window.panel.value_card.model.text()
    assert "simple retention model" in window.panel.value_card.model.toolTip()
    assert cell(window, "Payer", "clv") == f"{payer.clv:,.0f}"
    # a new analysis (F5) is valued again, after it is shown
    with qtbot.waitSignal(window.valued, timeout=WAIT):
        window.commands.actions["refresh"].trigger()
    assert window.analysis is not analysis and window.analysis.lifetime is not None


def test_grouping_the_selected_rows_at_once_and_undoing_it(qtbot, window, monkeypatch):
    sisters = ["Sister A", "Sister B", "Sister C"]
    before = {name: cell(window, name, "list") for name in sisters}
    select_rows(window, sisters)
    asked: list[str] = []
    answer_group(monkeypatch, "Lin family", asked)
    menu = menu_of(window, "Sister A")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        group = menu.findChild(QAction, "correction_group")
        assert group.text() == "Put the 3 selected customers in a group…"
        group.trigger()
    menu.close()
    assert asked and asked[0].startswith("The group of these 3 customers")
    assert {cell(window, name, "list") for name in sisters} == {list_heading("black")}
    menu = menu_of(window, "Sister B")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        entry(menu, "Undo: “Sister A”, “Sister B”, “Sister C” joined the group “Lin family”: "
              "their exposure is summed.").trigger()  # one change for the three
    menu.close()
    assert {name: cell(window, name, "list") for name in sisters} == before
    assert overrides(window)[1].groups == {}
