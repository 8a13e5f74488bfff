"""An order's lines re-sent in another row order keep their own figures (key43).

A line is keyed by its place among its order's rows of its product (core.ledger.keys.line_key):
MT-1's line A, 30,000 paid 30,000, at #0 and B, 20,000 paid 5,000, at #1. Re-sent with the rows
swapped (a clerk re-sorted the sheet by amount), B took A's key and A B's: 40,000 open where
15,000 is, and the report called it a correction "30,000 → 5,000". A sheet's rows of a numbered
order and product (each but a payment's, keyed apart, a plain sale; two or more, or one where
the store or an earlier tab holds a second line of it) are matched to the lines an earlier tab
of the file showed, else the store holds, by what tells a line: its quantity, unit price,
amount and invoice number; by place only among lines alike (two identical lines stay by
place). A row alike none takes the place of a line no row matched that it is near (a
corrected line keeps its place), else a new one: a line added between two others, or in a
paid line's stead, is a new line (fx43g). The keys are the same as before: a
database imported before matches as well. An order's product with a row cancelled or disputed,
or a stored line a status word was ever written on (its status_day), is left to its places: a
cancelled row deleted moves the rows below it up (core.ledger.leftover_lines), an older file
keeps its rows behind (core.ledger.own_rows.kept_behind).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import count
from typing import Protocol

from core.ledger.keys import DESCRIBED, described_order_key
from core.ledger.lot_words import says
from core.ledger.normalise import STANDS, fold
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER_KEY,
    INVOICE_NO,
    ORDER_DATE,
    ORDER_NO,
    PRODUCT,
    QUANTITY,
    RECEIVED,
    ROW,
    STATUS,
    UNIT_PRICE,
    Record,
)
from core.ledger.record import CREDIT_NOTE as IS_CREDIT_NOTE
from core.ledger.typed_rows import is_receipt_row


def keyed_paid(record: Record, payments: Collection[int]) -> bool:
    """Is a row of a sheet's payment rows (`payments`: row numbers) keyed as a payment
    (keys.PAID): no credit note, nor the goods of a return whose refund was put apart on its
    row (worth more than 0: filed_returns.tab_refunds, held until its sale comes)?"""
    return record[ROW] in payments and not record[IS_CREDIT_NOTE] and not record[AMOUNT] > 0


# quantity, unit price, amount, invoice number and currency (fx44k: EUR 10,000 and USD 10,000
# at 100 x 100 were alike), as a line is told from its order's others
SAYS_NONE = (None, STANDS)  # a status neither cancelling nor disputing
Likeness = tuple[float | None, float | None, float | None, str | None, str | None]
# a line's likeness and the money it says received (a corrected line's never falls)
Known = tuple[Likeness, float | None]


class StoredAlike(Protocol):
    """The store's lines of an order's product, for a sheet's rows of it."""

    def lines(self, part: str) -> dict[int, Known] | None:
        """The stored lines of an order's product's part of a line key (order key "|"
        product), by place (None: a status word was written on one)."""

    def second(self, parts: Sequence[str], at: int = 1) -> set[str]:
        """Those of `parts` the store holds a second line of (at place #1; `at`: another)."""


def likeness(quantity: object, unit_price: object, amount: object, invoice: object,
             currency: object) -> Likeness:
    return (_figure(quantity), _figure(unit_price), _figure(amount),
            str(invoice).strip() or None if invoice is not None else None,
            str(currency) if currency else None)


def _known(records: Sequence[Record], rows: Sequence[int]) -> list[Known]:
    """The sheet's `rows`' likeness and the money each says received."""
    return [(likeness(r[QUANTITY], r[UNIT_PRICE], r[AMOUNT], r[INVOICE_NO], r[CURRENCY]),
             r[RECEIVED]) for r in (records[i] for i in rows)]


def _figure(value: object) -> float | None:
    return round(float(value), 2) if isinstance(value, int | float) else None


def places(rows: Sequence[Known], known: Mapping[int, Known]) -> list[int]:
    """Each of a sheet's rows of one order and product (in sheet order): its own place where
    the known line there is exactly alike (a line corrected to look like another keeps its place:
    fx43i), else the place of the known line alike (the first such not taken; a blank invoice
    number on either aside after those alike in all: fx44k, 发票号 filled in next month), else
    of a line no row matched that it is near (_near: corrected; one keeping its quantity or
    amount before one sharing only its price: fx44k; never a stored credit note's: key45), else
    a new place (fx43g: a new line C took paid A's place); rows alike one another keep their
    sheet order."""
    found: list[int | None] = [n if n in known and known[n][0] == like else None
                               for n, (like, _) in enumerate(rows)]  # own place: exact (rv44k2)
    alike: dict[Likeness, list[int]] = {}
    for n in sorted(known):
        if n not in found:
            alike.setdefault(known[n][0], []).append(n)
    found = [n if n is not None else free.pop(0) if (free := alike.get(like)) else None
             for (like, _), n in zip(rows, found, strict=True)]
    # a sale never takes a credit note's place (key45)
    left = [n for n in sorted(known) if n not in found and _sold(known[n])]
    for told in (_loosely, _kept, _near):
        for i, row in enumerate(rows):
            if found[i] is None and (line := next((n for n in left if told(row, known[n])),
                                                  None)) is not None:
                found[i] = line
                left.remove(line)
    spare = (n for n in count() if n not in found and n not in known)
    placed = [next(spare) if n is None else n for n in found]
    same: dict[Likeness, list[int]] = {}
    for i, (like, _) in enumerate(rows):
        same.setdefault(like, []).append(i)
    for rows_alike in same.values():
        for i, n in zip(rows_alike, sorted(placed[i] for i in rows_alike), strict=True):
            placed[i] = n
    return placed


def _alike(like: Likeness, was: Likeness) -> bool:
    """Whether a row's likeness is a line's, a blank invoice number on either aside (the clerk
    fills it in once the invoice is made)."""
    return like == was or (like[:3] == was[:3] and like[4] == was[4] and (
        like[3] is None or was[3] is None))


def _loosely(row: Known, line: Known) -> bool:
    return _alike(row[0], line[0])


def _kept(row: Known, line: Known) -> bool:
    """Whether a row alike no line keeps the line's quantity or amount (or states neither
    quantity nor unit price: only its amount to tell)."""
    (quantity, price, amount, *_), (was_quantity, _, was_amount, *_) = row[0], line[0]
    return (quantity is None and price is None) or (
        quantity is not None and quantity == was_quantity) or (
        amount is not None and amount == was_amount)


def _near(row: Known, line: Known) -> bool:
    """Whether a row alike no line is `line` corrected: it keeps its quantity or amount
    (:func:`_kept`), or its unit price (a product's lines often share one) saying no less
    received than it holds (money received to date does not fall: C, 80 × 100 unpaid, is no
    A, 300 × 100 paid)."""
    ((_, price, *_), got), ((_, was_price, *_), held) = row, line
    return _kept(row, line) or (
        price is not None and price == was_price and (got or 0.0) >= (held or 0.0))


def _sold(line: Known) -> bool:
    """Whether a known line is no credit note (-500: one stored under a sale's key)."""
    return (line[0][2] or 0.0) >= 0


class AlikeLines:
    """The places of a file's rows matched by likeness, a sheet at a time."""

    def __init__(self, stored: StoredAlike | None) -> None:
        self._stored = stored
        self._shown: dict[str, dict[int, Known]] = {}  # an earlier tab's matched lines
        self.at: dict[tuple[int, str], int] = {}  # (the row's index in its sheet, part) -> place
        # a row without an order number's index in its sheet -> its order's occurrence (key44)
        self.occurrence: dict[int, int] = {}

    def sheet(self, records: Sequence[Record], payments: Collection[int],
              okeys: Mapping[int, str], folded: dict[str, str]) -> None:
        """Match the sheet's rows of each numbered order and product, where every such row
        but a payment's (keyed apart) is a plain sale (no credit note or lot said): two or
        more, or one where the store or an earlier tab holds a second line of it (fx43g:
        April listing only B wrote it over A). `folded`: the book's products folded, added to."""
        self.at, self.occurrence = {}, {}
        if self._stored is None:
            return
        parts: dict[str, list[int]] = {}
        described: dict[str, tuple[str, list[int]]] = {}  # rows without a number, by identity
        for i, record in enumerate(records):
            if (number := record[ORDER_NO]) and (keyed_paid(record, payments) or record[
                    IS_CREDIT_NOTE]):  # a credit note keyed apart by its own rule (orders.py):
                continue  # its sales still matched (a -500 note had sent them to sheet order)
            if (product := folded.get(name := record[PRODUCT] or "")) is None:
                product = folded[name] = fold(name)
            if number:
                parts.setdefault(f"{okeys[i]}|{product}", []).append(i)
            else:
                described.setdefault("|".join((record[CUSTOMER_KEY], record[ORDER_DATE],
                                               product)), (product, []))[1].append(i)
        ones = [part for part, rows in parts.items() if len(rows) == 1]
        second = self._stored.second([p for p in ones if 1 not in self._shown.get(p, ())])
        for part, rows in parts.items():
            if len(rows) == 1 and part not in second and 1 not in self._shown.get(part, ()):
                continue
            if not all(_plain(records[i]) for i in rows):
                continue
            if (stored := self._stored.lines(part)) is None:
                continue
            known = {**stored, **self._shown.get(part, {})}
            likes = _known(records, rows)
            shown = self._shown.setdefault(part, {})
            for i, like, n in zip(rows, likes, places(likes, known), strict=True):
                self.at[i, part] = n
                shown[n] = like
        alone = {identity: f"{described_order_key(identity, 1)}|{product}"
                 for identity, (product, rows) in described.items()
                 if len(rows) == 1 and 1 not in self._shown.get(DESCRIBED + identity, ())}
        twice = self._stored.second(list(alone.values()), 0) if alone else set()
        for identity, (product, rows) in described.items():
            if identity not in alone or alone[identity] in twice:
                self._described(records, payments, identity, product, rows)

    def _described(self, records: Sequence[Record], payments: Collection[int], identity: str,
                   product: str, rows: list[int]) -> None:
        """A sheet's two or more rows without an order number of one customer, day and
        product (keys.row_identity: an order each, told apart by its occurrence), or one where
        a second such order is known (fx44k: May's B alone took A's place), each a plain
        sale, matched to the orders an earlier tab showed, else the store holds, each of one
        line, as a numbered order's lines are (key44: April's A, 10,000 received, and B
        re-sorted B, A in May gave B A's 10,000, 10,000 open where 20,000 is)."""
        if not all(_plain(records[i]) and records[i][ROW] not in payments for i in rows):
            return
        stored: dict[int, Known] = {}
        for n in count():
            lines = self._stored.lines(f"{described_order_key(identity, n)}|{product}"
                                       ) if self._stored is not None else None
            if lines is None or (lines and set(lines) != {0}):
                return  # a status word, a lot or an order of several lines: left to places
            if not lines:
                break
            stored[n] = lines[0]
        shown = self._shown.setdefault(DESCRIBED + identity, {})
        known = {**stored, **shown}
        likes = _known(records, rows)
        if len(rows) < 2 and 1 not in known:
            return
        if not known:  # the first showing: by sheet order, for a later tab's rows
            shown.update(enumerate(likes))
            return
        if not set(placed := places(likes, known)) <= known.keys():
            return  # a row alike no known order (a new one, an older file's): by sheet order
        for i, like, n in zip(rows, likes, placed, strict=True):
            self.occurrence[i] = n
            shown[n] = like

    def clear(self) -> None:
        self._shown, self.at, self.occurrence = {}, {}, {}


def _plain(record: Record) -> bool:
    return ((record[AMOUNT] or 0) > 0 and not record[IS_CREDIT_NOTE]
            and not is_receipt_row(record) and not says(record)
            and record[STATUS] in SAYS_NONE)
