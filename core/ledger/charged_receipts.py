"""A bank's charge the ledger writes beside a payment: paid by the buyer, kept by the banks.

A receipts register writes what reached the bank and, beside it, what the banks kept (银行扣费:
an L/C's negotiation charge, 0.15 % + 45; the two charges of a 30/70 T/T); a sales ledger or
a bank's list may say it in 备注 instead ("L/C议付 扣议付费 54.83", "bank charge 25"). Unread,
each payment left its invoice short by the charge; past the firm's tolerance each shortfall
stayed open, the next wire filled it first (the pool is spent oldest first) and a year of
charges piled onto the newest invoice: Emilia Componenti's HXI-4 250.93 EUR open, 75 days,
black-listed where every invoice was paid in full (rv52b f4).

So the charge written on a payment's row (its `bank_charge` column, else one sum its note
names beside a charge's words: bank_charges.names_charge) is counted as paid by the buyer:
the row's money received is the money that reached the bank plus the charge, whatever the
charge's size. On a sale's row only while that leaves it paid no more than its amount (a
received figure already the whole of it, its charge written as the firm's cost, is left as it
is). The import report names the charges counted, those above the firm's tolerance one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date

from core.i18n import N_, NP_
from core.ledger.amounts import parse_amount
from core.ledger.bank_charges import names_charge
from core.ledger.cells import plain
from core.ledger.layout import SheetLayout
from core.ledger.normalise import fold
from core.ledger.noted_figures import said_got
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER_KEY,
    NOTES,
    ORDER_DATE,
    ORDER_NO,
    RECEIVED,
    RECEIVED_CURRENCY,
    RECEIVED_DATE,
    ROW,
    Record,
)
from core.messages import Listed, Message
from core.rules import Rules

# a charge's words and one figure right after it, or right before it ("扣议付费 54.83",
# "bank charge USD 25", "25 bank charges"); the words are bank_charges' (names_charge)
_WORDS = (r"(?:手续费|议付费|扣费|银行费用?|(?:bank|wire|transfer|intermediary|remittance"
          r"|negotiation) ?(?:charges?|fees?))")  # a bare "charges 300" may be freight
_NUMBER = r"(?<![a-z0-9\-/#.])(\d[\d,]*(?:\.\d{1,2})?)(?![\d.\-/a-z])"
_CURRENCY = r"(?:usd|eur|gbp|us\$|\$|€|£|rmb|cny|¥|￥)?"
_AFTER = re.compile(_WORDS + r"\s*[:：]?\s*" + _CURRENCY + r"\s*" + _NUMBER)
_BEFORE = re.compile(_NUMBER + r"\s*" + _CURRENCY + r"\s*" + _WORDS)

# an amount, from and to a currency, on a day: as money_columns.Convert
Convert = Callable[[float, str, str, date | str], float | None]
# (row, charge, currency, money received without it, its day)
Charged = tuple[int, float, str, float, str | None]


def charge_cells(layout: SheetLayout) -> dict[int, float]:
    """Each data row's charge in the sheet's `bank_charge` column (by row number), read
    before the sheet's cells are let go (rows.read_records)."""
    column = layout.mapping.get("bank_charge")
    if column is None:
        return {}
    first = layout.header_index + 1
    number0 = layout.sheet.first_row_number + first
    found: dict[int, float] = {}
    for j, row in enumerate(layout.sheet.rows[first:]):
        figure = parse_amount(plain(row[column]))[0] if column < len(row) else None
        if figure:
            found[number0 + j] = abs(figure)
    return found


def noted_charge(note: object) -> float | None:
    """The one sum a note names as the bank's charge (扣议付费 54.83), else None."""
    if not isinstance(note, str) or not names_charge(fold(note)):
        return None
    text = fold(note)
    sums = {float(m.group(1).replace(",", "")) for pattern in (_AFTER, _BEFORE)
            for m in pattern.finditer(text)}
    return sums.pop() if len(sums) == 1 and min(sums) > 0 else None


def charge_in(note: object, paid: float, charge: float) -> bool:
    """Is a row's `charge` already in its money received (`paid`): its note says what came
    net of it, and that and the charge make the figure (收款 7,000 noted 实收6,985（手续费15）:
    the bank kept 15 of the buyer's 7,000)? Counted again, it made 15 credit on a balance paid
    in full (rv57c s210 Q24); 收款 6,985 so noted is the money that reached the bank, 7,000 paid."""
    got = said_got(note)
    return got is not None and abs(got + charge - paid) < 0.005


def with_charges(records: list[Record], cells: dict[int, float], receipts: bool
                 ) -> tuple[list[Record], list[Charged]]:
    """The records with each payment's written charge counted in its money received (the
    module's docstring; `receipts`: a sheet of payments, every row money received), and the
    charges counted. A row read as two records counts its charge once. A sheet without a
    charge column none of whose notes names a charge (most) comes back as it is, each
    distinct note weighed once (perf54a)."""
    if not cells and not any(map(noted_charge, {r[NOTES] for r in records})):
        return records, []
    out: list[Record] = []
    charged: list[Charged] = []
    done: set[int] = set()
    orders = _orders(records)
    for r in records:
        paid, row = r[RECEIVED], r[ROW]
        charge = None if not paid or paid <= 0 or row in done else (
            cells.get(row) or noted_charge(r[NOTES]))
        if charge and charge < paid and not charge_in(r[NOTES], paid, charge) and (
                receipts or r[RECEIVED_CURRENCY] not in (None, r[CURRENCY])
                or (paid + charge <= r[AMOUNT] + 0.005 if r[AMOUNT] else _fits(orders, r, charge))):
            done.add(row)
            if _order(r) in orders:
                orders[_order(r)][1] += charge
            r = (*r[:RECEIVED], round(paid + charge, 2), *r[RECEIVED + 1:])
            money = r[RECEIVED_CURRENCY] or r[CURRENCY]
            charged.append((row, charge, money, paid, r[RECEIVED_DATE]))
        out.append(r)
    return out, charged


# A payment row under an order (its amount 0: order_payments) is weighed against its order
# as a sale's row is against its amount: 收款 7,000 noted 手续费15 on a 7,000 balance of a
# 10,000 order whose deposit's 3,000 came is the buyer's 7,000 with the charge inside, not
# 7,015 (rv58a after fix58d: 15 credit on a balance paid in full); 6,985 so noted is the
# money that reached the bank, 7,000 paid as before
Order = tuple[object, object, object]


def _order(r: Record) -> Order:
    """The order a record is a row of: its customer, number and date (a payment row under it
    is given its cells)."""
    return r[CUSTOMER_KEY], r[ORDER_NO], r[ORDER_DATE]


def _orders(records: list[Record]) -> dict[Order, list[float]]:
    """Each order's amount and money received, in its own currency."""
    orders: dict[Order, list[float]] = {}
    for r in records:
        sums = orders.setdefault(_order(r), [0.0, 0.0])
        sums[0] += r[AMOUNT] or 0.0
        if r[RECEIVED_CURRENCY] in (None, r[CURRENCY]):
            sums[1] += r[RECEIVED] or 0.0
    return orders


def _fits(orders: dict[Order, list[float]], r: Record, charge: float) -> bool:
    """Does a payment row with no amount of its own take its `charge`: its order's receipts
    and the charge within the order's amount, or no order's amount known (money alone)?"""
    amount, received = orders.get(_order(r), (0.0, 0.0))
    return amount <= 0 or received + charge <= amount + 0.005


def charges_message(sheet: str, charged: Sequence[Charged], kept: Collection[int],
                    rules: Rules, convert: Convert) -> Iterable[Message]:
    """The import report's note of the charges a sheet wrote beside its payments, counted as
    paid by the buyer; those above the firm's tolerance (rules.Rules.shortfall) by row. Only
    the charges of rows the sheet keeps (`kept`, row numbers) are said."""
    charged = [c for c in charged if c[0] in kept]
    if not charged:
        return []
    above = [f"{row} ({charge:,.2f} {currency})" for row, charge, currency, paid, day in charged
             if charge > rules.shortfall(paid + charge, convert(
                 1.0, "USD", currency, day or date.today()) or 1.0, False)]
    totals: dict[str, float] = {}
    for _, charge, currency, *_ in charged:
        totals[currency] = totals.get(currency, 0.0) + charge
    words = {"sheet": sheet, "count": len(charged),
             "sum": Listed([f"{v:,.2f} {c}" for c, v in sorted(totals.items())]),
             "rows": Listed(above), "at": Listed(sorted({c[0] for c in charged}), 10)}
    said = [Message("bank_charges_counted", NP_(  # its rows: acct53c (said of no row)
        "Sheet “{sheet}”: the bank charge written beside {count} payment (row {at}; {sum}) is "
        "counted as paid by the buyer: the bank kept it, the invoice is not short by it.",
        "Sheet “{sheet}”: the bank charges written beside {count} payments (rows {at}; {sum} "
        "in all) are counted as paid by the buyer: the banks kept them, the invoices are not "
        "short by them."), words)]
    if above:
        said.append(Message("bank_charges_above", N_(
            "Sheet “{sheet}”: bank charges above the firm's tolerance, counted as paid by the "
            "buyer as written (row and charge): {rows}. Check them against the bank's slips."),
            words))
    return said
