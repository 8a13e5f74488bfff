"""Every threshold and business rule, with its default and why, in one place.

Values are stored in the firm's database (a firm's rules travel with its data); a rule the user
never changed is not stored and takes the default of the version that reads it. The analysis
and the actions read them as one typed object, :class:`core.rules.Rules`; the settings dialog is
generated from the entries here (label, unit, page), so a new setting needs no UI code.
Checking a typed value and storing it is :mod:`core.settings_store`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.analysis.names import RECEIPTS_FIELD
from core.i18n import N_

KINDS = ("str", "int", "float", "bool", "choice", "list", "date", "rung")
# How a value reads: "share" is a fraction (0.2) shown and typed as a percentage (20 %),
# "%" a number that already is one (12 = 12 %); money in US dollars; the others say what counts.
UNITS = ("", "share", "%", "USD", "days", "months", "years", "points", "orders", "criteria",
         "customers")


@dataclass(frozen=True)
class Setting:
    """One rule: its key, default and why, and how the settings dialog shows it.

    Only key, default and explanation are required, so an entry added without the rest still
    works: it shows under its key, without a unit, on the dialog's last page ("other").
    """

    key: str
    default: Any
    explanation: str  # N_ template, shown by core.setting_words.explanation_text
    kind: str = "str"  # one of KINDS
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    label: str = ""  # N_ template, the field's name in the dialog; empty: the key
    unit: str = ""  # one of UNITS
    page: str = "other"  # the dialog's page: general, rfmt, pyramid, risk, phases, clv, other

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", self.key)


SETTINGS: tuple[Setting, ...] = (
    # the firm, the window and the receipts date
    Setting("firm_name", "", N_("Your firm's name, printed at the top of every page of the "
                                "lists; while it is empty they say “{app}” there."), "str",
            label=N_("Firm name"), page="general"),
    Setting("base_currency", "USD", N_(
        "Currency all amounts are converted to for analysis; ledger rows without a currency "
        "are taken to be in it."), "str", label=N_("Base currency"), page="general"),
    Setting("date_order", "mdy", N_(
        "How to read dates like 03/04/2025 when nothing in the column settles it (a day "
        "above 12 does): month/day/year, as US systems write them, or day/month/year, as "
        "European ones do. Dates that start with the year are always year/month/day."),
        "choice", ("mdy", "dmy"), label=N_("Date order in ledgers"), page="general"),
    Setting("window_months", 12, N_(
        "Months in the analysis window ending at the as-of date (article: 12)."), "int", (),
        1, 60, label=N_("Analysis window (months)"), unit="months", page="general"),
    Setting("project_window_months", 24, N_(
        "Window for customers tagged as project buyers, who order in large, rare lots."),
        "int", (), 1, 120, label=N_("Window for project buyers (months)"), unit="months",
        page="general"),
    Setting("receipts_date", "", N_(
        "Date up to which receipts are booked (YYYY-MM-DD); empty: the latest date received "
        "in the data, or the as-of date where there is none."), "date",
        label=RECEIPTS_FIELD, page="general"),
    # RFMT
    Setting("f_min_orders", 2, N_(
        "F: valid orders needed in the window (article: at least 2 a year)."), "int", (), 1, 100,
        label=N_("F: orders in the window, at least"), unit="orders", page="rfmt"),
    Setting("m_multiple", 2.0, N_(
        "M: the customer's average order must be at least this many times the benchmark "
        "(article: 2)."), "float", (), 0.1, 100, label=N_("M: times the benchmark order"),
        page="rfmt"),
    Setting("m_benchmark_usd", 0.0, N_(
        "M: the benchmark average order in USD, e.g. 50000 for consumer goods; 0 uses your "
        "own average valid order in the window."), "float", (), 0, 1e9,
        label=N_("M: benchmark order (USD)"), unit="USD", page="rfmt"),
    Setting("t_enabled", True, N_("T: judge customers by their trade terms at all."), "bool",
            label=N_("T: judge trade terms"), page="rfmt"),
    Setting("t_accepted_incoterms", ["FOB", "CIP"], N_(
        "T: Incoterms that show supply-chain competence (article: FOB and CIP)."), "list",
        label=N_("T: accepted Incoterms"), page="rfmt"),
    Setting("t_neutral_incoterms", ["DDP"], N_(
        "T: Incoterms you offer top customers as a service; they count neither way."), "list",
        label=N_("T: service Incoterms (neutral)"), page="rfmt"),
    Setting("t_min_share", 0.5, N_(
        "T: share of the customer's orders that must be on accepted terms."), "float", (),
        0.01, 1, label=N_("T: orders on accepted terms, at least"), unit="share", page="rfmt"),
    # the pyramid
    Setting("tier_caps", "share", N_(
        "Size tiers by share of active customers or by fixed counts."), "choice",
        ("share", "count"), label=N_("Size tiers by"), page="pyramid"),
    Setting("strategic_share", 0.20, N_("Strategic tier's share of active customers (article: "
                                        "20%)."), "float", (), 0, 1,
            label=N_("Strategic tier's share"), unit="share", page="pyramid"),
    Setting("core_share", 0.30, N_("Core tier's share of active customers (article: 30%)."),
            "float", (), 0, 1, label=N_("Core tier's share"), unit="share", page="pyramid"),
    Setting("strategic_count", 10, N_(
        "Strategic customers at most, when tiers are sized by counts (what your team can "
        "serve)."), "int", (), 0, 100000, label=N_("Strategic customers (fixed number)"),
        page="pyramid"),
    Setting("core_count", 30, N_("Core customers at most, when tiers are sized by counts."),
            "int", (), 0, 100000, label=N_("Core customers (fixed number)"), page="pyramid"),
    Setting("strategic_min_criteria", 3, N_(
        "RFMT criteria a strategic customer must pass; below it drops a tier."), "int", (), 0,
        4, label=N_("Strategic: criteria passed, at least"), unit="criteria", page="pyramid"),
    Setting("core_min_criteria", 2, N_("RFMT criteria a core customer must pass."), "int", (),
            0, 4, label=N_("Core: criteria passed, at least"), unit="criteria",
            page="pyramid"),
    Setting("rank_by", "profit", N_(
        "How customers who pass as many criteria are ranked into the tiers: by the window's "
        "gross profit (revenue where costs are missing), or by discounted lifetime value "
        "(the article's closing advice: judge customers by lifetime value, not one year's "
        "profit)."), "choice", ("profit", "clv"), label=N_("Rank within criteria by"),
        page="pyramid"),
    # margins and terms per tier
    Setting("margin_bands", "article", N_(
        "Margin bands per tier: the article's ({bands}%) or your own quartiles."), "choice",
        ("article", "quartiles"), label=N_("Margin bands"),
        page="pyramid"),
    Setting("strategic_expected_rung", "oa", N_(
        "Riskiest payment terms acceptable for strategic customers."), "rung",
        label=N_("Strategic: riskiest terms accepted"), page="pyramid"),
    Setting("core_expected_rung", "lc_sight", N_(
        "Riskiest payment terms acceptable for core customers (article: L/C)."), "rung",
        label=N_("Core: riskiest terms accepted"), page="pyramid"),
    Setting("long_tail_expected_rung", "deposit_before_shipment", N_(
        "Riskiest payment terms acceptable for long-tail customers."), "rung",
        label=N_("Long tail: riskiest terms accepted"), page="pyramid"),
    # receivables and risk
    Setting("tolerance_usd", 50.0, N_(
        "A shortfall up to this many USD counts as paid (bank charges)."), "float", (), 0, 1e6,
        label=N_("Short payment counted as paid (USD)"), unit="USD", page="risk"),
    Setting("tolerance_pct", 0.5, N_(
        "… or up to this percent of the invoice, whichever is larger."), "float", (), 0, 20,
        label=N_("… or share of the invoice"), unit="%", page="risk"),
    # PayPal's fee for a payment from abroad (4.4 % + 0.30 USD); Alibaba's Trade Assurance and
    # card payments keep less, so the one allowance covers them all (core.ledger.terms)
    Setting("platform_fee_pct", 4.4, N_(
        "An invoice on PayPal, Trade Assurance or card terms that falls short by no more than "
        "this percent of it plus the fixed fee below counts as paid: the platform kept its "
        "fee."), "float", (), 0, 20,
        label=N_("Payment platform's fee"), unit="%", page="risk"),
    Setting("platform_fee_usd", 0.3, N_(
        "… plus this fixed fee per payment, in USD."), "float", (), 0, 1000,
        label=N_("… plus a fixed fee per payment (USD)"), unit="USD", page="risk"),
    # 3 %: the article puts the exchange loss between order and payment at 5–8 % of profit a
    # year, which at its margins (15–45 %) is one or two percent of what is invoiced; EUR/USD
    # moves about 3 % (one standard deviation) over the one to three months an order waits
    # for its money. A shortfall larger than that is more likely a deduction (a claim, a
    # discount the buyer took) that the clerk should chase, and stays debt.
    Setting("fx_band_pct", 3.0, N_(
        "An invoice paid in another currency that falls short by no more than this percent "
        "of what that money was to pay counts as paid: the shortfall is an exchange loss, not "
        "debt. Money left over from such a payment, as far as the rate's move since the order "
        "explains it and within this percent, is an exchange gain, not credit for the next "
        "invoice. 0: off. A short payment in the invoice's own currency is not affected."),
        "float", (), 0, 20, label=N_("Exchange difference counted as paid"), unit="%",
        page="risk"),
    Setting("default_credit_days", 30, N_(
        "Days after shipment an invoice falls due when the ledger gives neither a due date "
        "nor payment terms that say."), "int", (), 0, 365,
        label=N_("Credit days when the ledger says none"), unit="days", page="risk"),
    Setting("lead_time_days", 30, N_(
        "Days from order to shipment assumed where the ledger has no ship-date column at all; "
        "such shipments are shown as estimated."), "int", (), 0, 365,
        label=N_("Lead time when no ship dates are kept"), unit="days", page="risk"),
    Setting("dp_presentation_days", 21, N_(
        "D/P and L/C at sight: days from shipment until the documents are presented at the "
        "bank (UCP 600: at most 21); payment is due from then (a usance L/C or D/A \"after "
        "sight\": its days after then)."), "int", (), 0, 120,
        label=N_("D/P, L/C: days to present the documents"),
        unit="days", page="risk"),
    # 7: the carrier issues the B/L a day or two after the goods are on board and the seller
    # e-mails its copy; contracts give the buyer about five working days from the copy for the
    # balance ("final payment within 5 working days of receipt of the B/L copy"): a week.
    Setting("documents_days", 7, N_(
        "Deposit + balance against the B/L copy (or CAD): days from shipment until the balance "
        "falls due. The carrier issues the bill of lading once the goods are on board, its "
        "copy then reaches the buyer, and the buyer wires the balance on it, usually within a "
        "few working days. Terms that write their own days (\"balance 30 days after B/L copy\") "
        "fall due those days after shipment instead."), "int", (), 0, 120,
        label=N_("Balance against B/L copy: days after shipment it is due"), unit="days",
        page="risk"),
    # 90: a contract's deposit comes one to three months before it ships (its goods made
    # meanwhile); a number no file sells after that is more likely mistyped than still to ship
    Setting("number_deposit_days", 90, N_(
        "A deposit (定金) whose reference names a contract or order no imported file sells yet "
        "is held for that number, not spent on the buyer's older invoices, for this many days "
        "after it came; after that, still sold nowhere, it is the buyer's money as any other "
        "and pays its oldest open invoice. 0: never held."), "int", (), 0, 365,
        label=N_("Deposit for a contract not sold yet: days it is held"), unit="days",
        page="risk"),
    Setting("min_open_usd", 200.0, N_(
        "An invoice left open by less than this many USD is a small remainder: shown, never "
        "overdue, graded or listed."), "float", (), 0, 1e6,
        label=N_("Small remainder under (USD)"), unit="USD", page="risk"),
    Setting("capital_rate_pct", 12.0, N_(
        "Yearly cost of capital tied up in late receivables (article: about 12%)."), "float",
        (), 0, 100, label=N_("Cost of capital a year"), unit="%", page="risk"),
    Setting("risky_rung", "dp", N_(
        "Payment terms from which exposure counts as risky (D/P or worse by default)."),
        "rung", label=N_("Risky from these terms on"), page="risk"),
    Setting("risk_weight_days", 35.0, N_("Risk score points for days past due."), "float", (),
            0, 100, label=N_("Points: days past due"), unit="points", page="risk"),
    Setting("risk_weight_overdue_share", 20.0, N_(
        "Risk score points for the overdue share of open receivables."), "float", (), 0, 100,
        label=N_("Points: overdue share"), unit="points", page="risk"),
    Setting("risk_weight_terms", 15.0, N_("Risk score points for exposure on risky terms."),
            "float", (), 0, 100, label=N_("Points: risky terms"), unit="points", page="risk"),
    Setting("risk_weight_history", 20.0, N_(
        "Risk score points for a history of late payment."), "float", (), 0, 100,
        label=N_("Points: late-payment history"), unit="points", page="risk"),
    Setting("risk_weight_capital", 10.0, N_(
        "Risk score points for the size of the overdue exposure."), "float", (), 0, 100,
        label=N_("Points: overdue exposure"), unit="points", page="risk"),
    Setting("late_history_share", 0.8, N_(
        "A customer whose settled invoices were paid on time less often than this pays late: "
        "a reason in its grade, and never called \"paying reliably\" on the white list."),
        "float", (), 0, 1, label=N_("Paying late: on time less often than"), unit="share",
        page="risk"),
    Setting("insured_default_pct", 90.0, N_(
        "Credit insurance: the share of a loss the insurer pays when a ledger marks a customer "
        "insured (信保) without saying how much (Sinosure's usual cover of commercial risk: "
        "90%)."), "float", (), 1, 100, label=N_("Insured share when the ledger gives none"),
        unit="%", page="risk"),
    Setting("risk_days_full", 120, N_(
        "Days past due that score the full points for lateness."), "int", (), 1, 1000,
        label=N_("Days past due for full points"), unit="days", page="risk"),
    Setting("risk_late_days_full", 60, N_(
        "Average days settled invoices were paid late that score the full points for the "
        "late half of the payment history."), "int", (), 1, 1000,
        label=N_("Average days late for full points"), unit="days", page="risk"),
    # the phases: stop-loss lists, then the leap phase's referrals
    Setting("stop_loss_days", 60, N_(
        "Stop-loss: days past due that trigger it (article: 60)."), "int", (), 1, 1000,
        label=N_("Stop-loss after days overdue"), unit="days", page="phases"),
    Setting("stop_loss_days_dp", 14, N_(
        "Stop-loss days for D/P: unredeemed documents leave a container at a foreign port."),
        "int", (), 1, 1000, label=N_("Stop-loss on D/P after days overdue"), unit="days",
        page="phases"),
    Setting("stop_loss_avg_order_usd", 20000.0, N_(
        "Stop-loss: only customers whose average order is under this many USD (article: "
        "20,000)."), "float", (), 0, 1e9, label=N_("Stop-loss below average order (USD)"),
        unit="USD", page="phases"),
    Setting("stop_loss_exposure_usd", 50000.0, N_(
        "Stop-loss whatever the order size: overdue exposure net of deposits above this many "
        "USD."), "float", (), 0, 1e12, label=N_("Stop-loss above overdue exposure (USD)"),
        unit="USD", page="phases"),
    Setting("exposure_min_days", 30, N_(
        "Stop-loss on exposure: only money overdue longer than this many days counts, so a "
        "routine bank delay never suspends supply."), "int", (), 0, 1000,
        label=N_("Exposure counts after days overdue"), unit="days", page="phases"),
    Setting("watch_days", 30, N_("Watch list: days past due (or grade D/E)."), "int", (), 1,
            1000, label=N_("Watch list after days overdue"), unit="days", page="phases"),
    Setting("due_by_days", 14, N_("Days after the as-of date by which list actions are due."),
            "int", (), 1, 365, label=N_("Actions due within days"), unit="days",
            page="phases"),
    Setting("trial_conversion_days", 180, N_(
        "Firm figures: a new customer whose first order was a trial counts as converted when "
        "a regular order follows within this many days."), "int", (), 1, 3650,
        label=N_("Trial converted within days"), unit="days", page="phases"),
    Setting("referral_commission_pct", 15.0, N_(
        "Leap phase: commission offered to strategic customers for each peer customer they "
        "introduce (article: 15%)."), "float", (), 0, 100,
        label=N_("Referral commission"), unit="%", page="phases"),
    # data safety
    Setting("backup_budget_mb", 1000, N_(
        "Disk space, in MB, the safety copies taken before imports and bulk corrections may "
        "use together; the oldest are deleted beyond it (the newest is always kept)."), "int",
        (), 10, 1000000, label=N_("Space for safety copies (MB)"), page="general"),
    # the leap phase: who may be asked for referrals, and what the plan assumes
    Setting("leap_min_history_months", 24, N_(
        "Leap phase: months since a customer's first valid order before it is asked for "
        "referrals (two years of orders show a relationship worth vouching for)."), "int", (),
        1, 240, label=N_("Referrals: months of orders, at least"), unit="months",
        page="phases"),
    Setting("referral_peers_per_year", 1.0, N_(
        "Leap phase, an assumption for the plan's expected effect: peer customers each "
        "referral candidate introduces in a year."), "float", (), 0, 100,
        label=N_("Referrals: peers introduced a year (assumed)"), page="phases"),
    Setting("referral_conversion_pct", 28.0, N_(
        "Leap phase, an assumption for the plan's expected effect: share of introduced peers "
        "who become customers (article: first-order conversion raised to 28%)."), "float", (),
        0, 100, label=N_("Referrals: introduced peers who order (assumed)"), unit="%",
        page="phases"),
    # customer lifetime value (discounted at capital_rate_pct)
    Setting("clv_survival_pct", 62.0, N_(
        "Lifetime value, the simple estimate: share of customers still buying a year later "
        "(article: 62%). Used when too few customers ordered twice for the expected purchases "
        "model."), "float", (), 1, 100, label=N_("Customers still buying a year later"),
        unit="%", page="clv"),
    Setting("clv_min_repeat_buyers", 30, N_(
        "Lifetime value: customers with a repeat order needed before the expected purchases "
        "model and the order value model are fitted to your own data; with fewer, lifetime "
        "values are only a rough guide from each customer's own order pace."), "int", (), 5,
        100000, label=N_("Repeat buyers needed for the expected purchases model"),
        unit="customers", page="clv"),
    Setting("clv_horizon_years", 3, N_(
        "Lifetime value: years of future orders counted, each month discounted at the cost of "
        "capital."), "int", (), 1, 10, label=N_("Years of lifetime value"), unit="years",
        page="clv"),
)
BY_KEY = {s.key: s for s in SETTINGS}
# What the firm is and how its files read, not the article's rules: the settings dialog's
# "Restore defaults" leaves them (a CNY firm put back on USD would see every amount change
# currency, and its dmy ledgers read as mdy at the next import).
FIRM_FACTS = ("firm_name", "base_currency", "date_order", "receipts_date", "backup_budget_mb")
# Lists of Incoterms: each item is kept as the code the ledger's Incoterms are read as ("C&F"
# and "CNF" are CFR, "F.O.B." and 离岸价 FOB), or T would compare "C&F" with CFR and fail.
INCOTERM_LISTS = ("t_accepted_incoterms", "t_neutral_incoterms")
