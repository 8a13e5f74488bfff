"""Money a row says is a deposit for an order not placed, or not sold, yet (fix52o, fix54m).

A clerk books a new order's deposit before the order is written (备注 "新订单定金已收，金额待
定", "客户预付款，订单未下": core.ledger.prepaid_rows reads it as money received). Credit on
account, it paid the buyer's older unpaid invoice (rv52c: 8,000 open -> 5,000, the deposit
belonging to the new order). Money that says it is a deposit for an order not placed yet
(core.ledger.record.DEPOSIT_SAID and AHEAD_SAID: 新订单定金, 预付款，订单未下) on a row naming no
order is held for the next order placed on or after its day: it pays that order's invoices once
shipped and is held against them before (Lumière's 30,000 advance takes its April order), the
rest the order after it; what no order takes yet stays held (deposits held), never paying an
older invoice. Money on such a row saying no deposit (收款, 到账), or a bare 定金 naming no
order (which order it paid cannot be told: fx44p), is money of its own as before; unless the
bare 定金 is more than all the buyer still owes (:func:`more_than_owed`: 6,000 beside INV-1's
5,000, 89 days overdue, paid it and left 1,000 on account, rv55e s61e4): a new order's, held as
an advance, for `number_deposit_days` as a number's deposit is, then paying the oldest.

A deposit for a contract no file sells yet: held for that number, not spent on older invoices.

A receipts register books Lima's 30 % deposit 定金 on contract HT25-073 (对应发票 "HT25-073定金"),
which ships next month: no shipment book lists it yet. Money on a number no file sells pays no
invoice of an order placed after it came (fx44y), but it paid the buyer's older invoice: Lima's
INV2503-08, 2,777 open and 31 days overdue, was shown paid with 1,481 on account and nothing
held (rv54b f9). A buyer paying a new contract's deposit still owes its old invoice.

So money on an order no file sells (core.analysis.dataset.SoldNumbers: not another spelling of
a sale's order or invoice number) whose note or number says it is a deposit (core.ledger.
record.DEPOSIT_SAID: 定金, 预付, deposit) is held for that number (deposits held) and pays
nothing, for `number_deposit_days` after it came; once a file sells the number, the money is
that order's (core.ledger.placed_receipts gives it to the buyer that file sells it to). Money
saying no deposit (货款; a buyer's own PO number on its payment: rv52d) pays the oldest as
before, and so does a deposit older than the setting, still sold nowhere (a mistyped number:
its import named it, core.ledger.unsold_receipts), or one with no date. Nor is the money held
where it is the very figure one of the buyer's invoices still has open, its own rows' money
taken off, within the invoice's bank charge (:func:`pays_a_balance`): Lima's 2,776.90 naming
his own PO, noted "70% balance against B/L copy, 30% deposit paid" or 定金已收，尾款凭提单副本付,
is INV2503-08's 70 % balance, not a new contract's deposit (rv55f s76: 2,776.90 open, 31 days,
watch, all of it held → 0); the words cannot tell it from one, the figure can.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol

from core.analysis.account import EPS, Entry, Invoice, allocate
from core.analysis.dataset import NEW_DEPOSIT, ShipmentRow, SoldNumbers
from core.analysis.due_dates import Shipment
from core.analysis.refunds import REFUND
from core.ledger.deposit_parts import DepositPart, deposit_part
from core.ledger.moved_deposits import moved_to
from core.ledger.noted_orders import noted_number, paper_number
from core.ledger.payment_kinds import deposit_money, new_order_deposit
from core.ledger.record import AHEAD_SAID, DEPOSIT_SAID
from core.ledger.refund_words import is_refund, old_deposit_back
from core.rules import Rules

Hold = Callable[[Entry, list[Invoice]], None]


def is_advance(unit: ShipmentRow) -> bool:
    """Is this a row of money naming no order that says it is a deposit for an order not placed
    yet?"""
    return unit.said_ahead and unit.amount == 0 and unit.order.order_no is None


def place_advances(advances: list[tuple[Entry, bool]], units: list[ShipmentRow],
                   shipments: list[Shipment], invoices: list[Invoice], hold: Hold,
                   convert: Callable[..., float | None], band: float,
                   ahead_money: list[Entry], ledger: Dated, pool: list[Entry]
                   ) -> set[tuple[str, str]]:
    """Spend each advance on the orders placed on or after its day, in order; what is left is
    held (`ahead_money` extended): one said ahead (新订单定金) until an order takes it, a bare
    定金 (False beside it) for `number_deposit_days` as a number's deposit, then it joins the
    `pool` and pays the oldest (the guide's hold, fix56a). The currency pairs no rate
    converted."""
    unconverted: set[tuple[str, str]] = set()
    later = sorted(((invoice.order_date, invoice.order_id, n) for n, (unit, invoice) in
                    enumerate(zip(units, invoices, strict=True))
                    if unit.amount > 0 and not unit.order.cancelled))
    for entry, ahead in sorted(advances, key=lambda a: a[0].rate_day):
        # an older order is not what the deposit is for
        unconverted |= spend_on(entry, [n for ordered, _, n in later if ordered >= entry.rate_day],
                                shipments, invoices, hold, convert, band)
        if entry.left < EPS or (not ahead and held_for_number(entry, ledger, ahead_money)):
            continue
        if not ahead:
            pool.append(entry)
            continue
        ahead_money.append(Entry(entry.left, entry.currency, entry.day, entry.rate_day,
                                  entry.kind))
        entry.left = 0.0
    return unconverted


def spend_on(entry: Entry, chosen: Sequence[int], shipments: Sequence[Shipment],
             invoices: Sequence[Invoice], hold: Hold, convert: Callable[..., float | None],
             band: float) -> set[tuple[str, str]]:
    """Spend `entry` on the invoices `chosen` (by index), in turn: paying one shipped, held
    against one waiting to ship. The currency pairs no rate converted."""
    unconverted: set[tuple[str, str]] = set()
    for n in chosen:
        if entry.left < EPS:
            break
        if shipments[n].shipped:
            unconverted |= allocate([invoices[n]], [entry], convert, band)
        else:
            hold(entry, [invoices[n]])
    return unconverted


def read_deposit_words(unit: ShipmentRow, saying: object, numbered: int | None,
                       cancelled: str | None = None) -> None:
    """What a row's money says of a deposit, on its unit: a deposit (not 尾款（30%定金已付）),
    one for an order not placed yet (AHEAD_SAID), one on a number (its number cell's, or the
    one its note gives on a row naming none: "PI-77定金", fix56a; `numbered` the fetch's); and
    the order a cancelled order's notes (`cancelled`) move its deposit to (fix58h)."""
    if unit.order.order_no is None and isinstance(saying, str):
        unit.note = saying  # the invoices it may name (named_money)
    if cancelled is not None and (moved := moved_to(cancelled)) is not None:
        unit.moved, unit.number_deposit = moved, NEW_DEPOSIT  # another order's, if sold nowhere
    if isinstance(saying, str) and deposit_money(saying):
        unit.said_deposit = True  # a deposit: on a lot not shipped, or before its order
        unit.said_ahead = unit.said_ahead or bool(AHEAD_SAID.search(saying))
        if unit.order.order_no is None and (noted := noted_number(
                saying, is_refund(saying))) is not None:  # 退PI 50定金 (spaced): PI-50's
            unit.noted, numbered = noted, 1 + new_order_deposit(saying)
    elif unit.order.order_no is None and (split := deposit_part(saying)) is not None:
        unit.noted, unit.split, numbered = split.number, split, NEW_DEPOSIT  # the rest (fix56j)
    if unit.noted is None and isinstance(saying, str) and is_refund(saying) and DEPOSIT_SAID.search(
            saying.replace("退", "")):  # its deposit word (退定金 says no deposit paid)
        unit.deposit_back = True  # the one deposit held, where one is (refunds.paid_back)
        unit.old_back = old_deposit_back(saying)
    unit.number_deposit = max(unit.number_deposit, numbered or 0)  # 定金 on HT25-073


def balance_first(entry: Entry, split: DepositPart, units: Sequence[ShipmentRow],
                  invoices: Sequence[Invoice], sold: SoldNumbers) -> Entry:
    """The balance of a wire paying one and a deposit (core.ledger.deposit_parts), as money of
    its own paying as other money does: the figure the note gives it, or the wire less the
    deposit's figure, or what the invoice it names (else every invoice) still has open. What
    is left of `entry` (its `left`) is the deposit, held for its number as a deposit is."""
    if split.figure is not None:
        deposit = split.figure
    elif split.balance is not None:
        deposit = entry.amount - split.balance
    else:
        chosen = {id(invoices[n]) for n in sold.selling(split.paid)} if split.paid else set()
        deposit = entry.amount - math.fsum(left for invoice, left in _open(entry, units, invoices)
                                           if not chosen or id(invoice) in chosen)
    entry.left = min(max(deposit, 0.0), entry.amount)
    return Entry(entry.amount - entry.left, entry.currency, entry.day, entry.rate_day, entry.kind)


def deposit_for(unit: ShipmentRow, sold: SoldNumbers, unsold: bool, advance: bool
                ) -> tuple[bool, list[int] | None, bool]:
    """A row of money alone saying deposit on a number (its cell's or its note's): whether
    the number is sold nowhere (`unsold`, held for it: :func:`held_for_number`), else the
    units selling it, which it pays first (the guide: "then it is that order's"; paying the
    oldest, a 6,000 deposit for PI-77 paid the buyer's INV-1, 89 days overdue: rv55e s61e2,
    e3, e5); and whether it names no number nor a new order (a bare 定金: an advance where it is
    :func:`more_than_owed`, rv55e s61e4, e6)."""
    if unit.amount or unit.order.sold or advance:
        return unsold, None, False
    number = unit.order.order_no or unit.noted
    if number is not None and unit.order.order_no is None and not paper_number(
            number, (n for u in sold.units for n in (u.order.order_no, u.invoice_no))):
        number = None  # a bank's reference (TT-881 定金): no order's number
    if not unit.number_deposit or number is None:
        return unsold, None, unit.said_deposit and number is None
    if unit.order.order_no is None and not sold.names(number):
        return True, None, False
    return unsold, (None if unsold else sold.selling(number)), False


def waiting_invoices(units: list[ShipmentRow], shipments: list[Shipment],
                     invoices: list[Invoice]) -> dict[int, list[Invoice]]:
    """Per order (not cancelled), its invoices not shipped yet and still worth something:
    what a deposit on the order can be held against."""
    waiting: dict[int, list[Invoice]] = {}
    for unit, s, invoice in zip(units, shipments, invoices, strict=True):
        if not s.shipped and not unit.order.cancelled and invoice.open >= EPS:
            waiting.setdefault(unit.order.order_id, []).append(invoice)
    return waiting


def moved_targets(number: str, sold: SoldNumbers, shipments: Sequence[Shipment],
                  invoices: Sequence[Invoice]) -> list[Invoice] | None:
    """Where a cancelled order's deposit its note moves to `number` goes: held against that
    order's invoices waiting to ship, as money on its own rows is; none left to wait once it
    has shipped (the money pays as that order's then: the oldest due first). None where no file
    sells the number yet: held for it as a number's deposit is (:func:`held_for_number`)."""
    selling = sold.selling(number)
    if not selling:  # its orders cancelled: none to wait for
        return [] if sold.names(number) else None
    return [invoices[n] for n in selling if not shipments[n].shipped and invoices[n].open >= EPS]


class Dated(Protocol):
    """What :func:`held_for_number` reads of the account's ledger (account_ledger.Ledger)."""

    as_of: date
    rules: Rules


def held_for_number(entry: Entry, ledger: Dated, held: list[Entry]) -> bool:
    """Hold a deposit for a number no file sells (the module's second part): `held` extended
    with what is left of it, none of it left to spend. False (nothing done) where it is
    undated, or came `number_deposit_days` or more before A."""
    days = ledger.rules.number_deposit_days
    if entry.day is None or (ledger.as_of - entry.day).days >= days or entry.left <= 0:
        return False
    held.append(Entry(entry.left, entry.currency, entry.day, entry.rate_day, entry.kind))
    entry.left = 0.0
    return True


def pays_a_balance(entry: Entry, units: Sequence[ShipmentRow], invoices: Sequence[Invoice]
                   ) -> bool:
    """Is `entry` the figure an invoice of the account (`invoices`, one per unit of `units`)
    still has open, short by no more than its bank charge?"""
    return any(-EPS <= left - entry.amount <= invoice.tolerance + EPS
               for invoice, left in _open(entry, units, invoices))


def more_than_owed(entry: Entry, units: Sequence[ShipmentRow], invoices: Sequence[Invoice]
                   ) -> bool:
    """Is `entry` more than all the account's invoices in its currency still have open, some
    being open? Such a deposit naming no order cannot be a late deposit on them (fx44p: a
    定金 of 4,500 beside an unpaid 15,000 pays it): a new order's, held as an advance."""
    owed = math.fsum(left for _, left in _open(entry, units, invoices))
    return EPS < owed < entry.amount - EPS


def _open(entry: Entry, units: Sequence[ShipmentRow], invoices: Sequence[Invoice]
          ) -> list[tuple[Invoice, float]]:
    """The invoices in `entry`'s currency with something open, and what: after their order's
    rows' money, and the money of rows selling nothing (a register's 定金 row is a unit of its
    own) spent oldest first, as the pool spends it; `entry`'s own row aside."""
    booked: dict[int, float] = {}
    free = 0.0
    for unit, invoice in zip(units, invoices, strict=True):
        money = math.fsum(e.amount for e in unit.receipts if e.kind != REFUND)
        if invoice.amount > 0:
            booked[invoice.order_id] = booked.get(invoice.order_id, 0.0) + money
        elif not any(e is entry for e in unit.receipts):
            free += money
    owing = sorted((i for i in {id(i): i for i in invoices}.values() if i.amount > 0),
                   key=lambda i: (i.due or i.order_date, i.order_date))
    found = []
    for invoice in owing:
        left = invoice.amount - invoice.credited - booked.pop(invoice.order_id, 0.0)
        spent = min(max(left, 0.0), free)
        left, free = left - spent, free - spent
        if invoice.currency == entry.currency and left > EPS:
            found.append((invoice, left))
    return found
