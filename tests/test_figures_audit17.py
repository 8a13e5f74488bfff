"""An audit of how the import reads money and number cells a clerk types as text: 8千, 8k,
'8000, 8000元整, a quantity of 2千 times a price, "$" and "¥" on rows kept in another dollar
or in yen. Each ledger is written with openpyxl, imported by the app's import and by the
reference import (both must leave the same database and say the same things:
test_fast_import._same_import), and analysed as the app does.

The customer of most cases is a late payer: one order of 8,000 USD shipped 2025-03-01 on OA 30
(due 03-31), nothing received, 91 days past due at A with an average order under 20,000: the
black list. A figure read wrong moves its revenue, its average order or what it owes.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger.import_result import FileResult
from core.ledger.read_as import read_cell
from core.ledger.report import import_report
from core.rates import DEFAULT_RATES
from core.store import connect

A = date(2025, 6, 30)
AMOUNT = 8_000
HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期"]
# a customer paid on A: the ledger's receipts run to A
PAYER = ["P-9", "Payer", date(2025, 5, 1), 1_000, "USD", "OA 30 days", date(2025, 5, 2),
         1_000, A]
LATE = "Late Co"


def row(amount: object = AMOUNT, currency: str = "USD", received: object = None
        ) -> list[object]:
    return ["PO-1", LATE, date(2025, 2, 20), amount, currency, "OA 30 days", date(2025, 3, 1),
            received, date(2025, 3, 20) if received is not None else None]


def imported(tmp_path: Path, rows: list[list[object]], header: list[str] = HEADER
             ) -> tuple[Path, FileResult]:
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [header, *rows]})
    [result] = _same_import(tmp_path, [ledger])
    assert result.status == "imported"
    return tmp_path / "fast.sqlite", result


def late_payer(db: Path) -> CustomerMetrics:
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    [found] = [c for c in analysis.customers if c.customer == LATE]
    return found


def stored(db: Path, columns: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT {columns} FROM order_lines ORDER BY id").fetchall()
    finally:
        conn.close()


# --- thousands written 千 or k -----------------------------------------------------------------

@pytest.mark.parametrize("amount", ["8千", "8 千", "8k", "8K", "8K USD", "8千美元"])
def test_an_amount_in_thousands_is_read(tmp_path: Path, amount: str) -> None:
    """8千 and 8k (eight thousand) were "not a number": the row was skipped, and with it the
    order the customer owes."""
    db, _ = imported(tmp_path, [row(amount), PAYER])
    assert stored(db, "amount, currency")[0] == (AMOUNT, "USD")
    c = late_payer(db)
    assert (c.open_amount, c.avg_order_12m, c.list) == (AMOUNT, AMOUNT, "black")


def test_a_quantity_in_thousands_times_its_price(tmp_path: Path) -> None:
    """No amount column: the amount is quantity × unit price. A quantity of 2千 (two thousand
    pieces) read as 2 made an 8,000 order one of 8, the late payer a small one owing next to
    nothing; 2千克 (two kilograms) is still 2."""
    header = ["订单号", "客户", "下单日期", "数量", "单价", "币种", "付款方式", "出货日期"]
    rows = [["PO-1", LATE, date(2025, 2, 20), "2千", 4, "USD", "OA 30 days", date(2025, 3, 1)],
            ["PO-2", "Grams", date(2025, 2, 20), "2千克", 4, "USD", "OA 30 days",
             date(2025, 3, 1)],
            ["P-9", "Payer", date(2025, 5, 1), 1_000, 1, "USD", "OA 30 days", A]]
    db, _ = imported(tmp_path, rows, header)
    assert [r[0] for r in stored(db, "amount")] == [AMOUNT, 8, 1_000]
    c = late_payer(db)
    assert (c.open_amount, c.avg_order_12m) == (AMOUNT, AMOUNT)


@pytest.mark.parametrize(("amount", "currency"), [("'8000", "USD"), ("8000元整", "CNY")])
def test_an_amount_written_as_text_or_in_words_exactly(tmp_path: Path, amount: str,
                                                       currency: str) -> None:
    """'8000 (Excel's text mark, left in by an export) and 8000元整 (8,000 yuan exactly, as a
    receipt writes it) were "not a number": the row was skipped."""
    db, _ = imported(tmp_path, [row(amount, currency=""), PAYER])
    assert stored(db, "amount, currency")[0] == (AMOUNT, currency)


# --- "$" and "¥" on rows in another dollar or in yen -----------------------------------------

@pytest.mark.parametrize(("currency", "amount", "received"), [
    ("AUD", AMOUNT, "$4,000"),  # an Australian customer's dollars
    ("JPY", 5_600_000, "¥2,800,000"),  # yen, not 2.8 million yuan
])
def test_a_dollar_or_yen_sign_on_a_row_in_that_currency(
        tmp_path: Path, currency: str, amount: float, received: str) -> None:
    """A received "¥2,800,000" on a yen order was read as yuan: 20 times the order, paid
    and more; "$4,000" on an AUD order as US dollars, half again what came in. On a USD row
    "¥4,000" is still yuan, and a cost keeps the sign's usual currency."""
    yuan = ["PO-2", "Yuan Co", date(2025, 2, 20), AMOUNT, "USD", "OA 30 days",
            date(2025, 3, 1), "¥4,000", date(2025, 3, 20)]
    header = [*HEADER, "成本"]
    rows = [[*row(amount, currency, received), received], [*yuan, "¥4,000"], [*PAYER, None]]
    db, _ = imported(tmp_path, rows, header)
    figure = float(received[1:].replace(",", ""))
    assert stored(db, "received_amount, coalesce(received_currency, currency)")[:2] == [
        (figure, currency), (4_000, "CNY")]
    # a cost keeps the sign's usual currency: the factory is paid in yuan
    assert stored(db, "cost, cost_currency")[:2] == [(figure, received[0].translate(
        {ord("$"): "USD", ord("¥"): "CNY"})), (4_000, "CNY")]
    assert late_payer(db).open_amount == pytest.approx(
        (amount - figure) * DEFAULT_RATES[currency])


@pytest.mark.parametrize(("amount", "currency", "named"), [
    ("€8,000", "USD", True),  # another currency than the currency cell: named
    ("¥8,000", "JPY", False),  # the yen's own sign
    ("$8,000", "CAD", False),  # a Canadian dollar
])
def test_an_amount_naming_another_currency_is_named_by_both_imports(
        tmp_path: Path, amount: str, currency: str, named: bool) -> None:
    """The reference import never named an amount whose text names another currency than
    its currency cell, so the two imports disagreed on every such ledger; and "¥8,000" on a
    JPY row was named as if it were yuan."""
    _, result = imported(tmp_path, [row(amount, currency), PAYER])
    assert (f"{amount} ≠ {currency}" in import_report(result)) == named


# --- a received figure after its word ---------------------------------------------------------

@pytest.mark.parametrize(("received", "owed"), [("已收8000", 0), ("收到 3,000", 5_000),
                                                ("Received: 8,000", 0)])
def test_a_received_figure_written_after_its_word(tmp_path: Path, received: str,
                                                  owed: float) -> None:
    """已收8000 (received 8,000) was "not a number", read as nothing received: a customer who
    had paid in full stood on the black list owing all of it. A cell of two figures
    ("收8000/欠2000") is still named as unreadable."""
    split = ["PO-2", "Split Co", date(2025, 2, 20), 10_000, "USD", "OA 30 days",
             date(2025, 3, 1), "收8000/欠2000", date(2025, 3, 20)]
    db, result = imported(tmp_path, [row(received=received), split, PAYER])
    assert late_payer(db).open_amount == owed
    report = import_report(result)
    assert f"“{received}”" not in report
    assert "“收8000/欠2000” is not a number" in report


def test_the_mapping_preview_reads_a_figure_as_the_import_does() -> None:
    """The preview of a column's cells said "not a number" of 已收8000, 已收清 and 8千, which
    the import reads: the clerk was told to correct cells that were right."""
    assert read_cell("received_amount", "已收8000").text() == "已收8000 → 8,000.00"
    assert read_cell("received_amount", "已收清").text() == \
        "已收清 → the row's amount (paid in full)"
    assert read_cell("amount", "8千").text() == "8千 → 8,000.00"
    assert read_cell("received_amount", "收8000/欠2000").warning is not None
