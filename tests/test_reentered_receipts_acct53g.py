"""acct53g (rv53a f3): a handed-over customer's deposit, on 陈静's order row and re-entered on
Kevin's 收款 tab, counted once (core.ledger.reentered_receipts).

陈静's file: CJ25-37, Vienna Haushalt GmbH, 20,000 EUR, 6,000 received 2025-06-20 on the order
row. Kevin's file (August): the order copied into his 订单 tab (no received columns, shipped
08-25) and the deposit re-entered on his 收款 tab (same order, day, sum; 备注 陈静已收定金).
Hand count at 08-31: 14,000 EUR open = 15,120 USD (EUR 1.08), no credit. Before: 8,640 open
at 08-31, and after the balance was paid a 6,480 credit that does not exist, nothing said.
Each test imports by both imports (the app's and the reference one).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.import_result import FileResult
from core.ledger.report import import_report

VIENNA, OTHER = "Vienna Haushalt GmbH", "Other Buyer Inc"
CJ_HEAD = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "实收金额",
           "收款日期"]
TERMS = "T/T 30%定金，70%见提单复印件付款"


def _chen(folder: Path) -> Path:
    return write_xlsx(folder / "陈静-2025出口台账.xlsx", {"出口台账": [
        CJ_HEAD, ["CJ25-37", VIENNA, "2025.6.16", 20000, "EUR", TERMS, None, 6000, "2025.6.20"]]})


def _kevin(folder: Path, balance: bool = False) -> Path:
    paid = [[datetime(2025, 6, 20), VIENNA, "CJ25-37", 6000, "EUR", "陈静已收定金"],
            [datetime(2025, 8, 30), OTHER, "KW-2501", 5000, "USD", None]]
    if balance:
        paid.append([datetime(2025, 9, 20), VIENNA, "CJ25-37", 14000, "EUR", "尾款"])
    return write_xlsx(folder / "Kevin王-2025出口台账.xlsx", {
        "订单": [["合同号", "客户", "签约日期", "合同金额", "币种", "付款方式", "出货日期", "备注"],
                 ["CJ25-37", VIENNA, datetime(2025, 6, 16), 20000, "EUR",
                  "T/T 30% deposit, 70% against B/L copy", datetime(2025, 8, 25),
                  "原陈静客户，8月移交"],
                 ["KW-2501", OTHER, datetime(2025, 8, 1), 5000, "USD", "OA 30 days",
                  datetime(2025, 8, 5), None]],
        "收款": [["到账日期", "客户", "合同号", "收款金额", "币种", "备注"], *paid]})


def _vienna(tmp_path: Path, as_of: date) -> tuple[float, float]:
    c = by_name(at(tmp_path / "fast.sqlite", as_of))[VIENNA]
    return round(c.open_amount, 2), round(c.credit_on_account, 2)


def _notes(results: list[FileResult], code: str = "receipt_entered_again") -> list[str]:
    return [w.text for r in results for w in r.warnings if w.code == code]


def test_the_deposit_re_entered_by_the_successor_counts_once_and_is_named(tmp_path: Path):
    chen = _chen(tmp_path / "07")
    results = _same_import(tmp_path, [chen], [_kevin(tmp_path / "08"), chen])
    assert _vienna(tmp_path, date(2025, 8, 31)) == (15_120, 0), "before: 8,640 open"
    [said] = _notes(results)
    assert said == (
        "Sheet “收款”: 1 payment row enters again a receipt another file's order row has "
        "already, the same order, day, sum and currency, row 2 (陈静-2025出口台账.xlsx "
        "“出口台账” row 2: Vienna Haushalt GmbH CJ25-37: 6,000.00 EUR 2025-06-20): one "
        "receipt written in both files, counted once.")
    assert ("同一笔收款记在两个文件里，只计一次" in in_chinese(lambda: import_report(results[1])))


def test_month_after_month_no_credit_appears(tmp_path: Path):
    """Her frozen file imported beside his each month (rv53a variant A), and dropped (variant
    B): September's balance of 14,000 pays the order in full, no credit (before: 6,480)."""
    chen = _chen(tmp_path / "07")
    _same_import(tmp_path, [chen], [_kevin(tmp_path / "08"), chen],
                 [_kevin(tmp_path / "09", balance=True), chen])
    assert _vienna(tmp_path, date(2025, 9, 30)) == (0, 0)
    _same_import(tmp_path, [_kevin(tmp_path / "10", balance=True)])
    assert _vienna(tmp_path, date(2025, 12, 31)) == (0, 0)


def test_one_file_rebuilt_in_december_counts_it_once(tmp_path: Path):
    """Both files into a fresh store, his first (the file dialog's order), then hers first."""
    chen, kevin = _chen(tmp_path / "07"), _kevin(tmp_path / "12")
    _same_import(tmp_path, [kevin, chen])
    assert _vienna(tmp_path, date(2025, 8, 31)) == (15_120, 0)
    _same_import(tmp_path / "other", [chen, kevin])
    assert _vienna(tmp_path / "other", date(2025, 8, 31)) == (15_120, 0)


def test_the_successor_s_tab_listing_it_since_june_counts_it_once_from_august(tmp_path: Path):
    """The rv53a year: Kevin's 收款 tab lists the deposit from June (a colleague's wire he
    booked), 陈静's July file writes it on her row, Kevin's August file copies her order: Vienna
    15,120 open at 08-31 (before: 8,640, and 6,480 in credit once paid), her file imported
    beside his (variant A) or not (B)."""
    chen = _chen(tmp_path / "07")
    june = write_xlsx(tmp_path / "06" / "Kevin王-2025出口台账.xlsx", {
        "订单": [["合同号", "客户", "签约日期", "合同金额", "币种", "付款方式", "出货日期", "备注"],
                 ["KW-2501", OTHER, datetime(2025, 6, 1), 5000, "USD", "OA 30 days",
                  datetime(2025, 6, 5), None]],
        "收款": [["到账日期", "客户", "合同号", "收款金额", "币种", "备注"],
                 [datetime(2025, 6, 20), VIENNA, "CJ25-37", 6000, "EUR", "陈静客户定金"]]})
    for variant, last in (("a", [chen]), ("b", [])):
        db = tmp_path / variant
        _same_import(db, [june, chen], [_kevin(tmp_path / "08"), *last])
        assert _vienna(db, date(2025, 8, 31)) == (15_120, 0), variant
        _same_import(db, [_kevin(tmp_path / "09", balance=True), *last])
        assert _vienna(db, date(2025, 9, 30)) == (0, 0), variant


# --- guards: one file's two receipts of one sum and day stay two ---

def test_two_payment_rows_of_one_sum_and_day_in_one_file_stay_two(tmp_path: Path):
    """Kevin's own order: his 收款 tab lists two 6,000 of 06-20 for it, his order row none:
    two receipts, 8,000 EUR open = 8,640 USD, imported once and again; nothing said."""
    kevin = write_xlsx(tmp_path / "08" / "Kevin王-2025出口台账.xlsx", {
        "订单": [["合同号", "客户", "签约日期", "合同金额", "币种", "付款方式", "出货日期"],
                 ["CJ25-37", VIENNA, datetime(2025, 6, 16), 20000, "EUR", TERMS,
                  datetime(2025, 8, 25)]],
        "收款": [["到账日期", "客户", "合同号", "收款金额", "币种", "备注"],
                 [datetime(2025, 6, 20), VIENNA, "CJ25-37", 6000, "EUR", "定金"],
                 [datetime(2025, 6, 20), VIENNA, "CJ25-37", 6000, "EUR", "第二笔"]]})
    results = _same_import(tmp_path, [kevin], [kevin])
    assert not _notes(results)
    assert _vienna(tmp_path, date(2025, 8, 31)) == (8_640, 0)


def test_one_ledger_re_sent_whole_moving_its_receipts_to_a_tab_says_nothing(tmp_path: Path):
    """June's ledger, then July's re-sending it whole, its order rows' received cells blank and
    every receipt on a 收款 tab (rv51d 6): counted once, as before, and nothing said."""
    from test_moved_receipts_acct51b import _file, _open, _paid, _row

    a1 = ["A-1", "Alpha Trading Ltd", "2025-04-08", "杯子", 10000, "USD", "OA 30天", "2025-05-10"]
    june = _file(tmp_path, 6, [_row(a1, 10000, "2025-06-18"), *_paid("2025-06-28")])
    blank = [[*row[:8], None, None, "正常"] for row in _paid("2025-06-28")]
    july = _file(tmp_path, 7, [_row(a1), *blank], {"收款": [
        ["A-1", "Alpha Trading Ltd", "2025-06-18", None, None, "USD", None, None, 10000,
         "2025-06-18", "收款"],
        ["P-1", "Other Buyer Ltd", "2025-06-28", None, None, "USD", None, None, 1000,
         "2025-06-28", "收款"]]})
    results = _same_import(tmp_path, june, july)
    assert _open(tmp_path, date(2025, 7, 31))["Alpha Trading Ltd"] == (0, 0)
    assert not _notes(results)
