"""The lists two rows of one wire stand on, as the bank's reading of it asks them.

One sum on two near days is one wire only where something vouches for it (core.ledger.
payment_lines.vouched): a reference none of the customer's numbers, or a row's list holding
the other row's month. Both rules pairing a stored payment with a new one ask it alike: the
bank's reading of two lists (core.ledger.payments_seen) and a re-sent file's payment at an
earlier one's place (core.ledger.corrected_payments, where March's 03-31 and April's 04-01
instalments were taken for one payment re-dated: 5,000 dropped, pay35b).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict

from core.ledger.keys import DESCRIBED
from core.ledger.noted_orders import account_numbers, numbers_of, reference, wire_references
from core.ledger.payment_lines import MARK, VALUE_DAY, Pair, Stored, bank_read, vouched


def customer_numbers(conn: sqlite3.Connection, customers: set[int]) -> dict[int, dict[str, str]]:
    """Each customer's order and invoice numbers (core.ledger.noted_orders.numbers_of)."""
    pairs: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
    for customer, order, invoice in conn.execute(
            "SELECT o.customer_id, o.order_no, l.invoice_no FROM orders o JOIN order_lines l ON "
            "l.order_id = o.id WHERE o.customer_id IN (SELECT value FROM json_each(?)) AND "
            "o.order_no IS NOT NULL", (json.dumps(sorted(customers)),)):
        pairs[customer].append((order, invoice))
    return {customer: numbers_of(found) for customer, found in pairs.items()}


_DIGITS = re.compile(r"[0-9]+")


class Lists:
    """Whether a stored row's list (its file's sheet) holds payments of a month, and the
    customers' order and invoice numbers: asked only of rows of one sum a few days apart, or
    one giving the bank's reference alone (rare), so read then, each list and month once."""

    def __init__(self, conn: sqlite3.Connection, customers: set[int]) -> None:
        self.conn, self.customers = conn, customers
        self.known: dict[tuple[str | None, str | None, str], bool] = {}
        self.read: dict[int, dict[str, str]] | None = None
        self.others: dict[str, bool] = {}
        self.told: dict[int, frozenset[str]] = {}
        self.owned: dict[int, tuple[str, ...]] = {}
        self.held: dict[tuple[str | None, str | None, int], Counter[str]] = {}
        self.spread: dict[int, dict[str, set[tuple[str, str]]]] = {}

    def numbers(self, customer: int) -> dict[str, str]:
        if self.read is None:
            self.read = customer_numbers(self.conn, self.customers)
        return self.read.get(customer, {})

    def own(self, customer: int) -> tuple[str, ...]:
        """The customer's numbers and the reference keys of its name's words (Pacific 88
        Ltd's 88, A1 Trading's A1, 7-Eleven, 深圳88贸易's 88): a bank's list gives the
        remitter's name on its every wire, no one wire's reference (fx42c: two instalments
        of 03-31 and 04-01 noted with the name were one wire, 5,000 more open). Read once a
        customer: asked of every pair of rows weighed as one wire (value_day)."""
        if customer not in self.owned:
            names = self.conn.execute("SELECT name FROM customers WHERE id = ?", (customer,))
            self.owned[customer] = (*self.numbers(customer), *(
                key for (name,) in names for key in wire_references(name)))
        return self.owned[customer]

    def keys(self, customer: int) -> frozenset[str]:
        """The reference keys (noted_orders.reference) of the customer's numbers and name
        (:meth:`own`), read once: asked of every pair of rows weighed as one wire
        (core.ledger.wire_told.rows_told)."""
        if customer not in self.told:
            self.told[customer] = frozenset(map(reference, self.own(customer)))
        return self.told[customer]

    def references(self, line: Stored) -> Counter[str]:
        """How many payments of the line's customer its list (file and sheet) gives each wire
        reference in (noted_orders.wire_references; one cleared as a copy too), each list
        read once (core.ledger.lump_wires.listed_alone)."""
        key = (line.source, line.place[0], line.place[1])
        if key not in self.held:
            self.held[key] = Counter(ref for (notes,) in self.conn.execute(
                "SELECT l.notes FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE "
                "l.source_file IS ? AND l.source_sheet IS ? AND o.customer_id = ? AND "
                "instr(l.line_key, ?) > 0", (*key, MARK)) for ref in wire_references(notes))
        return self.held[key]

    def given(self, customer: int) -> dict[str, set[tuple[str, str]]]:
        """Each wire reference the customer's rows give (noted_orders.wire_references), with
        the (day, order key) of every row giving it: the stored lines, this file's among them,
        and those set aside as a wire listed twice or a near day's (core.ledger.set_aside),
        read once. A reference of one day and order is one wire's; on another day or order
        it is reused (the payer's, a contract's): no wire's alone (lump_wires.near_rows,
        fix40c)."""
        if customer not in self.spread:
            found: dict[str, set[tuple[str, str]]] = defaultdict(set)
            rows = [(notes, str(day or "")[:10], key) for notes, day, key in self.conn.execute(
                "SELECT l.notes, l.received_date, o.order_key FROM order_lines l JOIN orders o "
                "ON o.id = l.order_id WHERE o.customer_id = ? AND l.notes IS NOT NULL",
                (customer,))]
            for line, order in self.conn.execute(
                    "SELECT s.line_row, s.order_row FROM set_aside_lines s JOIN customers c ON "
                    "c.key = s.customer_key WHERE c.id = ?", (customer,)):
                kept, placed = json.loads(line), json.loads(order)
                rows.append((kept.get("notes"), str(kept.get("received_date") or "")[:10],
                             placed.get("order_key")))
            for notes, day, key in rows:
                for ref in wire_references(notes):
                    found[ref].add((day, "" if str(key).startswith(DESCRIBED) else str(key)))
            self.spread[customer] = found
        return self.spread[customer]

    def alone(self, refs: set[str], *rows: Stored) -> bool:
        """Whether one of the wire references `refs` the rows share is their wire's alone, what
        ties rows a few banking days apart (fix40c): no payer's account number (noted_orders.
        account_numbers: "汇款账号 6217001234" on each of the buyer's wires), and given by no
        row of their customer on another day or order than theirs (given: "TT-881" reused on
        a third row). Without, a buyer's second 5,000 was dropped as the first's value day."""
        wires = refs.difference(*(account_numbers(row.notes) for row in rows))
        ours = {(str(row.day)[:10], row.place[2]) for row in rows}
        return bool(wires) and any(self.given(rows[0].place[1]).get(ref, set()) <= ours
                                   for ref in wires)

    def anyones(self, key: str) -> bool:
        """Whether a reference key (noted_orders.reference) is any stored order's or
        invoice's number (another customer's K-7 a payment's note quotes: no wire's own);
        the orders holding its last digits read, each key once."""
        if key not in self.others:
            runs = _DIGITS.findall(key)
            part = (runs[-1].lstrip("0") or "0") if runs else key
            self.others[key] = any(reference(number) == key for (number,) in self.conn.execute(
                "SELECT order_no FROM orders WHERE instr(order_no, ?) > 0 UNION "
                "SELECT invoice_no FROM order_lines WHERE instr(invoice_no, ?) > 0",
                (part, part)))
        return self.others[key]

    def __call__(self, line: Stored, month: str) -> bool:
        key = (line.source, line.place[0], month)
        if key not in self.known:
            self.known[key] = self.conn.execute(
                "SELECT 1 FROM order_lines WHERE source_file IS ? AND source_sheet IS ? AND "
                "received_amount IS NOT NULL AND substr(received_date, 1, 7) = ? LIMIT 1",
                key).fetchone() is not None
        return self.known[key]


def value_day(pair: Pair, lists: Lists) -> bool:
    """Whether two rows of one sum on near days under one reference are one wire on the
    bank's value day, vouched (payment_lines.vouched): the invoice alone is what two equal
    instalments share too."""
    return bank_read(pair) == VALUE_DAY and vouched(pair, lists.own(pair.new.place[1]), lists)
