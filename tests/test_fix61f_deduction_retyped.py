"""fix61f (rv61a s401): one deduction written on an order's sale row and again, in other
words, on its balance row (扣佣金500 / 到账6000，佣金500已扣; 扣佣金USD500 / 扣佣金500; 扣佣金500 /
扣佣金５００) is one: two notes of one kind and sum (deduction_notes.named) are one deduction,
whatever their wording. lead60i read them as two, 1,000 settling a 10,000 order 9,000
received: 0 open where the buyer owes 500. Said so on the sale row and on a payment's own row,
it is read off the order once where the order stays short, the rest owed (core.ledger.
own_row_deductions._said_again): 佣金500 / 扣佣金500, or a verbatim copy, read nothing, 1,000
open. Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), a 定金30% row of 3,000
and a 尾款70% row; as of 06-30 an unpaid sum is 72 days late, black. Each ledger is imported
by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _order, _paid
from test_fix61c_deduction_off_order import Got, _accounts


def _orders(tmp_path: Path, cases: list[tuple[str, float, str]]) -> tuple[list[Got], str]:
    """Each case (the sale row's note, the 尾款70% row's money and note) a buyer's order, its
    定金30% row 3,000 received."""
    rows: list[list[object]] = []
    names = []
    for i, (sale_note, balance, balance_note) in enumerate(cases):
        names.append(f"Retyped Co {i:02d}")
        sale = _order(f"2025-6{i:02d}", names[-1])
        sale[11] = sale_note
        rows += [sale, _paid("定金30%", 3_000, date(2025, 3, 2), note="已收"),
                 _paid("尾款70%", balance, date(2025, 4, 20), note=balance_note)]
    return _accounts(tmp_path, rows, names)


def test_one_deduction_retyped_on_the_balance_row_is_counted_once(tmp_path: Path) -> None:
    """扣佣金500 / 到账6000，佣金500已扣, 扣佣金USD500 / 扣佣金500, 扣佣金500 / 扣佣金５００: one
    commission of 500, the order 500 short: 500 owed, 72 days, black (main: 0 open)."""
    got, report = _orders(tmp_path, [("扣佣金500", 6_000, "到账6000，佣金500已扣"),
                                     ("扣佣金USD500", 6_000, "扣佣金500"),
                                     ("扣佣金500", 6_000, "扣佣金５００")])
    assert got == [(500, 72, "black", 0)] * 3, "was 0 open: one commission read twice"
    assert report.count("500.00 USD deducted by the buyer as a commission") == 3
    assert report.count("the 500.00 USD still short on the order stays open") == 3


def test_one_deduction_said_twice_is_read_though_the_order_stays_short(tmp_path: Path
                                                                      ) -> None:
    """佣金500 / 到账6000，扣佣金500, the note copied verbatim, or with a trailing space: the
    500 read once off the order, 500 owed, 72 days, black (main: 1,000, none read)."""
    got, report = _orders(tmp_path, [("佣金500", 6_000, "到账6000，扣佣金500"),
                                     ("扣佣金500", 6_000, "扣佣金500"),
                                     ("扣佣金500", 6_000, "扣佣金500 ")])
    assert got == [(500, 72, "black", 0)] * 3, "was 1,000 open"
    assert report.count("the 500.00 USD still short on the order stays open") == 3
    assert "Credit notes, lowering their customers' accounts: 3" in report


def test_two_deductions_of_another_kind_or_sum_stay_two(tmp_path: Path) -> None:
    """Controls: 质量扣款500 / 到账6000，佣金500已扣 (a claim and a commission), 扣佣金500 / 到账
    6200，佣金300已扣 (two sums): each its own, the order settled, as before (lead60i); one
    commission said twice that is more than the order owes (扣佣金500 / 到账6800，佣金500已扣:
    200 short) is none the import vouches for, 200 open."""
    got, _ = _orders(tmp_path, [("质量扣款500", 6_000, "到账6000，佣金500已扣"),
                                ("扣佣金500", 6_200, "到账6200，佣金300已扣"),
                                ("扣佣金500", 6_800, "到账6800，佣金500已扣")])
    assert got == [(0, 0, None, 0), (0, 0, None, 0), (200, 72, "black", 0)]
