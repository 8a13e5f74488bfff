"""lin36: the rules run after the write ask each row's sheet, row number and line key; a big
file's packed sheet answers from a small pack of its own, its records left packed, and says
exactly what its records would."""

from __future__ import annotations

import pytest

from core.ledger.held_sheets import HeldSheets
from core.ledger.orders import SheetGroups
from core.ledger.record import FIELDS, ROW, SHEET


def _sheet(name: str, rows: int) -> tuple[list[tuple], SheetGroups]:
    records = []
    for i in range(rows):
        cells: list[object] = [None] * len(FIELDS)
        cells[SHEET], cells[ROW] = name, i + 3
        records.append(tuple(cells))
    return records, SheetGroups(list(range(rows)), [0] * rows,
                                [f"n:pi-{name}-{i}|台灯#1" for i in range(rows)], [False] * rows)


@pytest.mark.parametrize("loose_rows", [0, 1_000])
def test_written_rows_read_back_the_same_packed_or_loose(loose_rows):
    """Three month tabs of 400, 0 and 250 rows: every row's (sheet, row, key) in file order,
    the 650 of them, whether each sheet is packed (loose_rows 0) or not; a packed sheet's
    records stay packed, and unpacked give the same keys."""
    sheets = HeldSheets(loose_rows=loose_rows)
    expected = []
    for name, rows in (("1月", 400), ("2月", 0), ("3月", 250)):
        records, groups = _sheet(name, rows)
        sheets.add(name, records, groups)
        copy, copy_groups = _sheet(name, rows)  # an equal copy to compare with
        expected += [(r[SHEET], r[ROW], k) for r, k in zip(copy, copy_groups.keys, strict=True)]
    assert len(expected) == 650 and expected[0] == ("1月", 3, "n:pi-1月-0|台灯#1")
    assert list(sheets.written_rows()) == expected
    packed = [s for s in sheets.sheets if s.packed is not None]
    assert len(packed) == (3 if loose_rows == 0 else 0)
    assert all(s.records is None for s in packed)
    assert [g.keys for _, _, g in sheets] == [_sheet(name, rows)[1].keys for name, rows in
                                              (("1月", 400), ("2月", 0), ("3月", 250))]
