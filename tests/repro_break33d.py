"""break33d: faults found and left open, each a test that FAILS on the branch (hand count in
its docstring). Not collected by the suite (no test_ prefix): run it by name,
`$PY -m pytest -q tests/repro_break33d.py`, and rename it test_... with the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_break33d import SALES, _imported, _tab
from test_corrected_payments_pay32 import NAIROBI, _pay


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_the_ledger_re_sent_after_a_customer_rename(tmp_path: Path, order):
    """May re-sends April's ledger with Nairobi Deco renamed Nairobi Deco Ltd everywhere, and
    its new 4,000 of 05-20. Hand count: one buyer, 13,000 sold, 13,000 paid. Now: April then
    May: the old name keeps 9,000 of credit (April's payments counted again under the new
    name); May then April: Nairobi Deco 4,000 open, Ltd 13,000 credit."""
    renamed = "Nairobi Deco Ltd"
    april = ("台账 2025-04.xlsx", {"台账": SALES, "收款": _tab(
        _pay(NAIROBI, "2025-04-20", 6_000), _pay(NAIROBI, "2025-04-22", 3_000))})
    may = ("台账 2025-05.xlsx", {
        "台账": [SALES[0], *([line[0], renamed, *line[2:]] for line in SALES[1:])],
        "收款": _tab(_pay(renamed, "2025-04-20", 6_000), _pay(renamed, "2025-04-22", 3_000),
                   _pay(renamed, "2025-05-20", 4_000))})
    owed, _ = _imported(tmp_path, [april, may], order)
    assert sum(open_ for open_, _ in owed.values() if open_) == 0
    assert sum(credit for _, credit in owed.values()) == 0
