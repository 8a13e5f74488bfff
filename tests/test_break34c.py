"""break34c: the dates34 rules tried as a clerk writes files (a corrected order date in one
of two unmarked copies, a January file holding last year's late rows, a typo'd received date
in a file whose dates span two years, an older month's file imported a third time, a receipt
no name dates, a tab named by a baby size in months). Each docstring gives the hand count and
what the user saw before."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_dates34 import FINAL, _all_year
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row
from test_recv33 import CAIRO
from test_recv_order32 import MONTHLY

from core.ledger import importer
from core.ledger.older_status import file_day
from core.ledger.report import import_report
from core.ledger.tab_month import TabMonth, sheet_month


def _month(paid: tuple[float, str], carried: bool, *more: list[object]) -> list[list[object]]:
    return [MONTHLY, row("C-1", CAIRO, "2025-03-05", 11_000, "2025-03-20", *paid,
                         status="上月结转" if carried else None), *more]


@pytest.mark.parametrize("written", ["2026-04-02", "2025-04-29"])
@pytest.mark.parametrize("order", list(permutations(["mar", "apr", "final"])))
def test_a_corrected_order_date_does_not_make_the_earlier_copy_the_later(
        tmp_path: Path, order: tuple[str, ...], written: str) -> None:
    """As test_dates34's unmarked copies, but April's file holds Z-1 (Zagreb) ordered
    2025-04-02 written {written} (a typo'd year, a wrong day); “台账 2025-04 最终.xlsx”, saved
    after it, corrects that date, C-1's 5,000 of 04-20 to 4,500, and adds Y-1 of 04-28. Hand
    count: the final copy is the later: 4,000 + 4,500 received, Cairo owes 2,500 at 04-30,
    in each of the six orders, and both import paths agree. Before: Z-1's date, which the
    final copy corrected, dated April's file after the final's 04-28: its 5,000 kept, Cairo
    2,000 (2026: in every order; 04-29: imported last; the fast import read the store after
    it rewrote Z-1, and took the final's 4,500 where the row-by-row import kept 5,000)."""
    folder = tmp_path / "ledgers"
    zagreb = [row("Z-1", "Zagreb", day, 1_000, None) for day in (written, "2025-04-02")]
    paths = {"mar": write_xlsx(folder / "台账 2025-03.xlsx", {"台账": _month(
                 (4_000, "2025-03-25"), False)}),
             "apr": write_xlsx(folder / "台账 2025-04.xlsx", {"台账": _month(
                 (5_000, "2025-04-20"), True, zagreb[0])}),
             "final": write_xlsx(folder / FINAL, {"台账": _month(
                 (4_500, "2025-04-20"), True, zagreb[1],
                 row("Y-1", "Yaounde", "2025-04-28", 1_000, None))})}
    results = _same_import(tmp_path, *[[paths[key]] for key in order])
    assert [r.status for r in results] == ["imported"] * 3
    assert round(by_name(at(tmp_path / "fast.sqlite", d("2025-04-30")))[CAIRO].open_amount) \
        == 2_500


def test_a_typo_d_order_year_in_the_earlier_copy_alone(tmp_path: Path) -> None:
    """April's file adds W-1 (Warsaw) ordered 2025-04-03 written 2026-04-03, an order the final
    copy (C-1 corrected to 4,500, Y-1 of 04-28 added) does not hold; imported after the final.
    Hand count: its rows run to 04-20 only: Cairo owes 2,500 at 04-30. Before: the typo
    dated it 2026-04-03, the later: its 5,000 kept, Cairo 2,000."""
    folder = tmp_path / "ledgers"
    final = write_xlsx(folder / FINAL, {"台账": _month(
        (4_500, "2025-04-20"), True, row("Y-1", "Yaounde", "2025-04-28", 1_000, None))})
    april = write_xlsx(folder / "台账 2025-04.xlsx", {"台账": _month(
        (5_000, "2025-04-20"), True, row("W-1", "Warsaw", "2026-04-03", 1_000, None))})
    march = write_xlsx(folder / "台账 2025-03.xlsx", {"台账": _month((4_000, "2025-03-25"),
                                                                   False)})
    _same_import(tmp_path, [march], [final], [april])
    assert round(by_name(at(tmp_path / "fast.sqlite", d("2025-04-30")))[CAIRO].open_amount) \
        == 2_500


@pytest.mark.parametrize("first", ["june", "year"])
def test_a_january_file_kept_all_year_with_last_year_s_late_rows(
        tmp_path: Path, first: str) -> None:
    """1月订单.xlsx kept all year (test_dates34._all_year: an order a month January to
    September, T-2 of 05-10 cancelled on 09-20) where the clerk also entered twelve of last
    year's late orders (2024-11 and 2024-12, paid); 台账 2025-06.xlsx says T-2 有争议. Hand
    count: the January file runs to September, the later: T-2 cancelled, Tunis owes and
    disputes nothing at 09-30, in either order. Before: last year's rows counted as the
    file's January rows, 13 to 9, and the file was dated January's end: June's 有争议 kept
    (5,000 disputed, 5,000 open) and its May to September dates named as typos."""
    late = [row(f"O-{n}", "Oslo Oy", f"2024-{11 + n % 2}-1{n % 10}", 500, "2024-12-20", 500,
                "2024-12-28") for n in range(12)]
    folder = tmp_path / "ledgers"
    june = write_xlsx(folder / "台账 2025-06.xlsx", {"6月": [HEADER, row(
        "T-2", "Tunis Trade", "2025-05-10", 5_000, "2025-05-15", status="有争议")]})
    year = write_xlsx(folder / "1月订单.xlsx", {"Sheet1": [*_all_year(), *late]})
    results = _same_import(tmp_path, *([[june], [year]] if first == "june" else [[year], [june]]))
    tunis = by_name(at(tmp_path / "fast.sqlite", d("2025-09-30")))["Tunis Trade"]
    assert (round(tunis.open_amount), round(tunis.disputed_amount)) == (0, 0)
    assert not [w for r in results for w in r.warnings if w.code == "date_beyond_month"]


def test_a_typo_d_year_in_a_file_whose_dates_span_two_years(tmp_path: Path) -> None:
    """台账 2025-01.xlsx holds December's orders with January's: Dakar's D-1 4,000 (ordered
    2024-11-20, shipped 12-01, OA 30) paid on 2024-12-28, the clerk in January typing the new
    year: 2025-12-28; Jakarta's J-1 1,000 of 2025-01-05 open. Hand count at 2025-02-28: Dakar
    owes nothing, Jakarta 1,000; the report gives the date as written and as read. Before:
    only the file's month's year was tried (2025-12-28 is past the file's dates), the 4,000
    was counted at the year's end: Dakar 4,000 open and overdue all 2025."""
    path = write_xlsx(tmp_path / "ledgers" / "台账 2025-01.xlsx", {"1月": [
        HEADER, row("D-1", "Dakar", "2024-11-20", 4_000, "2024-12-01", 4_000, "2025-12-28"),
        row("J-1", "Jakarta", "2025-01-05", 1_000, "2025-01-10")]})
    [result] = _same_import(tmp_path, [path])
    found = by_name(at(tmp_path / "fast.sqlite", d("2025-02-28")))
    assert (round(found["Dakar"].open_amount), round(found["Jakarta"].open_amount)) == (0, 1_000)
    [note] = [w.text for w in result.warnings if w.code == "date_year_typo"]
    assert "2025-12-28 → 2024-12-28 (“1月” row 2)" in note
    assert not [w for w in result.warnings if w.code == "date_beyond_month"]


def test_a_far_receipt_is_read_in_no_year_before_its_order() -> None:
    """January 2025's file, dates from 2023-05-02: 2026-12-28 for an order of 2024-11-20 is
    2024-12-28; 2026-06-10 for the same order is no day of 2024 or 2023 (before it was
    ordered) and stays as written, named; 2026-01-20 is January 2025's."""
    found = file_day([[("1月", 2, "2024-11-20", None, "2026-12-28"),
                       ("1月", 3, "2024-11-20", None, "2026-06-10"),
                       ("1月", 4, "2023-05-02", None, "2026-01-20")]], "台账 2025-01.xlsx")
    assert [(b.day, b.meant) for b in found.beyond] == [
        ("2026-12-28", "2024-12-28"), ("2026-06-10", None), ("2026-01-20", "2025-01-20")]


@pytest.mark.parametrize("again", [[1], [1, 0]])
def test_an_older_month_imported_a_third_time_keeps_the_later_total(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, again: list[int]) -> None:
    """March's, April's and May's files (已收金额, the total to date): C-1 20,000, 4,000 by
    03-25, 9,000 by 04-20, 12,000 by 05-10, imported in order; after a reader upgrade the
    clerk imports April's again, unchanged (and March's), then again after the next. Hand
    count: 12,000 received, 8,000 open at 05-31, every time; April's import says 0 updated.
    Before: the second reading made April's row the line's source (its total still May's),
    and the third took April's 9,000 as April correcting its own figure: 9,000 received,
    11,000 open at 05-31, "1 updated", with no word."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / f"台账 2025-0{month}.xlsx", {f"{month}月": [
        HEADER, row("C-1", CAIRO, "2025-03-05", 20_000, "2025-03-20", received, on)]})
        for month, received, on in ((3, 4_000, "2025-03-25"), (4, 9_000, "2025-04-20"),
                                    (5, 12_000, "2025-05-10"))]
    db, found = tmp_path / "fast.sqlite", []
    for version in (10, 11, 12):
        monkeypatch.setattr(importer, "READER_VERSION", version)
        results = _same_import(tmp_path, *[[files[i]] for i in ([0, 1, 2] if version == 10
                                                                  else again)])
        found.append((round(by_name(at(db, d("2025-05-31")))[CAIRO].open_amount),
                      results[0].counts.updated if version > 10 else 0))
    assert found == [(8_000, 0)] * 3


@pytest.mark.parametrize(("name", "tab"), [("客户台账.xlsx", "Sheet1"),
                                           ("台账 2025.xlsx", "Sheet1")])
def test_an_undated_receipt_no_name_dates_is_said(tmp_path: Path, name: str, tab: str) -> None:
    """客户台账.xlsx or 台账 2025.xlsx (a year, no month's end it names), tab Sheet1 (a tab
    "12-1月" ends in January since dates35), imported first: C-1 20,000 with 5,000 under
    本月收款, its date blank. Hand count: the 5,000 is counted, undated (15,000 open), and the
    report names the file, the order and its row, saying no month dates it, in both languages.
    Before: the receipt was stored undated without a word (a dated one is named with its day,
    dates34)."""
    path = write_xlsx(tmp_path / "ledgers" / name, {tab: [
        MONTHLY, row("C-1", CAIRO, "2025-12-05", 20_000, "2025-12-10", 5_000, None)]})
    [result] = _same_import(tmp_path, [path])
    assert round(by_name(at(tmp_path / "fast.sqlite", d("2026-01-31")))[CAIRO].open_amount) \
        == 15_000
    [note] = [w.text for w in result.warnings if w.code == "stored_receipts_no_month"]
    assert note.startswith(f"“{name}”: 1 order's receipt of the month (本月收款) has no date")
    assert "C-1" in note and tab in note and note in import_report(result)
    [chinese] = in_chinese(lambda: [w.text for w in result.warnings
                                    if w.code == "stored_receipts_no_month"])
    assert "C-1" in chinese and "没有填写日期" in chinese


def test_a_baby_size_in_months_names_no_month() -> None:
    """A children's wear firm's tabs by size: "3-6月龄", "6-12月龄", "3月龄", "三月龄" (months of
    age) name no month; "3-6月", "3月" still do."""
    sizes = ("3-6月龄", "6-12月龄", "3月龄", "三月龄", "婴儿3-6月龄")
    assert [sheet_month(name) for name in sizes] == [None] * 5
    assert sheet_month("3-6月") == TabMonth(None, 3, span=True, last=6)
    assert sheet_month("3月") == TabMonth(None, 3)


def test_an_undated_receipt_on_a_size_tab(tmp_path: Path) -> None:
    """童装台账 2025.xlsx, 本月收款, tabs by size: "3-6月龄" (Agadir A-1 3,000 shipped 01-20 with
    1,000 undated; A-2 2,000 paid 03-01; Bern B-1 4,000 shipped 07-20 with 500 undated, B-2
    4,000 shipped 08-20) and "6-12月龄" (Cork C-1 1,000 paid, undated). Hand count: as with tabs
    named 童装A and 童装B: Bern 7,500 open, Agadir 2,000, and no receipt dated by a month
    (the report says no name dates them). Before: the sizes were read as March to June and
    June to December: the undated receipts counted on 06-30 and 12-31, the report saying the
    sheet was named after those months, Bern 7,500 and Agadir 2,000 overdue at 12-31 where
    neither is with the tabs named otherwise."""
    def rows() -> list[list[object]]:
        return [MONTHLY, row("A-1", "Agadir", "2025-01-10", 3_000, "2025-01-20", 1_000, None),
                row("A-2", "Agadir", "2025-02-10", 2_000, "2025-02-20", 2_000, "2025-03-01"),
                row("B-1", "Bern", "2025-07-10", 4_000, "2025-07-20", 500, None,
                    status="上月结转"),
                row("B-2", "Bern", "2025-08-10", 4_000, "2025-08-20")]
    found = []
    for tabs in (("童装A", "童装B"), ("3-6月龄", "6-12月龄")):
        folder = tmp_path / tabs[0]
        path = write_xlsx(folder / "童装台账 2025.xlsx", {tabs[0]: rows(), tabs[1]: [
            MONTHLY, row("C-1", "Cork", "2025-03-03", 1_000, "2025-03-05", 1_000, None)]})
        [result] = _same_import(folder, [path])
        customers = by_name(at(folder / "fast.sqlite", d("2025-12-31")))
        found.append(({name: (round(c.open_amount), round(c.overdue_amount))
                       for name, c in customers.items()},
                      sorted(w.code for w in result.warnings)))
    assert found[1] == found[0]
    assert found[0][0]["Bern"][0] == 7_500
    assert "stored_receipts_ranged" not in found[1][1]
