"""Money that names the invoice it pays pays that invoice first; money naming none, the oldest.

The account spends a customer's money oldest-due first (core.analysis.account), whatever row
the clerk wrote it on: a lump wire written on the month's last row pays the oldest invoices, as
the bank slip's buyer meant. A wire the buyer's register books against one invoice says more:
Alpha's 5,000 of 04-01 booked to INV-101 (对应发票 INV-101, or noted "INV-101货款" where the
book has no such column), INV-100 4,000 and INV-101 open, was spent on INV-100 first, leaving
INV-101's 4,000 open 89 days where the buyer's INV-100 stood unpaid 119 (rv58a s223 n2, n3;
a changer's "合并付款 INV-101/INV-102" alike, fix57j). So:

- money on a row of its own booked to a numbered order (a register's 对应发票, a payments
  tab's number: core.analysis.early_money marks it `Entry.named`) pays that order's invoice
  it was attached to first, as far as it goes;
- money on a row of its own booked to numbers no one order has (a register's 对应发票
  YW25-0092/YW25-0118 on a 合并付款 line) pays those numbers' invoices first: Muscat's 44,069,
  exactly what the two owed, paid 2,000 of an older YW25-0058 (已收5035，余款下月付) and left
  YW25-0118 2,000 short, 28 days where 0058 stood 66 (rv59f s32: fix59o);
- money on a row of its own naming no order, whose note names numbers the customer sells
  (core.ledger.named_papers.noted_parts: not a clause leaving one out or putting it off,
  INV-103另付, INV-102下周付), pays those invoices first, oldest-due first among them;

when its turn comes in the pool (core.analysis.account.allocate: by its day), so money come
before it pays first: a wire naming K-7 a week after K-7's own row showed it paid is money
of its own, paying the oldest (tests/test_wire40_near_wires.py). What it leaves pays the
oldest as before. A sale's own row's money (the invoice's 收款 cell) received once the order
had shipped names nothing more than where the clerk wrote it, and is the pool's (a late payer
pays the oldest: tests/test_wire40_near_wires.py), unless its note says it is a part of that
invoice, the rest owed, and it is short of it (:func:`_part_of_own`: rv59f s31 noreg, fix60o),
or names its invoices, a later one among them (:func:`_row_lump`: 付N1-2及N1-3, fix61l).
Received before the order shipped it is a
deposit (:func:`early`), which pays that order (its shipped lots, oldest due first: a lot's
row's money paid the order's first lot before, acct52a) as the money on a 定金 line does:
YW25-0158's 9,252 of 05-25 (B/L 06-10) paid YW25-0123's older balance, hiding its 41 days
(rv58b s1, rv59f s30 cell: fix59o).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import timedelta

from core.analysis.account import EPS, Entry, Invoice, due_order
from core.analysis.dataset import ShipmentRow, SoldNumbers
from core.analysis.due_dates import Shipment
from core.analysis.refunds import REFUND
from core.ledger.charged_receipts import noted_charge
from core.ledger.deposit_parts import earlier_debt
from core.ledger.named_papers import (
    earlier_money,
    last_month_money,
    left_parts,
    noted_parts,
    of_another_order,
)
from core.ledger.part_said import part_owed


def name_all(first: Sequence[tuple[Entry, int]], units: Sequence[ShipmentRow],
             shipments: Sequence[Shipment], invoices: Sequence[Invoice], sold: SoldNumbers
             ) -> None:
    """Each money's `Entry.pays` (`first`: the money and its unit), spent in the pool's turn:
    earlier money first (account.allocate)."""
    lots: dict[int, list[Invoice]] | None = None  # per order, its shipped invoices: built once
    for entry, n in first:
        unit = units[n]
        if not entry.named and early(entry, unit, shipments[n], sold):  # its order's lots first
            if lots is None:
                lots = {}
                for index, (other, s) in enumerate(zip(units, shipments, strict=True)):
                    if s.shipped and other.amount > 0:
                        lots.setdefault(other.order.order_id, []).append(invoices[index])
            entry.pays = lots.get(unit.order.order_id) or None
        else:
            entry.pays = named_invoices(entry, n, units, shipments, invoices, sold) or (
                [] if entry.named or _stopped(entry, unit, sold) else None)
            entry.charged = noted_charge(unit.own_note if unit.amount else unit.note) is not None
            if entry.pays is None and _part_of_own(unit, shipments[n], invoices[n]):
                entry.pays = [invoices[n]]


def named_invoices(entry: Entry, n: int, units: Sequence[ShipmentRow],
                   shipments: Sequence[Shipment], invoices: Sequence[Invoice],
                   sold: SoldNumbers) -> list[Invoice]:
    """The shipped invoices the money `entry` on unit `n` names, which it pays first (none:
    it names none, and pays the oldest)."""
    unit = units[n]
    if entry.named and not unit.amount and not unit.order.sold and unit.order.order_no:
        lump = sold.selling(unit.order.order_no)  # a lump's numbers, each (合并付款: fix59o)
        return [invoices[index] for index in lump if shipments[index].shipped]
    if entry.named:
        return [invoices[n]] if unit.amount > 0 and shipments[n].shipped else []
    if unit.amount > 0:
        return _row_lump(n, units, shipments, invoices, sold)
    if unit.amount or unit.order.order_no is not None or unit.note is None:
        return []
    chosen = {index for part in noted_parts(unit.note) for index in sold.selling(part)}
    return [invoices[index] for index in sorted(chosen) if shipments[index].shipped]


def _row_lump(n: int, units: Sequence[ShipmentRow], shipments: Sequence[Shipment],
              invoices: Sequence[Invoice], sold: SoldNumbers) -> list[Invoice]:
    """The invoices a shipped sale row's note names as what its own money pays with its own
    (付N1-2及N1-3, 含N5-3货款 on N5-2's row): those first, as a register wire naming them. Sent
    to the oldest by the note's other order (`elsewhere`), 9,975 paid an old 5,000 and left the
    pair 5,025 open where the buyer owed that 5,000 84 days, black (rv61c s449). None where the
    note names no other order, an earlier debt (含上次欠款) or only invoices due before its own
    (付X-1, INV-100余款 on the new row: the old balance typed there, the rest the oldest's)."""
    unit, own = units[n], invoices[n]
    note = unit.own_note
    if note is None or not shipments[n].shipped or earlier_money(note):
        return []
    chosen = {index for part in noted_parts(note) for index in sold.selling(part)
              if shipments[index].shipped}
    others = [index for index in chosen if units[index].order is not unit.order]
    if all(due_order(invoices[index]) < due_order(own) for index in others):
        return []  # (none, or an earlier order's debt only)
    return [invoices[index] for index in sorted(chosen | {n})]


def _stopped(entry: Entry, unit: ShipmentRow, sold: SoldNumbers) -> bool:
    """Do the money's words say it is not the invoice its sum fits (`_left_out`, `elsewhere`)?
    Last month's goods alone (上月货款) do not: the money matches an invoice shipped the month
    before its day, and no other (`Entry.month`: core.analysis.account.Matches)."""
    if not (_left_out(unit, sold) or elsewhere(unit, sold)):
        return False
    note = unit.own_note if unit.amount > 0 else unit.note
    if entry.day is None or not last_month_money(note) or _left_out(unit, sold, False) or (
            unit.amount > 0 and any(map(_another(unit, sold), noted_parts(note or "")))):
        return True
    entry.month = (entry.day.replace(day=1) - timedelta(days=1)).replace(day=1)
    return False


def _left_out(unit: ShipmentRow, sold: SoldNumbers, earlier: bool = True) -> bool:
    """Does a row of money alone leave out or put off a number the customer sells in its note
    (货款，INV-101下周付), or say it is an earlier debt's (补上次欠款, 上月货款: read as the newer
    invoice less a charge it fits, the older left 84 days, black, rv60d A1, A11)? Its words
    then say what it pays (empty `Entry.pays`): the oldest, never the invoice its sum matches
    (core.analysis.account.Matches)."""
    return (not unit.amount and unit.order.order_no is None and unit.note is not None
            and ((earlier and earlier_money(unit.note))
                 or any(sold.selling(part) for part in left_parts(unit.note))))


def elsewhere(unit: ShipmentRow, sold: SoldNumbers) -> bool:
    """Does a sale row's note say its money is an earlier debt's or another order's (补上次欠款,
    付A6-1 on A6-2's row)? Then it pays the oldest, never the invoice its sum fits (read as
    the row's own invoice less a charge, the older left 84 days, black: rv60d A5, A6)."""
    return unit.amount > 0 and unit.own_note is not None and (
        earlier_money(unit.own_note) or of_another_order(unit.own_note, _another(unit, sold)))


def _part_of_own(unit: ShipmentRow, shipment: Shipment, invoice: Invoice) -> bool:
    """Is the money on a shipped sale's own row, short of its invoice, a part of it its note
    says came, the rest owed (到账一半，还差6532.5)? It pays that invoice first: pooled, 0085's
    half paid an older 0122's 3,000 its own row said still owed (尾款到账11822.5，还差3000),
    6 days and no list where 0122 stood 38, watch (rv59f s31 noreg)."""
    if not (shipment.shipped and unit.amount > 0 and unit.own_note is not None):
        return False
    came = math.fsum(e.amount for e in unit.receipts if e.kind != REFUND)
    return (came < unit.amount - invoice.tolerance - EPS
            and part_owed([unit.own_note], unit.amount, invoice.currency, unit.order.order_no))


def _another(unit: ShipmentRow, sold: SoldNumbers) -> Callable[[str], bool]:
    """Does a number name an order the customer's files sell other than the unit's?"""
    return lambda number: any(sold.units[index].order is not unit.order
                              for index in sold.selling(number))


def early(entry: Entry, unit: ShipmentRow, shipment: Shipment, sold: SoldNumbers) -> bool:
    """Is money on the sale's own row a deposit: received before the order shipped (its read
    ship date, not a guessed one), its note naming no earlier order's money nor another order
    the customer's files sell (INV-100余款, 上月余款, 上单尾款 on INV-101's row: the clerk typed
    the last balance where the new order stood; read as INV-101's deposit, INV-100 stood 119
    days, black, where 21, watch: rv60b s310)?"""
    return (entry.day is not None and shipment.shipped and not shipment.estimated
            and shipment.ship_date is not None and entry.day < shipment.ship_date
            and unit.amount > 0 and (unit.own_note is None  # (most rows: no note to read)
                                     or not of_another_order(unit.own_note, _another(unit, sold))
                                     or _debt(entry, unit, sold) is not None))


def debt_apart(entry: Entry, unit: ShipmentRow, sold: SoldNumbers) -> Entry | None:
    """The earlier debt a sale row's note splits off its money beside the order's deposit
    (定金3000，加上批欠款4000 on 7,000: core.ledger.deposit_parts.earlier_debt), as money of its
    own paying the oldest, never an invoice by its sum (`Entry.pays` empty); the rest (`entry.
    left`, 3,000) is the order's, held for it unshipped or its deposit (:func:`early`). Held
    whole, the old 4,000 stood owed 39 days, watch (rv61o s54 paid)."""
    debt = _debt(entry, unit, sold)
    if debt is None:
        return None
    entry.left -= debt
    part = Entry(debt, entry.currency, entry.day, entry.rate_day)
    part.pays = []
    return part


def _debt(entry: Entry, unit: ShipmentRow, sold: SoldNumbers) -> float | None:
    """The figure of an earlier debt the sale row's note gives its money `entry` beside the
    order's deposit (core.ledger.deposit_parts.earlier_debt)."""
    if unit.amount <= 0 or unit.own_note is None:
        return None
    return earlier_debt(unit.own_note, entry.amount, _another(unit, sold))
