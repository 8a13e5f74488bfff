"""The overview page: the firm against the article's benchmarks, drawn rather than listed.

An owner reads a bar against a marked line faster than a table of percentages, and the gap to
the article's figures (83 % of profit from the top 20 %, 65 % of the work for the bottom 50 %,
62 % survival, 12 % → 28 % trial conversion, 45 → 28 days to ship) is what the method asks them to
act on. Every number comes from core's FirmReport, so the page, the `report` command and the
printed lists agree; the charts keep the numbers they draw so tests can compare them with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.analysis.exchange import firm_text
from core.analysis.firm import BENCHMARKS, FirmReport, measured, report, total_not_positive
from core.analysis.model import Analysis
from core.analysis.names import (
    ACTIVE_COUNT,
    DORMANT_COUNT,
    PROSPECT_COUNT,
    TIERS,
    article_name,
    group_heading,
    receipts_to,
)
from core.analysis.risk import CAPITAL_COST
from core.i18n import N_, amount_text, tr
from core.rules import Rules
from ui import style
from ui.overview.charts import AgingBar, BenchmarkBars, BenchmarkRow, ParetoChart, pct
from ui.widgets import Card
from ui.widgets import selectable_label as _label

TOPICS = ("benchmarks", "pyramid", "pareto", "aging")
# Which way is better for each benchmark: +1 higher, -1 lower, 0 neither (the top 20 %'s share
# of profit is a shape to read, not a score: both far above and far below it call for thought).
BETTER = {"top20": 0, "bottom50": -1, "retention": 1, "conversion": 1, "delivery": -1}
TITLES = {"benchmarks": N_("The firm against the article's benchmarks"),
          # the target is the firm's settings (strategic_share, core_share), not the article's
          "pyramid": N_("Pyramid shape against the {targets} target"),
          "pareto": N_("Concentration: cumulative share by customer"),
          "aging": N_("Receivables by age")}


def verdict_colour(value: float | None, article: float | None, goal: float | None,
                   better: int) -> str | None:
    """Green when the firm is as good as the goal (the article's figure without one), amber
    when it beats the article but not the goal, red when worse; None (the usual blue) when
    there is nothing to judge or no better way."""
    if value is None or article is None or not better:
        return None
    target = goal if goal is not None else article
    if (value - target) * better >= 0:
        return style.GOOD
    if (value - article) * better >= 0:
        return style.CAUTION
    return style.BAD


class ChartCard(Card):
    """A card around one chart with a caption under it."""

    def __init__(self, topic: str, chart: QWidget, help_signal: SignalInstance) -> None:
        super().__init__(topic, help_signal)
        self.chart = chart
        self.caption = _label()
        self.caption.setStyleSheet(f"color: {style.MUTED};")
        grows = chart.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Expanding
        self.title_values: dict[str, str] = {}  # the title's placeholders, set by the page
        self.body.addWidget(chart, 1 if grows else 0)
        self.body.addWidget(self.caption)
        if not grows:  # spare height below the caption, not between the title and the chart
            self.layout_.addStretch(1)

    def retranslate(self) -> None:
        self.set_title(tr(TITLES[self.topic], **self.title_values))


class OverviewPage(QWidget):
    """Dates and totals on top, then four cards in a grid that reflows to one column."""

    helpRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.report: FirmReport | None = None
        self.waiting = False  # the last start's table is shown, this start's analysis coming
        self.benchmarks = BenchmarkBars()
        self.shape = BenchmarkBars(reference=N_("target {value}"), paired=True)
        self.pareto = ParetoChart()
        self.pareto.setMinimumHeight(220)
        self.aging = AgingBar()
        self.cards = {topic: ChartCard(topic, chart, self.helpRequested) for topic, chart in zip(
            TOPICS, (self.benchmarks, self.shape, self.pareto, self.aging), strict=True)}
        self.help_buttons = {topic: card.help for topic, card in self.cards.items()}
        self.heading, self.summary, self.notes, self.empty = (_label() for _ in range(4))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.notes.setStyleSheet(f"background: {style.NOTES_BACKGROUND}; border: 1px solid "
                                 f"{style.NOTES_BORDER};"
                                 " border-radius: 4px; padding: 6px;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {style.MUTED};")
        inner = QWidget()
        column = QVBoxLayout(inner)
        for widget in (self.heading, self.summary, self.notes, self.empty):
            column.addWidget(widget)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        column.addLayout(self.grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.columns = 0
        self._reflow(2)
        self.retranslate()

    def set_data(self, analysis: Analysis | None, firm: FirmReport | None = None) -> None:
        """Show an analysis; the report is computed from it when not given."""
        self.analysis, self.waiting = analysis, False
        self.report = firm if firm is not None or analysis is None else report(analysis)
        self.retranslate()  # the pyramid's title says this analysis's target shares

    def set_waiting(self, waiting: bool) -> None:
        """No analysis yet, one on its way: say so, not "import a ledger" to a firm that has."""
        self.waiting = waiting
        self._refresh()

    def retranslate(self) -> None:
        self.setAccessibleName(tr(N_("Overview of the firm")))
        shares = (self.analysis.rules if self.analysis else Rules.defaults()).target_shares()
        self.cards["pyramid"].title_values = {
            "targets": " / ".join(f"{round(shares[t] * 100, 1):g}" for t in TIERS)}
        for card in self.cards.values():
            card.retranslate()
        self._refresh()

    # --- the numbers behind each chart (tests compare them with the report) -------------------
    def benchmark_rows(self) -> list[BenchmarkRow]:
        return self.benchmarks.rows()

    def shape_rows(self) -> list[BenchmarkRow]:
        return self.shape.rows()

    def pareto_values(self) -> list[float]:
        return self.pareto.curve()

    def aging_buckets(self) -> dict[str, float]:
        return self.aging.buckets()

    # --- filling --------------------------------------------------------------------------
    def _refresh(self) -> None:
        r, a = self.report, self.analysis
        for card in self.cards.values():
            card.setVisible(r is not None)
        for widget in (self.heading, self.summary):
            widget.setVisible(r is not None)
        self.empty.setVisible(r is None)
        self.empty.setText(tr(N_("The overview is drawn once the analysis is done."))
                           if self.waiting else tr(N_(
            "No analysis yet. Import a ledger to see how the firm compares with the "
            "article's benchmarks.")))
        notes = [n.text for n in a.notes] if a else []
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        if r is None:
            return
        cur = r.base_currency
        self.heading.setText(tr(N_("As of {as_of} · {receipts} · amounts in {currency}"),
                                as_of=r.as_of, receipts=receipts_to(r.receipts_date),
                                currency=cur))
        profit = (tr(N_("gross profit {amount} {currency} ({margin})"), currency=cur,
                     amount=amount_text(r.gross_profit_12m), margin=pct(r.gross_margin))
                  if r.gross_profit_12m is not None else tr(N_("gross profit unknown")))
        self.summary.setText(tr(N_(
            "{active}, {prospects}, {dormant} · revenue in {months} months {revenue} "
            "{currency} · {profit}"), active=tr(ACTIVE_COUNT, count=r.active_customers),
            months=(a.rules if a else Rules.defaults()).window_months,
            prospects=tr(PROSPECT_COUNT, count=r.prospects),
            dormant=tr(DORMANT_COUNT, count=r.dormant), currency=cur,
            revenue=amount_text(r.revenue_12m), profit=profit))
        self._fill_charts(r)

    def _fill_charts(self, r: FirmReport) -> None:
        b = {**BENCHMARKS, **r.benchmarks}
        by_profit = r.measured_by == "gross_profit"
        rows = [
            ("top20", tr(N_("Top 20% of customers: their share of gross profit") if by_profit
                         else N_("Top 20% of customers: their share of revenue")),
             r.top20_share, b["top20_profit_share"], None, "share"),
            ("bottom50", tr(N_("Bottom 50% of customers: their share of the orders handled")),
             r.bottom50_order_share, b["bottom50_order_share"], None, "share"),
            ("retention", tr(N_("Customers of the year before still ordering (retention)")),
             r.retention, b["retention"], None, "share"),
            ("conversion", tr(N_("Trial customers who went on to order (conversion)")),
             r.trial_conversion, b["trial_conversion"], b["trial_conversion_goal"], "share"),
            ("delivery", tr(N_("Days from order to shipment (median)")),
             r.delivery_days_median.get("all"), b["delivery_days"], b["delivery_days_goal"],
             "days")]
        active = [c for c in self.analysis.customers if c.active] if self.analysis else []
        values = [measured(c, by_profit) for c in active]
        lost = {"top20": tr(N_("– (total ≤ 0)"))} if total_not_positive(values) else {}
        self.benchmarks.set_rows([(label, value, mark, goal, unit,
                                   verdict_colour(value, mark, goal, BETTER[key]),
                                   lost.get(key))
                                  for key, label, value, mark, goal, unit in rows])
        self.cards["benchmarks"].caption.setText(tr(N_(
            "Bar: this firm — green as good as the goal (or the article's figure where there "
            "is no goal), amber better than the article but short of the goal, red worse than "
            "the article. Dark line: the figure in {article}; dashed line: its goal."),
            article=article_name()))
        self.shape.set_rows([(group_heading(t["tier"]), t["share"],
                              t["target_share"], None, "share", style.TIER_COLOURS[t["tier"]][0])
                             for t in r.tiers])
        self.cards["pyramid"].caption.setText(tr(N_(
            "Coloured bar: actual share of active customers; grey bar: the target.")))
        self.pareto.set_values(
            values, b["top20_profit_share"], N_("cumulative share of gross profit") if by_profit
            else N_("cumulative share of revenue"))
        self.cards["pareto"].caption.setText(tr(N_(
            "Customers from the most to the least profitable. The steeper the start, the more "
            "the firm depends on a few customers; the dashed diagonal is every customer alike."))
            if by_profit else tr(N_("Customers from the largest to the smallest by revenue "
                                     "(no cost data). The dashed diagonal is every customer "
                                     "alike.")))
        self.aging.set_buckets(r.aging, r.base_currency)
        exchange = firm_text(r.exchange_loss, r.exchange_gain, r.base_currency)
        self.cards["aging"].caption.setText(tr(N_(
            "Open {open} · overdue {overdue} · disputed {disputed} ({currency}), on the "
            "receipts date"), open=amount_text(r.open_amount),
            overdue=amount_text(r.overdue_amount),
            disputed=amount_text(r.disputed_amount), currency=r.base_currency) + (
            " · " + tr(CAPITAL_COST, cost=r.capital_cost, currency=r.base_currency,
                       rate=(self.analysis.rules if self.analysis else Rules.defaults()
                             ).capital_rate_pct, days=r.capital_days)
            if r.capital_cost >= 1 else "") + (f"\n{exchange}" if exchange else ""))

    # --- layout -----------------------------------------------------------------------------
    def _reflow(self, columns: int) -> None:
        """Two columns of cards on a wide window, one on a narrow one."""
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for i, topic in enumerate(TOPICS):
            self.grid.addWidget(self.cards[topic], i // columns, i % columns)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self._reflow(2 if self.width() >= 860 else 1)
        super().resizeEvent(event)  # type: ignore[arg-type]
