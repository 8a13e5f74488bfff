"""dates34: how files, tabs and receipts are dated (a receipt without its date on a first
import, a tab named "3-4月", a January-named file kept all year, a typo'd year, a file read
again after a reader upgrade). Each test's docstring gives the hand count and what the user
saw before."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row
from test_recv33 import CAIRO, _c1, _steps
from test_recv_order32 import MONTHLY

from core.ledger import importer
from core.ledger.older_status import file_day
from core.ledger.report import import_report
from core.ledger.tab_month import TabMonth, sheet_month


def _open(db: Path, *days: str) -> list[int]:
    return [round(by_name(at(db, d(day)))[CAIRO].open_amount) for day in days]


# --- 2. a tab named after two months sharing one 月 ("3-4月") ---------------------------------

def test_two_months_sharing_one_month_word_are_a_range() -> None:
    """"3-4月" and "三-四月" are March to April, as "3月-4月" is; "3月" stays March alone."""
    assert sheet_month("3-4月") == TabMonth(None, 3, span=True, last=4)
    assert sheet_month("3至4月台账") == TabMonth(None, 3, span=True, last=4)
    assert sheet_month("三-四月") == TabMonth(None, 3, span=True, last=4)
    assert sheet_month("3月") == TabMonth(None, 3)
    assert sheet_month("3-4") is None


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_an_undated_receipt_on_a_tab_named_3_4(tmp_path: Path, order: tuple[int, ...]) -> None:
    """台账 2025-03.xlsx (tab 3月) 4,000 on 03-25; 台账 2025.xlsx, its tab "3-4月", 5,000 with
    no date under 本月收款: it came in by the range's last month's end, 04-30. Hand count:
    C-1 20,000: 16,000 open at 03-31, 11,000 at 04-30, and the report says so. Before: the
    tab named no month, the 5,000 was stored undated (imported first, March's receipt then
    replaced it: 16,000 open at 04-30)."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / "台账 2025-03.xlsx", {"3月": [MONTHLY, _c1(4_000, "2025-03-25",
                                                                         3)]}),
             write_xlsx(folder / "台账 2025.xlsx", {"3-4月": [MONTHLY, _c1(5_000, None, 4)]})]
    results = _same_import(tmp_path, *[[files[i]] for i in order])
    assert _open(tmp_path / "fast.sqlite", "2025-03-31", "2025-04-30") == [16_000, 11_000]
    ranged = results[order.index(1)]
    assert "named after more than one month" in import_report(ranged)


# --- 1. a receipt without its date on a line's first import -----------------------------------

def test_an_undated_receipt_on_a_first_import_is_said_with_its_day(tmp_path: Path) -> None:
    """台账 2025-04.xlsx, tab 4月, imported first: C-1 5,000 under 本月收款, its date blank, and
    B-1 3,000 dated 04-12. Hand count: C-1's 5,000 counted on 04-30 (15,000 open at 04-30,
    20,000 at 04-29); the report names the file, the day, the order and its row, in both
    languages; B-1's dated receipt is not named. Before: the receipt was dated without a
    word (only a file named after a range of months said so)."""
    paid = _c1(3_000, "2025-04-12", 3)
    paid[:2] = ["B-1", "Bravo"]
    path = write_xlsx(tmp_path / "ledgers" / "台账 2025-04.xlsx", {"4月": [
        MONTHLY, _c1(5_000, None, 3), paid]})
    [result] = _same_import(tmp_path, [path])
    assert _open(tmp_path / "fast.sqlite", "2025-04-29", "2025-04-30") == [20_000, 15_000]
    [note] = [w.text for w in result.warnings if w.code == "stored_receipts_dated"]
    assert ("“台账 2025-04.xlsx”: 1 order's receipt of the month (本月收款) has no date: "
            "counted as received on 2025-04-30" in note)
    assert "C-1" in note and "4月" in note and "B-1" not in note
    assert note in import_report(result)
    [chinese] = in_chinese(lambda: [w.text for w in result.warnings
                                    if w.code == "stored_receipts_dated"])
    assert "2025-04-30" in chinese and "没有填写日期" in chinese and "C-1" in chinese


# --- 6. an unchanged file imported again after a reader upgrade ------------------------------

def test_an_older_month_read_again_after_an_upgrade_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """March's, April's and May's files (已收金额, the total to date): C-1 20,000, 4,000 by
    03-25, 9,000 by 04-20, 12,000 by 05-10. After a reader upgrade the clerk imports the three
    again, unchanged. Hand count: nothing changed (8,000 open at 05-31, the same steps): each
    report says 0 updated, 1 unchanged. Before: March's file said "1 updated" (its row
    became the line's source, the total kept: no figure moved)."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / f"台账 2025-0{month}.xlsx", {f"{month}月": [
        HEADER, row("C-1", CAIRO, "2025-03-05", 20_000, "2025-03-20", received, on)]})
        for month, received, on in ((3, 4_000, "2025-03-25"), (4, 9_000, "2025-04-20"),
                                    (5, 12_000, "2025-05-10"))]
    monkeypatch.setattr(importer, "READER_VERSION", importer.READER_VERSION - 1)
    _same_import(tmp_path, *[[f] for f in files])
    db = tmp_path / "fast.sqlite"
    steps = _steps(db)[:3]
    monkeypatch.undo()
    again = _same_import(tmp_path, *[[f] for f in files])
    assert [r.status for r in again] == ["imported"] * 3
    assert [(r.counts.updated, r.counts.unchanged) for r in again] == [(0, 1)] * 3
    assert "0 updated, 1 unchanged" in import_report(again[0])
    assert _steps(db)[:3] == steps and _open(db, "2025-05-31") == [8_000]


# --- 3. a January-named file kept all year ----------------------------------------------------

def _all_year() -> list[list[object]]:
    """1月订单.xlsx as the clerk keeps it all year: an order a month, January to September
    (paid), and T-2 5,000 ordered 05-10 (shipped 05-15), cancelled on 09-20."""
    rows: list[list[object]] = [HEADER]
    for month in range(1, 10):
        rows.append(row(f"P-{month}", "Lima Co", f"2025-0{month}-05", 1_000, f"2025-0{month}-08",
                        1_000, f"2025-0{month}-20"))
    rows.append(row("T-2", "Tunis Trade", "2025-05-10", 5_000, "2025-05-15", status="已取消"))
    return rows


@pytest.mark.parametrize("first", ["june", "year"])
def test_a_january_file_kept_all_year_is_dated_by_its_rows(tmp_path: Path, first: str) -> None:
    """台账 2025-06.xlsx says T-2 有争议 (disputed); 1月订单.xlsx, kept all year (rows to
    09-20), cancels it. Hand count: the January file is the later: T-2 cancelled, Tunis owes
    nothing and disputes nothing at 09-30, in either order, and its rows' dates are named as
    no typo. Before: the file was dated by its name, January's end: imported after June's,
    its 已取消 was kept out (5,000 disputed), and its May to September dates were named as
    dates past its month, typos."""
    folder = tmp_path / "ledgers"
    june = write_xlsx(folder / "台账 2025-06.xlsx", {"6月": [HEADER, row(
        "T-2", "Tunis Trade", "2025-05-10", 5_000, "2025-05-15", status="有争议")]})
    year = write_xlsx(folder / "1月订单.xlsx", {"Sheet1": _all_year()})
    results = _same_import(tmp_path, *([[june], [year]] if first == "june" else [[year], [june]]))
    tunis = by_name(at(tmp_path / "fast.sqlite", d("2025-09-30")))["Tunis Trade"]
    assert (round(tunis.open_amount), round(tunis.disputed_amount)) == (0, 0)
    assert not [w for r in results for w in r.warnings if w.code == "date_beyond_month"]


# --- 5. a received date with its year typo'd ---------------------------------------------------

@pytest.mark.parametrize(("year", "typo"), [(2025, 2026), (2024, 2025)])
def test_a_receipt_with_a_typo_d_year_is_money_of_the_file_s_year(
        tmp_path: Path, year: int, typo: int) -> None:
    """台账 {year}-04.xlsx: Lima's L-1 3,000 (shipped 04-08, OA 30) paid on {year}-04-29,
    written {typo}-04-29 (2062, past the latest year a date may fall in, is read as no date
    and named); Tunis's T-1 6,000 (shipped 03-10) paid 2,000 on 04-10. Hand count
    at {year}-05-31: Lima owes nothing, Tunis 4,000; the report names the date as written
    and as read, in both languages. Before: Lima's 3,000 was counted in {typo}: 3,000 open,
    past due, at the end of May."""
    path = write_xlsx(tmp_path / "ledgers" / f"台账 {year}-04.xlsx", {"4月": [
        HEADER,
        row("T-1", "Tunis Trade", f"{year}-03-02", 6_000, f"{year}-03-10", 2_000,
            f"{year}-04-10"),
        row("L-1", "Lima Co", f"{year}-04-05", 3_000, f"{year}-04-08", 3_000, f"{typo}-04-29")]})
    [result] = _same_import(tmp_path, [path])
    found = by_name(at(tmp_path / "fast.sqlite", d(f"{year}-05-31")))
    assert (round(found["Lima Co"].open_amount), round(found["Tunis Trade"].open_amount)) == (
        0, 4_000)
    [note] = [w.text for w in result.warnings if w.code == "date_year_typo"]
    assert f"{typo}-04-29 → {year}-04-29 (“4月” row 3)" in note and "Date received" in note
    assert not [w for w in result.warnings if w.code == "date_beyond_month"]
    [chinese] = in_chinese(lambda: [w.text for w in result.warnings
                                    if w.code == "date_year_typo"])
    assert f"{typo}-04-29 → {year}-04-29（“4月”第 3 行）" in chinese and "笔误" in chinese


def test_a_later_month_s_receipt_in_a_month_s_file_is_kept() -> None:
    """A receipt two months past April's file (a clerk updating it) or far past but outside
    the file's dates (2026-01-15: no January among them) keeps its date."""
    found = file_day([[("4月", 2, "2025-04-05", None, "2025-06-15"),
                       ("4月", 3, "2025-04-06", None, "2026-01-15"),
                       ("4月", 4, "2025-04-07", None, "2026-04-29")]], "台账 2025-04.xlsx")
    assert [(b.day, b.meant) for b in found.beyond] == [
        ("2025-06-15", None), ("2026-01-15", None), ("2026-04-29", "2025-04-29")]


# --- 4. two copies of one month's file, neither named a copy ---------------------------------

FINAL = "台账 2025-04 最终.xlsx"


@pytest.mark.parametrize("order", list(permutations(["mar", "apr", "final"])))
def test_a_receipt_corrected_in_an_unmarked_copy_is_decided_by_the_file_s_day(
        tmp_path: Path, order: tuple[str, ...]) -> None:
    """本月收款 files: March's C-1 (11,000, shipped 03-20) 4,000 on 03-25; April's file 5,000
    on 04-20; “台账 2025-04 最终.xlsx”, the same month's file saved again under another name
    (no copy's mark), the 5,000 corrected to 4,500 that day and a new order of 04-28 added:
    its rows' latest date says it is the later. Hand count: 4,000 + 4,500 received, Cairo owes
    2,500 at 04-30, in each of the six orders; April's file imported after the other says its
    figure was kept out. Before: the file imported last won: 2,500 or 2,000."""
    def month(paid: tuple[float, str], carried: bool, *more: list[object]
              ) -> list[list[object]]:
        return [MONTHLY, row("C-1", CAIRO, "2025-03-05", 11_000, "2025-03-20", *paid,
                             status="上月结转" if carried else None), *more]
    folder = tmp_path / "ledgers"
    paths = {"mar": write_xlsx(folder / "台账 2025-03.xlsx", {"台账": month(
                 (4_000, "2025-03-25"), False)}),
             "apr": write_xlsx(folder / "台账 2025-04.xlsx", {"台账": month(
                 (5_000, "2025-04-20"), True)}),
             "final": write_xlsx(folder / FINAL, {"台账": month(
                 (4_500, "2025-04-20"), True, row("Y-1", "Yaounde", "2025-04-28", 1_000,
                                                  None))})}
    results = _same_import(tmp_path, *[[paths[key]] for key in order])
    assert [r.status for r in results] == ["imported"] * 3
    assert round(by_name(at(tmp_path / "fast.sqlite", d("2025-04-30")))[CAIRO].open_amount) \
        == 2_500
    if order.index("apr") > max(order.index("mar"), order.index("final")):  # April's kept out
        april = results[order.index("apr")]
        [note] = [w.text for w in april.warnings if w.code == "stored_receipts_later"]
        assert "C-1" in note and "whichever of the two is imported first" in note
        [chinese] = in_chinese(lambda: [w.text for w in april.warnings
                                        if w.code == "stored_receipts_later"])
        assert "C-1" in chinese and "与导入顺序无关" in chinese


def test_a_workbook_read_again_after_an_upgrade_keeps_its_totals(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """台账 2025.xlsx, a tab a month (已收金额, the total to date, no dates): C-1 20,000, the
    3月 tab 4,000 received, the 4月 tab 9,000. Imported, then imported again twice after
    reader upgrades, unchanged. Hand count: 9,000 received, 11,000 open, every time, and no
    row said updated. Before: each import after an upgrade read the 3月 tab's 4,000 as a
    month's receipt under the stored 9,000 and added 5,000: 14,000 received, then 19,000."""
    path = write_xlsx(tmp_path / "ledgers" / "台账 2025.xlsx", {
        f"{month}月": [HEADER, row("C-1", CAIRO, "2025-03-05", 20_000, "2025-03-20", received)]
        for month, received in ((3, 4_000), (4, 9_000))})
    db = tmp_path / "fast.sqlite"
    found = []
    for version in (10, 11, 12):
        monkeypatch.setattr(importer, "READER_VERSION", version)
        [result] = _same_import(tmp_path, [path])
        found.append((_steps(db)[0], result.counts.updated,
                      [w.code for w in result.warnings if w.code.startswith("stored_")]))
    assert found == [(9_000, 0, [])] * 3
