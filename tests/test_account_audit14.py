"""The customer account, audit 14: a row's received figure beside a deposit larger than it.

A row's received figure holds the deposit written beside it when it can: 10,000 received
beside a 3,000 deposit is 3,000 deposit and 7,000 more, not 13,000 (docs/analysis.md,
"Credits"), and 2,985 beside it is that deposit received short by a bank charge. A received
figure far below the deposit (by more than a charge: 2 % of it, or 100) cannot hold it: both
are money. Before, such a deposit was dropped, the customer owed it again, and could be
black-listed for goods paid in full. Expectations are worked out by hand (OA 30: due = ship +
30; black list: more than 60 days past due on an average order under 20,000 USD).
"""

from __future__ import annotations

from test_account_audit import A, counted_once, customer, d, firm, row

from core.analysis.wires import LineReceipts

# the order of 10,000 paid 8,000 deposit on 02-10 and 2,000 on 03-20 after shipping 02-20
PAID_IN_TWO = [row("PO-1", "Deposit Co", "2025-02-01", 10_000, ship="2025-02-20",
                   deposit=8_000, deposit_on="2025-02-10", received=2_000,
                   received_on="2025-03-20")]
# the common case: the received figure is the total, the deposit part of it
TOTAL_HOLDS_DEPOSIT = [row("PO-2", "Whole Co", "2025-02-01", 10_000, ship="2025-02-20",
                           deposit=3_000, deposit_on="2025-02-10", received=10_000,
                           received_on="2025-03-20")]


def parts(received: float, deposit: float) -> list[tuple[str, float, object]]:
    line = LineReceipts.of((1, 1, None, "USD", None, received, d("2025-03-20"), deposit,
                            d("2025-02-10"), None, None, None, False, None, None))
    return line.parts()


def test_a_received_figure_below_the_deposit_beside_it_is_money_of_its_own():
    assert parts(2_000, 8_000) == [("deposit", 8_000, d("2025-02-10")),
                                   ("received", 2_000, d("2025-03-20"))]
    # a received figure at least the deposit holds it, as ever
    assert parts(10_000, 3_000) == [("deposit", 3_000, d("2025-02-10")),
                                    ("received", 7_000, d("2025-03-20"))]
    assert parts(3_000, 3_000) == [("deposit", 3_000, d("2025-02-10")),
                                   ("received", 0, d("2025-03-20"))]
    # the deposit received short by a bank charge is that money, once: not 3,000 + 2,985
    assert parts(2_985, 3_000) == [("received", 2_985, d("2025-03-20"))]
    assert parts(29_500, 30_000) == [("received", 29_500, d("2025-03-20"))]  # within 2 %
    assert parts(29_000, 30_000) == [("deposit", 30_000, d("2025-02-10")),
                                     ("received", 29_000, d("2025-03-20"))]


def test_an_order_paid_by_a_deposit_and_a_smaller_balance_is_paid(tmp_path):
    """Deposit Co paid 8,000 before and 2,000 after shipping its 10,000 order. The 8,000 was
    dropped: 8,000 open since 03-22, 100 days past due at A, and the black list."""
    c = customer(firm(tmp_path, PAID_IN_TWO).at(A), "Deposit Co")
    assert (c.open_amount, c.max_days_overdue, c.list) == (0, 0, None)
    counted_once(c, 10_000)


def test_a_received_total_still_holds_its_deposit(tmp_path):
    c = customer(firm(tmp_path, TOTAL_HOLDS_DEPOSIT).at(A), "Whole Co")
    assert (c.open_amount, c.max_days_overdue, c.list) == (0, 0, None)
    counted_once(c, 10_000)
