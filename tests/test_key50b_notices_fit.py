"""What opening a database changed fits the screen, however much it says (key50b, rv50k).

A database written before key50 with 40 buyers written "X Co., Ltd." and "X Co.,Ltd" opened with
one message box of 40 paragraphs, 3,402 px tall on an 800 px screen, without a scroll bar: its
OK button was out of reach. The box now says what the notes are in a line and lists them in a
pane that scrolls, sized to the screen; the command line still prints every note.
"""

from __future__ import annotations

import io
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from test_customer_keys_audit22 import older_import
from test_data_safety_gui import Answers
from test_key50_trailing_stop import NUMBERED, _main_key

from core import database_notices
from core.cli.main import run
from core.store import connect
from ui.main_window import MainWindow
from ui.notices_dialog import NoticesDialog

BUYERS = [f"Buyer {n:02d} Trading" for n in range(40)]


def _forty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The older database: each of 40 buyers written both ways, one order each way."""
    rows: list[list[object]] = [NUMBERED]
    for n, buyer in enumerate(BUYERS):
        for way, name in enumerate((f"{buyer} Co., Ltd.", f"{buyer} Co.,Ltd")):
            rows.append([f"B{n}-{way}", date(2025, 3, 1 + way), name, 1_000, "USD",
                         "T/T in advance", date(2025, 3, 5), 1_000, date(2025, 3, 1)])

    def by_hand(conn: sqlite3.Connection) -> None:
        assert len(list(conn.execute("SELECT 1 FROM customers"))) == 80

    return older_import(tmp_path, monkeypatch, rows, _main_key, by_hand)


def _fits(box: NoticesDialog) -> None:
    free = (box.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert box.frameGeometry().height() <= free.height()
    ok = box.ok.rect().translated(box.ok.mapToGlobal(box.ok.rect().topLeft()))
    assert free.contains(ok) and box.ok.isVisible()
    text = box.notes.toPlainText()
    assert all(f"“{buyer} Co., Ltd.”" in text and f"“{buyer} Co.,Ltd”" in text
               for buyer in BUYERS)


def test_forty_joins_fit_the_screen_and_ok_closes_them(qtbot, tmp_path: Path,
                                                       monkeypatch) -> None:
    db = _forty(tmp_path, monkeypatch)
    Answers(monkeypatch)
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.analysed, timeout=60000):
        window.refresh()
    qtbot.waitUntil(lambda: bool(window.findChildren(NoticesDialog)), timeout=60000)
    [box] = window.findChildren(NoticesDialog)
    qtbot.waitUntil(box.isVisible)
    # on main: a QMessageBox 3,402 px tall, its OK button below an 800 px screen
    _fits(box)
    assert box.summary.text() == (
        "40 customers are now one with other spellings of their names. Each change is listed "
        "below: read them before you print or send a list.")
    assert len(box.notes.toPlainText().split("\n\n")) == 40
    qtbot.mouseClick(box.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_in_chinese_too(qtbot, tmp_path: Path, monkeypatch) -> None:
    db = _forty(tmp_path, monkeypatch)
    with connect(db) as conn:
        notices = database_notices.take(conn)
    box = in_chinese(lambda: NoticesDialog(None, notices))
    qtbot.addWidget(box)
    box.show()
    _fits(box)
    assert box.summary.text() == ("40 个客户已与其名称的其他写法合并为同一客户。各项改动逐条列在"
                                  "下面：打印或发送名单前请先看一遍。")
    assert box.windowTitle() == "打开数据库时所做的改动"


def test_the_command_line_still_prints_every_note(tmp_path: Path, monkeypatch) -> None:
    db = _forty(tmp_path, monkeypatch)
    out, err = io.StringIO(), io.StringIO()
    assert run(["customers", "--db", str(db)], out, err) == 0
    assert len(err.getvalue().splitlines()) == 40
