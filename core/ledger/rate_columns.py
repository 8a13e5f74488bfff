"""A ledger's exchange-rate column (汇率) is not read, and the import says so once (acct52j).

A clerk often keeps a 汇率 column beside 币种: the rate the firm booked the row at (7.75 for a
EUR row, 7.10 for a USD row: yuan per unit), for its own accounts. The app converts every
amount at the rates table (Settings → Rates: what one unit is worth in US dollars, dated from
the day it applies: core.rates), the one place a rate is set. A row's own rate is not read:

- its unit cannot be told safely: yuan per unit (7.75), dollars per unit (1.09), units per
  dollar or per yuan (0.9174, 0.129) are all written, some firms a column per pair, and a
  guess read the wrong way round prices a EUR order at 7.75 dollars to the euro;
- it is often the rate of another day (the 报关 or 结汇 day, the month's book rate), so the
  same order would count at one rate on its sale row and another on a later copy of it;
- the tiers compare customers at one rate a day; the firm's own rates belong in the table,
  where every order of their days is counted by them (a cross-rate of 7.75 / 7.10 makes EUR
  1.0915 USD where the seeded table says 1.08: about 1 % of a EUR buyer's revenue).

So a sheet's rate column is named once for the database (core.ledger.said_once: not again on
each month's copy of the same workbook), with the rates the file's rows are converted at, and
where the firm's own go.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence

from core.i18n import N_
from core.ledger.layout import SheetLayout
from core.ledger.normalise import fold_header
from core.ledger.record import CURRENCY, ORDER_DATE, Record
from core.ledger.said_once import remember_said, said_before
from core.messages import Listed, Message
from core.rates import UNIT, Rates

SAID = "rate_columns_said"  # meta: the rate columns' headers named, each once
# 汇率, 结汇汇率, 美元汇率, "Exchange rate", "Ex. Rate", "FX rate", "Rate of exchange"; not a
# tax or rebate rate (退税率), a commission or a discount rate
_RATE = re.compile(r"汇率|(?:exchange|exch|ex|fx|forex)rate|rateofexchange")
SHOWN_RATES = 6


def rate_headers(layout: SheetLayout) -> list[str]:
    """The sheet's exchange-rate columns no field reads: their headers as written."""
    read = set(layout.mapping.values())
    return [str(header) for index, header in enumerate(layout.headers)
            if header and index not in read and _RATE.search(fold_header(str(header)))]


def rate_notes(conn: sqlite3.Connection, layouts: Sequence[SheetLayout],
               held: Iterable[tuple[object, Sequence[Record], object]], rates: Rates
               ) -> list[Message]:
    """One note naming the file's rate columns not named before (:func:`dated_notes`), from
    the file's records (`held`: core.ledger.batches)."""
    return dated_notes(conn, layouts, ((record[CURRENCY], record[ORDER_DATE])
                                       for _, records, _ in held for record in records), rates)


def dated_notes(conn: sqlite3.Connection, layouts: Sequence[SheetLayout],
                dated: Iterable[tuple[str | None, str | None]], rates: Rates) -> list[Message]:
    """One note naming the file's rate columns not named before, with the table's rates its
    rows' currencies (`dated`: each row's currency and ISO order date) are converted at,
    each on the file's latest day of that currency."""
    said = said_before(conn, SAID)
    found: dict[str, list[str]] = {}
    for layout in layouts:
        for header in rate_headers(layout):
            if frozenset({fold_header(header)}) not in said:
                found.setdefault(header, []).append(layout.sheet.name)
    if not found:
        return []
    remember_said(conn, SAID, (frozenset({fold_header(h)}) for h in found))
    latest: dict[str, str] = {}
    for code, day in dated:
        if code and day and code != UNIT and day > latest.get(code, ""):
            latest[code] = day
    shown = [f"1 {code} = {_figure(rate)} {UNIT}" for code, day in sorted(latest.items())
             if (rate := rates.usd_per_unit(code, day)) is not None]
    columns = Listed([f"“{header}”" for header in found], SHOWN_RATES)
    sheets = Listed([f"“{sheet}”" for sheet in dict.fromkeys(
        sheet for names in found.values() for sheet in names)], SHOWN_RATES)
    if not shown:
        return [Message("rate_column_unread", N_(
            "Sheet {sheets}: the exchange-rate column {columns} is not read: amounts are "
            "converted at the rates in Settings (Currency rates), one rate a currency and "
            "day; enter the firm's own rates there from the day they apply."),
            {"sheets": sheets, "columns": columns})]
    return [Message("rate_column_unread", N_(
        "Sheet {sheets}: the exchange-rate column {columns} is not read: amounts are "
        "converted at the rates in Settings (Currency rates), one rate a currency and day "
        "({rates} for this file's latest rows); enter the firm's own rates there from the "
        "day they apply."), {"sheets": sheets, "columns": columns,
                             "rates": Listed(shown, SHOWN_RATES)})]


def _figure(rate: float) -> str:
    """A rate as the settings show it: up to six decimals, no trailing zeros."""
    return f"{rate:.6f}".rstrip("0").rstrip(".")
