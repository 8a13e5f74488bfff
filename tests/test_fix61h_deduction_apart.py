"""fix61h (rv61b s420, s426): fix61c's deduction off the order, read from a deposit row paid
whole (定金 3,000 noted 扣佣金2000) or a product line short by it, is weighed on the order's
money in the whole file and the store (core.ledger.deductions_apart), not on its sheet alone;
and a commission the firm paid an agent apart (佣金2000已付给代理), or a deduction of an
earlier order's (扣上单佣金2000), is none taken off this one.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19); as of 06-30 an unpaid sum is
72 days late, black. Read off the sheet alone, a balance of 7,000 paid on April's tab, on the
收款登记 tab or in April's file left a 2,000 credit that hid 2,000 of the buyer's next debt
(10,000 read 8,000). Each ledger is imported by both imports (tests.test_fast_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix61c_deduction_off_order import Got, _lines, _payments

REGISTER = ["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"]


def _balance(number: str, buyer: str) -> list[object]:
    """A later tab's or file's balance row of `number`: 7,000 received on 04-20."""
    return [number, buyer, None, None, "USD", None, "尾款70%", None, 7_000, date(2025, 4, 20),
            "", ""]


def _deposit(number: str, buyer: str) -> list[list[object]]:
    return [_order(number, buyer), _paid("定金30%", 3_000, date(2025, 3, 2), note="扣佣金2000")]


def _got(db: Path, names: list[str]) -> list[Got]:
    found = []
    for name in names:
        c = customer(db, name, END)
        found.append((round(c.open_amount, 2), c.max_days_overdue, c.list,
                      round(c.credit_on_account, 2)))
    return found


def test_a_balance_paid_on_another_tab_is_no_deduction(tmp_path: Path) -> None:
    """Buyer A's deposit noted 扣佣金2000, its balance paid on April's tab, a second order
    unpaid: 10,000 owed (main: 8,000, the false 2,000 credit taken off it); Buyer B's balance
    on the 收款登记 tab: paid, no credit (main: 2,000). Control: Buyer C's balance unpaid
    everywhere, 5,000 owed (fix61c's D3b)."""
    march = [*_deposit("2025-701", "Buyer A"), _order("2025-702", "Buyer A"),
             *_deposit("2025-703", "Buyer B"), *_deposit("2025-704", "Buyer C")]
    book = write_xlsx(tmp_path / "出口台账2025.xlsx", {
        "3月": [HEAD, *march], "4月": [HEAD, _balance("2025-701", "Buyer A"), LAST],
        "收款登记": [REGISTER, [date(2025, 4, 20), "Buyer B", 7_000, "USD", None, "2025-703",
                            "尾款"]]})
    _same_import(tmp_path, [book])
    assert _got(tmp_path / "fast.sqlite", ["Buyer A", "Buyer B", "Buyer C"]) == [
        (10_000, 72, "black", 0), (0, 0, None, 0), (5_000, 72, "black", 0)], "was 8,000; 2,000"


def test_a_balance_paid_in_a_later_file_withdraws_the_deduction(tmp_path: Path) -> None:
    """March's file (the deposit noted 扣佣金2000) read alone owes 5,000; April's paying the
    balance 7,000, imported after it or with it, leaves the order paid and no credit (main: a
    2,000 credit)."""
    for place, rounds in (("later", 2), ("with", 1)):
        march = write_xlsx(tmp_path / place / "台账2025-03.xlsx",
                           {"台账": [HEAD, *_deposit("2025-701", "Buyer A")]})
        april = write_xlsx(tmp_path / place / "台账2025-04.xlsx",
                           {"台账": [HEAD, _balance("2025-701", "Buyer A"), LAST]})
        _same_import(tmp_path / place, *([[march], [april]] if rounds == 2 else [[march, april]]))
        assert _got(tmp_path / place / "fast.sqlite", ["Buyer A"]) == [(0, 0, None, 0)], place


def test_a_commission_paid_apart_or_an_earlier_orders_is_not_taken_off(tmp_path: Path) -> None:
    """On a deposit paid whole, the balance unpaid: 佣金2000已付给代理, 佣金2000我司已付代理,
    佣金2000单独付给中间人 (the firm paid the agent) and 扣上单佣金2000 (the last order's) leave
    7,000 owed (main: 5,000); 佣金2000已扣 (control) 5,000."""
    got, _ = _payments(tmp_path, [(3_000, note, None) for note in (
        "佣金2000已付给代理", "佣金2000我司已付代理", "佣金2000单独付给中间人", "扣上单佣金2000",
        "佣金2000已扣")])
    assert got == [(7_000, 72, "black", 0)] * 4 + [(5_000, 72, "black", 0)], "was 5,000"


def test_a_line_short_by_an_agents_or_an_earlier_orders_commission(tmp_path: Path) -> None:
    """灯 3,000 of 5,000 received, 灯罩 unpaid: 佣金2000已付给代理 and 扣上单佣金2000 on 灯
    leave 7,000 owed (main: 5,000); 质量扣款2000 (control) 5,000."""
    got, _ = _lines(tmp_path, [[("灯", 3_000, note), ("灯罩", None, None)] for note in (
        "佣金2000已付给代理", "扣上单佣金2000", "质量扣款2000")])
    assert got == [(7_000, 72, "black", 0)] * 2 + [(5_000, 72, "black", 0)], "was 5,000"
