"""perf62a: two of the reading's passes over a whole sheet made cheaper, the same found.

A sheet's part is looked at for hidden rows and error cells from its end: the search then
skips on the attribute's first byte, not on the closing quote every attribute of the part ends
with, and finds the same cells wherever they stand in the sheet. A tab whose received column
has FEW receipts to judge waits for no other tab of its header (ReceivedTabs.waits): their
orders' figures, which fold every number of the tab, are not worked out for that answer.
"""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ledgers import write_xlsx
from openpyxl import Workbook
from test_fast_import import _same_import

from core.ledger import received_rmb
from core.ledger.importer import import_files
from core.ledger.readers.formulas import Formulas, _errors, hidden_rows
from core.ledger.record import SHEET

HEADERS = ["订单号", "客户名称", "下单日期", "金额", "币种", "实收金额", "状态"]


class _Part(bytes):
    """A sheet's bytes that refuse a forward search of the whole part for an attribute."""

    def find(self, *args: object) -> int:  # type: ignore[override]
        raise AssertionError(f"the whole part searched forward for {args[0]!r}")


def _book(path: Path) -> str:
    book = Workbook()
    sheet = book.active
    sheet.title = "2025年3月"
    sheet.append(HEADERS)
    for n in range(2, 40):
        sheet.append([f"PO-{n:03d}", "Sakura Kitchen Co., Ltd." if n % 2 else "宁波远帆",
                      f"2025-03-{n % 28 + 1:02d}", 1000 + n, "USD", None, "已发货"])
    sheet["D5"] = "#REF!"  # a pasted lookup's error, kept as Excel keeps it (t="e")
    sheet["F39"] = "#N/A"  # ... on the last row, where the search from the end meets it first
    for number in (3, 38):  # a cancelled order folded away near each end
        sheet.row_dimensions[number].hidden = True
    book.save(path)
    return sheet.title


def test_hidden_rows_and_error_cells_are_looked_for_from_the_end(tmp_path: Path) -> None:
    path = tmp_path / "订单台账.xlsx"
    title = _book(path)
    with zipfile.ZipFile(path) as archive:
        xml = _Part(archive.read("xl/worksheets/sheet1.xml"))
    assert hidden_rows(xml) == frozenset({3, 38})  # fails on main: searched forward
    assert _errors(xml) == {(5, 3): "#REF!", (39, 5): "#N/A"}
    plain = _Part(b'<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                  b"</sheetData></worksheet>")
    assert hidden_rows(plain) == frozenset()
    assert _errors(plain) == {}
    formulas, errors, hidden, months = Formulas(path).scan_all(title)
    assert (formulas, errors, hidden, months) == (
        {}, {(5, 3): "#REF!", (39, 5): "#N/A"}, frozenset({3, 38}), frozenset())


RECEIPT_HEAD = ["订单号", "客户名称", "下单日期", "品名", "金额", "币种", "出货日期", "实收金额",
                "收款日期"]


def _month(month: int, paid: int) -> list[list[object]]:
    """A month of six USD sales to two buyers, the first `paid` of them received in full."""
    rows: list[list[object]] = [RECEIPT_HEAD]
    for n in range(1, 7):
        rows.append([f"PO-{month:02d}{n:02d}", "Zenith Home GmbH" if n % 2 else "宁波远帆贸易",
                     date(2025, month, n), "玻璃调料瓶", 1_000 * n, "USD",
                     date(2025, month, 10 + n), 1_000 * n if n <= paid else None,
                     date(2025, month, 20 + n) if n <= paid else None])
    return rows


def _spy(asked: list[tuple[str, int | None]], real: Callable[..., Any]) -> Callable[..., Any]:
    def spied(records: Any, rows: Any = None) -> Any:
        asked.append((records[0][SHEET], None if rows is None else len(rows)))
        return real(records, rows)
    return spied


def test_a_tab_of_several_receipts_works_out_no_ratio_to_answer_it_waits_for_none(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """March's five receipts into an empty store: their orders' figures are worked out once,
    for the column's judgement of all five (on main a second time for three of them, only to
    find March waits for no other tab); April's two, fewer than FEW, are worked out for the
    wait too. Both tabs' lines are the row-by-row import's."""
    asked: list[tuple[str, int | None]] = []
    monkeypatch.setattr(received_rmb, "_orders", _spy(asked, received_rmb._orders))
    book = write_xlsx(tmp_path / "files" / "2025年订单台账.xlsx",
                      {"3月": _month(3, 5), "4月": _month(4, 2)})
    [counted] = import_files(tmp_path / "counted.sqlite", [book])
    assert counted.status == "imported"
    assert [rows for sheet, rows in asked if sheet == "3月"] == [5], asked
    assert [rows for sheet, rows in asked if sheet == "4月"].count(2) >= 1, asked
    monkeypatch.undo()
    [result] = _same_import(tmp_path, [book])
    assert result.status == "imported"
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    assert conn.execute("SELECT sum(received_amount) FROM order_lines").fetchone() == (18_000,)
