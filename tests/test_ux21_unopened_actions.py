"""Every command of the menus while the window shows the page of a database it cannot use.

Before: only Import was greyed out. Export and Print said "The lists can be exported or printed
once the analysis is on screen" (it never would be); Back up asked for a file name and then did
nothing; Undo the last import, Analyse again and Settings… did nothing at all (each met the
damage or the lock, which the page had already said, and said nothing); Corrections opened its
dialog on the broken file; Tier movement switched the hidden tabs. Now each of them is greyed
out, and the page says so, until the database opens; enabled again once it does (by itself when
the other program lets go of it, or by File → Open database… of a good one).

The menus are walked as the user sees them, so an action added later is triggered too, and must
either need no database or be greyed out.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import databases
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from test_ux19_unopened import Said, _random_bytes, _settled

from ui import operations
from ui.app import start_window
from ui.main_window import MainWindow

# What may stay enabled on the page: the ways out (another database, the sample, a copy of a
# damaged file, quitting) and what reads no database (the pyramid's fold, language, guide, the
# About box: it names the file and opens nothing)
WAYS_OUT = {"action_open_db", "action_recent", "action_sample", "action_quit",
            "action_show_pyramid", "action_lang_system", "action_lang_zh_CN", "action_lang_en",
            "action_guide", "action_about"}
RESTORE = "action_restore"  # a way out of a damaged file; not over a file another is writing
ENDS_THE_WINDOW = "action_quit"  # triggered, nothing would be left to look at (it reads none)
ABOUT = "action_about"  # its box names the database's file: it opens it not


def _menu_actions(actions: list[QAction]) -> list[QAction]:
    found: list[QAction] = []
    for action in actions:
        if isinstance(action.menu(), QMenu):
            found.extend(_menu_actions(action.menu().actions()))
        elif not action.isSeparator():
            found.append(action)
    return found


def _commands(window: MainWindow) -> list[QAction]:
    actions = _menu_actions(window.menuBar().actions())
    assert {"action_export_stop_loss", "action_print", "action_undo_import",
            "action_settings", "action_recent"} <= {a.objectName() for a in actions}
    return actions


class Watched:
    """What the actions triggered on the page did: every SQLite connection to the database,
    every database the window was asked to open instead, the status bar's words."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow, db: Path,
                 out: Path) -> None:
        self.db, self.connections, self.opened = str(db.resolve()), [], []
        self.statuses: list[str] = []
        connect = sqlite3.connect

        def watched_connect(target, *args, **kwargs):  # type: ignore[no-untyped-def]
            if self.db in str(target):
                self.connections.append(str(target))
            return connect(target, *args, **kwargs)
        monkeypatch.setattr(sqlite3, "connect", watched_connect)
        # a way out asks for another database: noted, not opened (the page must stay up)
        monkeypatch.setattr(window, "open_database", lambda path, chosen=True: self.opened.append(
            Path(path)), raising=False)
        monkeypatch.setattr(operations, "open_sample", lambda target, *a, **k: target)
        # every file dialog answered with a file: an action that goes on is seen going on
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
            lambda *a, **k: (str(out / "chosen.xlsx"), "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(
            lambda *a, **k: ([str(out / "ledger.xlsx")], "")))
        window.statusBar().messageChanged.connect(self.statuses.append)


def _trigger_every_command(qtbot, window: MainWindow, said: Said, watched: Watched,
                           may_stay: set[str], recent: Path) -> None:
    page = window.unopened.page
    # the page says why the commands are grey (damaged: it said nothing of them)
    assert page.hint.isVisibleTo(page) and "greyed out" in page.hint.text()
    window.commands.remember_recent(recent)  # File → Recent databases has an entry
    for action in _commands(window):
        name = action.objectName()
        assert not action.isEnabled() or name in may_stay, f"{name} enabled on the page"
        if name == ENDS_THE_WINDOW:
            continue
        action.trigger()
        _settled(qtbot, window)
        assert window.stack.currentWidget() is page, name
        assert watched.connections == [], f"{name} reached the database"
        if name == ABOUT:
            [(_kind, text)] = said.boxes
            assert str(window.db_path) in text
            said.boxes.clear()
            window.commands.dialog = None
        assert said.boxes == [], f"{name} said {said.boxes}"
        assert window.commands.dialog is None, f"{name} opened {window.commands.dialog}"
        assert not [s for s in watched.statuses if s], f"{name} said {watched.statuses}"


def _all_enabled(window: MainWindow) -> None:
    greyed = [a.objectName() for a in _commands(window) if not a.isEnabled()]
    assert greyed == []
    assert all(a.isEnabled() for a in window.toolbar.actions() if not a.isSeparator())


def test_on_a_damaged_database_only_the_ways_out_act_until_another_is_opened(
        qtbot, tmp_path, monkeypatch):
    said = Said(monkeypatch, QMessageBox.StandardButton.Yes)
    db = _random_bytes(tmp_path)
    before = db.read_bytes()
    good_folder = tmp_path / "good"
    good_folder.mkdir()
    good, _, _ = databases.two_months(good_folder)
    window = start_window(db)
    qtbot.addWidget(window)
    _settled(qtbot, window)
    assert window.stack.currentWidget() is window.unopened.page
    assert said.boxes == []  # the page's the one word on the damage (gui38: no box over it)
    with monkeypatch.context() as patched:
        watched = Watched(patched, window, db, tmp_path)
        _trigger_every_command(qtbot, window, said, watched, WAYS_OUT | {RESTORE}, good)
        # the ways out asked for: File → Open database…, the recent one, the sample
        assert tmp_path / "chosen.xlsx" in watched.opened and good in watched.opened
        assert len(watched.opened) == 3
    assert db.read_bytes() == before
    assert list(tmp_path.glob("chosen*")) == []
    # File → Open database… of a good one: the tabs, and every command again
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(good), "")))
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.commands.actions["open_db"].trigger()
    _settled(qtbot, window)
    assert window.stack.currentWidget() is window.tabs
    _all_enabled(window)


def test_on_a_database_in_use_nothing_reaches_it_until_it_opens_by_itself(
        qtbot, tmp_path, monkeypatch):
    said = Said(monkeypatch)
    db, _, after_february = databases.two_months(tmp_path)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        window = start_window(db)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.unopened.code is not None, timeout=20000)
        _settled(qtbot, window)
        assert window.stack.currentWidget() is window.unopened.page
        assert said.boxes == []  # the page says it (gui38: no box over it)
        tries: list[int] = []
        retry = window.unopened.retry
        # the window's own tries stand aside while the commands are watched
        monkeypatch.setattr(window.unopened, "retry", lambda: tries.append(1))
        with monkeypatch.context() as patched:
            watched = Watched(patched, window, db, tmp_path)
            _trigger_every_command(qtbot, window, said, watched, WAYS_OUT,
                                   tmp_path / "other.sqlite")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    monkeypatch.setattr(window.unopened, "retry", retry)
    if tries:  # a try fell while the commands were watched: it is made now
        retry()
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=30000)
    _settled(qtbot, window)
    assert window.stack.currentWidget() is window.tabs
    _all_enabled(window)
    assert databases.firm_data(databases.contents(db)) == databases.firm_data(after_february)
