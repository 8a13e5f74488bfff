"""The currency rates table: what one unit of a currency is worth in US dollars, from a date.

Amounts stay stored in their own currency and are converted when analysed, at the rate in force
on the order date (:class:`Rates`), so a rate added with a later ``valid_from`` re-values only
the orders from that day on and history keeps the rate it was booked at. USD is the table's
unit: its value is 1 by definition, so it can be neither changed nor deleted. A new database
starts with :data:`DEFAULT_RATES` (seeded by the store's migration 3).

Each write is one statement, so it is atomic on its own; the settings dialog runs several inside
its transaction to save settings and rates together, all or nothing, through the same functions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from core.i18n import N_
from core.ledger.amounts import named_currency, parse_currency
from core.messages import Refusal

UNIT = "USD"
# Value of one unit in US dollars, applied from RATES_FROM until the user adds dated rates.
DEFAULT_RATES: dict[str, float] = {
    "USD": 1.0, "CNY": 0.1389, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0067, "HKD": 0.128,
    "AUD": 0.66, "CAD": 0.73, "SGD": 0.74, "AED": 0.2723, "SAR": 0.2667, "RUB": 0.011,
    "INR": 0.012, "BRL": 0.18, "MXN": 0.055, "KRW": 0.00072, "THB": 0.028, "VND": 0.000039,
    "IDR": 0.000062, "MYR": 0.22, "PHP": 0.017, "TRY": 0.029, "ZAR": 0.054, "NZD": 0.6,
    "CHF": 1.13, "SEK": 0.095, "NOK": 0.093, "DKK": 0.145, "PLN": 0.25, "CZK": 0.043,
    "ILS": 0.27, "CLP": 0.00105, "COP": 0.00024, "PEN": 0.27, "ARS": 0.001, "EGP": 0.02,
    "NGN": 0.00065, "KES": 0.0077, "PKR": 0.0036, "BDT": 0.0083, "TWD": 0.031,
}
RATES_FROM = "2000-01-01"
# Codes an earlier release stored for a currency a ledger names by them (a cell's NTD, DHS),
# now read as its ISO code: a firm's rates under the old code are that currency's, with the
# code's own dated after them (the seeded TWD of 2000 is not the firm's NTD rate), its stored
# lines and those read since priced alike: Taipei's 450,000 NTD, 13,950 USD at the firm's NTD
# rate, not 450,000 USD. Without such rates the code's price the old one (fix35a). Only the
# seeded rate gives way: the firm's own TWD 0.030 of 2024-01 still prices March's order beside
# its NTD 0.033 of 2024-07 (fix35i). Every name a rate is stored under is so read as the ledger
# reads it (parse_currency): a rate the firm saved as RMB (or YEN, 人民币) through the old check
# prices its CNY, the upgrade having settled the ledger's columns but not the rates table
# (fix35f).
FORMER_CODES = {"NTD": "TWD", "DHS": "AED"}
# A rate this many times off the currency's known rates, and within INVERTED_NEAR of their
# inverse, was typed the other way round (7.1 CNY per USD for 0.14 USD per CNY): the orders in
# that currency would count ~50 times their value and a small overdue buyer leave the stop-loss
# list. A rate near 1 (EUR, GBP) cannot be told from its inverse and is let through.
INVERTED_FAR, INVERTED_NEAR = 10.0, 2.0


@dataclass(frozen=True)
class Rate:
    currency: str
    valid_from: str  # ISO date
    usd_per_unit: float


class Rates:
    """Converts amounts to the base currency at the rate in force on a date. The table is
    read once and never changes after: what :meth:`factor` and :meth:`ratio` find for a
    currency and day is kept (`factors`, `ratios`), so an analysis kept between a window's
    as-of changes (core.analysis.kept_rows) asks each of its thousands of days once."""

    def __init__(self, conn: sqlite3.Connection, base: str) -> None:
        self.base = base
        self.factors: dict[tuple[str, str | date], float | None] = {}
        self.ratios: dict[tuple[str, str, date], float | None] = {}
        self._table: dict[str, list[tuple[str, float]]] = {}
        for row in conn.execute("SELECT currency, valid_from, usd_per_unit FROM currency_rates "
                                "ORDER BY currency, valid_from"):
            self._table.setdefault(row[0], []).append((row[1], row[2]))
        formers = [(name, code) for name in dict.fromkeys([*FORMER_CODES, *self._table])
                   if (code := parse_currency(name)) is not None and code != name]
        for former, code in formers:
            if kept := self._table.get(former):
                merged = {day: value for day, value in self._table.get(code, ())
                          if (day, value) != (RATES_FROM, DEFAULT_RATES.get(code))}
                self._table[code] = sorted({**merged, **dict(kept)}.items())
            if code in self._table:
                self._table[former] = self._table[code]

    def usd_per_unit(self, currency: str, on: str | date) -> float | None:
        history = self._table.get(currency)
        if not history:
            return None
        day = on.isoformat() if isinstance(on, date) else on
        rate = history[0][1]
        for valid_from, value in history:
            if valid_from <= day:
                rate = value
            else:
                break
        return rate

    def factor(self, currency: str, on: str | date) -> float | None:
        """Base units per unit of currency on that day, None where a rate is missing."""
        key = (currency, on)
        if key in self.factors:
            return self.factors[key]
        if currency == self.base:
            found: float | None = 1.0
        else:
            unit, base = self.usd_per_unit(currency, on), self.usd_per_unit(self.base, on)
            found = None if unit is None or base is None else unit / base
        self.factors[key] = found
        return found

    def ratio(self, source: str, target: str, day: date) -> float | None:
        """Units of `target` per unit of `source` on that day, None where a rate is missing."""
        key = (source, target, day)
        if key in self.ratios:
            return self.ratios[key]
        there, here = self.usd_per_unit(source, day), self.usd_per_unit(target, day)
        found = None if there is None or here is None else there / here
        self.ratios[key] = found
        return found

    def known(self, currency: str) -> bool:
        return currency == self.base or currency in self._table

    def to_base(self, amount: float, currency: str, on: str | date) -> float | None:
        factor = self.factor(currency, on)
        return None if factor is None else amount * factor


def currency_code(currency: object) -> str:
    """The code a typed currency is kept under: the one a ledger's cell of it reads as
    (core.ledger.amounts.parse_currency: "rmb", 人民币 are CNY), else the text in capitals (a
    stored rate's code, for its row to be found)."""
    text = str(currency or "").strip()
    return parse_currency(text) or text.upper()


def check_rate(currency: object, valid_from: object, usd_per_unit: object,
               known: Iterable[float] = ()) -> Rate:
    """A rate as typed, checked and normalised (its currency's code, ISO date, positive
    float), or a Refusal saying what is wrong; the dialog calls it on every edit. The currency
    is a real one or a name of one (named_currency: a ledger's cell keeps three letters the
    firm typed as its own, but a rate for "ABC" was a typo saved, cur35b).
    `known` are the currency's other rates: with its default, what an inverted rate is told
    by."""
    code = named_currency(str(currency or "").strip())
    if code is None:
        raise Refusal("bad_rate_currency", N_(
            "“{value}” is not a currency: type its code, like EUR, or its name, like euro or "
            "RMB."), value=currency or "")
    text = str(valid_from or "").strip()
    try:
        day = date.fromisoformat(text).isoformat()
    except ValueError:
        raise Refusal("bad_rate_date", N_(
            "“{value}” is not a date written as YYYY-MM-DD."), value=text) from None
    try:
        value = float(str(usd_per_unit).strip().replace(",", ""))
    except ValueError:
        raise Refusal("bad_rate_value", N_(
            "“{value}” is not a number of US dollars."), value=usd_per_unit) from None
    if not value > 0 or value == float("inf"):
        raise Refusal("rate_not_positive", N_(
            "A rate must be more than zero US dollars (got {value})."), value=usd_per_unit)
    if code == UNIT and value != 1.0:
        raise Refusal("usd_rate_fixed", N_(
            "One US dollar is always worth 1 US dollar; USD cannot be given another rate."))
    _refuse_inverted(code, value, known)
    return Rate(code, day, value)


def _refuse_inverted(code: str, value: float, known: Iterable[float]) -> None:
    """Refused when inverted against one of the currency's rates and near none of them: a
    rate stored inverted before this check must not block its correction."""
    usual = [v for v in (*known, DEFAULT_RATES.get(code)) if v and v > 0]
    if any(max(value / ref, ref / value) < INVERTED_FAR for ref in usual):
        return
    for ref in usual:
        if max(value * ref, 1 / (value * ref)) <= INVERTED_NEAR:
            raise Refusal("rate_inverted", N_(
                "{value} US dollars for one {currency} looks like the rate the other way round "
                "({currency} per US dollar): one {currency} is worth about {usual} US dollars. "
                "Enter the value of one {currency} in US dollars: 1 ÷ {value} = {inverse}."),
                value=f"{value:g}", currency=code, usual=f"{ref:g}",
                inverse=f"{1 / value:.4g}")


def list_rates(conn: sqlite3.Connection) -> list[Rate]:
    """Every rate, by currency then date."""
    return [Rate(row[0], row[1], float(row[2])) for row in conn.execute(
        "SELECT currency, valid_from, usd_per_unit FROM currency_rates "
        "ORDER BY currency, valid_from")]


def set_rate(conn: sqlite3.Connection, currency: str, valid_from: str,
             usd_per_unit: float | str) -> Rate:
    """Add a rate, or replace the one of that currency on that date."""
    code = currency_code(currency)
    rate = check_rate(currency, valid_from, usd_per_unit, (row[0] for row in conn.execute(
        "SELECT usd_per_unit FROM currency_rates WHERE currency = ? AND valid_from != ?",
        (code, str(valid_from or "").strip()))))
    conn.execute(
        "INSERT INTO currency_rates(currency, valid_from, usd_per_unit) VALUES (?, ?, ?) "
        "ON CONFLICT(currency, valid_from) DO UPDATE SET usd_per_unit = excluded.usd_per_unit",
        (rate.currency, rate.valid_from, rate.usd_per_unit))
    return rate


def delete_rate(conn: sqlite3.Connection, currency: str, valid_from: str) -> None:
    """Remove one dated rate. A currency left without rates makes its orders unconvertible,
    which the analysis reports; the USD row, the table's unit, is kept."""
    code = str(currency or "").strip().upper()
    if code == UNIT:
        raise Refusal("usd_rate_kept", N_(
            "USD is the unit of the rates table and cannot be deleted."))
    gone = conn.execute("DELETE FROM currency_rates WHERE currency = ? AND valid_from = ?",
                        (code, str(valid_from).strip())).rowcount
    if not gone:
        raise Refusal("rate_not_found", N_("There is no {currency} rate from {date}."),
                      currency=code, date=valid_from)
