"""Files in use and odd input: each a message saying what to do, nothing half-written, and odd
text stored and exported as text.

A ledger held open by Excel, a path gone, a full disk and a read-only database are simulated
(the tests run as any user, on any file system); the previous good export is never destroyed.
"""

from __future__ import annotations

import errno
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest
from databases import contents
from ledgers import HEADER, write_csv, write_xlsx

from core.actions import export_restructuring
from core.actions import files as export_files
from core.analysis.run import analyse
from core.ledger import importer
from core.ledger.importer import import_files
from core.ledger.writer import LedgerWriter
from core.messages import Refusal
from core.store import connect

HYPERLINK = '=HYPERLINK("http://example.com","x")'
ODD_NAMES = (HYPERLINK, "+1 Trading", "-2 Co", "@x Ltd", "Bell\x07 \x01Co")
LONG = "长" * 40_000


def _ledger(path: Path) -> Path:
    """A CSV export: it can carry control characters and cells longer than Excel holds."""
    rows = [HEADER, *[[f"PI-{n}", name, "USA", "Tom", f"2025-10-{n + 1:02d}", LONG,
                       10_000 * (n + 1), "USD", "FOB", "T/T", None, None, None, None, None]
                      for n, name in enumerate(ODD_NAMES)]]
    return write_csv(path.with_suffix(".csv"), rows)


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [_ledger(tmp_path / "odd")])
    assert result.status == "imported"
    return db


def test_odd_text_is_stored_as_written(imported: Path) -> None:
    conn = connect(imported)
    names = {r[0] for r in conn.execute("SELECT name FROM customers")}
    products = {r[0] for r in conn.execute("SELECT product FROM order_lines")}
    conn.close()
    assert set(ODD_NAMES) <= names
    assert products == {LONG}


def test_odd_text_is_exported_as_text_and_the_file_opens(imported: Path, tmp_path) -> None:
    conn = connect(imported)
    analysis = analyse(conn)
    conn.close()
    [path] = export_restructuring(analysis, tmp_path / "plan.xlsx")
    texts = set()
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    assert len(cell.value) <= 32767
                    texts.add(cell.value)
    assert {HYPERLINK, "+1 Trading", "-2 Co", "@x Ltd", "Bell Co"} <= texts
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist()
                      if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml


def _only_for(target: Path, error: OSError, real):  # type: ignore[no-untyped-def]
    def opener(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self == target:
            raise error
        return real(self, *args, **kwargs)
    return opener


@pytest.mark.parametrize(("error", "code", "advice"), [
    (PermissionError(errno.EACCES, "Permission denied"), "file_locked", "Close it and try"),
    (OSError(errno.EIO, "Input/output error"), "file_unreadable", "Copy it to a folder"),
])
def test_a_ledger_in_use_or_on_a_failing_share(tmp_path, monkeypatch, error, code, advice):
    db = tmp_path / "firm.sqlite"
    ledger = _ledger(tmp_path / "open in excel.xlsx")
    monkeypatch.setattr(Path, "open", _only_for(ledger, error, Path.open))
    [result] = import_files(db, [ledger])
    assert result.refused and result.message.code == code and advice in result.message.text


def test_a_ledger_on_a_share_that_vanished(tmp_path) -> None:
    [result] = import_files(tmp_path / "firm.sqlite", [Path("/mnt/gone-share/10月.xlsx")])
    assert result.refused and result.message.code == "file_not_found"


@pytest.mark.parametrize(("message", "code"), [
    ("database or disk is full", "disk_full"),
    ("attempt to write a readonly database", "database_read_only"),
    ("database is locked", "database_busy"),
])
def test_a_write_the_database_refuses_leaves_it_as_it_was(imported, tmp_path, monkeypatch,
                                                          message, code):
    before = contents(imported)

    def fail(self, orders, steps):  # type: ignore[no-untyped-def]
        self.conn.execute("INSERT INTO customers(key, name) VALUES ('half', 'half')")
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(LedgerWriter, "write", fail)
    later = write_xlsx(tmp_path / "11月.xlsx", {"11月": [HEADER, [
        "PI-9", "ACME", "USA", "Tom", "2025-11-02", "W", 100, "USD", "FOB", "T/T", None, None,
        None, None, None]]})
    [result] = import_files(imported, [later])
    assert result.refused and result.message.code == code
    assert "11月.xlsx" in result.message.text
    assert contents(imported) == before


@pytest.fixture
def previous_export(imported: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    conn = connect(imported)
    analysis = analyse(conn)
    conn.close()
    [path] = export_restructuring(analysis, tmp_path / "plan.xlsx")
    return analysis, path, path.read_bytes()


def _no_temporaries(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def _locked(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise PermissionError(errno.EACCES, "Permission denied")


def _disk_full(self, filename):  # type: ignore[no-untyped-def]
    filename.write(b"PK\x03\x04 half a workbook")
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(("where", "name", "failure", "code", "advice"), [
    (export_files.os, "replace", _locked, "export_unwritable", "open in Excel"),  # target open
    (openpyxl.Workbook, "save", _disk_full, "disk_full_export", "disk is full"),
    (export_files, "open", _locked, "export_unwritable", "choose another place"),  # read-only
])
def test_an_export_that_cannot_be_written_keeps_the_previous_file(
        previous_export, monkeypatch, where, name, failure, code, advice) -> None:
    analysis, path, old = previous_export
    monkeypatch.setattr(where, name, failure, raising=False)
    with pytest.raises(Refusal) as refused:
        export_restructuring(analysis, path)
    assert refused.value.code == code and advice in refused.value.text
    assert path.read_bytes() == old and _no_temporaries(path.parent)


@pytest.mark.parametrize("refused_move", [1, 2, 3])
def test_a_set_of_files_refused_part_way_leaves_every_earlier_file_as_it_was(
        tmp_path, monkeypatch, refused_move) -> None:
    """Three files, the first two over last month's copies: whichever move is refused (the
    second file's copy set aside, its new file moved in, or the third, new, file), every
    file is as it was before and nothing is left beside them."""
    old = {"a.xlsx": b"OLD-A", "b.xlsx": b"OLD-B"}
    for name, data in old.items():
        (tmp_path / name).write_bytes(data)
    targets = [tmp_path / name for name in ("a.xlsx", "b.xlsx", "c.xlsx")]
    moves = []
    real = export_files.os.replace

    def replace(source, destination):  # type: ignore[no-untyped-def]
        moves.append(destination)
        if len(moves) == 2 + refused_move:  # a's two moves pass, then the chosen one fails
            raise PermissionError(errno.EACCES, "Permission denied")
        real(source, destination)

    monkeypatch.setattr(export_files.os, "replace", replace)
    with pytest.raises(Refusal) as refused:
        export_files.write_all(targets, lambda index, handle: handle.write(b"NEW"))
    assert refused.value.code == "export_unwritable"
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == old


def test_a_set_of_files_all_written_replaces_each_and_leaves_nothing_beside(tmp_path) -> None:
    (tmp_path / "a.xlsx").write_bytes(b"OLD-A")
    targets = [tmp_path / "a.xlsx", tmp_path / "new" / "b.xlsx"]
    assert export_files.write_all(targets, lambda i, handle: handle.write(b"NEW%d" % i)) == targets
    assert [t.read_bytes() for t in targets] == [b"NEW0", b"NEW1"]
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.xlsx", "b.xlsx", "new"]


def test_the_hash_of_a_locked_file_is_refused_not_raised(tmp_path, monkeypatch) -> None:
    ledger = _ledger(tmp_path / "locked.xlsx")
    monkeypatch.setattr(Path, "open", _only_for(
        ledger, PermissionError(errno.EACCES, "sharing violation"), Path.open))
    with pytest.raises(Refusal) as refused:
        importer.content_hash(ledger)
    assert refused.value.code == "file_locked"
