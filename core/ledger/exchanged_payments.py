"""One wire two lists write in two currencies: the ledger's 收款 tab in US dollars, the bank's
list as the firm's RMB account credited it.

The tab's 5,000 USD "TT-881" of 04-20 and the bank's 35,500 CNY "TT-881" of that day are one
wire: at the table's 0.1389 the CNY is 4,930.95 USD. Keyed and read as two payments of their
own (core.ledger.payment_lines.bank_read asks one currency), both were counted: 9,930.95
received where 5,000 was, a buyer owing 8,000 shown owing 3,000. They are one wire under the
same reference (payment_lines.wire_reference) where, on one day, the one converted at the
rates table's rate of that day (core.rates.Rates) is within the exchange band (the rules'
fx_band_pct, the account's rule for money in another currency: core.analysis.account) of the
other: counted once, the row in its invoice's currency kept, else the one in the firm's base
currency, else the one stored first. Where the table has no rate for one of them, no rate
tells: both stay counted as the rows say and the report names both rows, not a guess.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection

from core.i18n import NP_
from core.ledger.noted_orders import told_wires, wire_references
from core.ledger.payment_lines import MARK, Pair, Stored, per_sheet, said_at, wire_reference
from core.messages import Message, Noted
from core.rates import Rates
from core.rules import load_rules

ONE_WIRE, UNRATED = "exchanged", "unrated"


class Exchange:
    """The rates table and the exchange band, read once an import meets a pair of rows in two
    currencies, or two sums of one day in other money than dollars (rare): most files never
    do."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._read: tuple[Rates, float, str] | None = None

    def _rules(self) -> tuple[Rates, float, str]:
        if self._read is None:
            rules = load_rules(self.conn)
            self._read = (Rates(self.conn, rules.base_currency), rules.fx_band_pct / 100,
                          rules.base_currency)
        return self._read

    def per_unit(self, currency: str, day: str) -> float | None:
        """One unit of `currency` in US dollars on `day` (what a bank charge is weighed in:
        core.ledger.bank_charges.charge)."""
        return self._rules()[0].usd_per_unit(currency, day)

    def read(self, pair: Pair, numbers: Callable[[], Collection[str]] = tuple) -> str | None:
        """ONE_WIRE, UNRATED (it may be one wire: no rate tells), or None (two payments, or
        one currency: payment_lines.bank_read's). `numbers`: the customer's order and invoice
        numbers, as bank_read asks them."""
        old, new = pair
        if not (old.currency and new.currency and old.currency != new.currency
                and str(old.day)[:10] == str(new.day)[:10] and wire_reference(pair, numbers)
                and self._one_wire_said(pair) and not self._pays_its_own(pair)):
            return None
        within = self._within(pair)
        return UNRATED if within is None else ONE_WIRE if within else None

    @staticmethod
    def _one_wire_said(pair: Pair) -> bool:
        """Whether a wire's reference says the two are one: both notes give it (told_wires),
        or, under no order, the bank's own beside the other's invoice (wire_reference). One
        invoice under both rows with no note, or a PO both quote, says none: N-1's 10,000
        paid 5,000 USD and 35,500 CNY on one day is two payments (fix35i: 5,000 overdue)."""
        old, new = pair
        shared = wire_references(old.notes) & wire_references(new.notes)
        return bool(told_wires(old.notes, new.notes)) or (
            not shared and old.place[2] != new.place[2])

    def _pays_its_own(self, pair: Pair) -> bool:
        """Whether the row under no order is, to the unit, one of its customer's orders in
        its own currency: it pays that order (N-2's 35,500 CNY), not another's wire again."""
        line = next((line for line in pair if not line.place[2]), None)
        return line is not None and self.conn.execute(
            "SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id "
            "WHERE o.customer_id = ? AND l.currency = ? AND instr(l.line_key, ?) = 0 "
            "GROUP BY o.id HAVING round(sum(l.amount)) = round(?) LIMIT 1",
            (line.place[1], line.currency, MARK, line.received or 0.0)).fetchone() is not None

    def worth(self, pair: Pair) -> bool:
        """Whether the new row's figure is the old one's in its currency, within the band at
        the rates table's rate of its day: a payment re-sent with its currency corrected
        (core.ledger.payment_lines.kept)."""
        return bool(self._within(pair))

    def _within(self, pair: Pair) -> bool | None:
        """Whether the two figures are within the exchange band, None where no rate tells."""
        old, new = pair
        rates, band, _base = self._rules()
        day = str(new.day)[:10]
        one = rates.usd_per_unit(old.currency or "", day)
        other = rates.usd_per_unit(new.currency or "", day)
        if not one or not other:
            return None
        converted, sum_ = (old.received or 0.0) * one / other, new.received or 0.0
        return abs(converted - sum_) <= band * max(converted, sum_)

    def gone(self, pair: Pair) -> Stored:
        """Of one wire's two rows in two currencies, the one not counted: the kept one is in
        its invoice's currency (the invoice then paid as written), else in the base currency,
        else stored first."""
        old, new = pair
        if placed := next((line for line in pair if line.place[2]), None):
            row = self.conn.execute("SELECT currency FROM orders WHERE id = ?",
                                    (placed.order_id,)).fetchone()
            if row is not None and row[0] in (old.currency, new.currency):
                return new if row[0] == old.currency else old
        base = self._rules()[2]
        return old if new.currency == base and old.currency != base else new


def said(pair: Pair) -> Noted:
    """The pair as the report names it: the other row (file, sheet, row), its sum, currency and
    day, then this row's."""
    old, new = pair.old, pair.new
    return said_at(str(new.row), old, f"{old.received or 0:,.2f} {old.currency} "
                   f"{old.day or ''} → {new.received or 0:,.2f} {new.currency} "
                   f"{new.day or ''}".strip())


# the notes: the wires counted once, and the pairs no rate tells
COUNTED_ONCE = NP_(
    "Sheet “{sheet}”: {count} payment is a wire another list has too in another currency, "
    "within the exchange band at the rates table's rate of its day, under the same "
    "reference, row {rows}: counted once, the row in its invoice's currency (else the "
    "base currency) kept.",
    "Sheet “{sheet}”: {count} payments are wires other lists have too in another currency, "
    "within the exchange band at the rates table's rate of their day, under the same "
    "references, rows {rows}: each counted once, the row in its invoice's currency (else "
    "the base currency) kept.")
NO_RATE = NP_(
    "Sheet “{sheet}”: {count} payment may be a wire another list has too in another "
    "currency, under the same reference, but there is no rate for its currency to tell, "
    "row {rows}: both counted. If it is one wire, delete one of the two rows and import "
    "its file again.",
    "Sheet “{sheet}”: {count} payments may be wires other lists have too in another "
    "currency, under the same references, but there is no rate for their currencies to "
    "tell, rows {rows}: both of each counted. If one is a wire listed twice, delete one "
    "of its two rows and import its file again.")


def exchanged_messages(counted: list[Pair], unrated: list[Pair]) -> list[Message]:
    """A note a sheet of the wires counted once, and one of the pairs no rate tells."""
    return [*per_sheet("payment_exchanged", COUNTED_ONCE, counted, said),
            *per_sheet("payment_exchange_unrated", NO_RATE, unrated, said)]
