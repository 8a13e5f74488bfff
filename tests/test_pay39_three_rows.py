"""pay39 (3): three payment rows of one day under one wire's reference on one 收款 tab, each a
bank's charge from the others (core.ledger.listed_twice._twice).

May's 收款 tab lists Nairobi's 5,000 "TT-881 货款", 4,985 "TT881" and 4,970 "TT-881" of 04-20:
which two are one wire (if any) cannot be told, so each is counted (13,000 sold, 14,955
received: 1,955 on account). Before: the same figures, and not a word in the report. Now the
report names the three rows (file, sheet, rows, sums and day) and asks for the bank's slip, in
English and in Chinese.
"""

from __future__ import annotations

from pathlib import Path

from test_corrected_payments_pay32 import NAIROBI, _pay
from test_payments_pay33 import _files
from test_wire38_listed_twice import _nairobi, _said


def _three(tmp_path: Path, third: float) -> tuple[tuple[float, float], str]:
    """May's tab: 5,000 "TT-881 货款", 4,985 "TT881" and `third` "TT-881" of 04-20: Nairobi's
    (open, credit) and the report in both languages."""
    owed, results = _files(tmp_path, _nairobi(
        _pay(NAIROBI, "2025-04-20", 5_000, "TT-881 货款"),
        _pay(NAIROBI, "2025-04-20", 4_985, "TT881"),
        _pay(NAIROBI, "2025-04-20", third, "TT-881")))
    return owed[NAIROBI], _said(results)


def test_three_rows_of_one_wire_s_reference_and_day_are_named(tmp_path: Path):
    owed, report = _three(tmp_path, 4_970)
    assert owed == (0, 1_955)
    rows = ("2 (台账 2025-05.xlsx: 5,000.00 2025-04-20), 3 (台账 2025-05.xlsx: 4,985.00 "
            "2025-04-20), 4 (台账 2025-05.xlsx: 4,970.00 2025-04-20)")
    assert (f"Sheet “收款”: 3 payments are each, under the same reference and on the same day, "
            f"more than one other row of this file less the bank's charge, rows {rows}: which "
            f"rows are one wire listed twice cannot be told, so each is counted") in report
    assert "无法判断哪两行是同一笔电汇记了两次，因此每笔都已计入" in report
    assert "taken as one wire listed twice" not in report


def test_two_of_three_rows_a_charge_apart_are_one_wire_and_nothing_more_is_said(
        tmp_path: Path):
    """5,000 "TT-881 货款", 4,985 "TT881" and 3,000 "TT-881": only the first two are a charge
    apart: one wire (4,985 kept), the 3,000 a payment; nothing said of rows left. Unchanged."""
    owed, report = _three(tmp_path, 3_000)
    assert owed == (5_015, 0)
    assert "taken as one wire listed twice" in report
    assert "cannot be told" not in report
