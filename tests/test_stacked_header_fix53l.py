"""fix53l (rv53d r5, r6): a two-row header's first order row is no third header row, and a
mapping a database remembers for the header's single row (as read before reader 53) is the
stacked reading's.

r6: an unmerged two-row header (收款情况 over 已收金额 / 收款日期) whose first order, typed as
text, is unpaid on terms "T/T 30% deposit, 70% against B/L copy" (read as a deposit header):
that row was joined as a third header row and the file refused ("headers found in row 3
are: “2025-001”, “Alpha Haushalt GmbH” …"): 3 customers and 20,000 of orders lost.
r5: January imported before reader 53 with --map customer=最终客户 (客户名称 is the agent): the
stacked reading of February has another signature; its three end buyers' orders all went to
the agent HK Bright (24,000), and with --map amount=合同总价 the file was refused.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.header_fields import auto_map
from core.ledger.layout import header_signature
from core.ledger.report import import_report
from core.ledger.stacked_header import header_rows
from core.store import connect, remember_layout

HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期",
        "收款情况", ""]
SUB = [""] * 7 + ["已收金额", "收款日期"]
DEPOSIT_TERMS = "T/T 30% deposit, 70% against B/L copy"
ORDERS = [["2025-001", "Alpha Haushalt GmbH", "2025-01-05", "10000", "USD", DEPOSIT_TERMS,
           "2025-01-20", "", ""],
          ["2025-002", "Gamma Cuisine SAS", "2025-02-08", "3000", "USD", "OA 30 days",
           "2025-02-22", "3000", "2025-06-28"],
          ["2025-003", "Nordic Living AB", "2025-03-08", "7000", "USD", "OA 30 days",
           "2025-03-22", "", ""]]


def _csv(path: Path) -> Path:
    out = path / "李娜-2025出口台账.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows([HEAD, SUB, *ORDERS])
    return out


def _xlsx_text_first(path: Path) -> Path:
    """The first order typed as text (its number, dates and amount), the others as values."""
    def typed(row: list[str]) -> list[object]:
        return [date.fromisoformat(v) if v[:3] == "202" and len(v) == 10 else
                int(v) if v.isdigit() else v or None for v in row]
    rows = [[h or None for h in HEAD], [h or None for h in SUB], ORDERS[0],
            *[typed(r) for r in ORDERS[1:]]]
    return write_xlsx(path / "李娜-2025出口台账.xlsx", {"2025": rows},
                      text_cells={"2025": [f"{c}3" for c in "ABCDEFG"]})


@pytest.mark.parametrize("write", [_csv, _xlsx_text_first])
def test_an_unpaid_first_order_is_no_third_header_row(tmp_path: Path, write) -> None:
    """Hand count at 06-30: Alpha 10,000 and Nordic 7,000 open, Gamma's 3,000 paid on 06-28;
    revenue 20,000. Before: the file refused, nothing imported."""
    [result] = _same_import(tmp_path, [write(tmp_path / "file")])
    accounts = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    assert {n: (c.revenue_12m, c.open_amount) for n, c in accounts.items()} == {
        "Alpha Haushalt GmbH": (10_000, 10_000), "Gamma Cuisine SAS": (3_000, 0),
        "Nordic Living AB": (7_000, 7_000)}
    said = import_report(result)
    assert "Amount received ← 已收金额, Date received ← 收款日期" in said, said
    assert "2025-001”" not in said
    zh = in_chinese(lambda: import_report(result))
    assert "已收金额 ← 已收金额、收款日期 ← 收款日期" in zh and "2025-001”" not in zh, zh


def test_every_stack_is_a_candidate_and_a_data_row_joins_none() -> None:
    """Each row alone, then with one and two sub-header rows; a row with an order number,
    a date or a figure (all text, as a CSV gives) is never joined, nor one whose values the
    column holds again below (USD, OA 30 days)."""
    rows = [HEAD, SUB, *ORDERS]
    stacks = [(s.first, s.last) for s in header_rows(rows, [], auto_map)]  # type: ignore[arg-type]
    assert (0, 0) in stacks and (0, 1) in stacks and (0, 2) not in stacks
    worded = [[*HEAD], [*SUB], ["", "Gamma", "", "", "USD", "OA 30 days", "", "", ""],
              ["", "Alpha", "", "", "USD", "OA 30 days", "", "", ""]]
    assert (0, 2) not in [(s.first, s.last) for s in header_rows(worded, [], auto_map)]


COLS = ["订单号", "客户名称", "最终客户", "下单日期", "订单金额", "币种", "付款方式", "出货日期"]


def _feb(path: Path, cols: list[str]) -> Path:
    def order(no: str, buyer: str, day: str, amount: int, paid: bool) -> list[object]:
        d = date.fromisoformat(day)
        return [no, "HK Bright Agency Ltd", buyer, d, amount, "USD", "OA 30天", d,
                amount if paid else None, date(2025, 2, 20) if paid else None]
    rows = [["李娜 2025年出口业务台账"], [*cols, "收款情况", None],
            [None] * 8 + ["已收金额", "收款日期"],
            order("2025-001", "Alpha Haushalt GmbH", "2025-01-05", 10_000, True),
            order("2025-002", "Gamma Cuisine SAS", "2025-01-15", 8_000, False),
            order("2025-003", "Nordic Living AB", "2025-02-03", 6_000, True)]
    return write_xlsx(path / "李娜-2025出口台账.xlsx", {"2025": rows}, merges={"2025": [
        "A1:J1", *[f"{c}2:{c}3" for c in "ABCDEFGH"], "I2:J2"]})


@pytest.mark.parametrize("amount", ["订单金额", "合同总价"])
def test_a_mapping_remembered_for_the_header_s_row_is_the_stacked_header_s(
        tmp_path: Path, amount: str) -> None:
    """The database remembers row 2 as reader 52 read it, mapped by the clerk (最终客户 the
    customer; 合同总价 the amount). Hand count at 02-28: Alpha 10,000 and Nordic 6,000 paid,
    Gamma 8,000 open; HK Bright no customer. Before: HK Bright 24,000 (8,000 open), or with
    合同总价 the file refused."""
    cols = [amount if c == "订单金额" else c for c in COLS]
    old = [*cols, "收款情况", None]
    mapping = {**auto_map(old), "customer": 2, "amount": 4}
    for db in ("fast", "slow"):
        conn = connect(tmp_path / f"{db}.sqlite")
        remember_layout(conn, header_signature(old), old, mapping)
        conn.close()
    [result] = _same_import(tmp_path, [_feb(tmp_path / "feb", cols)])
    accounts = by_name(at(tmp_path / "fast.sqlite", date(2025, 2, 28)))
    assert {n: (c.revenue_12m, c.open_amount) for n, c in accounts.items()} == {
        "Alpha Haushalt GmbH": (10_000, 0), "Gamma Cuisine SAS": (8_000, 8_000),
        "Nordic Living AB": (6_000, 0)}
    said = import_report(result)
    assert f"Customer ← 最终客户, Order date ← 下单日期, Amount ← {amount}" in said, said
    assert "客户名称" not in said
    zh = in_chinese(lambda: import_report(result))
    assert "客户 ← 最终客户" in zh and "已收金额 ← 已收金额、收款日期 ← 收款日期" in zh, zh
    assert "Amount received ← 已收金额, Date received ← 收款日期" in said, said


def test_a_date_under_the_invoice_group_is_the_invoice_date(tmp_path: Path) -> None:
    """rv53d n1: 发票 and 收款 each merged across over 金额 / 日期, beside 下单日期: the 日期 under
    发票 is 发票日期, read as the ship date (the due date's base) as a one-row 发票日期 is. Hand
    count at 06-30: Alpha's 10,000 invoiced 01-20 on OA 30 days, 4,000 paid 03-01: 6,000 open,
    129 days late by its invoice date, black. Before: the date unread, 114 days (from the
    order date 01-05), not a word."""
    rows = [["订单号", "客户名称", "下单日期", "币种", "付款方式", "发票", None, "收款", None],
            [None] * 5 + ["金额", "日期", "金额", "日期"],
            ["2025-001", "Alpha Haushalt GmbH", date(2025, 1, 5), "USD", "OA 30 days", 10_000,
             date(2025, 1, 20), 4_000, date(2025, 3, 1)],
            ["2025-002", "Gamma Cuisine SAS", date(2025, 2, 8), "USD", "OA 30 days", 3_000,
             date(2025, 2, 22), 3_000, date(2025, 6, 28)]]
    ledger = write_xlsx(tmp_path / "groups.xlsx", {"2025": rows}, merges={"2025": [
        *[f"{c}1:{c}2" for c in "ABCDE"], "F1:G1", "H1:I1"]})
    [result] = _same_import(tmp_path, [ledger])
    alpha = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))["Alpha Haushalt GmbH"]
    assert (alpha.open_amount, alpha.max_days_overdue, alpha.list) == (6_000, 129, "black")
    said = import_report(result)
    assert "Ship date ← 发票日期" in said and "Order date ← 下单日期" in said, said
    zh = in_chinese(lambda: import_report(result))
    assert "← 发票日期" in zh, zh
