"""Write the firm's year as twelve year-to-date ledgers, the way the clerk hands them over.

File N is the clerk's workbook at the end of month N: one tab per month so far, each tab's
rows fixed when the orders were entered, and only the later columns (invoice, ship date,
receipts, status) filled in as events happen. Nothing after month N's end is visible in file N.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.actions import print_colours
from core.sample.catalog import FIRM_NAME, TERMS
from core.sample.firm import build_firm
from core.sample.messy import text_date
from core.sample.model import DISPUTE_STATUS, SAMPLE_YEAR, Firm, Line, Order, month_end

HEADER = ("序号", "合同号", "发票号", "客户名称", "国家", "业务员", "下单日期", "产品名称",
          "数量", "单价", "金额", "币种", "成本", "贸易条款", "付款方式", "出货日期", "应收日期",
          "已收金额", "收款日期", "试单", "状态", "备注")
WIDTHS = (6, 12, 13, 34, 10, 8, 12, 20, 9, 9, 14, 6, 14, 18, 34, 12, 12, 14, 12, 6, 9, 22)
COL = {name: i + 1 for i, name in enumerate(HEADER)}
HEADER_ROW = 3
MASTER_HEADER = ("客户名称", "国家", "业务员", "信用额度")

# The deliberate bookkeeping slip the importer should catch: in the 5月 tab the clerk's SUM range
# stops one row short, so its 合计 leaves out the tab's last product line (see `forgotten_line`).
TOTAL_MISMATCH_MONTH = 5

DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
_MONEY_COLUMNS = ("单价", "金额", "成本", "已收金额")
_DATE_COLUMNS = ("下单日期", "出货日期", "应收日期", "收款日期")
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor=print_colours.HEADER)  # as the lists print


def sample_file_names() -> list[str]:
    return [f"订单台账_{SAMPLE_YEAR}-{m:02d}.xlsx" for m in range(1, 13)]


def month_orders(firm: Firm, month: int) -> list[Order]:
    """The orders entered on a month's tab, in the clerk's (contract number) order."""
    return [o for o in firm.orders if o.order_date.month == month]


def forgotten_line(firm: Firm) -> tuple[Order, Line]:
    """The line the 5月 合计 leaves out: the last product line on that tab."""
    order = month_orders(firm, TOTAL_MISMATCH_MONTH)[-1]
    return order, order.lines[-1]


def _line_row(order: Order, index: int, line: Line, first_of_lot: bool, as_of: date) -> dict:
    """The cells of one line as the clerk's file shows them at as_of."""
    s = order.shipments[line.lot]
    shipped = s.ship_date is not None and s.ship_date <= as_of
    status_shown = order.status and order.status_date is not None and order.status_date <= as_of
    due_known = shipped or TERMS[order.terms_key].kind == "advance"  # advance: due from order
    row: dict = {
        "合同号": order.contract_no, "国家": order.customer.country,
        "业务员": order.customer.salesperson, "下单日期": order.order_date,
        "产品名称": line.product, "数量": line.qty, "单价": line.price,
        "金额": line.amount_text or line.amount, "币种": order.customer.currency,
        "成本": line.cost, "贸易条款": order.incoterm, "付款方式": order.terms_text,
        "发票号": s.invoice_no if shipped else None,
        "出货日期": s.ship_date if shipped else None,
        "应收日期": s.due_date if order.show_due and due_known else None,
        "试单": "是" if order.trial else None,
        "状态": order.status if status_shown else None,
    }
    if index == 0:
        row["客户名称"] = order.name_shown
        hide_note = order.status == DISPUTE_STATUS and not status_shown
        row["备注"] = None if hide_note else order.note or None
    if first_of_lot:
        got, when = s.received(as_of)
        if got:
            row["已收金额"], row["收款日期"] = got, when
    if order.text_date:
        column, style = order.text_date
        if isinstance(row.get(column), date):
            row[column] = text_date(row[column], style)
    return row


def _write_month_tab(ws: Worksheet, firm: Firm, month: int, as_of: date) -> None:
    ws.append([f"{FIRM_NAME} {SAMPLE_YEAR}年{month}月 订单台账"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["制表：财务部  单位：原币"])
    ws.append(list(HEADER))
    for cell in ws[HEADER_ROW]:
        cell.font, cell.fill = _BOLD, _HEADER_FILL
    total, serial, row_no = 0.0, 0, HEADER_ROW  # own count: ws.append([]) leaves max_row alone
    for k, order in enumerate(month_orders(firm, month)):
        if order.blank_before and k > 0:
            ws.append([])
            row_no += 1
        top = row_no + 1
        seen_lots: set[int] = set()
        for i, line in enumerate(order.lines):
            serial += 1
            row = _line_row(order, i, line, line.lot not in seen_lots, as_of)
            seen_lots.add(line.lot)
            row["序号"] = serial
            ws.append([row.get(name) for name in HEADER])
            row_no += 1
            total += line.amount
        if len(order.lines) > 1:
            col = COL["客户名称"]
            ws.merge_cells(start_row=top, start_column=col, end_row=row_no, end_column=col)
            ws.cell(top, col).alignment = Alignment(vertical="center")
    if month == TOTAL_MISMATCH_MONTH:
        total -= forgotten_line(firm)[1].amount
    ws.append({COL["序号"]: "合计", COL["金额"]: round(total, 2)})
    for cell in ws[row_no + 1]:
        cell.font = _BOLD
    _format(ws)


def _format(ws: Worksheet) -> None:
    for name in _MONEY_COLUMNS + _DATE_COLUMNS:
        fmt = MONEY_FORMAT if name in _MONEY_COLUMNS else DATE_FORMAT
        for (cell,) in ws.iter_rows(min_row=HEADER_ROW + 1, min_col=COL[name], max_col=COL[name]):
            if isinstance(cell.value, float | int | date):
                cell.number_format = fmt
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)


def _write_notes(ws: Worksheet, as_of: date) -> None:
    lines = (
        f"{FIRM_NAME} 订单台账说明",
        "1. 每月一个工作表（1月、2月……），按下单日期登记，每个产品一行；"
        "同一合同的客户名称合并单元格。",
        "2. 已收金额为该合同（分批出货的按每张发票）截至本月末的累计收款，"
        "收款日期为最近一次到账日期。",
        "3. 金额、成本均为原币；T/T 到账时银行扣费不另列。",
        "4. 应收日期按付款方式推算，空白的由财务月底补填；试单不计入业务员业绩。",
        "5. 客户信用额度见工作表“客户清单”（美元）。",
        "如有疑问请联系财务部 刘会计（分机 8021）。",
        f"数据截至：{as_of.isoformat()}",
    )
    for text in lines:
        ws.append([text])
    ws["A1"].font = _BOLD
    ws.column_dimensions["A"].width = 90


def _write_master(ws: Worksheet, firm: Firm, as_of: date) -> None:
    ws.append(list(MASTER_HEADER))
    known = {o.customer.idx for o in firm.orders if o.order_date <= as_of}
    for c in firm.customers:
        if c.idx in known:
            ws.append([c.name, c.country, c.salesperson, c.credit_limit])
    for cell in ws[1]:
        cell.font = _BOLD
    for i, width in enumerate((36, 12, 10, 12), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.sheet_state = "hidden"


def write_month_file(firm: Firm, month: int, path: Path) -> None:
    """The clerk's workbook as it stands at the end of `month`."""
    as_of = month_end(SAMPLE_YEAR, month)
    wb = Workbook()
    notes = wb.active
    notes.title = "说明"
    _write_notes(notes, as_of)
    for m in range(1, month + 1):
        _write_month_tab(wb.create_sheet(f"{m}月"), firm, m, as_of)
    _write_master(wb.create_sheet("客户清单"), firm, as_of)
    wb.active = month  # the clerk saves with the latest month open
    notes.sheet_view.tabSelected = False
    wb.properties.creator = "财务部"
    wb.properties.created = datetime(as_of.year, as_of.month, as_of.day, 18, 0)
    wb.save(path)


def write_sample_ledgers(folder: Path, seed: int = 2025) -> list[Path]:
    """Write the twelve monthly files into folder (created if missing), in month order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    firm = build_firm(seed)
    paths = []
    for month, name in enumerate(sample_file_names(), start=1):
        path = folder / name
        write_month_file(firm, month, path)
        paths.append(path)
    return paths
