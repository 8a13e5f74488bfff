"""key34: two payments of one sum on one day on one invoice, told apart by their notes.

A payment naming its invoice is stored as a line known by its invoice, sum and day
(core.ledger.keys.paid_part) and its place among such rows of its sheet: the note is no part
of it. The ledger's 收款 tab's "定金 N-1" 5,000 and the bank's list's "余款 N-1" 5,000 of the
same day took one line: the second file's row replaced the first ("1 updated", nothing said)
and the buyer who had paid N-1 in full was shown owing half of it. Each test writes the
firm's files with openpyxl, imports them by both imports (the app's and the reference one)
and checks Nairobi's (open, credit). Nairobi: N-1 10,000 and N-2 3,000 sold (13,000).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_corrected_payments_paydup31 import ORDERS
from test_payments_pay33 import _files, _tab

from core.ledger.report import import_report

SALES = ORDERS[:-1]
DAY = "2025-04-20"
TWO = [("定金 N-1", "余款 N-1"), ("N-1 TT-881", "N-1 TT-882"), ("第一笔 N-1", "第二笔 N-1"),
       ("deposit N-1", "balance N-1")]


@pytest.mark.parametrize("notes", TWO)
def test_two_payments_of_one_sum_and_day_in_two_lists_are_two(tmp_path: Path, notes):
    """The ledger's 收款 tab books "定金 N-1" 5,000 on 04-20; the bank's list "余款 N-1"
    5,000 the same day. Hand count: 13,000 sold, 10,000 received: N-1 paid, N-2's 3,000 open.
    Before: one line, the bank's row "1 updated" over the ledger's: 8,000 open."""
    owed, _results = _files(
        tmp_path, ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
            _pay(NAIROBI, DAY, 5_000, notes[0]))}),
        ("银行水单 2025-04.xlsx", {"收款": _tab(_pay(NAIROBI, DAY, 5_000, notes[1]))}))
    assert owed[NAIROBI] == (3_000, 0)
