"""A units row's currency gives way to the row's own 币种 (fix54k, rv54c R8).

A units row under the header (数量 / pcs, 订单金额 / USD, 已收金额 / USD) names each column's
currency (core.ledger.stacked_words.units_named); a sheet with a 币种 column writes each row's
currency too. The order's amount followed 币种 and its receipt the units row: Alpha's order of
10,000 EUR (币种 EUR) paid 10,000 EUR was read paid 10,000 USD, 800 open, 90 days, black. Where
a row's 币种 cell names a currency it decides that row's money columns; the units row decides
only where none is written. A currency a header itself names (人民币收款, 收款(RMB) typed in one
cell) is no units row and still decides its column.

A units row naming RMB (RMB, 人民币, 元, ¥) under a received column where the amount column's is
not RMB names no order's currency but the yuan the bank credited, as the user guide's own layout
(订单金额 / USD, 收款 / RMB) writes it: it decides its column whatever 币种 says (fix55a). Given
way to 币种 USD, 35,500 RMB on a 10,000 USD order was 35,500 USD, Beta 5,000 open → 0 with
25,500 credit, Alpha 61,000 of made-up credit; acct55a's 35,500 RMB on 33,000 USD a 2,500 USD
overpayment the same way.

It names the column's money, not each figure's: a template's units row says 人民币 where a buyer
pays the dollar invoice in full (10,000 of 10,000 read as 10,000 yuan: 8,611 open, black; rv55b
s26). So the column is judged RMB as a column whose figures run at the rate is
(core.ledger.received_rmb.could_be_rmb): a figure that is its invoice, a whole 5 % share of it,
or such a share less a wire's charge, stays in the invoice's currency (`judged`, fix55e).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from core.ledger.layout import SheetLayout
from core.ledger.received_rmb import RMB


class _Columns(Protocol):
    layout: SheetLayout
    amounts: list[float | None]  # each row's amount, read
    currencies: list[str | None]  # each row's 币种 cell, read
    received_currencies: list[str | None]  # each row's 收款币种 cell, read
    none: list[None]


def from_units_row(layout: SheetLayout, name: str) -> bool:
    """Whether the currency of `name`'s column is a units row's (stacked_words)."""
    return name in layout.units_row


def receipts_own(layout: SheetLayout, name: str) -> bool:
    """Whether a units row names RMB for the receipts of `name` beside an amount column not in
    RMB: the yuan credited, not the order's currency (fix55a)."""
    return layout.column_currency.get(name) == RMB and layout.currency_hint != RMB


def row_decides(layout: SheetLayout, name: str, receipt: bool) -> bool:
    """Whether a row's 币种 decides `name`'s column over its units row: a units row's currency,
    but not the yuan a receipt column's own units row names (`receipts_own`)."""
    return from_units_row(layout, name) and not (receipt and receipts_own(layout, name))


def judged(layout: SheetLayout, name: str) -> bool:
    """Whether `name` is the received column a units row of RMB judges RMB figure by figure
    (the module's note): its figures are left unmarked, each read by its invoice later
    (core.ledger.money_columns), but where the row has no invoice to weigh it by."""
    return name == "received_amount" and from_units_row(layout, name) and receipts_own(
        layout, name)


def weigh(layout: SheetLayout, numbers: Sequence[int], figures: Sequence[float | None]) -> None:
    """Keep the rows whose received cell holds a figure where a units row judges the column
    (`judged`): a receipt worked out from 余额 (an amount less what it owes) is in the row's
    own currency, never weighed as yuan (2,345 owed of 10,000 USD: 7,655 received, not 7,655
    yuan leaving 8,937 open)."""
    if judged(layout, "received_amount"):
        layout.weighed = frozenset(n for n, f in zip(numbers, figures, strict=True)
                                   if f is not None)


def unweighed(amount: object) -> bool:
    """Has a row no invoice to weigh its receipt by (a payment's row: no positive amount)?"""
    return not isinstance(amount, int | float) or amount <= 0


def by_row(columns: _Columns, name: str, receipt: bool) -> Sequence[str | None]:
    """Each row's currency for a money column ahead of its header's: a receipt currency
    column's, else (where the header's is a units row's) the row's 币种, else None; in a
    column a units row judges RMB (`judged`), RMB only where the row has no invoice."""
    column: Sequence[str | None] = columns.received_currencies if receipt else columns.none
    if receipt and judged(columns.layout, name):
        return [c or (RMB if unweighed(a) else None)
                for c, a in zip(column, columns.amounts, strict=True)]
    if not row_decides(columns.layout, name, receipt) or not any(columns.currencies):
        return column
    return [c or w for c, w in zip(column, columns.currencies, strict=True)]
