"""fix63a: the opposite wordings beside the noted half weighed on every tab and file
(core.ledger.noted_halves): what is no money of 701's, or no move, leaves the account as the
sheet says it; a later book re-sending the sheet with 701's balance moves the half back.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02;
as of 06-30 an unpaid sum is 72 days late, black.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, X, Y, _accounts, _typed
from test_fix63a_noted_halves import HALF, JUNE, _elsewhere, _sheet


def test_701_s_balance_denied_in_a_later_file_leaves_the_half_701_s(tmp_path: Path) -> None:
    """Hand count: June's 701 row noted 尾款还没收到 is no money: 701 owes 7,000, the noted row
    its half: X 3,500 owed, 72 days, black; Y 7,000 owed, black."""
    got = _accounts(tmp_path, [{"台账": [*_sheet(), LAST]},
                               {"6月": _elsewhere(7_000, "尾款还没收到")}], [X, Y])
    assert got == {X: HALF, Y: OWED}


def test_a_note_withdrawing_the_number_or_naming_no_money_stays_under_its_row(
        tmp_path: Path) -> None:
    """Hand count: 3,500 of 701 paid on the 6月 tab, 701 owing 3,500; the row's note names this
    order beside 701 (2025-701尾款另一半，写错了，是本单尾款) or 701 only for its price (价格同
    2025-701): Y's own, Y 3,500 owed, X 3,500 owed, both black."""
    for i, note in enumerate(("2025-701尾款另一半，写错了，是本单尾款", "价格同2025-701")):
        place = tmp_path / str(i)
        place.mkdir()
        got = _accounts(place, [{"台账": [*_sheet(note), LAST], "6月": _elsewhere(3_500)}],
                        [X, Y])
        assert got == {X: HALF, Y: HALF}, note


def test_two_halves_noted_for_701_owing_one_the_first_moves(tmp_path: Path) -> None:
    """Hand count: 701 paid 3,000 + 3,500 (6月 tab), owing 3,500; Y's row (05-20) and Z's row
    (05-21) each 3,500 noted 2025-701尾款另一半: Y's, stored first, is 701's: X 0, Y 7,000
    owed; Z's stays Z's: Z 3,500 owed, black."""
    rows = [*_sheet(), _order("2025-703", "Z"), DEPOSIT,
            _paid("另一半", 3_500, date(2025, 5, 21), note="2025-701尾款另一半"), LAST]
    got = _accounts(tmp_path, [{"台账": rows, "6月": _elsewhere(3_500)}], [X, Y, "Z"])
    assert got == {X: PAID, Y: OWED, "Z": HALF}


def test_a_later_book_re_sending_the_sheet_with_701_paid_moves_the_half_back(
        tmp_path: Path) -> None:
    """Hand count: March's book: 701 owes 7,000, the row 701's half (X 3,500, Y 7,000). June's
    book re-sends the sheet with 701's 尾款 7,000 typed below: the row back under 702: X 0, Y
    3,500 owed, black."""
    june = [*_sheet(), _typed("2025-701", X, "尾款", 7_000, JUNE), LAST]
    got = _accounts(tmp_path, [{"台账": [*_sheet(), LAST]}, {"台账": june}], [X, Y])
    assert got == {X: PAID, Y: HALF}


def test_a_number_two_orders_of_the_sheet_write_moves_nothing(tmp_path: Path) -> None:
    """Hand count: 2025-701 written by X's and W's orders: the note names no one order; Y's row
    stays Y's: Y 3,500 owed; X and W each 7,000 owed, black."""
    rows = [*_sheet(), _order("2025-701", "W"), DEPOSIT, LAST]
    got = _accounts(tmp_path, [{"台账": rows}], [X, Y, "W"])
    assert got == {X: OWED, Y: HALF, "W": OWED}


def test_a_wire_s_number_beside_the_noted_order_still_moves_the_half(tmp_path: Path) -> None:
    """Hand count: 701 owes 7,000 on the sheet; Y's row noted 2025-701尾款另一半，水单号TT20250520
    (a wire's number no order writes) is 701's half: X 3,500 owed, black; Y 7,000 owed."""
    got = _accounts(tmp_path, [{"台账": [*_sheet("2025-701尾款另一半，水单号TT20250520"), LAST]}],
                    [X, Y])
    assert got == {X: HALF, Y: OWED}


def test_a_later_book_writing_the_note_anew_moves_the_half_home(tmp_path: Path) -> None:
    """Hand count: March's book moves the row to 701 (X 3,500, Y 7,000); June's book re-sends
    the sheet, the row's note now 本单尾款另一半 (this order's): Y's own, Y 3,500 owed, X 7,000,
    both black."""
    got = _accounts(tmp_path, [{"台账": [*_sheet(), LAST]},
                               {"台账": [*_sheet("本单尾款另一半"), LAST]}], [X, Y])
    assert got == {X: OWED, Y: HALF}


def test_701_s_balance_refunded_in_a_later_file_takes_the_half_again(tmp_path: Path) -> None:
    """Hand count: March's book pays 701's 尾款 7,000 on its 6月 tab: the row Y's (X 0, Y 3,500).
    June's file refunds the 7,000 (退款 -7,000 on 06-10, 退尾款): 701 owes 7,000 again, the
    noted row its half: X 3,500 owed, 72 days, black; Y 7,000 owed, black."""
    refund = [_typed("2025-701", X, "退款", -7_000, date(2025, 6, 10), "退尾款"), LAST]
    got = _accounts(tmp_path, [{"台账": [*_sheet(), LAST], "6月": _elsewhere(7_000)},
                               {"退款": refund}], [X, Y])
    assert got == {X: HALF, Y: OWED}
