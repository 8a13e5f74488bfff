"""acct53g (rv53a f4, f4a): a handed-over customer's orders in 陈静's frozen file and Kevin's
corrected copy, imported in one batch: the later file decides the ship date as the amount, and
two files of one month are told apart by their latest dates (core.ledger.later_ships).

陈静's file: CJ25-36 Helsinki Koti Oy 18,000 EUR, 30% deposit 5,400 paid 05-06, shipped (stale)
2025.5.20; CJ25-34 Oslo Home AS 12,850 (her typo), OA 60 days, shipped 07-04. Kevin's copy:
CJ25-36 shipped 06-20, CJ25-34 12,580, and Oslo's 12,580 paid on his 收款 tab 12-28. Hand count
at 12-31: Helsinki owes the balance 12,600 EUR (13,608 USD), due 06-27 (B/L copy + 7 days),
184 days late (to the data's last date, 12-28); Oslo paid in full, on no list. Before:
Helsinki 215 days (from 05-20, the stale date), and where Kevin's orders end in June as hers
do, Oslo 292 USD open, 117 days, black. Both imports compared (the app's and the reference one).
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

HELSINKI, OSLO = "Helsinki Koti Oy", "Oslo Home AS"


def _chen(folder: Path) -> Path:
    return write_xlsx(folder / "陈静-2025出口台账.xlsx", {"出口台账": [
        ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "实收金额",
         "收款日期"],
        ["CJ25-36", HELSINKI, "2025.5.2", 18000, "EUR", "T/T 30%定金，70%见提单复印件付款",
         "2025.5.20", 5400, "2025.5.6"],
        ["CJ25-34", OSLO, "2025.6.9", 12850, "EUR", "OA 60天", "2025.7.4", None, None]]})


def _kevin(folder: Path, later_order: bool) -> Path:
    more = [["KW-2550", "Other Buyer Inc", datetime(2025, 11, 10), 5000, "USD", "OA 30 days",
             datetime(2025, 11, 20), None]] if later_order else []
    return write_xlsx(folder / "Kevin王-2025出口台账.xlsx", {
        "订单": [["合同号", "客户", "签约日期", "合同金额", "币种", "付款方式", "出货日期", "备注"],
                 ["CJ25-36", HELSINKI, datetime(2025, 5, 2), 18000, "EUR",
                  "T/T 30% deposit, 70% against B/L copy", datetime(2025, 6, 20), "原陈静客户"],
                 ["CJ25-34", OSLO, datetime(2025, 6, 9), 12580, "EUR", "OA 60 days",
                  datetime(2025, 7, 4), "原陈静客户"], *more],
        "收款": [["到账日期", "客户", "合同号", "收款金额", "币种", "备注"],
                 [datetime(2025, 12, 28), OSLO, "CJ25-34", 12580, "EUR", None]]})


def _seen(db: Path) -> dict[str, tuple[float, int, str | None]]:
    found = by_name(at(db, date(2025, 12, 31)))
    return {name: (round(found[name].open_amount, 2), found[name].max_days_overdue,
                   found[name].list) for name in (HELSINKI, OSLO)}


def _notes(results: list[FileResult], code: str) -> list[str]:
    return [w.text for r in results for w in r.warnings if w.code == code]


def test_a_later_file_s_ship_date_stands_against_the_stale_one_in_one_batch(tmp_path: Path):
    """Kevin's file holds a November order: dated after hers by its months. Imported his
    first, then hers (as the file dialog sorts them), and the other way round."""
    kevin, chen = _kevin(tmp_path / "k", True), _chen(tmp_path / "c")
    results = _same_import(tmp_path, [kevin, chen])
    assert _seen(tmp_path / "fast.sqlite") == {HELSINKI: (13_608, 184, "black"),
                                               OSLO: (0, 0, None)}, "before: 215 days"
    [said] = _notes(results, "older_ship_kept")
    assert ("1 order line's ship date in “陈静-2025出口台账.xlsx” differs from the one a "
            "later-dated file wrote (by the months the files are named after): the later ship "
            "date is kept, and the due date counted from it: CJ25-36 (“出口台账” row 2: "
            "2025-05-20 / 2025-06-20: Kevin王-2025出口台账.xlsx)") in said
    assert "保留较晚文件的出货日期及据此计算的到期日" in in_chinese(
        lambda: import_report(results[1]))
    _same_import(tmp_path / "other", [chen, kevin])
    assert _seen(tmp_path / "other" / "fast.sqlite")[HELSINKI] == (13_608, 184, "black")


def test_two_files_of_one_month_the_later_latest_date_decides_amount_and_ship(tmp_path: Path):
    """Kevin's orders end in June as hers do: his 收款 tab's 12-28 is the later date. Oslo
    paid 12,580 in full: no open money, on no list (before: 292 USD, 117 days, black)."""
    kevin, chen = _kevin(tmp_path / "k", False), _chen(tmp_path / "c")
    results = _same_import(tmp_path, [kevin, chen])
    assert _seen(tmp_path / "fast.sqlite") == {HELSINKI: (13_608, 184, "black"),
                                               OSLO: (0, 0, None)}
    [amount] = _notes(results, "later_day_amount_kept")
    assert ("CJ25-34 (“出口台账” row 3: 12,850.00 / 12,580.00 EUR (2025-06-09 / 2025-12-28): "
            "Kevin王-2025出口台账.xlsx)") in amount
    [ship] = _notes(results, "older_ship_kept")
    assert "both files reach the same month; the other's latest date is after this one's" in ship
    assert "两个文件到同一个月，但另一文件的最晚日期晚于本文件" in in_chinese(
        lambda: import_report(results[1]))
    _same_import(tmp_path / "other", [chen, kevin])
    assert _seen(tmp_path / "other" / "fast.sqlite") == {HELSINKI: (13_608, 184, "black"),
                                                         OSLO: (0, 0, None)}


def test_the_later_file_imported_last_still_changes_the_line(tmp_path: Path):
    """Her file first, Kevin's corrected copy after it: his figures are taken, nothing kept
    (the guard: a later file's ship date still corrects a stored one)."""
    kevin, chen = _kevin(tmp_path / "k", False), _chen(tmp_path / "c")
    results = _same_import(tmp_path, [chen], [kevin])
    assert _seen(tmp_path / "fast.sqlite")[HELSINKI] == (13_608, 184, "black")
    assert not _notes(results, "older_ship_kept") and not _notes(results, "later_day_amount_kept")
