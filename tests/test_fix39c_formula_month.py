"""An .xls date typed as a formula (=DATE(2025,4,1), as a lookup of the 收款 tab gives) and
shown as its month alone (2025年4月): read as the 1st without a word, while the same cell in
an xlsx was read as the month's end and named (rv39c F4). biff.py now looks at FORMULA records
whose saved result is a number as it does at NUMBER's."""

from __future__ import annotations

import sqlite3
import struct
from datetime import date
from pathlib import Path

from core.ledger.importer import import_files
from core.ledger.report import import_report

H = ["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额", "收款日期"]


def _formula_xls(path: Path, shown: str) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("台账")
    for column, header in enumerate(H):
        sheet.write(0, column, header)
    for column, value in enumerate(["PI-1", "Alpha", date(2025, 3, 3), 1000, "USD", 1000]):
        sheet.write(1, column, value, xlwt.easyxf(num_format_str="yyyy-mm-dd")
                    if column == 2 else xlwt.Style.default_style)
    sheet.write(1, 6, xlwt.Formula("DATE(2025,4,1)"), xlwt.easyxf(num_format_str=shown))
    book.save(str(path))
    raw = bytearray(path.read_bytes())  # xlwt saves no result: the one Excel saves, 2025-04-01
    at = raw.find(struct.pack("<Q", 0xFFFF000000000003))
    raw[at:at + 8] = struct.pack("<d", 45748.0)
    path.write_bytes(bytes(raw))
    return path


def test_a_month_formatted_formula_date_is_read_as_the_month_and_named(tmp_path) -> None:
    for shown, stored in (('yyyy"年"m"月"', "2025-04-30"), ("yyyy-mm-dd", "2025-04-01")):
        db = tmp_path / f"{stored}.sqlite"
        [result] = import_files(db, [_formula_xls(tmp_path / f"{stored}.xls", shown)])
        assert result.status == "imported", result.message
        with sqlite3.connect(db) as con:
            assert con.execute("select received_date from order_lines").fetchall() == [(stored,)]
        said = "1 date gives a month without its day (row 2)" in import_report(result)
        assert said is (stored == "2025-04-30")
