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
- money on a row of its own naming no order, whose note names numbers the customer sells
  (core.ledger.named_papers.noted_parts: not a clause leaving one out or putting it off,
  INV-103另付, INV-102下周付), pays those invoices first, oldest-due first among them;

when its turn comes in the pool (core.analysis.account.allocate: by its day), so money come
before it pays first: a wire naming K-7 a week after K-7's own row showed it paid is money
of its own, paying the oldest (tests/test_wire40_near_wires.py). What it leaves pays the
oldest as before. A sale's own row's money (the invoice's 收款 cell) names nothing more than
where the clerk wrote it, and is the pool's.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.analysis.account import Entry, Invoice
from core.analysis.dataset import ShipmentRow, SoldNumbers
from core.analysis.due_dates import Shipment
from core.ledger.named_papers import noted_parts


def named_invoices(entry: Entry, n: int, units: Sequence[ShipmentRow],
                   shipments: Sequence[Shipment], invoices: Sequence[Invoice],
                   sold: SoldNumbers) -> list[Invoice]:
    """The shipped invoices the money `entry` on unit `n` names, which it pays first (none:
    it names none, and pays the oldest)."""
    unit = units[n]
    if entry.named:
        return [invoices[n]] if unit.amount > 0 and shipments[n].shipped else []
    if unit.amount or unit.order.order_no is not None or unit.note is None:
        return []
    chosen = {index for part in noted_parts(unit.note) for index in sold.selling(part)}
    return [invoices[index] for index in sorted(chosen) if shipments[index].shipped]
