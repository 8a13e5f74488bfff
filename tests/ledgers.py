"""Ledger files written by the tests, as clerks and ERPs really produce them."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from core import settings_store
from core.ledger import name_keys, normalise
from core.ledger.importer import import_files
from core.store import connect

# The fewest columns a ledger needs, and a currency: what ERP exports at their plainest hold.
PLAIN_HEADER = ["订单号", "客户", "日期", "金额", "币种"]
# A month's ledger as a clerk keeps it: a row without a customer (skipped) and a totals row.
APRIL_HEADER = ["合同号", "客户名称", "国家", "下单日期", "金额", "币种", "付款方式"]
APRIL_ROWS = [
    ["HT-1", "Nordic Living AB", "瑞典", date(2025, 4, 2), 20000, "USD", "T/T 30% deposit"],
    ["HT-2", "Sydney Kitchen Pty", "澳大利亚", date(2025, 4, 8), 15000, "USD", "L/C at sight"],
    ["HT-3", None, "瑞典", date(2025, 4, 9), 900, "USD", None],
    ["合计", None, None, None, 36000, None, None],
]
APRIL_ORDERS = 2  # the rows that become orders

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


# --- hand-built ledgers for the method: every expectation is worked out from these rows -------

A = date(2025, 12, 31)
COLUMNS = ["合同号", "客户", "下单日期", "金额", "成本", "贸易条款", "付款方式", "出货日期",
           "应收日期", "已收金额", "收款日期", "试单", "状态"]


def order(no: str, customer: str, day: str, amount: float, *, cost: float | None = None,
          incoterm: str | None = "FOB", terms: str | None = "OA 30 days",
          ship: str | None = None, due: str | None = None, received: float | None = None,
          received_on: str | None = None, trial: str | None = None,
          status: str | None = None) -> list[object]:
    return [no, customer, date.fromisoformat(day), amount, cost, incoterm, terms,
            date.fromisoformat(ship) if ship else None, date.fromisoformat(due) if due else None,
            received, date.fromisoformat(received_on) if received_on else None, trial, status]


def build(tmp_path: Path, rows: list[list[object]], **rules: object) -> sqlite3.Connection:
    """The rows imported into tmp_path/firm.sqlite with these rules; the open connection."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [COLUMNS, *rows]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    conn = connect(db)
    for key, value in rules.items():
        settings_store.put(conn, key, value)
    return conn


def ten_customers(day: str = "2025-06-01") -> list[list[object]]:
    """Twelve customers on both sides of every RFMT threshold, worked out in test_analysis."""
    rows, n = [], 0

    def add(customer: str, count: int, amount: float, incoterm: str | None) -> None:
        nonlocal n
        for _ in range(count):
            n += 1
            rows.append(order(f"P{n}", customer, day, amount, cost=amount * 0.8,
                              incoterm=incoterm))

    add("C1", 3, 90_000, "FOB")
    add("C2", 2, 60_000, "CIP")
    add("C3", 1, 150_000, "FOB Ningbo")
    add("C4", 4, 10_000, "CIF")
    add("C5", 2, 5_000, "FOB")
    add("C6", 1, 4_000, "DDP")
    add("C7", 1, 3_000, None)
    add("C8", 2, 2_000, "EXW")
    add("C10", 2, 8_000, "FOB")
    rows.append(order("P90", "C9", "2025-12-31", 1_000, cost=800))  # last day: inside W
    rows.append(order("P91", "C9", "2025-07-01", -200, cost=-160))  # credit note
    rows.append(order("P92", "C1", "2025-05-01", 500_000, cost=1, status="已取消"))
    rows.append(order("P93", "C11", "2025-04-01", 2_000, cost=1_600, trial="是"))
    rows.append(order("P94", "C13", "2024-06-01", 9_000, cost=7_000))
    rows.append(order("P95", "C13", "2024-12-31", 9_000, cost=7_000))  # first day: outside W
    return rows


def receivables_ledger() -> list[list[object]]:
    """Receivables on both sides of every overdue, tolerance and stop-loss threshold."""
    r = order
    return [
        r("S1", "Payer", "2025-10-01", 8_000, ship="2025-10-10", due="2025-11-10",
          received=8_000, received_on="2025-11-10"),
        r("D60", "Day Sixty", "2025-08-01", 10_000, ship="2025-09-01", due="2025-11-01"),
        r("D61", "Day SixtyOne", "2025-08-01", 10_000, ship="2025-09-01", due="2025-10-31"),
        r("A1", "Under Twenty", "2025-06-01", 19_999, ship="2025-07-01", due="2025-09-01"),
        r("A2", "Twenty Flat", "2025-06-01", 20_000, ship="2025-07-01", due="2025-09-01"),
        r("DP14", "Docs Fourteen", "2025-11-01", 5_000, terms="D/P at sight", ship="2025-12-01",
          due="2025-12-17"),
        r("DP15", "Docs Fifteen", "2025-11-01", 5_000, terms="D/P at sight", ship="2025-12-01",
          due="2025-12-16"),
        r("BD1", "Big Debtor", "2025-03-01", 100_000, ship="2025-04-01", due="2025-05-01",
          received=100_000, received_on="2025-05-01"),
        r("BD2", "Big Debtor", "2025-10-01", 100_000, ship="2025-11-01", due="2025-11-15",
          received=40_000, received_on="2025-12-01"),
        r("BO1", "Big Fine", "2025-03-01", 100_000, ship="2025-04-01", due="2025-05-01",
          received=100_000, received_on="2025-05-01"),
        r("BO2", "Big Fine", "2025-10-01", 100_000, ship="2025-11-01", due="2025-11-15",
          received=50_000, received_on="2025-12-01"),
        r("T40", "Short Forty", "2025-09-01", 10_000, ship="2025-09-10", due="2025-10-10",
          received=9_960, received_on="2025-10-09"),
        r("T60", "Short Sixty", "2025-09-01", 10_000, ship="2025-09-10", due="2025-10-10",
          received=9_940, received_on="2025-10-09"),
        r("TP", "Short Pct", "2025-09-01", 20_000, ship="2025-09-10", due="2025-10-10",
          received=19_910, received_on="2025-10-20"),
        r("L1", "Lump", "2025-07-01", 1_000, ship="2025-07-05", due="2025-08-01",
          received=3_000, received_on="2025-08-01"),
        r("L2", "Lump", "2025-07-02", 1_000, ship="2025-07-05", due="2025-08-02"),
        r("L3", "Lump", "2025-07-03", 1_000, ship="2025-07-05", due="2025-08-03"),
        r("Q1", "Claim", "2025-05-01", 5_000, ship="2025-05-10", due="2025-08-01",
          status="质量纠纷"),
        *[r(f"G{d}", "Ager", "2025-05-01", 1_000, ship="2025-06-01", due=due)
          for d, due in ((0, "2026-01-10"), (10, "2025-12-21"), (45, "2025-11-16"),
                         (75, "2025-10-17"), (100, "2025-09-22"))],
        r("U1", "Unshipped", "2025-12-01", 30_000, terms="L/C at sight"),
    ]


def older_customer_key(patched: pytest.MonkeyPatch, key: Callable[[str], str]) -> None:
    """An older release's customer key in force for the import that follows, as it read names:
    the file's remembered names (core.ledger.name_keys) are neither asked nor changed."""
    patched.setattr(normalise, "customer_key", key)
    patched.setattr(name_keys, "customer_key", key)
    patched.setattr(name_keys, "_fold_and_key", name_keys._fold_and_key.__wrapped__)
