"""What every customer's account is read against, and each shipment's invoice read against it.

The :class:`Ledger` holds the dates (A, and the cutoff min(A, receipts date)), the rules and the
rates, with what they give per currency worked out once (an open amount's worth at A, the
tolerance's fixed part, a platform's or the banks' fee): the account asks them per invoice.
:func:`read_invoices` reads each shipment's dates (:mod:`core.analysis.due_dates`) and makes its
invoice with the shortfall it may be paid within. Kept apart from
:mod:`core.analysis.receivables`, which follows the money through the account and makes the
receivables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.analysis.account import Invoice
from core.analysis.dataset import ShipmentRow
from core.analysis.due_dates import Shipment, shipment
from core.ledger.terms import PaymentTerms, platform_paid
from core.rates import Rates
from core.rules import Rules, letter_kept

# letters of credit: the money on a shipped invoice's row is what the letter paid for it
LETTER_RUNGS = frozenset({"lc_sight", "lc_usance"})


@dataclass
class Ledger:
    """What every customer's account is read against: the dates, the rules and the rates."""

    as_of: date
    cutoff: date  # min(A, receipts date)
    rules: Rules
    rates: Rates
    _now: dict[str, float | None] = field(default_factory=dict)
    _tolerance: dict[str, float] = field(default_factory=dict)
    _fees: dict[str, float] = field(default_factory=dict)  # the platform's fixed fee
    _letters: dict[str, float] = field(default_factory=dict)  # a USD in each currency at A
    _days: dict[date, date] = field(default_factory=dict)  # a due date -> its one copy
    # (id of the terms, ship date) -> the terms (kept, so the id stays theirs) and the
    # shipment of an invoice with that ship date and no due date stated: what the terms give
    _shipments: dict[tuple[int, date], tuple[PaymentTerms | None, Shipment]] = field(
        default_factory=dict)
    estimated: bool = False  # a shipment estimated (no ship-date column): the notes count

    def convert(self, amount: float, source: str, target: str, day: date) -> float | None:
        if source == target:
            return amount
        ratios, key = self.rates.ratios, (source, target, day)  # kept by the rates: per receipt
        ratio = ratios[key] if key in ratios else self.rates.ratio(source, target, day)
        return None if ratio is None else amount * ratio

    def factor_now(self, currency: str) -> float | None:
        """Base units per unit at the latest rate on or before A: what an open amount is worth."""
        if currency not in self._now:
            self._now[currency] = self.rates.factor(currency, self.as_of)
        return self._now[currency]

    def tolerance_floor(self, currency: str) -> float:
        """The tolerance's fixed part in a currency at A (once a currency: run per invoice)."""
        found = self._tolerance.get(currency)
        if found is None:
            found = self._tolerance[currency] = self.convert(
                self.rules.tolerance_usd, "USD", currency, self.as_of) or 0.0
        return found

    def platform_fee(self, amount: float, currency: str) -> float:
        """What a payment platform keeps of an invoice's money (PayPal: 4.4 % + 0.30 USD),
        and a cent for its rounding, in the invoice's currency: short by this, it is paid."""
        fixed = self._fees.get(currency)
        if fixed is None:
            fixed = self._fees[currency] = self.convert(
                self.rules.platform_fee_usd, "USD", currency, self.as_of) or 0.0
        return self.rules.platform_kept(amount, fixed)

    def letter_fee(self, amount: float, currency: str) -> float:
        """What the banks may keep of an L/C invoice's money (core.rules.letter_kept), in the
        invoice's currency at A: short by this, it is paid."""
        usd = self._letters.get(currency)  # (once per currency: it runs per L/C invoice)
        if usd is None:
            usd = self._letters[currency] = self.convert(1.0, "USD", currency, self.as_of) or 0.0
        return letter_kept(amount, usd)

    def usd(self, amount: float, currency: str) -> float | None:
        return self.convert(amount, currency, "USD", self.as_of)

    def missing(self, *codes: str) -> set[str]:
        return {code for code in codes if not self.rates.known(code)}



def read_invoices(units: list[ShipmentRow], ledger: Ledger
                  ) -> tuple[list[Shipment], list[Invoice], list[Invoice]]:
    """Each shipment's dates and its invoice, in one loop with what it reads held in locals
    (it runs once per invoice of the firm): :func:`tolerance` written out; and the invoices
    shipped."""
    rules, as_of, pct = ledger.rules, ledger.as_of, ledger.rules.tolerance_pct
    floors: dict[str, float] = {}
    known = ledger._shipments
    shipments: list[Shipment] = []
    invoices: list[Invoice] = []
    shipped: list[Invoice] = []  # what the pool pays (a pass over the invoices fewer)
    for index, unit in enumerate(units):
        order, ship = unit.order, unit.ship_date
        # most invoices: shipped, no due date stated, so their terms and ship date alone say
        # when they fall due; a firm has a few terms and ship days, so one Shipment each
        found = (known.get((id(order.terms), ship))
                 if ship is not None and unit.due_date is None else None)
        if found is None:
            s = shipment(unit, rules, as_of)
            if s.due is not None:
                s.due = ledger._days.setdefault(s.due, s.due)  # one copy of each due date
            ledger.estimated = ledger.estimated or s.estimated  # (never kept: no ship date)
            if ship is not None and unit.due_date is None:
                known[(id(order.terms), ship)] = (order.terms, s)
        else:
            s = found[1]
        shipments.append(s)
        amount, currency = unit.amount, unit.currency or order.currency
        floor = floors.get(currency)
        if floor is None:
            floor = floors[currency] = ledger.tolerance_floor(currency)
        share = abs(amount) * pct / 100
        allowed = share if share > floor else floor
        if platform_paid(order.payment_terms):  # the platform's fee out of the buyer's money
            allowed = max(allowed, ledger.platform_fee(amount, currency))
        elif order.pay_rung in LETTER_RUNGS:  # the negotiating bank's charge (rules.letter_kept)
            allowed = max(allowed, ledger.letter_fee(amount, currency))
        invoice = Invoice(index, currency, 0.0 if amount < 0.0 else amount, s.due,
                          order.order_date, order.order_id, order.status == "disputed", allowed,
                          shipped=s.ship_date)
        invoices.append(invoice)
        if s.shipped:
            shipped.append(invoice)
    return shipments, invoices, shipped

