"""fix60l (rv60b s312, s313): two payers' wires on one cancelled order, and money a note moves
in from two orders or in RMB.

Rio Casa's PO-R1 10,000 cancelled in March; Kobe's and Lima's own orders shipped 03-01 (91
days at 06-30). The 收款明细 tab books each wire under its payer. Then, as fix60e's: Rio's
PO-R1 cancelled in March and brought back in May with 10,000 and a note moving money in from
PO-R2 / PO-R3 (each 10,000, paid 04-20, due 05-01: 60 days at 06-30).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import _import, d
from test_fix57i_cancel_went_ahead import HEAD, OTHER
from test_fix59c_repaid_and_moved_money import CANCELLED_HEAD, _imported
from test_fix59f_paid_revival_elsewhere import KOBE, NONE, PAYMENTS, RIO, _line, _wire
from test_fix59n_moved_in_money_taken_back import OTHER as JUNE
from test_fix59n_moved_in_money_taken_back import _r, _seen
from test_lists_audit28 import at, by_name

from core.ledger.importer import import_files

LIMA = "Lima Luz SAC"
CANCELLED = _line("PO-R1", 10_000, "已取消")
TWO_PAYERS = [_wire("PO-R1", 5_000, payer=KOBE), _wire("PO-R1", 5_000, payer=LIMA,
                                                       on="2025-05-12")]


def _states(tmp_path: Path, march: list[list[object]], wires: list[list[object]]
            ) -> dict[str, tuple]:
    """Each buyer's (open, days past due, black or watch list, credit) at 06-30, the fast
    and the row-by-row writer agreeing (_import)."""
    _import(tmp_path, {"3月": [HEAD, *march], "收款明细": [PAYMENTS, *wires],
                       "6月": [HEAD, OTHER]})
    return {name: (round(c.open_amount), c.max_days_overdue,
                   c.list if c.list in ("black", "watch") else None,
                   round(c.credit_on_account))
            for name, c in by_name(at(tmp_path / "fast.sqlite", d("2025-06-30"))).items()
            if name in (RIO, KOBE, LIMA)}


@pytest.mark.parametrize(("owed", "left"), [(5_000, NONE), (10_000, (5_000, 91, "black", 0))])
def test_two_payers_wires_on_one_cancelled_order_pay_their_own(tmp_path: Path, owed: int,
                                                               left: tuple) -> None:
    """s312 b2, b2b: Kobe's 5,000 and Lima's 5,000 each pay his own order (before: Rio
    10,000 on account, Kobe and Lima each 5,000 more owed, 91 days, black)."""
    states = _states(tmp_path, [CANCELLED, _line("PO-K1", owed, buyer=KOBE, product="灯罩"),
                                _line("PO-L1", owed, buyer=LIMA, product="灯")], TWO_PAYERS)
    assert states == {RIO: NONE, KOBE: left, LIMA: left}


def test_a_payer_owing_nothing_leaves_his_wire_beside_the_other_payers(tmp_path: Path
                                                                      ) -> None:
    """Lima's PO-L1 paid on its own row: his 5,000 stays Rio's credit, Kobe's beside it pays
    Kobe's own (before: both Rio's, Kobe 5,000, 91 days, black)."""
    paid = _line("PO-L1", 5_000, buyer=LIMA, product="灯")
    paid[11], paid[12] = 5_000, d("2025-04-20")
    states = _states(tmp_path, [CANCELLED, _line("PO-K1", 5_000, buyer=KOBE, product="灯罩"),
                                paid], TWO_PAYERS)
    assert states == {RIO: (0, 0, None, 5_000), KOBE: NONE, LIMA: NONE}


def test_the_book_read_again_moves_each_payers_wire_once(tmp_path: Path) -> None:
    """The same ledger imported twice: Kobe's and Lima's wires each theirs once (s312 b2)."""
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {
        "3月": [HEAD, CANCELLED, _line("PO-K1", 5_000, buyer=KOBE, product="灯罩"),
               _line("PO-L1", 5_000, buyer=LIMA, product="灯")],
        "收款明细": [PAYMENTS, *TWO_PAYERS], "6月": [HEAD, OTHER]})
    for _ in range(2):
        import_files(tmp_path / "db.sqlite", [book])
    found = by_name(at(tmp_path / "db.sqlite", d("2025-06-30")))
    assert {name: (round(found[name].open_amount), round(found[name].credit_on_account))
            for name in (RIO, KOBE, LIMA)} == {RIO: (0, 0), KOBE: (0, 0), LIMA: (0, 0)}
    with sqlite3.connect(tmp_path / "db.sqlite") as conn:
        wires = sorted(conn.execute(
            "SELECT l.received_amount, c.name FROM order_lines l JOIN orders o ON o.id = "
            "l.order_id JOIN customers c ON c.id = o.customer_id WHERE l.received_amount = "
            "5000 AND COALESCE(l.amount, 0) = 0"))
    assert wires == [(5_000, KOBE), (5_000, LIMA)]


def test_a_payer_owing_less_moves_his_wires_as_far_as_he_owes(tmp_path: Path) -> None:
    """s312 b4: Kobe's 5,000 + 5,000 on Rio's cancelled PO-R1, Kobe owing 5,000: the first
    pays it, the second stays Rio's credit (before: both Rio's, Kobe 5,000, 91 days, black)."""
    states = _states(tmp_path, [CANCELLED, _line("PO-K1", 5_000, buyer=KOBE, product="灯罩")],
                     [_wire("PO-R1", 5_000, payer=KOBE),
                      _wire("PO-R1", 5_000, payer=KOBE, on="2025-05-20")])
    assert states == {RIO: (0, 0, None, 5_000), KOBE: NONE}


def _moved(tmp_path: Path, note: str, orders: tuple[str, ...]) -> tuple[object, ...]:
    sheets = {"3月": [CANCELLED_HEAD, _r("PO-R1", "已取消")],
              "4月": [CANCELLED_HEAD, *(_r(no, None, 10_000, "2025-04-20", "2025-04-01")
                                       for no in orders)],
              "5月": [CANCELLED_HEAD, _r("PO-R1", note, 10_000, "2025-05-10")],
              "6月": [CANCELLED_HEAD, JUNE]}
    _imported(tmp_path, [write_xlsx(tmp_path / "b" / "2025外贸台账.xlsx", sheets)])
    return _seen(tmp_path)


@pytest.mark.parametrize(("note", "owed"), [
    ("PO-R2、PO-R3的款转入本单，恢复出货", 10_000),
    ("PO-R2和PO-R3的款各5000转入本单，恢复出货", 10_000),
    ("PO-R2的款3000、PO-R3的款2000转入本单", 5_000),
    ("PO-R2、PO-R3的款共8000转入本单，恢复出货", 8_000),
    ("PO-R2的款3000、PO-R3的款转入本单，恢复出货", 10_000)])
def test_money_moved_in_from_two_orders_is_taken_off_both(tmp_path: Path, note: str,
                                                          owed: int) -> None:
    """s313 e1–e1c: Rio owes what moved, 60 days, watch (before: not read as a move, 0). One
    figure after both is what moved of the two; an order after the last figure takes the rest
    of the row's 10,000."""
    assert _moved(tmp_path, note, ("PO-R2", "PO-R3")) == (owed, 60, "watch", 0, 30_000)


@pytest.mark.parametrize("note", ["PO-R2的款RMB21600转入本单，恢复出货",
                                  "PO-R2的款人民币21600元转入本单，恢复出货"])
def test_money_moved_in_rmb_is_converted_at_the_days_rate(tmp_path: Path, note: str) -> None:
    """s313 e2, e2b: 21,600 RMB is 3,000 at the rates table's rate: 3,000 owed, 60 days,
    watch (before: 21,600 dollars, all PO-R2's 10,000 taken back)."""
    assert _moved(tmp_path, note, ("PO-R2",)) == (3_000, 60, "watch", 0, 20_000)


def test_one_order_moved_in_reads_as_before(tmp_path: Path) -> None:
    """A control (fix60e's m3): PO-R2的款3000转入本单, 3,000 owed."""
    assert _moved(tmp_path, "PO-R2的款3000转入本单，恢复出货", ("PO-R2",)) == (
        3_000, 60, "watch", 0, 20_000)
