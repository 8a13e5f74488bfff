"""fx44k: key44's matching of rows without an order number (and key43's of a numbered
order's lines) mended where a reviewer proved it wrong. Hanoi Home's sales of 04-02 on OA 30
days, written by openpyxl and imported one file at a time by the app's import and the
reference import (compared after every file), in both import orders; the account read as
`main.py customers --json` reads it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_key44_lines import HEADER, _imported, _lines, _open
from test_lists_audit28 import d

INVOICED = [*HEADER, "发票号"]  # 合同号 … 单价, 发票号


def sale(amount: float, quantity: int, paid: float | None = None, on: str | None = None,
         *, number: str | None = None, currency: str = "USD", ship: str = "2025-04-05",
         invoice: str | None = None) -> list[object]:
    return [number, "Hanoi Home", d("2025-04-02"), amount, currency, "OA 30 days", d(ship),
            paid, d(on), quantity, round(amount / quantity, 2), invoice]


A, C = sale(30_000, 300), sale(9_000, 30)
B_PAID = sale(20_000, 100, 20_000, "2025-04-20")


def test_a_paid_row_dropped_next_month(tmp_path: Path) -> None:
    """Guard: April: A 30,000, B 20,000 paid 04-20, C 9,000; May's file drops paid B and lists
    A (10,000 received 05-10) and C, April first: 29,000 open, 59,000 sold. (May first still
    gives 18,000 / 48,000, as before the pass: fx44k's new places mended it and were taken
    back after rv44k2 — they let an older file's paid row take a corrected line's place.)"""
    db = _imported(tmp_path, [A, B_PAID, C], [sale(30_000, 300, 10_000, "2025-05-10"), C],
                   False, INVOICED)
    assert _open(db) == (29_000, 59_000)
    assert _lines(db) == [(30_000, "USD", 10_000), (20_000, "USD", 20_000),
                          (9_000, "USD", None)]


def test_a_revision_deleting_a_row(tmp_path: Path) -> None:
    """Guard: 台账 2025-04 修订.xlsx lists April's A and C, B (paid) deleted, the original first:
    each sale keeps its own figures (59,000 sold, 39,000 open; a line a later file lacks is
    kept). (Revision first still gives 28,000 / 48,000, as before the pass: see above.)"""
    files = [write_xlsx(tmp_path / name, {"4月": [INVOICED, *rows]})
             for name, rows in (("台账 2025-04.xlsx", [A, B_PAID, C]),
                                ("台账 2025-04 修订.xlsx", [A, C]))]
    _same_import(tmp_path, *[[f] for f in files])
    assert _open(tmp_path / "fast.sqlite") == (39_000, 59_000)
    assert _lines(tmp_path / "fast.sqlite") == [(30_000, "USD", None), (20_000, "USD", 20_000),
                                                (9_000, "USD", None)]


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("number", [None, "PO-5"])
@pytest.mark.parametrize("invoices", [(None, None, "INV-1", "INV-2"),
                                      ("INV-1", "INV-2", "INV-10", "INV-20")],
                         ids=["filled-in", "corrected"])
def test_invoice_numbers_written_next_month(tmp_path: Path, may_first: bool,
                                            number: str | None,
                                            invoices: tuple[str | None, ...]) -> None:
    """Two sales at one unit price, A 300 × 100 and B 200 × 100 (5,000 received 04-20);
    May's file lists B paid 20,000, then A, their invoice numbers filled in (INV-2, INV-1)
    or corrected (INV-1/INV-2 in April, INV-10/INV-20 in May: each row is the line keeping
    its quantity and amount, not the first sharing its price). Hand count: A's 30,000 open,
    50,000 sold, either order, with or without a 合同号. Before, April then May: B took A's
    place (its price alike, more received) and A a new one: 60,000 sold (numbered: 45,000
    open / 80,000 sold)."""
    a_was, b_was, a_now, b_now = invoices
    a, b = (sale(30_000, 300, number=number, invoice=a_was),
            sale(20_000, 200, 5_000, "2025-04-20", number=number, ship="2025-05-25",
                 invoice=b_was))
    may = [sale(20_000, 200, 20_000, "2025-05-20", number=number, ship="2025-05-25",
                invoice=b_now), sale(30_000, 300, number=number, invoice=a_now)]
    db = _imported(tmp_path, [a, b], may, may_first, INVOICED)
    assert _open(db) == (30_000, 50_000)
    assert _lines(db) == [(30_000, "USD", None), (20_000, "USD", 20_000)]


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("number", [None, "PO-5"])
def test_a_eur_and_a_usd_sale_of_one_figure(tmp_path: Path, may_first: bool,
                                            number: str | None) -> None:
    """EUR 10,000 and USD 10,000, each 100 × 100, of one day; May re-sorted, the USD one
    paid 10,000 05-10: the EUR sale open, the USD one paid, either order. Before, in either
    order, the USD money landed on the EUR line (10,000 USD open where EUR 10,000 is)."""
    eur, usd = (sale(10_000, 100, number=number, currency=c) for c in ("EUR", "USD"))
    db = _imported(tmp_path, [eur, usd], [sale(10_000, 100, 10_000, "2025-05-10",
                                               number=number), eur], may_first, INVOICED)
    with sqlite3.connect(db) as conn:
        assert list(conn.execute("SELECT currency, amount, received_amount FROM order_lines "
                                 "ORDER BY currency")) == [("EUR", 10_000, None),
                                                           ("USD", 10_000, 10_000)]


def test_one_row_sent_alone_of_two(tmp_path: Path) -> None:
    """April lists A 30,000 and B 20,000 (no 合同号); May's file lists only B, paid 20,000
    05-05, April first: A's 30,000 open, 50,000 sold (as under a 合同号, fx43g). Before: B
    took A's place (20,000 open, 40,000 sold). (May first: 20,000 / 40,000, as before.)"""
    b = sale(20_000, 100)
    db = _imported(tmp_path, [A, b], [sale(20_000, 100, 20_000, "2025-05-05")], False,
                   INVOICED)
    assert _open(db) == (30_000, 50_000)
    assert _lines(db) == [(30_000, "USD", None), (20_000, "USD", 20_000)]


@pytest.mark.parametrize("may_first", [False, True])
def test_one_row_sent_alone_of_one(tmp_path: Path, may_first: bool) -> None:
    """Guard: April's A alone, May's A corrected to 31,000 and paid: one sale, nothing
    open (a single order of its identity is matched by its place, as before)."""
    db = _imported(tmp_path, [A], [sale(31_000, 310, 31_000, "2025-05-05")], may_first,
                   INVOICED)
    assert _lines(db) == [(31_000, "USD", 31_000)]


@pytest.mark.parametrize("may_first", [False, True])
@pytest.mark.parametrize("number", [None, "PO-5"])
def test_two_equal_sales_one_invoiced_next_month(tmp_path: Path, may_first: bool,
                                                 number: str | None) -> None:
    """rv44k2: April's two equal sales (100 x 100), A invoiced INV-1 and paid 10,000, B not
    invoiced yet; May invoices B INV-2 and lists it first. Hand count: B still owes 10,000
    (20,000 sold). fx44k's loose own place (a blank invoice number alike any) put A on B's
    line and B on A's: both paid, 0 open; the own place is exact again."""
    april = [sale(10_000, 100, 10_000, "2025-04-20", number=number, invoice="INV-1"),
             sale(10_000, 100, number=number)]
    may = [sale(10_000, 100, number=number, invoice="INV-2"),
           sale(10_000, 100, 10_000, "2025-04-20", number=number, invoice="INV-1")]
    assert _open(_imported(tmp_path, april, may, may_first, INVOICED)) == (10_000, 20_000)
