"""imp39: accounts that still hung on the order of import. Each scenario is two small files
(a firm's file a month, test_import_order36._every_order: A then B, B then A, A, B, A again),
the app's import and the reference import compared after every file. Mumbai Mart's MT-1
15,000 of 03-01, shipped 03-05, OA 30 days (due 04-04), counted by hand at 06-30."""

from __future__ import annotations

from pathlib import Path

from test_break34a_refunds import TYPED
from test_import_order36 import _every_order
from test_import_order38 import _with_received
from test_lists_audit30 import row


def _typed_return(note: str | None, day: str = "2025-04-20") -> list[object]:
    """MT-1's return on a row of its own: -3,000 of `day` typed 退货, noted `note`."""
    return [*row("MT-1", "Mumbai Mart", day, -3_000, None), "退货", note]


# --- 2. the balance noted as not received ----------------------------------------------------

def test_a_balance_noted_as_not_received_is_as_late_either_way(tmp_path: Path):
    """A (March): MT-1's 4,500 deposit received 03-02, noted 定金. B (April): the 4,500 again,
    dated 04-15, noted 余款未收 (the balance not received: no money came on 04-15). Hand
    count: 10,500 open; the latest receipt in the data, the day overdue days are counted to,
    is the deposit's 03-02, before MT-1 falls due (04-04): 0 days past due, in every order.
    Before: March then April took 04-15 for a receipt's day, 11 days past due; April then
    March 0."""
    figures = _every_order(
        tmp_path, {"台账": [TYPED, _with_received(4_500, "2025-03-02", "定金")]},
        {"台账": [TYPED, _with_received(4_500, "2025-04-15", "余款未收")]})
    assert figures[0] == 10_500 and figures[2] == [("MT-1", 10_500, 0)]
