"""A copy put back on the command line comes back as it was (ident35).

A database holds two merges leading round in a circle (Alpha into Beta, Beta into Alpha, left by
an older version or typed by hand): the analysis counts one customer, Alpha, 50,000, and the
first command drops the merge set first and says so, once. Before: `backup` wrote the copy with
the loop and then said the drop, so the copy held what the clerk was told was gone; `restore`
put it back and its own notice step dropped the merge from the copy just restored and said it
a second time, with no copy of what it restored kept. Now `backup` says (and drops) first, so
the copy is the database as the clerk was told it is; `restore` says nothing of the copy it put
back, which is the copy byte for byte: a copy holding a loop (an older version's) keeps it
until the next command opens it, as any database, and that command says it once.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from test_rekey34_told import _merge_by_sql, _two_buyers

from core.cli.main import run

DROPPED = ("The merge of “Alpha Ltd” into “Beta Ltd”, set on 2025-01-02, was dropped: the "
           "merges led round in a circle, which left the customers out of every list.")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _merges(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT customer_key, target FROM overrides ORDER BY id")]


def _looping(tmp_path: Path) -> Path:
    db = _two_buyers(tmp_path)
    _merge_by_sql(db, "alpha ltd", "beta ltd", "2025-01-02T10:00:00")
    _merge_by_sql(db, "beta ltd", "alpha ltd", "2025-02-03T10:00:00")
    return db


def _customers(db: Path) -> tuple[int, str, str]:
    return _run("customers", "--db", str(db), "--as-of", "2025-06-30", "--json")


def test_a_backup_holds_what_the_clerk_was_told(tmp_path: Path) -> None:
    db, copy = _looping(tmp_path), tmp_path / "copy.sqlite"
    code, _, err = _run("backup", "--db", str(db), str(copy))
    assert code == 0 and err.splitlines() == [DROPPED]
    # before: the copy held both merges, the one said to be dropped too
    assert _merges(copy) == _merges(db) == [("beta ltd", "alpha ltd")]
    [code, out, _] = _customers(db)
    assert _run("restore", "--db", str(db), "--yes", str(copy))[2] == ""
    assert _customers(db) == (code, out, "")  # before: the drop said a second time


def test_a_restored_copy_comes_back_as_it_was(tmp_path: Path) -> None:
    """A copy holding the loop (an older version's backup): put back as it is, the restore
    saying nothing of it; the next command opens it, drops the merge and says so, once; the
    figures throughout those of the one customer Alpha, 50,000."""
    older = _looping(tmp_path / "older")
    with sqlite3.connect(older) as conn:
        conn.execute("DELETE FROM meta WHERE key = 'notes_kept'")
    db, copy = _two_buyers(tmp_path), tmp_path / "copy.sqlite"
    with sqlite3.connect(older) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    code, _, err = _run("restore", "--db", str(db), "--yes", str(copy))
    assert code == 0 and "was dropped" not in err  # before: DROPPED, said by the restore
    assert _merges(db) == _merges(copy) == [("alpha ltd", "beta ltd"), ("beta ltd", "alpha ltd")]
    code, out, err = _customers(db)
    assert code == 0 and err.splitlines() == [DROPPED] and '"Alpha Ltd"' in out
    assert _customers(db) == (0, out, "")
    assert _merges(db) == [("beta ltd", "alpha ltd")]
