"""The firm's rules as one typed, frozen object: what every analysis, action and screen reads.

Built from the settings registry (:mod:`core.settings`), one attribute per setting, typed by the
setting's kind, so a misspelt rule fails type checking instead of quietly reading a fallback.
An analysis keeps the rules it was made with (``Analysis.rules``): a screen or a printed list
explains a verdict with the very thresholds that produced it. What several places derive from
the settings (a customer's window, a tier's expected terms, the stop-loss days for a rung) is
derived here, once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from core import settings, settings_store
from core.settings import Setting


@dataclass(frozen=True)
class Rules:
    # the firm, the window and the receipts date
    firm_name: str
    base_currency: str
    date_order: str
    window_months: int
    project_window_months: int
    receipts_date: date | None  # None: the latest receipt in the data
    # RFMT
    f_min_orders: int
    m_multiple: float
    m_benchmark_usd: float  # 0: the firm's own average valid order
    t_enabled: bool
    t_accepted_incoterms: tuple[str, ...]
    t_neutral_incoterms: tuple[str, ...]
    t_min_share: float
    # the pyramid
    tier_caps: str  # share or count
    strategic_share: float
    core_share: float
    strategic_count: int
    core_count: int
    strategic_min_criteria: int
    core_min_criteria: int
    rank_by: str  # profit or clv
    margin_bands: str  # article or quartiles
    strategic_expected_rung: str
    core_expected_rung: str
    long_tail_expected_rung: str
    # receivables and risk
    tolerance_usd: float
    tolerance_pct: float
    platform_fee_pct: float  # a payment platform's fee, PayPal's 4.4 % …
    platform_fee_usd: float  # … + 0.30 USD
    fx_band_pct: float  # an exchange difference on a payment in another currency
    default_credit_days: int
    lead_time_days: int
    dp_presentation_days: int
    documents_days: int  # a balance against the B/L copy writing no days: due after shipment
    number_deposit_days: int  # a deposit on a number no file sells: held so long
    min_open_usd: float
    capital_rate_pct: float
    risky_rung: str
    risk_weight_days: float
    risk_weight_overdue_share: float
    risk_weight_terms: float
    risk_weight_history: float
    risk_weight_capital: float
    late_history_share: float
    risk_days_full: int
    risk_late_days_full: int
    insured_default_pct: float
    # the phases
    stop_loss_days: int
    stop_loss_days_dp: int
    stop_loss_avg_order_usd: float
    stop_loss_exposure_usd: float
    exposure_min_days: int
    watch_days: int
    due_by_days: int
    trial_conversion_days: int
    referral_commission_pct: float
    # data safety
    backup_budget_mb: int
    # the leap phase
    leap_min_history_months: int
    referral_peers_per_year: float
    referral_conversion_pct: float
    # customer lifetime value (discounted at capital_rate_pct)
    clv_survival_pct: float
    clv_min_repeat_buyers: int
    clv_horizon_years: int

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> Rules:
        """The rules from stored values (``settings_store.load``); a key not given takes its
        default."""
        return cls(**{s.key: typed(s, values.get(s.key, s.default)) for s in settings.SETTINGS
                      if s.key in FIELDS})

    @classmethod
    def defaults(cls) -> Rules:
        """The article's rules, for a screen shown before any analysis."""
        return cls.from_values({})

    # --- what several places derive from the settings
    def window_for(self, project: bool) -> int:
        """Months a customer is judged on: project buyers order in large, rare lots."""
        return self.project_window_months if project else self.window_months

    def expected_rung(self, tier: str) -> str:
        """The riskiest payment terms a tier should carry."""
        return {"strategic": self.strategic_expected_rung, "core": self.core_expected_rung,
                "long_tail": self.long_tail_expected_rung}[tier]

    def min_criteria(self, tier: str) -> int:
        """RFMT criteria a customer must pass to be placed in a tier (none for the long tail)."""
        return {"strategic": self.strategic_min_criteria, "core": self.core_min_criteria,
                "long_tail": 0}[tier]

    def stop_loss_days_for(self, rung: str | None) -> int:
        """Days past due that trigger the stop-loss: fewer on D/P, where unredeemed documents
        leave a container waiting at a foreign port."""
        return self.stop_loss_days_dp if rung == "dp" else self.stop_loss_days

    def exposure_limit(self, usd_to_base: float) -> float:
        """The stop-loss exposure limit in the firm's currency (the setting is in USD): the
        one figure the lists, the groups, the risk grade and the panel's credit card weigh
        and print ("above 50,000 USD" beside a group's 39,037 EUR read as another limit)."""
        return self.stop_loss_exposure_usd * usd_to_base

    def target_shares(self) -> dict[str, float]:
        """Each tier's target share of active customers; the long tail takes the rest."""
        return {"strategic": self.strategic_share, "core": self.core_share,
                "long_tail": max(0.0, 1 - self.strategic_share - self.core_share)}

    def risk_weights(self) -> dict[str, float]:
        """Risk score points per component (core.analysis.risk)."""
        return {"days": self.risk_weight_days, "overdue_share": self.risk_weight_overdue_share,
                "terms": self.risk_weight_terms, "history": self.risk_weight_history,
                "capital": self.risk_weight_capital}

    def platform_kept(self, amount: float, fixed: float) -> float:
        """What a payment platform keeps of `amount` (PayPal: 4.4 % + 0.30 USD; `fixed`:
        platform_fee_usd in the money's units), and a cent for its rounding: short by this,
        an invoice is paid."""
        return abs(amount) * self.platform_fee_pct / 100 + fixed + 0.01

    def shortfall(self, amount: float, per_usd: float, platform: bool, letter: bool = False
                  ) -> float:
        """The shortfall on `amount` that still counts as paid, in its money (`per_usd`: its
        units per USD): the tolerance's share or its USD floor, whichever is larger; where a
        payment platform takes the money (`platform`), what it keeps, if more; on a letter
        of credit (`letter`), what its negotiating bank keeps (:func:`letter_kept`), if more."""
        allowed = short_allowed(amount, self.tolerance_usd * per_usd, self.tolerance_pct)
        if letter:
            allowed = max(allowed, letter_kept(amount, per_usd))
        return max(allowed, self.platform_kept(amount, self.platform_fee_usd * per_usd)
                   ) if platform else allowed


# What the banks keep of a letter of credit's money besides the firm's tolerance: the
# negotiating bank's commission (议付费, 0.1-0.15 % of the drawing), its courier and SWIFT fees
# (some 45-50 USD) and a discrepancy fee where the documents had one. Under UCP 600 the charges
# outside the issuing bank's country are the beneficiary's: the bank paid what the letter
# allowed, and the shortfall is never the buyer's debt. Left to the 50 USD / 0.5 % tolerance,
# each L/C's 0.15 % + 45 stayed open, the next wire filled it first and four drawings' charges
# lay on the newest invoice, 250.93 EUR, black-listed at 75 days (rv52b f4). Written beside
# the payment (银行扣费), a charge of any size counts as the buyer's (core.ledger.
# charged_receipts); unwritten, up to this much counts as paid on an L/C invoice. A fixed rule,
# not a setting: the banks' tariff, not the firm's choice.
LETTER_PCT, LETTER_USD = 0.15, 100.0


def letter_kept(amount: float, per_usd: float) -> float:
    """What the banks may keep of an L/C drawing of `amount` (LETTER_PCT of it and
    LETTER_USD in its money, `per_usd` its units per USD): short by this, it is paid."""
    return abs(amount) * LETTER_PCT / 100 + LETTER_USD * per_usd


def short_allowed(amount: float, floor: float, pct: float) -> float:
    """The shortfall that counts as nothing (a bank charge, a rounding) on `amount`: `pct` of
    it, or `floor` (tolerance_usd in its currency), whichever is larger (settings.py)."""
    share = abs(amount) * pct / 100
    return share if share > floor else floor


FIELDS = frozenset(f.name for f in fields(Rules))


def typed(setting: Setting, value: Any) -> Any:
    """A stored value as its attribute's type: lists become tuples, a date a date or None."""
    kind = setting.kind
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        return bool(value)
    if kind == "list":
        return tuple(str(item) for item in value)
    if kind == "date":
        return date.fromisoformat(value) if value else None
    return str(value)


def load_rules(conn: sqlite3.Connection) -> Rules:
    """The firm's rules as stored, the defaults where it has changed nothing."""
    return Rules.from_values(settings_store.load(conn))
