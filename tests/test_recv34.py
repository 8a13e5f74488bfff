"""recv34: the import's report on a deposit (定金) judged against the order as the analysis
judges it, across a file's tabs; a month's receipt (本月收款) counted already named with the
file that counted it; a supplement (补充) file's receipt added, not read as a correction. Each
test gives the files, the hand count and what the user saw before.

Defaults: OA 30 (shipped 03-01, due 03-31); days overdue run to the latest receipt the ledger
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
from test_lists_audit30 import PAYER
from test_recv33 import CAIRO, _c1, _steps
from test_recv_order32 import MONTHLY

from core.ledger.report import import_report

MULTI = "Multi Co"
HEADER = [*deposits.HEADER, "产品"]


def line(*values: object, deposit: tuple[float, str] | None = None,
         product: str = "sofa") -> list[object]:
    """deposits.row with its product: an order's rows of one product on two tabs are one
    line shown again (a tab a month), of two products two lines."""
    return [*deposits.row(*values, deposit=deposit), product]  # type: ignore[arg-type]


def _report(tmp_path: Path, tabs: dict[str, list[list[object]]]) -> tuple[str, str]:
    """The workbook imported by both paths (a payer on the last tab); its report in English
    and in Chinese."""
    sheets = {name: [HEADER, *rows] for name, rows in tabs.items()}
    sheets[list(sheets)[-1]].extend([*row, None] for row in deposits.payer(*DAYS))
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx", sheets)])
    assert result.status == "imported"
    return import_report(result), in_chinese(lambda: import_report(result))


def _multi(tmp_path: Path) -> dict[str, tuple[float, str | None, dict[str, tuple[float, int]]]]:
    db = tmp_path / "fast.sqlite"
    return {day: _owed(by_name(at(db, d(day)))[MULTI]) for day in DAYS}


# 3,000 deposit and 2,000 beyond it in: 5,000 of 10,000 open, due 03-31
HALF_OPEN = {"2025-04-30": (5_000, None, {"M-1": (5_000, 30)}),
             "2025-06-30": (5_000, "black", {"M-1": (5_000, 91)})}


# --- 2. the report's "total or balance?" judged against the order, not the line -------------

def test_a_two_line_order_s_unclear_figure_is_named(tmp_path: Path) -> None:
    """M-1 two lines, 6,000 + 4,000 shipped 03-01, a 3,000 deposit of 02-10 and 已收 5,000 on
    04-20 on the first: 5,000 + 3,000 is neither the order's 10,000 nor all of it, so the
    analysis reads 5,000 as the total, the deposit in it (5,000 open, black at 06-30), and the
    report names row 2: it may be the balance. Before: judged against the first line's 6,000
    (5,000 + 3,000 over it: the total for sure), the report said nothing."""
    english, chinese = _report(tmp_path, {"台账": [
        line("M-1", MULTI, "2025-02-01", 6_000, "2025-03-01", 5_000, "2025-04-20",
             deposit=(3_000, "2025-02-10")),
        line("M-1", MULTI, "2025-02-01", 4_000, "2025-03-01", product="lamp")]})
    assert _multi(tmp_path) == HALF_OPEN
    assert "total received or the balance paid after the deposit" in english
    assert "(row 2)" in english
    assert "第 2 行" in chinese and "定金" in chinese


def test_a_two_line_order_paid_in_full_says_nothing(tmp_path: Path) -> None:
    """Guard: the same order with 已收 7,000 on 04-20: with the deposit the order's 10,000,
    the balance, paid; nothing named."""
    english, _chinese = _report(tmp_path, {"台账": [
        line("M-1", MULTI, "2025-02-01", 6_000, "2025-03-01", 7_000, "2025-04-20",
             deposit=(3_000, "2025-02-10")),
        line("M-1", MULTI, "2025-02-01", 4_000, "2025-03-01", product="lamp")]})
    assert {day: figures[0] for day, figures in _multi(tmp_path).items()} == {
        day: 0 for day in DAYS}
    assert "balance paid after the deposit" not in english


# --- 3. an order over several tabs judged by all of its rows -------------------------------

def test_an_order_over_two_tabs_is_judged_by_both(tmp_path: Path) -> None:
    """M-1's 6,000 of furniture on the 家具 tab, its 4,000 of lamps on the 灯具 tab, both
    shipped 03-01 on OA 30: the 5,000 deposit of 02-10 and 已收 5,000 on 02-12 on the
    furniture line are the deposit booked again (the balance comes after shipment): 5,000
    open, black at 06-30, and the report names 家具 row 2 and says how to write a balance.
    Before: judged by the 家具 tab's 6,000 alone, the report said nothing."""
    english, chinese = _report(tmp_path, {
        "家具": [line("M-1", MULTI, "2025-02-01", 6_000, "2025-03-01", 5_000, "2025-02-12",
                      deposit=(5_000, "2025-02-10"))],
        "灯具": [line("M-1", MULTI, "2025-02-01", 4_000, "2025-03-01", product="lamp")]})
    assert _multi(tmp_path) == {"2025-04-30": (5_000, None, {"M-1": (5_000, 30)}),
                                "2025-06-30": (5_000, "black", {"M-1": (5_000, 91)})}
    assert "Sheet “家具”: the received figure beside the deposit (row 2)" in english
    assert "booked again" in english and "尾款" in english
    assert "家具" in chinese and "第 2 行" in chinese and "尾款" in chinese


@pytest.mark.parametrize("terms_tab", ["家具", "灯具"])
def test_an_order_s_terms_on_another_tab(tmp_path: Path, terms_tab: str) -> None:
    """The order's terms (OA 30) written on one tab only: the 5,000 deposit of 02-10 and 已收
    5,000 on 02-25, before the 03-01 shipment, on the furniture line are the deposit booked
    again (on OA the balance comes after shipment; by no terms a fortnight after the deposit
    could be it): 5,000 open, black at 06-30, and named whichever tab holds the terms.
    Before: judged by the 家具 tab alone (its 6,000, and no terms where 灯具 holds them),
    nothing said."""
    first = line("M-1", MULTI, "2025-02-01", 6_000, "2025-03-01", 5_000, "2025-02-25",
                 deposit=(5_000, "2025-02-10"))
    second = line("M-1", MULTI, "2025-02-01", 4_000, "2025-03-01", product="lamp")
    (second if terms_tab == "家具" else first)[5] = None  # 付款方式
    english, _chinese = _report(tmp_path, {"家具": [first], "灯具": [second]})
    assert _multi(tmp_path)["2025-06-30"] == (5_000, "black", {"M-1": (5_000, 91)})
    assert "Sheet “家具”: the received figure beside the deposit (row 2)" in english
    assert "booked again" in english


def test_an_order_repeated_on_a_later_tab_counts_once(tmp_path: Path) -> None:
    """A workbook whose 二季度 tab repeats the 一季度 tab's two-line order as it stands: the
    order is 10,000 (not 20,000 with two deposits), and each tab's row with 5,000 beside the
    3,000 deposit is named as could-be-either, as one tab alone would be."""
    rows = [line("M-1", MULTI, "2025-02-01", 6_000, "2025-03-01", 5_000, "2025-04-20",
                 deposit=(3_000, "2025-02-10")),
            line("M-1", MULTI, "2025-02-01", 4_000, "2025-03-01", product="lamp")]
    english, _chinese = _report(tmp_path, {"一季度": rows, "二季度": [list(r) for r in rows]})
    assert english.count("total received or the balance paid after the deposit") == 2
    assert _multi(tmp_path) == HALF_OPEN


# --- 5. a month's supplement file (补充) adds its receipts --------------------------------

@pytest.mark.parametrize("supplement_first", [False, True])
@pytest.mark.parametrize(("figure", "on"), [(2_000, "2025-04-28"), (5_000, "2025-04-28")])
def test_a_month_s_supplement_file_adds_its_receipt(tmp_path: Path, figure: float, on: str,
                                                    supplement_first: bool) -> None:
    """本月收款 on C-1 (20,000, due 04-19): March's file 4,000 on 03-25, April's 5,000 on
    04-20, and 台账 2025-04 补充.xlsx (April's supplement: a receipt the month's file missed)
    `figure` on 04-28, before or after April's file: 9,000 + `figure` in, 11,000 − `figure`
    open 72 days at 06-30, in either order, and no word of a correction. Before: the
    supplement's receipt read as April's corrected (2,000: 6,000 in, 14,000 open; 5,000:
    April's receipt re-dated, 9,000 in, 11,000 open), said as a correction."""
    folder = tmp_path / "ledgers"
    db = tmp_path / "fast.sqlite"
    april = _month_file(folder / "台账 2025-04.xlsx", 4, 5_000, "2025-04-20")
    extra = _month_file(folder / "台账 2025-04 补充.xlsx", 4, figure, on)
    results = _same_import(tmp_path, [_month_file(folder / "台账 2025-03.xlsx", 3, 4_000,
                                                  "2025-03-25")],
                           *([[extra], [april]] if supplement_first else [[april], [extra]]))
    assert _steps(db)[0] == 9_000 + figure
    assert _owed(by_name(at(db))[CAIRO]) == (11_000 - figure, "watch",
                                            {"C-1": (11_000 - figure, 72)})
    assert not any("corrected" in import_report(r) for r in results)


# --- 1. a month's receipt counted already: the file that counted it kept and named -------

def _costed(path: Path, month: int, received: float, on: str, cost: float | None = None
            ) -> Path:
    """C-1 under 本月收款 with a cost column (blank, or `cost`: a line changed otherwise)."""
    return write_xlsx(path, {f"{month}月": [[*MONTHLY, "成本"], [*_c1(received, on, month), cost],
                                           [*PAYER, None]]})


def test_a_receipt_counted_already_keeps_and_names_its_file(tmp_path: Path) -> None:
    """本月收款 on C-1 (20,000, due 04-19): March's file 4,000 on 03-25, April's 5,000 on
    04-20; May's file, nothing in May, still shows April's 5,000 of 04-20 (and fills in the
    cost): counted once, 9,000 in, and its report names C-1's row and the file, tab and row
    that counted the receipt (台账 2025-04.xlsx “4月” row 2). April's file then sent again from
    another folder with the receipt re-dated 04-22 is April's receipt restated: 9,000 in,
    11,000 open 72 days at 06-30. Before: May's file took April's receipt for its own (the
    line's history no longer said which file wrote it), April's re-sent 5,000 was added as a
    receipt of its own: 14,000 in, 6,000 open; and May's report said nothing."""
    folder = tmp_path / "ledgers"
    db = tmp_path / "fast.sqlite"
    _same_import(tmp_path, [_costed(folder / "台账 2025-03.xlsx", 3, 4_000, "2025-03-25")],
                 [_costed(folder / "台账 2025-04.xlsx", 4, 5_000, "2025-04-20")])
    [may] = _same_import(tmp_path, [_costed(folder / "台账 2025-05.xlsx", 5, 5_000, "2025-04-20",
                                            12_000)])
    assert _steps(db)[:3] == (9_000, "2025-04-20", [("2025-03-25", 4_000, "台账 2025-03.xlsx")])
    report = import_report(may)
    assert "recorded already by another file" in report
    assert "C-1 (台账 2025-04.xlsx “4月” row 2)" in report and "the file that recorded it" in report
    assert "“5月” row 2" in report
    chinese = in_chinese(lambda: import_report(may))
    assert "C-1（台账 2025-04.xlsx 的“4月”表第 2 行）" in chinese and "只计一次" in chinese
    _same_import(tmp_path, [_costed(folder / "again" / "台账 2025-04.xlsx", 4, 5_000,
                                    "2025-04-22")])
    assert _steps(db)[:2] == (9_000, "2025-04-22")
    assert _owed(by_name(at(db))[CAIRO]) == (11_000, "watch", {"C-1": (11_000, 72)})


def test_the_one_receipt_counted_already_keeps_its_file(tmp_path: Path) -> None:
    """本月收款 on C-1: April's file 5,000 on 04-20, its only receipt; May's file still shows
    it (and fills in the cost); April's file sent again from another folder re-dated 04-22:
    April's receipt restated, 5,000 in, 15,000 open 72 days at 06-30. Before: May's file took
    the receipt for its own, April's re-sent 5,000 was added: 10,000 in, 10,000 open."""
    folder = tmp_path / "ledgers"
    db = tmp_path / "fast.sqlite"
    _same_import(tmp_path, [_costed(folder / "台账 2025-04.xlsx", 4, 5_000, "2025-04-20")],
                 [_costed(folder / "台账 2025-05.xlsx", 5, 5_000, "2025-04-20", 12_000)],
                 [_costed(folder / "again" / "台账 2025-04.xlsx", 4, 5_000, "2025-04-22")])
    assert _steps(db)[:2] == (5_000, "2025-04-22")
    assert _owed(by_name(at(db))[CAIRO]) == (15_000, "watch", {"C-1": (15_000, 72)})


def test_a_receipt_the_same_file_counted_is_not_named(tmp_path: Path) -> None:
    """Guard: April's file imported again, edited (the cost filled in): its own receipt, not
    another file's: C-1 not named, 9,000 in."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_costed(folder / "台账 2025-03.xlsx", 3, 4_000, "2025-03-25")],
                 [_costed(folder / "台账 2025-04.xlsx", 4, 5_000, "2025-04-20")])
    [again] = _same_import(tmp_path, [_costed(folder / "台账 2025-04.xlsx", 4, 5_000,
                                              "2025-04-20", 12_000)])
    assert _steps(tmp_path / "fast.sqlite")[0] == 9_000
    assert "C-1 (" not in import_report(again)


# --- 4. a part shipment's deposit judged against the order ----------------------------------

@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_deposit_re_dated_on_an_order_shipped_in_two_parts_is_named(
        tmp_path: Path, order: tuple[int, int]) -> None:
    """D-1 10,000 shipped in two parts, 6,000 on 03-01 (holding the order's 5,000 deposit of
    02-10) and 4,000 on 04-01, OA 30. February's file: 已收 5,000 on 02-10, the deposit's day
    (the deposit itself); April's: the same 5,000 on 04-20. A running total unchanged: only
    the deposit came in, 5,000 open, black at 06-30, in either import order, and the later
    file's report names the row (a clerk whose 已收 is each payment wrote the balance there),
    as it does for an order shipped at once. Before: judged against the first shipment's
    6,000 (5,000 + 5,000 is not 6,000), the report said nothing."""
    def month(name: str, tab: str, on: str) -> Path:
        paid = DAYS if tab == "4月" else ["2025-02-20"]  # a payer's receipts to the file's end
        return write_xlsx(tmp_path / "ledgers" / name, {tab: [
            HEADER, line("D-1", MULTI, "2025-02-01", 6_000, "2025-03-01", 5_000, on,
                         deposit=(5_000, "2025-02-10")),
            line("D-1", MULTI, "2025-02-01", 4_000, "2025-04-01", product="lamp"),
            *([*row, None] for row in deposits.payer(*paid))]})
    files = [month("台账 2025-02.xlsx", "2月", "2025-02-10"),
             month("台账 2025-04.xlsx", "4月", "2025-04-20")]
    results = _same_import(tmp_path, *[[files[i]] for i in order])
    assert _multi(tmp_path)["2025-06-30"][:2] == (5_000, "black")
    assert "re-dated: the deposit alone" in import_report(results[-1])
    assert "仅收到定金" in in_chinese(lambda: import_report(results[-1]))
