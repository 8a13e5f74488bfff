"""dates35: how files, tabs and receipts are dated (a tab named over a year end, two unmarked
copies tied on their latest date, an undated 本月收款 on a January file kept all year, a
year's file with a typo'd year, one name kept in month folders). Each test's docstring gives
the hand count and what the user saw before."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row
from test_recv33 import CAIRO
from test_recv_order32 import MONTHLY

from core.ledger.report import import_report
from core.ledger.tab_month import TabMonth, sheet_month


def _open(db: Path, *days: str, customer: str = CAIRO) -> list[int]:
    return [round(by_name(at(db, d(day)))[customer].open_amount) for day in days]


# --- 1. a tab named after a range over a year end ("12-1月") ---------------------------------

def test_a_range_over_a_year_end_has_its_last_month() -> None:
    """"12-1月" and "11月-2月" run into the next year: their last month is January, February;
    "2025-04_03" (a version, no range runs backwards by an underscore) stays no range."""
    assert sheet_month("12-1月") == TabMonth(None, 12, span=True, last=1)
    assert sheet_month("11月-2月") == TabMonth(None, 11, span=True, last=2)
    assert sheet_month("2025年12-3月") == TabMonth(2025, 12, span=True, last=3)
    assert sheet_month("2025-04_03") == TabMonth(2025, 4)


@pytest.mark.parametrize(("name", "tab", "end"), [
    ("台账 2025.xlsx", "12-1月", "2026-01-31"), ("台账.xlsx", "12-3月", "2026-03-31"),
    ("台账.xlsx", "2025年12-1月", "2026-01-31")])
def test_an_undated_receipt_on_a_tab_over_a_year_end(tmp_path: Path, name: str, tab: str,
                                                     end: str) -> None:
    """{name}, tab {tab} (December 2025 into the next year), 本月收款: C-1 20,000 ordered
    2025-12-05 with 5,000 and no date. Hand count: the 5,000 came in by the range's last
    month's end, {end}: 20,000 open the day before, 15,000 on it; the report names the day
    as a range's last. Before: no month dated it: stored undated, 15,000 open every day
    (2025-12-31 too) and the report said no month's name dates it."""
    path = write_xlsx(tmp_path / "ledgers" / name, {tab: [
        MONTHLY, row("C-1", CAIRO, "2025-12-05", 20_000, "2025-12-10", 5_000, None)]})
    [result] = _same_import(tmp_path, [path])
    before = (d(end) - timedelta(days=1)).isoformat()
    assert _open(tmp_path / "fast.sqlite", "2025-12-31", before, end) == [20_000, 20_000, 15_000]
    [note] = [w.text for w in result.warnings if w.code == "stored_receipts_ranged"]
    assert end in note and "C-1" in note and note in import_report(result)
    assert not [w for w in result.warnings if w.code == "stored_receipts_no_month"]
