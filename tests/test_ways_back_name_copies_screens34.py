"""File → Undo the last import… and the offer made for a damaged database name the files they
use (screens34).

The undo asked "This puts the database back as it was before 2月.xlsx was imported on …" and
named no copy: neither the safety copy it puts back nor the file the database as it is now
would be kept as, so a clerk who wanted the undo undone had a folder of copies to choose from.
The damaged database's offer gave the copy's date but not its file, and kept the damaged file
"in the backups folder". Each question now names the files, with the copy's date, and the
files named are the files written. Driven through the real QAction and the window's start;
the questions answered with their own Yes button (test_restore_names_copy_ui33.SayYes).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import databases
import pytest
from databases import contents, firm_data
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from test_data_safety_gui import _trigger
from test_main_window import open_window
from test_restore_names_copy_ui33 import SayYes, _copy_named

from core import backups, i18n, recovery
from ui.app import start_window

UNDO = {"en": ("the database as it is now is kept as {copy}.", "It puts back the safety copy",
               "taken"),
        "zh_CN": ("数据库当前状态将保存为 {copy}。", "将放回的安全副本是", "创建于")}
DAMAGED = {"en": ("The damaged file is kept as {copy}.", "taken"),
           "zh_CN": ("损坏的文件将保存为 {copy}。", "创建于")}


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


def answered(language: str, run: Callable[[], None]) -> list[str]:
    """The questions `run` asks in `language`, each answered Yes with its own button."""
    i18n.set_language(language)
    said = SayYes()
    try:
        run()
    finally:
        said.timer.stop()
        i18n.set_language("en")
    return said.asked


def _data_of(path: Path) -> list[str]:
    with sqlite3.connect(path) as kept:
        return firm_data(list(kept.iterdump()))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_undo_question_names_the_copy_it_puts_back_and_the_one_it_keeps(
        qtbot, tmp_path, language):
    db, after_january, after_february = databases.two_months(tmp_path)
    put_back = recovery.plan_undo_import(db).backup

    def undo() -> None:
        window = open_window(qtbot, db)
        with qtbot.waitSignal(window.analysed, timeout=30000):
            _trigger(window, "undo_import")
        qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)

    asked = answered(language, undo)
    kept_words, copy_words, taken_words = UNDO[language]
    question = next(text for text in asked if "2月.xlsx" in text).split("\n\n")[0]
    assert f"{copy_words} {put_back.path}" in question
    assert f"{taken_words} {put_back.created_at.replace('T', ' ')}" in question
    kept = _copy_named(question, kept_words)
    assert kept.parent == backups.folder_for(db) and kept.name.endswith("-undo.sqlite")
    assert [b.path for b in backups.listing(db) if b.reason == "undo"] == [kept]
    assert _data_of(kept) == firm_data(after_february)  # the file named holds what was undone
    assert firm_data(contents(db)) == firm_data(after_january)


def test_the_command_line_asks_with_the_same_files(tmp_path):
    """`tradetier undo-import` without an answer says what it would do, naming the copy."""
    db, _, after_february = databases.two_months(tmp_path)
    plan = recovery.plan_undo_import(db)
    text = plan.message.text
    assert str(plan.backup.path) in text and str(plan.safety) in text
    recovery.undo_import(db, plan)
    assert _data_of(plan.safety) == firm_data(after_february)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_damaged_database_s_offer_names_the_copy_and_where_the_damaged_file_goes(
        qtbot, tmp_path, language):
    db, after_january, _ = databases.two_months(tmp_path)
    good = recovery.newest_good_backup(db)
    assert good is not None
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)
    db.write_bytes(bytes(data))
    damaged = bytes(data)

    told: list[str] = []

    def start() -> None:
        window = start_window(db)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: recovery.quick_check(db) is None, timeout=30000)
        qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)
        told.extend(box.windowTitle() for box in window.findChildren(QMessageBox)
                    if box.isVisible())

    asked = answered(language, start)
    # the result says what was done, not the damage again
    assert told == [{"en": "Safety copy put back", "zh_CN": "已放回安全副本"}[language]]
    aside_words, taken_words = DAMAGED[language]
    question = next(text for text in asked if str(good.path) in text)
    assert f"{taken_words} {good.created_at.replace('T', ' ')}" in question
    aside = _copy_named(question, aside_words)
    assert aside.parent == backups.folder_for(db) and aside.name.endswith("-damaged.sqlite")
    assert aside.read_bytes() == damaged  # the file named is the damaged one, kept
    assert firm_data(contents(db)) == firm_data(after_january)
