"""imp39: accounts that still hung on the order of import. Each scenario is two small files
(a firm's file a month, test_import_order36._every_order: A then B, B then A, A, B, A again),
the app's import and the reference import compared after every file. Mumbai Mart's MT-1
15,000 of 03-01, shipped 03-05, OA 30 days (due 04-04), counted by hand at 06-30."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import ORDERS, A, _every_order, _figures
from test_import_order38 import _noted_sale, _with_received
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

import core.ledger.held_sheets as held


def _typed_return(note: str | None, day: str = "2025-04-20") -> list[object]:
    """MT-1's return on a row of its own: -3,000 of `day` typed 退货, noted `note`."""
    return [*row("MT-1", "Mumbai Mart", day, -3_000, None), "退货", note]


# --- 1. a second return of the same sum ------------------------------------------------------

@pytest.mark.parametrize("note", ["第二次退货", "再次退货", "second return", "another return"])
def test_a_row_saying_it_is_a_second_return_is_one_of_its_own(tmp_path: Path, note: str):
    """A (March): MT-1, 12,000 received, noted 退货3000. B (April): a -3,000 退货 row of MT-1
    noted `note`: the files say two returns. Hand count: 15,000 - 6,000 = 9,000 owed, 12,000
    received: nothing open, 3,000 credit on account, revenue 9,000, in every order. Before:
    the row was taken for the note's return, one return: nothing open, no credit, 12,000."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _noted_sale()]},
                           {"台账": [TYPED, _typed_return(note)]})
    assert (figures[0], figures[3], figures[5]) == (0, 3_000, 9_000)


def test_a_second_return_read_from_packed_sheets(tmp_path: Path, monkeypatch):
    """April's return noted 第二次退货 on a 退货 tab before a tab of another buyer's order, with
    every sheet but the last packed (held_sheets.LOOSE_ROWS 1: the credit notes saying another
    return told by the packed rows' facts, ledger_file.note_rows): 3,000 credit, revenue
    9,000 in every order."""
    monkeypatch.setattr(held, "LOOSE_ROWS", 1)
    other = [*row("X-1", "Other", "2025-04-02", 500, "2025-04-03"), None, None]
    figures = _every_order(tmp_path, {"台账": [TYPED, _noted_sale()]},
                           {"退货": [TYPED, _typed_return("第二次退货")], "台账": [TYPED, other]})
    assert (figures[0], figures[3], figures[5]) == (0, 3_000, 9_000)


@pytest.mark.parametrize("first", ["sale", "return"])
def test_a_second_return_on_a_tab_of_the_same_file(tmp_path: Path, first: str):
    """One workbook: the 台账 tab's MT-1 noted 退货3000, a 退货 tab's -3,000 row noted 第二次退货,
    in either order of the tabs: two returns, as two files give (3,000 credit, revenue 9,000).
    Before: one."""
    sale = {"台账": [TYPED, _noted_sale()]}
    back = {"退货": [TYPED, _typed_return("第二次退货")]}
    tabs = {**sale, **back} if first == "sale" else {**back, **sale}
    _same_import(tmp_path, [write_xlsx(tmp_path / A, tabs)])
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.credit_on_account, 2), round(who.revenue_12m, 2)) == (3_000, 9_000)


def test_a_positive_return_row_saying_it_is_another_return(tmp_path: Path):
    """A: MT-1 noted 退货3000. B: +3,000 of 04-20, not shipped, its status 退货, noted 第二次退货:
    two returns, 3,000 credit, revenue 9,000, in every order. Before: one (0, 12,000)."""
    again = [*row("MT-1", "Mumbai Mart", "2025-04-20", 3_000, None, status="退货"), None,
             "第二次退货"]
    figures = _every_order(tmp_path, {"台账": [TYPED, _noted_sale()]}, {"台账": [TYPED, again]})
    assert (figures[0], figures[3], figures[5]) == (0, 3_000, 9_000)


def test_a_second_return_both_notes_name_is_one(tmp_path: Path):
    """A: MT-1 noted 第二次退货3000 (its second return, 3,000). B: the -3,000 退货 row noted
    第二次退货: both name the same second return, counted once (nothing open, revenue 12,000),
    in every order."""
    sale = [*_noted_sale()[:-1], "第二次退货3000"]
    figures = _every_order(tmp_path, {"台账": [TYPED, sale]},
                           {"台账": [TYPED, _typed_return("第二次退货")]})
    assert (figures[0], figures[3], figures[5]) == (0, 0, 12_000)


def test_the_same_return_written_twice_is_still_one(tmp_path: Path):
    """A: MT-1 noted 退货3000. B: its -3,000 退货 row noted 退货 (no word of a second one): the
    one return the note speaks of, counted once, in every order (as before)."""
    figures = _every_order(tmp_path, {"台账": [TYPED, _noted_sale()]},
                           {"台账": [TYPED, _typed_return("客户退货")]})
    assert (figures[0], figures[3], figures[5]) == (0, 0, 12_000)


# --- 2. the balance noted as not received ----------------------------------------------------

def test_a_balance_noted_as_not_received_is_as_late_either_way(tmp_path: Path):
    """A (March): MT-1's 4,500 deposit received 03-02, noted 定金. B (April): the 4,500 again,
    dated 04-15, noted 余款未收 (the balance not received: no money came on 04-15). Hand
    count: 10,500 open; the latest receipt in the data, the day overdue days are counted to,
    is the deposit's 03-02, before MT-1 falls due (04-04): 0 days past due, in every order.
    Before: March then April took 04-15 for a receipt's day, 11 days past due; April then
    March 0."""
    figures = _every_order(
        tmp_path, {"台账": [TYPED, _with_received(4_500, "2025-03-02", "定金")]},
        {"台账": [TYPED, _with_received(4_500, "2025-04-15", "余款未收")]})
    assert figures[0] == 10_500 and figures[2] == [("MT-1", 10_500, 0)]


# --- 3. one order number, two buyers --------------------------------------------------------

def _po(customer: str, amount: float, received: float | None = None,
        note: str | None = None, ordered: str = "2025-03-01") -> list[object]:
    ship = None if amount < 0 else "2025-03-05"
    on = "2025-04-10" if received else None
    return [*row("PO-1", customer, ordered, amount, ship, received, on),
            "退货" if amount < 0 else None, note]


def _both(db: Path) -> dict[str, tuple[float, float, float]]:
    found = by_name(at(db, d("2025-06-30")))
    return {name: (round(c.open_amount, 2), round(c.credit_on_account, 2),
                   round(c.revenue_12m, 2)) for name, c in found.items()
            if name in ("Mumbai Mart", "Metro AG")}


_MUMBAI = ["MT-1", "Mumbai Mart", d("2025-02-01"), 100, "USD", "OA 30 days",
           d("2025-02-02"), 100, d("2025-02-03"), None, None, None]
# Mumbai's PO-1 noted 退货3000 (12,000 paid), Metro's PO-1 15,000 unpaid
_NOTED_A = _po("Mumbai Mart", 15_000, 12_000, "退货3000")
_METRO = _po("Metro AG", 15_000)
_HAND = {"Mumbai Mart": (0, 0, 12_100), "Metro AG": (12_000, 0, 12_000)}


def test_one_number_two_buyers_each_return_its_own_in_one_file(tmp_path: Path):
    """One file: Mumbai's PO-1 noted 退货3000; Metro's PO-1 15,000 and Metro's own -3,000 退货
    row. Two returns, each its buyer's: Mumbai nothing open, revenue 12,100; Metro 12,000 open,
    revenue 12,000."""
    _same_import(tmp_path, [write_xlsx(tmp_path / A, {"台账": [
        TYPED, _MUMBAI, _NOTED_A, _METRO, _po("Metro AG", -3_000, ordered="2025-04-20")]})])
    assert _both(tmp_path / "fast.sqlite") == _HAND


@pytest.mark.parametrize("order", ORDERS)
def test_one_number_two_buyers_the_return_in_next_month_s_file(tmp_path: Path, order: str):
    """A (March): Mumbai's PO-1 noted 退货3000, Metro's PO-1 15,000 (one number, two buyers:
    two orders). B (April): Metro's PO-1 again and Metro's own -3,000 退货 row. Each buyer's
    return its own, in every order: Mumbai nothing open, revenue 12,100; Metro 12,000 open."""
    _figures(tmp_path, {"台账": [TYPED, _MUMBAI, _NOTED_A, _METRO]},
             {"台账": [TYPED, _MUMBAI, _NOTED_A, _METRO,
                       _po("Metro AG", -3_000, ordered="2025-04-20")]}, order)
    assert _both(tmp_path / order / "fast.sqlite") == _HAND


@pytest.mark.parametrize("order", ORDERS)
def test_another_buyer_s_return_in_next_month_s_file(tmp_path: Path, order: str):
    """A (March): Mumbai's PO-1 noted 退货3000. B (April): Metro's PO-1 15,000 and Metro's own
    -3,000 退货 row: another firm's number, another return. Next month's file naming another
    buyer moves the stored order (core.ledger.order_buyers: whoever the last file names), but
    the returns are two in every order: 3,000 credit and revenue 9,100 over both buyers.
    Before: April after March, Metro's row took Mumbai's noted return (displaced_notes.
    drop_noted asked no customer): no credit, revenue 12,100; March after April, two."""
    _figures(tmp_path, {"台账": [TYPED, _MUMBAI, _NOTED_A]},
             {"台账": [TYPED, _METRO, _po("Metro AG", -3_000, ordered="2025-04-20")]}, order)
    both = _both(tmp_path / order / "fast.sqlite").values()
    assert (sum(c for _, c, _ in both), sum(r for _, _, r in both)) == (3_000, 9_100)
