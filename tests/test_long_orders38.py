"""An order number of 16+ digits: the float a General cell kept and the text typed are one order.

March's 123456789012345678 typed into a General cell came back as a float's digits; April's
file listing it as Text (or a bank list naming it) made a second order: Buyer 1 revenue
2,000 over 2 orders, 1,000 open, where the truth is 1,000, 1 order, 0 open."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx

from core.ledger.importer import import_files

TYPED = "123456789012345678"
HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种", "收款金额", "收款日期"]
# Excel's 1.23456789012345E+17 (typed into a General cell) and an ERP's nearest float
FLOATS = [float("1.23456789012345E+17"), float(TYPED)]
AS_OF = date(2025, 4, 30)


def _file(path: Path, number: object, received: float | None, customer: str = "Buyer 1"
          ) -> Path:
    return write_xlsx(path, {"台账": [
        HEADER,
        [number, customer, date(2025, 3, 1), 1000, "USD", received,
         date(2025, 4, 5) if received else None],
        ["PI-2", "Buyer 2", date(2025, 3, 2), 500, "USD", None, None]]})


def _imported(db: Path, *paths: Path) -> None:
    for path in paths:
        [result] = import_files(db, [path])
        assert result.status == "imported", result.message


def _numbers(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(n for (n,) in conn.execute("SELECT order_no FROM orders"))


@pytest.mark.parametrize("march_first", [True, False])
@pytest.mark.parametrize("kept", FLOATS)
def test_the_float_and_the_text_of_one_long_number_are_one_order(
        tmp_path: Path, kept: float, march_first: bool) -> None:
    march = _file(tmp_path / "3月.xlsx", kept, None)
    april = _file(tmp_path / "4月.xlsx", TYPED, 1000)
    db = tmp_path / "firm.sqlite"
    _imported(db, *((march, april) if march_first else (april, march)))
    buyer = customers(db, AS_OF)["by_name"]["Buyer 1"]
    assert (buyer["orders_12m"], buyer["revenue_12m"], buyer["open_amount"]) == (1, 1000, 0)
    assert _numbers(db) == [TYPED, "PI-2"]  # the number the clerk typed, once seen


def _bank(path: Path) -> Path:
    return write_xlsx(path, {"收款": [
        ["收款日期", "客户名称", "合同号", "收款金额", "币种", "备注"],
        [date(2025, 4, 8), "Buyer 1", TYPED, 1000, "USD", "TT"]]})


@pytest.mark.parametrize("bank_first", [False, True])
def test_a_bank_list_naming_the_typed_number_pays_the_order_a_float_stored(
        tmp_path: Path, bank_first: bool) -> None:
    march = _file(tmp_path / "3月.xlsx", FLOATS[0], None)
    bank = _bank(tmp_path / "bank_04.xlsx")
    db = tmp_path / "firm.sqlite"
    _imported(db, *((bank, march) if bank_first else (march, bank)))
    buyer = customers(db, AS_OF)["by_name"]["Buyer 1"]
    assert (buyer["orders_12m"], buyer["revenue_12m"], buyer["open_amount"]) == (1, 1000, 0)
    assert _numbers(db) == [TYPED, "PI-2"]


def test_a_payment_row_naming_the_typed_number_is_taken_in_the_preview_and_import(
        tmp_path: Path) -> None:
    """A 收款 row without an order date naming the typed number, its order a float's digits
    in the store: held as naming an order not imported yet, in the dialog and the import."""
    from core.ledger.preview import preview_file
    from core.store import connect

    db = tmp_path / "firm.sqlite"
    _imported(db, _file(tmp_path / "3月.xlsx", FLOATS[0], None))
    april = write_xlsx(tmp_path / "4月.xlsx", {"台账": [
        HEADER, ["PI-9", "Buyer 2", date(2025, 4, 2), 500, "USD", None, None],
        [TYPED, "Buyer 1", None, None, "USD", 1000, date(2025, 4, 8)]]})
    with connect(db) as conn:
        [sheet] = preview_file(conn, april).sheets
    assert (sheet.counts.taken, sheet.counts.held) == (2, 0)
    _imported(db, april)
    assert customers(db, AS_OF)["by_name"]["Buyer 1"]["open_amount"] == 0


def test_another_customers_number_sharing_the_15_digits_stays_apart(tmp_path: Path) -> None:
    march = _file(tmp_path / "3月.xlsx", FLOATS[0], None)
    april = _file(tmp_path / "4月.xlsx", TYPED, None, customer="Buyer 3")
    db = tmp_path / "firm.sqlite"
    _imported(db, march, april)
    shown = customers(db, AS_OF)["by_name"]
    assert (shown["Buyer 1"]["orders_12m"], shown["Buyer 3"]["orders_12m"]) == (1, 1)
    assert _numbers(db) == ["123456789012344992", TYPED, "PI-2"]


def test_a_number_differing_within_the_15_digits_is_another_order(tmp_path: Path) -> None:
    march = _file(tmp_path / "3月.xlsx", FLOATS[0], None)
    april = _file(tmp_path / "4月.xlsx", "123456789012346678", None)
    db = tmp_path / "firm.sqlite"
    _imported(db, march, april)
    buyer = customers(db, AS_OF)["by_name"]["Buyer 1"]
    assert (buyer["orders_12m"], buyer["revenue_12m"]) == (2, 2000)


def test_two_typed_numbers_agreeing_on_15_digits_stay_two_orders(tmp_path: Path) -> None:
    """Neither is a float's digits: two numbers the clerk typed."""
    march = _file(tmp_path / "3月.xlsx", TYPED, None)
    april = _file(tmp_path / "4月.xlsx", "123456789012345679", None)
    db = tmp_path / "firm.sqlite"
    _imported(db, march, april)
    assert customers(db, AS_OF)["by_name"]["Buyer 1"]["orders_12m"] == 2


@pytest.mark.parametrize(("cell", "shown"), [(2025030112345678.0, "2025030112345680"),
                                             (2025030112345670.0, "2025030112345670")])
def test_a_16_digit_number_is_quoted_as_excel_shows_it(tmp_path: Path, cell: float,
                                                       shown: str) -> None:
    """A float holds 16 digits below 2^53 whole, but Excel shows 15: the note quoted
    "2025030112345678", digits nobody sees in Excel."""
    path = _file(tmp_path / "3月.xlsx", cell, None)
    [result] = import_files(tmp_path / "firm.sqlite", [path])
    [note] = [w for w in result.warnings if w.code == "long_number"]
    assert f"“{shown}”" in note.text and "2025030112345678" not in note.text
