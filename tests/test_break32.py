"""break32: the month-file rules (older_status's file dating, corrected_payments) tried on a
small exporter's season as its clerk books it. Each test's docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

from core.analysis.model import CustomerMetrics
from core.ledger.report import import_report


def _owed(c: CustomerMetrics) -> tuple[float, str | None, dict[str, tuple[float, int]]]:
    return (round(c.open_amount, 2), c.list,
            {r.order_no or "": (round(r.open, 2), r.days_overdue) for r in c.receivables if r.open})


# --- 1. a slow month's file is that month's: its 已恢复 is the later status -------------------

def test_a_slow_month_s_file_named_may_is_dated_after_april_s(tmp_path: Path):
    """March: Tunis orders T-1 (6,000, OA 30, shipped 03-05) and T-2 (5,000); April's 4月 tab
    carries T-1 paid in full on 04-02 (due 04-04, on time), cancels T-2, and Alpha's A-2 is
    paid on 04-29. May was slow: its 5月 tab only carries T-2 on, 已恢复, shipped 05-03 (no
    order or receipt dated in May). August's tab carries T-2 (上月结转) beside Alpha's A-3 paid
    08-05. Imported in order. Hand count at 08-05: T-2 5,000 due 06-02, 64 days past due,
    average order 5,500: Tunis black. Before: April's file (last date 04-29) was dated after
    May's (its rows' last date 04-02), May's 已恢复 kept out: T-2 stayed cancelled, nothing
    open, and Tunis, paid on time, on the white list."""
    def t2(status: str, ship: str | None = None) -> list[object]:
        return row("T-2", "Tunis Trade", "2025-03-10", 5_000, ship, status=status)
    season = {
        "3月": [HEADER, row("T-1", "Tunis Trade", "2025-03-03", 6_000, "2025-03-05"),
               row("T-2", "Tunis Trade", "2025-03-10", 5_000, None),
               row("A-1", "Alpha Home", "2025-03-01", 8_000, "2025-03-05", 8_000, "2025-03-30")],
        "4月": [HEADER, row("T-1", "Tunis Trade", "2025-03-03", 6_000, "2025-03-05", 6_000,
                           "2025-04-02", status="上月结转"), t2("已取消"),
               row("A-2", "Alpha Home", "2025-04-28", 9_000, "2025-04-29", 9_000, "2025-04-29")],
        "5月": [HEADER, t2("已恢复", "2025-05-03")],
        "8月": [HEADER, t2("上月结转", "2025-05-03"),
               row("A-3", "Alpha Home", "2025-08-01", 3_000, "2025-08-02", 3_000, "2025-08-05")]}
    folder = tmp_path / "ledgers"
    results = _same_import(tmp_path, *(
        [write_xlsx(folder / f"台账 2025-{tab[:-1].zfill(2)}.xlsx", {tab: rows})]
        for tab, rows in season.items()))
    assert [r.status for r in results] == ["imported"] * 4
    assert "later status is kept" not in import_report(results[2])
    tunis = by_name(at(tmp_path / "fast.sqlite", d("2025-08-05")))["Tunis Trade"]
    assert _owed(tunis) == (5_000, "black", {"T-2": (5_000, 64)})


# --- 2. an earlier list of payments imported after the later one that corrects it ---------

ORDERS = [HEADER, row("K-1", "Kiev Kitchen", "2025-03-01", 5_000, "2025-03-05"),
          row("K-2", "Kiev Kitchen", "2025-03-03", 5_000, "2025-03-05"),
          row("L-1", "Lima Lamps", "2025-03-01", 8_000, "2025-03-05"),
          row("L-2", "Lima Lamps", "2025-03-10", 8_000, "2025-03-20")]
PAYMENTS = ["客户", "收款日期", "收款金额", "备注"]
APRIL = [PAYMENTS, ["Kiev Kitchen", d("2025-04-10"), 5_000, "K-1"],
         ["Lima Lamps", d("2025-04-12"), 8_000, None]]
JUNE = [PAYMENTS, APRIL[1], ["Lima Lamps", d("2025-04-12"), 7_980, "扣手续费"],
        ["Kiev Kitchen", d("2025-05-15"), 5_000, "K-2"]]
PAYER = row("P-1", "Payer", "2025-06-01", 1_000, "2025-06-02", 1_000, "2025-06-30")


def test_april_s_payments_imported_after_june_s_correction_count_once(tmp_path: Path):
    """April's 收款 tab books Lima's wire of 04-12 as 8,000; June's file re-sends the tab with
    it corrected to 7,980 (the bank took 20) and May's new slip. Hand count at 06-30: L-1
    8,000 paid 7,980 (20 short: paid); L-2 8,000 (shipped 03-20, due 04-19) never paid: 72
    days past due, average order 8,000: Lima black, whichever file is imported first. Before:
    June's file, then April's (forgotten), counted April's 8,000 beside June's 7,980, named
    as "both counted": 7,980 more paid L-2 but 20, and Lima, owing 8,000 for 72 days, was
    white (in the clerk's order, June's correction replaced April's, as it still does)."""
    folder = tmp_path / "ledgers"
    june = write_xlsx(folder / "台账 2025-06.xlsx", {"台账": [*ORDERS, PAYER], "收款": JUNE})
    april = write_xlsx(folder / "台账 2025-04.xlsx", {"台账": ORDERS, "收款": APRIL})
    results = _same_import(tmp_path / "late", [june], [april])
    _same_import(tmp_path / "in_order", [april], [june])
    for db in (tmp_path / "late" / "fast.sqlite", tmp_path / "in_order" / "fast.sqlite"):
        lima = by_name(at(db))["Lima Lamps"]
        assert (*_owed(lima), lima.credit_on_account) == (
            8_000, "black", {"L-2": (8_000, 72)}, 0), db.parent.name
    said = "7,980.00 2025-04-12 → 8,000.00 2025-04-12"
    report = import_report(results[1])
    assert "the later file's is kept, counted once" in report and said in report
    assert "保留较晚文件的数字" in in_chinese(lambda: import_report(results[1]))


# --- 3. one wire for several invoices, on the 收款 sheet and on each invoice's row ------------

CAIRO = [HEADER, row("C-1", "Cairo Bazaar", "2025-03-20", 5_000, "2025-03-25", 5_000, "2025-04-20"),
         row("C-2", "Cairo Bazaar", "2025-03-22", 3_000, "2025-03-28", 3_000, "2025-04-20"),
         row("C-3", "Cairo Bazaar", "2025-03-15", 6_000, "2025-03-20")]
SLIP = [PAYMENTS, ["Cairo Bazaar", d("2025-04-20"), 8_000, "C-1 + C-2"],
        ["Payer", d("2025-06-30"), 100, None]]


@pytest.mark.parametrize("files", ["one", "two"])
def test_a_lump_sum_wire_written_on_its_invoices_rows_is_counted_once(tmp_path: Path, files):
    """The bank's slip of 04-20: Cairo paid 8,000 for C-1 (5,000) and C-2 (3,000); the clerk
    books it on the 收款 sheet and writes each invoice's 已收金额 (one file: the 收款 tab
    beside the ledger's; two: the bank's file of its own, imported after). Hand count at
    06-30: 14,000 sold (OA 30: C-3 due 04-19, C-1 04-24, C-2 04-27), 8,000 received, paying
    the oldest due first: C-3 and 2,000 of C-1; C-1 3,000 (67 days) and C-2 3,000 (64 days)
    open, average order 4,667: Cairo black (by the invoices the slip names, C-3's 6,000 is
    the one open, 72 days: black too). Before: 16,000 received, all paid, 2,000 on account,
    Cairo on no list."""
    folder = tmp_path / "ledgers"
    if files == "one":
        rounds = [[write_xlsx(folder / "台账 2025-04.xlsx", {"台账": CAIRO, "收款": SLIP})]]
    else:
        rounds = [[write_xlsx(folder / "台账 2025-04.xlsx", {"台账": CAIRO})],
                  [write_xlsx(folder / "银行水单 2025-04.xlsx", {"收款": SLIP})]]
    results = _same_import(tmp_path, *rounds)
    cairo = by_name(at(tmp_path / "fast.sqlite"))["Cairo Bazaar"]
    assert (*_owed(cairo), cairo.credit_on_account) == (
        6_000, "black", {"C-1": (3_000, 67), "C-2": (3_000, 64)}, 0)
    if files == "one":
        report = import_report(results[0])
        assert "(“收款” row 2) is the money written received on “台账” rows 2–3" in report
        assert "这几行的金额合计正好等于它" in in_chinese(lambda: import_report(results[0]))


# --- 4. one file name every month: last month's file is no correction of this month's ------

def test_april_s_taizhang_imported_after_may_s_does_not_cancel_again(tmp_path: Path):
    """The clerk keeps 台账.xlsx in a folder per month. April's cancels T-2 (5,000); May's
    writes it 已恢复, shipped on 03-20 after all (due 04-19), and Alpha's A-3 paid 06-30. May's
    folder is imported first, then April's (forgotten). Hand count at 06-30: T-1 6,000 (due
    05-05) 56 days, T-2 5,000 72 days past due, average order 5,500: Tunis black. Before:
    April's 台账.xlsx, sharing the name, read as May's file corrected: T-2 cancelled again,
    6,000 open 56 days, Tunis only watched."""
    april = [HEADER, row("T-1", "Tunis Trade", "2025-04-03", 6_000, "2025-04-05"),
             row("T-2", "Tunis Trade", "2025-03-10", 5_000, None, status="已取消"),
             row("A-2", "Alpha Home", "2025-04-20", 9_000, "2025-04-22", 9_000, "2025-04-29")]
    may = [*april[:2], row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-03-20",
                           status="已恢复"), april[3],
           row("A-3", "Alpha Home", "2025-05-20", 9_000, "2025-05-22", 9_000, "2025-06-30")]
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [write_xlsx(folder / "2025-05" / "台账.xlsx", {"台账": may})],
                 [write_xlsx(folder / "2025-04" / "台账.xlsx", {"台账": april})])
    tunis = by_name(at(tmp_path / "fast.sqlite"))["Tunis Trade"]
    assert _owed(tunis) == (11_000, "black", {"T-1": (6_000, 56), "T-2": (5_000, 72)})
