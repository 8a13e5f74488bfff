"""A file's records held until written: a typical file stays loose, a big one (judged from its
rows so far and its number of sheets) is packed early; packing changes nothing read back."""

from __future__ import annotations

import marshal

import pytest

import core.ledger.held_sheets as held
from core.ledger.held_sheets import HeldSheets
from core.ledger.older_status import file_day, held_dates
from core.ledger.orders import OrderBook, SheetGroups
from core.ledger.record import (
    CUSTOMER_KEY,
    FIELDS,
    ORDER_DATE,
    ORDER_NO,
    PRODUCT,
    RECEIVED_DATE,
    ROW,
    SHEET,
    SHIP_DATE,
)

ROWS = 10_000


def _sheet(number: int) -> tuple[list[tuple], SheetGroups]:
    padding = (None,) * (len(FIELDS) - 3)  # a record's every field (lin36 packs some apart)
    records = [(f"PI-{number}-{i}", f"客户{i % 7}", float(i), *padding) for i in range(ROWS)]
    groups = SheetGroups(list(range(ROWS)), [0] * ROWS, [f"k{number}|{i}" for i in range(ROWS)],
                         [False] * ROWS)
    return records, groups


def _fill(sheets: HeldSheets, count: int) -> list[tuple[list[tuple], SheetGroups]]:
    added = []
    for number in range(count):
        records, groups = _sheet(number)
        sheets.add(f"{number + 1}月", records, groups)
        added.append(_sheet(number))  # an equal copy to compare with
    return added


def _loose(sheets: HeldSheets) -> int:
    return sum(s.rows for s in sheets.sheets if s.records is not None)


@pytest.mark.parametrize("expected", [0, 12, 24])
def test_a_typical_file_stays_loose(expected):
    sheets = HeldSheets()
    sheets.expected_sheets = expected
    _fill(sheets, 12)  # 120,000 rows, and at most 240,000 expected: not a big file
    assert _loose(sheets) == sheets.rows == 12 * ROWS
    assert all(s.packed is None for s in sheets.sheets)


def test_a_file_that_will_be_big_is_packed_early():
    sheets = HeldSheets()
    sheets.expected_sheets = 120  # ten years of monthly tabs of 10,000 rows
    added = _fill(sheets, 12)
    assert _loose(sheets) <= held.BIG_FILE_LOOSE_ROWS < held.LOOSE_ROWS
    assert sum(s.packed is not None for s in sheets.sheets) == 12 - held.BIG_FILE_LOOSE_ROWS // ROWS
    read_back = [(records, groups) for _, records, groups in sheets]
    assert read_back == added and sheets.rows == 12 * ROWS


def test_the_budget_of_loose_rows_still_holds_without_a_sheet_count():
    sheets = HeldSheets(loose_rows=25_000)
    _fill(sheets, 5)
    assert _loose(sheets) <= 25_000 and sheets.sheets[0].packed is not None


def test_the_line_keys_are_let_go_once_every_sheet_is_in():
    book = OrderBook()

    def record(number: str) -> tuple:
        cells: list[object] = [None] * len(FIELDS)
        cells[ORDER_NO], cells[CUSTOMER_KEY] = number, "acme"
        cells[ORDER_DATE], cells[PRODUCT] = "2025-01-02", "lamp"
        return tuple(cells)

    first = book.add([record("PI-1")])
    again = book.add([record("PI-1"), record("PI-2")])
    assert first.repeats == [False] and again.repeats == [True, False]
    assert book._seen
    book.sheets_done()
    assert not book._seen and len(book.ranked()) == 2


def _ledger_sheet(number: int) -> tuple[list[tuple], SheetGroups]:
    """A month tab as a ledger has it: a few customers, dates and products over and over."""
    records = []
    for i in range(ROWS):
        cells: list[object] = [None] * len(FIELDS)
        cells[ORDER_NO], cells[CUSTOMER_KEY] = f"PI{number:02d}{i:05d}", f"客户{i % 40}"
        cells[ORDER_DATE], cells[PRODUCT] = f"2025-{number + 1:02d}-{i % 28 + 1:02d}", "台灯"
        records.append(tuple(cells))
    return records, SheetGroups(list(range(ROWS)), [0] * ROWS,
                                [f"n:pi{number:02d}{i:05d}|台灯#1" for i in range(ROWS)],
                                [False] * ROWS)


def test_a_packed_sheet_is_compressed_and_read_back_whole():
    """mem36: marshal's bytes of a month tab, compressed: under a third of them (the 1M bench
    ledger's packed sheets were 240 bytes a row, 240 MB of its import's peak), the records
    and their keys read back as they went in."""
    sheets = HeldSheets(loose_rows=0)
    records, groups = _ledger_sheet(3)
    sheets.add("4月", records, groups)
    [sheet] = sheets.sheets
    assert sheet.packed is not None and sheet.records is None
    plain = marshal.dumps((records, groups.ranks, groups.indexes, groups.keys, groups.repeats))
    assert len(sheet.packed) < len(plain) / 3
    assert [(r, g) for _, r, g in sheets] == [_ledger_sheet(3)]


def test_a_big_file_s_dates_are_read_a_sheet_at_a_time_and_again_for_a_date_past_it():
    """A held file's dates read as file_day reads a list of them, packed sheets too: the
    file's day, and row 2's 2026-04-29 in April 2025's file named past it (read a second
    time: the rows of the dates past the month)."""
    sheets = HeldSheets(loose_rows=0)
    rows = [("4月", 2, "2025-04-05", None, "2026-04-29"), ("4月", 3, "2025-04-06", None, None)]
    records = []
    for sheet, row, ordered, ship, received in rows:
        cells: list[object] = [None] * len(FIELDS)
        cells[SHEET], cells[ROW], cells[ORDER_DATE] = sheet, row, ordered
        cells[SHIP_DATE], cells[RECEIVED_DATE] = ship, received
        records.append(tuple(cells))
    sheets.add("4月", records, SheetGroups([0, 1], [0, 0], ["a", "b"], [False, False]))
    assert sheets.sheets[0].packed is not None
    found = file_day(held_dates(sheets), "台账 2025.xlsx")
    assert found == file_day([rows], "台账 2025.xlsx")
    assert [(b.row, b.day, b.far) for b in found.beyond] == [(2, "2026-04-29", True)]
