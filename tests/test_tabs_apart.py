"""A big workbook's tabs read in a process of their own leave the database, the import's report
and its --json byte for byte as the import reading them itself (core.ledger.tabs_apart).

Every case imports the same files, in the same order, into two new databases: one with every
workbook read apart (APART_BYTES made every size, so that small ledgers take that path), one with
none; after each round the tables (the clock columns masked), the reports and the --json
results are compared. Then what becomes of the other process: a cancel, a refusal, its death.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import account_ledgers as books
import pytest
from ledgers import HEADER, write_xlsx
from test_fast_import import _hostile, _tables

from bench.ledgers import write_ledgers
from bench.sizes import parse_size
from core.ledger import tabs_apart
from core.ledger.import_result import FileResult, result_json
from core.ledger.importer import import_files
from core.ledger.readers import WorkbookStream, open_workbook
from core.ledger.report import import_report
from core.messages import Cancelled
from core.sample import sample_file_names

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "sample"
BROKEN = ROOT / "tests" / "data" / "broken"
sys.path.insert(0, str(BROKEN))
import make_corpus as CORPUS  # noqa: E402 - the corpus script lives beside its files

EVERY, NONE = range(1 << 62), range(0)  # the sizes of the workbooks read apart


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files whose tabs were read apart (each import: the other process started)."""
    started: list[str] = []
    real = tabs_apart.tabs_apart

    def counting(stream: WorkbookStream, *args: Any) -> Iterator[Any]:
        started.append(stream.path.name)
        return real(stream, *args)

    monkeypatch.setattr("core.ledger.file_reader.tabs_apart", counting)
    return started


def _json(result: FileResult, folder: Path) -> str:
    return str(result_json(result)).replace(str(folder), "<folder>")


def _both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *rounds: list[Path],
          **options: Any) -> list[FileResult]:
    """Each round imported by both ways, and compared after every round."""
    apart_db, here_db = tmp_path / "apart.sqlite", tmp_path / "here.sqlite"
    results = []
    for files in rounds:
        monkeypatch.setattr(tabs_apart, "APART_BYTES", EVERY)
        apart = import_files(apart_db, files, **options)
        monkeypatch.setattr(tabs_apart, "APART_BYTES", NONE)
        here = import_files(here_db, files, **options)
        assert [import_report(r) for r in apart] == [import_report(r) for r in here]
        assert [_json(r, tmp_path) for r in apart] == [_json(r, tmp_path) for r in here]
        apart_tables, here_tables = _tables(apart_db), _tables(here_db)
        assert apart_tables.keys() == here_tables.keys()
        for name in here_tables:
            assert apart_tables[name] == here_tables[name], name
        results.extend(apart)
    assert multiprocessing.active_children() == []  # none left running
    return results


def test_the_sample_year_month_by_month_and_at_once(tmp_path: Path, counted: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    files = [SAMPLES / name for name in sample_file_names()]
    results = _both(tmp_path, monkeypatch, *[[f] for f in files[:-3]], files[-3:], files[-3:])
    assert [r.status for r in results] == ["imported"] * 12 + ["already_imported"] * 3
    assert counted  # the samples with more than one tab


def test_the_sample_data_command_s_ledgers(tmp_path: Path, sample_ledgers: Any,
                                           counted: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    results = _both(tmp_path, monkeypatch, sample_ledgers.paths)
    assert {r.status for r in results} == {"imported"}


def test_every_account_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for number, build in enumerate(books.BUILDERS):
        ledger = build(tmp_path / f"ledger-{number}")
        results = _both(tmp_path / f"db-{number}", monkeypatch, *[[f] for f in ledger.files])
        assert all(r.status == "imported" for r in results), build.__name__


def test_a_generated_ledger_and_its_update_month(tmp_path: Path, counted: list[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's ledger: twelve monthly tabs, its update month into the same store."""
    base, update = tmp_path / "ledger.xlsx", tmp_path / "update.xlsx"
    write_ledgers(parse_size("3k"), base, update)
    results = _both(tmp_path, monkeypatch, [base], [update])
    assert [r.status for r in results] == ["imported", "imported"]
    assert results[1].counts.updated > 0 and counted == ["ledger.xlsx", "update.xlsx"]


def test_a_hostile_ledger_its_correction_a_chosen_sheet_and_a_mapping(
        tmp_path: Path, counted: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Merged cells, a refund waiting for the file, wires copied, credit notes (the tabs
    held for the whole file are taken by the import as before)."""
    first, second = _hostile(tmp_path)
    results = _both(tmp_path / "a", monkeypatch, [first], [second])
    assert [r.status for r in results] == ["imported", "imported"]
    _both(tmp_path / "b", monkeypatch, [first], overrides={"notes": ""})
    _both(tmp_path / "c", monkeypatch, [first], sheet="2025-04")  # one tab: read here
    assert counted == ["台账.xlsx", "台账-更新.xlsx", "台账.xlsx"]


def test_a_mapping_no_tab_has_and_tabs_that_are_no_ledger(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A refusal the last tab's headers make, and a tab whose headers refuse the file while
    the import itself reads the first tab."""
    book = write_xlsx(tmp_path / "book.xlsx", {
        "notes": [["hello", "world"]],
        "1月": [HEADER, ["PI-1", "Acme", "USA", "Tom", "2025-01-06", "Pot", 100, "USD"]],
        "2月": [HEADER, ["PI-2", "Beta", "UK", "Ann", "2025-02-06", "Pan", 200, "USD"]],
        "empty": [[None]]})
    results = _both(tmp_path / "a", monkeypatch, [book], overrides={"customer": "买家"})
    assert results[0].message.code == "header_not_found"
    results = _both(tmp_path / "b", monkeypatch, [book], overrides={"amount": "客户"})
    assert results[0].status == "refused"
    results = _both(tmp_path / "c", monkeypatch, [book])
    assert results[0].status == "imported"


def test_the_broken_files_are_refused_alike(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged month, far entries, a password, a Word file…: the same refusals."""
    files = [*(BROKEN / name for name in CORPUS.SMALL),
             *CORPUS.write_large(tmp_path / "large").values()]
    good = tmp_path / "1月.xlsx"
    good.write_bytes(CORPUS.ledger_xlsx((1,)))
    results = _both(tmp_path, monkeypatch, [good], files)
    assert results[0].status == "imported"
    assert {r.status for r in results[1:]} == {"refused"}


def test_a_cancel_ends_the_other_process_and_writes_nothing(
        tmp_path: Path, counted: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    base, _ = tmp_path / "ledger.xlsx", tmp_path / "update.xlsx"
    write_ledgers(parse_size("3k"), base, _)
    monkeypatch.setattr(tabs_apart, "APART_BYTES", EVERY)
    db = tmp_path / "firm.sqlite"
    asked: list[float] = []

    def progress(fraction: float, message: str) -> None:
        asked.append(fraction)

    def cancel() -> bool:  # once past the tabs the import reads itself: a tab read apart
        return bool(asked) and asked[-1] > 0.2 + 0.5 * 0.5

    with pytest.raises(Cancelled):
        import_files(db, [base], progress=progress, cancel=cancel)
    assert counted == ["ledger.xlsx"]
    assert multiprocessing.active_children() == []
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM order_lines").fetchone() == (0,)
    conn.close()


def dying(path: Path, *args: Any, **kwargs: Any) -> WorkbookStream:
    """The workbook opened; in the other process, a process that dies after its first tab."""
    stream = open_workbook(path, *args, **kwargs)
    if multiprocessing.parent_process() is not None:
        stream.sheets = _first_then_death(stream.sheets)
    return stream


def _first_then_death(sheets: Iterator[Any]) -> Iterator[Any]:
    yield next(sheets)
    os._exit(9)


def _lost(stream: WorkbookStream) -> bool:
    stream.again = partial(dying, stream.path)
    return True


def test_the_other_process_lost_the_import_reads_the_file_itself(
        tmp_path: Path, counted: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    base, update = tmp_path / "ledger.xlsx", tmp_path / "update.xlsx"
    write_ledgers(parse_size("2k"), base, update)
    monkeypatch.setattr(tabs_apart, "APART_BYTES", NONE)
    [here] = import_files(tmp_path / "here.sqlite", [base])
    monkeypatch.setattr("core.ledger.file_reader.worth", _lost)
    [lost] = import_files(tmp_path / "lost.sqlite", [base])
    assert counted == ["ledger.xlsx"]  # started, and lost
    assert import_report(lost) == import_report(here)
    here_tables, lost_tables = _tables(tmp_path / "here.sqlite"), _tables(tmp_path / "lost.sqlite")
    assert lost_tables == here_tables
    assert multiprocessing.active_children() == []


def test_a_small_file_and_a_huge_one_are_read_by_the_import_itself(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Below the range a process's start is not earned back; above it the two processes'
    memory together passed a gigabyte (a million rows)."""
    base, update = tmp_path / "ledger.xlsx", tmp_path / "update.xlsx"
    write_ledgers(parse_size("1k"), base, update)
    size = base.stat().st_size
    stream = open_workbook(base)
    try:
        for sizes, apart in ((range(size + 1, size + 2), False), (range(size, size + 1), True),
                             (range(1, size), False)):
            monkeypatch.setattr(tabs_apart, "APART_BYTES", sizes)
            assert tabs_apart.worth(stream) is apart
    finally:
        stream.close()
