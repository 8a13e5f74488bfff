"""The currency rates table: what one unit of a currency is worth in US dollars, from a date.

Amounts stay stored in their own currency and are converted when analysed, at the rate in force
on the order date (core.settings.Rates), so a rate added with a later ``valid_from`` re-values
only the orders from that day on and history keeps the rate it was booked at. USD is the table's
unit: its value is 1 by definition, so it can be neither changed nor deleted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from core.i18n import N_
from core.messages import Refusal
from core.store import transaction

UNIT = "USD"


@dataclass(frozen=True)
class Rate:
    currency: str
    valid_from: str  # ISO date
    usd_per_unit: float


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A transaction of its own, or the caller's when one is open: the settings dialog saves
    settings and rates together, all or nothing, through the same functions the CLI uses."""
    if conn.in_transaction:
        yield conn
    else:
        with transaction(conn):
            yield conn


def check_rate(currency: object, valid_from: object, usd_per_unit: object) -> Rate:
    """A rate as typed, checked and normalised (upper-case code, ISO date, positive float),
    or a Refusal saying what is wrong; the dialog calls it on every edit."""
    code = str(currency or "").strip().upper()
    if not (len(code) == 3 and code.isascii() and code.isalpha()):
        raise Refusal("bad_rate_currency", N_(
            "“{value}” is not a three-letter currency code like EUR."), value=currency or "")
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
    return Rate(code, day, value)


def list_rates(conn: sqlite3.Connection) -> list[Rate]:
    """Every rate, by currency then date."""
    return [Rate(row[0], row[1], float(row[2])) for row in conn.execute(
        "SELECT currency, valid_from, usd_per_unit FROM currency_rates "
        "ORDER BY currency, valid_from")]


def set_rate(conn: sqlite3.Connection, currency: str, valid_from: str,
             usd_per_unit: float | str) -> Rate:
    """Add a rate, or replace the one of that currency on that date."""
    rate = check_rate(currency, valid_from, usd_per_unit)
    with atomic(conn):
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
    with atomic(conn):
        gone = conn.execute("DELETE FROM currency_rates WHERE currency = ? AND valid_from = ?",
                            (code, str(valid_from).strip())).rowcount
    if not gone:
        raise Refusal("rate_not_found", N_("There is no {currency} rate from {date}."),
                      currency=code, date=valid_from)
