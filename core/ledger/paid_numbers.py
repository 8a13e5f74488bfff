"""A payment whose payer did not buy the invoice it names, booked to the one buyer that did.

A parent company often pays its subsidiary's invoice: the clerk's 收款登记 books the wire as the
bank slip reads, MEYER HOLDING AG in 付款单位, HXI-1 (Meyer Autoteile's invoice, 11,661 EUR due
11-10) in 发票号. Read as the payer's, the wire made MEYER HOLDING AG a customer holding 11,636
on account, while HXI-1 stayed open and Meyer Autoteile went on the watch list, then the black
list, with no word said (rv52b f3). A payment row naming an invoice or order number (loosely,
as core.ledger.noted_orders.sale_numbers reads it: an order's or an invoice's) that exactly one
customer bought, not its payer, and that is still open for about its sum (the firm's
tolerance, core.rules.Rules.shortfall, as core.ledger.deleted_orders.Shortfall reads it), is
that customer's money, booked to it as a 代付 note's payment is (core.ledger.paid_for.
booked_to), and the report says so once. A payer paying a number it bought itself keeps the
payment; a payer whose name is the buyer's written otherwise (VAN DIJK ONDERDELEN BV for Van
Dijk Onderdelen B.V.: paid_for.Named) is said as such, not as 代付; a number two customers'
sales answer to (one's order number, another's invoice number) moves nothing, nor does a sum
the sale is not open for. A payer that buys in its own right paying a little over what the
sale has open keeps the rest (_over_kept, rv56c s134d). The store's sales are read for
the numbers a sheet's payers did not buy only (StoredSales.named); the file's own sales, read
so far, stand for the store's of the same buyer and number (a file imported again is weighed
as before).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import Protocol, runtime_checkable

from core.i18n import N_
from core.ledger.deleted_orders import Shortfall
from core.ledger.noted_orders import loose_number, sale_numbers
from core.ledger.paid_for import Named, Said, booked_to
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    INVOICE_NO,
    ORDER_NO,
    PAYMENT_TERMS,
    RECEIVED,
    RECEIVED_DATE,
    ROW,
    STATUS,
    Record,
)
from core.messages import Message

# per loose number: per buyer's key, (name, currency, open: amount less received, terms)
Open = dict[str, dict[str, tuple[str, str, float, str | None]]]

# the store's sales, a line each (not cancelled, no credit note); a customer's numbers
_FROM = ("FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON "
         "c.id = o.customer_id WHERE l.amount > 0 AND NOT l.credit_note AND "
         "coalesce(o.status, '') != 'cancelled'")
_SALES = ("SELECT c.key, c.name, o.order_no, l.invoice_no, l.amount, coalesce(l.received_amount, "
          f"0), coalesce(l.currency, o.currency), o.payment_terms {_FROM}")
_OWN = f"SELECT o.order_no, l.invoice_no {_FROM} AND c.key = ?"


def _add(found: Open, key: str, name: str, numbers: Iterable[str],
         figures: tuple[float, float, str, str | None]) -> None:
    """A sale line's figures under each of `numbers` (loose numbers) it answers to."""
    amount, received, currency, terms = figures
    for number in numbers:
        buyers = found.setdefault(number, {})
        _, was, left, _ = buyers.get(key, (name, currency, 0.0, terms))
        buyers[key] = (name, currency if was == currency else "", left + amount - received,
                       terms)


class StoredSales:
    """The store's sales by the numbers they answer to, read when first asked and only for
    the numbers asked of (`named`): a payment naming a number its payer did not buy (`own`: a
    customer's numbers, by its key, read through its orders), so a register of buyers paying
    their own invoices reads no more than their orders, and one naming a few others' numbers
    no more than the lines holding them (acct52h read every line, 1M at a big firm, at the
    first: a 2-row register into a 100k store took 102 MB, not 48; rv52d p1)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.found: Open = {}
        self.asked: set[str] = set()
        self.shortfall = Shortfall(conn, date.today().isoformat())
        self.owned: dict[str, set[str]] = {}

    def own(self, key: str) -> set[str]:
        if key not in self.owned:
            self.owned[key] = {number for numbers in self.conn.execute(_OWN, (key,))
                               for number in sale_numbers(*numbers)}
        return self.owned[key]

    def owed_by(self, buyers: dict[str, tuple[str, str, float, str | None]], payer: str,
                paid: tuple[float, str | None, date | None]) -> tuple[str, str, str] | None:
        """The one buyer (key, name, currency) of a number a payment names (`buyers`: its
        sales' buyers) that is not its payer and owes about its sum (`paid`: the sum, its
        currency, its day) in that currency; None for a number two buyers share, or none."""
        if len(buyers) != 1 or payer in buyers:
            return None  # a number two buyers share (or none): the payer's, as read
        [(buyer, (name, currency, left, terms))] = buyers.items()
        amount, paid_in, day = paid
        if currency != (paid_in or currency) or left <= 0:
            return None
        if day is not None:
            self.shortfall.day = day
        if abs(left - amount) > self.shortfall(left, currency, terms):
            return None
        return buyer, name, currency

    def named(self, keys: set[str]) -> Open:
        """The sales answering to `keys` (loose numbers), of those asked so far."""
        keys = keys - self.asked
        self.asked |= keys
        ordered = sorted(keys)
        for start in range(0, len(ordered), _ASKED_AT_ONCE):
            chunk = set(ordered[start:start + _ASKED_AT_ONCE])
            where, values = _lines_naming(chunk)
            for key, name, order_no, invoice_no, amount, received, currency, terms in (
                    self.conn.execute(f"{_SALES} AND ({where})", values)):
                numbers = chunk & sale_numbers(order_no, invoice_no)  # its others: asked apart
                _add(self.found, key, name, numbers, (amount, received, currency or "", terms))
        return self.found


# a loose number's letters or digits as a line's number holds them (noted_orders.reference
# leaves a run's leading zeros and the hyphens beside it out, and folds ASCII to lower case):
# lines holding the runs, and those of other characters (ＰＩ-１, fold's NFKC), may hold it
_RUN = re.compile(r"[0-9]+|[a-z]+")
_OTHER = "{0} GLOB '*[^ -~]*'"


# the numbers asked of the store in one query: SQLite refuses an expression deeper than 1,000,
# and a register naming 600 proformas no file sells yet (PI-1 … PI-600) was refused whole,
# "the database could not be written" (acct55b)
_ASKED_AT_ONCE = 200


def _lines_naming(keys: set[str]) -> tuple[str, list[str]]:
    """SQL of the sale lines whose order or invoice number may be one of `keys` (loose
    numbers): a few more, never fewer (each is read as before: sale_numbers); every line
    where a key holds neither letters nor digits to look for."""
    runs = set()
    for key in keys:
        found = sorted(_RUN.findall(key), key=lambda run: (run[0].isdigit(), len(run)))
        if not found:
            return "1", []
        runs.add(found[-1])
    clauses = [_OTHER.format(column) for column in ("o.order_no", "l.invoice_no")]
    clauses += ["instr(lower(o.order_no), ?) OR instr(lower(l.invoice_no), ?)"] * len(runs)
    return " OR ".join(clauses), [run for run in sorted(runs) for _ in range(2)]


def sale_answers(r: Record) -> set[str]:
    """The loose numbers a file's row answers to as a sale that has a sum open (none: not
    such a sale)."""
    return sale_numbers(r[ORDER_NO], r[INVOICE_NO]) if _selling(r) else set()


def _selling(r: Record) -> bool:
    return bool(r[AMOUNT] and r[AMOUNT] > 0 and not r[CREDIT_NOTE] and r[CUSTOMER_KEY]
                and r[STATUS] != "cancelled")


def sold_open(sold: Iterable[Record], numbers: set[str] | None = None) -> Open:
    """The file's sale rows read so far by the loose numbers they answer to (those of
    `numbers` only, where given)."""
    here: Open = {}
    for r in sold:
        answers = sale_answers(r)
        if answers and (numbers is None or (answers := answers & numbers)):  # else adds none
            _add(here, r[CUSTOMER_KEY], r[CUSTOMER] or "", answers,
                 (r[AMOUNT], r[RECEIVED] or 0.0, r[CURRENCY] or "", r[PAYMENT_TERMS]))
    return here


@runtime_checkable
class Numbered(Iterable[Record], Protocol):
    """The file's rows so far that find their sale rows by number (core.ledger.sold_so_far)."""

    def naming(self, numbers: set[str]) -> list[Record]: ...


def for_numbers(records: list[Record], sold: Iterable[Record], stored: StoredSales | None,
                sheet: str) -> tuple[list[Record], list[Message]]:
    """The sheet's records, each payment row naming a number one other buyer bought and owes
    about its sum booked to that buyer (`sold`: the file's sale rows read so far); the
    report's note of each."""
    rows = [i for i, r in enumerate(records) if not r[AMOUNT] and (r[RECEIVED] or 0) > 0
            and (r[ORDER_NO] or r[INVOICE_NO]) and r[CUSTOMER_KEY] and not r[CREDIT_NOTE]]
    if not rows or stored is None:
        return records, []
    named = {loose_number(records[i][ORDER_NO] or records[i][INVOICE_NO]) for i in rows}
    if isinstance(sold, Numbered):  # the rows naming them looked up, not every row (perf57a)
        here = sold_open(sold.naming(named), named)
    else:
        sold = list(sold)  # the numbers its payments name alone: a tab's, not the file's
        here = sold_open(sold, named)
    out, said, others = list(records), [], {}
    for index in rows:
        record = records[index]
        key = loose_number(record[ORDER_NO] or record[INVOICE_NO])
        if record[CUSTOMER_KEY] not in here.get(key, {}) \
                and key not in stored.own(record[CUSTOMER_KEY]):  # else the payer's, as read
            others[index] = key
    found = stored.named(set(others.values())) if others else {}
    buying: set[str] | None = None  # every buyer of a numbered sale so far, when first asked
    rests: dict[int, Record] = {}
    for index, key in others.items():
        record = records[index]
        number = record[ORDER_NO] or record[INVOICE_NO]
        paid, day = record[RECEIVED], record[RECEIVED_DATE]
        buyers = {**found.get(key, {}), **here.get(key, {})}
        owed = stored.owed_by(buyers, record[CUSTOMER_KEY],
                              (paid, record[CURRENCY], day if isinstance(day, date) else None))
        if owed is None:
            continue
        buyer, name, currency = owed
        out[index] = booked_to(record, name, buyer)
        values = {"sheet": sheet, "row": record[ROW], "amount": f"{paid:,.2f} {currency}",
                  "payer": record[CUSTOMER] or "", "number": number, "customer": name}
        over = round(paid - buyers[buyer][2], 2)
        if over > 0.005 and buying is None:
            buying = {r[CUSTOMER_KEY] for r in sold
                      if _selling(r) and (r[ORDER_NO] or r[INVOICE_NO])}
        if over > 0.005 and (record[CUSTOMER_KEY] in (buying or ()) or stored.own(
                record[CUSTOMER_KEY])):
            rests[index] = _over_kept(record, over)  # a buyer's slip over the other's open
            out[index] = (*out[index][:RECEIVED], paid - over, *out[index][RECEIVED + 1:])
            said.append(Message("paid_for_number_over", N_(
                "Sheet “{sheet}” row {row}: {amount} paid by {payer} for {number} of "
                "{customer}, which only {customer} bought and which was open for {open}: that "
                "much counted as {customer}'s money (代付); the other {rest} kept as {payer}'s, "
                "on its own open invoices, then on account. If it was all for {number}, "
                "correct the row and import the file again."), {
                    **values, "open": f"{paid - over:,.2f} {currency}",
                    "rest": f"{over:,.2f} {currency}"}))
            continue
        if Named((buyer,))(Said(record[CUSTOMER] or "", True)) == buyer:  # VAN DIJK … BV
            said.append(Message("paid_for_number", N_(
                "Sheet “{sheet}” row {row}: {amount} paid by {payer} for {number} of "
                "{customer}, the same name written otherwise: counted as {customer}'s money."),
                values))
            continue
        said.append(Message("paid_for_number", N_(
            "Sheet “{sheet}” row {row}: {amount} paid by {payer} for {number} of {customer}, "
            "which only {customer} bought and which was open for that sum: counted as "
            "{customer}'s money, as a payment made for it (代付). If {payer} is the customer, "
            "correct the number and import the file again."), values))
    return [row for index, record in enumerate(out)
            for row in ((record, rests[index]) if index in rests else (record,))], said


def _over_kept(record: Record, over: float) -> Record:
    """What a buyer pays over another buyer's open invoice it names: its own, naming no number
    (acct56b's rule for several invoices, rv56c s134d: Global Trading LLC's 8,030 for FZE's
    INV-2, 8,000 open, gave FZE 30 on account while the LLC's own 5,000 stayed open). A payer
    buying nothing leaves the whole to the buyer: the rest would make it a customer."""
    cleared = tuple(None if at in (ORDER_NO, INVOICE_NO) else value
                    for at, value in enumerate(record))
    return (*cleared[:RECEIVED], over, *cleared[RECEIVED + 1:])
