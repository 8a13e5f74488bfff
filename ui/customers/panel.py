"""The selected customer: why it sits in its tier, how risky its payments are, what to do.

Every number shown comes from the CustomerMetrics the analysis computed, beside the threshold it
was compared with, so the owner can check a verdict rather than trust it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.actions import plans
from core.actions.cell_looks import plain_letters
from core.actions.ledger_words import country_text
from core.actions.stop_loss import action_text, grade_text
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import group_heading, group_name, heading, list_heading
from core.analysis.notes import terms_assumed
from core.analysis.order_history import order_lines
from core.analysis.risk import CAPITAL_COST
from core.i18n import N_, NP_, amount_text, labelled, listed, tr
from core.ledger.terms import rung_label
from core.rules import Rules
from ui import style
from ui.customers.orders_model import COLUMN_INDEX, OrdersModel
from ui.customers.panel_cards import CreditCard, ValueCard
from ui.overview.charts import AgingBar
from ui.sort_header import sortable
from ui.widgets import Card, compact_rows, keep_bracketed_together, selectable_label, tab_moves_on

CRITERIA = {"r": N_("R – ordered in the window"), "f": N_("F – orders often enough"),
            "m": N_("M – orders big enough"), "t": N_("T – on accepted Incoterms")}
LIST_CARD = N_("Stop-loss list and action")
SUSPENDED_SEE_LIST = N_("Service plan, referral invitation and upgrade suspended while on the "
                        "black list (why: “{card}” below).")
UPGRADE_HELD_SEE_LIST = N_("One criterion short of {tier}; the upgrade is held while on the "
                           "watch list (why: “{card}” below).")
MARKS = {True: ("✓", style.GOOD), False: ("✗", style.BAD), None: ("?", style.CONTEXT)}


_label = selectable_label


class CustomerPanel(QScrollArea):
    helpRequested = Signal(str)
    actionsRequested = Signal(object, object)  # the customer, the button (to place a menu)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waiting = False  # the last start's table is shown: the analysis is on its way
        # Sized by hand (see _fit): wrapped labels need their height for the panel's width,
        # which a resizable scroll area does not ask them for, and cards would overlap.
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # a steady width
        self.analysis: Analysis | None = None
        self.customer: CustomerMetrics | None = None
        inner = QWidget()
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        self.name = _label()
        self.name.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.subtitle = _label()
        self.actions = QPushButton()
        self.actions.clicked.connect(lambda: self.actionsRequested.emit(self.customer,
                                                                        self.actions))
        # the name on the panel's whole width, the button under it: beside it, at 150 % a
        # name of 36 letters had a third of the panel and took three lines
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.actions, 0, Qt.AlignmentFlag.AlignLeft)
        self.tier_card = Card("rfmt", self.helpRequested)
        self.criteria = QGridLayout()
        self.criteria_rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        # each criterion's figures under its name, on the card's width: in a third column
        # beside the names they had what the names left, and at 150 % "average order 27,486
        # against 90,599 (2 × 45,300)" took five lines
        for row, key in enumerate("rfmt"):
            labels = (QLabel(), QLabel(), _label())
            labels[0].setObjectName(f"criterion_{key}")
            labels[0].setAlignment(Qt.AlignmentFlag.AlignTop)
            self.criteria.addWidget(labels[0], 2 * row, 0, 2, 1)
            self.criteria.addWidget(labels[1], 2 * row, 1)
            self.criteria.addWidget(labels[2], 2 * row + 1, 1)
            self.criteria_rows[key] = labels
        self.criteria.setColumnStretch(1, 1)
        self.tier_card.body.addLayout(self.criteria)
        self.tier_text = _label()
        self.tier_card.body.addWidget(self.tier_text)
        self.risk_card = Card("risk", self.helpRequested)
        self.grade = QLabel()
        self.grade.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grade.setFixedSize(64, 64)
        self.risk_text = _label()
        row = QHBoxLayout()
        row.addWidget(self.grade)
        row.addWidget(self.risk_text, 1)
        self.risk_card.body.addLayout(row)
        self.aging = AgingBar()  # the same bar as the overview's
        self.risk_card.body.addWidget(self.aging)
        self.reasons = _label()
        self.risk_card.body.addWidget(self.reasons)
        self.list_card = Card("phases", self.helpRequested)
        self.list_text = _label()
        self.list_card.body.addWidget(self.list_text)
        self.credit_card = CreditCard(self.helpRequested)
        self.value_card = ValueCard(self.helpRequested)
        self.orders_title = QLabel()
        self.orders_title.setStyleSheet("font-weight: bold;")
        self.orders = QTableView()
        tab_moves_on(self.orders)
        self.orders_model = OrdersModel(self)
        self.orders.setModel(self.orders_model)
        sortable(self.orders)
        self.orders.sortByColumn(COLUMN_INDEX["order_date"], Qt.SortOrder.DescendingOrder)
        compact_rows(self.orders)  # one line a row, as the customer table: Qt's left two
        self.orders.setMinimumHeight(180)
        for widget in (self.tier_card, self.risk_card, self.list_card, self.credit_card,
                       self.value_card, self.orders_title, self.orders):
            layout.addWidget(widget)
        self.empty = _label()
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.tier_card.set_title(tr(N_("Why this tier")))
        self.risk_card.set_title(tr(N_("Payment risk")))
        self.list_card.set_title(tr(LIST_CARD))
        self.credit_card.retranslate()
        self.value_card.retranslate()
        self.orders_title.setText(tr(N_("Order history")))
        self.actions.setText(tr(N_("Merge, pin or exclude…")))
        self.empty.setText(tr(N_("A customer's tier, risk and account are shown once the "
                                 "analysis is done.")) if self.waiting else tr(N_(
            "Select a customer in the table to see why it sits in its tier and how it pays.")))
        self.orders_model.retranslate()
        self.show_customer(self.analysis, self.customer)

    def set_waiting(self, waiting: bool) -> None:
        """The last start's table is shown and this start's analysis is on its way."""
        self.waiting = waiting
        self.retranslate()

    def show_customer(self, analysis: Analysis | None, customer: CustomerMetrics | None) -> None:
        self.analysis, self.customer = analysis, customer
        shown = customer is not None and analysis is not None
        for widget in (self.tier_card, self.risk_card, self.list_card, self.credit_card,
                       self.value_card, self.orders_title, self.orders, self.actions, self.name,
                       self.subtitle):
            widget.setVisible(shown)
        self.empty.setVisible(not shown)
        if not shown:
            self.orders_model.set_rows([])
            self._fit()
            return
        assert analysis is not None and customer is not None
        c, cur = customer, analysis.base_currency
        self.name.setText(plain_letters(c.customer))  # as the table and the lists name it
        rank = (tr(N_("rank {rank} of {active}, {tier_rank} in its tier"), rank=c.rank,
                   active=sum(x.active for x in analysis.customers), tier_rank=c.tier_rank)
                if c.rank else "")
        self.subtitle.setText(" · ".join(filter(None, (
            group_heading(c.tier), rank, country_text(c.country), c.salesperson))))
        self._criteria(c)
        self.tier_text.setText(self._tier_text(c, cur))
        self._risk(c, cur)
        self.list_text.setText(self._list_text(c, cur))
        self.credit_card.show_customer(analysis, c)
        self.value_card.show_customer(analysis, c)
        self.orders_model.set_rows(order_lines(analysis, c))
        self.orders.resizeColumnsToContents()
        self._fit()
        # again once the new texts are laid out; not once the panel is gone (its window
        # closed meanwhile): the timer goes with it
        QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        inner = self.widget()
        width = self.viewport().width()
        layout = inner.layout()
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        inner.resize(width, max(height, layout.totalSizeHint().height(),
                                layout.totalMinimumSize().height(), self.viewport().height()))
        # never narrower than its words need: squeezed below, the criteria's grid laid its rows
        # out at its least width and "（需要 50%）" wrapped onto a line the row had no room for
        least = (layout.totalMinimumSize().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        if self.minimumWidth() != least:
            self.setMinimumWidth(least)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _criteria(self, c: CustomerMetrics) -> None:
        for key in "rfmt":
            icon, name, detail = self.criteria_rows[key]
            criterion = c.rfmt.get(key)
            mark, colour = MARKS[criterion.passed if criterion else None]
            icon.setText(mark)
            icon.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 13pt;")
            name.setText(tr(CRITERIA[key]))
            detail.setText(keep_bracketed_together(criterion.detail.text)
                           if criterion and criterion.detail else "")

    def _tier_text(self, c: CustomerMetrics, cur: str) -> str:
        lines = [tr(NP_("{passed} of 4 criteria passed; {orders} valid order, revenue "
                        "{revenue} {currency} in the last {months} months.",
                        "{passed} of 4 criteria passed; {orders} valid orders, revenue "
                        "{revenue} {currency} in the last {months} months.", by="orders"),
                    passed=c.criteria_passed,
                    orders=c.orders_12m, revenue=amount_text(c.revenue_12m), currency=cur,
                    months=c.window_months)]
        if c.margin_band and c.gross_margin is not None:
            lines.append(tr(N_("Gross margin {margin:.1%} against the tier's band {low:.0%}–"
                               "{high:.0%}."), margin=c.gross_margin, low=c.margin_band[0],
                            high=c.margin_band[1]))
        if c.reprice:
            lines.append(tr(N_("Low within its tier: reprice.") if c.reprice_basis == "tier"
                            else N_("Below the band: reprice.")))
        if c.terms_too_risky and c.main_rung:
            lines.append(tr(N_("Mostly on {terms}, riskier than this tier should carry."),
                            terms=tr(rung_label(c.main_rung))))
        if c.upgrade_candidate:
            lines.append(tr(N_("One criterion short of {tier}."),
                            tier=group_name(c.upgrade_candidate)))
        if c.upgrade_held and c.upgrade_held.params.get("tier"):
            lines.append(tr(UPGRADE_HELD_SEE_LIST, tier=tr(c.upgrade_held.params["tier"]),
                            card=tr(LIST_CARD)))
        if c.suspended:  # why is the list card's, right below: said once, not twice
            lines.append(tr(SUSPENDED_SEE_LIST, card=tr(LIST_CARD)))
        elif c.tier in plans.SERVICE_PLANS:
            lines.append(tr(N_("Service plan: {plan}"), plan=tr(plans.SERVICE_PLANS[c.tier])))
        return "\n".join(lines)

    def _risk(self, c: CustomerMetrics, cur: str) -> None:
        colour = style.GRADE_COLOURS.get(c.risk_grade or "", style.MUTED)  # no grade: grey
        self.grade.setText(f"{grade_text(c)}\n{'' if c.risk_score is None else c.risk_score}")
        self.grade.setStyleSheet(f"background: {colour}; color: {style.ON_COLOUR}; "
                                 "font-size: 16pt; font-weight: bold; border-radius: 6px;")
        history = (tr(NP_("{share:.0%} of {settled} settled invoice paid on time",
                          "{share:.0%} of {settled} settled invoices paid on time", by="settled"),
                      share=c.on_time_share, settled=c.settled_count)
                   if c.on_time_share is not None else tr(N_("no settled invoices yet")))
        terms = listed([f"{tr(rung_label(k))} {v:.0%}" for k, v in c.terms_mix.items()])
        rules = self.analysis.rules if self.analysis else Rules.defaults()
        # its days overdue rest on due dates the app assumed: said here, not only in the
        # overview's notes, where the clerk looking at this customer does not read it
        assumed = terms_assumed([c], rules)
        self.risk_text.setText("\n".join(filter(None, (
            tr(NP_("Open {open} {currency}, overdue {overdue}, the oldest {count} day",
                   "Open {open} {currency}, overdue {overdue}, the oldest {count} days"),
               open=amount_text(c.open_amount), overdue=amount_text(c.overdue_amount), currency=cur,
               count=c.max_days_overdue) if c.overdue_amount > 0 or c.max_days_overdue
            else tr(N_("Open {open} {currency}, nothing overdue"), open=amount_text(c.open_amount),
                    currency=cur),  # not "overdue 0, the oldest 0 days"
            assumed.text if assumed else "",
            history,
            tr(N_("Terms: {terms}"), terms=terms) if terms else "",
            heading(tr(CAPITAL_COST, cost=c.capital_cost, currency=cur,
                       rate=rules.capital_rate_pct, days=c.capital_days))
            if c.capital_cost >= 1 else ""))))
        self.aging.set_buckets(c.aging, cur)
        texts = [f"• {m.text}" for m in c.reasons]
        said = {m.code for m in c.reasons}  # over the limit: a reason and a flag, shown once
        texts += [f"<span style='color:{style.BAD}'>⚑ {m.text}</span>" for m in c.red_flags
                  if m.code not in said]
        self.reasons.setText("<br>".join(texts))

    def _list_text(self, c: CustomerMetrics, cur: str) -> str:
        if not c.list:
            return tr(N_("On no list."))
        title = list_heading(c.list)
        if c.list_reason and c.list_reason.text:
            title = labelled(title, c.list_reason.text)
        # past the stop-loss days yet not black: the numbers that spare it, said
        spared = heading(c.spared.text) if c.spared else ""
        return "\n".join(filter(None, (title, spared, action_text(c, c.list, cur, False))))
