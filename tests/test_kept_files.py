"""What is kept in the cache folder for a database goes once the database is no longer there
(moved, renamed, deleted), with what a write cut short left; the files of the databases still
there stay (core.analysis.kept_files)."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

from ledgers import build, receivables_ledger

from core.analysis import file_version, fingerprints_seen, kept_files, last_table, snapshots
from core.analysis.run import analyse
from core.paths import cache_dir
from core.store import connect


def _firm(folder: Path) -> Path:
    """A database with its last table, fingerprints and a note of an unread write kept."""
    folder.mkdir()
    conn = build(folder, receivables_ledger())
    db = folder / "firm.sqlite"
    assert last_table.keep(db, conn, last_table.version_of(db), analyse(conn))
    snapshots.ensure(conn, snapshots.month_ends(conn)[-1:])
    conn.close()
    return db


def _kept(db: Path) -> list[Path]:
    return [kept_files.kept_for(db, kind) for kind in
            (last_table.KIND, fingerprints_seen.KIND, file_version.LINKS)]


def _indexed() -> dict[str, str]:
    """The cache folder's index as written: one entry a database."""
    folder = cache_dir() / kept_files.INDEX
    return {entry.stem: json.loads(entry.read_text(encoding="utf-8"))
            for entry in folder.glob("*.json")} if folder.exists() else {}


def test_the_files_of_a_database_gone_go_and_the_others_stay(tmp_path):
    staying, leaving = _firm(tmp_path / "a"), _firm(tmp_path / "b")
    assert all(path.exists() for path in _kept(staying) + _kept(leaving))
    assert set(_indexed().values()) == {str(staying.resolve()), str(leaving.resolve())}
    assert kept_files.tidy() == 0  # both there: nothing goes
    leaving.rename(tmp_path / "b" / "renamed.sqlite")
    assert kept_files.tidy() == 4  # its three kept files and its entry in the index
    assert all(path.exists() for path in _kept(staying))
    assert not any(path.exists() for path in _kept(leaving))
    assert list(_indexed().values()) == [str(staying.resolve())]
    conn = connect(staying)
    assert last_table.shown(staying, conn) is not None  # still taken
    conn.close()


def test_a_part_left_by_a_write_cut_short_goes_once_old(tmp_path):
    db = _firm(tmp_path / "a")
    table = kept_files.kept_for(db, last_table.KIND)
    left = table.with_name(f"{table.stem}.4242.part")
    left.write_text("{", encoding="utf-8")
    assert kept_files.tidy() == 0  # it may be another process's write, under way
    hour_ago = time.time() - kept_files.PART_AGE - 60
    os.utime(left, (hour_ago, hour_ago))
    foreign = table.parent / "notes.txt"  # not the app's: never touched
    foreign.write_text("x", encoding="utf-8")
    os.utime(foreign, (hour_ago, hour_ago))
    assert kept_files.tidy() == 1
    assert not left.exists() and table.exists() and foreign.exists()


def test_a_part_of_the_index_left_by_a_write_cut_short_goes_once_old(tmp_path):
    db = _firm(tmp_path / "a")
    index = cache_dir() / kept_files.EARLIER_INDEX  # an earlier version's index: one file
    index.write_text("{}", encoding="utf-8")
    left = index.with_name(f"{index.stem}.4242.part")
    left.write_text("{", encoding="utf-8")
    foreign = cache_dir() / "databases.txt"  # not the app's: never touched
    foreign.write_text("x", encoding="utf-8")
    assert kept_files.tidy() == 0  # it may be another process's write, under way
    hour_ago = time.time() - kept_files.PART_AGE - 60
    for file in (left, foreign):
        os.utime(file, (hour_ago, hour_ago))
    assert kept_files.tidy() == 1
    assert not left.exists() and foreign.exists()
    assert all(path.exists() for path in _kept(db))
    entry = next((cache_dir() / kept_files.INDEX).iterdir())
    part = entry.with_name(f"{entry.stem}.4242.part")  # a part of one entry
    part.write_text('"', encoding="utf-8")
    os.utime(part, (hour_ago, hour_ago))
    assert kept_files.tidy() == 1
    assert not part.exists() and _indexed() == {entry.stem: str(db.resolve())}


def test_two_databases_kept_at_the_same_moment_both_stay_in_the_index(tmp_path, monkeypatch):
    """Another window keeps its database between this one's reading and writing the index:
    one file for all of them, read, changed and written back, lost the other's entry, and
    then its files were never tidied."""
    first, second = _firm(tmp_path / "a"), _firm(tmp_path / "b")
    for entry in (cache_dir() / kept_files.INDEX).iterdir():
        entry.unlink()  # neither indexed yet
    write = kept_files._write
    meanwhile = []

    def interleaved(target: Path, content: object) -> None:
        if content == str(first.resolve()) and not meanwhile:
            meanwhile.append(kept_files.keep_json(second, last_table.KIND, {"other": 1}))
        write(target, content)

    monkeypatch.setattr(kept_files, "_write", interleaved)
    assert kept_files.keep_json(first, last_table.KIND, {"this": 1}) and meanwhile == [True]
    assert _indexed() == {kept_files.name_of(db): str(db.resolve()) for db in (first, second)}
    second.unlink()
    assert kept_files.tidy() == 4
    assert not any(path.exists() for path in _kept(second))
    assert all(path.exists() for path in _kept(first))


def test_an_earlier_version_s_index_is_read_and_replaced(tmp_path):
    staying, leaving = _firm(tmp_path / "a"), _firm(tmp_path / "b")
    (cache_dir() / kept_files.EARLIER_INDEX).write_text(json.dumps(
        {kept_files.name_of(db): str(db.resolve()) for db in (staying, leaving)}),
        encoding="utf-8")
    for entry in (cache_dir() / kept_files.INDEX).iterdir():
        entry.unlink()  # as an earlier version left the folder
    leaving.unlink()
    assert kept_files.tidy() == 3
    assert not any(path.exists() for path in _kept(leaving))
    assert all(path.exists() for path in _kept(staying))
    assert not (cache_dir() / kept_files.EARLIER_INDEX).exists()
    assert _indexed() == {kept_files.name_of(staying): str(staying.resolve())}


def test_a_damaged_index_or_no_cache_folder_removes_nothing(tmp_path):
    assert kept_files.tidy() == 0  # no cache folder yet
    db = _firm(tmp_path / "a")
    entry = cache_dir() / kept_files.INDEX / f"{kept_files.name_of(db)}.json"
    entry.write_text("[1, 2", encoding="utf-8")
    db.unlink()
    assert kept_files.tidy() == 0
    assert all(path.exists() for path in _kept(db))


def test_tidying_runs_once_a_run_beside_the_keeping(tmp_path, monkeypatch):
    """The window's keeping task does not wait for it (a network drive that is down can take
    the system tens of seconds to answer), and a run of the app tidies once."""
    from ui import operations

    conn = build(tmp_path, receivables_ledger())
    db = tmp_path / "firm.sqlite"
    analysed = operations.Analysed(analyse(conn), None, True, last_table.version_of(db))
    conn.close()
    asked, answer = threading.Event(), threading.Event()

    def slow_tidy() -> int:
        asked.set()
        assert answer.wait(30)
        return 0

    monkeypatch.setattr(kept_files, "tidy", slow_tidy)
    assert operations.keep_table(db, analysed) is True  # returned while the tidying waits
    assert asked.wait(30) and kept_files._tidying[0].is_alive()
    assert operations.keep_table(db, analysed) is True
    assert kept_files.tidy_in_background() is None and len(kept_files._tidying) == 1
    answer.set()
