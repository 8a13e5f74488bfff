"""File → Back up…, Restore a copy…, Undo the last import…, and the checks on opening a
database, driven through the real QActions with the dialogs answered as a person would."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import databases
import pytest
from databases import contents, firm_data, month_rows
from ledgers import write_xlsx
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_main_window import open_window

from core import backups, db_owner, recovery
from core.ledger.importer import import_files
from core.store import connect
from ui.app import start_window
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def two_months(tmp_path: Path) -> tuple[Path, list[str], list[str]]:
    return databases.two_months(tmp_path)


class Answers:
    """QMessageBox's static dialogs answered and recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer=QMessageBox.StandardButton.Yes):
        self.asked: list[tuple[str, str]] = []
        for kind in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind, answer))

    def _record(self, kind: str, answer):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.asked.append((kind, text))
            return answer
        return staticmethod(show)


def _trigger(window: MainWindow, key: str) -> None:
    action = window.findChild(type(window.commands.safety.actions[key]), f"action_{key}")
    assert action is not None and action.text()
    action.trigger()


def test_undo_last_import_from_the_file_menu(qtbot, two_months, monkeypatch) -> None:
    db, after_january, _ = two_months
    answers = Answers(monkeypatch)
    conn = connect(db)
    february = conn.execute("SELECT imported_at FROM imports ORDER BY id DESC").fetchone()[0]
    conn.close()
    window = open_window(qtbot, db)
    with qtbot.waitSignal(window.analysed, timeout=30000):
        _trigger(window, "undo_import")
    [(kind, text)] = answers.asked
    assert kind == "question" and "2月.xlsx" in text
    assert february[:16].replace("T", " ") in text
    assert firm_data(contents(db)) == firm_data(after_january)


def test_saying_no_changes_nothing(qtbot, two_months, monkeypatch) -> None:
    db, _, after_february = two_months
    answers = Answers(monkeypatch, QMessageBox.StandardButton.No)
    window = open_window(qtbot, db)
    _trigger(window, "undo_import")
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30000)
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)
    assert firm_data(contents(db)) == firm_data(after_february)


def test_back_up_and_restore_from_the_file_menu(qtbot, two_months, monkeypatch, tmp_path):
    db, after_january, after_february = two_months
    answers = Answers(monkeypatch)
    copy = tmp_path / "kept.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    window = open_window(qtbot, db)
    _trigger(window, "backup")
    qtbot.waitUntil(copy.exists, timeout=30000)
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)
    with sqlite3.connect(copy) as saved:
        assert firm_data(list(saved.iterdump())) == firm_data(after_february)
    recovery.undo_import(db)
    with qtbot.waitSignal(window.analysed, timeout=30000):
        _trigger(window, "restore")
    assert "kept.sqlite" in answers.asked[-1][1]
    assert firm_data(contents(db)) == firm_data(after_february)


def test_a_damaged_database_at_start_offers_the_newest_good_copy(qtbot, two_months,
                                                                 monkeypatch) -> None:
    db, after_january, _ = two_months
    answers = Answers(monkeypatch)
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)
    db.write_bytes(bytes(data))
    window = start_window(db)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: recovery.quick_check(db) is None, timeout=30000)
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)
    question = next(text for kind, text in answers.asked if kind == "question")
    assert "damaged" in question and "before an import" in question
    assert firm_data(contents(db)) == firm_data(after_january)
    assert list(backups.folder_for(db).glob("*-damaged.sqlite"))


def test_a_database_in_a_sync_folder_is_warned_about(qtbot, tmp_path, monkeypatch) -> None:
    answers = Answers(monkeypatch)
    db = tmp_path / "Dropbox" / "firm.sqlite"
    import_files(db, [write_xlsx(tmp_path / "1月.xlsx", {"1月": month_rows(1)})])
    window = start_window(db)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30000)
    [(kind, text)] = answers.asked
    assert kind == "warning" and "Dropbox" in text and "keeps in sync" in text


def test_a_database_held_by_another_window_names_who(qtbot, tmp_path, monkeypatch) -> None:
    answers = Answers(monkeypatch)
    db = tmp_path / "firm.sqlite"
    import_files(db, [write_xlsx(tmp_path / "1月.xlsx", {"1月": month_rows(1)})])
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        db_owner.owner_path(db).write_text(json.dumps(
            {"host": db_owner.me().host, "user": "张会计", "pid": other.pid,
             "started": "2025-10-03T09:15:00"}), encoding="utf-8")
        window = start_window(db)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: bool(answers.asked), timeout=30000)
    finally:
        other.kill()
        other.wait()
    [(kind, text)] = answers.asked
    assert kind == "information" and "张会计" in text and "in use" in text
    window.commands.safety.release()
    assert not db_owner.owner_path(db).exists()
