"""A wire booked twice under its payer is counted once; "定金 second" is a second payment (fix60j).

Rio Casa's PO-R1 10,000 OA 30 and Kobe Trading's PO-K1 10,000, shipped 03-01 (due 03-31: 91
days at 06-30): Rio's row received 10,000 on 05-10 and the 收款明细 tab books the same wire
under Kobe, who buys in his own right (rv59e s288). Tbilisi's YW25-0242 12,255 OA 30 shipped
10-09, its row's 定金 6,127.50 of 09-10 and a line under it (rv59g s293 q6).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_acct56c_note_cancel_deduction_apart import HEAD as SALES
from test_acct56c_note_cancel_deduction_apart import _import
from test_fix57i_cancel_went_ahead import HEAD, OTHER
from test_fix59f_paid_revival_elsewhere import KOBE, NONE, PAYMENTS, RIO, _line, _wire
from test_fix59k_payer_own_first import _states
from test_lists_audit28 import at, by_name

KOBE_OWES = (10_000, 91, "black", 0)


def _paid_on_row(number: str = "PO-R1", status: str | None = None) -> list[object]:
    row = _line(number, 10_000, status=status)
    row[11], row[12] = 10_000, date(2025, 5, 10)
    return row


@pytest.mark.parametrize(("note", "on"), [(None, "2025-05-10"), ("代付", "2025-05-10"),
                                          (None, "2025-05-11")])
def test_the_rows_receipt_booked_again_under_kobe_is_one_wire(
        tmp_path: Path, note: str | None, on: str) -> None:
    """Before: Rio 10,000 on account beside PO-R1 paid on its row (the wire counted twice)."""
    _import(tmp_path, {"3月": [HEAD, _paid_on_row(),
                              _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
                       "收款明细": [PAYMENTS, _wire("PO-R1", 10_000, note, KOBE, on)],
                       "6月": [HEAD, OTHER]})
    assert _states(tmp_path / "fast.sqlite") == {RIO: NONE, KOBE: KOBE_OWES}


def test_a_wire_a_week_after_the_rows_is_another(tmp_path: Path) -> None:
    """A control: Kobe's 10,000 a week after Rio's row was paid is no copy of it: his own
    money, paying his PO-K1, as before."""
    _import(tmp_path, {"3月": [HEAD, _paid_on_row(),
                              _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
                       "收款明细": [PAYMENTS, _wire("PO-R1", 10_000, None, KOBE, "2025-05-20")],
                       "6月": [HEAD, OTHER]})
    assert _states(tmp_path / "fast.sqlite") == {RIO: NONE, KOBE: NONE}


def test_kobes_wire_on_rios_cancelled_order_still_pays_his_own(tmp_path: Path) -> None:
    """A control: Rio's PO-R1 cancelled, unpaid; Kobe's wire naming it pays PO-K1."""
    _import(tmp_path, {"3月": [HEAD, _line("PO-R1", 10_000, "已取消"),
                              _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
                       "收款明细": [PAYMENTS, _wire("PO-R1", 10_000, payer=KOBE)],
                       "6月": [HEAD, OTHER]})
    assert _states(tmp_path / "fast.sqlite") == {RIO: NONE, KOBE: NONE}


TBILISI = "Tbilisi Shop LLC"
NEXT = ["YW25-0273", TBILISI, date(2025, 10, 8), "LED彩灯串", 1000, 5.3, 5300, "USD", "OA 30天",
        date(2025, 10, 30), date(2025, 10, 31), 5300, date(2025, 11, 27), None]


def _tbilisi(tmp_path: Path, word: str, on: date) -> tuple[int, int, str | None, int]:
    sale = ["YW25-0242", TBILISI, date(2025, 9, 5), "不锈钢保温杯", 1500, 8.17, 12255, "USD",
            "OA 30天", date(2025, 10, 9), date(2025, 10, 9), 6127.5, date(2025, 9, 10), "定金"]
    line = [None] * 3 + [word] + [None] * 7 + [6127.5, on, None]
    _import(tmp_path, {"9月": [SALES, sale, line], "10月": [SALES, NEXT]})  # both imports agree
    c = by_name(at(tmp_path / "fast.sqlite", date(2025, 12, 31)))[TBILISI]
    return (round(c.open_amount), c.max_days_overdue,
            c.list if c.list in ("black", "watch") else None, round(c.credit_on_account))


@pytest.mark.parametrize("word", ["定金 second", "定金 2nd", "second deposit"])
def test_a_deposit_said_second_on_a_later_day_pays(tmp_path: Path, word: str) -> None:
    """Before: read as goods or the row's deposit again, 6,128 owed 19 days where nothing was."""
    assert _tbilisi(tmp_path, word, date(2025, 11, 20)) == (0, 0, None, 0)


@pytest.mark.parametrize("word", ["第二笔定金", "定金 second"])
def test_the_same_days_deposit_line_repeats_the_row(tmp_path: Path, word: str) -> None:
    """A control: of the row's day, the line repeats its deposit: 6,128 owed, as before (19
    days: days run to the receipts date, 11-27)."""
    assert _tbilisi(tmp_path, word, date(2025, 9, 10)) == (6128, 19, None, 0)


def test_a_second_deposit_on_another_day_pays(tmp_path: Path) -> None:
    """A control: 第二笔定金 of 11-20 is the second half, as before."""
    assert _tbilisi(tmp_path, "第二笔定金", date(2025, 11, 20)) == (0, 0, None, 0)
