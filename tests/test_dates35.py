"""dates35: how files, tabs and receipts are dated (a tab named over a year end, two unmarked
copies tied on their latest date, an undated 本月收款 on a January file kept all year, a
year's file with a typo'd year, one name kept in month folders). Each test's docstring gives
the hand count and what the user saw before."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name
from test_lists_audit30 import HEADER, row
from test_recv33 import CAIRO
from test_recv_order32 import MONTHLY

from core.ledger.older_status import file_day
from core.ledger.report import import_report
from core.ledger.tab_month import TabMonth, sheet_month


def _open(db: Path, *days: str, customer: str = CAIRO) -> list[int]:
    return [round(by_name(at(db, date.fromisoformat(day)))[customer].open_amount)
            for day in days]


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
    before = (date.fromisoformat(end) - timedelta(days=1)).isoformat()
    assert _open(tmp_path / "fast.sqlite", "2025-12-31", before, end) == [20_000, 20_000, 15_000]
    [note] = [w.text for w in result.warnings if w.code == "stored_receipts_ranged"]
    assert end in note and "C-1" in note and note in import_report(result)
    assert not [w for w in result.warnings if w.code == "stored_receipts_no_month"]


# --- 5. one name kept in month folders (2026-03/台账.xlsx, 2026-04/台账.xlsx …) --------------

def test_a_receipt_carried_in_month_folders_is_named_once_with_its_folder(
        tmp_path: Path) -> None:
    """台账.xlsx in the folders 2026-03, 2026-04 and 2026-05 (本月收款): C-1 20,000 with
    March's 4,000 of 03-25, carried unchanged onto April's and May's file (each adds an order
    of its own). Hand count: 4,000 received once (16,000 open at 05-31); April's report names
    C-1 as counted already, with the file that recorded it as “2026-03/台账.xlsx” and its row;
    May's names it no more (April's showed it). Before: both April's and May's named it, each
    with “台账.xlsx”, the name of the very file being imported."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / f"2026-0{month}" / "台账.xlsx", {"台账": [
        MONTHLY, row("C-1", CAIRO, "2026-03-05", 20_000, "2026-03-20", 4_000, "2026-03-25",
                     status="上月结转" if month > 3 else None),
        row(f"N-{month}", "Nile Co", f"2026-0{month}-02", 1_000, None)]}) for month in (3, 4, 5)]
    results = _same_import(tmp_path, *[[f] for f in files])
    assert [r.status for r in results] == ["imported"] * 3
    assert _open(tmp_path / "fast.sqlite", "2026-05-31") == [16_000]
    counted = [[w.text for w in r.warnings if w.code == "stored_receipts_counted"]
               for r in results]
    assert counted[0] == counted[2] == []
    [note] = counted[1]
    assert f"C-1 ({Path('2026-03', '台账.xlsx')} “台账” row 2)" in note
    assert note in import_report(results[1])


# --- 2. two copies of one month's file, neither named a copy, their rows to the same day ------

@pytest.mark.parametrize("order", [("apr", "final"), ("final", "apr")])
def test_unmarked_copies_tied_on_their_latest_date_are_decided_by_name(
        tmp_path: Path, order: tuple[str, str]) -> None:
    """本月收款: “台账 2025-04.xlsx” C-1 (11,000, shipped 03-20) 5,000 on 04-20 and Y-1 of
    04-28; “台账 2025-04 最终.xlsx”, the same file saved again under a longer name (no copy's
    mark), the 5,000 corrected to 4,500, its rows running to the same 04-28. Hand count: the
    name that extends the other's is the later-saved: 4,500 received, Cairo owes 6,500 at
    04-30, in either order; imported second, April's file says the other's figure was kept
    and why, in both languages. Before: the file imported last won: 6,500 or 6,000."""
    def month(paid: float) -> list[list[object]]:
        return [[*MONTHLY], row("C-1", CAIRO, "2025-03-05", 11_000, "2025-03-20", paid,
                             "2025-04-20", status="上月结转"),
                row("Y-1", "Yaounde", "2025-04-28", 1_000, None)]
    folder = tmp_path / "ledgers"
    paths = {"apr": write_xlsx(folder / "台账 2025-04.xlsx", {"台账": month(5_000)}),
             "final": write_xlsx(folder / "台账 2025-04 最终.xlsx", {"台账": month(4_500)})}
    results = _same_import(tmp_path, *[[paths[key]] for key in order])
    assert _open(tmp_path / "fast.sqlite", "2025-04-30") == [6_500]
    if order[-1] == "apr":
        [note] = [w.text for w in results[1].warnings if w.code == "stored_receipts_tied"]
        assert "C-1" in note and "whichever of the two is imported first" in note
        assert note in import_report(results[1])
        [chinese] = in_chinese(lambda: [w.text for w in results[1].warnings
                                        if w.code == "stored_receipts_tied"])
        assert "C-1" in chinese and "与导入顺序无关" in chinese


# --- 4. a year's file, no month tabs, one date with its year typo'd ----------------------------

@pytest.mark.parametrize("tab", ["台账", "Sheet1"])
def test_a_typo_d_year_in_a_year_s_file(tmp_path: Path, tab: str) -> None:
    """台账 2025.xlsx, one tab ({tab}): Lima's L-1 3,000 (shipped 04-08, OA 30) paid on
    2025-04-29, written 2026-04-29; Tunis's T-1 6,000 (shipped 06-10) paid 2,000 on 06-20.
    Hand count at 2025-06-30: Lima owes nothing, Tunis 4,000; the report names the date as
    written and as read. Before: a name giving a year and no month bounded no date: Lima's
    3,000 was counted in 2026, 3,000 open and overdue all 2025, without a word."""
    path = write_xlsx(tmp_path / "ledgers" / "台账 2025.xlsx", {tab: [
        HEADER,
        row("L-1", "Lima Co", "2025-04-05", 3_000, "2025-04-08", 3_000, "2026-04-29"),
        row("T-1", "Tunis Trade", "2025-06-02", 6_000, "2025-06-10", 2_000, "2025-06-20")]})
    [result] = _same_import(tmp_path, [path])
    db = tmp_path / "fast.sqlite"
    assert (_open(db, "2025-06-30", customer="Lima Co"),
            _open(db, "2025-06-30", customer="Tunis Trade")) == ([0], [4_000])
    [note] = [w.text for w in result.warnings if w.code == "date_year_typo"]
    assert f"2026-04-29 → 2025-04-29 (“{tab}” row 2)" in note and note in import_report(result)
    assert not [w for w in result.warnings if w.code == "date_beyond_month"]


def test_a_year_s_file_kept_on_into_the_next_year_is_dated_by_its_rows() -> None:
    """台账 2025.xlsx kept on through 2026 (more rows ordered in 2026 than in 2025): its name
    is the year it was begun and bounds no date: a wire of 2026-06-15 dates it, no typo."""
    found = file_day([[("台账", 2, "2025-11-05", None, None),
                       ("台账", 3, "2026-02-06", None, None),
                       ("台账", 4, "2026-05-07", None, "2026-06-15")]], "台账 2025.xlsx")
    assert (found.beyond, found.dated) == ([], "2026-06-15")


# --- 3. an undated 本月收款 on a January file kept all year -----------------------------------

def test_an_undated_receipt_in_a_january_file_kept_all_year_is_its_row_s_month(
        tmp_path: Path) -> None:
    """1月订单.xlsx (本月收款), kept all year: an order a month, January to September; P-9
    (1,000, ordered 09-05, shipped 09-08) with its 1,000 written without a date. Hand count:
    本月 on a September row is September: the 1,000 came in by 09-30: Lima owes 1,000 on
    09-29, nothing on 09-30, and the report names 2025-09-30 as its row's month's end, in
    both languages. Before: counted on 01-31, the
    file's name's month, eight months before the order: Lima owed nothing on 09-29."""
    rows: list[list[object]] = [[*MONTHLY]]
    for month in range(1, 10):
        rows.append(row(f"P-{month}", "Lima Co", f"2025-0{month}-05", 1_000,
                        f"2025-0{month}-08", 1_000, None if month == 9 else f"2025-0{month}-20"))
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "1月订单.xlsx",
                                                  {"Sheet1": rows})])
    assert _open(tmp_path / "fast.sqlite", "2025-09-29", "2025-09-30",
                 customer="Lima Co") == [1_000, 0]
    [note] = [w.text for w in result.warnings if w.code == "stored_receipts_row_month"]
    assert "2025-09-30" in note and "P-9" in note and note in import_report(result)
    [chinese] = in_chinese(lambda: [w.text for w in result.warnings
                                    if w.code == "stored_receipts_row_month"])
    assert "2025-09-30" in chinese and "下单月份" in chinese
