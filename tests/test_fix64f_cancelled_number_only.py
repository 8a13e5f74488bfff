"""fix64f (rv64c D6 on fix64d): a number-only payment row (no buyer, no note) naming an order
that is cancelled (已取消) is no money of that order's buyer: it stays skipped "no customer", as
before fix64d. Its order cancelled, the row is most likely its deposit refunded typed positive;
taken, its 3,000 was money come, a credit the buyer's unpaid order then used up.

Hand counts: Buyer X's 2025-703, 10,000 USD ordered 03-01, not shipped, 已取消, its 定金30%
3,000 received 03-02 (the buyer's money held); his 2025-702, 7,000 shipped 03-20 OA 30天 (due
04-19), unpaid. The 收款 tab (or May's ledger) lists 703 / 3,000 / 05-10. As of 06-30, skipped:
7,000 − the 3,000 held = 4,000 owed, 72 days, black; taken: 1,000 (the wrong account). Every
ledger is imported by both imports (tests.test_fast_import._same_import), real .xlsx, real SQLite.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order
from test_fix62f_repeated_cells import DEPOSIT, X
from test_fix64d_number_only_payments import HEAD, _account, _import, _number_only, _skips

MAY = date(2025, 5, 10)
OWES = (4_000.0, 72, "black", 0.0)


def _cancelled(status: str = "已取消") -> list[list[object]]:
    """X's 703 (its status `status`) with its deposit, and his unpaid 702."""
    cancelled = _order("2025-703", X)
    cancelled[7], cancelled[10] = None, status
    owed = _order("2025-702", X)
    owed[3] = 7_000
    return [cancelled, DEPOSIT, owed]


def test_a_cancelled_order_s_number_on_the_receipts_tab_takes_no_money(tmp_path: Path) -> None:
    """The 收款 tab's 703 / 3,000 row: skipped, X 4,000 owed, 72 days, black (fix64d: 1,000)."""
    results = _import(tmp_path, [{"台账": [HEAD, *_cancelled(), LAST],
                                  "收款": [HEAD, _number_only("2025-703", 3_000, MAY)]}])
    assert _account(tmp_path, X) == OWES
    assert [skip[0] for skip in _skips(results)] == ["收款"]


def test_a_stored_cancelled_order_s_number_in_a_later_file_takes_no_money(tmp_path: Path
                                                                           ) -> None:
    """March's ledger stores the cancelled 703; May's lists 703 / 3,000: 4,000 owed, black."""
    other = ["2025-300", "Other Co", date(2025, 4, 1), 500, "USD", "T/T", "x", date(2025, 4, 2),
             500, date(2025, 4, 3), "", ""]
    _import(tmp_path, [{"台账": [HEAD, *_cancelled(), LAST]},
                       {"台账": [HEAD, _number_only("2025-703", 3_000, MAY), other]}])
    assert _account(tmp_path, X) == OWES


def test_an_order_cancelled_in_the_file_of_the_row_takes_no_money(tmp_path: Path) -> None:
    """March's ledger stores 703 standing; May's marks it 已取消 and lists 703 / 3,000 on its
    收款 tab: the order as May writes it is cancelled, the row no money: 4,000 owed, black."""
    _import(tmp_path, [{"台账": [HEAD, *_cancelled(""), LAST]},
                       {"台账": [HEAD, *_cancelled(), LAST],
                        "收款": [HEAD, _number_only("2025-703", 3_000, MAY)]}])
    assert _account(tmp_path, X) == OWES


def test_a_standing_order_s_number_still_takes_its_money(tmp_path: Path) -> None:
    """Opposite: 703 not cancelled (unshipped, nothing due): the row is its money, taken as
    fix64d takes it; the 6,000 X holds on it (3,000 + 3,000) set against 702's 7,000: 1,000
    owed, 72 days, black."""
    results = _import(tmp_path, [{"台账": [HEAD, *_cancelled(""), LAST],
                                  "收款": [HEAD, _number_only("2025-703", 3_000, MAY)]}])
    assert _account(tmp_path, X) == (1_000.0, 72, "black", 0.0)
    assert _skips(results) == []

