"""fix55m (rv55c s38): yuan a little short of a 5 % share of its dollar invoice in a received
column judged RMB (most figures run at the rate, no units row).

Reader 78 let any figure up to 50 short of a whole 5 % share be that share wired less the
bank's charge, in dollars: some 6 % of RMB figures are. A charge is taken only on a usual
deposit or balance share (20–80 %, or the whole) and in whole 5s, as banks charge: rv55a's
dollar deposits (2,975, 2,380, 6,965) stay dollars; 6,958 and 9,460 RMB are yuan again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_fix55a_units_rmb_receipts import HEAD, OTHER, _accounts, _row

from core.ledger.received_rmb import could_be_rmb


def test_yuan_a_little_short_of_a_share_stay_yuan(tmp_path: Path) -> None:
    """Four buyers paid in full in yuan at 7.1 set the column RMB; Zeta's 6,958 RMB (980 USD
    settled: 1,000 less a 20 charge) on 10,000 USD and Iota's 9,460 RMB on 10,000 (about 1,314
    USD): at the app's 7.2, 9,034 and 8,686 open, 82 days, black. Main: 6,958 and 9,460 read
    as dollars, 3,042 and 540 open."""
    rows = [HEAD, _row("A1", "Alpha Trading LLC", 10_000, "USD", 71_000),
            _row("A2", "Beta Imports Ltd", 8_000, "USD", 56_800),
            _row("A3", "Gamma Cuisine SAS", 6_000, "USD", 42_600),
            _row("A4", "Delta Casa SL", 12_000, "USD", 85_200),
            _row("A5", "Zeta Homeware FZE", 10_000, "USD", 6_958),
            _row("A8", "Iota Trading Co", 10_000, "USD", 9_460),
            ["A7", OTHER, date(2025, 6, 1), 1_000, "USD", "T/T", date(2025, 6, 30), 7_100,
             date(2025, 6, 30)]]
    _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": rows})])
    accounts = _accounts(tmp_path)
    assert accounts["Zeta Homeware FZE"] == (9_034, 82, "black", 0), accounts
    assert accounts["Iota Trading Co"] == (8_686, 82, "black", 0), accounts
    assert accounts["Alpha Trading LLC"] == (0, 0, None, 0), accounts


def test_a_charge_is_whole_5s_off_a_usual_share() -> None:
    """6,958 (42 off 70 %), 9,460 (40 off 95 %) and 2,712 (38 off 2,750, 55 % of 5,000) could
    be yuan; 2,975, 6,965, 4,950 and 7,980 of 8,000 (off 30, 70, 50 % and the whole) are the
    invoice's dollars. Main: the first three read as dollars."""
    assert all(could_be_rmb(paid, amount) for paid, amount in (
        (6_958, 10_000), (9_460, 10_000), (2_712, 5_000)))
    assert not any(could_be_rmb(paid, amount) for paid, amount in (
        (2_975, 10_000), (6_965, 10_000), (4_950, 10_000), (7_980, 8_000)))
