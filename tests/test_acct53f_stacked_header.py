"""acct53f: a header written on two or three rows, read as one (core.ledger.stacked_header).

rv53a f2: 李娜's workbook has a title row, the order fields' names merged down rows 2–3
and 收款情况 merged across over 已收金额 / 收款日期 in row 3. Row 2 was read as the header:
every receipt in her file was lost (Gamma Cuisine SAS, paid 12,000 in full on 02-18:
12,000 open, 100 days late, black) and row 3 skipped as an order whose date is “下单日期”.
Each test writes the ledger, imports it by both imports (tests.test_fast_import.
_same_import) and reads the account.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.header_fields import auto_map
from core.ledger.report import import_report
from core.ledger.stacked_header import header_rows

MAY = date(2025, 5, 31)
GAMMA = "Gamma Cuisine SAS"
HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期"]
ORDER = ["LN-001", GAMMA, date(2025, 1, 10), 12_000, "USD", "OA 30天", date(2025, 1, 20)]
PAID = [12_000, date(2025, 2, 18)]
TITLE = "李娜 2025年出口业务台账"
DOWN = [f"{c}2:{c}3" for c in "ABCDEFG"]  # the order fields' names merged down rows 2–3


def _merged_xlsx(path: Path) -> Path:
    rows = [[TITLE], [*HEAD, "收款情况", None], [None] * 7 + ["已收金额", "收款日期"],
            [*ORDER, *PAID]]
    return write_xlsx(path / "李娜-2025出口台账.xlsx", {"2025": rows},
                      merges={"2025": ["A1:I1", *DOWN, "H2:I2"]})


def _unmerged_xlsx(path: Path) -> Path:
    rows = [[TITLE], [*HEAD, "收款情况", None], [None] * 7 + ["已收金额", "收款日期"],
            [*ORDER, *PAID]]
    return write_xlsx(path / "李娜-2025出口台账.xlsx", {"2025": rows})


def _texts() -> list[str]:
    return ["LN-001", GAMMA, "2025-01-10", "12000", "USD", "OA 30天", "2025-01-20", "12000",
            "2025-02-18"]


def _html(path: Path) -> Path:
    """WPS's 'save as .xls' of a table: rowspan and colspan."""
    rows = [f'<tr><td colspan="9">{TITLE}</td></tr>',
            "<tr>" + "".join(f'<td rowspan="2">{h}</td>' for h in HEAD)
            + '<td colspan="2">收款情况</td></tr>', "<tr><td>已收金额</td><td>收款日期</td></tr>",
            "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in _texts()) + "</tr>"]
    out = path / "李娜-2025出口台账.xls"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text('<html><head><meta charset="utf-8"></head><body><table border="1">'
                   + "\n".join(rows) + "</table></body></html>", encoding="utf-8")
    return out


def _xml2003(path: Path) -> Path:
    """XML Spreadsheet 2003: ss:MergeDown and ss:MergeAcross, row 3's cells placed by ss:Index."""
    def cell(v: object, extra: str = "") -> str:
        kind = "Number" if isinstance(v, int) else "String"
        return f'<Cell{extra}><Data ss:Type="{kind}">{escape(str(v))}</Data></Cell>'
    values = [int(v) if v.isdigit() else v for v in _texts()]
    rows = [cell(TITLE, ' ss:MergeAcross="8"'),
            "".join(cell(h, ' ss:MergeDown="1"') for h in HEAD)
            + cell("收款情况", ' ss:MergeAcross="1"'),
            cell("已收金额", ' ss:Index="8"') + cell("收款日期"), "".join(map(cell, values))]
    out = path / "李娜-2025出口台账.xls"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application '
                   'progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:'
                   'spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
                   '<Worksheet ss:Name="2025"><Table>'
                   + "".join(f"<Row>{r}</Row>" for r in rows)
                   + "</Table></Worksheet></Workbook>", encoding="utf-8")
    return out


def _gamma(tmp_path: Path) -> tuple[float, float, int, str | None, float]:
    c = by_name(at(tmp_path / "fast.sqlite", MAY))[GAMMA]
    return c.open_amount, c.overdue_amount, c.max_days_overdue, c.list, c.revenue_12m


@pytest.mark.parametrize("write", [_merged_xlsx, _unmerged_xlsx, _html, _xml2003])
def test_a_two_row_header_reads_the_receipts_under_its_group(tmp_path, write) -> None:
    """李娜's header on rows 2–3, as each reader gives it. Hand count at 05-31: LN-001 12,000
    paid in full on 02-18: nothing open, on no list, revenue 12,000. Before: 12,000 open, 100
    days late, black, row 3 skipped as an order dated “下单日期”."""
    ledger = write(tmp_path / "file")
    [result] = _same_import(tmp_path, [ledger])
    assert _gamma(tmp_path) == (0, 0, 0, None, 12_000)
    said = import_report(result)
    assert "Amount received ← 已收金额, Date received ← 收款日期" in said, said
    assert "Skipped" not in said and "下单日期”" not in said
    zh = in_chinese(lambda: import_report(result))
    assert "已收金额 ← 已收金额、收款日期 ← 收款日期" in zh and "下单日期”" not in zh, zh


def _paid(tmp_path: Path, rows: list[list[object]], merges: list[str]) -> str:
    """The ledger of `rows` (its cells merged so) imported: Gamma paid in full; the report."""
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"台账": rows}, merges={"台账": merges})
    [result] = _same_import(tmp_path, [ledger])
    assert _gamma(tmp_path) == (0, 0, 0, None, 12_000)
    return import_report(result)


def test_a_generic_name_under_its_group_is_the_group_s(tmp_path: Path) -> None:
    """发票信息 over 日期 / 金额 and 收款信息 over 日期 / 金额: the second pair is the money
    received and its day (收款金额, 收款日期), not a second order amount and date. Hand
    count: 12,000 invoiced 01-10, paid 02-18: nothing open. Before: the file refused,
    row 2's 日期 / 金额 / 日期 / 金额 taken as its header, without a customer."""
    rows = [["发票号", "客户", "币种", "付款方式", "发票信息", None, "收款信息", None],
            [None] * 4 + ["日期", "金额", "日期", "金额"],
            ["LN-001", GAMMA, "USD", "OA 30天", date(2025, 1, 10), 12_000, *reversed(PAID)]]
    said = _paid(tmp_path, rows, ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1"])
    assert "Order date ← 日期, Amount ← 金额" in said, said
    assert "Amount received ← 收款金额, Date received ← 收款日期" in said, said


def test_a_three_row_header_reads_deposit_and_balance(tmp_path: Path) -> None:
    """收款情况 over 定金 and 尾款, each over 金额 / 日期 (three header rows): 3,600 deposit on
    01-05 and 8,400 balance on 02-18 pay LN-001 in full. Before: 12,000 open, black."""
    rows = [[*HEAD, "收款情况", None, None, None], [None] * 7 + ["定金", None, "尾款", None],
            [None] * 7 + ["金额", "日期", "金额", "日期"],
            [*ORDER, 3_600, date(2025, 1, 5), 8_400, date(2025, 2, 18)]]
    said = _paid(tmp_path, rows, [f"{c}1:{c}3" for c in "ABCDEFG"] + ["H1:K1", "H2:I2", "J2:K2"])
    assert "Deposit received ← 定金金额, Deposit date ← 定金日期" in said, said
    assert "Balance received ← 尾款金额, Balance date ← 尾款日期" in said, said


def _headers(rows: list[list[object]], merged: list[tuple[int, int, int, int]] | None = None
             ) -> dict[int, list[str | None]]:
    stacks = header_rows(rows, merged or [], auto_map)  # type: ignore[arg-type]
    return {s.first: s.names for s in stacks}  # each row with its longest stack


def test_rows_that_are_no_sub_header_are_not_joined() -> None:
    """A title over a one-row header and the first data row stay rows of their own: the
    header read as it always was. A units row under it is the header's (acct54b): its
    columns' currencies written into their names."""
    head = ["客户", "日期", "金额", "金额", "备注"]
    titled = _headers([["2025年台账", None, None, None, "制表：李娜"], head], [(0, 0, 0, 3)])
    assert titled[1] == head and titled[0] == ["2025年台账", None, None, None, "制表：李娜"]
    assert _headers([head, [None, None, "USD", "RMB", None]])[0] == [
        "客户", "日期", "金额(USD)", "金额(RMB)", "备注"]
    assert _headers([head, ["A", "2025.3.5", "$1,000", None, None]])[0] == head
    assert _headers([head, ["A", "2025.3.5", None, None, "note"]])[0] == head
