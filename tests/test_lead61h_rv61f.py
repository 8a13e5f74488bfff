"""rv61f s507, mended (reader 206): a payment row under its order whose 品名 is a payment's word
with its half (尾款一半, 尾款另一半) is a payment row, not a row of no customer: skipped, a buyer
who paid both halves stood 7,000 owed, 72 days, black."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _paid
from test_fix61i_came_rows import DEPOSIT, PAID, _read


def test_a_balance_paid_in_halves_named_so_is_paid(tmp_path: Path) -> None:
    first = _paid("尾款一半", 3_500, date(2025, 4, 20))
    cases = {
        "K1 一半": [DEPOSIT, first],
        "K2 两半": [DEPOSIT, first, _paid("尾款另一半", 3_500, date(2025, 5, 20))],
        "K3 到账另一半": [DEPOSIT, first,
                       _paid("到账", 3_500, date(2025, 4, 22), note="尾款另一半")],
    }
    assert _read(tmp_path, cases) == {"K1 一半": (3_500.0, 72, "black", 0.0),
                                      "K2 两半": PAID, "K3 到账另一半": PAID}
