"""break33e: the deposit33 rule (an 已收 equal to the 定金, dated later, is the balance only on a
day the terms make one likely) tried with the ledgers clerks keep otherwise. Each test gives the
files, the hand count and what the user saw before.

Defaults: OA 30 (D-1 ordered 02-01, deposit 5,000 on 02-10); days overdue run to the latest
receipt the ledger records up to the as-of date (a payer's, on the days checked).
"""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
import test_received_steps_recv32 as deposits
from ledgers import write_xlsx
from test_break32 import _owed
from test_break33b import DALIAN, DAYS, _deposit_file
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d

from core.ledger.report import import_report

DEPOSIT = (5_000, "2025-02-10")


def _line(amount: float, ship: str, received: float | None = None, on: str | None = None,
          deposit: tuple[float, str] | None = None) -> list[object]:
    return deposits.row("D-1", DALIAN, "2025-02-01", amount, ship, received, on, deposit)


def _two_parts(on: str, second: str) -> list[list[object]]:
    """D-1 10,000 in two shipments, 6,000 on 03-01 holding the order's 5,000 deposit and its
    已收 5,000 on `on`, 4,000 on `second`."""
    return [_line(6_000, "2025-03-01", 5_000, on, DEPOSIT), _line(4_000, second)]


def _open(db: Path, days: tuple[str, ...] = DAYS) -> dict[str, tuple[float, str | None]]:
    return {day: _owed(by_name(at(db, d(day)))[DALIAN])[:2] for day in days}


# --- 1. an order shipped in two parts, one deposit ------------------------------------------

@pytest.mark.parametrize("order", list(permutations(range(2))))
def test_the_balance_of_an_order_shipped_in_two_parts_is_paid(tmp_path: Path,
                                                             order: tuple[int, ...]) -> None:
    """D-1 10,000 shipped 6,000 on 03-01 and 4,000 on 04-01 (OA 30), one 5,000 deposit (50 % of
    the order) on 02-10 on the first line, 已收 5,000 on 04-20, after both shipments: deposit and
    balance, the order paid, on no list, the lines written in either order. Before: the
    deposit was judged against the first shipment's 6,000 (5,000 + 5,000 is not 6,000), the
    5,000 read as the deposit so far: 5,000 open, black at 06-30, a buyer paid in full."""
    rows = _two_parts("2025-04-20", "2025-04-01")
    sheet = [deposits.HEADER, *[rows[i] for i in order], *deposits.payer(*DAYS)]
    _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx", {"台账": sheet})])
    assert _open(tmp_path / "fast.sqlite") == {day: (0, None) for day in DAYS}
    read = deposits.read(tmp_path / "fast.sqlite", DALIAN, [d(day) for day in DAYS])
    assert {figure for figures in read.values() for figure in figures[0].values()} == {(0, 0)}


def test_a_deposit_booked_again_on_an_order_in_two_parts_is_the_deposit(tmp_path: Path) -> None:
    """Guard: the same order, 已收 5,000 on 02-15, five days after the deposit and before the
    first shipment (OA pays after it): the deposit booked again, 5,000 open, black at 06-30."""
    sheet = [deposits.HEADER, *_two_parts("2025-02-15", "2025-04-01"), *deposits.payer(*DAYS)]
    _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx", {"台账": sheet})])
    assert _open(tmp_path / "fast.sqlite")["2025-06-30"] == (5_000, "black")


def test_the_first_line_s_own_deposit_and_balance_on_an_order_in_two_parts(tmp_path: Path
                                                                          ) -> None:
    """Guard: a 3,000 deposit and 已收 3,000 on 04-20 on the 6,000 first shipment of a 10,000
    order shipped in two parts: not the order's amount, the 3,000 is the deposit so far (as
    on an order shipped at once, deposit33 R2): 7,000 open, black at 06-30."""
    sheet = [deposits.HEADER, _line(6_000, "2025-03-01", 3_000, "2025-04-20",
                                    (3_000, "2025-02-10")),
             _line(4_000, "2025-04-01"), *deposits.payer(*DAYS)]
    _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx", {"台账": sheet})])
    assert _open(tmp_path / "fast.sqlite")["2025-06-30"] == (7_000, "black")


# --- 2. February's 已收 equal to the deposit, before an OA shipment, a week after the deposit --

@pytest.mark.parametrize("terms", ["OA 30 days", "50%定金，50%见提单副本付款"])
@pytest.mark.parametrize("order", list(permutations(range(2))))
def test_the_deposit_booked_before_shipment_then_re_dated_is_the_deposit(
        tmp_path: Path, order: tuple[int, ...], terms: str) -> None:
    """February's file: D-1 10,000 (shipped 03-01), deposit 5,000 of 02-10, 已收 5,000 on 02-20,
    before the shipment on terms paying the balance after it (OA 30; 50 % deposit, balance
    against the B/L copy): the deposit; April's file the same 5,000 on 04-20: the same running
    total re-dated, only the deposit came in: 5,000 open, black at 06-30, in either import
    order, the row named. Before: imported in order, February's 02-20 (ten days after the
    deposit) was taken as no earlier state of the deposit, April's 5,000 read as the balance:
    D-1 paid, Dalian off the stop-loss list; imported April first, black."""
    folder = tmp_path / "ledgers"
    feb, apr = (_deposit_file(5_000, "2025-02-20", "2025-02-28"),
                _deposit_file(5_000, "2025-04-20", *DAYS))
    feb[1][5] = apr[1][5] = terms
    files = [write_xlsx(folder / "台账 2025-02.xlsx", {"2月": feb}),
             write_xlsx(folder / "台账 2025-04.xlsx", {"4月": apr})]
    results = _same_import(tmp_path, *[[files[i]] for i in order])
    assert _open(tmp_path / "fast.sqlite")["2025-06-30"] == (5_000, "black")
    assert "尾款" in " ".join(import_report(result) for result in results)
