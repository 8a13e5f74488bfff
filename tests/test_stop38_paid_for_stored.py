"""A 代付 payment in a 收款 workbook of its own is the money of the stored customer its note
names (stop38): the file holds no sale of that customer, the store does."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, imported
from languages import in_chinese
from ledgers import write_xlsx

from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.ledger.read_as import read_cell
from core.ledger.report import import_report
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


ORDERS_FIRST, RECEIPTS_FIRST = "orders_first", "receipts_first"


def _in_order(tmp_path: Path, order: str, *extra: Path) -> tuple[Path, list[FileResult]]:
    """The orders' file and the 代付 slips imported by core.ledger.importer.import_files in
    `order`, then `extra`; the database and every file's result."""
    orders = write_xlsx(tmp_path / "订单.xlsx", {"订单": ORBIT})
    slips = _receipts(tmp_path, "代Orbit Tech LLC付款")
    db = tmp_path / "firm.sqlite"
    files = [orders, slips] if order == ORDERS_FIRST else [slips, orders]
    results = import_files(db, [*files, *extra])
    assert [r.status for r in results] == ["imported"] * len(results)
    return db, results


@pytest.mark.parametrize("order", [ORDERS_FIRST, RECEIPTS_FIRST])
def test_the_payer_s_slips_are_the_customer_s_in_either_file_order(tmp_path: Path, order):
    """acct38b: the 收款 workbook imported BEFORE the orders' file that sells Orbit Tech.
    Hand count: 17,900 sold, 17,900 paid for it by its HK arm: nothing open, on no list, no
    payer customer. Before: receipts first, Orbit Tech 17,900 open (8,800 overdue) and black,
    Orbit Trading (HK) Ltd a customer with 17,900 on account; orders first, right. The
    orders' file's report names the two slips moved, in both languages."""
    db, results = _in_order(tmp_path, order)
    found = customers(db, date(2026, 11, 6))["by_name"]
    orbit = found["Orbit Tech LLC"]
    assert (orbit["open_amount"], orbit["credit_on_account"], orbit["list"]) == (0.0, 0.0, None)
    assert PAYER not in found, "was a customer with 17,900 on account"
    with closing(connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM customers WHERE name = ?",
                            (PAYER,)).fetchone()[0] == 0
    said = import_report(results[1])
    moved = ("Orbit Tech LLC (Orbit Trading (HK) Ltd, 收款11月.xlsx “收款” row 2), Orbit Tech LLC "
             "(Orbit Trading (HK) Ltd, 收款11月.xlsx “收款” row 3)")
    if order == RECEIPTS_FIRST:
        assert f"now counted as those customers' money: {moved}" in said
        assert "代付" in in_chinese(lambda: import_report(results[1]))
        assert "payments stored from earlier files" not in in_chinese(
            lambda: import_report(results[1]))
    else:
        assert "stored from earlier files" not in said


@pytest.mark.parametrize("order", [ORDERS_FIRST, RECEIPTS_FIRST])
def test_the_slips_re_sent_after_both_update_their_lines(tmp_path: Path, order):
    """The slips' workbook re-sent with a third slip, 3,000 of 11-02 for Orbit Tech (its
    order 12,000 of 10-20). Hand count: 29,900 sold, 29,900 paid: nothing open, nothing on
    account, the two first slips counted once. Before, receipts first: the moved slips would
    have been the payer's, the re-sent ones Orbit Tech's again: counted twice."""
    resent = write_xlsx(tmp_path / "收款11月 修订.xlsx", {"收款": [
        ["收款日期", "客户名称", "收款金额", "币种", "备注"],
        [date(2026, 6, 15), PAYER, 8_800, "USD", "代Orbit Tech LLC付款"],
        [date(2026, 10, 15), PAYER, 9_100, "USD", "代Orbit Tech LLC付款"],
        [date(2026, 11, 2), PAYER, 12_000, "USD", "代Orbit Tech LLC付款"]]})
    more = write_xlsx(tmp_path / "订单10月.xlsx", {"订单": [
        ORBIT[0], ["SZ261020", "Orbit Tech LLC", date(2026, 10, 20), date(2026, 10, 25),
                   12_000, "USD", "T/T 30 days", None, None]]})
    db, _results = _in_order(tmp_path, order, more, resent)
    orbit = customers(db, date(2026, 11, 6))["by_name"]["Orbit Tech LLC"]
    assert (orbit["open_amount"], orbit["credit_on_account"]) == (0.0, 0.0)
    with closing(connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM order_lines WHERE received_amount > 0 AND "
                            "amount = 0").fetchone()[0] == 3
