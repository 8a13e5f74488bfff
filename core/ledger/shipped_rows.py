"""Which rows of a tab are carried forward, and the earlier order a tab's month shipped.

A row is carried forward by its words (结转, 承前, 上月未收, b/f …: its status or notes) or by
its order date, before the month its tab is named after (core.ledger.tab_month.carried_before):
the clerk copied last month's unpaid row onto the new tab. An ERP's shipment export
(销售出运明细_202507, a sheet named after its month) lists the month's shipments instead, many
of orders placed the month before: such a row is a sale of its own, not a balance brought
forward, where it says so plainly: its own ship date in the tab's month, and a line of goods
whole (its product, its quantity and unit price coming to its amount: a row carrying what is
left of an order writes less than its goods' worth, core.ledger.balance_rows). Its words still
carry it. Before (acct52j), July's export of an order of 06-16 shipped 07-18 was "known only
from carried-forward rows", its shipment said to be "estimated", the clerk asked to import a
file that first listed it (none exists); and on an order a register's payment had stored under
the payer's bank name the row named the buyer but moved no customer (a carried row never does).
"""

from __future__ import annotations

from collections.abc import Sequence

# how far a line's quantity × unit price may stray from its amount (a price rounded to cents)
_SLACK = 0.005


def whole_line(quantity: object, price: object, amount: object) -> bool:
    """Does a row's quantity × unit price come to its amount (a line of goods whole)?"""
    if not all(isinstance(n, int | float) and n > 0 for n in (quantity, price, amount)):
        return False
    worth = float(quantity) * float(price)  # type: ignore[arg-type]
    return abs(worth - float(amount)) <= max(1.0, _SLACK * float(amount))  # type: ignore[arg-type]


def shipped_in(start: tuple[int, int], ship: str | None) -> bool:
    """Is an ISO ship date in the month `start` (year, month)?"""
    return ship is not None and ship[:7] == f"{start[0]:04d}-{start[1]:02d}"


def carried_rows(words: Sequence[bool], dates: Sequence[str | None],
                 start: tuple[int, int] | None, goods: Sequence[tuple[
                     str | None, str | None, object, object, object]]) -> list[int]:
    """Each row carried forward (1) or not (0): its words (`words`), else its order date
    (`dates`, ISO) before `start`, unless the row is the tab's month's shipment of an earlier
    order (`goods`: its ship date, product, quantity, unit price and amount)."""
    if start is None:
        return [int(w) for w in words]
    first = f"{start[0]:04d}-{start[1]:02d}"
    return [int(word or (day is not None and day[:7] < first and not (
        product and shipped_in(start, ship) and whole_line(quantity, price, amount))))
        for word, day, (ship, product, quantity, price, amount) in zip(
            words, dates, goods, strict=True)]
