"""A row worth nothing whose money is written only as its 定金 or 尾款: money received.

May's 台账 has a row of DN-3, sold in April for 15,000 USD, with 金额, 币种 and 已收金额 blank
and 定金 3,000 (定金日期 05-02) written: the clerk booked the deposit where deposits go. Read
as an order it had no amount and was skipped ("no amount"; the file refused where it was the
only row): 15,000 open where 12,000 is. The same row with 已收金额 3,000 was money received
(core.ledger.received_only). So a row whose amount cell and received figure are blank, and
that is no sale by its 数量 × 单价 either, takes its deposit and balance together as its
received figure, dated by the balance's date where it writes a balance, else the deposit's
(a row without either is judged as a received figure without its 收款日期 is: skipped; a
sale row's undated 尾款 takes the row's 收款日期, `dated`), and is
then read by the same rules as that row with the figure in 已收金额: typed, a payment by its
status, or naming an order sold elsewhere; in its 实收币种, or the currency its figure's text
or header names (core.ledger.paid_in); its 定金 and 尾款 cells then blank, as that row's are
(kept beside it, the account read the row otherwise: 12,000 overdue 82 days at 07-31 where
the 已收 row's 12,000 was overdue 0). A row writing both is one payment, on the
balance's day. One rule for the import and the reference import (tests/reference_import).

A deposit asked for, not received, is no money received (rv47d: 15,000 → 10,500 open): a row
whose note says so (定金待收, 未收, 应收) or under a header that says so (应收定金) is read as
before, skipped "no amount" (`UNPAID`). Its deposit listed again by a later row or file:
core.ledger.deposit_seen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, repeat
from operator import is_
from typing import Any, Protocol, TypeVar

from core.ledger.layout import SheetLayout
from core.ledger.received_only import blank

Day = TypeVar("Day")
UNPAID = re.compile("待收|未收|应收")  # a deposit asked for, in a row's note or its header
# a note saying money is not in, or a date column of money to come: no 收款日期 of a 定金 / 尾款
# (rv48d: 尾款 12,000 under 预计收款日期 06-10, or noted 尾款未付, read as paid: 12,000 open, 82
# days overdue → 0, off the list)
NOT_IN = re.compile(UNPAID.pattern + "|未付|未到|尚欠|欠款|催|待付|预计|计划|预期|约定|到期|说|承诺"
                    "|答应")


def asked(layout: SheetLayout, name: str) -> bool:
    """Does the header of the 定金 / 尾款 column `name` say it is asked for (应收定金)?"""
    return bool(UNPAID.search(layout.header_of(name) or ""))


def received_on(layout: SheetLayout) -> bool:
    """Is the sheet's 收款日期 column a day money came (not 预计收款日期, 计划收款日期)?"""
    return not NOT_IN.search(layout.header_of("received_date") or "")


def dated(received: float | None, day: Day | None, deposit: float | None,
          deposit_day: Day | None, balance: float | None, balance_day: Day | None,
          note: object = None, sale: bool = False) -> tuple[Day | None, Day | None]:
    """The days of a row's 定金 and 尾款 (`deposit`, `balance`: None where asked for, not
    received): on a `sale`'s row writing no received figure of its own, its 收款日期 `day`
    dates a 尾款 written without a day of its own (counted paid from the start before, dep48),
    not where its `note` says the money is not in yet. A row of its own keeps its blank days
    (skipped as before, "write its date"): a 尾款 column there may be a balance still owed
    (rv48d, rv48d2: under 预计收款日期 or Expected Payment Date, noted 尾款没付 or "balance
    unpaid", read as paid: 12,000 owed 82 days → 0, off the list); nor a sale's 定金, whose
    row's 收款日期 may be its balance's (rv48d: 31 days late)."""
    if not sale or day is None or received is not None or not balance or balance_day \
            is not None or (isinstance(note, str) and NOT_IN.search(note)):
        return deposit_day, balance_day
    return deposit_day, day


def deposit_paid(amount_blank: bool, sold: bool, received: float | None,
                 deposit: float | None, balance: float | None, deposit_day: Day | None,
                 balance_day: Day | None, note: object = None) -> tuple[float, Day | None] | None:
    """The received figure and its day a row worth nothing takes from its 定金 and 尾款
    (`amount_blank`: its amount cell blank; `sold`: a sale by its quantity and unit price),
    or None: a row with an amount, a received figure of its own, neither figure or a `note`
    saying the money is not in yet (定金待收)."""
    if not amount_blank or sold or received is not None or not (deposit or balance) or (
            isinstance(note, str) and UNPAID.search(note)):
        return None
    figure = round((deposit or 0.0) + (balance or 0.0), 6)
    return figure, balance_day if balance else deposit_day


class Columns(Protocol):
    """What :func:`columns_paid` reads and sets of a sheet's columns (core.ledger.sheet_columns
    .SheetColumns)."""

    layout: SheetLayout
    money: dict[str, tuple[list[float | None], list[str | None]]]
    header_currency: dict[str, str | None]
    amounts: list[float | None]
    quantities: list[float | None]
    prices: list[float | None]
    received_dates: list[str | None]
    deposit_dates: list[str | None]
    balance_dates: list[str | None]
    notes: list[str | None]
    apart: list[Sequence[Any]]


def columns_paid(columns: Columns, raw: Sequence[object]) -> list[float | None]:
    """A sheet's received figures (core.ledger.sheet_columns), each row worth nothing taking
    its deposit and balance as its received figure, their day as its date received and their
    currency mark as its figure's; `columns.apart` its deposits and balances stored, with
    their days, those rows' blank (their cells still read: named as unread otherwise).
    `raw`: the amount cells."""
    money, fields = columns.money, ("deposit", "balance")
    received, named = money["received_amount"]
    (deposits, deposit_marks), (balances, balance_marks) = (money[f] for f in fields)
    columns.apart = [deposits, columns.deposit_dates, balances, columns.balance_dates]
    if columns.layout.dated_by_list or not (any(deposits) or any(balances)):
        return received
    due = [asked(columns.layout, f) for f in fields]  # 应收定金: not received
    apart: list[list[Any]] = [list(column) for column in columns.apart]
    days, notes, amounts = list(columns.received_dates), columns.notes, columns.amounts
    for j in compress(range(len(days)), days if received_on(columns.layout) else ()):
        apart[1][j], apart[3][j] = dated(  # 尾款日期 blank: its 收款日期 (dep48)
            received[j], days[j], None if due[0] else deposits[j], apart[1][j],
            None if due[1] else balances[j], apart[3][j], notes[j], amounts[j] is not None)
    columns.apart = list(apart)
    if "amount" not in columns.layout.mapping:
        return received
    received, named = list(received), list(named)
    quantities, prices = columns.quantities, columns.prices
    for j in compress(range(len(amounts)), map(is_, amounts, repeat(None))):
        paid = deposit_paid(blank(raw[j]), quantities[j] is not None and prices[j] is not None,
                            received[j], None if due[0] else deposits[j],
                            None if due[1] else balances[j], apart[1][j], apart[3][j],
                            notes[j])
        if paid is not None:
            received[j], days[j] = paid
            named[j] = (balance_marks[j] or columns.header_currency["balance"]) \
                if balances[j] and not due[1] \
                else deposit_marks[j] or columns.header_currency["deposit"]
            apart[0][j] = apart[1][j] = apart[2][j] = apart[3][j] = None
    money["received_amount"], columns.received_dates = (received, named), days
    return received
