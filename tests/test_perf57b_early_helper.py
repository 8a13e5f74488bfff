"""A big workbook's second process is started as the import begins, before the store is opened
(core.ledger.tabs_apart.started_early, perf57b): its interpreter and modules load on the other
core while the import waits on the disk. The database and the report are the same as the
import reading every tab itself; a process started for a file that then wants none (imported
already, of one tab, refused) is ended before the import returns.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ledgers import HEADER, write_xlsx
from test_fast_import import _tables

from bench.ledgers import write_ledgers
from bench.sizes import parse_size
from core.ledger import importer, tabs_apart
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.report import import_report

EVERY, NONE = range(1 << 62), range(0)  # the sizes of the workbooks read apart
ROW = ["PO-1", "华美贸易", "美国", "张三", "2025-03-05", "LED灯", 5000, "USD", "FOB", "T/T",
       "2025-03-20", 5000, "2025-04-01", "", "已出货"]


@pytest.fixture
def at_connect(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many processes the import had started each time it opened the store."""
    seen: list[int] = []
    connect: Callable[..., sqlite3.Connection] = importer.connect

    def counting(*args: Any) -> sqlite3.Connection:
        seen.append(len(multiprocessing.active_children()))
        return connect(*args)

    monkeypatch.setattr(importer, "connect", counting)
    return seen


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The processes started to read tabs apart, each named by when it started."""
    names: list[str] = []
    start = multiprocessing.process.BaseProcess.start

    def counting(process: multiprocessing.process.BaseProcess) -> None:
        names.append(process.name)
        start(process)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", counting)
    return names


def _here_and_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: int
                    ) -> tuple[list[FileResult], list[FileResult]]:
    """The bench's 2k ledger (and its update month) imported with no workbook read apart,
    then with every one: the results, once the two databases' tables are found the same."""
    base, update = tmp_path / "ledger.xlsx", tmp_path / "update.xlsx"
    write_ledgers(parse_size("2k"), base, update)
    monkeypatch.setattr(tabs_apart, "APART_BYTES", NONE)
    here = import_files(tmp_path / "here.sqlite", [base, update][:files])
    monkeypatch.setattr(tabs_apart, "APART_BYTES", EVERY)
    apart = import_files(tmp_path / "apart.sqlite", [base, update][:files])
    assert _tables(tmp_path / "apart.sqlite") == _tables(tmp_path / "here.sqlite")
    assert multiprocessing.active_children() == []
    return here, apart


def test_the_other_process_starts_before_the_store_opens(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at_connect: list[int],
        started: list[str]) -> None:
    [here], [apart] = _here_and_apart(tmp_path, monkeypatch, 1)
    assert at_connect == [0, 1]  # none read apart; then already running as the store opened
    assert started == ["tradetier-tabs"]  # one process, the one the tabs were read by
    assert apart.status == "imported" and import_report(apart) == import_report(here)


def test_two_files_each_read_by_a_process_of_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at_connect: list[int],
        started: list[str]) -> None:
    here, apart = _here_and_apart(tmp_path, monkeypatch, 2)
    assert at_connect == [0, 1] and started == ["tradetier-tabs"] * 2
    assert [import_report(r) for r in apart] == [import_report(r) for r in here]


def test_a_process_the_file_does_not_want_is_ended(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at_connect: list[int],
        started: list[str]) -> None:
    """Imported already; a workbook of one tab (read by the import itself); a file that is no
    workbook (a CSV: none started)."""
    base, update = tmp_path / "ledger.xlsx", tmp_path / "update.xlsx"
    write_ledgers(parse_size("2k"), base, update)
    monkeypatch.setattr(tabs_apart, "APART_BYTES", EVERY)
    db = tmp_path / "firm.sqlite"
    import_files(db, [base])
    [again] = import_files(db, [base])
    assert again.status == "already_imported"
    assert at_connect == [1, 1] and started == ["tradetier-tabs"] * 2
    assert multiprocessing.active_children() == []
    one_tab = tmp_path / "one.xlsx"
    write_xlsx(one_tab, {"2025-03": [HEADER, ROW]})
    [one] = import_files(tmp_path / "one.sqlite", [one_tab])
    assert one.status == "imported" and started == ["tradetier-tabs"] * 3
    assert multiprocessing.active_children() == []
    csv = tmp_path / "ledger.csv"
    csv.write_text("\n".join(",".join(map(str, r)) for r in (HEADER, ROW)), encoding="utf-8")
    [typed] = import_files(tmp_path / "csv.sqlite", [csv])
    assert typed.status == "imported" and started == ["tradetier-tabs"] * 3
    assert multiprocessing.active_children() == []
