"""A firm's realistic year for the action-list audit (list43), written with openpyxl.

A Ningbo LED exporter's 订单台账: one workbook with a tab per month from October 2024 to
December 2025 (title row above the header, 合计 row under the month's figures), each order on
the tab of the month it was signed, its money written on that same row as it came; deposits
and balances in 定金 / 尾款 columns; a 成本 column on every row; a 收款 tab of bank slips a
third party paid for a buyer (代付). Twenty-five customers, each carrying one known truth: the
rows and what each customer is there for are in tests/data/firm_year43.txt (the hand count in
test_action_lists_firm_year.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx

HEADER = ["合同号", "客户名称", "国家", "业务员", "下单日期", "产品名称", "金额", "币种", "成本",
          "贸易条款", "付款方式", "出货日期", "定金", "定金日期", "尾款", "尾款日期",
          "已收金额", "收款日期", "试单", "状态", "信保", "备注", "原订单号"]
TITLE = ["宁波某照明进出口有限公司 订单台账"]
RECEIPTS_HEADER = ["客户名称", "收款金额", "收款日期", "备注"]
# the columns of a line of the data file, in its order, then header=value pairs
LINE = ("合同号", "客户名称", "下单日期", "金额", "付款方式", "贸易条款", "出货日期", "已收金额",
        "收款日期", "margin", "业务员", "国家")
DATES = ("下单日期", "出货日期", "收款日期", "定金日期", "尾款日期")
NUMBERS = ("金额", "已收金额", "定金", "尾款")
DATA = Path(__file__).parent / "data" / "firm_year43.txt"


def _value(field: str, text: str) -> object:
    if not text:
        return None
    if field in DATES:
        return date.fromisoformat(text)
    return float(text) if field in NUMBERS else text


def _row(line: str) -> list[object]:
    """One order row of the ledger from a line of the data file: its cost from its margin."""
    parts = [part.strip() for part in line.split("|")]
    cells: dict[str, object] = {"币种": "USD", "产品名称": "LED灯具"}
    cells.update((field, _value(field, text)) for field, text in zip(LINE, parts, strict=False))
    for pair in filter(None, (p.strip() for p in (parts[len(LINE):] or [""])[0].split(";"))):
        field, text = pair.split("=", 1)
        cells[field] = _value(field, text)
    amount = float(cells["金额"])  # type: ignore[arg-type]
    margin = float(cells.pop("margin"))  # type: ignore[arg-type]
    cells["成本"] = round(amount * (1 - margin), 2) if amount > 0 else None
    return [cells.get(field) for field in HEADER]


ROWS: list[list[object]] = [_row(line) for line in DATA.read_text("utf-8").splitlines()
                            if line.strip() and not line.startswith("#")]

# Orbit Tech's money, wired by its Hong Kong arm: the bank slips as the clerk books them
RECEIPTS: list[list[object]] = [
    ["Orbit HK Ltd", 15_000, date(2025, 4, 18), "代Orbit Tech LLC付款"],
    ["Orbit HK Ltd", 18_000, date(2025, 7, 24), "代Orbit Tech LLC付款"],
    ["Orbit HK Ltd", 16_000, date(2025, 10, 14), "代Orbit Tech LLC付款"],
]


def _tab(rows: list[list[object]]) -> list[list[object]]:
    total = sum(float(r[6]) for r in rows)  # type: ignore[arg-type]
    return [TITLE, HEADER, *rows, ["合计", None, None, None, None, None, total]]


def firm_year(folder: Path) -> Path:
    """The workbook: one tab a month, October 2024 to December 2025, then 收款."""
    months: dict[str, list[list[object]]] = {}
    for r in ROWS:
        ordered = r[4]
        assert isinstance(ordered, date)
        months.setdefault(f"{ordered.year}年{ordered.month}月", []).append(r)
    tabs = {name: _tab(rows) for name, rows in sorted(
        months.items(), key=lambda item: tuple(map(int, item[0][:-1].split("年"))))}
    tabs["收款"] = [RECEIPTS_HEADER, *RECEIPTS]
    return write_xlsx(folder / "2025年订单台账.xlsx", tabs)
