"""An audit of how a ledger's rows reach the customer account: a received cell written as a
share ("30%"), a payment row naming a cancelled order, a subtotal written in the order-number
or product cell, and formulas saved without a computed value. Each ledger is written with
openpyxl and imported by the app's import and by the reference import (both must leave the
same database and say the same things: test_fast_import._same_import).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_figures_audit17 import AMOUNT, PAYER, imported, late_payer, row, stored

from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.ledger.read_as import read_cell
from core.ledger.report import import_report
from core.store import connect

# --- a received cell written as a share -----------------------------------------------------


def test_a_received_share_is_that_share_of_the_amount(tmp_path: Path) -> None:
    """"30%" in the received cell (a 30 % deposit) read as nothing: the customer owed all
    8,000. It is 30 % of the row's amount."""
    db, result = imported(tmp_path, [row(received="30%"), PAYER])
    assert stored(db, "received_amount")[0] == (2_400,)
    assert late_payer(db).open_amount == AMOUNT - 2_400
    assert "30%" not in "\n".join(import_report(result))  # not named as unreadable


def test_the_preview_reads_a_received_share_as_the_import_does() -> None:
    reading = read_cell("received_amount", "已收30%")
    assert reading.value == "30% of the row's amount"


# --- a subtotal in the order-number or product cell --------------------------------------------

SUB_HEADER = ["订单号", "客户", "下单日期", "产品", "金额", "币种"]
DAY = date(2025, 1, 5)


def _totals_lines(tmp_path: Path, rows: list[list[object]]) -> list[str]:
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"1月": [SUB_HEADER, *rows]})
    [result] = _same_import(tmp_path, [ledger])
    assert result.status == "imported"
    assert all(check.agrees for check in result.totals), [
        (c.row, c.stated, c.rows_sum) for c in result.totals]
    return [line for line in import_report(result).splitlines()
            if "but the rows above add up to" in line]


def test_an_order_subtotal_is_checked_against_that_orders_rows(tmp_path: Path) -> None:
    """"C-1 合计" in the order-number cell was checked against every row since the last
    total: "Total in “1月” row 5: 4,000.00, but the rows above add up to 19,000.00"."""
    rows = [["C-0", "Acme", DAY, "Pump", 15_000, "USD"],
            ["C-1", "Beta", DAY, "Valve", 1_000, "USD"],
            ["C-1", "Beta", DAY, "Hose", 3_000, "USD"],
            ["C-1 合计", None, None, None, 4_000, None]]
    assert _totals_lines(tmp_path, rows) == []


def test_a_product_subtotal_is_checked_against_that_products_rows(tmp_path: Path) -> None:
    """"Valve 小计" as the product of a row under order C-1's lines."""
    rows = [["C-0", "Acme", DAY, "Pump", 15_000, "USD"],
            ["C-1", "Beta", DAY, "Valve", 1_000, "USD"],
            ["C-1", "Beta", DAY, "Valve", 3_000, "USD"],
            ["C-1", "Beta", DAY, "Valve 小计", 4_000, "USD"],
            ["C-2", "Beta", DAY, "Hose", 500, "USD"]]
    assert _totals_lines(tmp_path, rows) == []


# --- a payment row naming a cancelled order ---------------------------------------------------

PAY_HEADER = ["订单号", "类型", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "状态"]
A = date(2025, 6, 30)
CANCELLED = ["C-1", "发票", "Acme", date(2025, 3, 1), 10_000, "USD", "OA 30 days", None, "取消"]
LIVE = ["C-2", "发票", "Acme", date(2025, 3, 5), 5_000, "USD", "OA 30 days", date(2025, 3, 6),
        None]
PAID_ON_C1 = ["C-1", "收款", "Acme", date(2025, 3, 10), 3_000, "USD", None, None, None]


def _statuses(db: Path) -> dict[str, str | None]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT order_no, status FROM orders").fetchall())
    finally:
        conn.close()


def _acme_open(db: Path) -> float:
    with connect(db) as conn:
        [acme] = analyse(conn, as_of=A).customers
    return acme.open_amount


def test_money_received_on_a_cancelled_order_keeps_it_cancelled(tmp_path: Path) -> None:
    """A row typed 收款 naming the cancelled order C-1 made C-1 "not all cancelled", a live
    order again. It stays cancelled; the 3,000 is the customer's credit (it pays C-2)."""
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [PAY_HEADER, CANCELLED, LIVE,
                                                            PAID_ON_C1]})
    _same_import(tmp_path, [ledger])
    for db in ("fast.sqlite", "slow.sqlite"):
        assert _statuses(tmp_path / db) == {"C-1": "cancelled", "C-2": None}
    assert _acme_open(tmp_path / "fast.sqlite") == 2_000



# --- formulas saved without their computed value ---------------------------------------------

FORMULA_HEADER = ["订单号", "客户", "下单日期", "数量", "单价", "金额", "币种", "已收金额"]


def test_formulas_without_a_value_are_named_with_the_cure(tmp_path: Path) -> None:
    """=D2*E2 in the amount column, saved by a tool that does not calculate, read as empty:
    row 2 was skipped as "no amount" and nothing said why."""
    rows = [["C-1", "Acme", DAY, 10, 100, "=D2*E2", "USD", "=F2*30%"],
            ["C-2", "Beta", DAY, 10, 100, 1_000, "USD", 1_000]]
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"1月": [FORMULA_HEADER, *rows]})
    [result] = _same_import(tmp_path, [ledger])
    [note] = [m for m in result.warnings if m.code == "uncomputed_formulas"]
    assert note.text == (
        "Sheet “1月”: 2 cells are formulas saved without their computed value (F2 (=D2*E2), "
        "H2 (=F2*30%)), so they were read as empty. Open the file in Excel or WPS, save it, "
        "and import it again.")


def test_a_file_of_formulas_only_is_refused_saying_why(tmp_path: Path) -> None:
    rows = [["C-1", "Acme", DAY, 10, 100, "=D2*E2", "USD", None],
            ["C-2", "Beta", DAY, 5, 100, "=D3*E3", "USD", None]]
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"1月": [FORMULA_HEADER, *rows]})
    [result] = _same_import(tmp_path, [ledger])
    assert result.refused and result.message is not None
    assert result.message.code == "no_rows_formulas"
    assert "Open the file in Excel or WPS, save it" in result.message.text


def test_a_later_months_payment_on_a_cancelled_order_keeps_it_cancelled(tmp_path: Path
                                                                        ) -> None:
    """The payment comes a month after the order was cancelled: the stored order's status is
    worked out again from its lines, and the receipt line is none of its sales."""
    march = write_xlsx(tmp_path / "3月.xlsx", {"3月": [PAY_HEADER, CANCELLED, LIVE]})
    april = write_xlsx(tmp_path / "4月.xlsx", {"4月": [
        PAY_HEADER, ["C-1", "收款", "Acme", date(2025, 4, 2), 3_000, "USD", None, None, None]]})
    _same_import(tmp_path, [march], [april])
    for db in ("fast.sqlite", "slow.sqlite"):
        assert _statuses(tmp_path / db) == {"C-1": "cancelled", "C-2": None}
    assert stored(tmp_path / "fast.sqlite", "amount, status, received_amount") == [
        (10_000, "cancelled", None), (5_000, None, None), (0, None, 3_000)]
    assert _acme_open(tmp_path / "fast.sqlite") == 2_000


def test_next_months_payment_on_an_order_leaves_its_sale(tmp_path: Path) -> None:
    """April's payment row was keyed as the first line of C-1, the March sale's key: "Amount
    changed: order C-1 (Acme): 10,000.00 → 0.00" and the invoice was gone. It is a line of
    its own: the sale stays, the money pays it."""
    shipped = ["C-1", "发票", "Acme", date(2025, 3, 1), 10_000, "USD", "OA 30 days",
               date(2025, 3, 2), None]
    march = write_xlsx(tmp_path / "3月.xlsx", {"3月": [PAY_HEADER, shipped]})
    april = write_xlsx(tmp_path / "4月.xlsx", {"4月": [
        PAY_HEADER, ["C-1", "收款", "Acme", date(2025, 4, 10), 3_000, "USD", None, None, None]]})
    results = _same_import(tmp_path, [march], [april])
    assert results[1].amount_changes == []
    assert stored(tmp_path / "fast.sqlite", "amount, received_amount") == [
        (10_000, None), (0, 3_000)]
    assert _acme_open(tmp_path / "fast.sqlite") == 7_000


def test_a_payment_an_earlier_version_read_as_a_sale_is_taken_out(tmp_path: Path) -> None:
    """Reader 1 read the row typed 收款 as a sale of 3,000 under the key of C-1's second
    row. Today's payment line is keyed apart, so imported again after the upgrade, that sale
    must go, not stay beside the money received (the old code updated it in place, keyed
    alike: what fails there is only the note)."""
    rows = [["C-1", "发票", "Acme", date(2025, 3, 1), 10_000, "USD", "OA 30 days",
             date(2025, 3, 2), None],
            ["C-1", "收款", "Acme", date(2025, 3, 20), 3_000, "USD", None, None, None]]
    then = [rows[0], [*rows[1][:1], "发票", *rows[1][2:]]]  # how reader 1 read it: a sale
    db = tmp_path / "fast.sqlite"
    folder = tmp_path / "then"
    folder.mkdir()
    [earlier] = import_files(db, [write_xlsx(folder / "台账.xlsx", {"3月": [PAY_HEADER,
                                                                            *then]})])
    assert earlier.status == "imported"
    assert stored(db, "amount") == [(10_000,), (3_000,)]
    [result] = import_files(db, [write_xlsx(tmp_path / "台账.xlsx", {"3月": [PAY_HEADER,
                                                                             *rows]})])
    assert stored(db, "amount, received_amount") == [(10_000, None), (0, 3_000)]
    [note] = [m for m in result.warnings if m.code == "misread_payments_removed"]
    assert "row 3" in note.text
    assert _acme_open(db) == 7_000
