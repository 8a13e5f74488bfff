"""fix55m (rv55e s61g, s61g5, s61h): the bank's short spelling of one buyer wiring money its
note or reference cell says is another buyer's.

Global Trading FZE owes INV-1 and Beta Homeware Ltd INV-2 (4,000, B/L 03-03, OA 30: 89 days at
06-30). "GLOBAL TRADING", who buys nothing, wires 4,000 on 05-01 naming no invoice, its 备注 or
对应发票 naming Beta. Reader 93 read money naming no paper as the short spelling's customer
whatever its note said: FZE's 3,000 paid with 1,000 on account, Beta 4,000 open, black. A payer
of no name alike (ORIENT EXCHANGE FZE) with the note "Beta Homeware 货款" kept the 4,000 on
account. Each workbook is fix54e's (出货明细 + 收款登记), written with openpyxl, imported whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix55d_who_paid import AS_OF, LATE, _whole
from test_payer_named_fix54e import GULF, GULF_PAID, _account

CASES = [  # (FZE's INV-1, payer, 对应发票, 备注): FZE's open stays whole, Beta's is paid
    (3_000, "GLOBAL TRADING", None, "Beta Homeware Ltd"),
    (5_000, "GLOBAL TRADING", None, "Beta Homeware 货款"),
    (5_000, "ORIENT EXCHANGE FZE", None, "Beta Homeware 货款"),
    (4_000, "GLOBAL TRADING", "Beta Homeware Ltd", "货款"),
    (4_000, "GLOBAL TRADING", "Beta Homeware", "货款")]


@pytest.mark.parametrize("fze, payer, ref, note", CASES)
def test_money_naming_another_buyer_by_name_is_that_buyers(
        tmp_path: Path, fze: int, payer: str, ref: str | None, note: str) -> None:
    """Hand at 06-30: Beta 0 open, on no list; FZE its INV-1 open, 89 days, black, no credit;
    no customer of the payer. Main: FZE 0 (or 1,000 paid) with the rest on account, Beta 4,000
    open, 89 days, black (ORIENT: 4,000 on account)."""
    ships = [GULF, ("INV-1", "Global Trading FZE", fze, "2025-03-01", "2025-03-03",
                    "OA 30 days"),
             ("INV-2", "Beta Homeware Ltd", 4_000, "2025-03-01", "2025-03-03", "OA 30 days")]
    wire = ("2025-05-01", payer, 4_000, None, ref, note)
    _whole(tmp_path, "2025外贸台账.xlsx", ships, [GULF_PAID, wire, LATE])
    assert _account(tmp_path, "Beta Homeware Ltd", AS_OF) == (0, 0, 0, 0, None)
    assert _account(tmp_path, "Global Trading FZE", AS_OF) == (fze, fze, 89, 0, "black")
    assert _account(tmp_path, payer, AS_OF) is None

