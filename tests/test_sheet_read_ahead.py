"""A workbook's next sheet is parsed on a thread of its own while the current one is used
(calamine lets go of Python's lock while it parses), and never after the workbook is closed."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from core.ledger.readers import calamine, open_workbook, read_workbook
from core.ledger.readers.sheets import RawSheet
from tests.ledgers import HEADER, write_xlsx

MONTHS = ["1月", "2月", "3月"]


def _ledger(tmp_path: Path) -> Path:
    sheets = {month: [HEADER, [f"HT-{n}", f"Buyer {n}", "瑞典", "Li", date(2025, n, 3), "Lamp",
                               1000 * n, "USD", "FOB", "T/T", None, None, None, None, None]]
              for n, month in enumerate(MONTHS, start=1)}
    return write_xlsx(tmp_path / "ledger.xlsx", sheets)


class _Spy:
    """Records each sheet read (its thread, and when it ended) and the workbook's closing."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[str] = []
        self.threads: dict[str, str] = {}
        self.started = {name: threading.Event() for name in MONTHS}
        self.hold: dict[str, threading.Event] = {}
        real_sheet, real_open = calamine._calamine_sheet, calamine._open_calamine

        def sheet(book, name, hidden, clean):  # noqa: ANN001, ANN202
            self.threads[name] = threading.current_thread().name
            self.started[name].set()
            if name in self.hold:
                assert self.hold[name].wait(10)
            found = real_sheet(book, name, hidden, clean)
            self.events.append(f"read {name}")
            return found

        def opened(path, source, kind):  # noqa: ANN001, ANN202
            return _Book(real_open(path, source, kind), self.events)

        monkeypatch.setattr(calamine, "_calamine_sheet", sheet)
        monkeypatch.setattr(calamine, "_open_calamine", opened)


class _Book:
    def __init__(self, book: object, events: list[str]) -> None:
        self.book, self.events = book, events

    def __getattr__(self, name: str) -> object:
        return getattr(self.book, name)

    def __enter__(self) -> _Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.events.append("closed")
        self.book.close()  # type: ignore[attr-defined]


def test_the_next_sheet_is_read_while_the_current_one_is_used(tmp_path, monkeypatch):
    spy = _Spy(monkeypatch)
    stream = open_workbook(_ledger(tmp_path))
    first = next(stream.sheets)
    # nothing more is asked of the stream, yet the second sheet's read has begun
    assert spy.started["2月"].wait(10)
    assert isinstance(first, RawSheet) and first.name == "1月"
    assert not spy.started["3月"].is_set()  # only one sheet ahead
    rest = list(stream.sheets)
    assert [s.name for s in rest] == MONTHS[1:]
    assert {spy.threads[m] for m in MONTHS} != {threading.current_thread().name}
    assert all(t.startswith("tradetier-sheet") for t in spy.threads.values())
    assert rest[0].rows[1][0] == "HT-2"  # the cells are the sheet's own
    assert spy.events[-1] == "closed"


def test_closing_early_waits_for_the_sheet_being_read(tmp_path, monkeypatch):
    spy = _Spy(monkeypatch)
    spy.hold["2月"] = release = threading.Event()
    stream = open_workbook(_ledger(tmp_path))
    next(stream.sheets)
    assert spy.started["2月"].wait(10)
    # the read of 2月 is held until the closing has begun; the book must outlive it
    closer = threading.Thread(target=stream.close)
    closer.start()
    release.set()
    closer.join(10)
    assert not closer.is_alive()
    assert spy.events == ["read 1月", "read 2月", "closed"]


def test_an_error_reading_a_sheet_surfaces_when_that_sheet_is_reached(tmp_path, monkeypatch):
    real = calamine._calamine_sheet

    def failing(book, name, hidden, clean):  # noqa: ANN001, ANN202
        if name == "2月":
            raise KeyboardInterrupt  # not a bad file: it must pass through as it is
        return real(book, name, hidden, clean)

    monkeypatch.setattr(calamine, "_calamine_sheet", failing)
    stream = open_workbook(_ledger(tmp_path))
    assert next(stream.sheets).name == "1月"
    with pytest.raises(KeyboardInterrupt):
        next(stream.sheets)


def test_whole_workbook_reading_keeps_the_sheets_order(tmp_path):
    book = read_workbook(_ledger(tmp_path))
    assert [s.name for s in book.sheets] == MONTHS
    assert [s.rows[1][0] for s in book.sheets] == ["HT-1", "HT-2", "HT-3"]
