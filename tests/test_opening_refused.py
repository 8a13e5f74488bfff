"""A database whose opening SQLite refuses — its migrations or the re-reading of its stored
payment terms meet a damaged table — is named with what failed, in the user's language, and
left as it was: from the command line and from the window, never a raw sqlite error or a
traceback.

The database is made with openpyxl and imported (tests/test_rereading.py's ledger), then
damaged by SQL the way a tool that edits the file might leave it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_cli import cli
from test_rereading import _as_an_older_reader_left_it, _ledger

from core import i18n
from core.i18n import tr
from core.messages import Refusal
from core.store import MIGRATING, REREADING, connect
from ui import main_window
from ui.main_window import MainWindow

LANGUAGES = ["en", "zh_CN"]


def _damaged_for_rereading(tmp_path: Path) -> Path:
    """Readings of an older reader, to be read again on opening, and the lines' table
    rebuilt without its columns: the re-reading's due dates cannot be written."""
    db = _ledger(tmp_path)
    _as_an_older_reader_left_it(db)
    raw = sqlite3.connect(db)
    raw.executescript("PRAGMA foreign_keys = OFF; DROP TABLE order_lines; "
                      "CREATE TABLE order_lines(x);")
    raw.close()
    return db


def _damaged_for_migrating(tmp_path: Path) -> Path:
    """A file of schema 6 (without migration 7's column) that already holds migration 8's
    table: migration 7 goes through, 8 cannot."""
    db = _ledger(tmp_path)
    raw = sqlite3.connect(db)
    raw.executescript("ALTER TABLE order_lines DROP COLUMN rebate_currency; "
                      "PRAGMA user_version = 6;")
    raw.close()
    return db


def _contents(db: Path) -> tuple[int, list[str]]:
    with sqlite3.connect(db) as raw:
        return raw.execute("PRAGMA user_version").fetchone()[0], list(raw.iterdump())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("damage", "step"), [(_damaged_for_rereading, REREADING),
                                              (_damaged_for_migrating, MIGRATING)])
def test_a_refused_opening_names_the_file_and_the_step_and_changes_nothing(
        tmp_path, language, damage, step):
    """Re-reading raised "OperationalError: no such column: l.id" out of connect, and a
    migration "table meta already exists" after the steps before it were written."""
    i18n.set_language(language)
    db = damage(tmp_path)
    before = _contents(db)
    with pytest.raises(Refusal) as refused:
        connect(db)
    assert refused.value.code == "database_open_failed"
    assert str(db) in refused.value.text and tr(step) in refused.value.text
    assert _contents(db) == before


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_command_line_says_what_failed_without_an_unexpected_error(tmp_path, language):
    db = _damaged_for_rereading(tmp_path)
    code, out, err = cli("--lang", language, "customers", "--db", str(db))
    i18n.set_language(language)
    assert code != 0 and out == ""
    assert str(db) in err and tr(REREADING) in err
    assert "OperationalError" not in err and "Traceback" not in err


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_shows_the_message_without_a_traceback(qtbot, tmp_path, monkeypatch,
                                                          language):
    i18n.set_language(language)
    db = _damaged_for_rereading(tmp_path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(main_window, "show_failed", lambda parent, failure:
                        shown.append((failure.text, "" if failure.refusal else failure.details)))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.refresh()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    text, details = shown[0]
    assert str(db) in text and tr(REREADING) in text
    assert details == "" and "Traceback" not in text and "OperationalError" not in text
