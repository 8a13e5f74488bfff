"""win40: another file's row, named beside a row of this one in an import's notes, reads as a
place in Chinese (core.ledger.row_places).

Before: the place was the file, the sheet in quotes and a bare number, and the note's row list
was wrapped in 第 … 行 around it, so the Chinese note read
"（第 2（台账 2025-04.xlsx “收款” 2: 6,000.00 2025-04-20 → 6,500.00 2025-04-20） 行）". Now:
"（行号 2（台账 2025-04.xlsx 的“收款”表第 2 行：6,000.00 …））"; the English stays as it was.
"""

from __future__ import annotations

import re
from pathlib import Path

from languages import in_chinese
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_payments_pay33 import SALES, _files, _month

from core.ledger.report import import_report

ENGLISH = ("row 2 (台账 2025-04.xlsx “收款” row 2: 6,000.00 2025-04-20 → 6,500.00 2025-04-20): "
           "counted once")
CHINESE = ("（行号 2（台账 2025-04.xlsx 的“收款”表第 2 行：6,000.00 2025-04-20 → 6,500.00 "
           "2025-04-20））：只计一次")


def test_a_corrected_payment_names_the_earlier_files_row_as_a_place_in_chinese(tmp_path: Path):
    """April's 6,000 of 04-20 corrected to 6,500 in May's file: May's note names April's row."""
    owed, results = _files(tmp_path, _month(4, SALES, _pay(NAIROBI, "2025-04-20", 6_000)),
                           _month(5, SALES, _pay(NAIROBI, "2025-04-20", 6_500)))
    assert owed[NAIROBI] == (6_500, 0)
    assert ENGLISH in import_report(results[-1])
    chinese = in_chinese(lambda: import_report(results[-1]))
    assert CHINESE in chinese, chinese
    # no row number with a bracket between it and its 行, nor an English colon in the place
    assert not re.search(r"第 \d+（", chinese), chinese
    assert "” 2:" not in chinese
    # read again in English after the Chinese: the message was kept, not its Chinese text
    assert ENGLISH in import_report(results[-1])
