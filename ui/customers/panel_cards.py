"""Two cards of the detail panel: credit (limit, insurance, group) and lifetime value.

The credit card says where each term comes from (the ledger or set by hand) and what it did:
the insured part of what is owed, the group's summed exposure against the stop-loss limit. The
value card shows the chance a customer is still buying, the orders expected in the next 12
months and the discounted lifetime value, with the model that served and why; until the window
has valued the customers (on the runner, after each analysis) it says they are being valued.
"""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import insurer_name
from core.analysis.value import EXPECTED_ORDERS, STILL_BUYING, model_detail, model_message
from core.i18n import N_, amount_text, listed, tr
from ui import style
from ui.widgets import Card, selectable_label

SOURCES = {"ledger": N_("from the ledger"), "hand": N_("set by hand")}


class CreditCard(Card):
    def __init__(self, help_signal: SignalInstance, parent: QWidget | None = None) -> None:
        super().__init__("credit", help_signal, parent)
        self.text = selectable_label()
        self.text.setObjectName("credit_text")
        self.body.addWidget(self.text)

    def retranslate(self) -> None:
        self.set_title(tr(N_("Credit limit, insurance and group")))

    def show_customer(self, analysis: Analysis, c: CustomerMetrics) -> None:
        cur = analysis.base_currency
        limit, cover = c.credit_limit_set, c.insurance
        lines = []
        if limit is None:
            lines.append(tr(N_("No credit limit.")))
        elif limit.amount == 0:
            lines.append(tr(N_("No credit limit ({source}, whatever the ledger says)."),
                            source=tr(SOURCES[limit.source])))
        else:
            lines.append(tr(N_("Credit limit {amount} {currency} ({source}); it owes "
                               "{open} {base}."), amount=amount_text(limit.amount),
                            currency=limit.currency, source=tr(SOURCES[limit.source]),
                            open=amount_text(c.open_amount), base=cur))
            if c.over_limit:
                lines.append(f"<span style='color:{style.BAD}'>⚑ " + tr(N_(
                    "Over its limit: on the watch list with its group.")) + "</span>")
        if cover is None:
            lines.append(tr(N_("Not credit-insured.")))
        elif cover.percent <= 0:
            lines.append(tr(N_("Not credit-insured ({source}, whatever the ledger says)."),
                            source=tr(SOURCES[cover.source])))
        else:
            lines.append(tr(N_("{percent:g}% insured with {insurer} ({source}): {amount} "
                               "{currency} of what it owes is covered; exposure left to you "
                               "{left}."), percent=cover.percent,
                            insurer=insurer_name(cover.insurer) or tr(N_("an insurer")),
                            source=tr(SOURCES[cover.source]), amount=amount_text(c.insured_open),
                            currency=cur, left=amount_text(max(c.uninsured_exposure, 0.0))))
        if c.credit_group:
            # the limit as the lists weigh and print it, in the base currency (the setting
            # is in USD: "39,037 EUR (stop-loss above 50,000 USD)" beside "46,296 EUR limit")
            lines.append(tr(N_("Group “{group}”: {members}. Overdue exposure of the group "
                               "{amount} {currency} (stop-loss above {limit} {currency})."),
                            group=c.credit_group, members=listed(c.credit_group_members),
                            amount=amount_text(c.credit_group_exposure or 0.0), currency=cur,
                            limit=amount_text(analysis.exposure_limit)))
        else:
            lines.append(tr(N_("In no group.")))
        self.text.setText("<br>".join(lines))


class ValueCard(Card):
    def __init__(self, help_signal: SignalInstance, parent: QWidget | None = None) -> None:
        super().__init__("value", help_signal, parent)
        self.text = selectable_label()
        self.text.setObjectName("value_text")
        self.model = selectable_label()
        self.model.setStyleSheet(f"color: {style.MUTED};")
        self.body.addWidget(self.text)
        self.body.addWidget(self.model)

    def retranslate(self) -> None:
        self.set_title(tr(N_("Lifetime value")))

    def show_customer(self, analysis: Analysis, c: CustomerMetrics) -> None:
        lifetime = analysis.lifetime
        if lifetime is None:
            self.text.setText(tr(N_("Valuing the customers…")))
            self.model.setText("")
            self.model.setToolTip("")
            return
        self.model.setText(model_message(lifetime).text)
        self.model.setToolTip(model_detail(lifetime).text)
        if c.clv is None or c.p_alive is None or c.expected_orders_12m is None:
            self.text.setText(tr(N_("No purchase to value yet (trial orders only, or amounts "
                                    "without a rate).")))
            return
        years = analysis.rules.clv_horizon_years
        self.text.setText(tr(N_(
            "{still_buying}: {p_alive:.0%}. {expected_orders}: {orders:.1f}. Lifetime value over "
            "{years} years, discounted at {rate:g}% a year: {clv} {currency}."),
            still_buying=tr(STILL_BUYING), p_alive=c.p_alive,
            expected_orders=tr(EXPECTED_ORDERS), orders=c.expected_orders_12m, years=years,
            rate=analysis.rules.capital_rate_pct, clv=amount_text(c.clv),
            currency=lifetime.currency))
