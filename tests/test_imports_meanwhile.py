"""Another program writes the database while an import reads its file (a second import, the
window's correction): the import reads again what was written, and its safety copy is taken
under its write lock — the database just before it, never before the other's import too."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from databases import month_rows
from ledgers import write_xlsx

from core import backups, store
from core.analysis.run import analyse
from core.ledger import importer
from core.ledger.importer import import_files
from core.store import connect


def _paid(month: int, count: int) -> list[list[object]]:
    """The same month's ledger with every order paid in full on the 28th."""
    header, *rows = month_rows(month, count)
    return [header, *[[*row[:11], row[6], f"2025-{month:02d}-28", *row[13:]] for row in rows]]


def _open(db: Path) -> dict[str, float]:
    with connect(db) as conn:
        return {c.customer: c.open_amount for c in analyse(conn).customers}


def _imports(copy: Path) -> list[str]:
    with closing(sqlite3.connect(copy)) as raw:
        return [row[0] for row in raw.execute("SELECT file_name FROM imports ORDER BY id")]


def test_an_import_reads_again_what_another_wrote_while_it_read(tmp_path, monkeypatch) -> None:
    march = write_xlsx(tmp_path / "3月.xlsx", {"3月": month_rows(3, 6)})
    paid = write_xlsx(tmp_path / "3月 收款.xlsx", {"3月": _paid(3, 6)})
    alone = tmp_path / "alone.sqlite"  # the two one after the other
    import_files(alone, [march])
    [expected] = import_files(alone, [paid])

    db = tmp_path / "firm.sqlite"
    connect(db).close()
    reached = importer.reached
    meanwhile: list[importer.FileResult] = []

    reads: list[Path] = []
    opened = importer.open_workbook

    def reading(path: Path, *args: object, **kwargs: object) -> object:
        reads.append(Path(path))
        return opened(path, *args, **kwargs)

    monkeypatch.setattr(importer, "open_workbook", reading)

    def another_program_imports(name: str) -> None:
        if name == "read" and not meanwhile:  # the paid month is read, not yet written
            meanwhile.append(importer.FileResult(path=march, status="started"))
            meanwhile[:] = import_files(db, [march])
        reached(name)

    monkeypatch.setattr(importer, "reached", another_program_imports)
    [result] = import_files(db, [paid])
    assert [r.status for r in meanwhile] == ["imported"] and result.status == "imported"
    assert reads == [paid, march, paid]  # the paid month read again after March was written
    assert (result.counts.inserted, result.counts.updated) == (
        expected.counts.inserted, expected.counts.updated)
    assert _open(db) == _open(alone) and set(_open(db).values()) == {0}
    copy = next(b for b in backups.listing(db) if b.note == paid.name)
    assert _imports(copy.path) == ["3月.xlsx"]  # undoing the paid month keeps March


def test_the_safety_copy_is_the_database_just_before_its_import(tmp_path, monkeypatch) -> None:
    """A second import reaching the database between the first's copy and its write (old: it
    wrote there, and undoing the first import put back a database without the second's)."""
    db = tmp_path / "firm.sqlite"
    connect(db).close()
    march = write_xlsx(tmp_path / "3月.xlsx", {"3月": month_rows(3, 6)})
    april = write_xlsx(tmp_path / "4月.xlsx", {"4月": month_rows(4, 6)})
    monkeypatch.setattr(store, "WRITE_WAIT", 0.05)  # the second gives up at once, not in 30 s
    reached = importer.reached
    meanwhile: list[importer.FileResult] = []

    def another_program_imports(name: str) -> None:
        if name == "copied" and not meanwhile:
            meanwhile.append(importer.FileResult(path=april, status="started"))
            meanwhile[:] = import_files(db, [april])
        reached(name)

    monkeypatch.setattr(importer, "reached", another_program_imports)
    [result] = import_files(db, [march])
    assert result.status == "imported" and len(meanwhile) == 1
    copy = next(b for b in backups.listing(db) if b.note == march.name)
    others = set(_imports(db)) - {march.name}
    assert others <= set(_imports(copy.path))  # undoing March loses no other import
    [april_result] = meanwhile  # it waited for the lock, and says what to do
    assert april_result.status == "refused" and "4月.xlsx" in april_result.message.text
    assert "4月.xlsx" not in _imports(db)
