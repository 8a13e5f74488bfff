"""One order number in two salespeople's ledgers for two unlike buyers: two orders.

Two salespeople each keeping a workbook of their own number their orders alike: 张伟's
2025-001 is Alpha Haushalt's, 李娜's 2025-001 Beta Homeware's. Within one file two unalike
buyers of a number are kept apart (core.ledger.order_buyers); across files the number alone
keyed the order, so every import of both files moved each shared order to the buyer of the file
imported last (core.ledger.moves): rv53a's four salespeople imported together each month end lost
all 14 of 张伟's customers (December 1.8 M USD) to 李娜's, three true black-list customers among
them, and the advice said there, "undo this import, give one of them another number", asked for
a salesperson's year of orders renumbered.

So a file naming a number only for customers unalike the stored order's buyer
(:func:`core.similarity.alike`, the one rule telling a respelled name from another buyer)
keys those rows as that buyer's order of the number
(:func:`core.ledger.keys.buyer_order_key`, as within one file), where the stored order is
another ledger's and another order. Another ledger's: every line of it still counted (none
cancelled by a later copy leaving it out, core.ledger.deleted_orders) written by a file of
another name than this one's, months and digits aside (:func:`same_ledger`: 台账 2025-04.xlsx
and 台账 2025-05.xlsx are one ledger's versions, 张伟-2025出口台账 and 李娜-2025出口台账 two
ledgers). Another order: another sum than the file's order of the number, or the same day's sum
not a re-typing of it (:func:`core.ledger.same_order.same_order`). A copy of the order under
another name (the year's file renamed 最终版 or 副本, a handover copy in the successor's book,
an ERP export beside a salesperson's book) keeps its sum, or its day with the sum re-typed: it
moves the order to the buyer it names, as a correction (core.ledger.moves); rv53d: acct53e's
name rule alone left the old buyer of such copies black-listed (fix53k). A later version of
the same ledger naming another buyer is a correction and moves the order, as before, whatever
its day and sum (a row typed over). Once kept apart, each buyer keeps its order in later files
(order_buyers.stored_buyers), whichever file comes first; a buyer fixed in one of them moves
its order where it copies it (order_buyers.SharedNumbers._corrected). Said once per file and
other ledger (:func:`elsewhere_messages`), each number with its two buyers.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from pathlib import PurePath

from core.i18n import NP_
from core.ledger.copied_books import copied_books, without_copy_words
from core.ledger.left_out import left_out
from core.ledger.other_files import per_other_file
from core.ledger.same_order import Substance, same_order, same_sum, stored_orders
from core.ledger.tab_month import MONTHS_EN
from core.ledger.year_books import stored_days, year_orders
from core.messages import Message, Noted
from core.similarity import alike
from core.store import has_orders

# what tells one ledger's monthly versions apart in their names: digits, month words, punctuation
_MONTHS = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
_DATED = re.compile(rf"\d+|(?<![a-z])(?:{_MONTHS})(?![a-z])|[月年日]|[^\w]|_")

# Per own order key, the customers a sheet names for the number: customer key -> name, as met
Named = dict[str, dict[str, str]]
# a sheet's orders of some own order keys (same_order.sheet_orders), summed only when asked: most
# sheets' numbers are stored for the buyers they name, and need none (perf55b)
Summed = Callable[[Container[str]], dict[str, Substance]]


def ledger_name(file: str) -> str:
    """A file's name without its extension, digits, month words and punctuation, and the copy
    words at its ends: what the monthly versions and the copies of one ledger share (台账
    2025-04.xlsx, 台账2025-05.xlsx, 台账2025 - 副本.xlsx, Copy of 台账2025.xlsx: 台账)."""
    stem = unicodedata.normalize("NFKC", PurePath(file).stem).casefold()
    return without_copy_words(_DATED.sub("", without_copy_words(stem)))


def same_ledger(file: str, other: str) -> bool:
    """Are two files versions of one ledger: the same name, or one month's copy of it?"""
    return file == other or ledger_name(file) == ledger_name(other)


def stored_owners(conn: sqlite3.Connection, keys: list[str]) -> dict[str, tuple[str, str]]:
    """The customer (key, name) of each of these order keys the store holds."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(keys), 500):
        part = keys[start:start + 500]
        found.update((key, (customer, name)) for key, customer, name in conn.execute(
            "SELECT o.order_key, c.key, c.name FROM orders o JOIN customers c ON c.id = "
            f"o.customer_id WHERE o.order_key IN ({','.join('?' * len(part))})", part))
    return found


def stored_owners_of(conn: sqlite3.Connection, file_name: str) -> StoredOwners | None:
    """:class:`StoredOwners` for a file's import; none where the store holds no order (a first
    import): each sheet's numbers were counted per buyer and its year's asked of the store for
    nothing (0.103 → 0.019 CPU s of the 100k bench ledger's first import, on the import's own
    thread, perf59a)."""
    return StoredOwners(conn, file_name) if has_orders(conn) else None


class StoredOwners:
    """The store's numbered orders, as a file of `file_name` asks about its numbers."""

    def __init__(self, conn: sqlite3.Connection, file_name: str) -> None:
        self._conn, self._file = conn, file_name
        self._others: bool | None = None

    def __call__(self, keys: list[str]) -> dict[str, tuple[str, str]]:
        return stored_owners(self._conn, keys)

    def others(self) -> bool:
        """Has the store imported a file of another ledger? (Else no number is asked.)"""
        if self._others is None:
            self._others = any(not same_ledger(name, self._file) for name, in self._conn.execute(
                "SELECT DISTINCT file_name FROM imports"))
        return self._others

    def orders(self, keys: list[str]) -> dict[str, Substance]:
        """The stored orders of these keys: day, sum, currency, products (same_order)."""
        return stored_orders(self._conn, keys)

    def days(self, keys: list[str]) -> dict[str, tuple[str, str, str]]:
        """Of these numbers, those the store holds: key -> the stored order's day, customer
        key and name (year_books.stored_days)."""
        return stored_days(self._conn, keys)

    def another_year(self, named: Named, sold: dict[str, Substance],
                     days: dict[str, tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
        """Of these numbers (`days`: the store's orders of them, :meth:`days`), those whose
        stored order is another year's, another order than the sheet's
        (core.ledger.year_books): key -> the stored order's day and file."""
        return year_orders(self._conn, self._file, named, sold, days) if sold else {}

    def elsewhere(self, named: Named, summed: Summed) -> dict[str, tuple[str, str, str]]:
        """Of these numbers (own order key -> the customers the sheet names for it, `summed`: the
        sheet's orders of them), those the store holds for a customer none of them is or is alike,
        an order other in substance than the sheet's (same_order: another sum, not re-typed on
        the order's day), every counted sale line of it (money alone, on an order no file sold
        yet, moves with it as before) written by another ledger: own key -> that customer's
        key, name and the file. In a copy of that ledger (copied_books) the buyer is corrected
        where the order is the same but for a round sum's other day (same_order's `copied`)."""
        if not named or not self.others():
            return {}
        every = stored_owners(self._conn, list(named))
        owners = {key: owner for key, owner in every.items() if owner[0] not in named[key]
                  and not any(alike(owner[1], name) for name in named[key].values())}
        if not owners:  # the stored buyers are the sheet's: nothing of the sheet summed (perf55b)
            return {}
        sold = summed(every.keys())
        stored = stored_orders(self._conn, sorted(owners))
        owners = {key: owner for key, owner in owners.items() if key in stored and key in sold
                  and not same_order(sold[key], stored[key])}
        if not owners:
            return {}
        files = self._files(sorted(every))
        books = {key: {ledger_name(file) for file in written if file is not None
                       and not same_ledger(file, self._file)} for key, written in files.items()}
        copies = copied_books({key: names for key, names in books.items() if names},
                              self._agreeing(sold, owners, stored, sorted(books)))
        found: dict[str, tuple[str, str, str]] = {}
        for key, written in files.items():
            names = {file for file in written if file is not None}
            if key in owners and len(names) == len(written) and not (
                    books[key] & copies and same_order(sold[key], stored[key], copied=True)) \
                    and not any(same_ledger(file, self._file) for file in names):
                found[key] = (*owners[key], min(names))
        return found

    def _agreeing(self, sold: dict[str, Substance], apart: Mapping[str, object],
                  unalike: dict[str, Substance], keys: list[str]) -> set[str]:
        """Of these keys, those whose stored order the file copies (same_order), for the same
        buyer, or for another (`unalike`: their stored orders) with the same sum and currency;
        none of those it would keep `apart`."""
        stored = {**stored_orders(self._conn, [key for key in keys if key not in unalike]),
                  **unalike}
        return {key for key in keys if key not in apart and key in sold and key in stored
                and same_order(sold[key], stored[key])
                and (key not in unalike or same_sum(sold[key], stored[key]))}

    def _files(self, keys: list[str]) -> dict[str, set[str | None]]:
        """The files that wrote the counted sale lines of these order keys."""
        files: dict[str, set[str | None]] = defaultdict(set)
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            for key, file in self._conn.execute(
                    "SELECT o.order_key, l.source_file FROM orders o JOIN order_lines l ON "
                    f"l.order_id = o.id WHERE o.order_key IN ({','.join('?' * len(part))}) "
                    f"AND l.amount <> 0 AND NOT {left_out('l.')}", part):
                files[key].add(file)
        return files


@dataclass(frozen=True)
class Elsewhere:
    """A number this file keeps apart from another ledger's order of it: the number as
    written, the stored buyer, this file's buyer and the other ledger's file."""

    number: str
    stored: str
    customer: str
    file: str


def elsewhere_messages(file: str, found: list[Elsewhere], shown: int) -> list[Message]:
    """One note per other ledger: its numbers this file gives other buyers (`shown` of them
    named, then a count), each with its two buyers."""
    return per_other_file("order_number_other_ledger", NP_(
        "{file}: order number {orders} is also in {other} for a different buyer. Two ledgers "
        "may number their orders alike, so each buyer keeps an order of its own: two orders, "
        "neither moved to the other buyer. If they are one customer, merge the names.",
        "{file}: {count} order numbers, {orders}, are also in {other} for different buyers. "
        "Two ledgers may number their orders alike, so each buyer keeps an order of its own: "
        "two orders of each number, none moved to the other buyer. If two such buyers are one "
        "customer, merge the names."), file,
        [(one.file, Noted(one.number, f"{one.stored} / {one.customer}")) for one in found], shown)

