"""perf39b: what grew faster than the rows in a big import.

A first import into an empty store skips the two steps that look only at lines stored before
it (core.ledger.misread_returns.repair, core.ledger.displaced_notes.move_displaced): each read
every row's sale and credit-note keys from the file's packed sheets again for an empty table
(16× the time for 10× the rows from 100k to 1M). The import writes and reports exactly what
it did before. (The copied wires' candidates read only the sheets holding them: see
tests/test_perf38b_repeats.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fast_import import _hostile, _tables

from core.ledger import importer
from core.ledger.importer import import_files
from core.ledger.report import import_report


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the two steps each time the import runs one."""
    ran: list[str] = []
    repair, move = importer.repair_misread, importer.move_displaced

    def repaired(*args: object) -> None:
        ran.append("repair")
        repair(*args)  # type: ignore[arg-type]

    def moved(*args: object) -> object:
        ran.append("move")
        return move(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "repair_misread", repaired)
    monkeypatch.setattr(importer, "move_displaced", moved)
    return ran


def test_first_import_skips_the_stored_lines_steps(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    first, later = _hostile(tmp_path)
    ran = _counted(monkeypatch)
    db = tmp_path / "db.sqlite"
    [result] = import_files(db, [first])
    assert result.status == "imported"
    assert ran == []  # nothing was stored: neither step ran
    [again] = import_files(db, [later])
    assert again.status == "imported"
    assert ran == ["repair", "move"]  # the store holds the first file's lines now


def test_first_import_gives_what_running_the_steps_gives(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    first, later = _hostile(tmp_path)
    skipped, forced = tmp_path / "skipped.sqlite", tmp_path / "forced.sqlite"
    quick = [import_report(r) for r in import_files(skipped, [first, later])]
    ran = _counted(monkeypatch)
    monkeypatch.setattr(importer, "has_orders", lambda conn: True)  # as before perf39b
    slow = [import_report(r) for r in import_files(forced, [first, later])]
    assert ran == ["repair", "move", "repair", "move"]
    assert quick == slow
    assert _tables(skipped) == _tables(forced)

