"""Safety copies, restore and undo-import, compared against the database's content before and
after; the commands run as a person runs them (subprocess, no terminal) and in-process."""

from __future__ import annotations

import errno
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import databases
import pytest
from conftest import ROOT
from databases import contents, month_rows
from ledgers import write_xlsx

from core import backups, i18n, ownership, recovery, settings_store
from core.cli import main as cli
from core.ledger.importer import import_files
from core.messages import Refusal
from core.override_changes import merge, pin
from core.store import SCHEMA_VERSION, connect, dump


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return cli.run(list(argv), out, err), out.getvalue(), err.getvalue()


@pytest.fixture
def two_months(tmp_path: Path) -> tuple[Path, list[str], list[str]]:
    return databases.two_months(tmp_path)


def test_every_import_that_writes_takes_one_copy_first(two_months) -> None:
    db, after_january, _ = two_months
    copies = backups.listing(db)
    assert [c.reason for c in copies] == ["import", "import"]
    assert copies[0].note == "2月.xlsx" and copies[0].imports == 1
    with sqlite3.connect(copies[0].path) as copy:
        assert list(copy.iterdump()) == after_january


def test_undo_import_puts_the_database_back_and_says_which_file(two_months) -> None:
    db, after_january, after_february = two_months
    code, out, _ = _run("undo-import", "--db", str(db), "--yes")
    assert code == 0
    assert "2月.xlsx" in out and "Undone" in out
    assert contents(db) == after_january
    [undo_copy] = [c for c in backups.listing(db) if c.reason == "undo"]
    with sqlite3.connect(undo_copy.path) as copy:
        assert list(copy.iterdump()) == after_february  # the undo itself can be undone


def test_many_corrections_since_do_not_cost_the_copy_undo_import_needs(two_months) -> None:
    """Ten and more corrections each take a copy; pruning keeps the newest copy from before
    an import whatever came after it, so the last import can still be undone."""
    db, after_january, _ = two_months
    conn = connect(db)
    for _ in range(backups.KEEP + 2):
        backups.take(conn, db, "override", "merge")
    with pytest.raises(Refusal):  # a name no ledger has: refused before any copy is taken
        merge(conn, "No Such Buyer", "Nobody Either")
    conn.close()
    copies = backups.listing(db)
    assert len(copies) == backups.KEEP + 1
    assert [c.reason for c in copies].count("import") == 1
    assert _run("undo-import", "--db", str(db), "--yes")[0] == 0
    assert contents(db) == after_january


def test_undo_twice_goes_back_one_import_each_time(two_months, tmp_path) -> None:
    db, _, _ = two_months
    recovery.undo_import(db)
    recovery.undo_import(db)
    conn = connect(db)
    assert conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0
    conn.close()
    with pytest.raises(Refusal) as refused:
        recovery.plan_undo_import(db)
    assert refused.value.code == "nothing_to_undo"


def test_undo_counts_the_corrections_it_also_undoes(two_months) -> None:
    db, _, _ = two_months
    conn = connect(db)
    pin(conn, "Customer 1", "black")
    conn.close()
    plan = recovery.plan_undo_import(db)
    assert plan.later_changes == 1 and "1 correction made since then is undone" in (
        plan.message.text)
    i18n.set_language("zh_CN")  # the corrections' sentence is read in the language of the whole
    try:
        assert "此后所做的 1 项修正也会一并撤销" in plan.message.text
    finally:
        i18n.set_language("en")


def _main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRADETIER_HOME": str(home)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120, cwd=ROOT)


def test_without_yes_and_no_terminal_nothing_changes(two_months, tmp_path) -> None:
    db, _, after_february = two_months
    done = _main("undo-import", "--db", str(db), home=tmp_path)
    assert done.returncode == 2
    assert "2月.xlsx" in done.stdout and "--yes" in done.stderr
    spare = tmp_path / "spare.sqlite"
    assert _main("backup", "--db", str(db), str(spare), home=tmp_path).returncode == 0
    assert _main("restore", "--db", str(db), str(spare), home=tmp_path).returncode == 2
    assert contents(db) == after_february


def test_backup_then_restore_round_trips(two_months, tmp_path) -> None:
    db, after_january, after_february = two_months
    copy = tmp_path / "kept" / "copy.sqlite"
    assert _run("backup", "--db", str(db), str(copy))[0] == 0
    with sqlite3.connect(copy) as saved:
        assert list(saved.iterdump()) == after_february
    recovery.undo_import(db)
    assert contents(db) == after_january
    code, out, _ = _run("restore", "--db", str(db), str(copy), "--yes")
    assert code == 0 and "copy.sqlite" in out
    assert contents(db) == after_february
    replaced = next(c for c in backups.listing(db) if c.reason == "restore")
    with sqlite3.connect(replaced.path) as saved:
        assert list(saved.iterdump()) == after_january


def test_restore_refuses_what_is_no_tradetier_database(two_months, tmp_path) -> None:
    db, _, after_february = two_months
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as foreign:
        foreign.execute("CREATE TABLE t(x)")
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as future:
        future.executescript("".join(f"CREATE TABLE {t}(x);" for t in ownership.REQUIRED_TABLES))
        future.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for source, code in ((text, "backup_damaged"), (other, "not_a_tradetier_database"),
                         (newer, "database_too_new"), (db, "restore_onto_itself")):
        with pytest.raises(Refusal) as refused:
            recovery.restore(db, source)
        assert refused.value.code == code
    assert _run("restore", "--db", str(db), str(text), "--yes")[0] == 1
    assert contents(db) == after_february


def test_a_database_from_a_newer_version_is_not_opened(tmp_path) -> None:
    db = tmp_path / "future.sqlite"
    with sqlite3.connect(db) as future:  # stamped TradeTier's, as a newer version writes it
        future.execute(f"PRAGMA application_id = {ownership.APPLICATION_ID}")
        future.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(Refusal) as refused:
        connect(db)
    assert refused.value.code == "database_too_new" and "newer TradeTier" in refused.value.text
    code, _, err = _run("summary", "--db", str(db))
    assert code == 1 and "Update TradeTier" in err


def test_copies_are_pruned_to_ten_and_to_the_budget(tmp_path) -> None:
    db = tmp_path / "firm.sqlite"
    conn = connect(db)
    for _ in range(12):
        backups.take(conn, db, "import")
    assert len(backups.listing(db)) == backups.KEEP
    newest = backups.listing(db)[0]
    backups.take(conn, db, "import", budget_bytes=newest.size * 3)
    kept = backups.listing(db)
    assert len(kept) == 3
    backups.take(conn, db, "import", budget_bytes=1)
    assert len(backups.listing(db)) == 1  # the newest is kept whatever its size
    conn.close()
    leftovers = sorted(p.name for p in backups.folder_for(db).iterdir())
    assert len(leftovers) == 2  # one copy and its note, nothing half-written


def test_copies_of_another_database_in_the_folder_are_left_alone(tmp_path) -> None:
    firm, sample = tmp_path / "firm.sqlite", tmp_path / "sample.sqlite"
    for db in (firm, sample):
        conn = connect(db)
        backups.take(conn, db, "import")
        conn.close()
    conn = connect(firm)
    for _ in range(backups.KEEP + 2):
        backups.take(conn, firm, "import")
    conn.close()
    assert len(backups.listing(sample)) == 1


def test_the_budget_is_a_setting(two_months) -> None:
    db, _, _ = two_months
    conn = connect(db)
    settings_store.put(conn, "backup_budget_mb", 10)
    assert settings_store.get(conn, "backup_budget_mb") == 10
    conn.close()


def test_merging_customers_copies_the_database_but_one_pin_does_not(two_months) -> None:
    db, _, after_february = two_months
    conn = connect(db)
    pin(conn, "Customer 1", "black")
    assert [c.reason for c in backups.listing(db)].count("override") == 0
    state = dump(conn)
    merge(conn, "Customer 1", "Customer 2")
    conn.close()
    [copy] = [c for c in backups.listing(db) if c.reason == "override"]
    with sqlite3.connect(copy.path) as saved:
        assert list(saved.iterdump()) == state
    assert state != after_february


def test_a_copy_that_cannot_be_written_stops_the_import(two_months, tmp_path, monkeypatch):
    db, _, after_february = two_months

    def disk_full(conn: sqlite3.Connection, target: Path, path: Path | None = None) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "copy_database", disk_full)
    [result] = import_files(db, [write_xlsx(tmp_path / "3月.xlsx", {"3月": month_rows(3)})])
    assert result.refused and result.message.code == "backup_failed"
    assert "No space left" in result.message.text
    assert contents(db) == after_february
    assert not list(backups.folder_for(db).glob("*.partial"))


def test_quick_check_finds_damage_and_the_newest_good_copy(two_months) -> None:
    db, _, _ = two_months
    assert recovery.quick_check(db) is None
    copies = backups.listing(db)
    copies[0].path.write_bytes(b"SQLite format 3\0" + b"\xff" * 4000)
    assert recovery.quick_check(copies[0].path) is not None
    assert recovery.newest_good_backup(db) == copies[1]


def test_restoring_over_a_damaged_database_sets_it_aside(two_months) -> None:
    db, after_january, _ = two_months
    good = recovery.newest_good_backup(db)
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)
    db.write_bytes(bytes(data))
    assert recovery.quick_check(db) is not None
    recovery.restore(db, good.path)
    assert contents(db) == after_january
    assert list(backups.folder_for(db).glob("*-damaged.sqlite"))


def test_restore_never_moves_a_folder_or_another_file_out_of_the_way(two_months,
                                                                      tmp_path) -> None:
    db, _, _ = two_months
    folder = tmp_path / "my documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    text = tmp_path / "notes.txt"
    text.write_text("keep me too", encoding="utf-8")
    for wrong in (folder, text):
        code, _, err = _run("restore", str(db), "--db", str(wrong), "--yes", "--lang", "zh_CN")
        assert code == 1 and str(wrong) in err and "Traceback" not in err
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert text.read_text(encoding="utf-8") == "keep me too"
    assert not any("damaged" in p.name for p in backups.folder_for(folder).iterdir())


def test_restore_into_a_folder_not_made_yet_makes_it(two_months, tmp_path) -> None:
    db, _, after_february = two_months
    target = tmp_path / "new folder" / "firm.sqlite"
    assert _run("restore", str(db), "--db", str(target), "--yes")[0] == 0
    assert contents(target) == after_february


def test_a_copy_is_never_written_over_a_file_that_is_not_one(two_months, tmp_path) -> None:
    db, _, _ = two_months
    workbook = tmp_path / "ledger.xlsx"
    workbook.write_bytes(b"PK\x03\x04 a workbook")
    code, _, err = _run("backup", str(workbook), "--db", str(db))
    assert code == 1 and "ledger.xlsx" in err
    assert workbook.read_bytes() == b"PK\x03\x04 a workbook"
    code, _, err = _run("backup", str(workbook / "copy.sqlite"), "--db", str(db))
    assert code == 1 and "copy.sqlite" in err and "Unexpected" not in err
    earlier = tmp_path / "last week.sqlite"  # an earlier copy is replaced, as asked
    assert _run("backup", str(earlier), "--db", str(db))[0] == 0
    assert _run("backup", str(earlier), "--db", str(db))[0] == 0
    assert contents(earlier) == contents(db)


def test_an_import_into_a_damaged_database_is_refused_with_the_way_out(two_months,
                                                                        tmp_path) -> None:
    db, _, _ = two_months
    data = bytearray(db.read_bytes())
    data[4096:len(data)] = b"\xff" * (len(data) - 4096)  # every page after the first
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    ledger = write_xlsx(tmp_path / "3月.xlsx", {"3月": month_rows(3)})
    code, out, err = _run("import", str(ledger), "--db", str(db), "--lang", "en")
    assert code == 1 and "damaged" in (out + err) and "Unexpected" not in (out + err)
    assert db.read_bytes() == before
