"""Money a buyer in its own right says it paid for another buyer: that buyer's (rv54d e4, e11).

A payer that buys in its own right keeps what it pays (fix54e, fix54p R5: a buyer's own
prepayment for its next "INV-2" is never placed on Beta's INV-2 sold by another clerk's book).
But an agent who also buys, Hassan Ali Mohamed, wires Khartoum Star Trading's 8,430.80 writing
代Khartoum Star付款, or Khartoum's INV2501-06 in 对应发票: his money held 8,431 on account and
Khartoum Star went black for 97 days. Money a buyer's row says outright is for another buyer,
naming that buyer's sale still open (one or several: core.ledger.payer_named splits them by
their open sums) for no more than it has open, or a 代…付款 note naming the buyer (the first
two or more words of its name will do), is that buyer's; a bare name in a cell, a number the
payer bought itself, one sold by nobody yet, or more money than the papers have open stays
the payer's, as before.

One firm written two ways, both buying ("AL BARAKA GENERAL TRADING LLC" in the bank's months,
"Al Baraka General Trading" in the clerk's), one spelling paying the other's invoice by its
number: the money is moved as above, and the report names the pair as likely one firm. They
are not joined here: Global Trading and Global Trading FZE may be two buyers each paying its
own, and only the clerk's merge (Customers) makes them one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from core.i18n import N_
from core.ledger.noted_orders import loose_number, references, sale_numbers
from core.ledger.own_goods import CLAUSES
from core.ledger.paid_for import MARKS, Named, Said, booked_to
from core.ledger.paid_numbers import Open, StoredSales
from core.ledger.payer_fits import owed
from core.ledger.plan_said import paid_later
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    INVOICE_NO,
    NOTES,
    ORDER_DATE,
    ORDER_NO,
    RECEIVED,
    RECEIVED_DATE,
    ROW,
    STATUS,
    Record,
)
from core.ledger.rows_by_order import RowsByNumber
from core.messages import Listed, Message
from core.overrides import merged_keys
from core.rates import Rates

# a customer's orders placed after a day (orders_customer, then each of its orders)
_PLACED_AFTER = ("SELECT o.order_no FROM orders o JOIN customers c ON c.id = o.customer_id "
                 "WHERE c.key = ? AND o.order_no IS NOT NULL AND o.order_date > ?")


def _day(value: object) -> str | None:
    """A row's date as an ISO day (the records hold ISO text; a date read as one); None:
    no date."""
    if isinstance(value, date):
        return value.isoformat()[:10]
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None


class OtherBuyers:
    """The file's sale rows read so far and the store's, asked of a buyer's money: its own
    numbers, indexed once (a register of buyers paying their own invoices reads no more)."""

    def __init__(self, sold: list[Record], stored: StoredSales | None) -> None:
        self.sold = sold
        self.stored = stored
        self.owned: dict[str, set[str]] | None = None
        self.counts_as: Callable[[str], str] | None = None
        self.numbers: set[str] = set()  # every number the file's sale rows answer to
        self.paired: set[tuple[str, str]] = set()  # the pairs said likely one firm
        self.rows: dict[str, list[Record]] | None = None  # the file's rows by customer key
        self.given: dict[str, dict[str, float]] = {}  # the sheet's money moved to a buyer,
        # by its currency, so far
        self.rates: Rates | None = None
        # the file's sale rows and receipts by the numbers they answer to (payer_named._open)
        self.by_number: tuple[RowsByNumber[Record], RowsByNumber[Record]] | None = None

    def _index(self) -> dict[str, set[str]]:
        if self.owned is None:
            self.owned = {}
            for r in self.sold:
                if r[CUSTOMER_KEY] and (r[AMOUNT] or 0) > 0:
                    self.owned.setdefault(r[CUSTOMER_KEY], set()).update(
                        sale_numbers(r[ORDER_NO], r[INVOICE_NO]))
            self.numbers = set().union(*self.owned.values())
        return self.owned

    def own(self, key: str) -> set[str]:
        return self._index().get(key, set()) | (self.stored.own(key) if self.stored else set())

    def sold_any(self, numbers: set[str]) -> bool:
        """Does the file or the store sell one of `numbers`? A number no one sold yet (a
        buyer's own prepayment for its next order, fix54p R5) is never read against every
        sale row (a register of such rows stays linear)."""
        self._index()
        return bool(numbers & self.numbers) or self.stored is not None and not numbers.isdisjoint(
            self.stored.named(numbers))

    def open_of(self, key: str, currency: str | None, day: date | None = None,
                until: str | None = None) -> float:
        """What the buyer `key` has open, in `currency` (blank: its rows' own): the file's rows
        read so far, sold less received (a receipt naming the invoice number of a sale keyed by
        its contract number nets it too), its stored orders the file sells not over them, less
        what this sheet moved to it already (a note copied down the column, rv55c s30b). Each
        currency weighed at the rates in Settings on the wire's `day` (core.rates): Khartoum's
        8,000 EUR open is some 8,640 USD an agent's dollar wire pays, not nothing (rv55g s81).
        `until` (an ISO day): of the orders placed by then only (what it owed on a wire's
        day)."""
        if self.rows is None:
            self.rows = {}
            for r in self.sold:
                if r[CUSTOMER_KEY] and r[STATUS] != "cancelled":
                    self.rows.setdefault(r[CUSTOMER_KEY], []).append(r)
        rows = self.rows.get(key, ())
        later = set() if until is None else self._placed_after(key, rows, until)
        if later:  # an order placed after `until`, and the money naming it: none owed then
            rows = [r for r in rows if not (sale_numbers(r[ORDER_NO], r[INVOICE_NO]) & later)]
        left = sum(self._worth((r[AMOUNT] or 0.0) - (r[RECEIVED] or 0.0), r[CURRENCY], currency,
                               day) for r in rows)
        sold = {n for r in rows if (r[AMOUNT] or 0) > 0
                for n in sale_numbers(r[ORDER_NO], r[INVOICE_NO])}
        if self.stored is not None:
            left += sum(self._worth(part, paid_in, currency, day)
                        for number, (paid_in, part, _) in owed(key, (), self.stored).items()
                        if part > 0 and number not in sold and number not in later)
        return left - sum(self._worth(amount, given_in, currency, day)
                          for given_in, amount in self.given.get(key, {}).items())

    def _placed_after(self, key: str, rows: Iterable[Record], until: str) -> set[str]:
        """The numbers (loose) of the buyer's orders placed after the ISO day `until`, the
        file's and the store's: an order not placed by a wire's day was nothing owed then."""
        found = {n for r in rows if (r[AMOUNT] or 0) > 0 and (_day(r[ORDER_DATE]) or "") > until
                 for n in sale_numbers(r[ORDER_NO], r[INVOICE_NO])}
        if self.stored is not None:
            found |= {loose_number(number) for (number,) in self.stored.conn.execute(
                _PLACED_AFTER, (key, until))}
        return found

    def owed_then(self, record: Record, key: str) -> float:
        """What the buyer `key` owed on the day of `record` (a wire), in its currency: its
        open (:meth:`open_of`) but the orders placed after; undated, all it has open."""
        day = record[RECEIVED_DATE]
        return round(self.open_of(key, record[CURRENCY], day, _day(day)), 2)

    def owes_itself(self, record: Record) -> float:
        """What the payer of `record` has open before it (:meth:`open_of`, the row itself, read
        with the file's rows, not yet taken off)."""
        left = self.open_of(record[CUSTOMER_KEY], record[CURRENCY], record[RECEIVED_DATE])
        return left + sum(r[RECEIVED] or 0.0 for r in (self.rows or {}).get(
            record[CUSTOMER_KEY], ()) if r[ROW] == record[ROW] and r[0] == record[0])

    def _worth(self, amount: float, source: str | None, target: str | None,
               day: date | None) -> float:
        """`amount` of `source` in `target` at the rates in Settings; 0 without a rate."""
        if not amount or not source or not target or source == target:
            return amount
        if self.rates is None and self.stored is not None:
            self.rates = Rates(self.stored.conn, target)
        ratio = self.rates.ratio(source, target, day or date.today()) if self.rates else None
        return amount * ratio if ratio else 0.0

    def give(self, key: str, amount: float, currency: str | None) -> None:
        """`amount` of this sheet's money moved to the buyer `key`."""
        given = self.given.setdefault(key, {})
        given[currency or ""] = given.get(currency or "", 0.0) + amount

    def merged(self, one: str, other: str) -> bool:
        """Has the clerk merged the two customers already (core.overrides.merged_keys)?"""
        if self.stored is None:
            return False
        if self.counts_as is None:
            self.counts_as = merged_keys(self.stored.conn)
        return self.counts_as(one) == self.counts_as(other)


def fits_open(record: Record, found: Open, allowed: float) -> bool:
    """No more money than the papers named have open (a bank's charge and the tolerance
    aside): more is not said to be another's alone, it stays its payer's."""
    return record[RECEIVED] <= open_sum(found) + allowed


def open_sum(found: Open) -> float:
    """What the papers found have open together (one paid over counts nothing)."""
    return sum(max(entry[2], 0.0) for buyers in found.values() for entry in buyers.values())


def own_noted(note: object, own: set[str]) -> tuple[set[str], bool]:
    """The payer's own invoices (`own`: loose numbers) its note says this wire pays, and
    whether one is named before the note's 代: each clause naming one (INV-H1货款, 付INV-H1,
    INV-H1部分（上笔代Khartoum Star付款）) but a clause putting it off to another time
    (core.ledger.plan_said.paid_later: 代Khartoum Star付款，INV-H1款下月付; INV-H1下次付,
    再付, 未付). Read as its own, such a note kept Hassan's 5,000 for Khartoum his: Hassan
    10,000 open read 5,000, Khartoum's 5,000 paid read black (rv56a s123a, s123d)."""
    claimed: set[str] = set()
    first = said = False
    for clause in CLAUSES.split(note) if isinstance(note, str) else ():
        said = said or any(mark in clause.lower() for mark in MARKS)
        numbers = {loose_number(token) for token in references(clause).values()} & own
        if numbers and not paid_later(clause):
            claimed |= numbers
            first = first or not said
    return claimed, first


def own_first(record: Record, left: float, key: str, name: str, others: OtherBuyers,
              sheet: str) -> tuple[list[Record], list[Message]]:
    """A buyer's receipt whose note names its own invoices, `left` open, before a 代X付款 of
    more: that much its own, the rest read by the note's 代 (for_note). Read 代 first, its
    8,000 noted INV-H1货款+代Khartoum Star付款 paid Khartoum's 5,000 and left Hassan's INV-H1
    2,000 open, black, for Khartoum's 2,000 (rv56a s123f)."""
    rest = round(record[RECEIVED] - left, 2)
    given = for_note(received_as(record, rest), key, name, others, sheet)
    rows, said = given if given is not None else ([received_as(record, rest)], [])
    return [received_as(record, left), *rows], [Message("paid_by_buyer_own_first", N_(
        "Sheet “{sheet}” row {row}: {payer}'s {amount} names its own invoices first "
        "(«{named}»): {own} counted on them, the other {rest} as the note says. If it was "
        "otherwise, correct the row and import the file again."), {
            "sheet": sheet, "row": record[ROW], "payer": record[CUSTOMER] or "",
            "amount": money(record[RECEIVED], record[CURRENCY]), "named": str(record[NOTES]),
            "own": money(left, record[CURRENCY]), "rest": money(rest, record[CURRENCY])}),
        *said]


def money(amount: float, currency: str | None) -> str:
    return f"{amount:,.2f} {currency or ''}".strip()


def for_note(record: Record, key: str, name: str, others: OtherBuyers, sheet: str
             ) -> tuple[list[Record], list[Message]] | None:
    """A buyer's receipt whose 代…付款 note names the buyer `key` (`name`): as much as that
    buyer has open in its currency is that buyer's, the rest its payer's (rv55c s30: Hassan's
    20,000 noted 代Khartoum Star付款, Khartoum owing 8,000: 8,000 Khartoum's, 12,000 paying
    Hassan's own INV-H1); nothing open after this sheet's money moved to that buyer (a note
    copied down the column onto Hassan's payment of his own INV-H2, s30b): all its payer's,
    said; nothing open otherwise (its invoice sold in a file imported later, its own sales
    paid: rv55g s82): all that buyer's, on account until its invoice comes (fix55d), as before
    fix55g. None: the payer's, as written."""
    currency, paid = record[CURRENCY], record[RECEIVED]
    allowed = others.stored.shortfall(0.0, currency or "", None) if others.stored else 0.005
    left = round(others.open_of(key, currency, record[RECEIVED_DATE]), 2)
    values = {"sheet": sheet, "row": record[ROW], "payer": record[CUSTOMER] or "",
              "amount": money(paid, currency), "named": str(record[NOTES]), "customer": name}
    booked = booked_to(record, name, key)
    if left <= allowed and key in others.given:  # s30b: the note copied down after X is paid
        return [record], [Message("paid_by_buyer_none", N_(
            "Sheet “{sheet}” row {row}: {payer}, a customer itself, says {amount} is for "
            "{customer} («{named}»), who has nothing open: kept as {payer}'s money (this "
            "sheet's rows above paid {customer}'s invoices). If it was {customer}'s, correct "
            "{customer}'s invoices or this row's note in the file and import it: the file "
            "unchanged is refused as imported already."), values)]
    if others.own(key) and abs(paid - others.owes_itself(record)) <= allowed \
            and not names_any(record[NOTES], others.own(key)) \
            and (left <= allowed or others.owed_then(record, key) <= allowed):
        # X bought here and owed nothing on the wire's day; the payer owes just the wire itself
        # and its note names none of X's invoices: its own (rv56c s136a, c: Hassan's 12,000 noted
        # 代Khartoum Star付款, Khartoum's INV-K1 paid, was Khartoum's credit and Hassan's INV-H1
        # 12,000 black, 89 days), whether X's next order, placed after the wire, was read before
        # it or not (its file imported first, or in the wire's book: Hassan 8,000 black, 89
        # days, Khartoum's INV-K2 paid by his wire, fix59b). Else the guide's reading, X's on
        # account till X's invoice comes (rv56c s136b): a payer owing less (rv55g s82) or more
        # (rv58c s231 b: Hassan's 8,000 of 12,000 read his, Khartoum's INV-K2 in a later file
        # 8,000 black, 61 days), or 代…付INV-K1 (s231 d)
        return [record], [Message("paid_by_buyer_owes_itself", N_(
            "Sheet “{sheet}” row {row}: {payer}, a customer itself, says {amount} is for "
            "{customer} («{named}»), who owed nothing on its day, while {payer} has just "
            "that open itself: kept as {payer}'s money, on its own invoices. If it was "
            "{customer}'s, correct {customer}'s invoices or this row's note in the file and "
            "import it."),
            values)]
    if left <= allowed:  # nothing of X's open yet (sold in a file to come): X's, on account
        others.give(key, paid, currency)
        return [booked], [Message("paid_by_buyer_ahead", N_(
            "Sheet “{sheet}” row {row}: {payer}, a customer itself, says {amount} is for "
            "{customer} («{named}»), who has nothing open yet: counted as {customer}'s money "
            "on account, placed on {customer}'s invoices when they are imported. If it was "
            "{payer}'s own, correct the row and import the file again."), values),
            *one_firm(sheet, record, {key: name}, others)]
    if paid <= left + allowed:
        others.give(key, paid, currency)
        return [booked], [given_message(sheet, record, values["amount"], [name],
                                        str(record[NOTES])),
                          *one_firm(sheet, record, {key: name}, others)]
    others.give(key, left, currency)
    rest = round(paid - left, 2)
    rows = [received_as(booked, left), received_as(record, rest)]
    return rows, [Message("paid_by_buyer_capped", N_(
        "Sheet “{sheet}” row {row}: {payer}, a customer itself, says {amount} is for "
        "{customer} («{named}»), who had {open} open: that much counted as {customer}'s "
        "money, the other {rest} kept as {payer}'s. If it was all {customer}'s, correct "
        "{customer}'s invoices and import the file again."), {
            **values, "open": money(left, currency), "rest": money(rest, currency)}),
        *one_firm(sheet, record, {key: name}, others)]


def names_any(note: object, numbers: set[str]) -> bool:
    """Does a note name one of `numbers` (loose: core.ledger.noted_orders.loose_number)?"""
    return isinstance(note, str) and any(
        loose_number(token) in numbers for token in references(note).values())


def received_as(record: Record, amount: float) -> Record:
    """The receipt as one of `amount`, the part of it booked to one customer."""
    return (*record[:RECEIVED], amount, *record[RECEIVED + 1:])


def over_message(sheet: str, record: Record, over: float) -> list[Message]:
    """The part of a buyer's receipt over what the invoices it names have open, if any: its
    own money (acct56b, rv55g s85c)."""
    return [Message("paid_by_buyer_over", N_(
        "Sheet “{sheet}” row {row}: {payer}'s {amount} is more than the invoices it names "
        "had open: the other {rest} kept as {payer}'s money, on its own open invoices, then "
        "on account. If it was all for those invoices, correct them and import the file "
        "again."), {
            "sheet": sheet, "row": record[ROW], "payer": record[CUSTOMER] or "",
            "rest": money(over, record[CURRENCY]),
            "amount": money(record[RECEIVED], record[CURRENCY])})] if over else []


def rest_message(sheet: str, record: Record, rest: float, unsold: list[str]) -> list[Message]:
    """The part of a receipt kept its payer's for papers no file sells (rv55c s37), if any."""
    return [Message("payer_rest_unsold", N_(
        "Sheet “{sheet}” row {row}: the other {rest} of {payer}'s {amount} is for {numbers}, "
        "which no file sells yet: kept as {payer}'s money."), {
            "sheet": sheet, "row": record[ROW], "payer": record[CUSTOMER] or "",
            "rest": money(rest, record[CURRENCY]),
            "amount": money(record[RECEIVED], record[CURRENCY]), "numbers": ", ".join(unsold)})
            ] if rest else []


def given_message(sheet: str, record: Record, amount: str, parts: list[object], named: str
                  ) -> Message:
    return Message("paid_by_buyer", N_(
        "Sheet “{sheet}” row {row}: {payer}, a customer itself, says {amount} is for another "
        "customer («{named}»): counted as the money of {parts}. If it was {payer}'s own, "
        "correct the row and import the file again."), {
        "sheet": sheet, "row": record[ROW], "payer": record[CUSTOMER] or "",
        "amount": amount, "named": named, "parts": Listed(parts)})


def one_firm(sheet: str, record: Record, keys: dict[str, str], others: OtherBuyers
             ) -> list[Message]:
    """The pair named as likely one firm, once a sheet, where the payer's name is a customer's
    it paid (`keys`: key to name) written otherwise: case, punctuation, a company form."""
    payer, payer_key = record[CUSTOMER] or "", record[CUSTOMER_KEY]
    said = []
    for key, name in keys.items():
        if (payer_key, key) in others.paired or Named((key,))(Said(payer, True)) != key \
                or others.merged(payer_key, key):
            continue
        others.paired.add((payer_key, key))
        said.append(Message("one_firm_likely", N_(
            "Sheet “{sheet}”: «{payer}» and «{customer}» both buy, are one name written "
            "otherwise (case, punctuation or a company form), and {payer}'s money pays "
            "{customer}'s invoices: likely one firm. They are kept as two customers; if they "
            "are one, merge them in Customers."), {
                "sheet": sheet, "payer": payer, "customer": name}))
    return said
