"""fix63a2: the noted half is weighed in the store (core.ledger.noted_halves) only for a row the
reader held under the order above it (order_payments.OrderPayments.noted), never for a row
typing its own order's number, with its buyer or without: that row is its order's whatever its
note names.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02;
as of 06-30 an unpaid sum is 72 days late, black. Buyer X's 2025-701 and Buyer Y's 2025-702;
701's balance 7,000 unpaid everywhere, so a row given to 701 would pay half of it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, X, Y, _accounts, _typed
from test_fix63a_noted_halves import HALF

NOTE = "2025-701尾款另一半"
MAY = date(2025, 5, 20)


def _orders() -> list[list[object]]:
    return [_order("2025-701", X), DEPOSIT, _order("2025-702", Y), DEPOSIT]


def test_a_row_typing_its_own_order_and_buyer_stays_its_order_s(tmp_path: Path) -> None:
    """Hand count: Y's 3,500 typed 2025-702 / Buyer Y under 702, noted 2025-701尾款另一半, is
    Y's: X 10,000 − 3,000 = 7,000 owed, 72 days, black; Y 10,000 − 3,000 − 3,500 = 3,500
    owed, black (fix63a before this: moved to 701, X 3,500, Y 7,000, the good half on the
    wrong buyer). Typed on another tab of the file, or in a later file, the same."""
    places = {
        "same tab": [{"台账": [*_orders(), _typed("2025-702", Y, "尾款", 3_500, MAY, NOTE),
                               LAST]}],
        "another tab": [{"台账": [*_orders(), LAST],
                         "6月": [_typed("2025-702", Y, "尾款", 3_500, MAY, NOTE), LAST]}],
        "a later file": [{"台账": [*_orders(), LAST]},
                         {"6月": [_typed("2025-702", Y, "尾款", 3_500, MAY, NOTE), LAST]}],
    }
    for i, (name, files) in enumerate(places.items()):
        place = tmp_path / str(i)
        place.mkdir()
        assert _accounts(place, files, [X, Y]) == {X: OWED, Y: HALF}, name


def test_the_same_row_held_under_the_order_above_still_moves(tmp_path: Path) -> None:
    """Control: the row with its number and buyer blank, held under 702: 701 owes 7,000, so
    it is 701's other half: X 10,000 − 3,000 − 3,500 = 3,500 owed, 72 days, black; Y 7,000
    owed, black (as fix63a reads it)."""
    got = _accounts(tmp_path, [{"台账": [*_orders(), _paid("另一半", 3_500, MAY, note=NOTE),
                                         LAST]}], [X, Y])
    assert got == {X: HALF, Y: OWED}


def test_a_row_typing_only_its_order_s_number_under_it_stays_its_order_s(
        tmp_path: Path) -> None:
    """A row under 702 typing 2025-702 but no buyer was put there on purpose (the lead's ruling
    on rv64a's finding 4): it stays 702's, as a row typing its number and buyer does. 701 owes
    7,000: X 7,000 owed, 72 days, black; Y 10,000 − 3,000 − 3,500 = 3,500 owed, black (fix63a:
    moved, X 3,500 and Y 7,000). 701 paid on another tab: X 0, Y 3,500 owed, black."""
    row = _typed("2025-702", None, "尾款", 3_500, MAY, NOTE)
    got = _accounts(tmp_path, [{"台账": [*_orders(), row, LAST]}], [X, Y])
    assert got == {X: OWED, Y: HALF}
    paid = tmp_path / "paid"
    paid.mkdir()
    got = _accounts(paid, [{"台账": [*_orders(), row, LAST], "6月": [
        _typed("2025-701", X, "尾款", 7_000, date(2025, 6, 1)), LAST]}], [X, Y])
    assert got == {X: PAID, Y: HALF}
