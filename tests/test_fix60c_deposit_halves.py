"""fix60c (rv59e s286): a deposit line under a balance row, a bracketed second deposit or
balance, and a deposit line under a row that received the whole order (core.ledger.
order_payments; reader 172). Tbilisi's YW25-0242, 12,255 OA 30天 shipped 10-09 (due 11-08),
its next invoice YW25-0273 5,300 paid; each ledger read by both imports (_same_import).

- The row's 收款 6,127.50 on 12-20 (noted 尾款 or not) and a 定金50% line of 6,127.50 on 09-10
  under it: the deposit came first, booked on a line; together they make the order's sum once
  (main: the line read as the row's breakdown, 6,128 owed, 42 days, watch).
- 定金（第二期）, 余款（扣定金50%后）, 余款（原定金50%） lines: the bracket qualifies the payment
  word (main: read as goods, their 6,127.50 lost, 6,128 owed, 19 days).
- The row's 12,255 received 11-20 and a 定金30% line of 3,676.50 on 09-08: the deposit is part
  of the row's 12,255 (main: 3,676 of credit).
Controls: a 定金50% line after the row's deposit is still counted once (the lead's 157); a
phase alone (第二期) is still goods.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fix59g_rest_on_own_line import _account, _import, _line, _sale

from core.ledger.order_payments import payment_word

HALF = 6127.5
PAID = (0, 0, None, 0)


@pytest.mark.parametrize("note", ["尾款", None, "余款已收"])
def test_a_deposit_line_before_the_rows_balance_is_its_other_half(tmp_path: Path,
                                                                  note: str | None) -> None:
    _import(tmp_path, [_sale(HALF, date(2025, 12, 20), note),
                       _line("定金50%", HALF, date(2025, 9, 10))])
    assert _account(tmp_path) == PAID


@pytest.mark.parametrize("word", ["定金（第二期）", "余款（扣定金50%后）", "余款（原定金50%）",
                                  ])
def test_a_bracket_qualifies_the_payment_word(tmp_path: Path, word: str) -> None:
    _import(tmp_path, [_sale(HALF, date(2025, 9, 10), "第一期定金"),
                       _line(word, HALF, date(2025, 11, 20))])
    assert _account(tmp_path) == PAID


@pytest.mark.parametrize(("deposit", "day"), [(3676.5, date(2025, 9, 8)),
                                               (3676.5, date(2025, 11, 20)),
                                               (6127.5, date(2025, 9, 8))])
def test_a_deposit_line_within_the_rows_whole_receipt_is_counted_once(
        tmp_path: Path, deposit: float, day: date) -> None:
    _import(tmp_path, [_sale(12255, date(2025, 11, 20)), _line("定金30%", deposit, day)])
    assert _account(tmp_path) == PAID


def test_a_deposit_line_after_the_rows_deposit_still_repeats_it(tmp_path: Path) -> None:
    """Control (157): the row's 6,127.50 on 09-06, a 定金50% line of it on 09-10: once."""
    _import(tmp_path, [_sale(HALF, date(2025, 9, 6)), _line("定金50%", HALF, date(2025, 9, 10))])
    assert _account(tmp_path)[0] == HALF


def test_a_phase_alone_is_still_goods() -> None:
    assert payment_word("定金（第二期）") and payment_word("（定金）")
    assert not any(payment_word(w) for w in ("第二期", "（第二期）", "保温杯（第二期）",
                                              "定金（样品）"))
