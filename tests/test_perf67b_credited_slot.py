"""perf67b: an analysis order's three credit figures in one slot, its answers unchanged.

`OrderRow.credit_profit`, `named_credit` and `nothing` are the defaults (0.0, 0.0, a cent) on
every order no credit note touches: one slot (`_credited`, None until a credit note sets one)
holds the three, where three slots were (an order 256 bytes with its header, not 272: 12 MB
at the million-line store's 770,000 orders, all held to the analysis's end). Each is still
read and set by its name. The ledger is test_credited_orders_audit20's (a return naming
another order in full, a discount naming one in part, a return on the order's own number, a
second order returned), written with openpyxl and imported as the app does.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_credited_orders_audit20 import imported

from core.analysis.dataset import CENT, OrderRow
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.run import analyse
from core.store import connect


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    conn = connect(imported(tmp_path_factory.mktemp("credited_slot")))
    try:
        return analyse(conn)
    finally:
        conn.close()


def _orders(analysis: Analysis) -> dict[str | None, OrderRow]:
    return {o.order_no: o for o in analysis.orders}


def _customer(analysis: Analysis, name: str) -> CustomerMetrics:
    [found] = [c for c in analysis.customers if c.customer == name]
    return found


def test_the_order_is_two_slots_smaller() -> None:
    """28 slots (main: 30, 256 bytes without the collector's header, 272 with)."""
    assert len(OrderRow.__slots__) == 28
    assert OrderRow.__basicsize__ == 240


def test_an_order_no_credit_note_touches_holds_nothing_apart(analysis: Analysis) -> None:
    orders = _orders(analysis)
    anchor = orders["AN-1-2"]
    assert anchor._credited is None
    assert (anchor.credit_profit, anchor.named_credit, anchor.nothing) == (0.0, 0.0, CENT)
    assert anchor.valid and anchor.net_base == 55_000


def test_a_return_naming_another_order_in_full_leaves_no_order(analysis: Analysis) -> None:
    """SR-2's 40,000 taken by CN-SR: named −40,000, no order; the small late buyer black."""
    sr2 = _orders(analysis)["SR-2"]
    assert sr2._credited is not None and sr2.named_credit == -40_000
    assert sr2.nothing >= CENT and not sr2.valid and sr2.wholly_credited
    c = _customer(analysis, "Small Returner")
    assert (c.orders_12m, c.avg_order_12m, c.open_amount, c.max_days_overdue) == (
        1, 8_000, 8_000, 183)
    assert c.list == "black"


def test_a_discount_naming_an_order_in_part_leaves_its_net(analysis: Analysis) -> None:
    """PC-1's 25,000 less CN-PC's 6,000: an order of 19,000, 19,000 open, 183 days: black."""
    pc1 = _orders(analysis)["PC-1"]
    assert pc1.named_credit == -6_000 and pc1.valid and pc1.net_base == 19_000
    c = _customer(analysis, "Part Credited")
    assert (c.orders_12m, c.avg_order_12m, c.revenue_12m, c.open_amount, c.max_days_overdue
            ) == (1, 19_000, 19_000, 19_000, 183)
    assert c.list == "black"


def test_a_return_on_the_orders_own_number_is_its_own_credit(analysis: Analysis) -> None:
    """IO-1's return is its own credit line (`credit`), not a named one: no order left."""
    io1 = _orders(analysis)["IO-1"]
    assert io1.credit == -30_000 and io1.named_credit == 0.0 and not io1.valid
    c = _customer(analysis, "Inside Return")
    assert (c.orders_12m, c.avg_order_12m, c.revenue_12m) == (1, 10_000, 10_000)
    assert c.list == "black"


def test_a_second_order_returned_is_none_for_f(analysis: Analysis) -> None:
    orders = _orders(analysis)
    assert not orders["TW-2"].valid and orders["TW-1"].valid and orders["TW-1"]._credited is None
    c = _customer(analysis, "Twice Sold")
    assert (c.orders_12m, c.tier, c.list) == (1, "long_tail", None)


def test_each_figure_set_alone_keeps_the_other_two() -> None:
    order = OrderRow(1, 1, "X-1", date(2025, 1, 1), None, False, "USD", 100.0, 100.0, True,
                     0.0, None, None, None, None, None)
    order.credit_profit = None  # a credit note's cost unknown: the gross profit unknown
    assert (order.credit_profit, order.named_credit, order.nothing) == (None, 0.0, CENT)
    order.named_credit = -99.0
    order.nothing = 1.0
    assert (order.credit_profit, order.named_credit, order.nothing) == (None, -99.0, 1.0)
    assert not order.settle().valid  # 100 − 99 = 1, not above what counts as nothing
    order.nothing = CENT
    assert order.settle().valid and order.net_base == 1.0
