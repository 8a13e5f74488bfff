"""File → Restore a copy…: the question said the safety copy of the database as it is now
"is kept in {folder}", and the "restored" message did not say where at all, so a user who
wanted to go back had a folder of copies to choose from. Now the copy's file is decided before
the question is asked, named in it and in the message after, and written under that very name.

Driven through the real QAction; the question is answered with its own Yes button."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io  # noqa: E402
import sqlite3  # noqa: E402
from pathlib import Path  # noqa: E402

import databases  # noqa: E402
import pytest  # noqa: E402
from databases import contents, firm_data  # noqa: E402
from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402
from test_main_window import open_window  # noqa: E402

from core import backups, i18n, recovery  # noqa: E402
from core.cli import main as cli  # noqa: E402
from core.messages import Refusal  # noqa: E402

WORDS = {"en": ("a safety copy of the database as it is now is kept as {copy}.",
                "the database as it was is kept as {copy}."),
         "zh_CN": ("数据库当前状态的安全副本将保存为 {copy}。", "恢复前的数据库已保存为 {copy}。")}


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


class SayYes:
    """Each message box as it comes up: its text kept, and its own Yes button clicked (looked
    for on each turn of the event loop, a box's own loop included)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            yes = box.button(QMessageBox.StandardButton.Yes)
            if yes is not None and box.text() not in self.asked:
                self.asked.append(box.text())
                yes.click()


def _copy_named(text: str, words: str) -> Path:
    head, tail = words.split("{copy}")
    assert head in text and text.endswith(tail), text
    return Path(text[text.index(head) + len(head):len(text) - len(tail)])


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_restore_question_names_the_safety_copy_s_file(qtbot, tmp_path, monkeypatch,
                                                           language):
    db, after_january, after_february = databases.two_months(tmp_path)
    copy = tmp_path / "kept.sqlite"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    recovery.undo_import(db)  # the database now as after January: the copy puts February back
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    i18n.set_language(language)
    said = SayYes()
    try:
        window = open_window(qtbot, db)
        shown: list[str] = []
        window.statusBar().messageChanged.connect(shown.append)
        action = window.findChild(type(window.commands.safety.actions["restore"]),
                                  "action_restore")
        with qtbot.waitSignal(window.analysed, timeout=30000):
            action.trigger()
        qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)
    finally:
        said.timer.stop()
        i18n.set_language("en")
    asking, done = WORDS[language]
    question = next(text for text in said.asked if str(copy) in text)
    named = _copy_named(question.split("\n\n")[0], asking)
    assert named.parent == backups.folder_for(db) and named.name.endswith("-restore.sqlite")
    restored = next(text for text in shown if str(copy) in text)
    assert _copy_named(restored, done) == named
    assert named.is_file()
    assert [b.path for b in backups.listing(db) if b.reason == "restore"] == [named]
    with sqlite3.connect(named) as kept:
        assert firm_data(list(kept.iterdump())) == firm_data(after_january)
    assert firm_data(contents(db)) == firm_data(after_february)


def test_a_decided_name_already_taken_is_never_written_over(tmp_path):
    """The name is decided before the question; a file there by the time the copy is taken
    (the same plan answered twice) is refused, not replaced."""
    db, _, _ = databases.two_months(tmp_path)
    taken = backups.name_for(db, "restore")
    taken.parent.mkdir(parents=True, exist_ok=True)
    taken.write_bytes(b"someone's file")
    conn = sqlite3.connect(db)
    try:
        with pytest.raises(Refusal) as refused:
            backups.take(conn, db, "restore", target=taken)
    finally:
        conn.close()
    assert "could not be written" in str(refused.value)
    assert taken.read_bytes() == b"someone's file"
    assert not list(taken.parent.glob("*.partial"))


def test_the_command_line_names_the_same_file(tmp_path):
    """`tradetier restore --yes` asks nothing but says the same: the copy it kept, by file."""
    db, after_january, after_february = databases.two_months(tmp_path)
    copy = tmp_path / "kept.sqlite"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    recovery.undo_import(db)
    out = io.StringIO()
    assert cli.run(["restore", "--db", str(db), str(copy), "--yes"], out, io.StringIO()) == 0
    [kept] = [b.path for b in backups.listing(db) if b.reason == "restore"]
    assert f"the database as it was is kept as {kept}." in out.getvalue()
    with sqlite3.connect(kept) as saved:
        assert firm_data(list(saved.iterdump())) == firm_data(after_january)
