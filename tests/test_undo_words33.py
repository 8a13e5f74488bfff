"""Undo says whose change it takes back, before it is taken.

A clerk pinned Protea to the black list, right-clicked Krakow and chose "Undo the last
change": Protea's pin went, said only afterwards. The entry now names the change ("Undo:
“Protea” is pinned to the black list."), greyed out with a plain word when there is none;
the command line says the same words (core describes the change headlessly), and an undo
offered for one change never takes back another made since.
"""

from __future__ import annotations

import sqlite3

import pytest
from languages import in_chinese
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_corrections import WAIT, _choose, _menu, _overrides, window  # noqa: F401 - fixture
from test_overrides import conn, run  # noqa: F401 - fixture

from core import i18n
from core.analysis.names import list_heading
from core.messages import Refusal
from core.override_changes import NOTHING_TO_UNDO, exclude, last_change, pin, undo
from core.overrides import load_overrides
from core.store import opened
from ui import main_window


def test_core_names_the_change_an_undo_takes_back(conn: sqlite3.Connection):  # noqa: F811
    assert last_change(conn) is None
    pin(conn, "Beta GmbH", "black")
    last = last_change(conn)
    assert last is not None
    assert last.offer.text == "Undo: “Beta GmbH” is pinned to the black list."
    assert in_chinese(lambda: last.offer.text) == "撤销：“Beta GmbH”已固定在黑名单。"
    assert undo(conn, last.entry).text == "Undone: “Beta GmbH” is pinned to the black list."
    assert load_overrides(conn).pinned_list == {} and last_change(conn) is None


def test_an_undo_offered_for_one_change_leaves_a_later_one(conn: sqlite3.Connection):  # noqa: F811
    pin(conn, "Beta GmbH", "black")
    offered = last_change(conn)
    assert offered is not None
    exclude(conn, "Gamma LLC")  # made after the menu named Beta's pin
    with pytest.raises(Refusal) as refused:
        undo(conn, offered.entry)
    assert refused.value.code == "undo_moved"
    assert "“Gamma LLC” is left out of the analysis." in refused.value.text
    found = load_overrides(conn)
    assert found.pinned_list and found.excluded  # neither taken back


def test_the_command_line_says_the_menu_s_words(conn, db_path):  # noqa: F811
    db = ["--db", str(db_path)]
    assert run("customer", "undo", "--show", *db) == (1, "", "Nothing to undo\n")
    pin(conn, "Beta GmbH", "black")
    said = (0, "Undo: “Beta GmbH” is pinned to the black list.\n", "")
    assert run("customer", "undo", "--show", *db) == said
    assert run("customer", "undo", "--show", "--lang", "zh_CN", *db) == (
        0, "撤销：“Beta GmbH”已固定在黑名单。\n", "")
    assert load_overrides(conn).pinned_list  # --show took nothing back
    assert run("customer", "undo", *db)[1] == "Undone: “Beta GmbH” is pinned to the black list.\n"
    assert run("customer", "undo", *db) == (1, "", "Nothing to undo\n")
    assert in_chinese(lambda: NOTHING_TO_UNDO.text) == "没有可撤销的操作"


def _undo_entry(shown, name: str) -> QAction:
    """Right-click `name`'s row in the window `shown`: its Undo entry."""
    menu = _menu(shown, name)
    return menu.findChild(QAction, "correction_undo")


def test_undo_in_another_customer_s_menu_names_the_change_it_takes_back(qtbot, window):  # noqa: F811
    entry = _undo_entry(window, "C7")
    assert (entry.text(), entry.isEnabled()) == ("Nothing to undo", False)
    entry.parent().close()
    _choose(qtbot, window, "C4", "Put on a list", list_heading("black"))
    ids, found = _overrides(window)
    assert found.pinned_list == {ids["C4"]: "black"}
    entry = _undo_entry(window, "C7")  # right-click another customer
    assert entry.isEnabled()
    assert entry.text() == "Undo: “C4” is pinned to the black list."
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        entry.trigger()
    entry.parent().close()
    assert _overrides(window)[1].pinned_list == {}
    assert window.statusBar().currentMessage() == (
        "Undone: “C4” is pinned to the black list.")
    entry = _undo_entry(window, "C4")
    assert (entry.text(), entry.isEnabled()) == ("Nothing to undo", False)


def test_the_undo_entry_in_chinese(qtbot, window):  # noqa: F811
    _choose(qtbot, window, "C4", "Put on a list", list_heading("black"))
    entry = in_chinese(lambda: _undo_entry(window, "C7"))
    assert entry.text() == "撤销：“C4”已固定在黑名单。"


def _export(qtbot, window, target) -> str:  # noqa: F811 - the fixture
    """Export the stop-loss lists from the File menu to `target`: the finish box's words."""
    with qtbot.waitSignal(window.runner.busy, check_params_cb=lambda busy: not busy,
                          timeout=WAIT):
        window.commands.actions["export_stop_loss"].trigger()
    assert target.exists()
    return window.commands.last_export_box.text()


def test_the_export_box_names_the_file_written(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    target = tmp_path / "lists" / "stop-loss May.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    assert _export(qtbot, window, target) == f"Written to {target}. Open its folder?"
    target.unlink()
    i18n.set_language("zh_CN")
    try:
        said = _export(qtbot, window, target)
    finally:
        i18n.set_language("en")
    assert said == f"已写入 {target}。要打开它所在的文件夹吗？"


def test_a_change_made_elsewhere_is_not_undone_unseen(qtbot, window, monkeypatch):  # noqa: F811
    """The menu named C4's pin; the command line then left C6 out: choosing the entry
    undoes nothing, says so, and the menu names C6's change next time."""
    shown: list[str] = []
    monkeypatch.setattr(main_window, "show_failed",
                        lambda parent, failure: shown.append(failure.text))
    _choose(qtbot, window, "C4", "Put on a list", list_heading("black"))
    entry = _undo_entry(window, "C7")
    assert entry.text() == "Undo: “C4” is pinned to the black list."
    with opened(window.db_path) as elsewhere:  # the command line, say
        exclude(elsewhere, "C6")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        entry.trigger()
    entry.parent().close()
    assert shown == ["Nothing was undone: the last change is no longer the one offered. "
                     "It is now: “C6” is left out of the analysis."]
    ids, found = _overrides(window)
    assert found.pinned_list == {ids["C4"]: "black"} and found.excluded == {ids["C6"]}
    assert _undo_entry(window, "C7").text() == "Undo: “C6” is left out of the analysis."
