"""A sheet's part is looked at for hidden rows and error cells from its end (perf62a): the
search then skips on the attribute's first byte, not on the closing quote every attribute of
the part ends with, and finds the same cells wherever they stand in the sheet."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook

from core.ledger.readers.formulas import Formulas, _errors, hidden_rows

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
