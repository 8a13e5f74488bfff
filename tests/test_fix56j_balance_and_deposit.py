"""fix56j: a wire that is both a deposit and a balance is split by what it names; a deposit
refund is no deposit (rv56d s140).

rv55e's workbook (出货明细 + 收款登记): Global Trading FZE owes INV-1 5,000 (B/L 03-03, OA 30: 89
days overdue at 06-30); on 05-01 the register books a wire of 6,000 from it. Before, fix56a's
hold read every note naming a deposit not yet paid as one, beside a balance word too: all 6,000
held, INV-1 5,000 open, 89 days, watch. A deposit sent back with its order between (退PI-77定金)
was read as no refund, its -6,000 a second 6,000 held.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fast_import import _same_import
from test_fix54f_registers import GULF, GULF_PAID, _book
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report

FZE = "Global Trading FZE"
INV1 = ("INV-1", "HT-1", FZE, 5000, "2025-03-01", "2025-03-03", "OA 30 days")
GULF_LATE = ("2025-06-30", "Gulf Star Hardware LLC", 100, None, None, "货款")
AS_OF = date(2025, 6, 30)
SAID: dict[Path, str] = {}  # each run's first report


def _fze(where: Path, wires: list[tuple[str, int, str]], as_of: date = AS_OF
         ) -> tuple[float, int, str | None, float, float]:
    """FZE's open, days overdue, list, credit on account and deposits held after the register's
    `wires` (day, sum, 备注), imported by both imports."""
    rows = [(day, FZE, amount, None, None, note) for day, amount, note in wires]
    results = _same_import(where, [_book(where / "2025外贸台账.xlsx", [GULF, INV1],
                                         [GULF_PAID, *rows, GULF_LATE])])
    SAID[where] = import_report(results[0])
    c = by_name(at(where / "fast.sqlite", as_of))[FZE]
    return (round(c.open_amount, 2), c.max_days_overdue, c.list if c.list in ("black", "watch")
            else None, round(c.credit_on_account, 2), round(c.deposits_held, 2))


@pytest.mark.parametrize("note", ["定金及尾款一次付清", "deposit and balance in full",
                                  "全款（含定金）"])
def test_a_balance_paid_with_its_deposit_pays_the_open_invoice(tmp_path: Path, note: str):
    """s140 a2, a12, a13: the deposit names no order; the wire is the balance, money of its own.
    Hand: 0 open, 1,000 on account (before: 5,000 open, 89 days, watch, 6,000 held)."""
    assert _fze(tmp_path, [("2025-05-01", 6000, note)]) == (0, 0, None, 1000, 0)


@pytest.mark.parametrize("note", [
    "付清PI-77定金及INV-1余款", "INV-1尾款5000+PI-77定金1000", "INV-1余款，多的1000作PI-77定金",
    "balance INV-1 + deposit PI-77"])
def test_a_balance_and_a_numbered_deposit_are_split(tmp_path: Path, note: str):
    """s140 a3, a5, a14, a15: the balance pays INV-1 (its open sum or the note's figure), the
    rest is PI-77's deposit, held while no file sells it. Hand: 0 open, 1,000 held (before:
    5,000 open, 89 days, watch, 6,000 held)."""
    assert _fze(tmp_path, [("2025-05-01", 6000, note)]) == (0, 0, None, 0, 1000)
    assert "row 3: a deposit held for PI-77" in SAID[tmp_path]  # the report names its row


def test_a_deposit_sent_back_is_no_deposit(tmp_path: Path):
    """s140 b1: 6,000 noted PI-77定金 on 04-01, -6,000 noted 退PI-77定金 on 05-01: the deposit
    came and went back. Hand: INV-1 5,000 open, 89 days, black, nothing held or on account,
    and the refund row named held nowhere (before: 0 open, 1,000 credit, 6,000 held, the
    refund's row 4 reported as a deposit held for PI-77)."""
    wires = [("2025-04-01", 6000, "PI-77定金"), ("2025-05-01", -6000, "退PI-77定金")]
    assert _fze(tmp_path, wires) == (5000, 89, "black", 0, 0)
    said = SAID[tmp_path]
    assert "row 3: a deposit held for PI-77" in said
    assert "row 4: a deposit held" not in said
