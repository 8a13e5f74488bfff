"""One wire two lists write in two currencies: the ledger's 收款 tab in US dollars, the bank's
list as the firm's RMB account credited it.

The tab's 5,000 USD "TT-881" of 04-20 and the bank's 35,500 CNY "TT-881" of that day are one
wire: at the table's 0.1389 the CNY is 4,930.95 USD. Keyed and read as two payments of their
own (core.ledger.payment_lines.bank_read asks one currency), both were counted: 9,930.95
received where 5,000 was, a buyer owing 8,000 shown owing 3,000. They are one wire under the
same reference (payment_lines.one_reference) where, on one day, the one converted at the
rates table's rate of that day (core.rates.Rates) is within the exchange band (the rules'
fx_band_pct, the account's rule for money in another currency: core.analysis.account) of the
other: counted once, the row in its invoice's currency kept, else the one in the firm's base
currency, else the one stored first. Where the table has no rate for one of them, no rate
tells: both stay counted as the rows say and the report names both rows, not a guess.
"""

from __future__ import annotations

import sqlite3

from core.i18n import NP_
from core.ledger.payment_lines import Pair, Stored, one_reference, per_sheet
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

    def read(self, pair: Pair) -> str | None:
        """ONE_WIRE, UNRATED (it may be one wire: no rate tells), or None (two payments, or
        one currency: payment_lines.bank_read's)."""
        old, new = pair
        if not (old.currency and new.currency and old.currency != new.currency
                and str(old.day)[:10] == str(new.day)[:10] and one_reference(pair)):
            return None
        rates, band, _base = self._rules()
        day = str(new.day)[:10]
        one, other = rates.usd_per_unit(old.currency, day), rates.usd_per_unit(new.currency, day)
        if not one or not other:
            return UNRATED
        converted, sum_ = (old.received or 0.0) * one / other, new.received or 0.0
        return ONE_WIRE if abs(converted - sum_) <= band * max(converted, sum_) else None

    def per_usd(self, line: Stored) -> float:
        """How many of `line`'s money make a US dollar on its day (1 where no rate tells):
        what a bank's charge on it may be (core.ledger.bank_charges.charge), a yen wire's
        thousands of yen."""
        if not line.currency or line.currency == "USD":
            return 1.0
        rate = self._rules()[0].usd_per_unit(line.currency, str(line.day)[:10])
        return 1 / rate if rate else 1.0

    def gone(self, pair: Pair) -> Stored:
        """Of one wire's two rows in two currencies, the one not counted: the kept one is in
        its invoice's currency (the invoice then paid as written), else in the base currency,
        else stored first."""
        old, new = pair
        if old.place[2]:
            row = self.conn.execute("SELECT currency FROM orders WHERE id = ?",
                                    (old.order_id,)).fetchone()
            if row is not None and row[0] in (old.currency, new.currency):
                return new if row[0] == old.currency else old
        base = self._rules()[2]
        return old if new.currency == base and old.currency != base else new


def said(pair: Pair) -> Noted:
    """The pair as the report names it: the other row (file, sheet, row), its sum, currency and
    day, then this row's."""
    old, new = pair.old, pair.new
    return Noted(str(new.row), f"{old.source} “{old.place[0]}” {old.row}: "
                 f"{old.received or 0:,.2f} {old.currency} {old.day or ''} → "
                 f"{new.received or 0:,.2f} {new.currency} {new.day or ''}".strip())


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
