"""An order number re-used in next year's book: another order, the year's own.

Many firms number their orders 001, 002 … afresh each year, keeping 2025出口台账.xlsx and then
2026出口台账.xlsx. The number alone keyed the order, so 2026's 001 (Beta Homeware, 10,000 USD
of 2026-01-06) updated 2025's 001 (Alpha Haushalt, 10,000 of 2025-01-05, paid): Alpha's order
moved to Beta and kept its 2025 date and receipt, Beta's unpaid invoice hidden behind it, and
2026's 002 (Gamma, 3,000 unpaid) merged into 2025's paid 002, nothing owed (acct54c; both books
count as one ledger where digits are set aside, core.ledger.other_ledgers.same_ledger).

So a sheet's order of a number whose stored order is dated in another year, more than
`NEAR_TURN` days apart (a December order re-listed in January's book is the same order), and
written by files of other names than this one, is another order, keyed by the number and its
year (:func:`year_key`), where it is unlike the stored one: another buyer
(:func:`core.similarity.alike`), another sum or currency, or both books name their own year
(出口台账2025 lists 2025's orders, 出口台账2026 2026's: a repeat order of one buyer and sum a
year later is another order too). A clerk correcting last month's buyer or sum in the same
year moves the order, as before; a year mistyped and corrected in the next version (2024-12-15
typed for 2025-12-15 in 台账 2025-12, corrected in 台账 2026-01) keeps its one order, its
books naming another year than its dates. A number that names its year (2025-120, PI2025-07:
:func:`names_year`) is never begun afresh: next year's book listing it, redated or re-priced
(acct54c: 2025-120 Alpha 12,000 of 2025-11-20 in 出口台账2025, paid at 2026-03-02's 12,600 in
出口台账2026), lists the same order.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from core.i18n import NP_
from core.ledger.left_out import left_out
from core.ledger.other_files import per_other_file
from core.ledger.same_order import TYPED, Substance, stored_orders
from core.messages import Message, Noted
from core.similarity import alike

NEAR_TURN = 92  # days: an order booked in December, shipped and listed in January, is one
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_NUMBER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # 4 digits of their own, 19xx/20xx


def names_year(okey: str) -> bool:
    """Does the number (its own order key) name a year: 2025-120, PI2025-07 (not 25-120, 120,
    INV2025001)?"""
    return _NUMBER_YEAR.search(okey) is not None


def year_key(okey: str, day: str) -> str:
    """The order key of the number whose own key is `okey`, in the year of `day`."""
    return f"{okey}~{day[:4]}"


def book_year(file: str) -> str | None:
    """The one year a file's name gives (出口台账2025.xlsx: 2025), else None."""
    years = set(_YEAR.findall(file))
    return years.pop() if len(years) == 1 else None


def _apart(one: str, other: str) -> bool:
    """Two days in different years, not near one turn of the year."""
    try:
        days = abs((date.fromisoformat(one[:10]) - date.fromisoformat(other[:10])).days)
    except ValueError:
        return False
    return one[:4] != other[:4] and days > NEAR_TURN


def _unlike_sum(one: Substance, other: Substance) -> bool:
    return one.currency != other.currency or abs(one.amount - other.amount) > TYPED * max(
        abs(one.amount), abs(other.amount))


def stored_files(conn: sqlite3.Connection, keys: list[str]) -> dict[str, set[str | None]]:
    """The files that wrote each of these orders' counted sale lines."""
    files: dict[str, set[str | None]] = defaultdict(set)
    for start in range(0, len(keys), 500):
        part = keys[start:start + 500]
        for key, file in conn.execute(
                "SELECT o.order_key, l.source_file FROM orders o JOIN order_lines l ON "
                f"l.order_id = o.id WHERE o.order_key IN ({','.join('?' * len(part))}) "
                f"AND l.amount <> 0 AND NOT {left_out('l.')}", part):
            files[key].add(file)
    return files


def other_years(file: str, sold: dict[str, Substance], buyers: Mapping[str, Iterable[bool]],
                stored: dict[str, Substance], files: dict[str, set[str | None]]
                ) -> dict[str, tuple[str, str]]:
    """Of a sheet's orders (own key -> `sold`), those another year's stored order (`stored`,
    written by `files`) does not hold: dated in another year, away from its turn, not of this
    file, and another buyer (`buyers`: per key, whether each buyer the sheet names is unlike
    the stored one), sum, or each book its own year's; never a number naming its year
    (:func:`names_year`): key -> the stored order's day and file."""
    found: dict[str, tuple[str, str]] = {}
    year = book_year(file)
    for key, one in sold.items():
        other = stored.get(key)
        written = files.get(key, set())
        if other is None or not written or names_year(key) or not _apart(one.day, other.day) \
                or file in written or None in written:
            continue
        own_years = year == one.day[:4] and all(
            book_year(name or "") == other.day[:4] for name in written)
        if own_years or any(buyers.get(key, ())) or _unlike_sum(one, other):
            found[key] = (other.day, min(name or "" for name in written))
    return found


def stored_days(conn: sqlite3.Connection, keys: list[str]) -> dict[str, tuple[str, str, str]]:
    """Of these own order keys, those the store holds: key -> its order's day, customer key and
    name. Asked before a sheet's orders are summed (:func:`year_orders`): a store that holds
    none of a sheet's numbers, the first import's, needs no sum of them (perf55b)."""
    days: dict[str, tuple[str, str, str]] = {}
    for start in range(0, len(keys), 500):
        part = keys[start:start + 500]
        days.update((key, (str(day), customer, name)) for key, day, customer, name in conn.execute(
            "SELECT o.order_key, o.order_date, c.key, c.name FROM orders o JOIN customers c ON "
            f"c.id = o.customer_id WHERE o.order_key IN ({','.join('?' * len(part))})", part))
    return days


def years_apart(earliest: Mapping[str, str], days: Mapping[str, tuple[str, str, str]]
                ) -> set[str]:
    """Of a sheet's orders (own key -> its earliest day), those whose stored order (`days`:
    :func:`stored_days`) is dated in another year, away from its turn: the only ones
    :func:`year_orders` looks at, so the only ones a sheet sums (same_order.sheet_orders)."""
    return {key for key, day in earliest.items() if key in days and _apart(day, days[key][0])}


def year_orders(conn: sqlite3.Connection, file: str, named: dict[str, dict[str, str]],
                sold: dict[str, Substance], days: dict[str, tuple[str, str, str]]
                ) -> dict[str, tuple[str, str]]:
    """Of a sheet's orders (own key -> `sold`, the customers it names for each: `named`),
    those a stored order of another year does not hold (:func:`other_years`; its day and
    file): asked first by the stored orders' days alone (`days`: :func:`stored_days` of
    them), the rest only of the few dated in another year."""
    apart = sorted(key for key, (day, _, _) in days.items()
                   if key in sold and _apart(sold[key].day, day))
    if not apart:
        return {}
    unlike = {key: [customer != days[key][1] and not alike(days[key][2], name)
                    for customer, name in named.get(key, {}).items()] for key in apart}
    return other_years(file, {key: sold[key] for key in apart}, unlike,
                       stored_orders(conn, apart), stored_files(conn, apart))


@dataclass(frozen=True)
class OtherYear:
    """A number this file's order re-uses from another year's: the number as written, the
    stored order's day and file, this file's order's day."""

    number: str
    stored: str
    file: str
    day: str


def other_year_messages(file: str, found: list[OtherYear], shown: int) -> list[Message]:
    """One note per other year's file: the numbers this file's orders re-use (`shown` of them
    named, then a count), each with the two orders' days."""
    return per_other_file("order_number_other_year", NP_(
        "{file}: order number {orders} is also an order of another year in {other}. Order "
        "numbers may begin afresh each year, so this file's order is an order of its own and "
        "the earlier one is kept as it was.",
        "{file}: {count} order numbers, {orders}, are also orders of another year in {other}. "
        "Order numbers may begin afresh each year, so this file's orders are orders of their "
        "own and the earlier ones are kept as they were."), file,
        [(one.file, Noted(one.number, f"{one.stored[:10]} / {one.day[:10]}")) for one in found],
        shown)
