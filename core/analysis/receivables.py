"""What each customer owes on the receipts date, how late, and how it has paid before.

A shipment starts the receivable: an invoice is receivable from its ship date, or from the due
date the ledger states when it gives no ship date; with neither, or with a ship date after A
(whatever due date it states), it has not shipped. Where the sheet had no ship-date column at
all, shipment is estimated at the order date + the lead time and marked estimated. When it
falls due is :mod:`core.analysis.due_dates`: the ledger's date, else what the terms give,
counted from the documents where the terms pay against them.

The money is followed through the customer's account (:mod:`core.analysis.account`): receipts
of every row and credit notes pay the oldest-due invoices first, deposits on unshipped orders
are held apart. After that a shortfall within the tolerance (bank charges; on PayPal, card or
Trade Assurance terms, the platform's fee too) counts as paid, an invoice paid in another
currency short by no more than the exchange band is paid with an exchange loss (and a surplus
the rate's move explains is an exchange gain, not credit), and an invoice left open by less
than `min_open_usd` is a small remainder: shown, never overdue. Open amounts are valued at the
latest rate on or before A. Days overdue run to min(A, receipts date): receipts are only known
up to then.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from core.analysis.account import EPS, Entry, Invoice, allocate
from core.analysis.advances import (
    balance_first,
    deposit_for,
    held_for_number,
    is_advance,
    more_than_owed,
    moved_targets,
    pays_a_balance,
    place_advances,
    spend_on,
    waiting_invoices,
)
from core.analysis.dataset import NEW_DEPOSIT, Money, ShipmentRow, SoldNumbers
from core.analysis.direct_money import pay_own, take
from core.analysis.due_dates import Shipment, shipment
from core.analysis.lot_deposits import share_out
from core.analysis.model import LotShare, Receivable
from core.analysis.named_money import debt_apart, early, name_all
from core.analysis.refunds import REFUND, Move, moved_in, paid_back, taken_back, taken_first
from core.analysis.write_offs import WrittenOff, named_credits
from core.ledger.record import SHIP_SAID_NOT_YET
from core.ledger.terms import PaymentTerms, platform_paid
from core.rates import Rates
from core.rules import Rules, letter_kept

DEPOSIT_RUNGS = frozenset({"deposit_before_shipment", "deposit_against_documents"})
# letters of credit: the money on a shipped invoice's row is what the letter paid for it
LETTER_RUNGS = frozenset({"lc_sight", "lc_usance"})


@dataclass
class History:
    settled: int = 0
    on_time: int = 0
    days_late: float = 0.0

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.settled if self.settled else None

    @property
    def avg_days_late(self) -> float | None:
        return self.days_late / self.settled if self.settled else None

    @property
    def late_by(self) -> float | None:
        """How late the invoices paid late were, on average: what "paid 1 of 4 invoices late,
        29 days late on average" says (avg_days_late spreads those days over every settled
        invoice, on-time ones too, and would say 7)."""
        late = self.settled - self.on_time
        return self.days_late / late if late else None


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


@dataclass
class Account:
    """One customer's receivables, payment history and the money not on any invoice."""

    receivables: list[Receivable]
    history: History
    credit_on_account: float = 0.0  # base currency
    deposits_held: float = 0.0  # base currency
    missing_rates: set[str] = field(default_factory=set)
    # the receivables with an exchange difference: few, summed with no pass over every one
    exchanged: list[Receivable] = field(default_factory=list)
    # the receivables with money open, the deposits held (base): collected as they are made
    owing: list[Receivable] = field(default_factory=list)
    deposits: list[float] = field(default_factory=list)
    lot_shares: list[LotShare] = field(default_factory=list)  # a PI's deposit by lot (fix58h)


def is_deposit_terms(unit: ShipmentRow) -> bool:
    """Terms that ask for money before shipment as a deposit ("30% deposit, balance …")."""
    terms = unit.order.terms
    return terms is not None and (terms.deposit_pct is not None or terms.rung in DEPOSIT_RUNGS)


def customer_account(units: list[ShipmentRow], credits: list[Money], ledger: Ledger,
                     away: Sequence[Move] = ()) -> Account:
    """The customer's account on the cutoff date min(A, receipts date); `away`: money another
    buyer's rows moved off its orders (core.analysis.moved_away)."""
    shipments, invoices, shipped = _invoices(units, ledger)
    unconverted: set[tuple[str, str]] = set()
    pool: list[Entry] = []
    held: dict[object, float] = {}
    ahead_money: list[Entry] = []  # a new order's deposit no order took yet (fix52o)
    account = Account([], History())
    if credits or any(unit.receipts for unit in units):  # most customers have paid something
        pool = named_credits(units, invoices, credits, ledger.convert, unconverted)
        held = _deposits(units, shipments, invoices, pool, ledger, unconverted, ahead_money,
                         account.lot_shares, taken_back(away, units))
        unconverted |= allocate(shipped, pool, ledger.convert, ledger.rules.fx_band_pct / 100)
    _receivables(units, shipments, invoices, held, ledger, account)
    if unconverted:
        account.missing_rates |= ledger.missing(*(code for pair in unconverted for code in pair))
    for entry in pool:
        if not entry.left or isinstance(entry, WrittenOff):
            continue  # spent (most of them): adds nothing; a write-off's rest: no one's
        factor_now = ledger.factor_now(entry.currency)
        if not factor_now:
            account.missing_rates.add(entry.currency)
        account.credit_on_account += entry.left * (factor_now or 0.0)
    for entry in ahead_money:
        factor_now = ledger.factor_now(entry.currency)
        if not factor_now:
            account.missing_rates.add(entry.currency)
        account.deposits.append(entry.left * (factor_now or 0.0))  # less a refund of it
    account.deposits_held = math.fsum(account.deposits)
    return account


def _invoices(units: list[ShipmentRow], ledger: Ledger
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


def _deposits(units: list[ShipmentRow], shipments: list[Shipment], invoices: list[Invoice],
              pool: list[Entry], ledger: Ledger, unconverted: set[tuple[str, str]],
              ahead_money: list[Entry], shared: list[LotShare],
              refunds: list[tuple[Entry, list[Entry], str]]) -> dict[object, float]:
    """Deposits held: money on an order not shipped yet that is explicitly a deposit (a
    deposit column, or deposit terms), or money on rows saying they have not shipped (未出货,
    a later lot still to ship) that says it is a deposit or is no more than the row's own
    amount, the order's shipped lots paid (else a first lot's money written there), up to
    what the order is still worth, stays with it: its own invoice first, then the order's
    other invoices waiting to ship (on OA terms a lot's 1,800 in 实收金额, 30%定金已收, paid
    the first lot: 4,200 open of 6,000, acct52a). A wire on a new order's row merely blank
    in its 出货日期 is not held (Golden Bridge's 8,000 paying July's invoice: key50).
    Money on a shipped L/C invoice's row, or an insurer's claim on its own, pays it first.
    Money on a numbered order no file sells yet pays no invoice of an order placed after it
    came (fx44y; `Entry.unsold`): a deposit (定金) is held for it a while (advances.held_for_
    number, rv54b f9), other money may pay older invoices (rv52d). Every other receipt, and
    what those leave, joins the pool (`pool` is extended), whatever row it was written on.
    `refunds`: money sent back (another buyer's moved off, to begin), what it takes first."""
    held: dict[object, float] = {}
    waiting: dict[int, list[Invoice]] | None = None  # worked out once an unshipped row has money
    advances: list[tuple[Entry, bool]] = []  # a deposit before its order, said so (advances)
    first: list[tuple[Entry, int]] = []  # money naming the invoices it pays (named_money)
    sold = SoldNumbers(units)  # money on an order no file sells (fx44y, fx44u)
    band = ledger.rules.fx_band_pct / 100

    def keep(entry: Entry, targets: list[Invoice]) -> None:
        hold(entry, targets, held, ledger, unconverted)
    lots: list[tuple[int, list[Entry]]] = []  # shipped lots on deposit terms (lot_deposits)
    for n, (unit, s, invoice) in enumerate(zip(units, shipments, invoices, strict=True)):
        if not unit.receipts:
            continue
        targets = None
        # a row of money alone (a register's 30%定金 on PI HX-2) ships nothing: its order's
        # invoices waiting to ship are what it may be held for (acct52h)
        if not s.shipped or unit.amount == 0:
            if waiting is None:
                waiting = waiting_invoices(units, shipments, invoices)
            targets = waiting.get(unit.order.order_id)
        # deposit terms, or rows saying not shipped (未出货) whose money says deposit or fits
        # the row, shipped lots paid: all its money is ahead of shipment (fix52o)
        ahead = targets is not None and (is_deposit_terms(unit) or (
            unit.ship_date_known == SHIP_SAID_NOT_YET and (unit.said_deposit or (
                math.fsum(e.amount for e in unit.receipts if e.kind != REFUND)
                <= unit.amount + EPS and shipped_paid(units, shipments, unit.order)))))
        if targets and targets[0] is not invoice and any(t is invoice for t in targets):
            targets = [invoice, *(t for t in targets if t is not invoice)]
        letter = s.shipped and (unit.order.pay_rung in LETTER_RUNGS or unit.claimed)
        own: list[Entry] = []  # this invoice's money in the pool, which its refunds take first
        unsold = not unit.order.sold and sold.unsold(unit.order)  # most orders sell: no call
        advance = not unit.amount and is_advance(unit)  # a new order's deposit (fix52o)
        unsold, named, bare = (unsold, None, False) if unit.amount else deposit_for(
            unit, sold, unsold, advance)  # named: units selling it; `bare`: fix56a (a sale's: no)
        if unit.moved is not None:  # a cancelled order's deposit its note moves (fix58h)
            targets = moved_targets(unit.moved, sold, shipments, invoices)
            ahead, unsold = True, targets is None
        if unit.moved_in is not None:  # PO-R2的款转入本单: PO-R2's money taken back (fix59n)
            refunds.extend(moved_in(unit, units))
        mine = invoice if s.shipped and unit.amount > 0 else None  # its sum's tie (Matches)
        ship = s.ship_date  # money before it may be a deposit (named_money.early)
        for entry in unit.receipts:  # made as entries (early_money): spent, not copied
            entry.left = entry.amount  # all of it: an account made again spends it again
            entry.unsold = entry.day if unsold else None
            entry.own, entry.pays, entry.month = mine, None, None  # (this account's: name_all)
            if entry.kind == REFUND:
                refunds.append((entry, *taken_first(entry, unit, units, own, ahead_money, sold)))
                continue
            if unit.split is not None:  # a balance first, the rest a deposit (fix56j)
                pool.append(balance_first(entry, unit.split, units, invoices, sold))
            if unit.own_note is not None and (debt := debt_apart(entry, unit, sold)):
                pool.append(debt)  # 定金3000，加上批欠款4000: the 4,000 the oldest's (fix61j)
            if advance or (bare and more_than_owed(entry, units, invoices)):
                advances.append((entry, advance))  # held for the next order placed (fix52o)
                continue
            if unsold and unit.number_deposit and (
                    unit.number_deposit == NEW_DEPOSIT or not pays_a_balance(entry, units, invoices)
            ) and held_for_number(entry, ledger, ahead_money):
                continue
            if named:
                unconverted |= spend_on(entry, named, shipments, invoices, keep, ledger.convert,
                                        band)
            if targets and (entry.kind == "deposit" or ahead):
                hold(entry, targets, held, ledger, unconverted)
            elif letter and not pay_own(invoice, entry, ledger.convert, band):
                unconverted.add((entry.currency, invoice.currency))
            elif (entry.named or unit.note is not None or unit.own_note is not None or (
                    entry.day is not None and ship is not None and entry.day < ship
                    and early(entry, unit, s, sold))) and not named:  # (most: after shipping)
                first.append((entry, n))  # what it names (once refunds took theirs)
            if entry.left >= EPS:
                pool.append(entry)
                own.append(entry)
        if own and s.shipped and unit.amount > 0 and is_deposit_terms(unit):
            lots.append((n, own))
    if lots:  # a whole PI's deposit on one lot's row: each lot's share (fix58h)
        found, more = share_out(lots, units, shipments, invoices, keep, ledger.convert, band,
                                pool, ahead_money)
        shared.extend(found)
        unconverted |= more
    if advances:
        unconverted |= place_advances(advances, units, shipments, invoices, keep, ledger.convert,
                                      band, ahead_money, ledger, pool)
    if refunds:
        unconverted |= paid_back(pool, refunds, ledger.convert, ahead_money)  # 退PI-77定金: held
    name_all(first, units, shipments, invoices, sold)
    return held


def shipped_paid(units: list[ShipmentRow], shipments: list[Shipment], order: object
                 ) -> bool:
    """Is the money on the order's shipped lots' own rows at least what they sell for?"""
    owed = paid = 0.0
    for unit, s in zip(units, shipments, strict=True):
        if unit.order is order and s.shipped:
            owed += unit.amount
            paid += math.fsum(e.amount for e in unit.receipts if e.kind != REFUND)
    return paid >= owed - EPS


def hold(entry: Entry, targets: list[Invoice], held: dict[object, float], ledger: Ledger,
         unconverted: set[tuple[str, str]]) -> None:
    """Hold as much of the entry as the invoices still have room for, in their order."""
    for target in targets:
        so_far = held.get(target.key, 0.0)
        taken = take(entry, target.currency, target.open - so_far, ledger.convert)
        if taken is None:
            unconverted.add((entry.currency, target.currency))
            return
        if taken:
            held[target.key] = so_far + taken
        if entry.left < EPS:
            return


def _receivables(units: list[ShipmentRow], shipments: list[Shipment], invoices: list[Invoice],
                 held: dict[object, float], ledger: Ledger, account: Account) -> None:
    """The account's receivables (invoices with an amount) and the history of those settled.
    One loop with what every invoice reads held in locals: it runs once per invoice."""
    rules, cutoff, history = ledger.rules, ledger.cutoff, account.history
    floor = rules.min_open_usd - 1e-9
    found = account.receivables
    add, exchanged, owing = found.append, account.exchanged.append, account.owing.append
    now_of: dict[str, float | None] = {}
    settled, on_time, days_late = 0, 0, 0.0
    for unit, s, invoice in zip(units, shipments, invoices, strict=True):
        amount = unit.amount
        if not amount > 0:
            continue
        order, currency = unit.order, invoice.currency  # unit.currency or order.currency
        if currency in now_of:
            factor_now = now_of[currency]
        else:
            factor_now = now_of[currency] = ledger.factor_now(currency)
            if factor_now is None:
                account.missing_rates.add(currency)
        shipped, due, paid_on = s.shipped, s.due, invoice.paid_on
        deposit = held.get(invoice.key, 0.0) if held else 0.0
        open_amount = invoice.amount - invoice.credited - invoice.allocated if shipped else 0.0
        if open_amount <= invoice.tolerance:  # (also what is below zero)
            open_amount = 0.0
        small, days = False, 0
        if open_amount > 0:
            in_usd = ledger.usd(open_amount, currency)
            small = in_usd is not None and in_usd < floor
            if not small and due and due < cutoff:
                days = (cutoff - due).days
        factor = (order.amount_base / order.amount if order.amount else 0.0
                  ) if unit.currency is None else ledger.rates.factor(currency,
                                                                      order.order_date) or 0.0
        now = factor_now or 0.0
        # positional, in the field order: keywords cost three times as much; a figure equal
        # to the amount that float itself (in the base currency, paid whole: 1M, 20 MB)
        item = Receivable(
            order, unit.invoice_no, currency, amount, amount if factor == 1.0 else amount * factor,
            (amount if invoice.allocated == amount else invoice.allocated) if shipped else deposit,
            open_amount,
            open_amount * now if open_amount else 0.0, s.ship_date, due, days,
            invoice.disputed, shipped,
            deposit * now if deposit else 0.0,  # the one 0.0, not a new one per invoice
            False, invoice.credited, deposit, s.estimated, small, factor_now is None, paid_on,
            s.assumed, invoice.fx, invoice.fx and _fx_base(invoice, ledger))
        add(item)
        if open_amount > 0:
            owing(item)
        if deposit:
            account.deposits.append(item.deposit_base)
        if invoice.fx:
            exchanged(item)
        if shipped and (open_amount == 0 or small) and due and paid_on:  # settled
            late = (paid_on - due).days
            settled += 1
            on_time += late <= 0
            days_late += late if late > 0 else 0  # max(late, 0), no call per invoice
    history.settled += settled
    history.on_time += on_time
    history.days_late += days_late


def _fx_base(invoice: Invoice, ledger: Ledger) -> float:
    """An exchange difference in the base currency at its day's rate, as the clerk books it."""
    factor = (ledger.rates.factor(invoice.currency, invoice.paid_on) if invoice.paid_on
              else ledger.factor_now(invoice.currency))
    return invoice.fx * (factor or 0.0)
