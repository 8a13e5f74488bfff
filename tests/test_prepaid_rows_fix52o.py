"""Rows that look like money received before any order but are not new money (fix52o, rv52c).

acct52e read a row with a customer, a received figure and a word of money come in (预付款,
收款) as a payment: credit on account that pays the buyer's oldest invoices. Three such rows
are no new money, and stay skipped and named as before acct52e:
- an advance sent back (预付款已收，后退还客户): read as 2,000 paid, 8,000 open -> 6,000;
- an advance carried to the next tab (上月预付款结转, 收款日期 blank): the 1月 advance counted
  twice, 20,000 credit on account invented;
- a month-end recap of the customer's receipts (3月收款汇总, 本月回款): its 10,000 counted a
  second time, the unpaid 8,000 order shown open 0 with 2,000 credit.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_prepaid_row_acct52e import HEADER, OTHER, account, imported

from core.ledger.report import import_report

WHO = "Refund Co"
UNPAID = ["EE3", WHO, "2025/1/8", "花瓶", 8_000, "USD", "OA 30天", "2025/1/25", None, None,
          None]


def _money(received: float, day: str | None, note: str, on: str = "2025/5/20",
           who: str = WHO) -> list[object]:
    return [None, who, on, None, None, "USD", None, None, received, day, note]


@pytest.mark.parametrize("note", ["预付款已收，后退还客户", "预付款已退", "定金已收，已退回",
                                  "advance received, refunded",
                                  "prepayment returned to customer"])
def test_an_advance_sent_back_pays_nothing(tmp_path: Path, note: str) -> None:
    db, report, zh = imported(tmp_path, {"1月": [UNPAID], "5月": [
        _money(2_000, "2025/5/22", note)], "6月": [OTHER]})
    c = account(db, date(2025, 6, 30), WHO)  # was 6,000 open, the refund read as paid
    assert (c.open_amount, c.overdue_amount, c.credit_on_account) == (8_000, 8_000, 0)
    assert "received from Refund Co with no order" not in report
    assert "收到 Refund Co 的" not in zh


def test_an_advance_carried_to_the_next_tab_counts_once(tmp_path: Path) -> None:
    who = "Carried Co"
    order = ["GG4", who, "2025/2/10", "杯子", 40_000, "USD", "OA 30天", "2025/2/20", 20_000,
             "2025/3/1", "预付款20000抵扣"]
    db, report, _ = imported(tmp_path, {
        "1月": [_money(20_000, "2025/1/10", "客户预付款", "2025/1/10", who)],
        "2月": [_money(20_000, None, "上月预付款结转", "2025/2/1", who), order],
        "6月": [OTHER]})
    c = account(db, date(2025, 6, 30), who)  # was 20,000 credit on account
    assert (c.open_amount, c.credit_on_account, c.revenue_12m) == (0, 0, 40_000)
    assert "row 2 of “1月”: 20,000.00 USD received from Carried Co" in report
    assert "of “2月”: 20,000.00 USD received" not in report


@pytest.mark.parametrize("note", ["3月收款汇总", "本月回款", "回款合计", "March receipts summary"])
def test_a_recap_of_the_month_s_receipts_is_no_payment(tmp_path: Path, note: str) -> None:
    who = "Recap Co"
    rows = [["RC1", who, "2025/2/1", "杯子", 6_000, "USD", "OA 30天", "2025/2/10", 6_000,
             "2025/3/12", None],
            ["RC2", who, "2025/2/5", "杯子", 4_000, "USD", "OA 30天", "2025/2/15", 4_000,
             "2025/3/20", None],
            _money(10_000, "2025/3/31", note, "2025/3/31", who),
            ["RC3", who, "2025/5/5", "杯子", 8_000, "USD", "OA 30天", "2025/5/15", None, None,
             None]]
    db, report, _ = imported(tmp_path, {"台账": rows, "6月": [OTHER]})
    c = account(db, date(2025, 6, 30), who)  # was open 0 and 2,000 credit on account
    assert (c.open_amount, c.credit_on_account) == (8_000, 0)
    assert "received from Recap Co with no order" not in report


def test_a_new_order_s_deposit_is_held_for_it_not_paying_an_older_invoice(
        tmp_path: Path) -> None:
    """备注 新订单定金已收，金额待定 (a new order's deposit, its amount not known): it paid the
    older unpaid 8,000 (5,000 open); now held, 8,000 open, until the order placed after it
    (July's 10,000, shipped 07-20) takes it: 7,000 of it owed in August. Money such a row
    says nothing of a deposit about (本月收款) is credit that pays the older invoice, as
    acct52e made it."""
    who = "Deposit Row Co"
    old = ["EE2", who, "2025/1/8", "花瓶", 8_000, "USD", "OA 30天", "2025/1/25", None, None,
           None]
    new = ["EE9", who, "2025/7/1", "花瓶", 10_000, "USD", "OA 30天", "2025/7/20", None, None,
           None]
    late = ["FS-9", "Oakwood Interiors Ltd", "2025/8/2", "壁灯", 5_000, "USD", "T/T",
            "2025/8/10", "USD 5,000", "2025/12/29", None]
    db, report, zh = imported(tmp_path, {"1月": [old], "5月": [
        _money(3_000, "2025/5/22", "新订单定金已收，金额待定", who=who)], "6月": [OTHER],
        "7月": [new], "8月": [late]})
    assert ("3,000.00 USD received from Deposit Row Co with no order — read as a deposit "
            "(“定金”), held for the next order the customer places") in report
    assert "按定金读取（“定金”），留给该客户之后下的订单，不冲抵更早的发票" in zh
    june = account(db, date(2025, 6, 30), who)
    assert (june.open_amount, june.deposits_held, june.credit_on_account) == (8_000, 3_000, 0)
    july = account(db, date(2025, 7, 10), who)  # ordered, not shipped: held against it
    assert (july.open_amount, july.deposits_held) == (8_000, 3_000)
    august = account(db, date(2025, 8, 31), who)  # shipped: the deposit pays it
    assert (august.open_amount, august.deposits_held) == (15_000, 0)
    plain, _, _ = imported(tmp_path / "plain", {"1月": [old], "5月": [
        _money(3_000, "2025/5/22", "客户来款", who=who)], "6月": [OTHER]})
    c = account(plain, date(2025, 6, 30), who)
    assert (c.open_amount, c.deposits_held) == (5_000, 0)


@pytest.mark.parametrize("names", [("订单台账.xlsx", "订单台账.xlsx"),
                                   ("2025年05月订单台账.xlsx", "2025年06月订单台账.xlsx")])
def test_the_deposit_row_rewritten_as_its_order_counts_once(
        tmp_path: Path, names: tuple[str, str]) -> None:
    """May's version books 3,000 on a row of its own (新订单定金已收，金额待定); June's writes
    that row as its order YY2 (10,000, 实收 3,000, the same day). Under one name the 3,000
    counted twice (open 7,000 shown as 4,000, nothing said); now once, as under two names, and
    the report says where the money went."""
    who = "Amount Later Co"
    paid = ["YY1", who, "2025/1/8", "花瓶", 8_000, "USD", "OA 30天", "2025/1/25", 8_000,
            "2025/2/20", None]
    may = _money(3_000, "2025/5/22", "新订单定金已收，金额待定", who=who)
    june = ["YY2", who, "2025/5/20", "花瓶", 10_000, "USD", "30%定金 70%见提单", "2025/6/10",
            3_000, "2025/5/22", "定金已收"]
    paths = [write_xlsx(tmp_path / str(i) / name, {"台账": [HEADER, paid, row, OTHER]})
             for i, (name, row) in enumerate(zip(names, (may, june), strict=True))]
    results = _same_import(tmp_path, paths)
    c = account(tmp_path / "fast.sqlite", date(2025, 6, 30), who)
    assert (c.open_amount, c.deposits_held, c.credit_on_account) == (7_000, 0, 0)
    if names[0] == names[1]:
        report = import_report(results[-1])
        assert ("the 3,000.00 USD of 2025-05-22 imported before from sheet “台账” row 3 as "
                "money with no order is now written on order YY2") in report
        assert "只按该订单计一次" in in_chinese(lambda: import_report(results[-1]))
