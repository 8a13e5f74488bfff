"""acct54b: words a clerk writes under a header's names that are header, not data
(core.ledger.stacked_words; rv53e U3, U4, U5).

Each test writes the ledger with openpyxl, imports it by both imports
(tests.test_fast_import._same_import) and reads the accounts at 2025-06-30.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.header_fields import auto_map
from core.ledger.report import import_report
from core.ledger.stacked_header import header_rows

JUNE = date(2025, 6, 30)
ALPHA, BETA, GAMMA = "Alpha Haushalt GmbH", "Beta Homeware Ltd", "Gamma Cuisine SAS"
d = date.fromisoformat


def _accounts(tmp_path: Path) -> dict[str, tuple[int, int]]:
    """Each customer's (open, revenue) in USD, rounded."""
    return {name: (round(c.open_amount), round(c.revenue_12m))
            for name, c in by_name(at(tmp_path / "fast.sqlite", JUNE)).items()}


SHARE_TOP = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期", "收款",
             None, "收款日期"]
SHARE_ROWS = [["2025-040", ALPHA, d("2025-02-01"), 10_000, "USD", "30/70", d("2025-02-20"),
               3_000, None, d("2025-02-02")],
              ["2025-041", BETA, d("2025-02-03"), 5_000, "USD", "30/70", d("2025-02-20"),
               1_500, 3_500, d("2025-03-20")]]


def test_shares_under_the_money_received_are_its_deposit_and_balance(tmp_path: Path) -> None:
    """收款 merged over 30% / 70%. Hand count: Beta paid 1,500 + 3,500 of 5,000: nothing open;
    Alpha paid its 3,000 deposit of 10,000: 7,000 open. Before: the 30% / 70% row read as
    data (a figure), skipped as 'no customer', and only the 30 % column read: Beta 3,500 open."""
    sub = [None] * 7 + ["30%", "70%", None]
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [SHARE_TOP, sub, *SHARE_ROWS]},
                        merges={"2025": ["H1:I1"]})
    [result] = _same_import(tmp_path, [ledger])
    assert _accounts(tmp_path) == {ALPHA: (7_000, 10_000), BETA: (0, 5_000)}
    said = import_report(result)
    assert "Deposit received ← 定金30%, Balance received ← 尾款70%" in said, said
    assert "Skipped" not in said
    zh = in_chinese(lambda: import_report(result))
    assert "已收定金 ← 定金30%、已收尾款 ← 尾款70%" in zh and "跳过 0" in zh, zh


def test_figures_under_a_group_stay_data() -> None:
    """30 and 70 typed as numbers in the first row under 收款, or 30% with no group over it,
    are no sub-header: the header stays its one row."""
    merged = [(0, 7, 0, 8)]
    numbers = [None] * 7 + [30, 70, None]
    stacks = [(s.first, s.last) for s in header_rows([SHARE_TOP, numbers], merged, auto_map)]
    assert (0, 1) not in stacks
    head = ["订单号", "客户名称", "下单日期", "订单金额", "已收金额", "收款日期"]
    lone = [None, None, None, None, "30%", None]
    stacks = [(s.first, s.last) for s in header_rows([head, lone], [], auto_map)]
    assert (0, 1) not in stacks


UNIT_TOP = ["订单号", "客户名称", "下单日期", "订单金额", "收款", "收款日期"]
UNIT_ROWS = [["2025-090", ALPHA, d("2025-02-01"), 10_000, 71_500, d("2025-03-01")],
             ["2025-091", BETA, d("2025-02-03"), 5_000, 10_680, d("2025-02-05")],
             ["2025-092", GAMMA, d("2025-02-05"), 8_000, None, None]]


def test_a_units_row_names_each_column_s_currency(tmp_path: Path) -> None:
    """订单金额 / USD, 收款 / RMB: the receipts are RMB. Hand count: Beta's 10,680 RMB is about
    1,500 USD of 5,000 (some 3,500 open); Alpha's 71,500 RMB pays its 10,000 USD. Before:
    the units row skipped as 'no customer', 10,680 read as USD: Beta 0 open."""
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx",
                        {"2025": [UNIT_TOP, [None, None, None, "USD", "RMB", None], *UNIT_ROWS]})
    [result] = _same_import(tmp_path, [ledger])
    accounts = _accounts(tmp_path)
    assert 3_400 < accounts[BETA][0] < 3_600, accounts
    assert accounts[ALPHA][0] == 0 and accounts[GAMMA] == (8_000, 8_000)
    said = import_report(result)
    assert "Amount ← 订单金额(USD), Amount received ← 收款(RMB)" in said, said
    assert "read as CNY" in said and "no customer" not in said, said
    zh = in_chinese(lambda: import_report(result))
    assert "收款(RMB)" in zh and "没有客户" not in zh, zh


@pytest.mark.parametrize("units", [[None, None, None, "pcs", None, None],
                                   [None, None, None, "USD", "见备注", None]])
def test_a_row_not_all_currency_units_is_no_units_row(units: list[str | None]) -> None:
    """A row of units without a currency, or a unit beside a word, is not read into the
    header (it stays a row the import looks at)."""
    names = {(s.first, s.last): s.names for s in header_rows([UNIT_TOP, units], [], auto_map)}
    assert (0, 1) not in names


STACK_TOP = ["订单号", "客户名称", "订单", "订单金额", "币种", "出货", "发票", None, "已收金额",
             "收款日期"]
STACK_SUB = [None, None, "日期", None, None, "日期", "号码", "日期", None, None]
STACK_ROWS = [["2025-100", ALPHA, d("2025-02-01"), 10_000, "USD", d("2025-02-20"), "INV-1",
               d("2025-02-21"), None, None],
              ["2025-101", BETA, d("2025-02-03"), 5_000, "USD", d("2025-02-22"), "INV-2",
               d("2025-02-23"), 5_000, d("2025-03-20")]]


def test_a_group_over_generic_words_reads_them_as_one(tmp_path: Path) -> None:
    """订单 / 日期, 出货 / 日期, 发票 over 号码 / 日期: 订单日期, 出货日期, 发票号码. Hand count:
    Alpha 10,000 open, Beta paid 5,000. Before: the file refused (no order date)."""
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx",
                        {"2025": [STACK_TOP, STACK_SUB, *STACK_ROWS]}, merges={"2025": ["G1:H1"]})
    [result] = _same_import(tmp_path, [ledger])
    assert _accounts(tmp_path) == {ALPHA: (10_000, 10_000), BETA: (0, 5_000)}
    said = import_report(result)
    assert "Order date ← 订单日期" in said and "Ship date ← 出货日期" in said, said
    assert "Invoice no. ← 发票号码" in said, said
    zh = in_chinese(lambda: import_report(result))
    assert "订单日期" in zh and "出货日期" in zh, zh


def test_the_stack_without_a_customer_is_still_refused(tmp_path: Path) -> None:
    """The same stack without its 客户名称 column: refused, naming the missing customer."""
    drop = [[v for i, v in enumerate(r) if i != 1] for r in (STACK_TOP, STACK_SUB, *STACK_ROWS)]
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": drop}, merges={"2025": ["F1:G1"]})
    [result] = _same_import(tmp_path, [ledger])
    assert result.status == "refused" and result.message is not None
    assert result.message.code == "missing_required_field", result.message
    said = import_report(result)
    assert "has no column for Customer (customer)" in said, said
    zh = in_chinese(lambda: import_report(result))
    assert "缺少 客户（customer） 列" in zh and "“订单日期”" in zh, zh
