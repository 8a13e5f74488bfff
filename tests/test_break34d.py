"""break34d: the recv34 rules under attack. A second shipment of a product on a later tab is a
line of its own; a month's receipt (本月收款) counted already named once per order; the
"counted already" path without a 本月收款 header keeps its file too; a supplement's file name
read with care. Each test gives the files, the hand count and what the user saw before.

Defaults: OA 30 (due 30 days after shipment); days overdue run to the latest receipt the ledger
records up to the as-of date (a payer's, on the days checked). Every file is imported by the
app's import and the reference import, which must agree (test_fast_import._same_import).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_received_steps_recv32 as deposits
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_break33b import DAYS, _month_file
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER as HEADER_PLAIN
from test_lists_audit30 import PAYER, row
from test_recv33 import CAIRO, _c1, _steps
from test_recv_order32 import MONTHLY

from core.ledger.report import import_report

SOFA = "Sofa Co"
HEADER = [*deposits.HEADER, "产品", "数量", "备注"]


def lot(no: str, amount: float, ship: str, quantity: int | None, product: str = "sofa",
        received: float | None = None, on: str | None = None, note: str | None = None
        ) -> list[object]:
    """One shipment of an order of 02-01 on OA 30: its amount, ship date, quantity, notes."""
    return [*deposits.row(no, SOFA, "2025-02-01", amount, ship, received, on), product,
            quantity, note]


def _workbook(tmp_path: Path, tabs: dict[str, list[list[object]]]) -> str:
    """The workbook imported by both paths (a payer on the last tab): its report."""
    sheets = {name: [HEADER, *rows] for name, rows in tabs.items()}
    sheets[list(sheets)[-1]].extend([*row, None, None, None] for row in deposits.payer(*DAYS))
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx", sheets)])
    assert result.status == "imported"
    return import_report(result)


def _open(tmp_path: Path, day: str = "2025-06-30") -> list[tuple[float, int]]:
    """Sofa Co's open receivables at `day`: (open, days past due), by due date."""
    customer = by_name(at(tmp_path / "fast.sqlite", d(day)))[SOFA]
    return sorted(((round(r.open, 2), r.days_overdue) for r in customer.receivables
                   if r.open), key=lambda r: -r[1])


# --- 1. a second shipment of the same product on a later tab is a line of its own --------

def test_a_second_lot_of_a_product_on_next_month_s_tab_is_a_second_sale(tmp_path: Path
                                                                         ) -> None:
    """S-1: 60 sofas, 6,000, shipped 03-01 on the 3月 tab; 40 more, 4,000, shipped 04-01 on
    the 4月 tab, noted 第二批 (a tab a month, each listing its month's shipments). Nothing
    received: at 06-30 10,000 open, 6,000 due 03-31 (91 days) and 4,000 due 05-01 (60 days).
    Before: the 4月 row was read as the 3月 line shown again with its balance left: one 6,000 line
    shipped 04-01, 2,000 "received", 4,000 open: 6,000 of sales lost."""
    _workbook(tmp_path, {"3月": [lot("S-1", 6_000, "2025-03-01", 60)],
                         "4月": [lot("S-1", 4_000, "2025-04-01", 40, note="第二批")]})
    assert _open(tmp_path) == [(6_000, 91), (4_000, 60)]


def ordered(no: str | None, amount: float, ship: str | None, quantity: int | None,
            received: float | None = None, on: str | None = None, note: str | None = None
            ) -> list[object]:
    """One shipment of a sofa order of 03-01 on OA 30 (a 3月 tab's own row, not carried)."""
    return [*deposits.row(no, SOFA, "2025-03-01", amount, ship, received, on), "sofa",
            quantity, note]


@pytest.mark.parametrize("number", ["S-1", None])
def test_a_second_lot_is_no_balance_left(tmp_path: Path, number: str | None) -> None:
    """S-1 ordered 03-01: 60 sofas, 6,000, shipped 03-10 on the 3月 tab; 40 more, 4,000,
    shipped 04-10 on the 4月 tab noted 二批 (with its order number, or none: known by its
    buyer, date and product). Nothing received: at 06-30 6,000 due 04-09 (82 days) and 4,000
    due 05-10 (51 days), 10,000 open. Before: the 4月 row was the 3月 line's balance left: 2,000
    "received", one 6,000 line shipped 04-10, 4,000 open."""
    report = _workbook(tmp_path, {"3月": [ordered(number, 6_000, "2025-03-10", 60)],
                                  "4月": [ordered(number, 4_000, "2025-04-10", 40,
                                                  note="二批")]})
    assert _open(tmp_path) == [(6_000, 82), (4_000, 51)]
    assert "1 row lists a product of an order an earlier tab listed" in report
    assert "a sale of its own (“4月” row 2)" in report


@pytest.mark.parametrize(("note", "owed"), [
    ("2nd shipment", [(4_000, 82), (6_000, 51)]), (None, [(6_000, 51)])])
def test_a_bigger_second_lot_is_no_correction(tmp_path: Path, note: str | None,
                                              owed: list[tuple[float, int]]) -> None:
    """The second lot is the bigger: 4,000 shipped 03-10 on 3月, 6,000 shipped 04-10 on 4月
    noted "2nd shipment": 10,000 open. Before: read as the line corrected up, one 6,000 line
    shipped 04-10. Without the note (fix34c: a date and amount changed alone say no lot) it
    is that line corrected: 6,000 due 05-10."""
    _workbook(tmp_path, {"3月": [ordered("S-1", 4_000, "2025-03-10", 40)],
                         "4月": [ordered("S-1", 6_000, "2025-04-10", 60, note=note)]})
    assert _open(tmp_path) == owed


def test_a_second_lot_not_shipped_yet_is_no_balance_left(tmp_path: Path) -> None:
    """40 more sofas, 4,000, on the 4月 tab noted 分批出货, its ship date 未出货: a lot not
    shipped, owed nothing yet; the first lot's 6,000 open whole. Before: 2,000 "received" on
    the first lot, 4,000 open."""
    later = ordered("S-1", 4_000, None, 40, note="分批出货")
    later[HEADER.index("出货日期")] = "未出货"
    _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)], "4月": [later]})
    assert _open(tmp_path) == [(6_000, 82)]


def test_the_first_lot_shown_again_below_the_second(tmp_path: Path) -> None:
    """The 4月 tab lists the new lot (4,000 shipped 04-10, 第2批) above the first lot shown again
    with 1,000 received on 04-15: two lines, the first 5,000 open, the second 4,000."""
    report = _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)],
                                  "4月": [ordered("S-1", 4_000, "2025-04-10", 40,
                                                  note="第2批"),
                                          ordered("S-1", 6_000, "2025-03-10", 60, 1_000,
                                                  "2025-04-15")]})
    assert _open(tmp_path) == [(5_000, 82), (4_000, 51)]
    assert "a sale of its own (“4月” row 2)" in report  # row 3 is the first lot again


def test_a_balance_left_is_still_the_line(tmp_path: Path) -> None:
    """Guard: the 4月 tab shows the line with its balance, 4,000, the same 60 sofas shipped
    03-10 (or the ship date and quantity left blank): 2,000 received, 4,000 open, one line."""
    for tab in ([ordered("S-1", 4_000, "2025-03-10", 60)], [ordered("S-1", 4_000, None, None)]):
        report = _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)],
                                      "4月": tab})
        assert _open(tmp_path) == [(4_000, 82)]
        assert "an earlier tab listed" not in report
        for db in tmp_path.glob("*.sqlite"):
            db.unlink()


def test_a_ship_date_corrected_with_its_amount_kept_is_the_line(tmp_path: Path) -> None:
    """Guard: the 4月 tab shows the line with the same 6,000 and another ship date (03-12, the
    day it left): the line's ship date corrected, one 6,000 line, due 04-11."""
    _workbook(tmp_path, {"3月": [ordered("S-1", 6_000, "2025-03-10", 60)],
                         "4月": [ordered("S-1", 6_000, "2025-03-12", 60)]})
    assert _open(tmp_path) == [(6_000, 80)]


# --- 2. a month's receipt counted already: named once per order, not every month ---------

COUNTED = "recorded already by another file"


def _costed(path: Path, month: int, received: float, on: str, cost: float | None = None
            ) -> Path:
    """C-1 (20,000, due 04-19) under 本月收款 with a cost column (blank, or `cost`)."""
    return write_xlsx(path, {f"{month}月": [[*MONTHLY, "成本"], [*_c1(received, on, month), cost],
                                           [*PAYER, None]]})


def _months(tmp_path: Path, cost: float | None) -> list[str]:
    """March's file 4,000 on 03-25, April's 5,000 on 04-20; May's, June's and July's files
    each carry April's 5,000 of 04-20 forward unchanged (and give `cost`): their reports."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_costed(folder / "台账 2025-03.xlsx", 3, 4_000, "2025-03-25")],
                 [_costed(folder / "台账 2025-04.xlsx", 4, 5_000, "2025-04-20")])
    return [import_report(result) for month in (5, 6, 7) for result in _same_import(
        tmp_path, [_costed(folder / f"台账 2025-0{month}.xlsx", month, 5_000, "2025-04-20",
                           cost)])]


def test_a_receipt_carried_forward_unchanged_is_named_once(tmp_path: Path) -> None:
    """本月收款 on C-1: April's 5,000 of 04-20 carried forward unchanged by May's, June's and
    July's files (the line otherwise as it was): 9,000 in, 11,000 open, and only May's
    report names C-1 with April's file, the first to show April's receipt again; June's
    and July's say nothing of it. Before: every month's report named C-1 again, a note the
    clerk learns to pass over."""
    may, june, july = _months(tmp_path, None)
    assert "C-1 (台账 2025-04.xlsx “4月” row 2)" in may and COUNTED in may
    assert "C-1 (" not in june and "C-1 (" not in july
    assert _steps(tmp_path / "fast.sqlite")[:2] == (9_000, "2025-04-20")
    assert _owed(by_name(at(tmp_path / "fast.sqlite"))[CAIRO])[0] == 11_000


def test_a_receipt_carried_with_the_line_filled_in_is_named_once(tmp_path: Path) -> None:
    """The same with May's file filling in the cost (12,000) and June's and July's giving it
    again: May's report alone names C-1."""
    may, june, july = _months(tmp_path, 12_000)
    assert "C-1 (台账 2025-04.xlsx “4月” row 2)" in may
    assert "C-1 (" not in june and "C-1 (" not in july
    assert _steps(tmp_path / "fast.sqlite")[0] == 9_000


def test_april_s_file_sent_again_after_june_s_restates_its_receipt(tmp_path: Path) -> None:
    """After May's and June's files carried April's receipt unchanged, April's file sent
    again from another folder re-dated 04-22 is April's receipt restated: 9,000 in, 11,000
    open (June's file did not take the receipt for its own)."""
    _months(tmp_path, None)
    _same_import(tmp_path, [_costed(tmp_path / "ledgers" / "again" / "台账 2025-04.xlsx", 4,
                                    5_000, "2025-04-22")])
    assert _steps(tmp_path / "fast.sqlite")[:2] == (9_000, "2025-04-22")
    assert _owed(by_name(at(tmp_path / "fast.sqlite"))[CAIRO])[0] == 11_000


# --- 3. an earlier month's receipt counted already by a workbook's tabs keeps its file -----

def test_a_receipt_counted_by_a_workbook_s_tabs_keeps_its_file(tmp_path: Path) -> None:
    """C-1 (20,000, due 04-19): March's file 4,000 on 03-25, April's 9,000 to date on 04-20
    (已收金额, totals). May's workbook, no 本月收款 header, its tabs 3月, 4月, 5月 saying month by
    B-1's receipts (3,000 on 04-15, then 2,000 on 05-10), shows C-1's 4,000 of 03-25 and
    5,000 of 04-20 and fills in its cost on 5月: counted already, 9,000 in, the total still
    April's file's. April's file then sent again from another folder under 本月收款, its 5,000
    re-dated 04-22: April's receipt restated, 9,000 in, 11,000 open 72 days at 06-30. Before:
    May's workbook took the 9,000 for its own, April's re-sent 5,000 was added: 14,000 in,
    6,000 open."""
    folder, db = tmp_path / "ledgers", tmp_path / "fast.sqlite"
    header = [*HEADER_PLAIN, "成本"]

    def bravo(received: float, on: str) -> list[object]:
        return [*row("B-1", "Bravo Bikes", "2025-04-02", 10_000, "2025-04-10", received, on),
                None]

    _same_import(tmp_path, [write_xlsx(folder / "台账 2025-03.xlsx", {"3月": [
        HEADER_PLAIN, _c1(4_000, "2025-03-25", 3), PAYER]})], [write_xlsx(
            folder / "台账 2025-04.xlsx", {"4月": [HEADER_PLAIN, _c1(9_000, "2025-04-20", 4),
                                                  PAYER]})])
    _same_import(tmp_path, [write_xlsx(folder / "台账 2025-05.xlsx", {
        "3月": [header, [*_c1(4_000, "2025-03-25", 3), None]],
        "4月": [header, [*_c1(5_000, "2025-04-20", 4), None], bravo(3_000, "2025-04-15")],
        "5月": [header, [*_c1(None, None, 5), 12_000], bravo(2_000, "2025-05-10"),
               [*PAYER, None]]})])
    assert _steps(db) == (9_000, "2025-04-20", [("2025-03-25", 4_000, "台账 2025-03.xlsx")],
                          "台账 2025-04.xlsx")
    _same_import(tmp_path, [_month_file(folder / "again" / "台账 2025-04.xlsx", 4, 5_000,
                                        "2025-04-22")])
    assert _steps(db)[:2] == (9_000, "2025-04-22")
    assert _owed(by_name(at(db))[CAIRO]) == (11_000, "watch", {"C-1": (11_000, 72)})


def test_a_workbook_s_own_receipt_beside_one_counted_already_is_its_own(tmp_path: Path
                                                                         ) -> None:
    """本月收款 on C-1: March's file 4,000 on 03-25, April's 5,000 on 04-20; May's workbook
    (tabs 4月 and 5月) shows April's 5,000 of 04-20 and its own 3,000 of 05-10: 12,000 in, the
    total May's workbook's. May's workbook sent again with its May receipt corrected to 3,500
    of 05-12: its own receipt corrected, 12,500 in, 7,500 open. Before (recv34): the 12,000
    was stamped April's file's, so May's corrected receipt was added beside its first:
    15,500 in, 4,500 open."""
    folder, db = tmp_path / "ledgers", tmp_path / "fast.sqlite"

    def may(received: float, on: str) -> Path:
        return write_xlsx(folder / "台账 2025-05.xlsx", {
            "4月": [MONTHLY, _c1(5_000, "2025-04-20", 4)],
            "5月": [MONTHLY, _c1(received, on, 5), PAYER]})

    _same_import(tmp_path, [_month_file(folder / "台账 2025-03.xlsx", 3, 4_000, "2025-03-25")],
                 [_month_file(folder / "台账 2025-04.xlsx", 4, 5_000, "2025-04-20")],
                 [may(3_000, "2025-05-10")])
    assert _steps(db)[0::3] == (12_000, "台账 2025-05.xlsx")
    _same_import(tmp_path, [may(3_500, "2025-05-12")])
    assert _steps(db)[:2] == (12_500, "2025-05-12")
    assert _owed(by_name(at(db))[CAIRO]) == (7_500, "watch", {"C-1": (7_500, 72)})


# --- 4. a supplement's file name read with care -------------------------------------------

def _supplemented(tmp_path: Path, *later: tuple[str, float, str]) -> tuple[float, float]:
    """本月收款 on C-1 (20,000, due 04-19): March's file 4,000 on 03-25, April's 5,000 on
    04-20, then each (file name, figure, day) in turn: the line's total received and what is
    open at 06-30."""
    folder, db = tmp_path / "ledgers", tmp_path / "fast.sqlite"
    _same_import(tmp_path, [_month_file(folder / "台账 2025-03.xlsx", 3, 4_000, "2025-03-25")],
                 [_month_file(folder / "台账 2025-04.xlsx", 4, 5_000, "2025-04-20")],
                 *[[_month_file(folder / name, 4, figure, on)] for name, figure, on in later])
    return _steps(db)[0], _owed(by_name(at(db))[CAIRO])[0]


@pytest.mark.parametrize(("figure", "on"), [(2_000, "2025-04-29"), (2_500, "2025-04-29")])
def test_a_supplement_revised_restates_the_supplement(tmp_path: Path, figure: float, on: str
                                                      ) -> None:
    """台账 2025-04 补充.xlsx adds 2,000 of 04-28 (11,000 in); 台账 2025-04 补充修订.xlsx, the
    supplement revised, gives it as `figure` of 04-29: the supplement's receipt restated,
    9,000 + `figure` in. Before: added beside it, 13,000 or 13,500 in (both words: read as a
    supplement, matched to no file)."""
    assert _supplemented(tmp_path, ("台账 2025-04 补充.xlsx", 2_000, "2025-04-28"),
                         ("台账 2025-04 补充修订.xlsx", figure, on)) == (
        9_000 + figure, 11_000 - figure)


def test_a_second_supplement_of_the_month_adds(tmp_path: Path) -> None:
    """Guard: 台账 2025-04 补充.xlsx 2,000 of 04-28 and 台账 2025-04 补充2.xlsx 1,000 of 04-29,
    two supplements of April: both add, 12,000 in."""
    assert _supplemented(tmp_path, ("台账 2025-04 补充.xlsx", 2_000, "2025-04-28"),
                         ("台账 2025-04 补充2.xlsx", 1_000, "2025-04-29")) == (12_000, 8_000)


def test_a_supplement_repeating_the_month_s_receipt_counts_it_once(tmp_path: Path) -> None:
    """Guard: 台账 2025-04 补充.xlsx repeats April's 5,000 of 04-20: counted once, 9,000 in."""
    assert _supplemented(tmp_path, ("台账 2025-04 补充.xlsx", 5_000, "2025-04-20")) == (
        9_000, 11_000)


def test_a_supplement_sent_again_from_another_folder_restates_itself(tmp_path: Path) -> None:
    """台账 2025-04 补充.xlsx 2,000 of 04-28, then sent again from another folder with it
    re-dated 04-29: the supplement's receipt restated, 11,000 in. Before: 13,000 in."""
    assert _supplemented(tmp_path, ("台账 2025-04 补充.xlsx", 2_000, "2025-04-28"),
                         ("again/台账 2025-04 补充.xlsx", 2_000, "2025-04-29")) == (
        11_000, 9_000)


@pytest.mark.parametrize("name", ["台账 2025-04（含补充协议）.xlsx", "营养补充剂台账 2025-04.xlsx",
                                  "台账 2025-04 Supplements Co.xlsx",
                                  "台账 2025-04 SupplementHouse.xlsx"])
def test_a_name_saying_supplement_otherwise_is_the_month_s_file(tmp_path: Path, name: str
                                                                 ) -> None:
    """April's receipt, 5,000 of 04-20, sent again re-dated 04-22 in a file named after April
    whose name says 补充 or supplement of something else (a supplementary agreement, 补充协议;
    a product, 营养补充剂; a buyer, Supplements Co): April's file sent again, its receipt
    restated, 9,000 in. Before: read as April's supplement, 5,000 added: 14,000 in."""
    assert _supplemented(tmp_path, (name, 5_000, "2025-04-22")) == (9_000, 11_000)


@pytest.mark.parametrize("name", ["台账 2025-04 supplementary.xlsx",
                                  "ledger_2025-04_supplement.xlsx", "台账 2025-04 补录.xlsx"])
def test_a_supplement_named_in_other_words_adds(tmp_path: Path, name: str) -> None:
    """Guard: a supplement named supplementary, _supplement or 补录 adds its 2,000 of 04-28."""
    assert _supplemented(tmp_path, (name, 2_000, "2025-04-28")) == (11_000, 9_000)


@pytest.mark.parametrize("supplement_first", [True, False])
def test_a_supplement_repeating_the_month_s_row_leaves_it_the_month_s(
        tmp_path: Path, supplement_first: bool) -> None:
    """台账 2025-04 补充.xlsx repeats April's row (C-1 5,000 of 04-20) beside a row April's
    file missed (D-1 3,000 paid 04-25), imported before or after April's file: C-1's 5,000
    counted once, April's file's. April's file then sent again from another folder re-dated
    04-22: April's receipt restated, 9,000 in, 11,000 open. Before, with the supplement first,
    the 5,000 stayed the supplement's and April's re-sent was added: 14,000 in, 6,000 open."""
    folder, db = tmp_path / "ledgers", tmp_path / "fast.sqlite"
    extra = row("D-1", "Delta Co", "2025-04-02", 3_000, "2025-04-05", 3_000, "2025-04-25")
    supplement = write_xlsx(folder / "台账 2025-04 补充.xlsx", {"4月": [
        MONTHLY, _c1(5_000, "2025-04-20", 4), extra, PAYER]})
    april = _month_file(folder / "台账 2025-04.xlsx", 4, 5_000, "2025-04-20")
    _same_import(tmp_path, [_month_file(folder / "台账 2025-03.xlsx", 3, 4_000, "2025-03-25")],
                 *([[supplement], [april]] if supplement_first else [[april], [supplement]]))
    assert _steps(db)[0::3] == (9_000, "台账 2025-04.xlsx")
    _same_import(tmp_path, [_month_file(folder / "again" / "台账 2025-04.xlsx", 4, 5_000,
                                        "2025-04-22")])
    assert _steps(db)[:2] == (9_000, "2025-04-22")
    assert _owed(by_name(at(db))[CAIRO]) == (11_000, "watch", {"C-1": (11_000, 72)})


def test_a_deposit_judged_against_both_lots_of_a_product(tmp_path: Path) -> None:
    """M-1: 60 sofas, 6,000, shipped 03-01 on 3月 with the order's 3,000 deposit of 02-10 and
    已收 5,000 on 04-20; 40 more, 4,000, shipped 04-01 on 4月. The order is 10,000: 5,000 +
    3,000 is neither all of it nor its 10,000, so the report names 3月 row 2 (total or
    balance?), the analysis reads 5,000 as the total: 1,000 of the first lot open, the
    second's 4,000 (noted "second lot"). Before: the 4月 row was the line's balance left, the
    order 6,000 and the figure the total for sure, nothing named."""
    report = _workbook(tmp_path, {
        "3月": [[*deposits.row("M-1", SOFA, "2025-02-01", 6_000, "2025-03-01", 5_000,
                               "2025-04-20", deposit=(3_000, "2025-02-10")), "sofa", 60]],
        "4月": [lot("M-1", 4_000, "2025-04-01", 40, note="second lot")]})
    assert "total received or the balance paid after the deposit" in report
    assert _open(tmp_path) == [(1_000, 91), (4_000, 60)]


def test_a_second_lot_is_named_in_chinese(tmp_path: Path) -> None:
    """The report in Chinese names the row read as another lot, with its tab and row."""
    sheets = {"3月": [HEADER, ordered("S-1", 6_000, "2025-03-10", 60)],
              "4月": [HEADER, ordered("S-1", 4_000, "2025-04-10", 40, note="第二批")]}
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx", sheets)])
    chinese = in_chinese(lambda: import_report(result))
    assert "已按另一批出货、单独一笔销售计入（“4月”第 2 行）" in chinese
