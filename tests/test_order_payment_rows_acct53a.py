"""acct53a: the deposit's and balance's own rows under an order keep their money
(core.ledger.order_payments), and a customer's subtotal that adds up its own rows is not named
as disagreeing (core.ledger.filled_down.Above.nearest). Each ledger is imported by both imports
(tests.test_fast_import._same_import); the figures are a customer's at 10-31.

rv52c: CD-1 10,000 (30%定金 70%见提单, shipped 07-01) with 定金30% 3,000 received 06-05 and
尾款70% 7,000 received 08-10 on rows under it was 10,000 open and overdue, the buyer watched
then black-listed, though it had paid in full.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from test_continued_lines_fix52n import AS_OF, SHIP, _import, _lines
from test_lists_audit28 import at, by_name

TERMS = "30%定金 70%见提单"
DEPOSIT_DAY, BALANCE_DAY = date(2025, 6, 5), date(2025, 7, 4)
C = "Split Payment Rows Co"


def _order(paid: float | None = None, day: date | None = None) -> list:
    return ["CD-1", C, date(2025, 6, 2), "餐椅", 100, 100, 10_000, "USD", TERMS, SHIP, paid, day,
            None, None]


def _paid(word: str, amount: float | None, paid: float | None, day: date | None,
          note: str | None = None) -> list:
    """A payment's row under the order: its order cells blank, its word in 品名."""
    return [None, None, None, word, None, None, amount, None, None, None, paid, day, None, note]


def _account(tmp_path: Path) -> tuple[float, float, int, float, str | None]:
    c = by_name(at(tmp_path / "fast.sqlite", AS_OF))[C]
    return (round(c.revenue_12m, 2), round(c.open_amount, 2), c.max_days_overdue,
            round(c.credit_on_account, 2), c.list)


def _receipts(tmp_path: Path) -> list[tuple[float, str]]:
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        return conn.execute(
            "SELECT l.received_amount, l.received_date FROM order_lines l JOIN orders o ON "
            "o.id = l.order_id WHERE o.order_no = 'CD-1' AND l.received_amount IS NOT NULL "
            "ORDER BY l.received_date").fetchall()


def test_deposit_and_balance_rows_are_the_orders_receipts(tmp_path: Path) -> None:
    """Paid in full, each payment on its day: nothing open, not late (was 10,000 open, black)."""
    rows = [_order(), _paid("定金30%", 3_000, 3_000, DEPOSIT_DAY),
            _paid("尾款70%", 7_000, 7_000, BALANCE_DAY)]
    report = _import(tmp_path, rows)
    assert _account(tmp_path) == (10_000, 0, 0, 0, None)
    assert _receipts(tmp_path) == [(3_000, "2025-06-05"), (7_000, "2025-07-04")]
    assert _lines(tmp_path, "CD-1") == [("餐椅", 10_000, None), ("定金30%", 0, None),
                                        ("尾款70%", 0, None)]
    assert ("2 rows under an order naming a payment of it (定金, 尾款, deposit, balance…) with "
            "money received (rows 3–4) are read as that order's receipts on their own dates"
            in report), report
    assert "Total in" not in report, report
    zh = in_chinese(lambda: _import(tmp_path / "zh", rows))
    assert "2 行写在订单下方、品名为该订单的一笔付款（定金、尾款等）且有收款（第 3–4 行）" in zh, zh


def test_only_the_received_cell_filled(tmp_path: Path) -> None:
    """金额 blank, only 收款 written: the same receipts (was skipped: no amount)."""
    _import(tmp_path, [_order(), _paid("定金", None, 3_000, DEPOSIT_DAY),
                       _paid("尾款", None, 7_000, BALANCE_DAY)])
    assert _account(tmp_path) == (10_000, 0, 0, 0, None)


def test_the_balance_not_received_yet_is_open(tmp_path: Path) -> None:
    """The deposit received, the balance row written without money: 7,000 open, due against
    the B/L copy as if the order's row wrote the deposit (114 days past due at 10-31), no
    more goods and no total named."""
    report = _import(tmp_path, [_order(), _paid("定金30%", 3_000, 3_000, DEPOSIT_DAY),
                                _paid("尾款70%", 7_000, None, None, "待收")])
    revenue, open_, days, credit, _ = _account(tmp_path)
    assert (revenue, open_, days, credit) == (10_000, 7_000, 114, 0)
    assert "Total in" not in report, report


@pytest.mark.parametrize("first, second", [("订金", "余款"), ("首款", "balance"),
                                           ("预付款30%", "Balance 70%"), ("deposit", "尾款"),
                                           ("30% deposit", "final payment")])
def test_a_clerks_payment_words(tmp_path: Path, first: str, second: str) -> None:
    _import(tmp_path, [_order(), _paid(first, 3_000, 3_000, DEPOSIT_DAY),
                       _paid(second, 7_000, 7_000, BALANCE_DAY)])
    assert _account(tmp_path) == (10_000, 0, 0, 0, None), (first, second)


def test_the_orders_own_received_cell_is_counted_once(tmp_path: Path) -> None:
    """The order's row writes the 10,000 received and the rows under it break it down; or it
    writes the deposit, which a row under it repeats: no credit of 10,000 or 3,000."""
    _import(tmp_path / "whole", [_order(10_000, BALANCE_DAY),
                                 _paid("定金30%", 3_000, 3_000, DEPOSIT_DAY),
                                 _paid("尾款70%", 7_000, 7_000, BALANCE_DAY)])
    assert _account(tmp_path / "whole") == (10_000, 0, 0, 0, None)
    _import(tmp_path / "deposit", [_order(3_000, DEPOSIT_DAY),
                                   _paid("定金30%", 3_000, 3_000, DEPOSIT_DAY),
                                   _paid("尾款70%", 7_000, 7_000, BALANCE_DAY)])
    assert _account(tmp_path / "deposit") == (10_000, 0, 0, 0, None)
    assert _receipts(tmp_path / "deposit") == [(3_000, "2025-06-05"), (7_000, "2025-07-04")]


def test_a_balance_memo_is_no_money_and_no_total(tmp_path: Path) -> None:
    """余款 3,000 待收 under an order paid 5,000 of 8,000: 3,000 open, and no total named."""
    rows = [["CB-1", "Balance Memo Co", date(2025, 6, 2), "沙发", 10, 800, 8_000, "USD",
             "OA 45 days", SHIP, 5_000, date(2025, 8, 10), None, None],
            _paid("余款", 3_000, None, None, "待收")]
    report = _import(tmp_path, rows)
    c = by_name(at(tmp_path / "fast.sqlite", AS_OF))["Balance Memo Co"]
    assert (c.revenue_12m, c.open_amount) == (8_000, 3_000)
    assert "Total in" not in report, report


def test_a_subtotal_of_one_customers_orders_is_not_named(tmp_path: Path) -> None:
    """Single Order Co 4,000, then Two Orders Co 5,000 and 7,000 and a row writing its name
    and 12,000: its subtotal, agreeing (was 'the rows above add up to 16,000'); a row of its
    name writing 11,000 matches nothing and is named with the nearest figure, 12,000."""
    def one(no: str, who: str, amount: float) -> list:
        return [no, who, date(2025, 6, 2), "椅子", 100, amount / 100, amount, "USD",
                "OA 45 days", SHIP, amount, date(2025, 8, 10), None, None]

    for total, said in ((12_000, None), (11_000, "11,000.00, but the rows above add up to "
                                                  "12,000.00")):
        rows = [one("CP-1", "Single Order Co", 4_000), one("CP-2", "Two Orders Co", 5_000),
                one("CP-3", "Two Orders Co", 7_000), _paid("Two Orders Co", total, None, None)]
        report = _import(tmp_path / str(total), rows)
        assert by_name(at(tmp_path / str(total) / "fast.sqlite", AS_OF))[
            "Two Orders Co"].revenue_12m == 12_000
        assert (said in report) if said else ("Total in" not in report), report
