"""A payments sheet's second received column is named only where it says another sum (payrow32).

收款金额 beside the 到账金额 counted: the note "“收款金额” beside it was not counted" came on every
import, even where the two columns held the same sums on every row (no bank charge), and sent
the clerk looking for a difference there was none of. Now nothing is said where they agree, and
only the rows where they differ are named. Both imports (test_fast_import._same_import).
"""

from __future__ import annotations

from pathlib import Path

from languages import in_chinese
from test_payments_second_column_paysheet31 import _firm, _paid_up, _receipts


def test_columns_agreeing_on_every_row_are_not_named(tmp_path: Path) -> None:
    receipts = _receipts("到账金额", 12_000, 9_000)
    found, report = _firm(tmp_path, receipts)
    _paid_up(tmp_path, found, report, 12_000.0)
    assert "not counted" not in report
    assert "Sheet “收款” is a sheet of payments: its 2 rows were read as money received" in report


def test_only_the_rows_that_differ_are_named(tmp_path: Path) -> None:
    """Row 3's 9,000 arrived whole; row 2's 12,000 arrived as 11,975: only row 2 named."""
    receipts = _receipts("到账金额", 11_975, 9_000)
    found, report = _firm(tmp_path, receipts)
    _paid_up(tmp_path, found, report, 11_975.0)
    assert ("Sheet “收款”: the money received is read from “到账金额” (what reached the bank, "
            "in the sheet's currency); “收款金额” beside it says another sum on row 2 and was "
            "not counted.") in report
    chinese = in_chinese(lambda: _firm(tmp_path / "zh", receipts)[1])
    assert "“收款金额”有 1 行金额不同（第 2 行），没有计入" in chinese
