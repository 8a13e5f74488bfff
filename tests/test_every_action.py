"""Every command of the window, from its real QAction, checked on the screen and in the database.

TESTED names, for every action of the menus, the toolbar and the customer's context menu, the
test that triggers it; test_every_action_has_a_test enumerates the actions of a live window and
fails for one that is missing (or unnamed), and for an entry whose test does not mention it.
pytest-qt's exception capture is on (test_exceptions_in_slots_fail_the_test), so an exception
raised in a slot, or a connection that fails, fails the test that triggered it.
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import openpyxl
import pytest
from ledgers import build, receivables_ledger, ten_customers, write_xlsx
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget
from test_main_window import open_window, visible_customers

from core import i18n, settings_store
from core.actions.workbook import header_row
from core.analysis.run import analyse
from core.store import opened
from ui import prefs
from ui.changes import changes_text, counts
from ui.importing.dialog import ImportDialog
from ui.main_window import MainWindow

WAIT = 30000
TESTED = {  # an action's object name -> "test module::test function" that triggers it
    "action_import": "test_every_action::test_import_from_the_menu_remembers_the_folder",
    "action_open_db": "test_every_action::test_open_and_recent_databases",
    "action_recent": "test_every_action::test_open_and_recent_databases",
    "action_export_stop_loss": "test_main_window::test_export_from_the_menu_writes_a_workbook",
    "action_export_restructuring": "test_every_action::test_the_other_exports_from_the_menu",
    "action_export_leap": "test_every_action::test_the_other_exports_from_the_menu",
    "action_print": "test_main_window::test_print_from_the_menu_saves_a_pdf_with_pages",
    "action_sample":
        "test_customer_table::test_the_window_says_sample_data_and_reopens_only_on_what_was_chosen",
    "action_backup": "test_data_safety_gui::test_back_up_and_restore_from_the_file_menu",
    "action_restore": "test_data_safety_gui::test_back_up_and_restore_from_the_file_menu",
    "action_undo_import": "test_data_safety_gui::test_undo_last_import_from_the_file_menu",
    "action_quit": "test_every_action::test_quit_closes_and_keeps_the_layout",
    "action_refresh":
        "test_customer_table::test_the_selected_customer_stays_selected_after_every_new_analysis",
    "action_movements": "test_movements_view::test_the_view_shows_the_year_to_the_analysis_date",
    "action_corrections":
        "test_merge_and_corrections::"
        "test_corrections_lists_every_override_with_its_date_and_takes_each_back",
    "action_show_pyramid": "test_customer_table::test_the_pyramid_folds_away_and_stays_folded",
    "action_settings": "test_every_action::test_settings_say_what_changed_in_the_lists",
    "action_lang_system": "test_every_action::test_the_language_menu",
    "action_lang_zh_CN": "test_every_action::test_the_language_menu",
    "action_lang_en": "test_every_action::test_the_language_menu",
    "action_guide": "test_every_action::test_the_guide_from_the_help_menu",
    "action_about": "test_about_ui50::test_about_from_the_help_menu_in_both_languages",
    "correction_merge": "test_corrections::test_every_entry_of_the_context_menu_changes_the_table"
                        "_and_the_database",
    "correction_pin_list": "test_corrections::test_every_entry_of_the_context_menu_changes_the_"
                           "table_and_the_database",
    "correction_pin_tier": "test_corrections::test_every_entry_of_the_context_menu_changes_the_"
                           "table_and_the_database",
    "correction_unpin": "test_corrections::test_every_entry_of_the_context_menu_changes_the_"
                        "table_and_the_database",
    "correction_project": "test_corrections::test_every_entry_of_the_context_menu_changes_the_"
                          "table_and_the_database",
    "correction_exclude": "test_corrections::test_every_entry_of_the_context_menu_changes_the_"
                          "table_and_the_database",
    "correction_undo": "test_corrections::test_every_entry_of_the_context_menu_changes_the_"
                       "table_and_the_database",
    "correction_list": "test_merge_and_corrections::"
                       "test_all_corrections_from_the_customer_menu_opens_the_view",
    "action_what_if": "test_what_if_view::test_what_if_for_the_rows_selected_in_the_table",
    "correction_credit": "test_credit_ui::test_insuring_from_the_dialog_takes_a_customer_off_the_"
                         "black_list",
    "correction_group": "test_credit_ui::test_grouping_the_selected_rows_at_once_and_undoing_it",
    "correction_ungroup": "test_credit_ui::test_grouping_three_sisters_and_leaving_the_group",
}


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            found += _menu_actions(action.menu())
        else:
            found.append(action)
    return found


def window_actions(window: MainWindow) -> list[QAction]:
    """Every action a person can reach: the menus (recent databases included), the toolbar,
    and the customer menu of the table (with a pinned customer, so "Remove the pins" shows)."""
    found = [a for menu in window.menuBar().findChildren(QMenu, options=Qt.FindChildOption
                                                          .FindDirectChildrenOnly)
             for a in _menu_actions(menu)]
    toolbar = window.toolbar  # its buttons; the date boxes on it are widgets, not commands
    found += [a for a in toolbar.actions()
              if isinstance(toolbar.widgetForAction(a), QToolButton)]
    customer = window.proxy.customer_at(0)
    customer.pinned_list, customer.credit_group = "watch", "Lin family"  # every entry shows
    window.table.selectRow(0)
    window.table.selectionModel().select(  # and a second row: the group entry shows
        window.proxy.index(1, 0), QItemSelectionModel.SelectionFlag.Select
        | QItemSelectionModel.SelectionFlag.Rows)
    rect = window.table.visualRect(window.proxy.index(0, 1))
    before = set(window.table.findChildren(QMenu))
    window.table.customContextMenuRequested.emit(rect.center())
    menus = [m for m in window.table.findChildren(QMenu) if m not in before]
    for menu in menus:
        found += _menu_actions(menu)
        menu.close()
    return found


def test_every_action_has_a_test(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.commands.remember_recent(tmp_path / "firm.sqlite")
    actions = window_actions(window)
    names = {a.objectName() for a in actions}
    assert "" not in names, [a.text() for a in actions if not a.objectName()]
    assert {"action_recent", "correction_unpin", "action_what_if", "action_quit"} <= names
    assert sorted(names - set(TESTED)) == []  # a new action needs its test, named here
    assert sorted(set(TESTED) - names) == []  # and a test of a gone action goes with it
    for name, where in TESTED.items():  # the test is there, and its module names the action
        module, function = where.split("::")
        test = getattr(importlib.import_module(module), function)
        source = inspect.getsource(inspect.getmodule(test))
        key = name.split("_", 1)[1]
        assert inspect.isfunction(test) and function.startswith("test_")
        assert name in source or f'"{key}"' in source or (
            name.startswith("correction_") and "_choose" in inspect.getsource(test)), where


def test_exceptions_in_slots_fail_the_test(request):
    assert not request.config.getini("qt_no_exception_capture")


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    build(tmp_path, ten_customers()).close()
    return open_window(qtbot, tmp_path / "firm.sqlite")


def test_import_from_the_menu_remembers_the_folder(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, tmp_path / "new.sqlite")
    assert window.stack.currentWidget() is window.welcome
    folder = tmp_path / "ledgers"
    folder.mkdir()
    ledger = write_xlsx(folder / "11月.xlsx", {"11月": [
        ["合同号", "客户", "下单日期", "金额"], ["P1", "Alpha", "2025-11-03", 1000],
        ["P2", "Beta", "2025-11-04", 2000], ["合计", None, None, 3000]]})
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(
        lambda parent, title, start, filters: asked.append(start) or ([str(ledger)], "")))
    monkeypatch.setattr(ImportDialog, "open", lambda self: self.show())
    window.commands.actions["import"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert sorted(visible_customers(window)) == ["Alpha", "Beta"]
    assert window.stack.currentWidget() is window.tabs
    with opened(window.db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 2
    assert "1 totals row (合计, 小计, Total) left out" in dialog.result_page.files.text()
    assert prefs.folder("import") == str(folder)  # next month starts here
    dialog.close()
    window.commands.actions["import"].trigger()
    assert asked[-1] == str(folder)


def test_open_and_recent_databases(qtbot, tmp_path, monkeypatch):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
    build(first, ten_customers()).close()
    build(second, receivables_ledger(), receipts_date="2025-12-31").close()
    window = open_window(qtbot, first / "firm.sqlite")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(second / "firm.sqlite"), "")))
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.commands.actions["open_db"].trigger()
    assert window.db_path == second / "firm.sqlite" and "Day SixtyOne" in visible_customers(
        window)
    assert prefs.preferences().value("database") == str(second / "firm.sqlite")
    assert prefs.folder("database") == str(second)
    window.commands.remember_recent(first / "firm.sqlite")
    recent = [a for a in window.commands.menus["recent"].actions()
              if a.objectName() == "action_recent" and a.text() == str(first / "firm.sqlite")]
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        recent[0].trigger()
    assert window.db_path == first / "firm.sqlite" and "C1" in visible_customers(window)
    assert window.windowTitle().endswith("firm.sqlite")


def test_the_other_exports_from_the_menu(qtbot, tmp_path, sample_db, monkeypatch):
    import shutil

    db = tmp_path / "copy.sqlite"
    shutil.copy(sample_db, db)
    window = open_window(qtbot, db)
    out = tmp_path / "lists"
    written: list[Path] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    for key, sheet in (("export_restructuring", "Core customers"),
                       ("export_leap", "Referral candidates")):
        target = out / f"{key}.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, t=target, **k: (str(t), "")))
        with qtbot.waitSignal(window.runner.busy, check_params_cb=lambda busy: not busy,
                              timeout=60000):
            window.commands.actions[key].trigger()
        book = openpyxl.load_workbook(target)
        assert sheet in book.sheetnames and header_row(book[sheet]) >= 1
        written.append(target)
    core = openpyxl.load_workbook(written[0])["Core customers"]
    names = {r[0] for r in core.iter_rows(min_row=header_row(core) + 1, values_only=True)}
    assert names == {c.customer for c in window.analysis.customers if c.tier == "core"}
    assert prefs.folder("export") == str(out)
    assert str(out) in window.commands.last_export_box.text()


def test_quit_closes_and_keeps_the_layout(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.commands.actions["quit"].trigger()
    assert not window.isVisible()
    assert prefs.preferences().value("window/geometry") is not None


def test_settings_say_what_changed_in_the_lists(qtbot, tmp_path, monkeypatch):
    from ui.settings.dialog import SettingsDialog

    build(tmp_path, receivables_ledger(), receipts_date="2025-12-31").close()
    db = tmp_path / "firm.sqlite"
    window = open_window(qtbot, db)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.as_of_edit.setDate(QDate(2025, 12, 31))
    monkeypatch.setattr(SettingsDialog, "open", lambda self: self.show())
    window.commands.actions["settings"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, SettingsDialog), timeout=WAIT)
    dialog = window.commands.dialog
    field = dialog.fields["stop_loss_days"]
    field.editor.setValue(30)  # as typed: marks the field touched
    with opened(db) as conn:
        before = counts(analyse(conn, window.analysis.as_of))
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with opened(db) as conn:
        assert settings_store.load(conn)["stop_loss_days"] == 30
        after = counts(analyse(conn, window.analysis.as_of))
    assert after != before
    message = window.statusBar().currentMessage()
    assert message == changes_text(before, after)
    old, new = before[("list", "black")], after[("list", "black")]
    assert f"Black list: {old} → {new}" in message and new > old


def test_the_language_menu(qtbot, window, monkeypatch):
    window.commands.actions["lang_zh_CN"].trigger()
    assert window.tabs.tabText(0) == "客户" and prefs.chosen_language() == "zh_CN"
    assert window.browser.count.text().startswith("显示 12 / 12")
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    window.commands.actions["lang_system"].trigger()
    assert prefs.chosen_language() == ""  # follows the system from now on
    assert window.tabs.tabText(0) == "Customers"  # the system's language, at once
    assert window.commands.actions["lang_system"].isChecked()
    window.commands.actions["lang_en"].trigger()
    assert window.tabs.tabText(0) == "Customers" and prefs.chosen_language() == "en"
    assert window.browser.count.text() == "Showing 12 of 12"


def test_the_guide_from_the_help_menu(qtbot, window):
    from ui import help as guide

    window.commands.actions["guide"].trigger()
    dialog = guide._open
    assert dialog is not None and dialog.isVisible() and dialog.topic == "rfmt"
    assert "R, F, M and T" in dialog.browser.toPlainText() and dialog.parentWidget() is window
    assert isinstance(dialog, QWidget)
    dialog.close()
