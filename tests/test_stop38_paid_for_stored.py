"""A 代付 payment in a 收款 workbook of its own is the money of the stored customer its note
names (stop38): the file holds no sale of that customer, the store does."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

from account_cli import customers, imported
from ledgers import write_xlsx

from core.ledger.preview import preview_file
from core.ledger.read_as import read_cell
from core.store import connect

PAYER = "Orbit Trading (HK) Ltd"
ORBIT = [["PI号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "实收金额",
          "收款日期"],
         ["SZ260508", "Orbit Tech LLC", date(2026, 5, 8), date(2026, 5, 20), 8_800, "USD",
          "T/T 30 days", None, None],
         ["SZ260908", "Orbit Tech LLC", date(2026, 9, 8), date(2026, 9, 20), 9_100, "USD",
          "T/T 30 days", None, None],
         ["OS-1", "Oslo Living", date(2026, 3, 1), date(2026, 3, 20), 3_000, "USD",
          "T/T in advance", 3_000, date(2026, 3, 5)]]


def _receipts(tmp_path: Path, note: str) -> Path:
    """The bank slips as a workbook of their own: the payer in 客户名称, whose money in 备注."""
    return write_xlsx(tmp_path / "收款11月.xlsx", {"收款": [
        ["收款日期", "客户名称", "收款金额", "币种", "备注"],
        [date(2026, 6, 15), PAYER, 8_800, "USD", note],
        [date(2026, 10, 15), PAYER, 9_100, "USD", note]]})


def test_a_payment_for_a_stored_customer_in_a_file_of_its_own_is_its_money(
        tmp_path: Path) -> None:
    """Before: Orbit Tech 17,900 open (8,800 overdue), black; the payer a customer with
    17,900 on account. Now: Orbit Tech nothing open, on no list; the payer no customer."""
    orders = write_xlsx(tmp_path / "订单.xlsx", {"订单": ORBIT})
    db = imported(tmp_path / "firm.sqlite", orders, _receipts(tmp_path, "代Orbit Tech LLC付款"))
    found = customers(db, date(2026, 11, 6))["by_name"]
    orbit = found["Orbit Tech LLC"]
    assert (orbit["open_amount"], orbit["overdue_amount"], orbit["list"]) == (0.0, 0.0, None)
    assert PAYER not in found


def test_a_note_naming_no_stored_customer_moves_nothing(tmp_path: Path) -> None:
    """A name neither the file nor the store sells to makes up no customer."""
    orders = write_xlsx(tmp_path / "订单.xlsx", {"订单": ORBIT})
    db = imported(tmp_path / "firm.sqlite", orders, _receipts(tmp_path, "代Orbit Home付款"))
    found = customers(db, date(2026, 11, 6))["by_name"]
    assert found["Orbit Tech LLC"]["open_amount"] == 17_900.0
    assert found[PAYER]["credit_on_account"] == 17_900.0
    assert "Orbit Home" not in found


def test_the_preview_shows_whose_money_it_is(tmp_path: Path) -> None:
    """The import dialog's preview of the receipts workbook: before, each row showed the
    payer, Orbit Trading (HK) Ltd, as a plain payment; now it shows Orbit Tech LLC, the
    customer the import counts the money for, and says so."""
    orders = write_xlsx(tmp_path / "订单.xlsx", {"订单": ORBIT})
    db = imported(tmp_path / "firm.sqlite", orders)
    with closing(connect(db)) as conn:
        preview = preview_file(conn, _receipts(tmp_path, "代Orbit Tech LLC付款"))
    [sheet] = preview.sheets
    notes = [sheet.row_notes.get(index) for index in range(2)]
    assert [n.params["customer"] if n else None for n in notes] == ["Orbit Tech LLC"] * 2
    shown = read_cell("customer", PAYER, row=notes[0])
    assert shown.value == "Orbit Tech LLC"
    assert read_cell("amount", "8800", row=notes[0]).value.startswith("8,800.00")
