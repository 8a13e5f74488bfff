"""Money converted at the rates table's rate of its day, and how far such a figure may be
from what the money changer or the bank paid out.

A rate is typed to a few figures (0.1389 US dollars for a yuan): the true rate of the day lies
anywhere within half a unit of its last figure, so a sum converted at it is known to that
share of itself, no closer. Sahara Star's balance of 3,812.00 USD, paid by a money changer as
27,445 RMB, is 3,812.11 USD at 0.1389 and 3,811.97 USD for 27,444 RMB: either is the balance,
and a deduction noted beside it (质量扣款500) is what the buyer took off, not 0.11 less (rv57b
s10: read as 500 owed, taken from the next invoice, 33 days, watch). A rate of exactly one is
the table's unit (USD): no rounding. Every weighing of a converted sum against a figure in
the invoice's own money takes its slack from here (:meth:`Converter.slack`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

UsdPerUnit = Callable[[str, "date | str"], "float | None"]


def rounding(rate: float) -> float:
    """The share of a converted sum a rate typed as `rate` leaves unknown: half a unit of
    its last written figure, over the rate (0.1389: 0.00005 / 0.1389, 0.036 %)."""
    if rate <= 0 or rate == 1.0:
        return 0.0
    exponent = Decimal(repr(rate)).normalize().as_tuple().exponent
    return 0.5 * 10.0 ** int(exponent) / rate if isinstance(exponent, int) else 0.0


class Converter:
    """convert(value, from, to, day) at the rates in force on that day (None without one);
    each currency's rate is looked up once a day."""

    def __init__(self, usd_per_unit: UsdPerUnit) -> None:
        self._usd_per_unit = usd_per_unit
        self._rates: dict[tuple[str, date | str], float | None] = {}

    def rate(self, currency: str, day: date | str) -> float | None:
        key = (currency, day)
        if key not in self._rates:
            self._rates[key] = self._usd_per_unit(currency, day)
        return self._rates[key]

    def __call__(self, value: float, source: str, target: str, day: date | str) -> float | None:
        unit, per = self.rate(source, day), self.rate(target, day)
        return value * unit / per if unit and per else None

    def slack(self, value: float, source: str, target: str, day: date | str) -> float:
        """How far `value` converted (:meth:`__call__`) may be from the money paid out, by the
        rounding of the two rates (the module's docstring); nothing without a rate."""
        unit, per = self.rate(source, day), self.rate(target, day)
        if not unit or not per or source == target:
            return 0.0
        return abs(value * unit / per) * (rounding(unit) + rounding(per))


def off_by(convert: Callable[[float, str, str, date | str], float | None], value: float,
           source: str, target: str, day: date | str) -> float:
    """How far `value` converted by `convert` may be off: a Converter's slack, none of a
    plain function's (a test's fixed rate)."""
    return convert.slack(value, source, target, day) if isinstance(convert, Converter) else 0.0
