"""A database that cannot be opened is explained in the user's language throughout: SQLite's
reason was quoted raw, so the Chinese boxes read "已损坏（file is not a database）"."""

from __future__ import annotations

import sqlite3

import pytest
from test_data_safety_gui import Answers

from core import i18n
from core.messages import Refusal
from core.store import connect, write_refusal
from ui.app import start_window


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def _broken(tmp_path):
    path = tmp_path / "firm.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    return path


def test_opening_a_file_that_is_no_database_says_why_in_chinese(tmp_path):
    with pytest.raises(Refusal) as refused:
        connect(_broken(tmp_path))
    i18n.set_language("zh_CN")
    assert "不是 TradeTier 数据库，或已损坏（该文件不是数据库）。" in refused.value.text
    i18n.set_language("en")
    assert "is damaged (the file is not a database)." in refused.value.text


def test_a_refused_write_names_sqlites_reason_in_chinese_or_quotes_one_not_known():
    refusal = write_refusal(sqlite3.DatabaseError("database disk image is malformed"), "3月.xlsx")
    unknown = write_refusal(sqlite3.OperationalError("no such table: orders"), "3月.xlsx")
    i18n.set_language("zh_CN")
    assert "（文件结构已损坏）" in refusal.text and "malformed" not in refusal.text
    assert "no such table: orders" in unknown.text


def test_the_damaged_database_page_says_why_in_chinese(qtbot, tmp_path, monkeypatch):
    """Said on the window's page (gui38: no box over it saying it again)."""
    answers = Answers(monkeypatch)
    i18n.set_language("zh_CN")
    window = start_window(_broken(tmp_path))
    qtbot.addWidget(window)
    page = window.unopened.page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=30000)
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)
    text = page.text.text().replace("\u2060", "")
    assert "已损坏（该文件不是数据库）" in text, text
    assert "file is not a database" not in text
    assert answers.asked == []
