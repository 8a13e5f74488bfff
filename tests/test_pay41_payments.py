"""pay41: payments counted twice or lost (found by the last pass's reviewers, rvx40a).

Each test writes Mumbai Mart's files with openpyxl, imports them by both imports (the app's and
the reference one: test_payments_pay33._files) in several file orders and checks Mumbai's (open,
credit). Each docstring gives the hand count and what the user saw before.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from account_cli import customers, imported
from languages import in_chinese
from test_fix40c_near import _every_order, _sales, _slip, _slips
from test_fix40c_near import _sale as _kobe
from test_lists_audit28 import at
from test_pay40_paid_for_names import _orders as _payers_orders
from test_pay40_paid_for_names import _slips as _payers_slips
from test_payments_pay33 import _files

from core.ledger.importer import import_files
from core.ledger.report import import_report

MUMBAI = "Mumbai Mart"
SALE_HEADER = ["合同号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期",
               "实收金额", "收款日期", "备注"]
PAY_HEADER = ["合同号", "客户", "下单日期", "金额", "实收金额", "收款日期", "备注"]  # a 收款 tab

Sheets = dict[str, list[list[object]]]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _sale(number: str, total: float, got: float | None = None, day: str | None = None,
          note: str | None = None) -> list[object]:
    return [number, MUMBAI, date(2025, 3, 1), "Sofa", total, "USD", "OA 30 days",
            date(2025, 3, 5), got, _day(day), note]


def _pay(number: str | None, day: str, got: float, note: str | None = None) -> list[object]:
    """A 收款 row: the order it pays (or none), dated by that order (03-01), 金额 0."""
    return [number, MUMBAI, date(2025, 3, 1), 0, got, _day(day), note]


def _orders(tmp_path: Path, files: dict[str, Sheets], *orders: tuple[str, ...],
            customer: str = MUMBAI) -> dict[str, tuple[float, float]]:
    """Mumbai's (or `customer`'s) (open, credit) after importing the files in each order."""
    found = {}
    for n, order in enumerate(orders):
        owed, _results = _files(tmp_path / str(n), *((name, files[name]) for name in order))
        found[" -> ".join(order)] = owed[customer]
    return found


# --- 1. weekly bank lists naming no order: four payments, not one re-dated -------------------

WEEKS = ("2025-04-07", "2025-04-14", "2025-04-21", "2025-04-28")


@pytest.mark.parametrize("number", [None, ""], ids=["blank_number", "no_number_column"])
def test_the_same_sum_in_four_weekly_bank_lists_is_four_payments(tmp_path: Path, number):
    """K-1 20,000, paid by a standing order of 5,000 every Monday, each week's wire on that
    week's bank list (bank-w1..w4.xlsx), naming no order (合同号 blank, or no such column),
    the order's date (03-01) beside it. Hand count: 20,000 paid, nothing open, in every order.
    Before: the four rows were one payment of the order's day re-dated, 15,000 open."""
    def week(day: str) -> Sheets:
        if number is None:
            return {"收款": [PAY_HEADER, _pay(None, day, 5_000, "Mumbai Mart standing order")]}
        return {"收款": [PAY_HEADER[1:], _pay(None, day, 5_000)[1:]]}
    files = {"台账.xlsx": {"台账": [SALE_HEADER, _sale("K-1", 20_000)]},
             **{f"bank-w{n}.xlsx": week(day) for n, day in enumerate(WEEKS, 1)}}
    names = tuple(files)
    found = _orders(tmp_path, files, names, names[::-1], (*names[2:], *names[:2]))
    assert set(found.values()) == {(0, 0)}, found


def test_a_month_s_list_restating_the_weekly_lists_counts_each_once(tmp_path: Path):
    """Guard: April's bank list (收款 2025-04.xlsx) restates the first two weeks' wires beside
    the two weekly lists. Hand count: 10,000 paid of 20,000, 10,000 open (one day's sum is one
    payment, whichever list brings it), in every order."""
    files = {"台账.xlsx": {"台账": [SALE_HEADER, _sale("K-1", 20_000)]},
             "bank-w1.xlsx": {"收款": [PAY_HEADER, _pay(None, WEEKS[0], 5_000)]},
             "bank-w2.xlsx": {"收款": [PAY_HEADER, _pay(None, WEEKS[1], 5_000)]},
             "收款 2025-04.xlsx": {"收款": [PAY_HEADER, _pay(None, WEEKS[0], 5_000, "April"),
                                         _pay(None, WEEKS[1], 5_000, "April")]}}
    names = tuple(files)
    found = _orders(tmp_path, files, names, names[::-1], (names[0], names[3], *names[1:3]))
    assert set(found.values()) == {(10_000, 0)}, found


# --- 2. a running total dated the clerk's day, its last wire on the bank's value day ----------

@pytest.mark.parametrize("note", ["定金4500+尾款10500", None])
@pytest.mark.parametrize("apart", [False, True], ids=["one_file", "bank_list"])
def test_a_total_noted_as_its_deposit_and_balance_beside_their_rows(tmp_path: Path, note,
                                                                   apart):
    """MT-1 15,000, its row's 实收 15,000 by 04-20 (noted 定金4500+尾款10500, or not), and its
    two wires on the 收款 tab (or the bank's list): 定金 4,500 of 03-10 and 尾款 10,500 of 04-21,
    the bank's value day. Hand count: 15,000 paid once, nothing open, nothing on account.
    Before: the total and its parts both counted, 15,000 on account."""
    sales = [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", note)]
    pays = [PAY_HEADER, _pay("MT-1", "2025-03-10", 4_500, "定金"),
            _pay("MT-1", "2025-04-21", 10_500, "尾款")]
    files: dict[str, Sheets] = ({"台账 2025-04.xlsx": {"台账": sales}, "bank.xlsx": {"收款": pays}}
                                if apart else {"台账 2025-04.xlsx": {"台账": sales, "收款": pays}})
    names = tuple(files)
    found = _orders(tmp_path, files, names, names[::-1])
    assert set(found.values()) == {(0, 0)}, found


def test_a_part_total_beside_two_instalments_stays_money_of_its_own(tmp_path: Path):
    """Guard: MT-1 20,000, its row's 实收 9,000 by 04-20 (a wire booked on the row alone), and
    two instalments of 4,500 on the 收款 tab, 03-10 and 04-22. The row's total is not its
    whole worth, so the instalments that add up to it after its day are not taken for it.
    Hand count: 9,000 + 4,500 + 4,500 = 18,000 paid, 2,000 open."""
    files = {"台账 2025-04.xlsx": {
        "台账": [SALE_HEADER, _sale("MT-1", 20_000, 9_000, "2025-04-20")],
        "收款": [PAY_HEADER, _pay("MT-1", "2025-03-10", 4_500), _pay("MT-1", "2025-04-22", 4_500)]}}
    found = _orders(tmp_path, files, tuple(files))
    assert set(found.values()) == {(2_000, 0)}, found


# --- 3. a balance restated in next month's book and on the bank's list ------------------------

@pytest.mark.parametrize(("april", "bank", "owed"), [
    (15_000, 10_500, (0, 0)),  # the balance: the book's total and the bank's wire are one
    (9_000, 4_500, (1_500, 0)),  # guard: a part total, the next day's wire money of its own
], ids=["balance", "part_total"])
def test_a_balance_restated_in_the_next_book_and_on_the_bank_s_list(tmp_path: Path, april,
                                                                     bank, owed):
    """MT-1 15,000: March's book 实收 4,500 by 03-10 (30%定金), April's book the total raised to
    15,000 by 04-20 (70%尾款), and April's bank list the 尾款 10,500 of 04-21 naming MT-1, the
    bank's value day. Hand count: 15,000 paid, nothing open, in every order. Before: the
    raise and the wire both counted, 10,500 on account. Guard: April's total 9,000 (of
    15,000) and a wire of 4,500 the next day: not the whole, so the wire is counted, 1,500
    open."""
    files = {"台账 2025-03.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 15_000, 4_500, "2025-03-10",
                                                              "30%定金")]},
             "台账 2025-04.xlsx": {"台账": [SALE_HEADER, _sale("MT-1", 15_000, april, "2025-04-20",
                                                              "70%尾款")]},
             "收款 2025-04.xlsx": {"收款": [PAY_HEADER, _pay("MT-1", "2025-04-21", bank, "尾款")]}}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {owed}, found


# --- 4. a running total raised by a book whose 收款 tab lists the month's receipt -------------

@pytest.mark.parametrize(("named", "owed"), [("MT-1", (0, 0)), ("MT-2", (0, 0))],
                         ids=["its_order", "guard_another_order"])
def test_a_running_total_beside_the_month_s_receipt_on_its_own_tab(tmp_path: Path, named,
                                                                   owed):
    """MT-1 15,000: March's book 实收 4,500 by 03-10; April's book the running total 15,000 by
    04-20 and, on its 收款 tab, that month's receipt, 10,500 of 04-20 naming MT-1. Hand count:
    15,000 paid, nothing open, in either order. Before: the raise and the receipt both
    counted, 10,500 on account (April's import cannot see March's 4,500, and the analysis
    took a payment of April's own file as judged by its import). Guard: the receipt naming
    MT-2 (10,500, unpaid) is MT-2's: both paid, nothing on account."""
    april = [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20")]
    if named == "MT-2":
        april.append(_sale("MT-2", 10_500))
    march = [SALE_HEADER, _sale("MT-1", 15_000, 4_500, "2025-03-10")]
    receipt = [PAY_HEADER, _pay(named, "2025-04-20", 10_500)]
    files = {"台账 2025-03.xlsx": {"台账": march},
             "台账 2025-04.xlsx": {"台账": april, "收款": receipt}}
    found = _orders(tmp_path, files, *permutations(files))
    assert set(found.values()) == {owed}, found


# --- 5. one wire paying two invoices, the bank's slip on its value day ------------------------

@pytest.mark.parametrize(("day", "k8_note", "owed"), [
    ("2025-04-21", "TT-881", (0, 0)),  # Monday, the bank's value day
    ("2025-04-18", "TT-881", (0, 0)),  # the rows' own day (pay39)
    ("2025-04-21", "TT-882", (0, 7_985)),  # guard: K-8 paid by a wire of its own
], ids=["value_day", "same_day", "guard_two_wires"])
def test_a_wire_paying_two_invoices_on_the_bank_s_value_day(tmp_path: Path, day, k8_note,
                                                           owed):
    """Kobe's one wire TT-881 pays K-7's 5,000 and K-8's 3,000: the ledger's rows say so on
    Friday 04-18; the bank's list has it once, 7,985 (its 15 charge off) under K-7 on Monday
    04-21. Hand count: both invoices paid, nothing open, nothing on account, in either order.
    Before: the slip was a second payment, 7,985 on account (the near day's rule weighed the
    slip against K-7's row alone). Guard: K-8's row noting its own wire TT-882 is no part of
    TT-881, so the slip is money beside K-7's 5,000 (7,985 on account, as before)."""
    rows = _sales(_kobe("K-7", 5_000, 5_000, "2025-04-18", "TT-881"),
                  _kobe("K-8", 3_000, 3_000, "2025-04-18", k8_note))
    found = _every_order(tmp_path, {"ledger.xlsx": {"台账": rows},
                                    "bank.xlsx": {"收款": _slips(_slip(day, 7_985, "K-7",
                                                                     "TT-881"))}})
    assert set(found.values()) == {owed}, found


# --- 6. a refund column beside a quality claim's note ---------------------------------------

@pytest.mark.parametrize(("note", "owed", "revenue"), [
    ("质量索赔退款1000", (0, 0), 9_000),  # a refund without a return: the sale lowered too
    ("quality claim refund", (0, 0), 9_000),
    ("银行退款", (1_000, 0), 10_000),  # guard: money sent back alone, the sale unchanged
], ids=["claim_zh", "claim_en", "guard_refund"])
def test_a_refund_column_beside_a_quality_claim_s_note(tmp_path: Path, note, owed, revenue):
    """PO-1 sold and paid 10,000; its row's 退款金额 1,000, noted 质量索赔退款1000 (a quality
    claim: nothing came back). Hand count: 1,000 off the price and 1,000 sent back: revenue
    9,000, nothing open, as a 收款 row of -1,000 so noted reads (typed_rows._BOTH). Before:
    the column read as money sent back alone, 1,000 open, revenue 10,000. The report names
    the row as a claim's refund, not as a refund leaving the sale unchanged."""
    sale = [*_sale("PO-1", 10_000, 10_000, "2025-04-10", note), 1_000]
    owed_now, results = _files(tmp_path, ("台账 2025-04.xlsx", {"台账": [
        [*SALE_HEADER, "退款金额"], sale]}))
    assert owed_now[MUMBAI] == owed
    report = import_report(results[0])
    claim = revenue == 9_000
    assert ("1 sale row writes a refund its note says is for a claim" in report) == claim, report
    assert ("read as money sent back to the customer, taken off what the customer paid; the "
            "sale is unchanged" in report) != claim, report
    assert at(tmp_path / "fast.sqlite").customers[0].revenue_12m == revenue
    chinese = in_chinese(lambda: import_report(results[0]))
    assert ("备注说明是索赔退款或未退货退款" in chinese) == claim, chinese


# --- 7. a bank's reference after a 代付 note's name is no paper of a word of the name ---------

@pytest.mark.parametrize("first", ["orders", "slips"])
@pytest.mark.parametrize("note", ["paid for Lima Trading SZ260508",
                                  "paid for Lima Trading invoice SZ260508"],
                         ids=["bank_reference", "guard_invoice"])
def test_a_bank_reference_after_the_name_cuts_no_word_of_it(tmp_path: Path, note, first):
    """Lima Ltd and Lima Trading Ltd both buy 5,000 (OA 30 days); Harbor Pay pays 5,000 noted
    "paid for Lima Trading SZ260508" (the bank's own reference). Hand count: Lima Trading Ltd
    paid, nothing open; Lima Ltd 5,000 open; nothing on the payer, in either order. Before:
    "Trading SZ260508" was read as a paper (any word then a number) and the name as "Lima":
    Lima Ltd shown paid, Lima Trading Ltd 5,000 open."""
    files = {"orders": _payers_orders(tmp_path, "订单", ("L-1", "Lima Ltd", 5_000),
                                      ("T-1", "Lima Trading Ltd", 5_000)),
             "slips": _payers_slips(tmp_path, "Harbor Pay HK Ltd", 5_000, note)}
    db = imported(tmp_path / "firm.sqlite", files[first],
                  files["slips" if first == "orders" else "orders"])
    found = customers(db, date(2026, 6, 30))["by_name"]
    assert {name: (found[name]["open_amount"], found[name]["credit_on_account"])
            for name in ("Lima Ltd", "Lima Trading Ltd")} == {
        "Lima Ltd": (5_000, 0), "Lima Trading Ltd": (0, 0)}, found
    assert "Harbor Pay HK Ltd" not in found


# --- 8. a 代付 note's word for whoever bought is no name; the note's named one counts ---------

@pytest.mark.parametrize("first", ["orders", "slips"])
@pytest.mark.parametrize(("note", "lima", "payer"), [
    ("代客户付款，代Lima Trading Ltd付款", (0, 0), None),
    ("on behalf of our customer; paid for Lima Trading Ltd invoice 5", (0, 0), None),
    ("代客户付款", (5_000, 0), (0, 5_000)),  # no one named: the payer's own money
    ("paid on behalf of the customer", (5_000, 0), (0, 5_000)),
], ids=["zh_then_name", "en_then_name", "zh_alone", "en_alone"])
def test_a_note_for_the_customer_names_no_third_party(tmp_path: Path, note, lima, payer,
                                                      first):
    """Lima Trading Ltd buys 5,000; Harbor Pay pays 5,000 noted 代客户付款 ("for the
    customer") and, on some rows, 代Lima Trading Ltd付款 after it. Hand count: where the note
    names Lima Trading, its money (0 open, no payer); where it names no one, the payer's (as
    before), and the report names no «客户» as a buyer the money waits for. Before: «客户» /
    «customer» was read as the name, the named Lima Trading after it never read: Lima 5,000
    open, the payer 5,000 on account, the report saying the money waits for «客户»."""
    files = {"orders": _payers_orders(tmp_path, "订单", ("T-1", "Lima Trading Ltd", 5_000)),
             "slips": _payers_slips(tmp_path, "Harbor Pay HK Ltd", 5_000, note)}
    order = [files[first], files["slips" if first == "orders" else "orders"]]
    reports = [import_report(result) for result in import_files(tmp_path / "firm.sqlite", order)]
    found = customers(tmp_path / "firm.sqlite", date(2026, 6, 30))["by_name"]
    assert (found["Lima Trading Ltd"]["open_amount"],
            found["Lima Trading Ltd"]["credit_on_account"]) == lima, found
    harbor = found.get("Harbor Pay HK Ltd")  # a payer kept only with money of its own
    assert (None if harbor is None else (harbor["open_amount"], harbor["credit_on_account"])
            ) == payer, found
    assert not any("«客户»" in text or "«customer»" in text or "«the customer»" in text
                   for text in reports), reports
