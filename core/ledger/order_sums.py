"""What one order's row is made of, summed up as its lines arrive.

:class:`core.ledger.orders.OrderBook` groups a file's rows into orders and keys their lines;
each order it meets is an :class:`Order`, which keeps only what the order's stored row needs
(the first line's number, customer and currency, the first filled terms, Incoterm,
salesperson and country, the earliest date) and what its lines say of its status. Apart from
the book because the writer and the rules after it read an order, never how rows were
grouped into it (split63).
"""

from __future__ import annotations

from core.ledger.record import (
    AMOUNT,
    CARRY_FORWARD,
    COUNTRY,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    INCOTERM_TEXT,
    ORDER_DATE,
    ORDER_NO,
    PAYMENT_TERMS,
    SALESPERSON,
    STATUS,
    TRIAL,
    Record,
)
from core.ledger.record import CREDIT_NOTE as IS_CREDIT_NOTE
from core.ledger.sheet_fields import either_trial
from core.ledger.tab_notes import own_sale
from core.ledger.terms import parse_incoterm, parse_payment_terms
from core.ledger.typed_rows import is_receipt_row

CANCELLED, DISPUTED, CREDIT_NOTE = "cancelled", "disputed", "credit_note"



def _says_no_sale(record: Record, repeat: bool) -> bool:
    """Does the row leave its stored order as it was (but for its terms)? A repeat or a
    carry-forward says nothing new of it, and money received (a row typed 收款) is no sale:
    next month's payment on an order moved the order's date to the day it was paid."""
    return repeat or bool(record[CARRY_FORWARD]) or (not record[AMOUNT] and is_receipt_row(record))


class Rare:
    """What few orders have: money received without a sale (rows typed 收款), sales the file
    last calls cancelled or disputed, and the customers of its receipts where another's than
    the buyer may be among them. Made for an order once it has any (:attr:`Order.rare`)."""

    __slots__ = ("receipts", "cancelled", "disputed", "payers")

    def __init__(self) -> None:
        self.receipts = self.cancelled = self.disputed = 0
        self.payers: set[tuple[str, str]] | None = None


class Order:
    """What one order's row is made of, summed up as its lines arrive."""

    # what the reading sums up, no more: the ids, new lines and stored values the writer
    # gives an order are kept by rank apart (line_ids.Numbered, order_dates.FileDates), and
    # what few orders have in a Rare of their own: nine slots fewer were 53 MiB of the 1M
    # import's reading, which holds every one of its 770,000 orders (perf66b)
    __slots__ = ("key", "rank", "lines", "customer_key", "customer", "order_no", "currency",
                 "order_date", "incoterm", "incoterm_text", "payment_terms", "terms",
                 "salesperson", "country", "trial", "own_lines", "sales", "only_repeated",
                 "sold", "rare")

    def __init__(self, key: str, rank: int, record: Record, repeat: bool, receipt: bool,
                 apart: bool = False) -> None:
        """The order as its first line makes it (`receipt`: typed as a payment); `apart`: a
        credit note keyed apart from its sale's place (credit_lines), saying no sale either."""
        self.key, self.rank, self.lines = key, rank, 1
        self.customer_key, self.order_no = record[CUSTOMER_KEY], record[ORDER_NO]
        self.customer = record[CUSTOMER]  # as its first row names it
        # a sale row met: till then the order is its payers' money alone, whose buyer the
        # first sale row names (`add`)
        self.sold = not receipt
        self.currency, self.order_date = record[CURRENCY], record[ORDER_DATE]
        self.incoterm_text = record[INCOTERM_TEXT]
        self.incoterm = parse_incoterm(self.incoterm_text)
        self.payment_terms = record[PAYMENT_TERMS]
        self.terms = parse_payment_terms(self.payment_terms)
        self.salesperson, self.country = record[SALESPERSON], record[COUNTRY]
        self.trial = record[TRIAL]
        self.only_repeated = apart or _says_no_sale(record, repeat)
        # lines not repeated and the sales among them; the rest most orders never have
        self.own_lines = self.sales = 0
        self.rare: Rare | None = None
        if not repeat:
            self._own(record)

    def add(self, record: Record, repeat: bool, apart: bool = False) -> None:
        """A later line: the earliest date, the first terms and Incoterm that read (with the
        text they read from, else the first filled text), the first filled salesperson and
        country, a trial if any line is one."""
        self.lines += 1
        if not self.sold and not is_receipt_row(record):  # a register's tab before the sales:
            self.sold = True  # its payer (a sister firm) is no buyer of the order (rv57b s6)
            self.customer_key, self.customer = record[CUSTOMER_KEY], record[CUSTOMER]
        if self.order_date > record[ORDER_DATE]:
            self.order_date = record[ORDER_DATE]
        if self.incoterm is None and record[INCOTERM_TEXT] is not None:
            self.incoterm = parse_incoterm(record[INCOTERM_TEXT])
            if self.incoterm is not None or self.incoterm_text is None:
                self.incoterm_text = record[INCOTERM_TEXT]
        if self.terms is None and record[PAYMENT_TERMS] is not None:
            self.terms = parse_payment_terms(record[PAYMENT_TERMS])
            if self.terms is not None or self.payment_terms is None:
                self.payment_terms = record[PAYMENT_TERMS]
        if self.salesperson is None:
            self.salesperson = record[SALESPERSON]
        if self.country is None:
            self.country = record[COUNTRY]
        self.trial = either_trial(self.trial, record[TRIAL])
        own = repeat and own_sale(record[CARRY_FORWARD], record[AMOUNT], record[IS_CREDIT_NOTE])
        self.only_repeated = self.only_repeated and (apart or _says_no_sale(record, repeat)
                                                     and not own)
        if (self.rare is not None and self.rare.receipts and not self.sales and record[AMOUNT]
                and not record[IS_CREDIT_NOTE]):
            self.currency = record[CURRENCY]  # a refund's tab first: the sale's (fix39a F5)
        if not repeat:
            self._own(record)

    def _own(self, record: Record) -> None:
        """A line shown for the first time in this file: it counts for the order's status."""
        self.own_lines += 1
        if not record[AMOUNT] and is_receipt_row(record):  # a first look: most are sales
            self._rare().receipts += 1
            self._paid_by(record[CUSTOMER_KEY], record[CUSTOMER])
        elif not record[IS_CREDIT_NOTE]:
            self.sales += 1
            if record[STATUS] is not None:
                self.restate(None, record[STATUS])

    def _rare(self) -> Rare:
        if self.rare is None:
            self.rare = Rare()
        return self.rare

    def _paid_by(self, key: str, name: str) -> None:
        if key != self.customer_key or not self.sold:
            rare = self._rare()
            rare.payers = rare.payers or set()
            rare.payers.add((key, name))

    @property
    def payers(self) -> set[tuple[str, str]] | None:
        """Its receipts' customers where another's than the buyer may be among them, else
        None (core.ledger.paid_revivals, payer_own_first and line_payers ask)."""
        return None if self.rare is None else self.rare.payers

    def restate(self, before: str | None, after: str | None) -> None:
        """One of its sales said `after` where the file said `before` of it until now."""
        cancelled = (after == CANCELLED) - (before == CANCELLED)
        disputed = (after == DISPUTED) - (before == DISPUTED)
        if cancelled or disputed:
            rare = self._rare()
            rare.cancelled += cancelled
            rare.disputed += disputed

    @property
    def status(self) -> str | None:
        """Cancelled when every sale is (money received naming the order, a row typed 收款,
        is no sale: it stays the customer's credit and a cancelled order stays cancelled); a
        credit note when every line is one (it lowers the account, it is never an order); else
        disputed or None. A line repeated from an earlier tab is one line, with the status
        last written."""
        if not self.own_lines:
            return None
        rare = self.rare
        if not self.sales:
            return None if rare is not None and rare.receipts else CREDIT_NOTE
        if rare is None:
            return None  # none of its sales cancelled or disputed
        if rare.cancelled == self.sales:
            return CANCELLED
        return DISPUTED if rare.disputed else None
