"""An unnamed wire every reading of which holds the same noted order less its deduction (fix61b).

Muscat Home's 8月 tab: YW25-0222 10,000 noted 质量扣款500, OA 30 shipped 09-05 (due 10-05: 87
days at 12-31), with other orders of 5,000 shipped that day; its 收款登记 wire of 11-11, 14,500,
合并付款, names no invoice (rv60c s325 M1). Which 5,000 it paid the clerk did not say, but
either way YW25-0222 was paid less its 500: the deduction is read, one 5,000 stays owed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix60m_wires_of_two_readings import NOTED, _muscat

FIVE = [("YW25-0227", 5000, "2025-09-05", None), ("YW25-0228", 5000, "2025-09-05", None),
        ("YW25-0232", 5000, "2025-09-05", None)]


@pytest.mark.parametrize(("others", "hand"), [(FIVE[:2], (5000, 87, "black")),
                                              (FIVE, (10_000, 87, "black"))])
def test_readings_alike_on_the_deduction_read_it(
        tmp_path: Path, others: list[tuple[str, int, str, str | None]],
        hand: tuple[int, int, str]) -> None:
    """14,500 is YW25-0222 less 500 with YW25-0227, or with YW25-0228 (or YW25-0232): the 500
    is the deduction's, the rest of the wire pays the oldest (before: no deduction read, 5,500
    (10,500) open)."""
    assert _muscat(tmp_path, [NOTED, *others], 14_500) == hand


def test_readings_differing_on_the_deduction_read_none(tmp_path: Path) -> None:
    """A control (fix60m's rule): 14,500 is YW25-0222 less its 500 with YW25-0227, or
    YW25-0229 less its own 500 with it: which order's deduction it was the clerk did not say,
    so nothing is read and the wire pays the oldest first (10,000 of YW25-0222, 4,500 of
    YW25-0227): 500 and YW25-0229's 10,000 owed."""
    noted = ("YW25-0229", 10_000, "2025-09-05", "质量扣款500")
    assert _muscat(tmp_path, [NOTED, FIVE[0], noted], 14_500) == (10_500, 87, "black")
