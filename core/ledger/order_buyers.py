"""Two buyers writing one order number in a file: two orders, each its own buyer's.

Many firms type the buyer's PO number in the order-number column, and two buyers may use the
same one (ABC Trading's PO 1001 and Metro AG's PO 1001). Read as one order, every row of the
number was the first-named buyer's: ABC, which prepays, carried Metro's unpaid invoices onto
the watch list, and Metro's orders vanished from every list. So within one file, rows sharing
a number are one order only where their customers are alike (:func:`core.similarity.alike`:
a typo, case, spacing, a company form; a ditto row already names the customer above it); an
unalike buyer's rows are an order of its own, keyed by the number and that buyer
(:func:`core.ledger.keys.buyer_order_key`), and the report says so, naming the rows.

The first-named buyer keeps the number's own key, under which readers before 5 stored the
whole merged order: importing the same file again replaces what that order held of the other
buyers' rows (core.ledger.reread_rows). A number once kept apart stays each buyer's in later
files (:func:`stored_buyers` seeds the file's grouping), whichever buyer a file names first,
or alone. A number an earlier file gave one buyer alone keeps that buyer's order where a sheet
names it and another buyer (:meth:`SharedNumbers.sheet`): before, the buyer the sheet named first
took the stored order, so April's file holding Metro's return on PO-1 and imported before
March's (Mumbai's PO-1 12,000 above Metro's 15,000) had that return land on Mumbai (imp40).
Otherwise, across files, a number given to another customer still moves the stored order, and
is said (core.ledger.moves): a correction, or a name spelled anew.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Protocol

from core.i18n import NP_
from core.ledger.keys import (
    BOUGHT,
    BOUGHT_END,
    BUYER,
    NUMBERED,
    buyer_order_key,
    number_key,
    numbered_order_keys,
)
from core.ledger.other_ledgers import Elsewhere, Named, Summed, elsewhere_messages
from core.ledger.record import CUSTOMER, CUSTOMER_KEY, ORDER_DATE, ORDER_NO, Record
from core.ledger.rows import ranges_text
from core.ledger.same_order import Substance, same_order, sheet_orders
from core.ledger.typed_rows import is_receipt_row
from core.ledger.year_books import OtherYear, other_year_messages, year_key, years_apart
from core.messages import Listed, Message, Noted
from core.similarity import alike

SHARED_SHOWN = 5  # order numbers (rows, moves) each named in a note before one for the rest

# A line key of an order keyed by its number and buyer: the number's own key, without NUMBERED.
_BUYER_LINE = re.compile(f"{re.escape(BOUGHT)}(.*){re.escape(BUYER)}[0-9a-f]{{12}}\\|")

# Per number the store keeps apart for several buyers (by the number's own order key): each
# buyer's customer key, name and order key, the number's own order first where it is stored.
Stored = dict[str, list[tuple[str, str, str]]]


class Owners(Protocol):
    """The store's numbered orders (core.ledger.other_ledgers.StoredOwners)."""

    def __call__(self, keys: list[str]) -> dict[str, tuple[str, str]]:
        """Of some numbers' own order keys, the ones the store holds: key -> (customer key,
        name)."""

    def elsewhere(self, named: Named, summed: Summed) -> dict[str, tuple[str, str, str]]:
        """Those stored for a customer the sheet does not name, an order other than the
        sheet's (core.ledger.same_order; `summed`: the sheet's orders of some keys, summed when
        asked): key -> (customer key, name, file)."""

    def orders(self, keys: list[str]) -> dict[str, Substance]:
        """The stored orders of these keys (core.ledger.same_order.stored_orders)."""

    def others(self) -> bool:
        """Has the store imported a file yet?"""

    def days(self, keys: list[str]) -> dict[str, tuple[str, str, str]]:
        """Of some numbers' own order keys, the ones the store holds: key -> the stored order's
        day, customer key and name."""

    def another_year(self, named: Named, sold: dict[str, Substance],
                     days: dict[str, tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
        """Of those the store holds (`days`), those whose stored order is another year's,
        another order (core.ledger.year_books): key -> the stored order's day and file."""


def number_of(line_key: str) -> str | None:
    """The number's own order key of a line of an order keyed apart for its buyer, else None:
    what readers before 5 stored that line's row under."""
    found = _BUYER_LINE.match(line_key)
    return NUMBERED + found.group(1) if found else None


def stored_buyers(conn: sqlite3.Connection) -> Stored:
    """The numbers earlier files kept apart for several buyers: a later file's row of one of
    them is its buyer's order, whichever buyer the file names first (a file naming only one
    of them, say next month's payment on Metro's PO 1001, updates Metro's order, not the
    number's own, ABC's, which it would move to Metro with Metro's line counted twice)."""
    found: Stored = {}
    for key, customer, name in conn.execute(
            "SELECT o.order_key, c.key, c.name FROM orders o JOIN customers c ON c.id = "
            "o.customer_id WHERE o.order_key >= ? AND o.order_key < ? ORDER BY o.id",
            (BOUGHT, BOUGHT_END)):
        found.setdefault(number_key(key), []).append((customer, name, key))
    numbers = list(found)
    for start in range(0, len(numbers), 500):
        part = numbers[start:start + 500]
        for key, customer, name in conn.execute(
                "SELECT o.order_key, c.key, c.name FROM orders o JOIN customers c ON c.id = "
                f"o.customer_id WHERE o.order_key IN ({','.join('?' * len(part))})", part):
            found[key].insert(0, (customer, name, key))
    return found


def owners_named(records: Sequence[Record], okeys: dict[str, str], taken: Callable[[str], bool],
                 owners: Owners) -> dict[str, tuple[str, str]]:
    """The numbers a sheet's `records` write for several customers, whose own order key
    (`okeys`, not `taken` yet by the file) the store holds for a customer the sheet names
    after another: own key -> the stored customer's key and name. That customer keeps the
    number's own order; the first named is the one kept apart (imp40)."""
    pairs = {(okeys[number], customer) for number, customer in set(zip(
        map(itemgetter(ORDER_NO), records), map(itemgetter(CUSTOMER_KEY), records),
        strict=True)) if number}
    several = [okey for okey, n in Counter(okey for okey, _ in pairs).items()
               if n > 1 and not taken(okey)]
    stored = owners(several) if several else {}
    found = {okey: owner for okey, owner in stored.items() if (okey, owner[0]) in pairs}
    firsts: dict[str, str] = {}  # the customer each of those numbers is first written for
    for record in records if found else ():
        okey = okeys.get(record[ORDER_NO])
        if okey in found:
            firsts.setdefault(okey, record[CUSTOMER_KEY])
            if len(firsts) == len(found):
                break
    return {okey: owner for okey, owner in found.items() if firsts[okey] != owner[0]}


@dataclass
class Buyers:
    """The buyers of one order number: each unalike buyer's first name and order key (the
    stored ones first); the order key of every customer key met; the buyers this file names,
    as met (name, order key), and the rows it keys apart from the first of them."""

    number: str
    firsts: list[tuple[str, str]]
    keys: dict[str, str]
    met: list[tuple[str, str]] = field(default_factory=list)
    apart: list[tuple[str, int]] = field(default_factory=list)  # (sheet, row)


class SharedNumbers:
    """The order numbers of a file whose rows name other customers than their order's first,
    and those the store keeps apart for several buyers (`stored`)."""

    def __init__(self, stored: Stored | None = None, owners: Owners | None = None) -> None:
        self.numbers: dict[str, Buyers] = {  # by the number's own order key
            okey: Buyers("", [(name, key) for _, name, key in buyers],
                         {customer: key for customer, _, key in buyers})
            for okey, buyers in (stored or {}).items()}
        self.split: list[Buyers] = []  # those this file names unalike buyers of, as met
        self.elsewhere: list[Elsewhere] = []  # those kept apart from another ledger's order
        self.years: list[OtherYear] = []  # those kept apart from another year's order
        self._owners = owners

    def sheet(self, records: Sequence[Record], orders: Mapping[str, object]) -> dict[str, str]:
        """The own order key of each number of a sheet's `records` (keys.numbered_order_keys);
        a number it writes for several buyers, one of them the stored order's, keeps that
        order for its buyer (owners_named), whichever the sheet names first; a number the
        sheet writes only for buyers unalike another ledger's stored order of it is theirs
        apart (core.ledger.other_ledgers)."""
        okeys = numbered_order_keys(set(filter(None, map(itemgetter(ORDER_NO), records))))
        if self._owners is not None:
            okeys = self._years(records, okeys, orders, self._owners, self.years)
            for okey, (customer, name) in owners_named(
                    records, okeys, lambda key: key in orders or key in self.numbers,
                    self._owners).items():
                self.numbers[okey] = Buyers("", [(name, okey)], {customer: okey})
            if self._owners.others():
                self._apart(records, okeys, orders, self._owners)
                self._corrected(records, okeys, orders, self._owners)
        return okeys

    @staticmethod
    def _years(records: Sequence[Record], okeys: dict[str, str], orders: Mapping[str, object],
               owners: Owners, said: list[OtherYear]) -> dict[str, str]:
        """The sheet's numbers whose stored order is another year's and another order
        (core.ledger.year_books), keyed by the number and the sheet's order's year. The store
        is asked first which of the numbers it holds, and the sheet's orders are summed only
        where dated in another year than the stored order: a first import (an empty store) and
        next month's file (its orders held, of their year) sum none (perf55b)."""
        days = owners.days(sorted({key for key in okeys.values() if key not in orders}))
        if not days:
            return okeys
        earliest: dict[str, str] = {}  # own key -> its order's day, as Substance keeps it
        for record in records:
            if (number := record[ORDER_NO]) and (okey := okeys[number]) in days \
                    and not is_receipt_row(record):
                day = str(record[ORDER_DATE])[:10]
                if okey not in earliest or day < earliest[okey]:
                    earliest[okey] = day
        wanted = years_apart(earliest, days)  # next month's file: its orders held, same year
        if not wanted:
            return okeys
        named: Named = {}
        numbers: dict[str, str] = {}  # own key -> the number as first written
        for record in records:
            if (number := record[ORDER_NO]) and (okey := okeys[number]) in wanted \
                    and not is_receipt_row(record):
                numbers.setdefault(okey, number)
                named.setdefault(okey, {}).setdefault(record[CUSTOMER_KEY], record[CUSTOMER])
        sold = sheet_orders((r for r in records if not is_receipt_row(r)),
                            {n: k for n, k in okeys.items() if k in wanted})
        years = owners.another_year(named, sold, days)
        said.extend(OtherYear(numbers[key], *years[key], sold[key].day)
                    for key in named if key in years)
        return {number: year_key(key, sold[key].day) if key in years else key
                for number, key in okeys.items()} if years else okeys

    def _corrected(self, records: Sequence[Record], okeys: dict[str, str],
                   orders: Mapping[str, object], owners: Owners) -> None:
        """A number the store keeps apart for several buyers, written by the sheet for a buyer
        unalike all of them: where it is one of their orders corrected (its sum kept, or
        re-typed on its day, core.ledger.same_order) whose buyer the sheet names not, that
        order, moved to the buyer as a correction moves it; else an order of its own
        (:meth:`key`)."""
        new: dict[str, dict[str, str]] = {}  # own key -> customer key -> name
        kept: dict[str, set[str]] = {}  # own key -> the stored orders the sheet's buyers keep
        for record in records:
            okey = okeys.get(record[ORDER_NO])
            if okey is None or okey in orders or is_receipt_row(record) \
                    or (buyers := self.numbers.get(okey)) is None:
                continue
            key = buyers.keys.get(record[CUSTOMER_KEY]) or next((
                key for first, key in buyers.firsts if alike(first, record[CUSTOMER])), None)
            if key is None:
                new.setdefault(okey, {})[record[CUSTOMER_KEY]] = record[CUSTOMER]
            else:
                kept.setdefault(okey, set()).add(key)
        if not new:
            return
        sold = sheet_orders((r for r in records if not is_receipt_row(r) and r[CUSTOMER_KEY] in
                             new.get(okeys.get(r[ORDER_NO], ""), ())), okeys)
        stored = owners.orders([key for okey in new for _, key in self.numbers[okey].firsts])
        for okey, named in new.items():
            buyers = self.numbers[okey]
            found = next((key for _, key in buyers.firsts if key in stored and key not in
                          kept.get(okey, ()) and same_order(sold[okey], stored[key])), None)
            if found is not None:
                buyers.keys.update(dict.fromkeys(named, found))

    def _apart(self, records: Sequence[Record], okeys: dict[str, str],
               orders: Mapping[str, object], owners: Owners) -> None:
        """Another ledger's stored orders of the sheet's numbers it sells to other buyers
        only: kept their stored buyer's, each of those buyers' rows an order of its own (money
        received, a payer's, pays the stored order as before)."""
        named: Named = {}
        numbers: dict[str, str] = {}  # own key -> the number as first written
        for record in records:
            if (number := record[ORDER_NO]) and (okey := okeys[number]) not in orders \
                    and okey not in self.numbers and not is_receipt_row(record):
                numbers.setdefault(okey, number)
                named.setdefault(okey, {}).setdefault(record[CUSTOMER_KEY], record[CUSTOMER])
        def sold(keys: Container[str]) -> dict[str, Substance]:  # asked of the stored alone
            return sheet_orders((r for r in records if not is_receipt_row(r)),
                                {n: k for n, k in okeys.items() if k in keys})

        for okey, (customer, name, file) in owners.elsewhere(named, sold).items():
            self.numbers[okey] = Buyers("", [(name, okey)], {customer: okey})
            self.elsewhere.append(Elsewhere(numbers[okey], name, next(iter(named[okey].values())),
                                            file))

    def said(self) -> tuple[list[Buyers], list[Elsewhere], list[OtherYear]]:
        """What the report names: the numbers kept apart in the file, from other ledgers and
        from other years."""
        return self.split, self.elsewhere, self.years

    def key(self, okey: str, number: str, first: tuple[str, str] | None,
            customer: tuple[str, str], place: tuple[str, int], sale: bool) -> str:
        """The order key of a row numbered `number` (own key `okey`) naming `customer` (key,
        name) at `place`; `first` (key, name): the customer of the file's order keyed `okey`,
        if the file has one. An unalike buyer's is an order of its own, unless the number's own
        is free. Money received (a row typed 收款, no `sale`) may name a payer other than the
        buyer (a third party paying for the customer): it pays an order of the number, never
        makes one, the number's own unless it names another buyer of the number (a buyer's own
        wire naming another's cancelled or paid order is moved to him once the file is
        written: core.ledger.payer_own_first)."""
        buyers = self.numbers.get(okey)
        if buyers is None:
            if first is None:  # never so: a number met again under another customer
                return okey
            buyers = self.numbers[okey] = Buyers(number, [(first[1], okey)], {first[0]: okey},
                                                 [(first[1], okey)])
        buyers.number = buyers.number or number
        found = buyers.keys.get(customer[0])
        if found is None:
            found = next((key for name, key in buyers.firsts if alike(name, customer[1])), None)
            if found is None:
                if not sale:
                    return okey
                taken = any(key == okey for _, key in buyers.firsts)
                found = buyer_order_key(okey, customer[0]) if taken else okey
                buyers.firsts.append((customer[1], found))
            buyers.keys[customer[0]] = found
        if all(key != found for _, key in buyers.met):
            buyers.met.append((customer[1], found))
            if len(buyers.met) == 2:
                self.split.append(buyers)
        if found != buyers.met[0][1]:
            buyers.apart.append(place)
        return found


def kept_apart_messages(file: str, numbers: list[Buyers], elsewhere: Sequence[Elsewhere] = (),
                        years: Sequence[OtherYear] = ()) -> list[Message]:
    """A note per number kept apart (the first few: file, sheet, rows, buyers), then one
    naming the rest; `numbers` as their first rows kept apart are met; then one per other
    ledger whose numbers the file gives other buyers (`elsewhere`, other_ledgers)."""
    notes = [_note(file, buyers) for buyers in numbers[:SHARED_SHOWN]]
    rest = numbers[SHARED_SHOWN:]
    if rest:
        notes.append(Message("order_number_buyers_more", NP_(
            "{file}: {count} more order number is used by different buyers, each buyer's rows "
            "kept apart as an order of its own: {orders}.",
            "{file}: {count} more order numbers are used by different buyers, each buyer's "
            "rows kept apart as an order of its own: {orders}."),
            {"file": file, "count": len(rest), "orders": Listed(
                [Noted(b.number, Listed([name for name, _ in b.met])) for b in rest],
                SHARED_SHOWN)}))
    return [*notes, *elsewhere_messages(file, list(elsewhere), SHARED_SHOWN),
            *other_year_messages(file, list(years), SHARED_SHOWN)]


def _note(file: str, buyers: Buyers) -> Message:
    sheet = buyers.apart[0][0]
    rows = sorted(row for on, row in buyers.apart if on == sheet)
    names = [name for name, _ in buyers.met]
    return Message("order_number_buyers", NP_(
        "{file}, sheet “{sheet}”: order number {order} is used by different buyers: "
        "{customers}. Two buyers may use the same PO number, so each buyer's rows are an "
        "order of its own: row {rows} is kept apart from “{first}”'s order. If they are one "
        "customer, merge the names.",
        "{file}, sheet “{sheet}”: order number {order} is used by different buyers: "
        "{customers}. Two buyers may use the same PO number, so each buyer's rows are an "
        "order of its own: rows {rows} are kept apart from “{first}”'s order. If they are "
        "one customer, merge the names."),
        {"file": file, "sheet": sheet, "order": buyers.number, "customers": Listed(names),
         "count": len(rows), "rows": ranges_text(rows), "first": names[0]})


def shared_numbers(shared: dict[str, list[str]]) -> list[Message]:
    """The warning for order numbers written for several customers spelled alike (number ->
    the names, the order's own first; unalike buyers' rows are orders of their own): their rows
    are one order, of the first customer, and the others lose it, which the clerk should know."""
    if not shared:
        return []
    named = [Noted(number, Listed(names)) for number, names in shared.items()]
    return [Message("order_number_shared", NP_(
        "{count} order number is written for more than one customer: {orders}. Rows sharing "
        "an order number are one order, of the customer named first, so the others lose "
        "those orders. Give each customer's orders their own numbers, or merge the names if "
        "they are one customer.",
        "{count} order numbers are written for more than one customer: {orders}. Rows sharing "
        "an order number are one order, of the customer named first, so the others lose "
        "those orders. Give each customer's orders their own numbers, or merge the names if "
        "they are one customer."),
        {"count": len(named), "orders": Listed(named, SHARED_SHOWN)})]
