"""perf46: a file's order dates per tab counted in C (beyond_dates.tab_days) give what the
row-by-row count gave FileStatus.rows, in the same order; a packed sheet's keys apart."""

from __future__ import annotations

from collections import Counter
from datetime import date

from test_lin36_packed_rows import _sheet as lin36_sheet

from core.ledger.beyond_dates import Dates, tab_days
from core.ledger.held_sheets import ROW_FIELDS, HeldSheets
from core.ledger.older_status import FileStatus


def _row_by_row(held: list[list[Dates]]) -> dict[str, Counter[date]]:
    """FileStatus.rows as it was before perf46: a Python step and a date a row."""
    found: dict[str, Counter[date]] = {}
    for sheet_dates in held:
        for sheet, _row, ordered, _ship, _received in sheet_dates:
            counted = found.get(sheet) or found.setdefault(sheet, Counter())
            if ordered:
                counted[date.fromisoformat(ordered)] += 1
    return found


def test_order_dates_per_tab_as_counted_row_by_row() -> None:
    """Tabs in first-met order, days in each tab's first-met order, a tab of undated rows
    with none, a day written two ways (2025-03-02, 20250302) one date counted twice; a tab
    met again on a later sheet adds to its counts."""
    held: list[list[Dates]] = [
        [("3月", 3, "2025-03-09", None, None), ("3月", 4, "2025-03-02", None, "2025-03-20"),
         ("3月", 5, "2025-03-09", "2025-03-15", None), ("3月", 6, None, None, None),
         ("3月", 7, "20250302", None, None)],
        [("收款", 2, None, None, "2025-04-01"), ("收款", 3, "", None, None)],
        [("2月", 3, "2025-02-28", None, None), ("3月", 9, "2025-02-27", None, None)]]
    want = _row_by_row(held)
    got = tab_days(held)
    assert got == want
    assert list(got) == list(want) == ["3月", "收款", "2月"]
    assert [list(c.items()) for c in got.values()] == [list(c.items()) for c in want.values()]
    assert got["3月"] == Counter({date(2025, 3, 9): 2, date(2025, 3, 2): 2,
                                 date(2025, 2, 27): 1})
    assert got["收款"] == Counter()
    status = FileStatus("2025.xlsx", True, lambda: iter(held))
    assert status.rows() == want


def test_a_packed_sheet_s_dates_and_ranks_read_no_key() -> None:
    """A packed sheet's dates and order ranks come from its small pack without its line
    keys, which are packed apart; read whole, the sheet gives what it held."""
    sheets = HeldSheets(loose_rows=0)
    records, groups = lin36_sheet("1月", 50)
    keys, ranks = list(groups.keys), list(groups.ranks)
    dates = [tuple(r[c] for c in ROW_FIELDS) for r in records]
    sheets.add("1月", records, groups)
    [sheet] = sheets.sheets
    assert sheet.records is None and sheet.packed_keys is not None
    calls: list[str] = []
    real = sheet._rows
    sheet._rows = lambda: calls.append("keys") or real()  # type: ignore[method-assign]
    assert sheet.ranks() == ranks and calls == []
    assert sheet.dates() == dates and len(dates) == 50 and calls == []
    unpacked_records, unpacked_groups = sheet.unpacked()
    assert unpacked_groups.keys == keys and unpacked_groups.ranks == ranks
    assert list(sheets.written_rows()) == [(r[0], r[1], k) for r, k in zip(
        unpacked_records, keys, strict=True)]
