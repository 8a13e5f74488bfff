"""fix39a F2: a deposit's refund only owed or asked for is no money sent back, and a +15,000
receipt is never read as money sent back.

Roma Casa SRL: R-1 8,000 of 01-05 (OA 30 days) owed; R-2 cancelled with its 15,000 deposit.
Money still the buyer's: R-1 paid from it, 7,000 credit, no list. Money gone back: R-1 8,000
open 131 days past due at 06-30, black.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, ledger
from test_stop38_refunded_deposit import ROMA, ROMA_ROWS

KEPT = (0.0, 7_000.0, None, 0)
GONE = (8_000.0, 0.0, "black", 131)


def _roma(folder: Path, rows: list[list[object]]) -> tuple[object, ...]:
    roma = customers(ledger(folder, ROMA, rows), date(2026, 6, 30))["by_name"]["Roma Casa SRL"]
    return (roma["open_amount"], roma["credit_on_account"], roma["list"],
            roma["max_days_overdue"])


def _with_note(note: str) -> list[list[object]]:
    rows = [list(r) for r in ROMA_ROWS]
    rows[1][-1] = note
    return rows


@pytest.mark.parametrize("note", ["待退定金", "应退定金", "申请退定金", "客户要求退定金",
                                  "退定金中", "退订金额", "扣退定金"])
def test_a_deposit_refund_only_owed_is_no_money_out(tmp_path: Path, note: str) -> None:
    """A -15,000 收款 row noted 待退定金 (a deposit to be refunded), 应退定金, 申请退定金,
    客户要求退定金, 退定金中, 退订金额 (a cancelled order's sum) or 扣退定金: no refund made.
    Before: 8,000 open, 131 days, black. Now: 7,000 credit, no list."""
    row: list[object] = ["R-2", "Roma Casa SRL", date(2026, 3, 1), None, None, "USD", None,
                         "收款", None, None, -15_000, date(2026, 3, 1), note]
    assert _roma(tmp_path, [*_with_note("客户取消"), row]) == KEPT


@pytest.mark.parametrize("note", ["R-2定金，客户取消后要求退定金", "R-2定金（待退定金）"])
def test_a_deposit_booked_as_money_in_stays_money_in(tmp_path: Path, note: str) -> None:
    """The deposit booked as its own +15,000 收款 row whose note asks for its refund: money
    received, never turned into money sent back. Before: 8,000 open, black. Now: 7,000
    credit."""
    rows = _with_note("客户取消")
    rows[1][8:10] = [None, None]
    dep: list[object] = ["R-2", "Roma Casa SRL", date(2026, 2, 5), None, None, "USD", None,
                         "收款", None, None, 15_000, date(2026, 2, 5), note]
    assert _roma(tmp_path, [*rows, dep]) == KEPT


def test_a_refund_written_positive_in_a_receipt_row_is_still_money_out(tmp_path: Path) -> None:
    """A clerk's refund typed as a receipt row with its sum positive and noted 退款 (MT-1 sold
    15,000 and paid; 3,000 refunded): money sent back, 3,000 open, as before this pass. fix39a's
    first reading of F2 took every positive sum for money in: 3,000 credit."""
    header = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
              "收款日期", "状态", "备注"]
    rows: list[list[object]] = [
        ["MT-1", "Mumbai Mart", date(2025, 3, 1), 15_000, "USD", "OA 30 days",
         date(2025, 3, 5), 15_000, date(2025, 4, 10), None, None],
        ["MT-1", "Mumbai Mart", date(2025, 4, 20), None, "USD", None, None, 3_000,
         date(2025, 4, 20), "收款", "退款"]]
    mumbai = customers(ledger(tmp_path, header, rows), date(2025, 6, 30))["by_name"]["Mumbai Mart"]
    assert (mumbai["open_amount"], mumbai["credit_on_account"]) == (3_000.0, 0.0)
