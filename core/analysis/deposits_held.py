"""Deposits held apart on the customer's account, and the money each row pays first.

Before the pool pays the oldest-due invoices (:mod:`core.analysis.receivables`), each row's
money is sorted: a deposit on an order not shipped yet is held for that order's invoices, money
on a shipped L/C invoice's row (or an insurer's claim) pays that invoice, money naming its
invoices pays those first, a new order's advance waits for its order, refunds take back what
they name; the rest joins the pool. The rules for each kind are in the modules imported here
(advances, named_money, refunds, lot_deposits, direct_money); this module walks the rows once
and asks each only of the money it can concern (perf61a).
"""

from __future__ import annotations

import math

from core.analysis.account import EPS, Entry, Invoice
from core.analysis.account_ledger import LETTER_RUNGS, Ledger
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
from core.analysis.dataset import NEW_DEPOSIT, ShipmentRow, SoldNumbers
from core.analysis.direct_money import pay_own, take
from core.analysis.due_dates import Shipment
from core.analysis.lot_deposits import share_out
from core.analysis.model import LotShare
from core.analysis.named_money import debt_apart, early, name_all
from core.analysis.refunds import REFUND, moved_in, paid_back, taken_first
from core.ledger.record import SHIP_SAID_NOT_YET

DEPOSIT_RUNGS = frozenset({"deposit_before_shipment", "deposit_against_documents"})


def is_deposit_terms(unit: ShipmentRow) -> bool:
    """Terms that ask for money before shipment as a deposit ("30% deposit, balance …")."""
    terms = unit.order.terms
    return terms is not None and (terms.deposit_pct is not None or terms.rung in DEPOSIT_RUNGS)



def hold_deposits(units: list[ShipmentRow], shipments: list[Shipment],
                  invoices: list[Invoice], pool: list[Entry], ledger: Ledger,
                  unconverted: set[tuple[str, str]], ahead_money: list[Entry],
                  shared: list[LotShare], refunds: list[tuple[Entry, list[Entry], str]]
                  ) -> dict[object, float]:
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

