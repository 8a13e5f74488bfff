"""repro33: payment faults break33d found and left (tests/repro_break33d.py), fixed. Each test
imports by the app's path and the reference one (test_break33d._imported), in both orders
where the files are months; its docstring gives the hand count and what the user saw
before."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_break33d import SALES, _imported, _tab
from test_corrected_payments_pay32 import LAGOS, NAIROBI, _pay
from test_corrected_payments_paydup31 import NUMBERED_HEADER
from test_lists_audit29 import row

from core.ledger.revised_files import revises

Sheets = dict[str, list[list[object]]]


def _months(order_day: str, april: str, may: str, note: str | None
            ) -> list[tuple[str, Sheets]]:
    """April's and May's ledgers: the sales and Lagos's order of `order_day`, each 收款 tab
    started anew with one 4,000 of Nairobi's, on `april` and on `may`."""
    sales = [*SALES, row("L-1", LAGOS, order_day, 6_000, None)]
    return [(f"台账 2025-0{month}.xlsx", {"台账": sales, "收款": _tab(
        _pay(NAIROBI, day, 4_000, note))}) for month, day in ((4, april), (5, may))]


# --- 1. next month's instalment, the earlier file holding an order of that month -------------

@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
@pytest.mark.parametrize("note", [None, "N-1"])
def test_next_month_s_instalment_when_the_earlier_file_has_an_order_of_that_month(
        tmp_path: Path, order, note):
    """April's ledger, sent on 05-05, already holds Lagos's order of 05-03; its 收款 tab has
    Nairobi's instalment, 4,000 on 04-20. May's tab, started anew: the next one, 4,000 on
    05-02. Hand count: 13,000 sold, 8,000 paid: 5,000 open. Before: 9,000 open in either
    order, May's 05-02 taken for April's 04-20 re-dated ("counted once"): April's file was
    dated by its order of 05-03, so 05-02 was not after it."""
    owed, reports = _imported(tmp_path, _months("2025-05-03", "2025-04-20", "2025-05-02",
                                                 note), order)
    assert owed[NAIROBI] == (5_000, 0)
    assert "counted once" not in reports[-1], reports[-1]
    if order == (0, 1):  # the pair named for the clerk, as later money
        assert "taken as a later payment, both counted" in reports[-1], reports[-1]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_payment_re_dated_within_its_month_before_the_file_s_last_order_corrects(
        tmp_path: Path, order):
    """Guard: April's ledger holds Lagos's order of 04-28 and Nairobi's 4,000 of 04-20; May
    re-sends it with the 4,000 re-dated 04-22 (the bank's value day). Hand count: one wire,
    13,000 sold, 4,000 paid: 9,000 open, named as a correction (the rule dating a file by
    its payments' month must not take it for next month's money)."""
    owed, reports = _imported(tmp_path, _months("2025-04-28", "2025-04-20", "2025-04-22",
                                                 None), order)
    assert owed[NAIROBI] == (9_000, 0)
    assert "4,000.00 2025-04-2" in reports[-1] and "both counted" not in reports[-1], reports


# --- 2. one wire split over two invoices in one list, whole in the other ---------------------

def _numbered(*lines: tuple[str, str, float]) -> list[list[object]]:
    """A 收款明细 tab of Nairobi's payments, each naming its invoice."""
    return [NUMBERED_HEADER, *([number, NAIROBI, *_pay("", day, sum_)[1:3]]
                               for number, day, sum_ in lines)]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
@pytest.mark.parametrize(("second", "owed_", "said"), [(3_000, (5_000, 0), True),
                                                       (2_000, (0, 2_000), False)])
def test_one_wire_split_over_two_invoices_and_in_the_bank_s_list(tmp_path: Path, order,
                                                                  second, owed_, said):
    """The ledger's 收款明细 writes Nairobi's wire of 04-20 as N-1 5,000 + N-2 3,000; the
    bank's list has the one wire, 8,000. Hand count: 8,000 paid, 5,000 open (N-1), the
    wire named as split. Before: 16,000 paid, nothing open, 3,000 credit, nothing said.
    Guard: N-1 5,000 + N-2 2,000 is no 8,000: all counted (15,000 paid, 2,000 credit)."""
    owed, reports = _imported(tmp_path, [
        ("台账 2025-04.xlsx", {"台账": SALES, "收款明细": _numbered(
            ("N-1", "2025-04-20", 5_000), ("N-2", "2025-04-20", second))}),
        ("银行水单 2025-04.xlsx", {"水单": _tab(_pay(NAIROBI, "2025-04-20", 8_000))})], order)
    assert owed[NAIROBI] == owed_
    assert ("taken as one wire split over its invoices" in reports[-1]) is said, reports[-1]
    if said:  # the parts' list imported last says its rows' parts first (refund34)
        assert ("8,000.00 2025-04-20 = 5,000.00 + 3,000.00" if order == (0, 1)
                else "rows 2 + 3 (银行水单 2025-04.xlsx “水单” row 2: 5,000.00 + 3,000.00 = "
                "8,000.00 2025-04-20)") in reports[-1], reports[-1]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
@pytest.mark.parametrize(("second", "open_", "said"), [(3_000, 6_000, True),
                                                       (2_000, 1_000, False)])
def test_a_wire_split_over_two_invoices_in_the_re_sent_ledger(tmp_path: Path, order, second,
                                                              open_, said):
    """April's 收款: Nairobi 6,000 of 04-20 (no invoice), 1,000 of 04-22. May re-sends it,
    the 6,000 split on 收款明细 as N-1 3,000 + N-2 3,000. Hand count: 7,000 paid, 6,000
    open, the split named. Before: 13,000 paid, nothing open, nothing said (moved_payments
    paired equal sums only). Guard: N-1 3,000 + N-2 2,000 is no 6,000: all counted (12,000
    paid, 1,000 open)."""
    april = ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
        _pay(NAIROBI, "2025-04-20", 6_000), _pay(NAIROBI, "2025-04-22", 1_000))})
    may = ("台账 2025-05.xlsx", {"台账": SALES, "收款": _tab(_pay(NAIROBI, "2025-04-22", 1_000)),
                                 "收款明细": _numbered(("N-1", "2025-04-20", 3_000),
                                                       ("N-2", "2025-04-20", second))})
    owed, reports = _imported(tmp_path, [april, may], order)
    assert owed[NAIROBI] == (open_, 0)
    # named where the split is seen: April's after May's sees May's places kept (a file named
    # after an earlier month is the earlier list: fix40d), May's after April's the wire split
    named = ("3,000.00 → 6,000.00" in reports[-1] and "counted once" in reports[-1]) if (
        order == (1, 0)) else "wire counted once, where now written" in reports[-1]
    assert named is said, reports[-1]


# --- 4. a revised file imported before its original ------------------------------------------

@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_revised_file_imported_before_the_original_keeps_its_move(tmp_path: Path, order):
    """台账 2025-04.xlsx: Nairobi 6,000 of 04-20, 3,000 of 04-22. 台账 2025-04 修订.xlsx (the
    6,000 was Lagos's): drops it from 收款 and writes Lagos's 6,000 of 04-20 on a Lagos tab.
    Both files end 04-22. Hand count, in either order: Lagos paid; Nairobi 13,000 sold,
    3,000 paid: 10,000 open. Before: the revision imported first, then the original, the
    original moved the wire back (Lagos 6,000 open: on the stop-loss list); the rows cannot
    say which file is later, the name (修订) does."""
    sales = [*SALES, row("L-1", LAGOS, "2025-03-05", 6_000, "2025-03-10")]
    april = ("台账 2025-04.xlsx", {"台账": sales, "收款": _tab(
        _pay(NAIROBI, "2025-04-20", 6_000), _pay(NAIROBI, "2025-04-22", 3_000))})
    again = ("台账 2025-04 修订.xlsx", {"台账": sales,
                                       "收款": _tab(_pay(NAIROBI, "2025-04-22", 3_000)),
                                       "Lagos": _tab(_pay(LAGOS, "2025-04-20", 6_000))})
    owed, _ = _imported(tmp_path, [april, again], order)
    assert owed[LAGOS] == (0, 0)
    assert owed[NAIROBI] == (10_000, 0)


@pytest.mark.parametrize(("name", "other", "said"), [
    ("台账 2025-04 修订.xlsx", "台账 2025-04.xlsx", True),
    ("台账_2025-04(更正版).xlsx", "台账_2025-04.xlsx", True),
    ("Ledger 2025-04 REVISED.xlsx", "ledger 2025-04.xlsx", True),
    ("台账 2025-04.xlsx", "台账 2025-04 修订.xlsx", False),  # the original is no revision
    ("台账 2025-05 修订.xlsx", "台账 2025-04.xlsx", False),  # another month's file
    ("订单台账_2025-04-again1.xlsx", "订单台账_2025-04.xlsx", False),  # a copy, not named so
])
def test_a_file_is_another_s_revision_only_when_named_so(name, other, said):
    """The name alone makes a file the later one (core.ledger.revised_files): only the
    original's name with a revision word added, never the other way round."""
    assert revises(name, other) is said
