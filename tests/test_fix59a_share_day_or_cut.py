"""fix59a: a share of a cancelled line read as the cancel's day, or as the whole line when the
clerk had already cut the amount (rv58d s240 A2, s241 A8b, s246 M1) — bad payers missed.

PO-R1 10,000 OA 30 as the clerk lists it; at 06-30 the buyer unpaid.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_acct56c_note_cancel_deduction_apart import _import, _said
from test_fix57i_cancel_went_ahead import BLACK, HEAD, NONE, OTHER, _po, _state, _tabs

from core import i18n
from core.ledger.cancelled_shares import cancelled_share
from core.ledger.report import import_report

d = date.fromisoformat


def _row(ordered: str, ship: str | None, note: str, amount: float = 10_000) -> list[object]:
    """PO-R1 ordered `ordered`, shipped `ship`, OA 30, noted `note`."""
    return ["PO-R1", "Rio Casa Ltda", d(ordered), "LED灯", 1_000, amount / 1_000, amount, "USD",
            "OA 30天", d(ship) if ship else None, d(ship) if ship else None, None, None, note,
            None]


def test_a_day_months_before_the_ship_date_is_a_share(tmp_path: Path) -> None:
    """rv58d s241 A8b: 1/2取消 on an order of 2024-09-01 shipped 2025-03-20, in the book of
    2025. Hand: no line is cancelled whole on 2 January and shipped in March: half cancelled,
    5,000 owed, 72 days, black, the report naming the row. Before: the 2nd of January (within
    the order's half year), the whole line cancelled, nothing owed."""
    result = _import(tmp_path, {"台账": [HEAD, _row("2024-09-01", "2025-03-20", "1/2取消"),
                                       OTHER]})
    assert _state(tmp_path) == (5_000, 72, "black", 0)
    [said] = _said(result, "cancelled_share")
    assert "row 2" in said and "50%" in said


def test_a_day_months_before_the_tab_is_a_share(tmp_path: Path) -> None:
    """1/2取消 on an order of 2024-12-20 listed on March's tab, not shipped: a line cancelled
    whole on 2 January is not carried into March; half of it owed (undated, so not late).
    Before: the 2nd of January, nothing owed."""
    _tabs(tmp_path, {"3月": _row("2024-12-20", None, "1/2取消")})
    assert _state(tmp_path)[0] == 5_000


@pytest.mark.parametrize(("note", "amount"), [
    ("原10000，1/2取消，金额已改", 5_000), ("原10000，取消一半，现5000", 5_000),
    ("1/2取消（已改金额）", 5_000), ("原10000，1/2取消", 10_000)])
def test_a_share_the_clerk_already_cut_leaves_the_amount_written_owed(
        tmp_path: Path, note: str, amount: float) -> None:
    """rv58d s240 A2: the clerk wrote the share and cut the amount cell to the rest (5,000).
    Hand: 5,000 owed, 91 days, black; the report says the amount was read as written. 原10000
    beside a cell still 10,000 is not yet cut: cut to 5,000. Before: read as cancelled whole
    (nothing owed), or 取消一半，现5000 cut again to 2,500."""
    row = _po(note)
    row[6] = amount
    result = _tabs(tmp_path, {"3月": row})
    assert _state(tmp_path) == (5_000, 91, "black", 0)
    codes = [w.code for w in result.warnings if w.code.startswith("cancelled_share")]
    assert codes == ["cancelled_share_cut" if amount == 5_000 else "cancelled_share"]


@pytest.mark.parametrize(("tab", "expected"), [
    ("5月", (4_000, 126, "black", 0)), ("4月", NONE), ("3月", NONE)])
def test_the_listing_decides_a_day_the_order_allows(tmp_path: Path, tab: str,
                                                    expected: tuple) -> None:
    """rv58d s246 M1's kin: 3/5取消 on an order of 01-10 shipped 01-25 (due 02-24). On May's
    tab the 5th of March is months before the listing, which would not carry a line cancelled
    whole: 3/5 cancelled, 4,000 owed, black. On March's or April's tab it is the cancel's day:
    the whole line cancelled (controls, as before). Before: a day on every tab."""
    _tabs(tmp_path, {tab: _row("2025-01-10", "2025-01-25", "3/5取消")})
    assert _state(tmp_path) == expected


def test_a_day_before_the_order_is_a_share_on_any_tab(tmp_path: Path) -> None:
    """rv58d s246 M1: 3/5取消 on an order of 05-01 shipped 05-20 (due 06-19): 3/5 is 5 March
    (month/day, never 3 May), before the order, so no cancel's day: 4,000 owed, 11 days, on
    March's tab as on any (the order's own date outweighs the tab). Controls: 1/2取消 of an
    order of 2024-12-28 on January's tab is the 2nd of January, cancelled whole; a share of
    the deposit (定金30%取消) cancels nothing."""
    _tabs(tmp_path / "m", {"3月": _row("2025-05-01", "2025-05-20", "3/5取消")})
    _tabs(tmp_path / "j", {"1月": _row("2024-12-28", "2025-01-05", "1/2取消")})
    _tabs(tmp_path / "f", {"3月": _po("定金30%取消")})
    assert _state(tmp_path / "m") == (4_000, 11, None, 0)
    assert (_state(tmp_path / "j"), _state(tmp_path / "f")) == (NONE, BLACK)
    assert cancelled_share("3/5取消", "2025-05-01") == 0.6


@pytest.mark.parametrize("note", ["部分订单取消", "部分货物已取消", "取消了一些", "取消20双"])
def test_a_share_not_read_leaves_the_line_owed_and_names_file_sheet_row(
        tmp_path: Path, note: str) -> None:
    """A part cancelled, how much not written: the whole line owed, and the report names the
    file, the sheet and the row, in English and in Chinese. Before: nothing said."""
    result = _tabs(tmp_path, {"3月": _po(note)})
    assert _state(tmp_path) == BLACK
    report = import_report(result)
    assert "2025外贸台账.xlsx" in report and "“3月” row 2: part of the line cancelled" in report
    i18n.set_language("zh_CN")
    try:
        chinese = import_report(result)
    finally:
        i18n.set_language("en")
    assert "2025外贸台账.xlsx" in chinese and "工作表“3月”第 2 行：该明细部分取消" in chinese


def test_a_planned_ship_date_leaves_the_day(tmp_path: Path) -> None:
    """Control: 3/5取消 on an order of 03-01 whose 预计出货日期 is 05-20. A plan says nothing of
    the goods having gone: the 5th of March is the cancel's day, the whole line cancelled (as
    before); the same date under 出货日期 (shipped 05-20) makes it a share, 4,000 owed."""
    for header, expected in (("预计出货日期", NONE), ("出货日期", (4_000, 11, None, 0))):
        head = [*HEAD[:9], header, "备注"]
        row = ["PO-R1", "Rio Casa Ltda", d("2025-03-01"), "LED灯", 1_000, 10, 10_000, "USD",
               "OA 30天", d("2025-05-20"), "3/5取消"]
        _import(tmp_path / header, {"3月": [head, row], "6月": [head, [*OTHER[:10], None]]})
        assert _state(tmp_path / header) == expected
