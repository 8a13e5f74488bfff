"""A payment row held until the whole workbook is read names its unreadable optional cells
(payrow33).

Sunrise's 20,000 wire on the 回款 tab, its type blank and its 金额 blank, names S-01, an order
on the 7月 tab: the import holds it until every tab is read, then takes it as money received.
Its 出货日期 “2025-13-45” (or its 成本 “见合同”) was read as empty and said of no row: the
report named the row as a payment and not the cell, though the same row on the order's own
tab had its cell named. A held row that no tab's order matches is refused (skipped, named)
and writes nothing. Both imports (test_fast_import._same_import).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import, _tables
from test_received_only_payrow31 import HEADER, PAID_ON, PAYER, SALE, payments, sunrise, wire

from core.ledger.report import import_report

COST = [*HEADER, "成本"]
CELLS = {  # the optional column, its unreadable cell, what the report says of it in each language
    "出货日期": ("2025-13-45", "is not a date, so it was read as empty", "不是日期"),
    "成本": ("见合同", "is not a number, so it was read as empty", "不是数字"),
    # its order date: the wire is dated by its date received
    "下单日期": ("2025-13-45", "is not a date, so that payment was dated by its date received",
             "不是日期"),
}


def held(column: str, value: str, order_no: str = "S-01") -> list[object]:
    """The untyped wire naming `order_no`, its `column` cell unreadable."""
    row = [*wire(kind=None, order_no=order_no), None]
    row[COST.index(column)] = value
    return row


def book(tmp_path: Path, name: str, wires: list[list[object]]) -> Path:
    return write_xlsx(tmp_path / f"{name}.xlsx", {
        "7月": [COST, [*SALE, 12_000], [*PAYER, 600]], "回款": [COST, *wires]})


@pytest.mark.parametrize("column", list(CELLS))
def test_a_held_payment_taken_names_its_unreadable_cell(tmp_path: Path, column: str) -> None:
    value, said, chinese_said = CELLS[column]
    path = book(tmp_path, "held", [held(column, value)])
    [result] = _same_import(tmp_path, [path])
    report = import_report(result)
    assert payments(tmp_path / "fast.sqlite") == [(0.0, 20_000.0, PAID_ON.isoformat())]
    assert sunrise(tmp_path / "fast.sqlite").open_amount == 0
    assert f"Sheet “回款”, column “{column}”: “{value}” {said} (row 2)" in report
    chinese = in_chinese(lambda: import_report(result))
    line = next(t for t in chinese.splitlines() if value in t)
    assert "回款" in line and column in line and "2" in line and chinese_said in line
    assert "Sheet" not in line
    assert result.path.name in report.splitlines()[0]  # the report's head names the file


def test_a_held_payment_refused_writes_nothing(tmp_path: Path) -> None:
    """A wire naming S-02, which no tab lists, beside the one that pays S-01: skipped, its
    sheet and row named, and the database as the workbook without it leaves it."""
    refused = held("出货日期", "2025-14-01", order_no="S-02")
    with_it = book(tmp_path / "a", "held", [held("出货日期", "2025-13-45"), refused])
    [result] = _same_import(tmp_path / "a", [with_it])
    report = import_report(result)
    assert "Skipped in “回款”, row 3: no amount, only 20,000.00 received" in report
    assert "(row 2)" in report and "(row 3)" not in report  # its cell is no taken row's
    without = book(tmp_path / "b", "held", [held("出货日期", "2025-13-45")])
    _same_import(tmp_path / "b", [without])
    found, expected = _tables(tmp_path / "a" / "fast.sqlite"), _tables(
        tmp_path / "b" / "fast.sqlite")
    for table in ("customers", "orders", "order_lines"):
        assert found[table] == expected[table], table
