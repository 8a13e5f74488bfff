"""A file's records held until written: a typical file stays loose, a big one (judged from its
rows so far and its number of sheets) is packed early; packing changes nothing read back."""

from __future__ import annotations

import pytest

import core.ledger.held_sheets as held
from core.ledger.held_sheets import HeldSheets
from core.ledger.orders import OrderBook, SheetGroups
from core.ledger.record import CUSTOMER_KEY, FIELDS, ORDER_DATE, ORDER_NO, PRODUCT

ROWS = 10_000


def _sheet(number: int) -> tuple[list[tuple], SheetGroups]:
    records = [(f"PI-{number}-{i}", f"客户{i % 7}", float(i)) for i in range(ROWS)]
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
