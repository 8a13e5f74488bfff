"""fx44p: pay44's rules the review rv44p proved wrong, taken back (the customer's account).

Each test writes Mumbai Mart's files with openpyxl, imports them by both imports (the app's and
the reference one) in every file order and checks Mumbai's (open, credit) as `main.py customers
--json` reads them (test_pay41_payments._orders). Each docstring gives the hand count and what
pay44 showed.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
from test_pay41_payments import PAY_HEADER, SALE_HEADER, _orders, _pay, _sale

BOOK, BANK, REVISION = "台账 2025-04.xlsx", "收款 2025-04.xlsx", "台账 2025-04 修订.xlsx"
PARTS = "定金4500+尾款10500"
Sheets = dict[str, list[list[object]]]


def _every_order(tmp_path: Path, files: dict[str, Sheets]) -> set[tuple[float, float]]:
    return set(_orders(tmp_path, files, *permutations(files)).values())


def _ordered(row: list[object], day: date) -> list[object]:
    """A sale row ordered on `day`."""
    return [*row[:2], day, *row[3:]]


def test_two_wires_of_one_day_the_book_catching_one(tmp_path: Path):
    """MT-1 sold 21,000; April's book: its row 10,500 received 04-20, its 收款 tab that one
    wire of 10,500; the bank's 收款 list both wires of 10,500 of 04-20. Hand count: 21,000
    paid, 0 open, nothing on account, in both orders. pay44: 10,500 open and overdue (the
    book's cleared line cleared the bank's first wire, the other taken for its copy)."""
    wire = _pay("MT-1", "2025-04-20", 10_500)
    files = {BOOK: {"台账": [SALE_HEADER, _sale("MT-1", 21_000, 10_500, "2025-04-20")],
                    "收款": [PAY_HEADER, wire]},
             BANK: {"收款": [PAY_HEADER, wire, wire]}}
    assert _every_order(tmp_path, files) == {(0, 0)}


@pytest.mark.parametrize(("first", "revised"), [
    ("2024-04-20", "2025-04-20"), ("2025-02-20", "2025-04-20"), ("2025-02-04", "2025-04-02"),
], ids=["wrong_year", "wrong_month", "day_and_month_swapped"])
@pytest.mark.parametrize("number", [None, "K-1"], ids=["no_order", "named"])
def test_a_revision_correcting_a_mistyped_payment_day(tmp_path: Path, first, revised, number):
    """K-1 sold 5,000; April's book's 收款 tab its one 5,000 of «first», mistyped; the revision
    (台账 2025-04 修订.xlsx) the same row dated «revised». Hand count: one payment, 0 open,
    nothing on account, in either order. pay44: 5,000 on account (over 31 days apart, read
    as later money) for the row naming no order."""
    ledger = [SALE_HEADER, _sale("K-1", 5_000)]
    files = {BOOK: {"台账": ledger, "收款": [PAY_HEADER, _pay(number, first, 5_000)]},
             REVISION: {"台账": ledger, "收款": [PAY_HEADER, _pay(number, revised, 5_000)]}}
    assert _every_order(tmp_path, files) == {(0, 0)}


def test_a_deposit_naming_no_order_paid_after_its_order_shipped(tmp_path: Path):
    """April's book: MT-1 15,000 (shipped 03-05) received by 04-20 noted 定金4500+尾款10500;
    MT-2 15,000 ordered 04-08, unpaid; its 收款 tab a 定金 4,500 of 04-12 naming no order.
    Hand count: a deposit paid after MT-1 shipped, while MT-2 was open, cannot be told to be
    MT-1's: money of its own, netted against MT-2: 10,500 open. pay44: 15,000 open (taken
    into MT-1)."""
    files = {BOOK: {"台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", PARTS),
                             _ordered(_sale("MT-2", 15_000), date(2025, 4, 8))],
                    "收款": [PAY_HEADER, _pay(None, "2025-04-12", 4_500, "定金")]}}
    assert _every_order(tmp_path, files) == {(10_500, 0)}


def test_a_deposit_naming_no_order_beside_another_file_s_order_noting_it(tmp_path: Path):
    """March's book: MT-2 15,000 noted 定金4500+尾款10500, unpaid; April's book: MT-1 the same
    note, 15,000 received by 04-20, and a 定金 4,500 of 03-10 naming no order. Hand count:
    two orders note it, which one it paid cannot be told: money of its own, 10,500 open, in
    both orders. pay44: 15,000 open (taken into April's MT-1)."""
    march = [SALE_HEADER, _sale("MT-2", 15_000, None, None, PARTS)]
    files = {"台账 2025-03.xlsx": {"台账": march},
             BOOK: {"台账": [SALE_HEADER, _sale("MT-1", 15_000, 15_000, "2025-04-20", PARTS)],
                    "收款": [PAY_HEADER, _pay(None, "2025-03-10", 4_500, "定金")]}}
    assert _every_order(tmp_path, files) == {(10_500, 0)}
