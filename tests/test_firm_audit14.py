"""An audit of the firm report against the article's benchmarks (docs/analysis.md, "Firm
figures"): the top 20 %'s share of profit, the bottom 50 %'s share of the orders handled,
retention of the window before, the pyramid's actual shares against the targets and the
margins per tier against the bands — each on a small ledger written here with openpyxl,
imported through core and analysed as the app does, the expectation worked out by hand.

Places (share mode): strategic max(1, round(n × 20 %)), strategic and core round(n × 50 %),
rounding half up; the report's top 20 % takes the strategic count of customers ranked by the
measure alone (gross profit where every active customer has a cost, else revenue), its bottom
50 % the last round(n × 50 %) of them.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from ledgers import build, order

from core import override_changes
from core.analysis.firm import report
from core.analysis.model import Analysis
from core.analysis.run import analyse

A = date(2025, 6, 30)


def analysed(tmp_path: Path, rows: list[list[object]], **rules: object) -> Analysis:
    conn = build(tmp_path, rows, **rules)
    try:
        return analyse(conn, as_of=A)
    finally:
        conn.close()


def excluding(tmp_path: Path, rows: list[list[object]], name: str) -> sqlite3.Connection:
    """The rows imported, with one customer (the firm's own agent) excluded by hand."""
    conn = build(tmp_path, rows)
    override_changes.exclude(conn, name)
    return conn


def tiers(analysis: Analysis) -> dict[str, str]:
    return {c.customer: c.tier for c in analysis.customers}


# --- the top 20 %'s share of profit -----------------------------------------------------------

def test_a_firm_losing_money_overall_has_no_top_20_share(tmp_path):
    """Win earns 100 on 1,000, Lose loses 150 on 1,000: the firm's gross profit is −50. Two
    customers give one top place: Win's 100 "of" −50 read −200 % beside the article's 83 %
    (and the overview's bar said so while its Pareto chart beside it said "nothing to show: no
    customer with a positive total"). A share of a whole that is not positive is no share."""
    rows = [order("P1", "Win", "2025-03-01", 1_000, cost=900),
            order("P2", "Lose", "2025-03-02", 1_000, cost=1_150)]
    found = report(analysed(tmp_path, rows))
    assert found.measured_by == "gross_profit"
    assert found.gross_profit_12m == 100 - 150
    assert found.top20_share is None
    # the orders handled are still counted: the bottom half (Lose) handled one of two
    assert found.bottom50_order_share == 0.5


def test_a_loss_maker_beside_a_positive_total_gives_more_than_all_of_it(tmp_path):
    """A whale curve: profits 500, 100 and −300 (total 300). One top place of three: 500 of
    300 = 167 %, which is what the Pareto chart draws too — kept, not capped."""
    rows = [order("P1", "Big", "2025-03-01", 1_000, cost=500),
            order("P2", "Mid", "2025-03-01", 1_000, cost=900),
            order("P3", "Drain", "2025-03-01", 1_000, cost=1_300)]
    found = report(analysed(tmp_path, rows))
    assert found.top20_share == round(500 / (500 + 100 - 300), 4)
    # bottom 50 % of three is round(1.5) = 2 customers (Mid, Drain): 2 of 3 orders
    assert found.bottom50_order_share == round(2 / 3, 4)


def test_zero_profit_a_single_customer_and_all_prospects(tmp_path):
    even = report(analysed(tmp_path / "even", [order("P1", "Even", "2025-03-01", 1_000,
                                                      cost=1_000)]))
    assert even.top20_share is None and even.bottom50_order_share == 1.0
    one = report(analysed(tmp_path / "one", [order("P1", "Only", "2025-03-01", 1_000,
                                                   cost=700)]))
    # one customer: the one top place and the one bottom place are both it
    assert (one.top20_share, one.bottom50_order_share) == (1.0, 1.0)
    assert [(t["tier"], t["count"], t["share"]) for t in one.tiers] == [
        ("strategic", 0, 0.0), ("core", 0, 0.0), ("long_tail", 1, 1.0)]  # 2 of 4 criteria
    assert [t["target_share"] for t in one.tiers] == [0.2, 0.3, 0.5]
    trials = report(analysed(tmp_path / "trials", [
        order("T1", "Try A", "2025-03-01", 500, cost=400, trial="是"),
        order("T2", "Try B", "2025-04-01", 500, cost=400, trial="是")]))
    assert (trials.active_customers, trials.prospects) == (0, 2)
    assert (trials.top20_share, trials.bottom50_order_share, trials.retention) == (
        None, None, None)
    assert [t["count"] for t in trials.tiers] == [0, 0, 0]


def test_without_a_cost_for_everyone_the_share_is_of_revenue(tmp_path):
    """One customer without a cost: all are measured by revenue (docs: "revenue without cost
    data"), the profit-rich small one no longer leads. Revenue 10,000 / 4,000 / 1,000 / 500 /
    500: one top place, 10,000 of 16,000."""
    rows = [order("P1", "Large", "2025-03-01", 10_000, cost=9_900),
            order("P2", "Rich", "2025-03-01", 4_000, cost=1_000),
            order("P3", "Small", "2025-03-01", 1_000),
            order("P4", "Tiny 1", "2025-03-01", 500, cost=400),
            order("P5", "Tiny 2", "2025-03-01", 500, cost=400)]
    found = report(analysed(tmp_path, rows))
    assert found.measured_by == "revenue" and found.gross_profit_12m is None
    assert found.top20_share == round(10_000 / 16_000, 4)


def test_excluded_customers_are_outside_every_share(tmp_path):
    """The firm's own agent, excluded, neither counts among the customers nor in the total."""
    rows = [order("P1", "Agent", "2025-03-01", 90_000, cost=10_000),
            order("P2", "First", "2025-03-01", 3_000, cost=2_000),
            order("P3", "Second", "2025-03-02", 2_000, cost=1_500),
            order("P4", "Second", "2025-03-03", 2_000, cost=1_500)]
    with closing(excluding(tmp_path, rows, "Agent")) as conn:
        found = report(analyse(conn, as_of=A))
    assert found.active_customers == 2
    # profits 1,000 and 1,000: level; one top place, 1,000 of 2,000
    assert found.top20_share == 0.5
    # bottom 50 % of two is one customer. The tie on profit goes to the larger revenue (Second,
    # 4,000): First is the bottom one, with 1 of the 3 orders
    assert found.bottom50_order_share == round(1 / 3, 4)


# --- retention ----------------------------------------------------------------------------------

def test_retention_counts_the_window_before_as_the_windows_are_defined(tmp_path):
    """A = 2025-06-30: this window is (2024-06-30, 2025-06-30], the one before (2023-06-30,
    2024-06-30]. Before: Keep, Leave, Edge (on 2024-06-30, in it), Old Name. Trials and
    cancelled orders make no one active; an order on 2023-06-30 is outside. Still active:
    Keep and Edge. After merging Old Name into New Name (ordering now) it is kept too."""
    rows = [order("K1", "Keep", "2024-03-01", 1_000, cost=700),
            order("K2", "Keep", "2025-03-01", 1_000, cost=700),
            order("L1", "Leave", "2024-03-01", 1_000, cost=700),
            order("E1", "Edge", "2024-06-30", 1_000, cost=700),
            order("E2", "Edge", "2025-06-30", 1_000, cost=700),
            order("F1", "Far", "2023-06-30", 1_000, cost=700),
            order("F2", "Far", "2024-07-01", 1_000, cost=700),
            order("T1", "Trial", "2024-03-01", 1_000, cost=700, trial="是"),
            order("T2", "Trial", "2025-03-01", 1_000, cost=700),
            order("C1", "Cancelled", "2024-03-01", 1_000, cost=700, status="取消"),
            order("C2", "Cancelled", "2025-03-01", 1_000, cost=700),
            order("M1", "Old Name", "2024-03-01", 1_000, cost=700),
            order("M2", "New Name", "2025-03-01", 1_000, cost=700),
            order("X1", "Agent", "2024-03-01", 1_000, cost=700)]
    with closing(excluding(tmp_path, rows, "Agent")) as conn:
        found = report(analyse(conn, as_of=A))
        assert (found.previous_active, found.retention) == (4, round(2 / 4, 4))
        override_changes.merge(conn, "New Name", "Old Name")
        merged = report(analyse(conn, as_of=A))
    assert (merged.previous_active, merged.retention) == (4, round(3 / 4, 4))


# --- the pyramid against its targets, and the margins per tier ----------------------------------

def test_actual_shares_and_tier_margins_against_targets_and_bands(tmp_path):
    """Ten customers with a fixed M bar (2 × 10,000): five pass all four criteria (two orders
    of 26,000–30,000 FOB), five only R and F (two orders of 1,000 without Incoterms, T
    unknown). Places for ten: 2 strategic, 3 core, 5 long tail; the strong five fill the
    strategic and core places by profit, the weak five the long tail. Margins: strategic 40 %
    (inside its 35–45 % band), core 20 % (below 25–30 % for every member: one note for the
    tier), long tail 18 % (inside 15–20 %)."""
    rows: list[list[object]] = []
    strong = [("S1", 0.40, 30_000), ("S2", 0.40, 29_000), ("S3", 0.20, 28_000),
              ("S4", 0.20, 27_000), ("S5", 0.20, 26_000)]
    for name, margin, amount in strong:
        rows += [order(f"{name}-{k}", name, f"2025-0{k + 2}-01", amount,
                       cost=amount * (1 - margin)) for k in (1, 2)]
    for n in range(1, 6):
        rows += [order(f"W{n}-{k}", f"Weak {n}", f"2025-0{k + 2}-01", 1_000, cost=820,
                       incoterm=None) for k in (1, 2)]
    analysis = analysed(tmp_path, rows, m_benchmark_usd=10_000)
    found = report(analysis)
    placed = tiers(analysis)
    assert [placed[n] for n, _, _ in strong] == ["strategic"] * 2 + ["core"] * 3
    assert all(placed[f"Weak {n}"] == "long_tail" for n in range(1, 6))
    shape = {t["tier"]: t for t in found.tiers}
    assert [(shape[t]["count"], shape[t]["share"], shape[t]["target_share"], shape[t]["cap"])
            for t in ("strategic", "core", "long_tail")] == [
        (2, 0.2, 0.2, 2), (3, 0.3, 0.3, 3), (5, 0.5, 0.5, 5)]
    assert shape["strategic"]["margin"] == pytest.approx(0.40)
    assert shape["core"]["margin"] == pytest.approx(0.20)
    assert shape["long_tail"]["margin"] == pytest.approx(0.18)
    assert found.tiers_below_band == ["core"]
    people = {c.customer: c for c in analysis.customers}
    assert people["S1"].margin_status == "within" and people["S1"].margin_band == (0.35, 0.45)
    assert people["Weak 1"].margin_status == "within"
    # a whole tier below its band: no customer of it asked to reprice (fewer than 4 to rank)
    assert not any(people[n].reprice for n in ("S3", "S4", "S5"))


def test_a_tier_s_share_of_a_negative_total_profit_is_none_and_the_pyramid_says_so(
        tmp_path, qtbot):
    """With a fixed M bar of 2 × 500 Win and Lose pass R, M and T: Win (profit 100) takes the
    one strategic place, Lose (−150) the long tail (no core place for two). The firm's profit
    is −50: the strategic tier "gave" −200 % of it and the long tail 300 %, in the report and
    on the pyramid's bands. Each tier's profit and margin stand; its share is none, and the
    band's tooltip gives the profit without calling it unknown."""
    from ui.customers.pyramid import PyramidWidget

    rows = [order("P1", "Win", "2025-03-01", 1_000, cost=900),
            order("P2", "Lose", "2025-03-02", 1_000, cost=1_150)]
    analysis = analysed(tmp_path, rows, m_benchmark_usd=500)
    assert tiers(analysis) == {"Win": "strategic", "Lose": "long_tail"}
    shape = {t["tier"]: t for t in report(analysis).tiers}
    assert (shape["strategic"]["gross_profit"], shape["long_tail"]["gross_profit"]) == (
        100, -150)
    assert shape["strategic"]["margin"] == pytest.approx(0.10)
    assert [shape[t]["gross_profit_share"] for t in ("strategic", "core", "long_tail")] == [
        None, None, None]
    widget = PyramidWidget()
    qtbot.addWidget(widget)
    widget.set_analysis(analysis)
    assert widget.band_texts("strategic")[-1] == "revenue 50%"
    tip = widget.tooltip_text("tier", "strategic")
    assert "gross profit 100 USD (–), margin 10.0%" in tip and "unknown" not in tip


# --- the delivery cycle ---------------------------------------------------------------------------

def test_an_order_whose_last_lot_has_not_shipped_is_not_delivered_yet(tmp_path):
    """docs: the delivery cycle is the median of days "from the order date to the order's
    *last* shipment". Split's order of 05-01 shipped its first lot (invoice L-1) on 05-11; the
    second (L-2) ships on 07-20, after A. As of A its last shipment has not left: it was
    counted as delivered in 10 days. Left out, the median of Month (30 days) and Quick (10)
    is 20; a month later, both lots gone, Split's cycle is 80 days."""
    from test_account_audit import firm as account_firm
    from test_account_audit import row

    rows = [row("SP-1", "Split", "2025-05-01", 5_000, invoice="L-1", ship="2025-05-11"),
            row("SP-1", "Split", "2025-05-01", 5_000, invoice="L-2", ship="2025-07-20"),
            row("MO-1", "Month", "2025-05-01", 5_000, ship="2025-05-31"),
            row("QU-1", "Quick", "2025-06-01", 5_000, ship="2025-06-11")]
    books = account_firm(tmp_path, rows, payer=False)
    assert report(books.at(A)).delivery_days_median["all"] == (30 + 10) / 2
    later = report(books.at(date(2025, 7, 31))).delivery_days_median["all"]
    assert later == sorted([80, 30, 10])[1]
