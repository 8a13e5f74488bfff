"""Audit 15: cells clerks fill with a mark, not a value. "同上" (as above) in the customer
cell made a customer called 同上; in a date or amount cell it left the order out. Each ledger
goes through both imports (test_fast_import._same_import)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_words_audit14 import AMOUNT, HEADER, LATE, PAYER, late_payer, row

from core.ledger.report import import_report


def _orders(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute(
            "SELECT o.order_no, c.name, o.order_date, l.amount, o.payment_terms FROM order_lines l"
            " JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id"
            " ORDER BY l.id"))
    finally:
        conn.close()


def _import(tmp_path: Path, rows: list[list[object]]):
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows, PAYER]})
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported", result.message
    return result


@pytest.mark.parametrize("mark", ["同上", "〃", "ditto", '"', "仝上"])
def test_a_ditto_cell_is_the_cell_above(tmp_path: Path, mark: str) -> None:
    """The late payer's second order written with 同上 for its customer, date and terms went
    to a customer called 同上, and the late payer owed half what it does."""
    second = row("PO-2")
    second[1:3] = [mark, mark]
    second[5] = mark
    _import(tmp_path, [row("PO-1"), second])
    found = _orders(tmp_path / "fast.sqlite")
    assert found[:2] == [("PO-1", LATE, "2025-02-20", AMOUNT, "OA 30 days"),
                         ("PO-2", LATE, "2025-02-20", AMOUNT, "OA 30 days")]
    late = late_payer(tmp_path / "fast.sqlite")
    assert (late.open_amount, late.list) == (2 * AMOUNT, "black")


def test_a_ditto_amount_is_the_amount_above(tmp_path: Path) -> None:
    second = row("PO-2")
    second[3] = "同上"
    result = _import(tmp_path, [row("PO-1"), second])
    assert not result.skipped
    assert late_payer(tmp_path / "fast.sqlite").open_amount == 2 * AMOUNT


def test_a_ditto_on_the_first_row_names_nobody(tmp_path: Path) -> None:
    """Nothing is above it: the row is one without its customer, said so in the report."""
    first = row("PO-1")
    first[1] = "同上"
    result = _import(tmp_path, [first])
    assert [(s.row, s.message.code) for s in result.skipped] == [(2, "missing_customer")]
    assert [o[1] for o in _orders(tmp_path / "fast.sqlite")] == ["Payer"]


def test_a_customer_whose_name_only_holds_the_word_stays(tmp_path: Path) -> None:
    """Only a cell saying nothing but the mark is a ditto."""
    second = row("PO-2")
    second[1] = "同上贸易有限公司"
    _import(tmp_path, [row("PO-1"), second])
    assert [o[1] for o in _orders(tmp_path / "fast.sqlite")] == [LATE, "同上贸易有限公司",
                                                                    "Payer"]


def test_a_ditto_in_a_sheet_with_a_date_of_its_own(tmp_path: Path) -> None:
    second = row("PO-2")
    second[1] = "同上"
    second[2] = date(2025, 2, 21)
    _import(tmp_path, [row("PO-1"), second])
    assert [o[1:3] for o in _orders(tmp_path / "fast.sqlite")][:2] == [
        (LATE, "2025-02-20"), (LATE, "2025-02-21")]


# --- merged cells ---------------------------------------------------------------------------

MERGED_HEADER = ["订单号", "客户", "下单日期", "产品", "数量", "金额", "币种", "付款方式",
                 "出货日期", "已收金额", "收款日期"]


def test_an_order_amount_merged_over_its_product_lines_counts_once(tmp_path: Path) -> None:
    """The clerk merges the order's number, customer, date, amount and the wire received over
    its three product lines. Each line took the whole amount: the order was worth 27,000 and
    its customer a tier above where 9,000 puts it; the late payer's 8,000 owed read 24,000."""
    d = date(2025, 2, 20)
    rows = [MERGED_HEADER,
            ["PO-1", "Acme", d, "Pump", 10, 9_000, "USD", "T/T", d, 9_000, date(2025, 3, 1)],
            [None, None, None, "Valve", 5, None, None, None, None, None, None],
            [None, None, None, "Hose", 5, None, None, None, None, None, None],
            ["PO-2", LATE, d, "Pump", 8, AMOUNT, "USD", "OA 30 days", date(2025, 3, 1), None,
             None],
            [None, None, None, "Valve", 2, None, None, None, None, None, None],
            [*PAYER[:3], "Pump", 1, 1_000, "USD", "OA 30 days", PAYER[6], 1_000, PAYER[8]]]
    merged = [f"{col}{top}:{col}{top + 2}" for col in "ABCFGHIJK" for top in (2,)]
    merged += [f"{col}5:{col}6" for col in "ABCFGHI"]
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": rows}, merges={"台账": merged})
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported" and not result.skipped
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    try:
        lines = list(conn.execute("SELECT product, amount, received_amount FROM order_lines"
                                  " ORDER BY id"))
    finally:
        conn.close()
    assert lines[:5] == [("Pump", 9_000, 9_000), ("Valve", 0, None), ("Hose", 0, None),
                         ("Pump", AMOUNT, None), ("Valve", 0, None)]
    late = late_payer(tmp_path / "fast.sqlite")
    assert (late.open_amount, late.list) == (AMOUNT, "black")


# --- figures said in words ------------------------------------------------------------------

@pytest.mark.parametrize("said", ["已收清", "全款", "已结清", "Paid in full", "已收款。"])
def test_a_received_cell_saying_paid_in_full_is_the_amount(tmp_path: Path, said: str) -> None:
    """The late payer's order marked 已收清 where the sum received goes was read as nothing
    received (only named as unreadable): a customer who paid stayed on the black list."""
    paid = row("PO-1")
    paid[7] = said
    result = _import(tmp_path, [paid])
    late = late_payer(tmp_path / "fast.sqlite")
    assert (late.open_amount, late.list) == (0, None)
    assert said not in import_report(result)  # no longer named as unreadable


@pytest.mark.parametrize("said", ["未收清", "部分收款", "待收", "已收 5000"])
def test_a_received_cell_saying_less_is_not_the_amount(tmp_path: Path, said: str) -> None:
    owed = row("PO-1")
    owed[7] = said
    _import(tmp_path, [owed])
    assert late_payer(tmp_path / "fast.sqlite").list == "black"


def test_a_received_column_in_another_currency_is_left_alone(tmp_path: Path) -> None:
    """已收金额(RMB) beside a USD amount: the amount is no figure of that column."""
    paid = row("PO-1")
    paid[7] = "已收清"
    header = [*HEADER[:7], "已收金额(RMB)", *HEADER[8:]]
    path = write_xlsx(tmp_path / "l.xlsx", {"台账": [header, paid, PAYER]})
    _same_import(tmp_path, [path])
    assert late_payer(tmp_path / "fast.sqlite").list == "black"


@pytest.mark.parametrize(("owed", "open_amount"), [("-", 0), ("无", 0), ("/", 0),
                                                   (3_000, 3_000), (None, AMOUNT)])
def test_an_outstanding_cell_saying_none_is_nothing_owed(tmp_path: Path, owed: object,
                                                         open_amount: float) -> None:
    """A ledger keeping only what is still owed (未收金额): a paid order's "-" read as nothing
    said, so the whole 8,000 stayed owed and the payer was put on the black list."""
    header = [*HEADER[:7], "未收金额", *HEADER[8:]]
    rows = [header, [*row("PO-1")[:7], owed, *row("PO-1")[8:]], PAYER]
    _same_import(tmp_path, [write_xlsx(tmp_path / "l.xlsx", {"台账": rows})])
    assert late_payer(tmp_path / "fast.sqlite").open_amount == open_amount


# --- a header giving its unit ---------------------------------------------------------------

@pytest.mark.parametrize(("header", "written", "currency"), [
    ("金额(万美元)", 0.8, "USD"), ("金额（万元）", 5.6, "CNY"), ("合同金额(万)", 0.8, "USD"),
    ("Amount (USD'000)", 8, "USD"), ("金额(千元)", 56, "CNY")])
def test_an_amount_header_in_ten_thousands_reads_its_figures_so(tmp_path: Path, header: str,
                                                                 written: float,
                                                                 currency: str) -> None:
    """0.8 under 金额(万美元) is 8,000 USD. Read as 0.8, the late payer's order fell far under
    every absolute line of the method (and its 8,000 owed with it); 万元 names CNY too."""
    owed = row("PO-1", written)
    owed[4] = None  # the header says the currency
    path = write_xlsx(tmp_path / "l.xlsx", {"台账": [
        [*HEADER[:3], header, *HEADER[4:]], owed, [*PAYER[:3], 0.1, "USD", *PAYER[5:]]]})
    [result] = _same_import(tmp_path, [path])
    assert _orders(tmp_path / "fast.sqlite")[0][3] == pytest.approx(
        8_000 if currency == "USD" else 56_000)
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    try:
        assert conn.execute("SELECT currency FROM orders ORDER BY id").fetchone()[0] == currency
    finally:
        conn.close()
    assert f"“{header}” gives its unit" in import_report(result)


def test_a_header_without_a_unit_reads_as_written(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "l.xlsx", {"台账": [
        [*HEADER[:3], "金额(美元)", *HEADER[4:]], row("PO-1", 0.8), PAYER]})
    [result] = _same_import(tmp_path, [path])
    assert _orders(tmp_path / "fast.sqlite")[0][3] == 0.8
    assert "gives its unit" not in import_report(result)


@pytest.mark.parametrize("received", ["已收清", 8_000])
def test_paid_in_full_beside_a_deposit_is_the_amount_once(tmp_path: Path,
                                                         received: object) -> None:
    """已收清 beside a 3,000 deposit says what 8,000 received there says: the received figure
    holds the deposit (the account counts it once), so 8,000 came in, not 11,000."""
    header = [*HEADER, "定金", "定金日期"]
    paid = [*row("PO-1"), 3_000, date(2025, 2, 21)]
    paid[7], paid[8] = received, date(2025, 4, 1)
    _same_import(tmp_path, [write_xlsx(tmp_path / "l.xlsx", {"台账": [
        header, paid, [*PAYER, None, None]]})])
    late = late_payer(tmp_path / "fast.sqlite")
    assert (late.open_amount, late.credit_on_account) == (0, 0)
