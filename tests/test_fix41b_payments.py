"""fix41b: pay41's payment rules mended (found by the reviewer rv41c).

Each test writes the files with openpyxl, imports them into a real SQLite store in every file
order and checks each customer's (open, credit). Each docstring gives the hand count and what
the user saw before.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from account_cli import customers, imported
from test_pay40_paid_for_names import _orders as _payers_orders
from test_pay40_paid_for_names import _slips as _payers_slips
from test_pay41_payments import PAY_HEADER, SALE_HEADER, Sheets, _orders, _pay, _sale

LEDGER: dict[str, Sheets] = {"台账.xlsx": {"台账": [SALE_HEADER, _sale("K-1", 20_000)]}}


def _every_order(tmp_path: Path, files: dict[str, Sheets]) -> set[tuple[float, float]]:
    """Mumbai's (open, credit) after importing the files in each order."""
    return set(_orders(tmp_path, files, *permutations(files)).values())

# --- F1. a number inside a 代付 note's name is no paper's ------------------------------------


@pytest.mark.parametrize("name", ["Studio 54 Ltd", "Room 1203 Trading Ltd",
                                  "Pier 39 Imports LLC"])
@pytest.mark.parametrize("note", ["paid for {}", "on behalf of {} invoice 12"],
                         ids=["to_the_end", "then_invoice"])
def test_a_number_inside_the_name_does_not_end_it(tmp_path: Path, name: str, note: str):
    """«name» (e.g. Studio 54 Ltd) and the shorter firm without the number (Studio Ltd) each
    buy 5,000; Harbor Pay pays 5,000 noted "paid for Studio 54 Ltd". Hand count: Studio 54 Ltd
    paid (0 open), Studio Ltd 5,000 open, nothing on the payer, in either file order. Before
    (pay41): any bare number ended the name: Studio Ltd shown paid, Studio 54 Ltd 5,000 open
    and on the stop-loss list."""
    words = name.split()
    short = " ".join(word for word in words if not word.isdigit())
    files = [_payers_orders(tmp_path, "订单", ("S-1", name, 5_000), ("S-2", short, 5_000)),
             _payers_slips(tmp_path, "Harbor Pay HK Ltd", 5_000, note.format(name))]
    for n, order in enumerate(permutations(files)):
        found = customers(imported(tmp_path / f"{n}.sqlite", *order),
                          date(2026, 6, 30))["by_name"]
        assert {firm: (found[firm]["open_amount"], found[firm]["credit_on_account"])
                for firm in (name, short)} == {name: (0, 0), short: (5_000, 0)}, found
        assert "Harbor Pay HK Ltd" not in found


# --- F2. one wire without 合同号 on the clerk's Friday and the bank's Monday ------------------

@pytest.mark.parametrize("number", [None, "K-1"], ids=["no_number", "guard_numbered"])
def test_one_wire_on_the_clerk_s_day_and_the_bank_s_value_day(tmp_path: Path, number):
    """K-1 sold 20,000; the April book's 收款 tab has 5,000 on Friday 04-18, the bank's list
    the same wire on its value day, Monday 04-21, both 下单日期 03-01, no 合同号. Hand count:
    one payment, 15,000 open, in either file order (as with 合同号 K-1). Before (pay41): two
    payments, 10,000 open."""
    files = {"台账 2025-04.xlsx": {"台账": [SALE_HEADER, _sale("K-1", 20_000)], "收款": [
        PAY_HEADER, _pay(number, "2025-04-18", 5_000, "Mumbai Mart TT")]},
        "bank.xlsx": {"收款": [PAY_HEADER, _pay(number, "2025-04-21", 5_000, "Mumbai Mart TT")]}}
    assert _every_order(tmp_path, files) == {(15_000, 0)}


# --- F7. a bank list's row with its 下单日期 left blank is dated by its date received --------

def test_a_payment_row_with_a_blank_order_date_is_taken(tmp_path: Path):
    """K-1 sold 20,000; a weekly bank list (its own file) has a 下单日期 column left blank on
    its one row, 5,000 received 04-07, no 合同号. Hand count: 15,000 open, in either order.
    Before: the list was refused "no order date", the wire lost: 20,000 open."""
    files = {**LEDGER, "w.xlsx": {"收款": [
        PAY_HEADER, [None, "Mumbai Mart", None, 0, 5_000, date(2025, 4, 7), None]]}}
    assert _every_order(tmp_path, files) == {(15_000, 0)}


# --- F3. one wire in a weekly list (下单日期) and the bank's export (no such column) ----------

def test_a_wire_in_a_list_with_an_order_date_and_one_without_counts_once(tmp_path: Path):
    """K-1 sold 20,000; the weekly list (合同号, 下单日期 03-01 of the order paid) has 5,000 of
    04-07 and 5,000 of 04-14; the bank's April export (客户, 实收金额, 收款日期: no 下单日期
    column) lists the same two wires. Hand count: 10,000 paid, 10,000 open, in every order.
    Before: the key of a payment naming no order held its 下单日期 where the sheet had one and
    not where not: four payments, 0 open."""
    mumbai = "Mumbai Mart"
    files = {**LEDGER,
             "w.xlsx": {"收款": [PAY_HEADER, _pay(None, "2025-04-07", 5_000),
                                 _pay(None, "2025-04-14", 5_000)]},
             "apr.xlsx": {"收款": [["客户", "实收金额", "收款日期", "备注"],
                                   [mumbai, 5_000, date(2025, 4, 7), None],
                                   [mumbai, 5_000, date(2025, 4, 14), None]]}}
    assert _every_order(tmp_path, files) == {(10_000, 0)}


# --- F4. a bank's charge off the last wire of a total written on the sale row -----------------

def test_a_deposit_and_balance_less_a_bank_charge_make_up_the_total(tmp_path: Path):
    """MT-1 sold 15,000; the April book's row says 15,000 received by 04-20, noted
    定金4500+尾款10500; its 收款 tab has the 定金 4,500 (03-10) and the 尾款 as the bank paid
    it, 10,475 on 04-21 (扣手续费25). Hand count: 0 open, 0 on account (the 25 the bank's fee).
    Before: the 25 broke the match: 14,975 on account besides."""
    files = {"台账 2025-04.xlsx": {
        "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", "定金4500+尾款10500")],
        "收款": [PAY_HEADER, _pay("MT-1", "2025-03-10", 4_500, "定金"),
                 _pay("MT-1", "2025-04-21", 10_475, "尾款 扣手续费25")]}}
    assert _every_order(tmp_path, files) == {(0, 0)}


def test_a_running_total_raised_by_a_wire_less_its_charge(tmp_path: Path):
    """MT-1 sold 15,000: March's book says 4,500 received by 03-10, April's 15,000 by 04-20,
    and April's 收款 tab has the wire of 04-20 as the bank paid it, 10,475. Hand count: 0
    open, 0 on account, in either order. Before: April's raise (10,500) was not the 10,475:
    10,475 on account besides."""
    files = {"台账 2025-03.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 15_000, 4_500,
                                                              "2025-03-10")]},
             "台账 2025-04.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000,
                                                              "2025-04-20")],
                                   "收款": [PAY_HEADER, _pay("MT-1", "2025-04-20", 10_475)]}}
    assert _every_order(tmp_path, files) == {(0, 0)}


# --- F5. a 定金+尾款 total dated days after its 尾款 wire ---------------------------------------

def test_a_total_dated_after_its_last_wire_is_those_wires(tmp_path: Path):
    """MT-1 sold 15,000; the April book's row says 15,000 received by Sunday 04-20, noted
    定金4500+尾款10500; its 收款 tab has the 定金 4,500 (03-10) and the 尾款 10,500 of Friday
    04-18. Hand count: 0 open, 0 on account. Before: only a 尾款 on or after the total's day
    was its wire: 15,000 on account."""
    files = {"台账 2025-04.xlsx": {
        "台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", "定金4500+尾款10500")],
        "收款": [PAY_HEADER, _pay("MT-1", "2025-03-10", 4_500, "定金"),
                 _pay("MT-1", "2025-04-18", 10_500, "尾款")]}}
    assert _every_order(tmp_path, files) == {(0, 0)}
