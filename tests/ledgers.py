"""Ledger files written by the tests, as clerks and ERPs really produce them."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

HEADER = ["合同号", "客户名称", "国家", "业务员", "下单日期", "产品名称", "金额", "币种",
          "贸易条款", "付款方式", "出货日期", "已收金额", "收款日期", "试单", "状态"]


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]], *,
               hidden: Sequence[str] = (), very_hidden: Sequence[str] = (),
               merges: dict[str, Sequence[str]] | None = None,
               text_cells: dict[str, Sequence[str]] | None = None) -> Path:
    """Write sheets of rows; `text_cells` forces cells (like "A5") to text format."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for cell in (merges or {}).get(name, ()):
            sheet.merge_cells(cell)
        for ref in (text_cells or {}).get(name, ()):
            sheet[ref].number_format = "@"
        for column in sheet.iter_cols():
            for cell in column:
                if isinstance(cell.value, datetime | date):
                    cell.number_format = "yyyy-mm-dd"
        if name in hidden:
            sheet.sheet_state = "hidden"
        if name in very_hidden:
            sheet.sheet_state = "veryHidden"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def titled(rows: Sequence[Sequence[object]], title: str = "宁波某进出口有限公司 订单台账"
           ) -> list[list[object]]:
    """A title row and a note row above the header, as clerks keep them."""
    return [[title], ["制表：财务部", None, "单位：原币"], *[list(r) for r in rows]]


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


def write_xml2003(path: Path, name: str, rows: Sequence[Sequence[object]]) -> Path:
    """An ERP's 'Excel' export that is really XML Spreadsheet 2003."""
    def cell(value: object) -> str:
        if value is None:
            return "<Cell/>"
        if isinstance(value, int | float):
            return f'<Cell><Data ss:Type="Number">{value}</Data></Cell>'
        if isinstance(value, datetime | date):
            return f'<Cell><Data ss:Type="DateTime">{value.isoformat()[:10]}T00:00:00.000' \
                   '</Data></Cell>'
        text = str(value).replace("&", "&amp;").replace("<", "&lt;")
        return f'<Cell><Data ss:Type="String">{text}</Data></Cell>'

    body = "".join("<Row>" + "".join(cell(v) for v in row) + "</Row>" for row in rows)
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        f'<Worksheet ss:Name="{name}"><Table>{body}</Table></Worksheet></Workbook>',
        encoding="utf-8")
    return path


def write_html_xls(path: Path, rows: Sequence[Sequence[object]], encoding: str = "gbk") -> Path:
    """An OA system's 'Excel' export that is an HTML table under an .xls name."""
    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime | date):
            return value.isoformat()[:10]
        return str(value)

    cells = "".join("<tr>" + "".join(f"<td>{text(v)}</td>" for v in row) + "</tr>"
                    for row in rows)
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset={encoding}"></head><body><table border="1">{cells}</table></body></html>')
    path.write_bytes(html.encode(encoding))
    return path
