"""A payment row whose order date cannot be read is dated by its date received (payrow32).

Sunrise's 4,000 wire, typed 收款 with 收款日期 2025-03-20 and 下单日期 “待确认” (or a date that
is none, 2025-13-45), was skipped as "order date … is not a date": the invoice of 02-10 stayed
owed, 291 days late at 12-31, and the buyer black-listed. The row is now dated by its date
received, and the report still names the order-date cell it could not read. Both imports
(test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from test_payment_dated_received_paydate31 import HEADER, PAYER, PAYER_WIRE, SALE
from test_received_only_payrow31 import imported_sheet, sunrise

from core.store import connect


def wire(order_cell: object, received_on: date | None = date(2025, 3, 20)) -> list[object]:
    return ["S-01", "Sunrise", "收款", order_cell, 4_000, "USD", None, None, received_on]


def imported(tmp_path: Path, *rows: list[object]) -> tuple[Path, str]:
    return imported_sheet(tmp_path, [HEADER, SALE, *rows, PAYER, PAYER_WIRE])


@pytest.mark.parametrize("cell", ["待确认", "2025-13-45"])
def test_a_payment_with_an_unreadable_order_date_is_dated_by_its_date_received(
        tmp_path: Path, cell: str) -> None:
    # beside it, the same wire with no date received: skipped, its order date named as before
    db, report = imported(tmp_path, wire(cell), wire(cell, None))
    c = sunrise(db)
    assert (c.open_amount, c.list) == (0, None)
    with connect(db) as conn:
        found = conn.execute("SELECT amount, received_amount, received_date FROM order_lines "
                             "WHERE received_amount = 4000").fetchall()
    assert [tuple(r) for r in found] == [(0.0, 4_000.0, "2025-03-20")]
    assert f"Skipped in “台账”, row 4: order date “{cell}” is not a date" in report
    assert (f"Sheet “台账”, column “下单日期”: “{cell}” is not a date, so that payment was "
            "dated by its date received (row 3).") in report
    chinese = in_chinese(lambda: imported(tmp_path / "zh", wire(cell), wire(cell, None))[1])
    assert cell in chinese and "台账" in chinese and "下单日期" in chinese
    assert "payment" not in chinese

