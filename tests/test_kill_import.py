"""A real import killed at each stage (SIGKILL; TerminateProcess on Windows, where a user ends
it from the Task Manager or the machine loses power): the database stays sound and the file is
in it either whole, with its imports row, or not at all.

The import runs as `main.py import` in a subprocess with TRADETIER_STOP_AT naming a point
(core.testpoints); the process says when it got there and waits, and is killed there.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from databases import month_rows
from ledgers import write_xlsx

from core.ledger.importer import import_files
from core.store import connect, dump
from core.testpoints import ENV

BEFORE_COMMIT = ("read", "copied", "writing", "written")


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    folder = tmp_path_factory.mktemp("kill")
    first = write_xlsx(folder / "1月.xlsx", {"1月": month_rows(1, 50, customers=97)})
    second = write_xlsx(folder / "2月.xlsx", {"2月": month_rows(2, 3000, customers=97)})
    return first, second, 3000


def _state(db: Path) -> tuple[str, list[str]]:
    raw = sqlite3.connect(db)
    try:
        check = raw.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        raw.close()
    conn = connect(db)
    try:
        return check, dump(conn)
    finally:
        conn.close()


def _kill_at(point: str, db: Path, ledger: Path, home: Path) -> None:
    env = {**os.environ, ENV: point, "TRADETIER_HOME": str(home)}
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "import", "--db",
                                str(db), str(ledger)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        lines = []
        while (line := process.stderr.readline()) and f"stopped at {point}" not in line:
            lines.append(line)
        assert line, f"never reached {point}: {''.join(lines)}"
        process.kill()  # SIGKILL; on Windows TerminateProcess, whose exit code Python sets to 1
    finally:
        process.wait(timeout=60)
        process.stderr.close()
    assert process.returncode == (1 if sys.platform == "win32" else -signal.SIGKILL)


@pytest.mark.parametrize("point", [*BEFORE_COMMIT, "committed"])
def test_killed_import_leaves_all_or_nothing(point, ledgers, tmp_path) -> None:
    first, second, rows = ledgers
    db = tmp_path / "firm.sqlite"
    import_files(db, [first])
    check, before = _state(db)
    assert check == "ok"
    _kill_at(point, db, second, tmp_path)
    check, after = _state(db)
    assert check == "ok"
    if point in BEFORE_COMMIT:
        assert after == before
    else:
        conn = connect(db)
        try:
            imports = [r[0] for r in conn.execute("SELECT file_name FROM imports ORDER BY id")]
            lines = conn.execute("SELECT COUNT(*) FROM order_lines WHERE source_file = ?",
                                 (second.name,)).fetchone()[0]
        finally:
            conn.close()
        assert imports == [first.name, second.name]
        assert lines == rows


@pytest.mark.parametrize("point", ["writing", "written"])
def test_killed_first_import_keeps_the_indexes_it_had_set_aside(point, ledgers, tmp_path
                                                                ) -> None:
    """Into an empty database the import drops the orders' and lines' indexes and makes them
    again after its rows: killed in between, the database still has them, as it was."""
    _first, second, _rows = ledgers
    db = tmp_path / "firm.sqlite"
    connect(db).close()
    check, before = _state(db)
    assert any(line.startswith("CREATE INDEX orders_date") for line in before)
    _kill_at(point, db, second, tmp_path)
    check, after = _state(db)
    assert check == "ok"
    assert after == before
