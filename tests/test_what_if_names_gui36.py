"""The "If supply to the black list stopped" card named its customers "Amstel Trading B.V.,
Bharat Impex Pvt. Ltd., …" with an English comma in the Chinese window too, where the chat
lines printed under it list the same customers "Amstel Trading B.V.（…）、Hogar …" (gui36: the
print dialog reviewed in both languages). The names are now listed as the language in force
lists them, in the print dialog and in the table's what-if alike.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from test_credit_ui import menu_of, select_rows
from test_main_window import open_window

from core.actions.cell_looks import plain_letters
from ui.main_window import MainWindow
from ui.printing.dialog import PrintDialog


def _window(qtbot, sample_db: Path, tmp_path: Path) -> MainWindow:
    window = open_window(qtbot, Path(shutil.copy(sample_db, tmp_path / "firm.sqlite")))
    window.commands.actions["lang_zh_CN"].trigger()
    return window


def test_the_print_dialog_s_what_if_lists_its_names_the_chinese_way(qtbot, sample_db, tmp_path,
                                                                    monkeypatch):
    window = _window(qtbot, sample_db, tmp_path)
    monkeypatch.setattr(PrintDialog, "open", lambda self: self.show())
    window.commands.actions["print"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, PrintDialog)
    dialog.choose("black")
    names = dialog.what_if.found.customers
    assert len(names) > 2
    names = [plain_letters(name) for name in names]  # as the lists print them (print36b)
    assert dialog.what_if.names.text() == "、".join(names)
    window.commands.actions["lang_en"].trigger()  # and back: the English way again
    qtbot.waitUntil(lambda: dialog.what_if.names.text() == ", ".join(names))  # its event
    dialog.reject()


def test_the_table_s_what_if_lists_its_names_the_chinese_way(qtbot, sample_db, tmp_path):
    window = _window(qtbot, sample_db, tmp_path)
    chosen = sorted(c.customer for c in window.analysis.customers if c.list == "black")[:3]
    select_rows(window, chosen)
    menu = menu_of(window, chosen[0])
    action = menu.findChild(QAction, "action_what_if")
    assert action is not None and "（3 家）" in action.text()
    action.trigger()
    menu.close()
    [dialog] = [d for d in window.findChildren(QDialog) if d.objectName() == "what_if_dialog"]
    shown = dialog.panel.names.text()
    assert shown == "、".join(dialog.panel.found.customers)
    assert sorted(dialog.panel.found.customers) == chosen
    dialog.close()
