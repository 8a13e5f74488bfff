"""What each customer owes on the receipts date, how late, and how it has paid before.

A shipment starts the receivable: an invoice is receivable from its ship date, or from the due
date the ledger states when it gives no ship date; with neither, or with a ship date after A
(whatever due date it states), it has not shipped. Where the sheet had no ship-date column at
all, shipment is estimated at the order date + the lead time and marked estimated. When it
falls due is :mod:`core.analysis.due_dates`: the ledger's date, else what the terms give,
counted from the documents where the terms pay against them.

The money is followed through the customer's account (:mod:`core.analysis.account`): receipts
of every row and credit notes pay the oldest-due invoices first, deposits on unshipped orders
are held apart (:mod:`core.analysis.deposits_held`, which also sorts the money each row pays
first). The dates, rules and rates the account is read against, and each shipment's invoice,
are :mod:`core.analysis.account_ledger`'s. After that a shortfall within the tolerance (bank
charges; on PayPal, card or Trade Assurance terms, the platform's fee too) counts as paid, an
invoice paid in another currency short by no more than the exchange band is paid with an
exchange loss (and a surplus the rate's move explains is an exchange gain, not credit), and an
invoice left open by less than `min_open_usd` is a small remainder: shown, never overdue. Open
amounts are valued at the latest rate on or before A. Days overdue run to min(A, receipts
date): receipts are only known up to then.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.analysis.account import Entry, Invoice, allocate
from core.analysis.account_ledger import Ledger, read_invoices
from core.analysis.dataset import Money, ShipmentRow
from core.analysis.deposits_held import hold_deposits
from core.analysis.due_dates import Shipment
from core.analysis.model import LotShare, Receivable
from core.analysis.refunds import Move, taken_back
from core.analysis.write_offs import WrittenOff, named_credits


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



def customer_account(units: list[ShipmentRow], credits: list[Money], ledger: Ledger,
                     away: Sequence[Move] = ()) -> Account:
    """The customer's account on the cutoff date min(A, receipts date); `away`: money another
    buyer's rows moved off its orders (core.analysis.moved_away)."""
    shipments, invoices, shipped = read_invoices(units, ledger)
    unconverted: set[tuple[str, str]] = set()
    pool: list[Entry] = []
    held: dict[object, float] = {}
    ahead_money: list[Entry] = []  # a new order's deposit no order took yet (fix52o)
    account = Account([], History())
    if credits or any(unit.receipts for unit in units):  # most customers have paid something
        pool = named_credits(units, invoices, credits, ledger.convert, unconverted)
        held = hold_deposits(units, shipments, invoices, pool, ledger, unconverted,
                             ahead_money, account.lot_shares, taken_back(away, units))
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
