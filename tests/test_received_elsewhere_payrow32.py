"""An untyped payment row (金额 blank, 已收金额 and 收款日期 filled, naming its order) is matched
against its customer's orders in the whole workbook and in the store (payrow32).

Matched against its own sheet only, Sunrise's 20,000 wire written on the 收款 tab for S-01,
an order on the 7月 tab (or imported last month), was skipped as "no amount, only 20,000.00
received": the paid invoice stayed owed, 118 days late at 12-31, and the buyer watched. Every
ledger goes through both imports (test_fast_import._same_import compares them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_received_only_payrow31 import HEADER, PAID_ON, PAYER, SALE, payments, sunrise, wire

from core.ledger.report import import_report

# another customer's order: no order of Sunrise's
MOON = ["S-07", "Moon", "销售", SALE[3], 5_000, "USD", "T/T 30 days", SALE[7], None, None, None]


def imported_book(tmp_path: Path, sheets: dict[str, list[list[object]]]) -> tuple[Path, str]:
    path = write_xlsx(tmp_path / f"{'-'.join(sheets)}.xlsx", sheets)
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported"
    return tmp_path / "fast.sqlite", import_report(result)


@pytest.mark.parametrize("sheets", [
    {"7月": [HEADER, SALE, PAYER], "回款": [HEADER, wire(kind=None), PAYER]},
    # the payment's tab before its order's
    {"回款": [HEADER, wire(kind=None), PAYER], "7月": [HEADER, SALE, PAYER]},
    # three tabs: the one between them waits too, and keeps its place
    {"回款": [HEADER, wire(kind=None), PAYER], "8月": [HEADER, PAYER], "7月": [HEADER, SALE]},
])
def test_a_payment_naming_an_order_on_another_tab_pays_it(
        tmp_path: Path, sheets: dict[str, list[list[object]]]) -> None:
    db, report = imported_book(tmp_path, sheets)
    c = sunrise(db)
    assert (c.open_amount, c.list) == (0, None)
    assert payments(db) == [(0.0, 20_000.0, PAID_ON.isoformat())]
    assert "only" not in report
    assert "Sheet “回款”: 1 row typed as a payment (row 2) was read as money received" in report


def test_a_payment_naming_an_order_imported_earlier_pays_it(tmp_path: Path) -> None:
    july = write_xlsx(tmp_path / "july.xlsx", {"7月": [HEADER, SALE, PAYER]})
    september = write_xlsx(tmp_path / "september.xlsx", {"9月": [HEADER, wire(kind=None),
                                                                 PAYER]})
    results = _same_import(tmp_path, [july], [september])
    assert [r.status for r in results] == ["imported", "imported"]
    c = sunrise(tmp_path / "fast.sqlite")
    assert (c.open_amount, c.list) == (0, None)
    assert payments(tmp_path / "fast.sqlite") == [(0.0, 20_000.0, PAID_ON.isoformat())]
    assert "only" not in import_report(results[1])


def test_only_an_order_a_tab_lists_for_its_customer_is_paid(tmp_path: Path) -> None:
    """Beside the wire on S-01, one naming Moon's S-07 and one naming S-02, which no tab
    lists: skipped as before, named with their sheet and row."""
    sheets = {"7月": [HEADER, SALE, MOON, PAYER], "回款": [
        HEADER, wire(kind=None), wire(kind=None, order_no="S-07"),
        wire(kind=None, order_no="S-02"), PAYER]}
    db, report = imported_book(tmp_path, sheets)
    assert payments(db) == [(0.0, 20_000.0, PAID_ON.isoformat())]
    assert sunrise(db).open_amount == 0
    assert ("Skipped in “回款”, rows 3–4: no amount, only 20,000.00 received: write the "
            "order's amount") in report
    chinese = in_chinese(lambda: imported_book(tmp_path / "zh", sheets)[1])
    assert "回款" in chinese and "20,000.00" in chinese and "received" not in chinese
