"""Grouping customers in Chinese said "“Sister A”, “Sister B” 已归入关联客户组…": an English
comma between the names and a gap before the verb, where every other correction reads
"“X”已固定在黑名单"; found reviewing the window in both languages (gui36), driven through the
customer menu's "put the selected customers in a group" entry.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from test_credit_ui import (
    WAIT,
    answer_group,
    menu_of,
    select_rows,
    window,  # noqa: F401 - the fixture
)

from ui.main_window import MainWindow


def test_grouping_in_chinese_lists_the_names_with_the_chinese_comma(
        qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: F811
    window.commands.actions["lang_zh_CN"].trigger()
    sisters = ["Sister A", "Sister B", "Sister C"]
    select_rows(window, sisters)
    answer_group(monkeypatch, "林家")
    menu = menu_of(window, "Sister A")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        menu.findChild(QAction, "correction_group").trigger()
    menu.close()
    said = window.statusBar().currentMessage()
    told = "“Sister A”、“Sister B”、“Sister C”已归入关联客户组“林家”，敞口合并计算。"
    assert said == told
    menu = menu_of(window, "Sister B")
    undo = menu.findChild(QAction, "correction_undo")
    assert undo.text() == "撤销：" + told  # the way back names it as it was said
    menu.close()
