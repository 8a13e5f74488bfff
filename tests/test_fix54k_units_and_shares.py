"""fix54k: a units row gives way to a row's 币种 (rv54c R8); 收款日期 split 30% / 70% beside a
deposit and a balance column are their dates, so an unpaid balance falls due (rv54c T1).

Each ledger is written with openpyxl and imported by both imports
(tests.test_fast_import._same_import); accounts are read at 2025-06-30.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report

JUNE = date(2025, 6, 30)
ALPHA, BETA, OTHER = "Alpha Haushalt GmbH", "Beta Homeware Ltd", "Other Co"
d = date.fromisoformat


def _accounts(tmp_path: Path) -> dict[str, tuple[int, int, str | None]]:
    """Each customer's (open in USD, days overdue, list)."""
    return {name: (round(c.open_amount), c.max_days_overdue, c.list)
            for name, c in by_name(at(tmp_path / "fast.sqlite", JUNE)).items()}


def test_a_row_s_currency_decides_over_a_units_row(tmp_path: Path) -> None:
    """USD written under 订单金额 and 已收金额 in a units row; Alpha's row says 币种 EUR, 10,000
    ordered and 10,000 received. Before: the order read EUR, the receipt USD: 800 USD open, 90
    days, black. Beta (USD, nothing paid) stays 8,000 open, black."""
    head = ["订单号", "客户名称", "下单日期", "数量", "订单金额", "币种", "付款方式", "出货日期",
            "已收金额", "收款日期"]
    units = [None, None, None, "pcs", "USD", None, None, None, "USD", None]
    rows = [["2025-001", ALPHA, d("2025-02-01"), 1000, 10_000, "EUR", "OA 30 days",
             d("2025-02-10"), 10_000, d("2025-03-10")],
            ["2025-002", BETA, d("2025-02-03"), 800, 8_000, "USD", "OA 30 days",
             d("2025-02-12"), None, None],
            ["2025-004", OTHER, d("2025-06-01"), 10, 1_000, None, "T/T", d("2025-06-10"),
             1_000, d("2025-06-10")]]
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [head, units, *rows]})
    [result] = _same_import(tmp_path, [ledger])
    accounts = _accounts(tmp_path)
    assert accounts[ALPHA] == (0, 0, None), accounts
    assert accounts[BETA] == (8_000, 88, "black") and accounts[OTHER] == (0, 0, None), accounts
    said = import_report(result)
    assert "Amount received ← 已收金额(USD)" in said, said
    assert ("the units row under the header says USD for the received column “已收金额(USD)”, "
            "but 1 row writes another currency in 币种 (row 3): read in its own (EUR)") in said
    assert "read as USD" not in said, said
    zh = in_chinese(lambda: import_report(result))
    assert "表头下的单位行标明" in zh and "（第 3 行）：按该行自己的币种（EUR）读取" in zh, zh


def _shares(tmp_path: Path, sheet: list[list[object]], merges: list[str]) -> str:
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": sheet}, merges={"2025": merges})
    [result] = _same_import(tmp_path, [ledger])
    said = import_report(result)
    assert "Deposit date ← 收款日期30%, Balance date ← 收款日期70%" in said, said
    zh = in_chinese(lambda: import_report(result))
    assert "收款日期30%" in zh and "收款日期70%" in zh and "Date received" not in said, zh
    return said


SHARE_ROWS = [["2025-001", ALPHA, d("2025-01-20"), 10_000, "USD", "OA 30 days", d("2025-02-20"),
               3_000, 7_000, d("2025-02-01"), d("2025-04-01")],
              ["2025-002", BETA, d("2025-01-22"), 10_000, "USD", "OA 30 days", d("2025-02-22"),
               3_000, None, d("2025-02-03"), None],
              ["2025-003", OTHER, d("2025-06-01"), 1_000, "USD", "T/T", d("2025-06-10"), 1_000,
               None, d("2025-06-10"), None]]
LEFT = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期"]


def test_flat_share_dates_date_the_deposit_and_the_balance(tmp_path: Path) -> None:
    """定金30% | 尾款70% | 收款日期30% | 收款日期70%. Hand count: Beta paid 3,000 of 10,000,
    its balance due 03-24 (shipped 02-22, OA 30): 7,000 open, 78 days, black; Alpha paid in
    full: 0. Before: 收款日期30% read as the date of all money, 收款日期70% unread: Beta 0
    days, on no list."""
    head = [*LEFT, "定金30%", "尾款70%", "收款日期30%", "收款日期70%"]
    _shares(tmp_path, [head, *SHARE_ROWS], [])
    accounts = _accounts(tmp_path)
    assert accounts[BETA] == (7_000, 78, "black"), accounts
    assert accounts[ALPHA] == (0, 0, None) and accounts[OTHER] == (0, 0, None), accounts


def test_stacked_share_dates_date_the_deposit_and_the_balance(tmp_path: Path) -> None:
    """收款 over 30% / 70% and 收款日期 over 30% / 70%: the same account as flat."""
    top = [*LEFT, "收款", None, "收款日期", None]
    sub = [None] * 7 + ["30%", "70%", "30%", "70%"]
    _shares(tmp_path, [top, sub, *SHARE_ROWS], ["H1:I1", "J1:K1"])
    accounts = _accounts(tmp_path)
    assert accounts[BETA] == (7_000, 78, "black"), accounts
    assert accounts[ALPHA] == (0, 0, None), accounts


def test_share_dates_without_a_deposit_column_stay_the_date_received(tmp_path: Path) -> None:
    """已收金额 beside 收款日期30% / 收款日期70%: no deposit and balance columns, nothing to
    date; a true debtor (Beta, 3,000 of 10,000 paid) stays overdue."""
    head = [*LEFT, "已收金额", None, "收款日期30%", "收款日期70%"]
    rows = [[*r[:7], r[7], None, *r[9:]] for r in SHARE_ROWS]
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [head, *rows]})
    [result] = _same_import(tmp_path, [ledger])
    assert "Date received ← 收款日期30%" in import_report(result)
    assert _accounts(tmp_path)[BETA][0] == 7_000
