"""The overview page draws the firm report's own numbers: every chart is checked against
report(), on hand-built ledgers and on the bundled sample, in English and Chinese."""

from __future__ import annotations

from datetime import date

import pytest
from ledgers import A, build, order, receivables_ledger, ten_customers

from core import i18n
from core.analysis.firm import BENCHMARKS, report
from core.analysis.names import BUCKETS
from core.analysis.run import analyse
from core.sample.firm import build_firm
from core.sample.model import SAMPLE_YEAR, YEAR_END
from core.store import connect
from ui.overview.charts import AgingBar, BenchmarkBars, ParetoChart
from ui.overview.page import TOPICS, OverviewPage


@pytest.fixture(scope="module")
def sample(sample_db):
    return analyse(connect(sample_db))


@pytest.fixture
def page(qtbot):
    page = OverviewPage()
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    return page


def check_against_report(page: OverviewPage, analysis) -> None:
    firm = report(analysis)
    rows = page.benchmark_rows()
    assert [r.value for r in rows] == [firm.top20_share, firm.bottom50_order_share,
                                       firm.retention, firm.trial_conversion,
                                       firm.delivery_days_median["all"]]
    assert [(r.benchmark, r.goal) for r in rows] == [
        (0.83, None), (0.65, None), (0.62, None), (0.12, 0.28), (45, 28)]
    assert [(r.value, r.benchmark) for r in page.shape_rows()] == [
        (t["share"], t["target_share"]) for t in firm.tiers]
    curve = page.pareto_values()
    assert curve == sorted(curve) and curve[-1] == pytest.approx(1.0)
    assert len(curve) == firm.active_customers
    assert round(page.pareto.top_share(), 4) == firm.top20_share
    values = page.pareto.values()
    assert values == sorted(values, reverse=True)
    assert page.aging_buckets() == firm.aging


def _sample_customers() -> tuple[int, int, int]:
    """Active, prospect and dormant customers of the sample, counted from the generator's
    model (not the analysis): a valid order in 2025, only trials, orders before 2025 only."""
    model = build_firm(SAMPLE_YEAR)
    start = date(SAMPLE_YEAR, 1, 1)
    valid = [o for o in model.orders if not o.trial and not o.cancelled and o.amount > 0]
    active = {id(o.customer) for o in valid if start <= o.order_date <= YEAR_END}
    bought = {id(o.customer) for o in valid}
    trials = {id(o.customer) for o in model.orders if o.trial} - bought
    return len(active), len(trials), len(bought - active)


def test_sample_numbers_match_the_report_in_both_languages(page, sample, qtbot):
    page.set_data(sample, report(sample))
    check_against_report(page, sample)
    assert page.heading.text() == ("As of 2025-12-31 · receipts booked to 2025-12-31 · "
                                   "amounts in USD")
    active, prospects, dormant = _sample_customers()
    assert active and prospects  # the sample has both
    assert page.summary.text().startswith(
        f"{active} active customers, {prospects} prospects, {dormant} dormant")
    assert page.benchmarks.row_texts(0) == ["Top 20% of customers: their share of gross profit",
                                            "87%", "article 83%"]
    assert page.benchmarks.row_texts(3)[2] == "article 12% · goal 28%"
    # order date to the order's last shipment (the first one gave 34)
    assert page.benchmarks.row_texts(4)[1:] == ["35 days", "article 45 days · goal 28 days"]
    assert page.shape.row_texts(0) == ["Strategic", "17%", "target 20%"]
    assert page.pareto.annotation() == [f"top 20% of customers ({round(active * 0.2)}): 87%",
                                        "article 83%"]
    # receipts pay the oldest invoices first; open amounts valued at the as-of date's rates
    # (audit31: Lakeside's 43,412 on L/C at sight shipped 12-29 is due at the documents'
    # presentation, 2026-01-19, no longer 2 days overdue: 386,185 before). A wire received
    # before its own order shipped pays that order (fix59o): Maple Lane's 29 USD bank charge
    # stays on the order it was short on, not on its last invoice (796,731 · 342,773 before).
    # A wire of one invoice's sum, less its charge, pays that invoice (fix60h): Lyon Import's
    # 4,781.16 EUR pays its own YF25-0208 less a 15 EUR charge, its unpaid YF25-0216's 3,918
    # open where the 15 rode on (796,702 · 342,744 before)
    assert page.cards["aging"].caption.text().startswith("Open 796,686 · overdue 342,728")
    page.grab()
    i18n.set_language("zh_CN")
    page.retranslate()
    assert page.cards["benchmarks"].title.text() == "本企业与文章基准对比"
    assert page.benchmarks.row_texts(0) == ["前 20% 客户贡献的毛利占比", "87%", "文章基准 83%"]
    assert page.shape.row_texts(2) == ["长尾", "53%", "目标 50%"]
    assert page.heading.text().startswith("截至 2025-12-31")
    assert [name for name, _, _ in page.aging.legend_texts()][0] == "未到期"
    check_against_report(page, sample)
    page.grab()


def test_hand_built_ledgers_and_aging(page, tmp_path):
    ten = analyse(build(tmp_path / "ten", ten_customers()), as_of=A)
    page.set_data(ten, None)  # the page computes the report itself when not given one
    check_against_report(page, ten)
    assert [r.value for r in page.shape_rows()] == [0.2, 0.3, 0.5]
    assert page.notes.isVisibleTo(page) and "records no receipts" in page.notes.text()
    risky = analyse(build(tmp_path / "risk", receivables_ledger(),
                          receipts_date="2025-12-31"), as_of=A)
    page.set_data(risky, report(risky))
    check_against_report(page, risky)
    aging = report(risky).aging
    assert page.aging.total() == pytest.approx(sum(aging.values()))
    legend = page.aging.legend_texts()
    assert [name for name, _, _ in legend] == ["not due", "1–30 days", "31–60 days",
                                               "61–90 days", "91+ days"]
    assert legend[0][1] == f"{aging['not_due']:,.0f} USD"


def test_without_cost_the_curve_is_by_revenue_and_the_page_says_so(page, tmp_path):
    rows = [order("B1", "Alpha", "2025-02-01", 50_000), order("B2", "Alpha", "2025-08-01",
                                                              50_000),
            order("B3", "Beta", "2025-03-01", 10_000), order("B4", "Beta", "2025-04-01",
                                                             10_000)]
    analysis = analyse(build(tmp_path, rows), as_of=A)
    page.set_data(analysis, report(analysis))
    assert analysis.ranked_by == "revenue"
    assert page.pareto.values() == [100_000, 20_000]
    assert page.pareto_values() == pytest.approx([100_000 / 120_000, 1.0])
    assert page.benchmark_rows()[0].label == "Top 20% of customers: their share of revenue"
    assert "ranked by revenue" in page.notes.text()
    assert page.summary.text().endswith("gross profit unknown")


def test_empty_page_and_help_buttons(page, qtbot, tmp_path):
    page.set_data(None, None)
    assert page.empty.isVisibleTo(page) and page.empty.text().startswith("No analysis yet")
    assert not any(card.isVisibleTo(page) for card in page.cards.values())
    page.grab()
    analysis = analyse(build(tmp_path, ten_customers()), as_of=A)
    page.set_data(analysis, report(analysis))
    assert not page.empty.isVisibleTo(page)
    for topic in TOPICS:
        with qtbot.waitSignal(page.helpRequested) as blocker:
            page.help_buttons[topic].click()
        assert blocker.args == [topic]


def test_cards_reflow_to_one_column_when_narrow(page, tmp_path):
    analysis = analyse(build(tmp_path, ten_customers()), as_of=A)
    page.set_data(analysis, report(analysis))
    page.resize(600, 900)
    assert page.columns == 1
    page.resize(1200, 900)
    assert page.columns == 2
    assert page.grab().width() == 1200


def test_charts_alone_handle_nothing_and_odd_values(qtbot):
    bars, curve, aging = BenchmarkBars(), ParetoChart(), AgingBar()
    for chart in (bars, curve, aging):
        qtbot.addWidget(chart)
        chart.resize(300, 200)
        chart.grab()
    bars.set_rows([("x", None, BENCHMARKS["retention"])])
    assert bars.row_texts(0) == ["x", "no data", "article 62%"]
    bars.set_rows([("tiny", 0.0001, 0.5), ("days", 120, 45, 28, "days")])
    assert bars.row_texts(0)[1] == "<1%" and bars.row_texts(1)[1] == "120 days"
    bars.grab()
    curve.set_values([])
    assert curve.curve() == [] and curve.top_share() is None
    curve.set_values([5, -1, 0, 10])  # a loss-making customer: the curve tops 100 % first
    assert curve.values() == [10, 5, 0, -1] and curve.curve()[-1] == pytest.approx(1.0)
    assert max(curve.curve()) > 1.0
    curve.grab()
    curve.set_values(range(20_000))  # a big firm: 20,000 customers, drawn thinned out
    assert curve.top_count() == 4_000 and curve.curve()[-1] == pytest.approx(1.0)
    curve.grab()
    aging.set_buckets(dict.fromkeys(BUCKETS, 0.0), "EUR")
    assert aging.total() == 0 and aging.legend_texts()[0] == ("not due", "0 EUR", "")
    aging.grab()


def test_the_pyramid_title_says_the_firms_own_target_shares(page, tmp_path):
    """The grey bars show the firm's target shares; the title once said "20 / 30 / 50" whatever
    the settings, so a firm aiming at 15 / 25 read one target above the bars and another in
    them."""
    from core import settings_store

    conn = build(tmp_path, ten_customers())
    settings_store.put(conn, "strategic_share", 0.15)
    settings_store.put(conn, "core_share", 0.25)
    analysis = analyse(conn, as_of=A)
    page.set_data(analysis, report(analysis))
    assert [r.benchmark for r in page.shape_rows()] == [0.15, 0.25, 0.6]
    assert page.cards["pyramid"].title.text() == "Pyramid shape against the 15 / 25 / 60 target"
    i18n.set_language("zh_CN")
    try:
        page.retranslate()
        assert page.cards["pyramid"].title.text() == "金字塔结构与 15 / 25 / 60 目标对比"
    finally:
        i18n.set_language("en")
        page.retranslate()
    page.set_data(None, None)  # no analysis: the defaults, as the settings dialog shows them
    assert page.cards["pyramid"].title.text() == "Pyramid shape against the 20 / 30 / 50 target"
