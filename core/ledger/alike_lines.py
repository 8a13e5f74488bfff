"""An order's lines re-sent in another row order keep their own figures (key43).

A line is keyed by its place among its order's rows of its product (core.ledger.keys.line_key):
MT-1's line A, 30,000 paid 30,000, at #0 and B, 20,000 paid 5,000, at #1. Re-sent with the rows
swapped (a clerk re-sorted the sheet by amount), B took A's key and A B's: 40,000 open where
15,000 is, and the report called it a correction "30,000 → 5,000". A sheet's rows of a numbered
order and product (two or more, each a plain sale) are matched to the lines an earlier tab of
the file showed, else the store holds, by what tells a line: its quantity, unit price, amount
and invoice number; by place only among lines alike (two identical lines stay by place). A row
alike none takes the first place no row of the sheet matched: a corrected line keeps its
place, a line added between two others is a new line. The keys are the same as before: a
database imported before matches as well. An order's product with a row cancelled or disputed,
or a stored line a status word was ever written on (its status_day), is left to its places: a
cancelled row deleted moves the rows below it up (core.ledger.leftover_lines), an older file
keeps its rows behind (core.ledger.own_rows.kept_behind).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import count

from core.ledger.lot_words import says
from core.ledger.normalise import STANDS
from core.ledger.record import (
    AMOUNT,
    INVOICE_NO,
    ORDER_NO,
    PRODUCT,
    QUANTITY,
    ROW,
    STATUS,
    UNIT_PRICE,
    Record,
)
from core.ledger.record import CREDIT_NOTE as IS_CREDIT_NOTE
from core.ledger.typed_rows import is_receipt_row

# quantity, unit price, amount and invoice number, as a line is told from its order's others
SAYS_NONE = (None, STANDS)  # a status neither cancelling nor disputing
Likeness = tuple[float | None, float | None, float | None, str | None]
# an order's product's part of a line key (order key "|" product) -> the stored lines by place
# (None: a status word was written on one)
StoredAlike = Callable[[str], "dict[int, Likeness] | None"]


def likeness(quantity: object, unit_price: object, amount: object, invoice: object
             ) -> Likeness:
    return (_figure(quantity), _figure(unit_price), _figure(amount),
            str(invoice).strip() or None if invoice is not None else None)


def _figure(value: object) -> float | None:
    return round(float(value), 2) if isinstance(value, int | float) else None


def places(rows: Sequence[Likeness], known: Mapping[int, Likeness]) -> list[int]:
    """Each of a sheet's rows of one order and product (in sheet order): its own place where
    the known line there is alike (a line corrected to look like another keeps its place:
    fx43i), else the place of the known line alike (the first such not taken), else the first
    place no row matched; rows alike one another keep their sheet order."""
    own = [n if known.get(n) == like else None for n, like in enumerate(rows)]
    alike: dict[Likeness, list[int]] = {}
    kept = set(own)
    for n in sorted(known):
        if n not in kept:
            alike.setdefault(known[n], []).append(n)
    found = [n if n is not None else free.pop(0) if (free := alike.get(like)) else None
             for like, n in zip(rows, own, strict=True)]
    spare = (n for n in count() if n not in found)
    placed = [next(spare) if n is None else n for n in found]
    same: dict[Likeness, list[int]] = {}
    for i, like in enumerate(rows):
        same.setdefault(like, []).append(i)
    for rows_alike in same.values():
        for i, n in zip(rows_alike, sorted(placed[i] for i in rows_alike), strict=True):
            placed[i] = n
    return placed


def stored_alike(conn: sqlite3.Connection) -> StoredAlike:
    """The stored lines of a part of a line key, each by its place (a payment's or a credit
    note's key, another product's holding '#' left out)."""
    def lines(part: str) -> dict[int, Likeness] | None:
        found = {}
        for key, quantity, price, amount, invoice, status, day in conn.execute(
                "SELECT line_key, quantity, unit_price, amount, invoice_no, status, status_day "
                "FROM order_lines WHERE line_key > ? AND line_key < ?", (part + "#", part + "$")):
            if (n := key[len(part) + 1:]).isdigit():
                if status not in SAYS_NONE or day is not None:
                    return None
                found[int(n)] = likeness(quantity, price, amount, invoice)
        return found

    return lines


class AlikeLines:
    """The places of a file's rows matched by likeness, a sheet at a time."""

    def __init__(self, stored: StoredAlike | None) -> None:
        self._stored = stored
        self._shown: dict[str, dict[int, Likeness]] = {}  # an earlier tab's matched lines
        self.at: dict[tuple[int, str], int] = {}  # (the row's index in its sheet, part) -> place

    def sheet(self, records: Sequence[Record], payments: Collection[int],
              okeys: Mapping[str, str], fold: Callable[[str], str]) -> None:
        """Match the sheet's rows of each order and product written twice or more, where
        every such row is a plain sale (no payment, credit note or lot said)."""
        self.at = {}
        if self._stored is None:
            return
        seen: dict[str, int] = {}
        for record in records:
            if number := record[ORDER_NO]:
                seen[number] = seen.get(number, 0) + 1
        parts: dict[str, list[int]] = {}
        for i, record in enumerate(records):
            if (number := record[ORDER_NO]) and seen[number] > 1:
                parts.setdefault(f"{okeys[number]}|{fold(record[PRODUCT] or '')}", []).append(i)
        for part, rows in parts.items():
            if len(rows) < 2 or not all(_plain(records[i], payments) for i in rows):
                continue
            if (stored := self._stored(part)) is None:
                continue
            known = {**stored, **self._shown.get(part, {})}
            likes = [likeness(records[i][QUANTITY], records[i][UNIT_PRICE],
                              records[i][AMOUNT], records[i][INVOICE_NO]) for i in rows]
            shown = self._shown.setdefault(part, {})
            for i, like, n in zip(rows, likes, places(likes, known), strict=True):
                self.at[i, part] = n
                shown[n] = like

    def clear(self) -> None:
        self._shown, self.at = {}, {}


def _plain(record: Record, payments: Collection[int]) -> bool:
    return ((record[AMOUNT] or 0) > 0 and not record[IS_CREDIT_NOTE] and record[ROW] not in
            payments and not is_receipt_row(record) and not says(record)
            and record[STATUS] in SAYS_NONE)
