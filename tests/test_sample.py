"""The sample ledgers are the app's demo and the importer's fixture: they must look like a real
clerk's files, stay consistent month to month, and never drift from what the generator makes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from core.sample import (
    SAMPLE_YEAR,
    TOTAL_MISMATCH_MONTH,
    build_firm,
    forgotten_line,
    sample_file_names,
)
from core.sample.model import month_end

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "resources" / "sample"
HEADER = ["序号", "合同号", "发票号", "客户名称", "国家", "业务员", "下单日期", "产品名称", "数量",
          "单价", "金额", "币种", "成本", "贸易条款", "付款方式", "出货日期", "应收日期",
          "已收金额", "收款日期", "试单", "状态", "备注"]
C = {name: i for i, name in enumerate(HEADER)}
USD = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "CNY": 1 / 7.2}
CANCELLED = ("已取消", "作废")
VOLATILE_PARTS = ("docProps/core.xml",)  # holds the save time, nothing the user sees


def fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def amount(value: object) -> float:
    if isinstance(value, int | float):
        return float(value)
    assert isinstance(value, str), value
    return float(re.sub(r"[$€£¥,\s]", "", value))


def as_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    text = str(value)
    for pattern, order in ((r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})$", (0, 1, 2)),
                           (r"(\d{4})年(\d{1,2})月(\d{1,2})日$", (0, 1, 2)),
                           (r"(\d{1,2})/(\d{1,2})/(\d{4})$", (2, 0, 1))):
        m = re.match(pattern, text)
        if m:
            y, mo, d = (int(m.group(i + 1)) for i in order)
            return date(y, mo, d)
    raise AssertionError(f"unparseable date {value!r}")


def read_values(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def data_rows(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows[3:] if r and r[C["合同号"]]]


def month_tabs(book: dict[str, list[tuple]]) -> list[str]:
    return [t for t in book if t.endswith("月")]


def orders_of(book: dict[str, list[tuple]]) -> dict[str, dict]:
    """合同号 -> customer, currency, amount, received, trial, status, per-invoice figures."""
    orders: dict[str, dict] = {}
    for tab in month_tabs(book):
        for r in data_rows(book[tab]):
            if r[C["合同号"]] not in orders:  # the first line carries the (merged) name
                orders[r[C["合同号"]]] = {
                    "customer": fold(r[C["客户名称"]]), "currency": r[C["币种"]], "amount": 0.0,
                    "received": 0.0, "trial": r[C["试单"]] == "是", "status": r[C["状态"]],
                    "invoices": defaultdict(lambda: [0.0, 0.0])}
            o = orders[r[C["合同号"]]]
            o["amount"] += amount(r[C["金额"]])
            got = r[C["已收金额"]]
            o["received"] += amount(got) if got is not None else 0.0
            inv = o["invoices"][r[C["发票号"]]]
            inv[0] += amount(r[C["金额"]])
            inv[1] += amount(got) if got is not None else 0.0
    return orders


@pytest.fixture(scope="session")
def generated(sample_ledgers) -> list[Path]:
    """Written by `sample-data`, whose seed is the shipped files' (2025)."""
    return sample_ledgers.paths


@pytest.fixture(scope="session")
def books(generated: list[Path]) -> list[dict[str, list[tuple]]]:
    return [read_values(p) for p in generated]


def test_twelve_files_with_month_tabs_notes_and_hidden_master(generated, books) -> None:
    assert [p.name for p in generated] == sample_file_names()
    assert sample_file_names()[0] == f"订单台账_{SAMPLE_YEAR}-01.xlsx"
    for n, book in enumerate(books, start=1):
        assert list(book) == ["说明", *[f"{k}月" for k in range(1, n + 1)], "客户清单"]
        assert book["客户清单"][0] == ("客户名称", "国家", "业务员", "信用额度")
    wb = openpyxl.load_workbook(generated[-1])
    assert wb["客户清单"].sheet_state == "hidden"
    assert all(wb[t].sheet_state == "visible" for t in wb.sheetnames if t != "客户清单")
    ws = wb["3月"]
    assert ws.freeze_panes == "A4"
    assert ws["G4"].number_format == "yyyy-mm-dd" and ws["K4"].number_format == "#,##0.00"
    merged = [str(r) for r in ws.merged_cells.ranges]
    assert any(r.startswith("A1:V1") for r in merged)
    assert any(re.match(r"D\d+:D\d+$", r) for r in merged), "multi-line orders merge 客户名称"


def test_header_title_and_totals_row(books) -> None:
    for book in books:
        for tab in month_tabs(book):
            rows = book[tab]
            assert f"{SAMPLE_YEAR}年{tab}" in rows[0][0]
            assert list(rows[2]) == HEADER
            assert rows[-1][C["序号"]] == "合计"


def test_customers_countries_and_spellings(books) -> None:
    raw, countries = set(), set()
    for tab in month_tabs(books[-1]):
        for r in data_rows(books[-1][tab]):
            if r[C["客户名称"]]:
                raw.add(r[C["客户名称"]])
            countries.add(r[C["国家"]])
    assert len({fold(n) for n in raw}) >= 140
    assert len(countries) >= 20
    assert len(raw) > len({fold(n) for n in raw}), "some customers are spelled several ways"


def test_amounts_are_numbers_or_parseable_text(books) -> None:
    rows = [r for tab in month_tabs(books[-1]) for r in data_rows(books[-1][tab])]
    texts = [r for r in rows if isinstance(r[C["金额"]], str)]
    assert 0 < len(texts) < 0.08 * len(rows)
    assert any(t[C["金额"]][0] in "$€" for t in texts)
    for r in rows:
        assert abs(amount(r[C["金额"]]) - r[C["数量"]] * r[C["单价"]]) < 0.011


def test_receipts_never_exceed_amounts_and_only_grow(books) -> None:
    previous: dict[str, dict] = {}
    for book in books:
        orders = orders_of(book)
        for no, o in orders.items():
            assert o["received"] <= o["amount"] + 0.01, no
            if no in previous:
                assert o["received"] >= previous[no]["received"] - 0.005, no
        assert set(previous) <= set(orders)
        previous = orders


def test_nothing_dated_after_the_files_month_end(books) -> None:
    for n, book in enumerate(books, start=1):
        end = month_end(SAMPLE_YEAR, n)
        for tab in month_tabs(book):
            for r in data_rows(book[tab]):
                for col in ("下单日期", "出货日期", "收款日期"):
                    d = as_date(r[C[col]])
                    assert d is None or d <= end, (n, tab, r[C["合同号"]], col)
                assert as_date(r[C["下单日期"]]).month == int(tab[:-1])


def test_totals_match_except_the_forgotten_line(books) -> None:
    missing = forgotten_line(build_firm(2025))[1].amount
    for book in books:
        for tab in month_tabs(book):
            rows = book[tab]
            total = sum(amount(r[C["金额"]]) for r in data_rows(rows))
            gap = total - rows[-1][C["金额"]]
            expected = missing if tab == f"{TOTAL_MISMATCH_MONTH}月" else 0.0
            assert gap == pytest.approx(expected, abs=0.01), tab


def test_segments_exist(books) -> None:
    orders = orders_of(books[-1])
    by_customer: dict[str, list[dict]] = defaultdict(list)
    for o in orders.values():
        by_customer[o["customer"]].append(o)

    def valid(o: dict) -> bool:
        return not o["trial"] and o["status"] not in CANCELLED and o["amount"] > 0

    big = [c for c, os_ in by_customer.items()
           if len(vs := [o for o in os_ if valid(o)]) >= 8
           and sum(o["amount"] * USD[o["currency"]] for o in vs) / len(vs) >= 60_000]
    assert len(big) >= 5
    trial_only = [c for c, os_ in by_customer.items() if all(o["trial"] for o in os_)]
    converted = [c for c, os_ in by_customer.items()
                 if any(o["trial"] for o in os_) and any(valid(o) for o in os_)]
    assert len(trial_only) >= 10 and converted
    assert any(o["status"] in CANCELLED for o in orders.values())
    disputed = [o for o in orders.values() if o["status"] == "质量纠纷"]
    assert len(disputed) == 1 and disputed[0]["received"] < disputed[0]["amount"] - 1000
    assert {o["currency"] for o in orders.values()} == {"USD", "EUR", "GBP", "CNY"}


def test_overdue_debts_at_year_end(books) -> None:
    """Due dates come from the model where the clerk left 应收日期 blank."""
    due = {s.invoice_no: s.due_date for o in build_firm(2025).orders for s in o.shipments
           if s.invoice_no}
    cutoff = date(SAMPLE_YEAR, 11, 1)  # due before this is > 60 days late on 12-31
    small, large = 0, 0
    for o in orders_of(books[-1]).values():
        for invoice, (billed, got) in o["invoices"].items():
            if invoice and due[invoice] < cutoff and got < billed - 50:
                open_usd = (billed - got) * USD[o["currency"]]
                small += o["amount"] * USD[o["currency"]] < 20_000
                large += open_usd > 50_000
    assert small >= 5 and large >= 1


def test_multi_shipment_orders_book_receipts_per_invoice(books) -> None:
    found = 0
    for tab in month_tabs(books[-1]):
        by_order: dict[str, list[tuple]] = defaultdict(list)
        for r in data_rows(books[-1][tab]):
            by_order[r[C["合同号"]]].append(r)
        for rows in by_order.values():
            invoices = [r[C["发票号"]] for r in rows]
            if len(set(invoices) - {None}) > 1:
                found += 1
                firsts = {i for i, inv in enumerate(invoices) if invoices.index(inv) == i}
                assert all(r[C["已收金额"]] is None for i, r in enumerate(rows) if i not in firsts)
    assert found >= 2


def test_messy_features_stay_a_minority(books) -> None:
    rows = [r for tab in month_tabs(books[-1]) for r in books[-1][tab][3:-1]]
    data = [r for r in rows if r[C["合同号"]]]
    blank = [r for r in rows if all(v is None for v in r)]
    text_dates = [r for r in data if any(isinstance(r[C[c]], str)
                                         for c in ("下单日期", "出货日期", "收款日期"))]
    assert 0 < len(blank) < 0.05 * len(data)
    assert 0 < len(text_dates) < 0.08 * len(data)
    shipped = [r for r in data if r[C["出货日期"]] is not None]
    with_due = [r for r in shipped if r[C["应收日期"]] is not None]
    assert 0.55 < len(with_due) / len(shipped) < 0.85


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n not in VOLATILE_PARTS}


def test_same_seed_same_file_in_another_process(generated, tmp_path) -> None:
    """A fresh interpreter (other hash seed) must write the very same December file."""
    out = tmp_path / "again.xlsx"
    code = ("import sys; from pathlib import Path; from core.sample.firm import build_firm; "
            "from core.sample.workbook import write_month_file; "
            "write_month_file(build_firm(2025), 12, Path(sys.argv[1]))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", code, str(out)], cwd=ROOT, env=env, check=True)
    assert _parts(out) == _parts(generated[-1])
    assert build_firm(7).orders[0].lines != build_firm(2025).orders[0].lines


def test_shipped_files_are_not_stale(generated, books) -> None:
    for path, book in zip(generated, books, strict=True):
        shipped = SHIPPED / path.name
        assert shipped.exists(), f"run: python -m core.sample resources/sample ({path.name})"
        assert shipped.stat().st_size < 1_000_000
        if _parts(shipped) != _parts(path):  # e.g. another openpyxl: compare what users see
            assert read_values(shipped) == book, \
                f"{path.name} is stale: run python -m core.sample resources/sample"


def test_the_shipped_folder_holds_only_the_generated_ledgers(generated) -> None:
    """A stray copy (订单台账_2025-06-again1.xlsx) would be imported as one more of the firm's
    files by "Open the sample data" and the self-test."""
    assert sorted(p.name for p in SHIPPED.iterdir() if p.suffix == ".xlsx") == \
        sorted(p.name for p in generated)
