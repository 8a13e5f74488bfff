"""A database the window cannot use, driven through the real window at start.

Damaged (a file of random bytes, or a TradeTier database cut off in the middle): it showed two
boxes, the analysis's "…is not a TradeTier database or is damaged" and the safety check's
"damaged, no sound copy", and then the welcome page offering to import into the broken file.
Now one message, in the user's language, naming the file and the ways out, on a page with
only those (no import) and in no box over it (gui38: the box said the page's words again).

In use (another connection holds a write transaction): the status bar said only "Working…"
for the connection's 30-s busy timeout, and the safety check then took the lock for damage and
offered to put a copy over the live file. Now the page tells the user in a couple of seconds, the
window tries again by itself, and opens the file once the lock goes.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import databases
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from test_rereading import _as_an_older_reader_left_it

from core import backups, i18n, recovery, store, unusable
from core.i18n import tr
from core.messages import Refusal
from ui.app import start_window
from ui.main_window import MainWindow

LANGUAGES = ["en", "zh_CN"]
# The message must say these ways out, in the user's language (the File menu's words)
RESTORE, OTHER = "Restore a copy…", "Open database…"
# How long the tests wait for the in-use word at most: the old code said nothing before its
# busy timeout (30 s) ran out; the new one waits unusable.OPENING_WAIT (2 s) twice at most.
SAID_BEFORE = 20000


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    i18n.set_language("en")


class Said:
    """Every message box the window shows: QMessageBox's static dialogs answered `answer`,
    and the error dialogs (ui.errors.show_error opens its box) recorded as they open."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch,
                 answer: QMessageBox.StandardButton = QMessageBox.StandardButton.No) -> None:
        self.boxes: list[tuple[str, str]] = []
        for kind in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._static(kind, answer))
        monkeypatch.setattr(QMessageBox, "open", lambda box: self.boxes.append(
            ("error", box.text())))

    def _static(self, kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.boxes.append((kind, text))
            return answer
        return staticmethod(show)


def _random_bytes(tmp_path: Path) -> Path:
    db = tmp_path / "firm.sqlite"
    db.write_bytes(os.urandom(64 * 1024))
    return db


def _cut_in_the_middle(tmp_path: Path) -> Path:
    """A TradeTier database truncated halfway (a copy cut short), its safety copies gone."""
    db, _, _ = databases.two_months(tmp_path)
    data = db.read_bytes()
    db.write_bytes(data[:len(data) // 2])
    for copy in backups.folder_for(db).glob("*"):
        copy.unlink()
    return db


def _settled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The last start's table, the safety check and the analysis all done."""
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("damage", [_random_bytes, _cut_in_the_middle])
def test_a_damaged_database_is_said_once_with_the_ways_out_and_no_import(
        qtbot, tmp_path, monkeypatch, language, damage):
    i18n.set_language(language)
    said = Said(monkeypatch)
    db = damage(tmp_path)
    window = start_window(db)
    qtbot.addWidget(window)
    _settled(qtbot, window)
    # was two boxes (the safety check's and the analysis's), then one box over the page
    # saying the page's words again (gui38): now the page alone
    assert said.boxes == []
    assert window.stack.currentWidget() is not window.welcome  # it offered the import
    assert window.stack.currentWidget() is window.unopened.page
    assert not window.commands.actions["import"].isEnabled()
    page = window.unopened.page
    text = page.text.text().replace("\u2060", "")
    assert str(db) in text and tr(RESTORE) in text and tr(OTHER) in text
    assert page.restore_button.isVisibleTo(page) and page.other_button.isVisibleTo(page)


def test_a_damaged_database_whose_copy_is_declined_stays_refused_without_a_second_box(
        qtbot, tmp_path, monkeypatch):
    """The check offers the newest sound copy; "No" leaves the page, and the analysis that
    meets the same damage says nothing more."""
    said = Said(monkeypatch, QMessageBox.StandardButton.No)
    db, _, _ = databases.two_months(tmp_path)
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)
    db.write_bytes(bytes(data))
    window = start_window(db)
    qtbot.addWidget(window)
    _settled(qtbot, window)
    [(kind, text)] = said.boxes
    assert kind == "question" and str(db) in text
    assert window.stack.currentWidget() is window.unopened.page
    assert not window.commands.actions["import"].isEnabled()
    assert not list(backups.folder_for(db).glob("*-damaged.sqlite"))  # nothing was moved


def _held_exclusive(db: Path) -> None:
    """Nothing to do before: the holder's exclusive lock keeps every reader out."""


def _needs_a_write_on_opening(db: Path) -> None:
    """Readings of an older reader: opening reads them again in a write transaction, which
    a holder of the write lock (BEGIN IMMEDIATE) keeps waiting."""
    _as_an_older_reader_left_it(db)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("begin", "prepare"), [("EXCLUSIVE", _held_exclusive),
                                                ("IMMEDIATE", _needs_a_write_on_opening)])
def test_a_database_in_use_is_said_at_once_and_opened_when_free(
        qtbot, tmp_path, monkeypatch, language, begin, prepare):
    i18n.set_language(language)
    said = Said(monkeypatch)
    db, _, after_february = databases.two_months(tmp_path)
    prepare(db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute(f"BEGIN {begin}")
    try:
        window = start_window(db)
        qtbot.addWidget(window)
        page = window.unopened.page
        qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=SAID_BEFORE)
        # not a "damaged" question offering a copy over it, nor a box over the page saying
        # the page's words again (gui38)
        assert said.boxes == []
        text = page.text.text().replace("\u2060", "")
        assert text == unusable.in_use(db).text and str(db) in text
        assert ("另一个程序" if language == "zh_CN" else "another program") in text
        assert page.title.text() == tr("This database is in use by another program")
        assert not window.commands.actions["import"].isEnabled()
        assert window.unopened.page.hint.isVisibleTo(window.unopened.page)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # the lock gone, the window opens the file by itself, saying nothing more
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=30000)
    _settled(qtbot, window)
    assert window.stack.currentWidget() is window.tabs
    assert window.commands.actions["import"].isEnabled()
    assert said.boxes == []
    assert not list(backups.folder_for(db).glob("*-damaged.sqlite"))
    if begin == "EXCLUSIVE":
        assert databases.firm_data(databases.contents(db)) == databases.firm_data(after_february)


def test_opening_a_file_being_written_is_refused_as_in_use_not_damaged(tmp_path):
    db, _, _ = databases.two_months(tmp_path)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(Refusal) as refused:
            store.connect(db)
        assert refused.value.code == unusable.IN_USE
        with pytest.raises(Refusal) as checked:  # was "database is locked" read as damage
            recovery.quick_check(db)
        assert checked.value.code == unusable.IN_USE
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_work_after_opening_waits_for_a_writer_as_long_as_before(tmp_path):
    """One writer at a time: an import still waits politely for another's short lock."""
    conn = store.connect(tmp_path / "firm.sqlite")
    try:
        waits = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    finally:
        conn.close()
    assert unusable.OPENING_WAIT < unusable.WRITE_WAIT
    assert waits == unusable.WRITE_WAIT * 1000


def test_damage_met_midway_is_said_as_at_opening_not_as_a_bug(tmp_path):
    db = tmp_path / "firm.sqlite"
    with pytest.raises(Refusal) as refused, store.opened(db):
        raise sqlite3.DatabaseError("database disk image is malformed")
    assert refused.value.code == unusable.UNREADABLE and str(db) in refused.value.text
