"""fix40c: wire40's near-day rule dropped real payments (core.ledger.lump_wires.near_rows,
wire_lists.Lists.alone, payment_lines.vouched).

Each test writes Kobe's files with openpyxl and imports them by both imports (the app's and the
reference one: test_payments_pay33._files) in every file order, then checks Kobe's (open,
credit). Kobe bought K-7 and K-8 (T/T 30 days). Under wire40 a buyer who had paid was shown
5,000 open (black-listed at worst) where the code before it showed nothing open.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from test_payments_pay33 import _files

from core.ledger.noted_orders import account_numbers

KOBE = "Kobe Trading"
SALE_HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "实收",
               "收款日期", "备注"]
SLIP_HEADER = ["客户", "收款日期", "收款金额", "发票号", "币种", "备注"]
ACCOUNT = "汇款账号 6217001234"  # the payer's account number, on every wire it sends

Sheets = dict[str, list[list[object]]]


def _sale(number: str, total: float, got: float | None = None, day: str | None = None,
          note: str | None = None) -> list[object]:
    return [number, KOBE, date(2025, 4, 1), total, "USD", "T/T 30 days", date(2025, 4, 5), got,
            date.fromisoformat(day) if day else None, note]


def _slip(day: str, sum_: float, invoice: str | None = None, note: str | None = None
          ) -> list[object]:
    return [KOBE, date.fromisoformat(day), sum_, invoice, "USD", note]


def _sales(*rows: list[object]) -> list[list[object]]:
    return [SALE_HEADER, *rows]


def _slips(*rows: list[object]) -> list[list[object]]:
    return [SLIP_HEADER, *rows]


def _every_order(tmp_path: Path, files: dict[str, Sheets]) -> dict[str, tuple[float, float]]:
    """Kobe's (open, credit) after importing the files in each order, by the order's names."""
    found = {}
    for at, order in enumerate(permutations(files)):
        owed, _results = _files(tmp_path / str(at), *((name, files[name]) for name in order))
        found[" -> ".join(order)] = owed[KOBE]
    return found


def test_two_equal_instalments_on_two_weekly_lists_are_two(tmp_path: Path):
    """F1: K-7 10,000 paid in two equal 5,000 instalments, blank notes, Thursday 04-17 and
    Tuesday 04-22 (three banking days, five calendar days apart), each on its weekly list (or
    the first on the ledger's 收款 tab). Hand count: 10,000 paid, 0 open, in every order.
    Before (wire40): one taken for the other on the bank's value day, 5,000 open in every
    order; the weekly lists vouch only within three calendar days, as before wire40."""
    tab = {"台账": _sales(_sale("K-7", 10_000)), "收款": _slips(_slip("2025-04-17", 5_000, "K-7"))}
    week17 = {"收款": _slips(_slip("2025-04-22", 5_000, "K-7"))}
    found = _every_order(tmp_path / "a", {"ledger.xlsx": tab, "bank-w17.xlsx": week17})
    found |= _every_order(tmp_path / "b", {
        "ledger.xlsx": {"台账": _sales(_sale("K-7", 10_000))},
        "bank-w16.xlsx": {"收款": _slips(_slip("2025-04-17", 5_000, "K-7"))},
        "bank-w17.xlsx": week17})
    assert set(found.values()) == {(0, 0)}, found


@pytest.mark.parametrize("one_file", [True, False], ids=["one_file", "two_files"])
def test_a_payer_s_account_number_ties_no_wire_under_no_invoice(tmp_path: Path, one_file):
    """F2: K-7's 实收 5,000 on its row Friday 04-18, K-8's own wire 5,000 under no invoice on
    Tuesday 04-22, both noted with the payer's account number ("汇款账号 6217001234"). Hand
    count: both invoices paid, 0 open. Before (wire40): the slip dropped as K-7's value day,
    K-8 5,000 open. An account number is no wire's reference, and a slip under no invoice
    pays whichever invoice, never a near day's row."""
    sales = _sales(_sale("K-7", 5_000, 5_000, "2025-04-18", ACCOUNT), _sale("K-8", 5_000))
    slips = _slips(_slip("2025-04-22", 5_000, None, ACCOUNT))
    files: dict[str, Sheets] = ({"ledger.xlsx": {"台账": sales, "收款": slips}} if one_file
                                else {"ledger.xlsx": {"台账": sales}, "bank.xlsx": {"收款": slips}})
    found = _every_order(tmp_path, files)
    assert set(found.values()) == {(0, 0)}, found


@pytest.mark.parametrize("one_file", [True, False], ids=["one_file", "two_files"])
def test_two_instalments_on_consecutive_days_under_one_account_number(tmp_path: Path,
                                                                     one_file):
    """F3: K-7 10,000 in two instalments on consecutive days, 5,000 on its row 04-21 and a slip
    5,000 under K-7 on 04-22, both noted with the payer's account number. Hand count: 10,000
    paid, 0 open. Before (wire40): the slip dropped as the row's value day, 5,000 open."""
    sales = _sales(_sale("K-7", 10_000, 5_000, "2025-04-21", ACCOUNT))
    slips = _slips(_slip("2025-04-22", 5_000, "K-7", ACCOUNT))
    files: dict[str, Sheets] = ({"ledger.xlsx": {"台账": sales, "收款": slips}} if one_file
                                else {"ledger.xlsx": {"台账": sales}, "bank.xlsx": {"收款": slips}})
    found = _every_order(tmp_path, files)
    assert set(found.values()) == {(0, 0)}, found


def test_a_reference_on_three_days_pays_nothing_twice(tmp_path: Path):
    """F4: K-7's row 5,000 "TT-881" Friday 04-18; list A a slip 5,000 "TT-881" Monday 04-21,
    list B a slip 4,985 "TT-881" Tuesday 04-22, both under no invoice. TT-881 is given on
    three days: no one wire's reference, so no near day's pair. Hand count of the files:
    15,000 received less a 15 charge against 10,000 sold: nothing open, 4,985 on account, in
    every order (as before wire40). Before (wire40): by the order, the slip that came after
    K-7's pair was dropped as K-7's wire again, K-8 5,000 open, or 4,985 on account."""
    found = _every_order(tmp_path, {
        "ledger.xlsx": {"台账": _sales(_sale("K-7", 5_000, 5_000, "2025-04-18", "TT-881"),
                                      _sale("K-8", 5_000))},
        "bankA.xlsx": {"收款": _slips(_slip("2025-04-21", 5_000, None, "TT-881"))},
        "bankB.xlsx": {"收款": _slips(_slip("2025-04-22", 4_985, None, "TT-881"))}})
    assert set(found.values()) == {(0, 4_985)}, found


def test_a_row_a_near_slip_paid_is_no_later_list_s_near_slip(tmp_path: Path):
    """F4 with both slips under K-7: the first list's slip paired with K-7's row is set aside
    (core.ledger.set_aside), so a later list's slip of TT-881 on another day finds the
    reference given on a third day and stays a payment. Hand count: K-7 paid once by the
    wire, the other slip a real payment: never anything open, whatever the order (on account
    4,985 only where both lists came before the ledger: no pair then). Before (wire40): both
    slips dropped as K-7's wire, 5,000 open in four orders of six."""
    found = _every_order(tmp_path, {
        "ledger.xlsx": {"台账": _sales(_sale("K-7", 5_000, 5_000, "2025-04-18", "TT-881"),
                                      _sale("K-8", 5_000))},
        "bankA.xlsx": {"收款": _slips(_slip("2025-04-21", 5_000, "K-7", "TT-881"))},
        "bankB.xlsx": {"收款": _slips(_slip("2025-04-22", 4_985, "K-7", "TT-881"))}})
    assert {owed for owed, _credit in found.values()} == {0}, found
    assert found["bankA.xlsx -> bankB.xlsx -> ledger.xlsx"] == (0, 4_985)
    assert found["ledger.xlsx -> bankA.xlsx -> bankB.xlsx"] == (0, 0)


def test_an_account_number_vouches_no_banking_day_window(tmp_path: Path):
    """F1 with both instalments noted with the payer's account number: the number is on each
    of its wires, so it vouches nothing beyond three calendar days. Hand count: 10,000 paid,
    0 open in either order. Before (wire40): 5,000 open."""
    found = _every_order(tmp_path, {
        "ledger.xlsx": {"台账": _sales(_sale("K-7", 10_000)),
                        "收款": _slips(_slip("2025-04-17", 5_000, "K-7", ACCOUNT))},
        "bank-w17.xlsx": {"收款": _slips(_slip("2025-04-22", 5_000, "K-7", ACCOUNT))}})
    assert set(found.values()) == {(0, 0)}, found


@pytest.mark.parametrize(("note", "numbers"), [
    (ACCOUNT, {"6217001234"}),
    ("账号：6217001234 TT-881", {"6217001234"}),
    ("A/C No. 6217001234", {"6217001234"}),
    ("account 6217-0012-34", {"6217001234", "6217-12-34"}),
    ("TT-881 6217001234", set()),  # a bare serial is the wire's, no account word before it
    (None, set()),
])
def test_account_numbers_are_those_after_an_account_word(note, numbers):
    assert account_numbers(note) == numbers
