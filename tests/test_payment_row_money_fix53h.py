"""fix53h: what a payment row's own cells say of its 收款 (core.ledger.payment_row_money), against
acct53a's reading of every 定金 / 尾款 row with 收款 > 0 as money received (review rv53c). Each
ledger is imported by both imports (tests.test_fast_import._same_import); the figures are a
customer's at 10-31: (revenue, open, days overdue, credit, list).

- noted 待收 / 计划 / 应收定金 / 未收 / 余款未收, or its status 未付: nothing received (was 0 or
  3,000 open, off the list, where 10,000 is open);
- 21,300 noted 人民币 RMB21300 under a 10,000 USD order: read in CNY (was 21,300 USD, 11,300
  credit);
- a receipt above the whole order, in its currency: no money, named (was credit);
- a 收款 without its date where the order's other payment rows are dated: what is asked.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from languages import in_chinese
from test_continued_lines_fix52n import _import
from test_order_payment_rows_acct53a import BALANCE_DAY, DEPOSIT_DAY, _account, _order, _paid

UNPAID = (10_000, 10_000, 114, 0, "black")  # nothing received: 114 days past due at 10-31


@pytest.mark.parametrize("deposit, balance", [
    ((DEPOSIT_DAY, "待收"), (BALANCE_DAY, "计划 见提单付")),
    ((None, "应收定金"), (None, "未收")),
    ((DEPOSIT_DAY, "pending"), (BALANCE_DAY, "planned")),
])
def test_a_payment_row_noted_not_received_is_no_money(tmp_path: Path, deposit: tuple,
                                                      balance: tuple) -> None:
    """定金 3,000 and 尾款 7,000 whose notes say they are asked: 10,000 open, black-listed
    as on main (acct53a: 0 open, on no list)."""
    _import(tmp_path, [_order(), _paid("定金30%", 3_000, 3_000, deposit[0], deposit[1]),
                       _paid("尾款70%", 7_000, 7_000, balance[0], balance[1])])
    assert _account(tmp_path) == UNPAID


def test_the_balance_noted_unpaid_alone(tmp_path: Path) -> None:
    """尾款 7,000 dated, noted 余款未收, the order's only payment row: 10,000 open (was 3,000)."""
    _import(tmp_path, [_order(), _paid("尾款", None, 7_000, BALANCE_DAY, "余款未收")])
    assert _account(tmp_path) == UNPAID


def test_a_payment_rows_status_says_unpaid(tmp_path: Path) -> None:
    """Its 状态 cell 未付: the same (the status cell is the row's own, never filled)."""
    row = _paid("定金30%", 3_000, 3_000, DEPOSIT_DAY)
    row[12] = "未付"
    _import(tmp_path, [_order(), row])
    assert _account(tmp_path) == UNPAID


def test_a_paid_rows_note_may_say_agreed(tmp_path: Path) -> None:
    """按约定付定金 and 已收 are paid rows: nothing open, as acct53a reads them."""
    _import(tmp_path, [_order(), _paid("定金30%", 3_000, 3_000, DEPOSIT_DAY, "按约定付定金"),
                       _paid("尾款70%", 7_000, 7_000, BALANCE_DAY, "已收，说明见邮件")])
    assert _account(tmp_path) == (10_000, 0, 0, 0, None)


def test_a_deposit_noted_in_rmb_is_read_in_rmb(tmp_path: Path) -> None:
    """21,300 noted 人民币 RMB21300 under the 10,000 USD order: 21,300 CNY received, about
    2,960 USD at the settings' rate, about 7,000 open and no credit (was 0 open, 11,300
    credit)."""
    report = _import(tmp_path, [_order(), _paid("定金30%", None, 21_300, DEPOSIT_DAY,
                                                "人民币 RMB21300")])
    revenue, open_, _, credit, _ = _account(tmp_path)
    assert revenue == 10_000 and credit == 0
    assert 6_500 < open_ < 7_500, open_
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        assert conn.execute("SELECT received_amount, received_currency FROM order_lines "
                            "WHERE received_amount > 1000").fetchall() == [(21_300, "CNY")]
    assert "is marked CNY (row 3)" in report, report


def test_a_receipt_above_its_whole_order_is_named_not_credit(tmp_path: Path) -> None:
    """21,300 with no currency word under the 10,000 USD order: no money, named with both
    figures in both languages, 10,000 open (was 0 open, 11,300 credit, unnamed)."""
    rows = [_order(), _paid("定金30%", None, 21_300, DEPOSIT_DAY)]
    report = _import(tmp_path, rows)
    assert _account(tmp_path) == UNPAID
    assert ("Skipped in “6月”, row 3: a payment of the order above of 21,300.00 USD, more "
            "than the whole order's 10,000.00 USD: not read as money received" in report), report
    zh = in_chinese(lambda: _import(tmp_path / "zh", rows))
    assert ("上方订单的一笔付款 21,300.00 USD，超过整张订单金额 10,000.00 USD：不计为已收款"
            in zh), zh


def test_a_buyers_small_overpayment_is_its_credit(tmp_path: Path) -> None:
    """10,050 on the 10,000 order (within a tenth): received, 50 credit, nothing named."""
    report = _import(tmp_path, [_order(), _paid("尾款", None, 10_050, DEPOSIT_DAY)])
    assert _account(tmp_path) == (10_000, 0, 0, 50, None)
    assert "more than the whole order" not in report, report


def test_an_undated_balance_among_dated_payments_is_asked(tmp_path: Path) -> None:
    """定金 3,000 on 06-05, 尾款 7,000 with no date: the balance typed as asked, 7,000 open and
    the row named (was 0 open); both undated, they are received as an order's undated 收款
    is (acct53a's reading kept)."""
    rows = [_order(), _paid("定金30%", 3_000, 3_000, DEPOSIT_DAY),
            _paid("尾款70%", 7_000, 7_000, None)]
    report = _import(tmp_path, rows)
    revenue, open_, _, credit, _ = _account(tmp_path)
    assert (revenue, open_, credit) == (10_000, 7_000, 0)
    assert ("row 4: a payment of the order above of 7,000.00 with no date received, where its "
            "other payments have theirs" in report), report
    zh = in_chinese(lambda: _import(tmp_path / "zh", rows))
    assert "上方订单的一笔付款 7,000.00，没有收款日期" in zh, zh
    _import(tmp_path / "undated", [_order(), _paid("定金30%", 3_000, 3_000, None),
                                   _paid("尾款70%", 7_000, 7_000, None)])
    assert _account(tmp_path / "undated")[1:4:2] == (0, 0)
