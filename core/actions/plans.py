"""The article's words for each tier, list and phase, kept apart from the code that lays them out.

Everything here is an English message id (N_) so the printed lists follow the user's language.
The numbers in them (days, commission) come from the firm's rules where they are settings.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core import APP_NAME
from core.actions.workbook import NAME, Column
from core.analysis.model import Analysis
from core.analysis.names import list_heading, receipts_label, receipts_to
from core.analysis.pyramid import band_span
from core.i18n import N_, NP_, listed, sentences, tr
from core.messages import Message
from core.rules import Rules

# The pyramid table's service strategy per tier, with the article's "key actions" folded in.
SERVICE_PLANS = {
    "strategic": N_(
        "Custom ODM + VMI inventory management + DDP door-to-door; a dedicated cross-border "
        "customer success manager with a bilingual team; supply-chain finance (receivables "
        "financing); project-based pricing."),
    "core": N_(
        "Standard products + 72-hour response + L/C settlement; tiered-price discounts; "
        "order, production and logistics status shared through a data link."),
    "long_tail": N_(
        "Self-service channel (own website or platform store) with quick quoting; "
        "consolidated logistics; membership fee + transaction commission; standard enquiries "
        "answered by templates."),
}
VALUE_PACKAGE = N_(
    "Offer the value verification package: sample testing + trial-order subsidy + "
    "compliance pre-check.")

# Stop-loss lists (their names are core.analysis.names'): the rule and what to do.
LIST_RULES = {
    "black": N_("Suspend supply and collect the overdue; the reason column names the stop-loss "
                "rule that applies."),
    "confirm": N_("The data records no receipts: confirm with finance whether these past-due "
                  "invoices were paid before taking any step."),
    "watch": NP_("Owing more than a credit limit (its own or a group member's), in a group "
                 "above the stop-loss exposure, overdue more than {days} day or risk grade D/E "
                 "(or put here by hand): tighten terms to T/T in advance or L/C at sight.",
                 "Owing more than a credit limit (its own or a group member's), in a group "
                 "above the stop-loss exposure, overdue more than {days} days or risk grade "
                 "D/E (or put here by hand): tighten terms to T/T in advance or L/C at sight.",
                 by="days"),
    "white": N_("Strategic and core customers with risk grade A/B: protect supply."),
}
# a list's rule line stood above a customer it does not describe (grade E under "risk grade
# A/B"): where customers were put there by hand, the owner's line says how many
LIST_PINNED = NP_("Also {count} customer put on this list by hand (the reason column says so).",
                  "Also {count} customers put on this list by hand (the reason column says so).")
SALES_LIST_RULES = {
    "black": N_("New shipments wait for the owner's confirmation; collect the overdue first."),
    "confirm": N_("Check with finance whether these invoices were paid; change nothing yet."),
    "watch": N_("Collect the overdue; take new orders on T/T in advance or L/C at sight."),
    "white": N_("Customers in good standing: keep supply and service reliable."),
}

# The list reasons that quote the firm's own thresholds (core.analysis.lists, credit_groups):
# "117 days past due (limit 60) and an average order of 5,000 USD, under 20,000". The owner
# reads them; a salesperson's copy, which may be forwarded, says how late instead.
THRESHOLD_REASONS = frozenset({"stop_loss_rule", "stop_loss_exposure", "stop_loss_group",
                               "watch_overdue"})
SALES_REASON_LATE = NP_("{days} day past due", "{days} days past due", by="days")
# A group member over its credit limit may be another salesperson's customer: a salesperson's
# copy names the group, not that customer (the owner's names it).
SALES_GROUP_OVER_LIMIT = N_("in the group “{group}”, where another member owes more than its "
                            "credit limit")

ACTION_BLACK = N_("Suspend supply (the owner confirms); collect {amount} overdue.")
ACTION_HOLD = N_("Hold new shipments until the owner confirms; collect {amount} overdue.")
ACTION_BLACK_NOTHING_DUE = N_("Suspend supply (the owner confirms).")
ACTION_HOLD_NOTHING_DUE = N_("Hold new shipments until the owner confirms.")
ACTION_OWNER_DECIDES = N_("The owner decides: secure the account (collect, L/C or credit "
                          "insurance) or suspend supply; collect {amount} overdue.")
ACTION_CONFIRM = N_("Confirm with finance whether {amount} past due was received; act only "
                    "once it is known.")
ACTION_WATCH_OVERDUE = N_("Collect {amount} overdue; new orders only on T/T in advance or "
                          "L/C at sight.")
ACTION_WATCH = N_("New orders only on T/T in advance or L/C at sight.")
ACTION_WHITE = N_("Protect supply: reserve capacity and keep deliveries on time.")

FLAG_REPRICE = N_("Margin {margin} is below the {band} band: reprice.")
# The terms to move to are the tier's own (Rules.expected_rung): "move to L/C or a deposit"
# told a buyer already on a deposit to move to one.
FLAG_TERMS = N_("Mostly on {terms}, riskier than {tier} should carry: move to {expected} or "
                "safer terms.")
FLAG_UPGRADE = N_("One criterion short of {tier}; not passed yet: {missing}.")
FLAG_UPGRADE_PLAIN = N_("One criterion short of {tier}.")
FLAG_UPGRADE_ANY = N_("One criterion short of {tier}: any one of {missing} passed is enough.")

SUSPENSION_NOTE = N_("Suspending supply is a recommendation: the owner confirms each case "
                     "before anyone tells the customer.")
BLACK_KEY_FLAG = N_("Strategic or core customers on the black list – check before "
                    "suspending: {names}")
BLACK_KEY_NONE = N_("No strategic or core customer is on the black list.")
LEAP_NOTE = N_("Leap phase (9–18 months): invite strategic customers into the referral "
               "programme, {commission} commission for each peer customer they introduce.")
LEAP_CANDIDATES = N_("Referral candidates: {names}")
LEAP_SUSPENDED = N_("Referral invitation suspended while on the black list: {names}")
PLAN_SUSPENDED = N_("Suspended while on the black list ({reason}); the owner decides first.")
UPGRADE_SUSPENDED = N_("Suspended while on the black list.")
# The same in a salesperson's copy, which names the black list by what to do (names.py) and
# leaves the reason, with the firm's thresholds in it, to the owner's copy.
SALES_LEAP_SUSPENDED = N_("Referral invitation waits ({list}): {names}")
SALES_PLAN_SUSPENDED = N_("Waits: {list}; the owner decides first.")
SALES_UPGRADE_SUSPENDED = N_("Waits: {list}.")
FLAG_REPRICE_TIER = N_("Margin {margin} is low within the tier (below its lower quartile "
                       "{floor}; the whole tier is below the {band} band): reprice.")


def list_rule(code: str, sales: bool, rules: Rules, pinned: int = 0) -> str:
    """What a stop-loss list asks of its reader, with the firm's own watch days; the owner's
    line counts the `pinned` customers put there by hand (the rule does not describe them)."""
    rule = tr((SALES_LIST_RULES if sales else LIST_RULES)[code], days=rules.watch_days)
    return sentences(rule, tr(LIST_PINNED, count=pinned)) if pinned and not sales else rule


def suspended_text(owner: str, sales_template: str, sales: bool, **params: object) -> str:
    """Why a plan, an upgrade or a referral waits: the owner's words, or a salesperson's,
    naming the black list as that copy names it."""
    if not sales:
        return tr(owner, **params)
    return tr(sales_template, list=list_heading("black", sales=True), **params)


def percent(value: float | None) -> str:
    return "" if value is None else f"{value:.1%}"


def percent_text(value: float) -> str:
    """A percent setting as people say it: 15 -> '15%', 2.5 -> '2.5%'."""
    return f"{value:g}%"


def band_text(band: tuple[float, float] | None) -> str:
    """'35–45%': the way the article writes a margin band."""
    return "" if band is None else f"{band_span(band)}%"


def join(names: list[str]) -> str:
    """A list of names the way each language writes one."""
    return listed(names)


# Where the firm's name is set, said where a list would print without it (the print dialog);
# the page header says the app's name meanwhile (workbook.Document.letterhead).
FIRM_NOT_SET = N_("No firm name is set, so the lists' page header says “{name}”. Set your "
                  "firm's name in Settings → General → Firm name.")
FIRM_NOT_SET_COMMAND = N_("No firm name is set, so the lists' page header says “{name}”. Set "
                          "your firm's name with: tradetier settings set firm_name "
                          "\"Your Firm Co., Ltd.\" --db \"{db}\"")


def firm_not_set(rules: Rules, db: Path | None = None) -> Message | None:
    """What to say where the lists are written without a firm name (None: one is set): the
    print dialog says it, and so does `export`, which wrote "TradeTier" on top of every page
    without a word; the window's way in the window, the command line's there (naming `db`)."""
    if rules.firm_name.strip():
        return None
    return Message("firm_not_set", FIRM_NOT_SET, {"name": APP_NAME, "db": str(db or "")},
                   FIRM_NOT_SET_COMMAND)


def stamp(analysis: Analysis) -> str:
    """The dates every list shows: what "overdue" was counted against, and the day the list
    was made, so a copy printed last month is told from today's on a meeting table."""
    return tr(N_("As of {date} ({receipts}) · printed {printed}"),
              date=analysis.as_of.isoformat(),
              receipts=receipts_to(analysis.receipts_date.isoformat()),
              printed=date.today().isoformat())


def banner(analysis: Analysis) -> list[str]:
    """What every export prints at its top, a salesperson's copy too: the warnings that
    change what a list means (no receipts, missing rates, estimated ship dates)."""
    return [note.text for note in analysis.warnings]


def other_notes(analysis: Analysis) -> list[str]:
    """The owner's notes below the tables: everything the banner does not already say."""
    top = set(map(id, analysis.warnings))
    return [note.text for note in analysis.notes if id(note) not in top]


def dated_facts(analysis: Analysis, sales_label: str | None) -> list[tuple[str, object]]:
    """The facts every workbook's overview opens with: whose copy, and the dates it shows."""
    facts: list[tuple[str, object]] = []
    if sales_label is not None:
        facts.append((tr(N_("Salesperson")), sales_label))
    return facts + [(tr(N_("Lists as of")), analysis.as_of),
                    (receipts_label(), analysis.receipts_date),
                    (tr(N_("Amounts in")), analysis.base_currency)]


def customer_columns() -> list[Column]:
    """Every list's first columns: who the customer is and who looks after it."""
    return [Column(NAME, tr(N_("Customer")), wrap=True, max_width=28),
            Column("country", tr(N_("Country")), max_width=16, detail=True),
            Column("salesperson", tr(N_("Salesperson")), max_width=12)]
