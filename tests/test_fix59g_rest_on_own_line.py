"""fix59g (rv59b s17): the rest of a part payment written on a 余款 line under the sale row, on a
later day, is a second payment, not the row's receipt broken down (core.ledger.order_payments).

A good buyer pays YW25-0242 (12,255, OA 30天, due 11-08) in two equal halves: the clerk writes
the first in the row's 收款 (6,127.50 on 11-12, noted 付了一半，余款下月) and, when the rest
comes, a line of its own under the row (品名 余款, 收款 6,127.50 on 12-20). The equal sums
alone made the line the row's breakdown, counted once: 6,127.50 of 0242 and then, oldest due
first, YW25-0273's 5,300 open, 19 days past due at 12-31 (in the year books watch; Luanda,
seed 9, black at 121 days) where the buyer owed nothing. A breakdown's total is dated on or
after its parts; uneven halves were always read right. Each ledger is imported by both imports
(tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, owed

HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
C, AS_OF = "Tbilisi Shop LLC", date(2025, 12, 31)
FIRST, REST = date(2025, 11, 12), date(2025, 12, 20)
NEXT = ["YW25-0273", C, date(2025, 10, 8), "LED彩灯串", 1000, 5.3, 5300, "USD", "OA 30天",
        date(2025, 10, 30), date(2025, 10, 31), 5300, date(2025, 11, 27), None]


def _sale(paid: float, day: date | None, note: str | None = None) -> list:
    return ["YW25-0242", C, date(2025, 9, 5), "不锈钢保温杯", 1500, 8.17, 12255, "USD", "OA 30天",
            date(2025, 10, 9), date(2025, 10, 9), paid, day, note]


def _line(word: str, paid: float, day: date | None) -> list:
    """A payment's line under the sale row, its order cells blank (the clerk's 余款 line)."""
    return [None, None, None, word, None, None, None, None, None, None, None, paid, day, None]


def _import(tmp_path: Path, rows: list[list]) -> None:
    book = write_xlsx(tmp_path / "files" / "2025外贸台账.xlsx",
                      {"9月": [HEAD, *rows], "10月": [HEAD, NEXT]})
    (result,) = _same_import(tmp_path, [book])
    assert result.status == "imported"


def _account(tmp_path: Path) -> tuple[float, int, str | None, float]:
    c = by_name(at(tmp_path / "fast.sqlite", AS_OF))[C]
    return round(c.open_amount, 2), c.max_days_overdue, c.list, round(c.credit_on_account, 2)


@pytest.mark.parametrize(("note", "word"), [
    ("付了一半，余款下月", "余款"), (None, "余款"), ("到账一半", "余款"), ("还差6127.5", "余款"),
    ("付了一半，余款下月", "尾款")])
def test_the_rest_on_a_later_line_is_a_second_payment(tmp_path: Path, note: str | None,
                                                      word: str) -> None:
    """Both halves paid: nothing open, not late (main: 6,127.50 open, 19 days)."""
    _import(tmp_path, [_sale(6127.5, FIRST, note), _line(word, 6127.5, REST)])
    assert _account(tmp_path) == (0, 0, None, 0)
    assert owed(by_name(at(tmp_path / "fast.sqlite", AS_OF))[C]) == {"YW25-0242": (0, 0),
                                                                     "YW25-0273": (0, 0)}


def test_uneven_halves_as_before(tmp_path: Path) -> None:
    """Control: 7,255 on the row, 5,000 on the line (the sums differ): paid, as on main."""
    _import(tmp_path, [_sale(7255, FIRST, "还差5000"), _line("余款", 5000, REST)])
    assert _account(tmp_path) == (0, 0, None, 0)


@pytest.mark.parametrize("day", [REST, FIRST])
def test_a_total_on_the_row_broken_down_is_counted_once(tmp_path: Path, day: date) -> None:
    """Control: the row's 收款 is the whole 12,255, dated on the last part's day or on the
    first's (a line repeating it), the lines under it its parts: no 12,255 of credit."""
    _import(tmp_path, [_sale(12255, day), _line("定金30%", 3676.5, FIRST),
                       _line("尾款70%", 8578.5, REST)])
    assert _account(tmp_path) == (0, 0, None, 0)


@pytest.mark.parametrize("day", [REST, None, FIRST])
def test_a_line_repeating_the_rows_receipt_is_counted_once(tmp_path: Path,
                                                          day: date | None) -> None:
    """Control: the row received the whole on 12-20 and a 尾款 line repeats it, on the same
    day, undated or dated before the row (its parts' day): counted once, no credit."""
    _import(tmp_path, [_sale(12255, REST), _line("尾款", 12255, day)])
    assert _account(tmp_path) == (0, 0, None, 0)


def test_half_deposit_on_the_row_and_the_balance_on_its_line(tmp_path: Path) -> None:
    """Terms 50%定金，50%见提单: the deposit 6,127.50 in the row's 收款 (09-10) and the balance
    of the same sum on its 尾款50% line after shipment (10-20): paid (main: 6,127.50 open, 42
    days, watch)."""
    sale = _sale(6127.5, date(2025, 9, 10))
    sale[8] = "50%定金，50%见提单"
    _import(tmp_path, [sale, _line("尾款50%", 6127.5, date(2025, 10, 20))])
    assert _account(tmp_path) == (0, 0, None, 0)
