"""Another program's SQLite file, opened by mistake, is left exactly as it was.

A firm's clerk picks their ERP's or their browser's .db in File → Open (or passes it with
--db). The store read its user_version, found 0 (or a version below its own) and migrated it:
the other program's file gained TradeTier's tables and schema version, and a copy of it went
into a backups folder beside it. Another program's version above TradeTier's was called "a
newer TradeTier". Now the file is refused before anything is written, with one message in the
user's language naming it and the ways out; a new empty file is still created as before, and
every firm's existing database (no stamp, schema 1..9) still opens.

Every file here is a real SQLite file written by the test with another program's tables.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import databases
import pytest
from PySide6.QtWidgets import QFileDialog
from test_migrations import _old_database
from test_ux19_unopened import Said, _own_qsettings, _settled  # noqa: F401 - a fixture

from core import backups, i18n, ownership, recovery, unusable
from core.i18n import tr
from core.messages import Refusal
from core.schema import MIGRATIONS
from core.store import SCHEMA_VERSION, connect
from ui import prefs, sample_mode
from ui.app import start_window

LANGUAGES = ["en", "zh_CN"]
ROOT = Path(__file__).resolve().parent.parent
# What the message says in each language: whose the file is, and that it was left as it was;
# the way out, the command line's option there, the File menu's command in the window
SAYS = {"en": ("is not a TradeTier database", "left it exactly as it was"),
        "zh_CN": ("不是 TradeTier 数据库", "没有改动它")}
COMMAND = {"en": "--db NEW.sqlite", "zh_CN": "--db 新文件.sqlite"}
MENU = {"en": "File → Open database…", "zh_CN": "文件 → 打开数据库…"}


def _an_erps(path: Path, partners: str, orders: str) -> Path:
    """An ERP's database: its customers and sales orders, user_version never set (0)."""
    with closing(sqlite3.connect(path)) as erp, erp:
        erp.executescript(f"""
            CREATE TABLE {partners} (code TEXT PRIMARY KEY, name TEXT);
            CREATE TABLE {orders} (order_no TEXT PRIMARY KEY, partner TEXT, total REAL);
            INSERT INTO {partners} VALUES ('C1', 'Acme GmbH');
            INSERT INTO {orders} VALUES ('SO-1', 'C1', 1200.5);""")
    return path


def _erp(path: Path) -> Path:
    """Partners and sale orders: the old code wrote TradeTier's tables in beside them and
    set the version."""
    return _an_erps(path, "partners", "sale_orders")


def _erp_named_alike(path: Path) -> Path:
    """Tables named as TradeTier's: the old code's migration failed on them and called the
    file one "to restore a safety copy of"."""
    return _an_erps(path, "customers", "orders")


def _browser(path: Path) -> Path:
    """A browser's history: WAL journal, a schema version below TradeTier's."""
    with closing(sqlite3.connect(path)) as browser, browser:
        browser.execute("PRAGMA journal_mode = WAL")
        browser.executescript("""
            CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);
            INSERT INTO moz_places(url) VALUES ('https://example.com');
            PRAGMA user_version = 5;""")
    return path


def _versioned_beyond(path: Path) -> Path:
    """A program of its own whose schema version is above TradeTier's (was "a newer
    TradeTier")."""
    with closing(sqlite3.connect(path)) as other, other:
        other.executescript(f"""
            CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL);
            INSERT INTO invoices(amount) VALUES (99.0);
            PRAGMA user_version = {SCHEMA_VERSION + 33};""")
    return path


def _stamped_empty(path: Path) -> Path:
    """Another program's new file: its application id written, no table yet."""
    with closing(sqlite3.connect(path)) as other, other:
        other.execute("PRAGMA application_id = 1598903374")  # 'MPBN', not TradeTier's
    return path


FOREIGN: list[Callable[[Path], Path]] = [_erp, _erp_named_alike, _browser, _versioned_beyond,
                                         _stamped_empty]


def _state(folder: Path) -> dict[str, str]:
    """Every file in the folder with its sha256: nothing written, nothing added beside."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _says_it(text: str, path: Path, language: str) -> None:
    assert str(path) in text
    for words in SAYS[language]:
        assert words in text, text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("make", FOREIGN)
def test_another_programs_database_is_refused_and_left_byte_for_byte(tmp_path, language, make):
    i18n.set_language(language)
    folder = tmp_path / "erp"
    folder.mkdir()
    path = make(folder / "data.db")
    before = _state(folder)
    with pytest.raises(Refusal) as refused:
        connect(path)
    assert refused.value.code == unusable.FOREIGN
    _says_it(refused.value.text, path, language)
    assert _state(folder) == before  # no table, no version, no backups folder, no journal
    i18n.set_language("en")


@pytest.mark.parametrize("new", ["missing", "empty"])
def test_a_new_file_is_still_created_and_stamped(tmp_path, new):
    path = tmp_path / "firm.sqlite"
    if new == "empty":
        path.write_bytes(b"")
    conn = connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == ownership.APPLICATION_ID
    finally:
        conn.close()
    assert not ownership.is_foreign_file(path)
    connect(path).close()  # and opens again


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS) + 1))
def test_a_firms_database_from_before_the_stamp_keeps_opening(tmp_path, version):
    """application_id 0, any released schema: opened as before, and migrating stamps it
    (schema 9, the last release's, is stamped by the next migration)."""
    path = tmp_path / "firm.sqlite"
    _old_database(path, version, [("EUR", "1990-01-01", 1.2)])
    conn = connect(path)
    try:
        assert conn.execute("SELECT name FROM customers").fetchone()[0] == "ACME"
        stamp = conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
    assert stamp == (ownership.APPLICATION_ID if version < SCHEMA_VERSION else 0)


def test_a_restore_never_puts_a_copy_over_another_programs_database(tmp_path):
    """The window's page (and tradetier restore --db) on the ERP's file: the old code migrated
    it, then wrote the firm's copy over all of the ERP's data."""
    firm, _, _ = databases.two_months(tmp_path / "firm")
    copy = recovery.write_copy(firm, tmp_path / "firm-copy.sqlite")
    folder = tmp_path / "erp"
    folder.mkdir()
    erp = _erp(folder / "data.db")
    before = _state(folder)
    for step in (recovery.plan_restore, recovery.restore):
        with pytest.raises(Refusal) as refused:
            step(erp, copy)
        assert refused.value.code == unusable.FOREIGN and str(erp) in refused.value.text
    assert _state(folder) == before


def test_a_restore_from_another_programs_database_leaves_the_firms_as_it_was(tmp_path):
    """An ERP that happens to hold tables named like five of TradeTier's, at a schema version
    of its own: the old check took it for a TradeTier copy and replaced the firm's database
    with it."""
    firm, _, after_february = databases.two_months(tmp_path)
    erp = tmp_path / "erp.db"
    with closing(sqlite3.connect(erp)) as other, other:
        other.executescript("".join(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, data TEXT);"
                                    for name in ("customers", "imports", "orders",
                                                 "order_lines", "settings")))
        other.execute("PRAGMA user_version = 3")
    for step in (recovery.plan_restore, recovery.restore):
        with pytest.raises(Refusal) as refused:
            step(firm, erp)
        assert refused.value.code == "not_a_tradetier_database"
    assert databases.contents(firm) == after_february


def test_a_backup_is_never_written_over_another_programs_database(tmp_path):
    """`tradetier backup OUT` (File → Back up… asks before it overwrites, the command line
    does not) with OUT the ERP's file: the old code put the firm's copy over the ERP's data."""
    firm, _, _ = databases.two_months(tmp_path / "firm")
    folder = tmp_path / "erp"
    folder.mkdir()
    erp = _erp(folder / "data.db")
    before = _state(folder)
    with pytest.raises(Refusal) as refused:
        recovery.write_copy(firm, erp)
    assert refused.value.code == "backup_onto_other_file" and str(erp) in refused.value.text
    assert _state(folder) == before


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_command_line_refuses_it_with_the_message_and_no_traceback(tmp_path, language):
    folder = tmp_path / "erp"
    folder.mkdir()
    erp = _erp(folder / "data.db")
    before = _state(folder)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "customers", "--db", str(erp), "--lang",
         language], capture_output=True, text=True, encoding="utf-8", cwd=tmp_path,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"}, check=False)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and done.stdout == ""
    _says_it(done.stderr, erp, language)
    assert COMMAND[language] in done.stderr and MENU[language] not in done.stderr
    assert _state(folder) == before


def _chosen_in_file_open(qtbot, tmp_path, monkeypatch, path):  # type: ignore[no-untyped-def]
    """The window on a new database of the firm's, then File → Open database… answered
    with `path` in the dialog."""
    window = start_window(tmp_path / "firm" / "firm.sqlite")
    qtbot.addWidget(window)
    _settled(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    window.commands.actions["open_db"].trigger()
    return window


def _given_with_db(qtbot, tmp_path, monkeypatch, path):  # type: ignore[no-untyped-def]
    """`main.py --db PATH`: the window started on it."""
    window = start_window(path)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("how", [_chosen_in_file_open, _given_with_db])
def test_the_window_says_it_once_and_offers_only_another_database(
        qtbot, tmp_path, monkeypatch, language, how):
    i18n.set_language(language)
    said = Said(monkeypatch)
    folder = tmp_path / "erp"
    folder.mkdir()
    erp = _erp(folder / "data.db")
    before = _state(folder)
    window = how(qtbot, tmp_path, monkeypatch, erp)
    _settled(qtbot, window)
    assert window.db_path == erp
    assert said.boxes == []  # the page says it: a box over it said the same words again
    page = window.unopened.page
    assert window.stack.currentWidget() is page
    text = page.text.text().replace("\u2060", "")
    assert MENU[language] in text and "--db" not in text  # the clerk never types an option
    assert page.title.text() == tr("This file is not a TradeTier database")
    # the hint offers no copy put back over it: only another database ends the grey commands
    assert page.hint.text().replace("\u2060", "") == tr(
        "Until another database is open, the commands that need a database are greyed out.")
    _says_it(page.text.text().replace("\u2060", ""), erp, language)
    assert page.other_button.isVisibleTo(page)
    assert not page.restore_button.isVisibleTo(page)  # a copy put over it would end the ERP's
    assert not window.commands.actions["import"].isEnabled()
    # File → Restore a copy… over it, a sound copy of the firm's chosen: refused, and said
    copy = tmp_path / "firm-copy.sqlite"
    connect(copy).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    window.commands.safety.actions["restore"].trigger()
    _settled(qtbot, window)
    [(kind, said_again)] = said.boxes  # the command the user chose is answered
    assert kind == "error" and said_again.replace("\u2060", "") == text
    window.close()
    assert _state(folder) == before  # nor an owner file left beside it
    assert not backups.folder_for(erp).exists()


def test_another_programs_file_is_not_remembered_to_reopen_at_the_next_start(
        qtbot, tmp_path, monkeypatch):
    """The firm's database chosen in File → Open, then the ERP's file picked there by
    mistake: refused, and the app's next start still opens the firm's database, and the recent
    list does not offer the ERP's."""
    Said(monkeypatch)
    folder = tmp_path / "erp"
    folder.mkdir()
    erp = _erp(folder / "data.db")
    firm = tmp_path / "books" / "firm.sqlite"
    connect(firm).close()
    window = _chosen_in_file_open(qtbot, tmp_path, monkeypatch, firm)
    _settled(qtbot, window)
    assert window.db_path == firm and sample_mode.start_database() == firm
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(erp), "")))
    window.commands.actions["open_db"].trigger()
    _settled(qtbot, window)
    assert window.db_path == erp and window.stack.currentWidget() is window.unopened.page
    window.close()
    assert sample_mode.start_database() == firm
    recent = [Path(p) for p in prefs.preferences().value("recent", []) or []]
    assert firm in recent and erp not in recent
    assert str(erp) not in [a.text() for a in window.commands.menus["recent"].actions()]
