"""Only customers whose lines can hold a copied wire are judged by the check (an47, issue 11).

The copied-wire check (core.analysis.wires.clear_copies) judged every line of every customer
whose money came from two files: after an update month, 12,823 of the 20k store's 13,985
money lines, a tenth of its analysis, clearing none. A copy needs a payment's own row, a total
another file raised, or two figures of one kind of one sum and day; a customer with none of
these is not judged, and the analysis must be what judging it gave.
"""

from __future__ import annotations

from array import array
from datetime import date
from typing import Any

from account_cli import customers
from test_mem42_wires_batched import AS_OF, two_files
from test_perf44a_wire_verdicts import _judged as spied

import core.analysis.wires as wires
from core.analysis.wire_batches import may_hold_copies

DAY = date(2025, 6, 10)


def written(line: int, received: float | None, on: date | None = DAY, *, deposit: float | None
            = None, deposit_on: date | None = None, payment: bool = False,
            history: str | None = None) -> tuple[Any, ...]:
    """A money line as the reading keeps it (core.analysis.wires.Written), customer 7."""
    return (line, 7, None, "USD", "april.xlsx", received, on, deposit, deposit_on, None, None,
            10_000.0, payment, history, None)


def ask(*lines: tuple[Any, ...]) -> bool:
    return may_hold_copies(list(lines), array("l", range(len(lines))))


def test_figures_each_of_their_own_sum_or_day_hold_no_copy():
    assert not ask(written(1, 10_000.0), written(2, 10_000.0, date(2025, 6, 11)),
                   written(3, 9_000.0), written(4, None, None))
    # a deposit and a received total of one sum and day are two kinds: never one wire
    assert not ask(written(1, 3_000.0, deposit=3_000.0, deposit_on=DAY))


def test_a_figure_twice_a_payment_row_or_a_raised_total_may():
    assert ask(written(1, 10_000.0), written(2, 10_000.0))
    assert ask(written(1, 10_000.004), written(2, 10_000.0))  # the check's rounding to cents
    assert ask(written(1, 3_000.0, None), written(2, 3_000.0, None))  # undated, both
    assert ask(written(1, None, None, deposit=3_000.0, deposit_on=DAY),
               written(2, None, None, deposit=3_000.0, deposit_on=DAY))
    assert ask(written(1, 10_000.0), written(2, 4_000.0, payment=True))
    assert ask(written(1, 9_000.0, history='[["2025-03-25", 4000.0, "march.xlsx"]]'))


def test_a_customer_that_cannot_hold_a_copy_is_not_judged_and_nothing_moves(
        tmp_path, monkeypatch):
    """Gamma Co's money is in both files, none of it twice: not judged (main judged it with
    Alpha Co and Beta Co, whose copies it cleared); every figure and the notes' order as
    when every customer of two files is judged."""
    db = two_files(tmp_path)
    judged = spied(monkeypatch)
    filtered = customers(db, AS_OF)
    assert len(judged) == 1 and len(judged[0]) == 2  # Alpha Co and Beta Co
    judged.clear()
    monkeypatch.setattr(wires, "may_hold_copies", lambda money, places: True)
    assert customers(db, AS_OF) == filtered
    assert len(judged) == 1 and len(judged[0]) == 3  # main's: Gamma Co too

