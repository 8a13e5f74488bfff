"""What an analysis tells the reader about itself: the limits of the data behind its verdicts.

The warnings come first (their codes are `model.WARNING_CODES`): the app shows them at the top
and every export prints them at the top, a salesperson's copy too, because each of them changes
what a list means. The other notes explain a choice the analysis made.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.analysis.dataset import Dataset
from core.analysis.model import CustomerMetrics
from core.analysis.names import Days
from core.i18n import N_, NP_
from core.messages import Listed, Message
from core.rules import Rules

NAMES_SHOWN = 5  # customers named in a note before "…"
TEXTS_SHOWN = 3  # terms quoted in a note before "…"


def notes(data: Dataset, by_profit: bool, active: list[CustomerMetrics],
          customers: list[CustomerMetrics], rules: Rules, missing: list[str],
          estimated_any: bool = True, unread: Sequence[str] = ()) -> list[Message]:
    """The analysis's notes. `estimated_any`: whether the account estimated any shipment
    (:attr:`account_ledger.Ledger.estimated`); without one, no receivable is walked to count
    them (69,000 at 100,000 lines). `unread`: the money columns of imported sheets that read
    a date received but no money received (core.ledger.unread_money), named where no receipt
    is recorded (acct53c: 收汇原币 left unread, the notice asked for 实收金额 alone)."""
    found = []
    if not data.has_receipts and unread:
        found.append(Message("no_receipts", N_(
            "The data records no receipts in the window: payment risk is unknown (“–”), "
            "nobody is white-listed as paying reliably, and customers with past-due invoices "
            "are on the confirm-payment list instead of the black list. The imported sheets "
            "have columns not read that may hold them: {columns}. Map the one of money "
            "received as “Amount received” in the import dialog and import the files again."),
            {"columns": Listed([f"“{h}”" for h in unread], TEXTS_SHOWN * 2)}, command=N_(
            "The data records no receipts in the window: payment risk is unknown (“–”), "
            "nobody is white-listed as paying reliably, and customers with past-due invoices "
            "are on the confirm-payment list instead of the black list. The imported sheets "
            "have columns not read that may hold them: {columns}. Map the one of money "
            "received with import --map received_amount=<its header> and import the files "
            "again.")))
    elif not data.has_receipts:
        found.append(Message("no_receipts", N_(
            "The data records no receipts in the window: payment risk is unknown (“–”), "
            "nobody is white-listed as paying reliably, and customers with past-due invoices "
            "are on the confirm-payment list instead of the black list. Add the received "
            "amounts (实收金额) to judge them.")))
    if data.base in missing:  # only when the base currency itself has no rate
        found.append(Message("missing_rates", N_(
            "No rate for the base currency {base}: the thresholds set in USD cannot be "
            "converted to it. The stop-loss average order and exposure limit (and a fixed M "
            "benchmark) were compared with {base} amounts as if one {base} were one USD, and "
            "no shortfall counted as a bank charge or a small remainder. Add a {base} rate, or "
            "choose a base currency that has one, in the settings."), {"base": data.base}))
        missing = [code for code in missing if code != data.base]
        if missing:  # their own rates may stand: it is the base's that is wanting
            found.append(Message("missing_rates", N_(
                "Amounts in {currencies} cannot be converted to the base currency, which has "
                "no rate: they are left out of every total (never read as zero) and {count} "
                "customers are marked."), {"currencies": Listed(missing),
                                           "count": sum(bool(c.missing_rates) for c in customers)}))
    elif missing:
        found.append(Message("missing_rates", N_(
            "No rate for {currencies}: amounts in them are left out of every total (never "
            "read as zero) and {count} customers are marked. Add the rates in the settings."),
            {"currencies": Listed(missing),
             "count": sum(bool(c.missing_rates) for c in customers)}))
    estimated = sum(r.ship_date_estimated for c in customers for r in c.receivables
                    if r.shipped) if estimated_any else 0
    if estimated:
        found.append(Message("ship_dates_estimated", NP_(
            "{count} invoice comes from a sheet without a ship-date column: its shipment is "
            "estimated at the order date + {days}, and days overdue count from there (marked "
            "“estimated”).",
            "{count} invoices come from sheets without a ship-date column: their shipment is "
            "estimated at the order date + {days}, and days overdue count from there (marked "
            "“estimated”)."), {"count": estimated, "days": Days(rules.lead_time_days)}))
    if any(o.currency != data.base for o in data.orders):
        found.append(Message("rates_used", N_(
            "Revenue is converted at the rates in Settings (Currency rates) in force on each "
            "order's date; open receivables at those in force on {date}."),
            {"date": data.as_of.isoformat()}))
    if active and not by_profit:  # name those to fix: one row without a cost decides it
        lacking = [c.customer for c in active if c.gross_profit_12m is None]
        found.append(Message("ranked_by_revenue", N_(
            "Not every customer has cost or gross profit in the window, so customers are "
            "ranked by revenue; {count} without: {names}"),
            {"count": len(lacking), "names": _names(lacking)}))
    wrong = [c.customer for c in customers if c.margin_error]
    if wrong:
        found.append(Message("margin_errors", N_(
            "The costs of {count} customers give margins outside −100%…+100% (a cost column "
            "in another currency?): data errors, no margin is shown for them: {names}"),
            {"count": len(wrong), "names": _names(wrong)}))
    if data.copied_wires:
        named = {c.customer_id: c.customer for c in customers}
        found.append(Message("wires_copied", N_(
            "{count} wires were written on rows of different files and counted once: {names}"),
            {"count": len(data.copied_wires),
             "names": _names([named[i] for i in dict.fromkeys(data.copied_wires)
                              if i in named])}))
    if (assumed := terms_assumed(customers, rules)) is not None:
        found.append(assumed)
    found += _settings_at_odds(data, rules)
    if not any(o.incoterm for o in data.orders):
        found.append(Message("no_incoterms", N_(
            "The ledger has no Incoterms: the T criterion is unknown for every customer.")))
    return found


def terms_assumed(customers: list[CustomerMetrics], rules: Rules) -> Message | None:
    """Open invoices whose due date is the default credit period: the ledger states none and
    their terms are blank or not understood ("As agreed"). Their days overdue, and so the
    lists, rest on that assumption, so it is said, with the texts the clerk can correct."""
    owed = [r for c in customers for r in c.owing if r.due_assumed and r.counts]
    if not owed:
        return None
    texts = list(dict.fromkeys(f"“{r.payment_terms}”" for r in owed if r.payment_terms))
    params: dict[str, object] = {"count": len(owed), "days": Days(rules.default_credit_days)}
    if not texts:
        return Message("terms_assumed", NP_(
            "{count} open invoice has neither a due date nor payment terms: it is taken to "
            "fall due {days} after shipment (a setting), and its days overdue count from "
            "there. Add the terms or the due date to the ledger.",
            "{count} open invoices have neither a due date nor payment terms: each is taken to "
            "fall due {days} after shipment (a setting), and its days overdue count from "
            "there. Add the terms or the due dates to the ledger."), params)
    params["texts"] = Listed(texts, TEXTS_SHOWN)
    if all(r.payment_terms for r in owed):  # "or none" only where some have none
        return Message("terms_assumed", NP_(
            "{count} open invoice has no due date and payment terms the app cannot read "
            "({texts}): it is taken to fall due {days} after shipment (a setting), and "
            "its days overdue count from there. Correct the terms or add the due date in the "
            "ledger.",
            "{count} open invoices have no due date and payment terms the app cannot read "
            "({texts}): each is taken to fall due {days} after shipment (a setting), and "
            "its days overdue count from there. Correct the terms or add the due dates in the "
            "ledger."), params)
    return Message("terms_assumed", N_(
        "{count} open invoices have no due date and payment terms the app cannot read "
        "({texts}) or none: each is taken to fall due {days} after shipment (a "
        "setting), and its days overdue count from there. Correct the terms or add the due "
        "dates in the ledger."), params)


def _settings_at_odds(data: Dataset, rules: Rules) -> list[Message]:
    """Settings stored before the dialog refused them (core.settings_store._check_fact), or a
    receipts date later than the as-of date looked back to: said, as the heading alone says
    "receipts booked to 2025-12-20" over an analysis that stops at June."""
    found = []
    if rules.receipts_date is not None and rules.receipts_date > data.as_of:
        found.append(Message("receipts_after_as_of", N_(
            "Receipts are booked to {receipts} (a setting), after the as-of date: only those "
            "received up to {as_of} count, and days overdue are counted to {as_of}."),
            {"receipts": rules.receipts_date.isoformat(), "as_of": data.as_of.isoformat()}))
    if rules.t_enabled and not rules.t_accepted_incoterms:
        found.append(Message("no_accepted_incoterms", N_(
            "No Incoterm is accepted in the settings, so no customer passes T: add the ones "
            "that count (the article's: FOB, CIP), or turn off judging trade terms.")))
    return found


def _names(names: list[str]) -> str:
    return Listed(names, NAMES_SHOWN)
