"""Rows into orders and lines: the keys that make next month's ledger update, not double.

A row is an order line. Rows sharing an order number are one order (but an unalike buyer's rows
writing the same number are an order of their own: core.ledger.order_buyers); where the ledger also
has invoice numbers, those are shipments of the order. A line is known again by its order number,
product and its place among the order's rows with that product (a later tab's row in that place
with another amount, noted as another lot (第二批, 分批…), is another lot of the product:
core.ledger.lot_words.other_lot); a ledger without order numbers keys a row by customer, order date
and product plus its place among the identical rows of its sheet (:mod:`core.ledger.keys`). Credit
notes are lines too: they name the invoice they reduce (``credit_ref``), and an order made only of
credit notes is flagged, never an order.

:class:`OrderBook` takes a file's sheets one after another and keeps, per order, only what the
order's row needs (its first line's number, customer and currency, the first filled terms,
Incoterm, salesperson and country, the earliest date, what its lines say about its status), so the
rows themselves can be packed away (core.ledger.held_sheets). Orders are ranked as first seen and
lines indexed within their order: (rank, index) is the order a reader of the grouped file would
meet them in, which ids, reports and "first" follow.

A line's status is the last one the file writes for it: a year-to-date workbook's March tab may
cancel, dispute or reinstate (已恢复) an order its February tab showed otherwise, and a blank on a
later tab keeps it, as a plain 正常 keeps a cancellation (normalise.later_status).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from core.ledger import lot_words
from core.ledger.alike_lines import AlikeLines, StoredAlike, keyed_paid
from core.ledger.buyer_rows import row_keys
from core.ledger.credit_lines import CREDITED, CreditPlaces
from core.ledger.customer_facts import Customer, filled
from core.ledger.keys import (
    PaidApart,
    described_order_key,
    paid_order_key,
    paid_part,
    unnumbered_day,
    written_over,
)
from core.ledger.lot_words import TOLERANCE, row_lot, shown
from core.ledger.normalise import fold, later_status
from core.ledger.noted_returns import noted_key, noted_pair
from core.ledger.order_buyers import Owners, SharedNumbers, Stored
from core.ledger.order_sums import CANCELLED, CREDIT_NOTE, Order
from core.ledger.payment_places import PaymentPlaces, StoredPayments
from core.ledger.record import (
    AMOUNT,
    CUSTOMER,
    CUSTOMER_KEY,
    NOTES,
    ORDER_DATE,
    ORDER_NO,
    PRODUCT,
    RECEIVED,
    RECEIVED_DATE,
    ROW,
    SHEET,
    SHIP_DATE,
    STATUS,
    STATUS_TEXT,
    Record,
    received_in,
)
from core.ledger.record import CREDIT_NOTE as IS_CREDIT_NOTE
from core.ledger.seen_lines import SeenLines
from core.ledger.stored_lots import StoredLots
from core.ledger.tab_notes import TabNotes
from core.ledger.typed_rows import is_receipt_row, receipt_places


def raised(amount: float, later: float) -> bool:
    """Does a later tab's amount for a line it repeats correct the line's? Only a higher one
    does: a lower one is the balance left, read as what was received (core.ledger.line_values)."""
    return later > amount + TOLERANCE


@dataclass
class SheetGroups:
    """Where each record of a sheet belongs: its order's rank, its index in the order, its
    line key, and whether an earlier tab of the file had the same line (a repeat)."""

    ranks: list[int] = field(default_factory=list)
    indexes: list[int] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    repeats: list[bool] = field(default_factory=list)


class OrderBook:
    """The orders of one file as its sheets arrive, in first-seen order."""

    def __init__(self, stored: Stored | None = None, stored_paid: StoredPayments | None = None,
                 stored_lots: StoredLots | None = None, credits: CreditPlaces | None = None,
                 owners: Owners | None = None, alike: StoredAlike | None = None) -> None:
        """`alike`: the stored lines of an order's product, by place (core.ledger.alike_lines);
        `stored`: the numbers the store keeps apart for several buyers, `owners` the stored
        orders of some numbers' own keys (order_buyers); `stored_paid`: the stored payment
        lines of a key's part (core.ledger.payment_places);
        `stored_lots`: a stored line, for a row saying another lot (core.ledger.stored_lots);
        `credits`: the store's sales and credit notes, for a credit note (credit_lines)."""
        self._credits = credits or CreditPlaces(None)
        self.orders: dict[str, Order] = {}
        self.customers: dict[str, Customer] = {}
        # every line key met, with the status the file last wrote for the line (CREDIT_NOTE:
        # a credit note's, whose status counts for nothing), and its last showing's amount,
        # lot words and ship date (another lot of its product is a line of its own: other_lot),
        # kept compact: a million keys are the peak of a big file's reading (mem45)
        self._seen = SeenLines()
        self._stored_lots, self._alike = stored_lots, AlikeLines(alike)
        self._payments = PaymentPlaces(stored_paid)  # payment rows' places (payment_places)
        self.cancelled: dict[str, tuple[tuple[int, int], Record]] = {}  # sales left cancelled
        self._folded: dict[str, str] = {"": ""}
        # orders whose rows name other customers than the order's: rank -> (number, names)
        self._shared: dict[int, tuple[str, dict[str, str]]] = {}
        # the line keys a later tab of the file shows again (a year-to-date workbook): the
        # writer counts such a line once, on what the file leaves it
        self.shown_again: set[str] = set()
        # the rows read as another lot of a line an earlier tab showed (other_lot), and of one
        # only an earlier file stored (core.ledger.stored_lots): (sheet, row)
        self.lots: list[tuple[str, int]] = []
        self.filed_lots: list[tuple[str, int]] = []
        self.passed: list[tuple[str, float]] = []  # stored lines a lot passed: key, its amount
        # payment rows keyed apart: (the key a sale in their place has, sheet, row)
        self.paid_apart: list[PaidApart] = []
        # order numbers written for other customers than their order's first: an unalike
        # buyer's rows are an order of its own (core.ledger.order_buyers)
        self.buyers = SharedNumbers(stored, owners)
        self.notes = TabNotes(self._credits, CREDIT_NOTE)  # an earlier tab's, in a sale's place

    def add(self, records: list[Record], payments: frozenset[int] = frozenset()
            ) -> SheetGroups:
        """Group one sheet's records. Identical rows without an order number are told apart
        by their place in their sheet, so a row repeated on a later tab of the same file (a
        carried-forward invoice) is the same row. A row typed as a payment (`payments`: row
        numbers) is a line of its own kind (keys.PAID): next month's payment on an order is
        no repeat of, and never overwrites, the order's sale, whose place it would take."""
        groups = SheetGroups()
        if payments:
            self._payments.sheet(records, payments)
        ranks, indexes, keys, repeats = groups.ranks, groups.indexes, groups.keys, groups.repeats
        occurrences, places = defaultdict[str, int](int), defaultdict[str, int](int)
        jumped: dict[str, set[int]] = {}  # payment places past a place left to another payment
        lots: dict[str, list[int]] = {}  # places passed over for another lot (other_lot)
        orders, seen, folded, customers = self.orders, self._seen, self._folded, self.customers
        # a row's calls asked only where they could answer (most rows: none; perf60a)
        stored_lots, notes, shown_again = self._stored_lots, self.notes, self.shown_again
        notes_at, returns_of = notes.at, notes.returns_of
        leads, paid_in = filled(records), receipt_places(records)  # each a column at once
        okeys = row_keys(self.buyers, records, self.buyers.sheet(records, orders), orders, paid_in)
        self._alike.sheet(records, payments, okeys, folded)  # lines matched by likeness
        sale: tuple[Record, str, str] | None = None  # the last row: record, order and line
        at, occurrence = self._alike.at, self._alike.occurrence  # (most sheets: none)
        for position, record in enumerate(records):
            if sale is not None and record[IS_CREDIT_NOTE] and noted_pair(sale[0], record):
                okey, lkey = sale[1], noted_key(sale[2])  # after its sale's line, no place
                self._credits.noted(lkey, record[AMOUNT], record[NOTES])  # a later note: it
                order = orders.get(okey)
            else:
                product = record[PRODUCT] or ""
                product_key = folded.get(product)
                if product_key is None:
                    product_key = folded[product] = fold(product)
                number = record[ORDER_NO]
                if number:  # each buyer's (core.ledger.order_buyers.row_keys)
                    okey = okeys[position]
                    order = orders.get(okey)
                else:
                    identity = "|".join((record[CUSTOMER_KEY], record[ORDER_DATE], product_key))
                    okey = described_order_key(identity, occurrence.get(
                        position, occurrences[identity]))  # matched by likeness (key44)
                    occurrences[identity] += 1
                    order = orders.get(okey)
                part = f"{okey}|{product_key}"  # keys.line_key without folding again
                lkey = f"{part}#{at.get((position, part), places[part]) if at else places[part]}"
                paid_row = payments and keyed_paid(record, payments)
                if not paid_row and (part in lots or (lkey in seen or stored_lots is not None)
                                     and self._other(lkey, record)):  # (rare)
                    lkey, passed = self._lot(part, places, lots, record)
                    if passed and lkey not in seen and row_lot(record):  # said (other_lots)
                        (self.lots if passed > 1 else self.filed_lots).append((record[SHEET],
                                                                               record[ROW]))
                else:
                    places[part] += 1
                if record[IS_CREDIT_NOTE]:  # keyed apart where a sale holds its place
                    lkey = self._credits.line(lkey, part, record[ORDER_DATE], record[SHEET], (
                        lambda key: None if key not in seen else seen[key][0] != CREDIT_NOTE),
                        record[AMOUNT], record[NOTES])
                if paid_row:
                    self.paid_apart.append(PaidApart(lkey, record[SHEET], record[ROW],
                                                     record[RECEIVED], record[RECEIVED_DATE]))
                    if number:  # known by its sum, currency and day (keys.DAY)
                        paid = part + paid_part(record[RECEIVED], record[RECEIVED_DATE],
                                                received_in(record))
                    else:  # the day's payments: an order of their own, each known by its sum
                        okey = paid_order_key("|".join((record[CUSTOMER_KEY], unnumbered_day(
                            record[RECEIVED_DATE], record[ORDER_DATE]), product_key)))
                        order = orders.get(okey)
                        paid = f"{okey}|{product_key}" + paid_part(record[RECEIVED], None,
                                                                   received_in(record))
                    lkey = f"{paid}#{self._payments.take(paid, record, places, jumped, seen)}"
            if lkey in notes_at:  # (rare) a sale moves it: core.ledger.tab_notes
                notes.sale(lkey, part, record, seen, order)
            if returns_of:  # another product's (tab_notes)
                notes.order_sale(lkey, record, seen, order)
            sale = (record, okey, lkey)
            repeat, apart = lkey in seen, CREDITED in lkey
            if repeat:
                shown_again.add(lkey)
            elif record[IS_CREDIT_NOTE] or record[STATUS_TEXT]:  # TabNotes.saw's own pre-test
                notes.saw(lkey, record, position, repeat)
            if order is None:
                order = orders[okey] = Order(okey, len(orders), record, repeat,
                                             position in paid_in, apart)
                index = 0
            else:
                index = order.lines
                order.add(record, repeat, apart)
                # a payment's payer is no second buyer (a sister firm's 收款登记 line naming
                # the buyer's invoice pays that order, its sale rows' customer's: rv57b s6)
                if record[CUSTOMER_KEY] != order.customer_key and position not in paid_in:
                    self._shared.setdefault(order.rank, (order.order_no or number, {
                        order.customer_key: order.customer}))[1].setdefault(
                            record[CUSTOMER_KEY], record[CUSTOMER])
            self._status(order, lkey, index, record, repeat)
            ranks.append(order.rank)
            indexes.append(index)
            keys.append(lkey)
            repeats.append(repeat)
            customer = customers.get(record[CUSTOMER_KEY])
            if customer is None:
                customer = customers[record[CUSTOMER_KEY]] = Customer(
                    record[CUSTOMER_KEY], (order.rank, index), (record[ORDER_DATE], order.rank,
                                                                index), record)
            customer.saw(record, order.rank, index, leads)  # a first row gives its facts too
        self.notes.sheet += 1
        return groups

    def _lot(self, part: str, places: dict[str, int], lots: dict[str, list[int]],
             record: Record) -> tuple[str, int]:
        """The line key of a sheet's row of `part` (order and product) where an earlier tab's
        line in its place is another lot (other_lot): a place passed over before whose line
        it repeats, else the next place that is no other lot's; and whether it passed over
        another lot's line: 2 an earlier tab's, 1 only a stored one, 0 none."""
        passed = lots.setdefault(part, [])
        other = 0
        for n in passed:
            key = f"{part}#{n}"
            if not self._other(key, record):
                passed.remove(n)
                return key, other
            other = self._pass(other, key, record)
        n = places[part]
        while self._other(key := f"{part}#{n}", record):
            passed.append(n)
            n, other = n + 1, self._pass(other, key, record)
        places[part] = n + 1
        return key, other

    def _pass(self, other: int, key: str, record: Record) -> int:
        """_lot's `other` once the row passed `key`; a stored line passed is kept in `passed`."""
        if key in self._seen:
            return 2
        self.passed.append((key, record[AMOUNT]))  # core.ledger.lot_balances
        return max(other, 1)

    def _other(self, key: str, record: Record) -> bool:
        """Is the row another lot than the line `key` an earlier tab or file showed?"""
        seen, stored = self._seen, self._stored_lots
        if key in seen:
            line: lot_words.Shown | None = seen[key][1:]
            says = stored is not None and lot_words.says(record)
        elif stored is None or (line := stored(key, says := lot_words.says(record))) is None:
            return False  # most rows: a first showing, no stored line (lot_words.another)
        return lot_words.another(key, record, lambda at: line if at == key else seen[at][1:]
                                 if at in seen else stored(at, says) if stored else None)

    def _status(self, order: Order, key: str, index: int, record: Record, repeat: bool
                ) -> None:
        """The line's status as the file has it so far: a first showing sets it, a later
        tab's filled cell replaces it (the credit-note mark stays the first showing's)."""
        status = record[STATUS]
        if not repeat:  # a first showing: its status and lot_words.shown's, put as they are
            if record[IS_CREDIT_NOTE] or (not record[AMOUNT] and is_receipt_row(record)):
                status = CREDIT_NOTE  # its status counts for none
            self._seen.put(key, status, record[AMOUNT], row_lot(record), record[SHIP_DATE])
        else:
            shown_as = shown(record)
            before = self._seen[key][0]
            self._seen[key] = (before, *shown_as)
            if before == CREDIT_NOTE:
                return
            status = later_status(before, status, False)  # a later tab's 正常: a copy
            if status == before:
                return
            self._seen[key] = (status, *shown_as)
            order.restate(before, status)
            if before == CANCELLED:
                del self.cancelled[key]
        if status == CANCELLED:
            self.cancelled[key] = ((order.rank, index), record)

    def sheets_done(self) -> None:
        """Every sheet is in: the payment rows keyed apart at a line of the file's own told
        (keys.written_over), the line keys kept to tell a repeat are let go (a million keys)."""
        self.paid_apart, self._seen = written_over(self.paid_apart, self._seen), SeenLines()
        self._payments.clear()
        self._alike.clear()

    def keys_as_bytes(self) -> None:
        """The file's sheets are packed: the line keys met held as bytes (seen_lines)."""
        self._seen.as_bytes()

    def shared(self) -> dict[str, list[str]]:
        """Order numbers written for several customers, in the file's order: the names."""
        return {number: list(names.values())
                for _, (number, names) in sorted(self._shared.items())}

    def ranked(self) -> list[Order]:
        return list(self.orders.values())

