"""A received column that is not dollars received (fix53i, rv53c).

acct53c read a bare 收汇 / 实际收汇 / 到账 / 收款 / remittance header as money received. Some
templates write there the RMB the bank settled (85,200 on a 12,000 USD invoice): read as dollars,
Alpha's 15,000 unpaid since July hid behind a 58,200 credit and it went white. Others write the
collection plan there, a 状态 column saying 未收 beside it: every planned sum was read as paid.
And a 到账 column of dates was read as money, each date named "not a number".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_acct52j_shipped_rows import codes, customer
from test_fast_import import _same_import

from core.ledger.report import import_report

HEAD = ["客户名称", "合同号", "订单日期", "金额", "币种", "付款方式", "到期日"]
ORDERS = [["Alpha Trading LLC", "A-1", date(2025, 3, 1), 12000, "USD", "T/T 30 days",
           date(2025, 3, 31)],
          ["Alpha Trading LLC", "A-2", date(2025, 6, 1), 15000, "USD", "T/T 30 days",
           date(2025, 7, 1)],
          ["Beta Imports Ltd", "B-1", date(2025, 4, 1), 8000, "USD", "OA 60 days",
           date(2025, 5, 31)],
          ["Beta Imports Ltd", "B-2", date(2025, 8, 1), 9000, "USD", "OA 60 days",
           date(2025, 9, 30)],
          ["Delta Home", "D-1", date(2025, 10, 1), 1000, "USD", "T/T", date(2025, 10, 31)]]
END = date(2025, 12, 31)


def book(tmp_path: Path, extra: list[str], cells: list[list[object]]) -> Path:
    return write_xlsx(tmp_path / "2025年台账.xlsx", {"台账": [
        HEAD + extra, *[row + more for row, more in zip(ORDERS, cells, strict=True)]]})


def figures(db: Path, name: str) -> tuple[float, float, int, str | None]:
    found = customer(db, name, END)
    return found.open_amount, found.credit_on_account, found.max_days_overdue, found.list


@pytest.mark.parametrize("header", ["收汇", "实际收汇", "到账", "收款", "Remittance"])
def test_a_received_column_of_rmb_settled_is_read_as_cny(tmp_path: Path, header: str) -> None:
    """85,200 on 12,000 USD, 56,800 on 8,000, 7,100 on 1,000: about 7.1 times, read as CNY
    (each paid in full at the Settings rate); Alpha's 15,000 and Beta's 9,000 stay open and
    overdue (main: 0 open, 58,200 and 39,800 credit, Alpha white), named once in both languages."""
    ledger = book(tmp_path, [header, "收汇日期"], [
        [85200, date(2025, 4, 2)], [None, None], [56800, date(2025, 6, 5)], [None, None],
        [7100, date(2025, 11, 20)]])
    [result] = _same_import(tmp_path, [ledger])
    db = tmp_path / "fast.sqlite"
    alpha, beta = figures(db, "Alpha Trading LLC"), figures(db, "Beta Imports Ltd")
    assert alpha[:3] == (15000, 0, 142) and alpha[3] != "white"
    assert beta[:3] == (9000, 0, 51)
    assert figures(db, "Delta Home")[:2] == (0, 0)
    assert codes(result).count("received_column_rmb") == 1
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    assert (f"Sheet “台账”: the received column “{header}” holds RMB: its figures are about 7.1 "
            "times the invoices' (3 of 3 rows): read as CNY, converted at the rates in Settings "
            "(Currency rates) for their dates.") in english
    assert f"收款列“{header}”记的是人民币：其金额约为发票金额的 7.1 倍（3 行中有 3 行）" in chinese


def test_received_figures_of_mixed_ratios_are_named_not_converted(tmp_path: Path) -> None:
    """One row at 7.1 times its invoice beside two paid in dollars: the column cannot be told
    RMB, so it is read as written and the row is named (nothing converted)."""
    ledger = book(tmp_path, ["收汇", "收汇日期"], [
        [85200, date(2025, 4, 2)], [None, None], [8000, date(2025, 6, 5)], [None, None],
        [1000, date(2025, 11, 20)]])
    [result] = _same_import(tmp_path, [ledger])
    assert "received_column_rmb" not in codes(result)
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    assert ("Sheet “台账”: 1 figure of the received column “收汇” is about 7.1 times its invoice, "
            "as RMB would be (row 2), the others not: read as USD") in english
    assert "收款列“收汇”中有 1 个金额约为发票金额的 7.1 倍，像是人民币（第 2 行）" in chinese
    assert figures(tmp_path / "fast.sqlite", "Beta Imports Ltd")[:2] == (9000, 0)


def test_a_received_sum_beside_a_status_saying_unpaid_is_the_plan(tmp_path: Path) -> None:
    """收款 / 收款日期 the collection plan, 状态 未收 on the unpaid rows: Alpha 15,000, Beta 9,000
    and Delta 1,000 stay open (main: all 0), the rows named; the 已完成 rows' money counts."""
    ledger = book(tmp_path, ["收款", "收款日期", "状态"], [
        [12000, date(2025, 3, 31), "已完成"], [15000, date(2025, 7, 1), "未收"],
        [8000, date(2025, 11, 30), "已完成"], [9000, date(2025, 9, 30), "未收"],
        [1000, date(2025, 10, 31), "待收"]])
    [result] = _same_import(tmp_path, [ledger])
    db = tmp_path / "fast.sqlite"
    assert figures(db, "Alpha Trading LLC")[:3] == (15000, 0, 152)
    assert figures(db, "Beta Imports Ltd")[:3] == (9000, 0, 61)
    assert figures(db, "Delta Home")[:2] == (1000, 0)
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    assert ("Sheet “台账”: 3 rows' status says their money has not come (未收, unpaid), so their "
            "figures in “收款” are the sums planned, not received (rows 3, 5, 6): not counted as "
            "received.") in english
    assert "有 3 行的状态写明款项未到（未收、unpaid），其“收款”中的金额是计划收款" in chinese


def test_a_daozhang_column_of_dates_is_the_date_received(tmp_path: Path) -> None:
    """到账 holding the days the money came is no money column: read as the date received (its
    missing money named as such), no "not a number" note for each date."""
    ledger = book(tmp_path, ["到账"], [[date(2025, 4, 2)], [None], [date(2025, 6, 5)], [None],
                                       [None]])
    [result] = _same_import(tmp_path, [ledger])
    assert result.sheets[0].mapping.get("received_date") == "到账"
    assert "received_amount" not in result.sheets[0].mapping
    assert "not a number" not in import_report(result)
    assert "received_column_missing" in codes(result)
