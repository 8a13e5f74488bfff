"""A receipt whose payer buys nothing, booked to the customer it names (rv54b f5, f6, F3).

A receipts book 收款登记 lists each bank credit under its payer (付款人), as the slip reads. A
payer that buys nothing in the file or the store is often not the buyer at all:

- the bank's spelling of the buyer: "AL BARAKA GENERAL TRADING LLC" for the customer Al Baraka
  General Trading (up to case, punctuation and a company form, paid_for.Named): read as a
  customer of its own, it held 79,384 on account while the buyer was black-listed Aug–Dec;
- an agent or a money-changer, the buyer named in the invoice cell (对应发票 "Khartoum Star",
  the buyer Khartoum Star Trading: the first words of one customer's name) or the note: the
  agent Hassan Ali Mohamed held 8,431–19,058 on account, Khartoum Star was black Mar–Dec;
- a money-changer's one wire for two buyers, naming each one's invoice (对应发票 "INV2507-21,
  INV2505-11"): split by what each invoice had open (a bank charge shared alike), each part
  that buyer's; ORIENT EXCHANGE FZE held 13,606, Tashkent and Samarkand were black Sep–Dec.

A payer spelled as a customer is moves only with money that fits it, naming one of its sales
or paying about its open sums (core.ledger.payer_fits, rv54d R6): a new buyer GLOBAL TRADING
prepaying 6,000 for PI-77 stays itself beside Global Trading FZE owing 5,000. Nor does money
whose note or cell names another buyer by name ("Beta Homeware Ltd", "Beta Homeware 货款": the
note read as paid_for.Named reads a 代付 name): that buyer's (fix55m, rv55e s61g: GLOBAL
TRADING's 4,000 paid FZE's 3,000 and sat 1,000 on account while Beta's 4,000 was black).
A payer that buys in its own right moves here only money its row says outright is another
buyer's (core.ledger.paid_by_buyer, rv54d e4: a 代…付款 note, that buyer's open invoices);
core.ledger.paid_numbers weighs one number in an order-number cell (a sum about its open),
but a part of it paid by the buyer's name under another company form is weighed here (`_alike`).
Several numbers in the order-number cell are weighed here as in the reference cell (mapping
D, rv54d e6: a changer's 7,000 naming paid INV-1 and open INV-2 stayed the changer's). The
report names each payer moved, once a sheet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from typing import Protocol

from core.i18n import N_, NP_
from core.ledger.buyer_numbers import numbers_not_names
from core.ledger.named_papers import CELLS, REF, cell_numbers, cell_papers, noted_papers
from core.ledger.normalise import customer_key
from core.ledger.noted_orders import loose_number
from core.ledger.own_goods import own_goods
from core.ledger.paid_by_buyer import (
    OtherBuyers,
    fits_open,
    for_note,
    given_message,
    money,
    one_firm,
    open_sum,
    over_message,
    own_first,
    own_noted,
    received_as,
    rest_message,
)
from core.ledger.paid_for import (
    Named,
    Said,
    booked_to,
    for_customers,
    forms,
    paid_for_message,
    said_for,
    same_firm,
)
from core.ledger.paid_numbers import Open, StoredSales, for_numbers, sale_answers, sold_open
from core.ledger.paper_shares import (
    Split,
    paper_rows,
    rest_over,
    shares,
    split_message,
    split_open,
    unsold_papers,
)
from core.ledger.payer_fits import alike_message, fits
from core.ledger.payment_words import ordinary
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    NOTES,
    RECEIVED,
    ROW,
    Record,
)
from core.ledger.rows_by_order import RowsByNumber
from core.ledger.unsold_refs import refs_as_numbers
from core.messages import Listed, Message
from core.similarity import LEGAL_CHINESE, LEGAL_FORMS, telling

# two buyers joined in one 代…付款 note: 代A及B付款, "A and B", "A & B"
_JOIN = re.compile(r"\s*(?:及|和|与|、|&|\band\b)\s*", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def _words(key: str) -> tuple[str, ...]:
    """A customer key's telling words, its company forms left out (paid_for._plain)."""
    return tuple(telling(key, LEGAL_FORMS, LEGAL_CHINESE))


class Buyers:
    """The customers sold to (`known`: key to name), a name found among them: as written
    otherwise (Named), or the first two or more words of one customer's name alone
    ("Khartoum Star" of Khartoum Star Trading), of its company form if one is written; a
    代…付款 note's name (`said`) by its first word too, of three letters or more: the clerk's
    代Alpha付款 for Alpha Haushalt GmbH, the one customer whose name begins so, left Alpha
    16,000 open, black, and the changer 5,000 on account (rv58a s227 o3, o5). A cell's word
    alone (对应发票 "Alpha") is no buyer's: a reference, a brand, a port may be one word."""

    def __init__(self, known: dict[str, str]) -> None:
        self.known = known
        self.named = Named(known)
        self.starts: dict[tuple[str, ...], set[str]] | None = None
        self.words: dict[tuple[str, ...], int] | None = None  # customers by telling words

    def sister(self, key: str) -> bool:
        """Is another customer sold to of `key`'s words under another company form?"""
        if self.words is None:
            self.words = {}
            for other in self.known:
                self.words[_words(other)] = self.words.get(_words(other), 0) + 1
        return self.words.get(_words(key), 0) > 1

    def _elsewhere(self, word: str, found: set[str]) -> bool:
        """Is a one-word name (代Star付款) a word of another customer's name too (Khartoum Star
        beside Star Lighting: read as Star Lighting's, its 6,000 owed was cleared by Hassan's
        wire for Khartoum Star, rv59d s270 a)?"""
        return any(word in _words(other) for other in self.known if other not in found)

    def __call__(self, text: str, said: bool = False) -> str | None:
        text = text.strip()
        if not text or any(c.isdigit() for c in text) or ordinary(text):
            return None
        key = self.named(Said(text, True))
        if key is not None:
            return key
        words = _words(text.casefold())
        if len(words) < (1 if said and len(words[0] if words else "") >= 3 else 2):
            return None
        if self.starts is None:
            self.starts = {}
            for other in self.known:
                plain = _words(other)
                for end in range(1, len(plain) + 1):
                    self.starts.setdefault(plain[:end], set()).add(other)
        found = self.starts.get(words, set())
        if len(found) != 1 or len(words) == 1 and self._elsewhere(words[0], found):
            return None
        [key] = found  # of the form written, if any: "Orbit Tech Ltd" is no Orbit Tech LLC
        return key if same_firm(forms(customer_key(text)), forms(key)) else None


def _open(others: OtherBuyers, numbers: set[str], receipt: Record | None = None) -> Open:
    """The sales answering to `numbers` (loose), what each has open: the file's rows read so
    far (`others.sold`) over the store's, less the file's receipts of their buyer naming them,
    but the `receipt` weighed (rv55g s87: Hassan's 13,000 naming his 5,000 left it 8,000
    overpaid). The rows naming none of `numbers` change nothing: only those are read."""
    found: Open = {}
    if others.stored is not None:
        found = {n: dict(b) for n, b in others.stored.named(numbers).items() if n in numbers}
    if others.by_number is None:  # once per sheet's reading, not per receipt (perf56c)
        others.by_number = (RowsByNumber(others.sold, sale_answers),
                            RowsByNumber(others.sold, _paid_numbers))
    sales, paid = others.by_number
    for number, buyers in sold_open(sales.naming(numbers), numbers).items():
        found[number] = {**found.get(number, {}), **buyers}
    for r in paid.naming(numbers):  # paid already, on this file's rows
        if r is not receipt:
            for number in cell_numbers(r) & numbers:
                if r[CUSTOMER_KEY] in found.get(number, {}):
                    name, currency, left, terms = found[number][r[CUSTOMER_KEY]]
                    found[number][r[CUSTOMER_KEY]] = (name, currency, left - r[RECEIVED], terms)
    return found


def _paid_numbers(r: Record) -> set[str]:  # a receipt on a row of its own
    return cell_numbers(r) if not r[AMOUNT] and (r[RECEIVED] or 0) > 0 else set()


def _named(record: Record, buyers: Buyers) -> tuple[str, int | None] | None:
    """The customer a receipt's cell or note names, and the cell (None: the note)."""
    for cell in CELLS:
        if isinstance(record[cell], str):
            key = buyers(record[cell])
            if key is not None:
                return key, cell
    said = said_for(record[NOTES]) if isinstance(record[NOTES], str) else None
    if said is not None:
        keys = {buyers(part, True) for part in _JOIN.split(said.name)}
        key = keys.pop() if len(keys) == 1 else None
        if key is not None:
            return key, None
    elif isinstance(record[NOTES], str):  # "Beta Homeware 货款": a name and payment words
        key = buyers.named(Said(record[NOTES]))
        if key is not None:
            return key, None
    return None


def for_named(records: list[Record], known: dict[str, str], sold: Iterable[Record],
              stored: StoredSales | None, sheet: str
              ) -> tuple[list[Record], list[Message], set[int]]:
    """The sheet's records, each receipt whose payer buys nothing (not among `known`, the
    customers sold to, key to name) booked to the customer its payer's name, its cells or its
    note name, or split among the buyers of the papers it names, and each of a buyer's said to
    be another's (`_given`); the report's notes; the rows moved."""
    rows = [i for i, r in enumerate(records) if not r[AMOUNT] and (r[RECEIVED] or 0) > 0
            and r[CUSTOMER_KEY] and (r[CUSTOMER_KEY] not in known or for_another(r))]
    if not rows:
        return records, [], set()
    buyers = Buyers(known)
    out: list[Record] = []
    said: list[Message] = []
    folded: dict[tuple[str, str], list[int]] = {}
    alike: set[tuple[str, str]] = set()
    moved: set[int] = set()
    at = dict.fromkeys(rows)
    sold = list(sold)
    others = OtherBuyers(sold, stored)
    for index, record in enumerate(records):
        if index not in at:
            out.append(record)
            continue
        if record[CUSTOMER_KEY] in known:  # a buyer itself: only money said to be another's
            given = _given(record, buyers, others, sheet)
            out.extend(given[0] if given else [record])
            if given:
                said.extend(given[1])
                moved.add(record[ROW])
            continue
        payer = record[CUSTOMER] or ""
        key = buyers.named(Said(payer, True))
        if key is not None and (other := _named(record, buyers)) is not None and other[0] != key:
            key = None  # the bank's short name naming another buyer in its note: that one's
        if key is not None and key != record[CUSTOMER_KEY] and not fits(
                cell_numbers(record), (record[RECEIVED], record[CURRENCY]), key, sold, stored,
                payer):
            if (payer, key) not in alike:  # GLOBAL TRADING's PI-77 no Global Trading FZE's
                alike.add((payer, key))
                said.append(alike_message(sheet, payer, known[key] or key))
        elif key is not None and key != record[CUSTOMER_KEY]:  # AL BARAKA … LLC
            out.append(booked_to(record, known[key] or payer, key))
            folded.setdefault((payer, known[key] or payer), []).append(record[ROW])
            moved.add(record[ROW])
            continue
        noted, papers = noted_papers(record, partial(_open, others))  # a note's: fix57j
        split, unsold = None, []
        if papers is not None:
            found = _open(others, {loose_number(p) for p in papers[1]})
            split = split_open(record, papers[0], papers[1], found, stored)
            unsold = unsold_papers(papers[1], found)
        if split:  # the note's sold numbers read as its 对应发票's
            record = noted
        elif noted is not record:
            papers = None
        if split is not None and papers is not None and len({p[1] for p in split}) >= 2:
            out.extend(paper_rows(record, papers[0], split, unsold))
            said.extend([split_message(sheet, record, split, unsold),
                         *rest_message(sheet, record, rest_over(record, split, unsold), unsold)])
            moved.add(record[ROW])
            continue
        if split and papers and (_weighed_here(papers) or _alike(payer, split)):  # one buyer's
            named: tuple[str, int | None] | None = (split[0][1], papers[0])
        else:
            named = _named(record, buyers)
        if named is None or named[0] == record[CUSTOMER_KEY]:
            out.append(record)
            continue
        key, cell = named
        name = known.get(key) or (split[0][2] if split else key)
        booked = booked_to(record, name, key)
        if cell is not None and cell != REF and not split:  # a name as an order number: none
            booked = (*booked[:cell], None, *booked[cell + 1:])
        if split and cell is not None and rest_over(record, split, unsold):  # and unsold papers
            out.extend(paper_rows(record, cell, split, unsold))
            said.extend(rest_message(sheet, record, rest_over(record, split, unsold), unsold))
        else:
            out.append(booked)
        moved.add(record[ROW])
        said.append(Message("payer_named", N_(
            "Sheet “{sheet}” row {row}: {amount} paid by {payer}, who buys nothing, naming "
            "{customer} («{named}»): counted as {customer}'s money, paid by {payer} for "
            "{customer}. If {payer} is the customer, correct the row and import the file again."),
            {"sheet": sheet, "row": record[ROW], "payer": payer, "customer": name,
             "amount": money(record[RECEIVED], record[CURRENCY]),
             "named": record[cell] if cell is not None else record[NOTES]}))
    said[:0] = [fold_message(sheet, payer, name, found_rows)
                for (payer, name), found_rows in folded.items()]
    return out, said, moved


def _weighed_here(papers: tuple[int, list[str]]) -> bool:
    """Is a cell's paper weighed here: a reference's (对应发票 read as one), or several in an
    order or invoice number's cell (mapping D: 对应发票 as the order number, rv54d e6)? One
    number alone there is paid_numbers', moving only money about its open sum (acct52h)."""
    return papers[0] == REF or len(papers[1]) > 1


def _alike(payer: str, split: list[tuple[str, str, str, float]]) -> bool:
    """Is the one buyer of the one number named the payer's name under another company form
    (GLOBAL TRADING FZE paying 2,500 of Global Trading LLC's INV-1, open 5,000, rv55a s12b)?
    Its part is that buyer's, as a reference's is, whether the payer buys too or not (rv55c
    s36b: Global Trading LLC's 3,000 of FZE's INV-2, FZE paying its other 5,000; the LLC's
    kept, both were read as one order of the LLC's, FZE 8,000 black); a payer of other words
    paying a part of another's number keeps it (acct52h: MEYER HOLDING AG's 5,000 of Meyer's
    11,661)."""
    return len(split) == 1 and _words(customer_key(payer)) == _words(split[0][1])


def for_another(record: Record) -> bool:
    """May a buyer's own row say its money is another's: papers named, or a 代…付款 note?"""
    return cell_papers(record) is not None or isinstance(record[NOTES], str) and said_for(
        record[NOTES]) is not None


def _given(record: Record, buyers: Buyers, others: OtherBuyers, sheet: str
           ) -> tuple[list[Record], list[Message]] | None:
    """A buyer's receipt that says it is another buyer's (core.ledger.paid_by_buyer): the
    rows it is booked as and the report's notes; None: the payer's, as written. A row naming
    the payer's own invoice, in any cell, is the payer's whatever its note says (rv55c s51: a
    note copied down the column)."""
    papers, payer = cell_papers(record), record[CUSTOMER_KEY]
    said = said_for(record[NOTES]) if isinstance(record[NOTES], str) else None
    weighed = papers is not None and _weighed_here(papers)
    sister = papers is not None and not weighed and buyers.sister(payer)
    if not (weighed or sister or said):  # a buyer paying its own invoice: asked no more
        return None
    numbers = {loose_number(p) for p in papers[1]} if papers is not None else set()
    if numbers and numbers <= others.own(payer):  # its own invoices alone: its own (s51)
        return None
    if weighed and not others.sold_any(numbers):  # unsold: its own prepayment
        return None
    if papers is not None and (weighed or sister and others.sold_any(numbers)):
        found = _open(others, numbers, record)
        split = split_open(record, papers[0], papers[1], found, others.stored)
        unsold = unsold_papers(papers[1], found)
        if split and (weighed or _alike(record[CUSTOMER] or "", split)) and any(
                key != payer for _, key, _, _ in split):  # rv55c s36b: a sister firm's
            return _split(record, papers[0], split, unsold, others, sheet, found)
    keys_said = {buyers(part, True) for part in _JOIN.split(said.name)} if said else set()
    key = keys_said.pop() if len(keys_said) == 1 else None
    if key is None and said is not None:  # as paid_for reads a name: "… goods INV 5"
        key = buyers.named(said)
    if key is None or key == payer:
        return None
    own, first = own_noted(record[NOTES], others.own(payer))
    found = _open(others, own) if own else {}
    allowed, left = _allowed(record, others), round(open_sum(found), 2)
    if own and fits_open(record, found, allowed):
        return None  # its own, the 代 of an earlier wire (rv55g s86a)
    if own and first and left > allowed:  # its own named first paid first (rv56a s123f)
        return own_first(record, left, key, buyers.known[key] or key, others, sheet)
    if not own and own_goods(record[NOTES]):  # 代X付款及本司货款: its own open first (s231 a)
        left = others.owes_itself(record)
        if record[RECEIVED] <= left + allowed:
            return None
        if left > allowed:
            return own_first(record, round(left, 2), key, buyers.known[key] or key, others, sheet)
    return for_note(record, key, buyers.known[key] or key, others, sheet)


def _split(record: Record, cell: int, split: Split, unsold: list[str], others: OtherBuyers,
           sheet: str, found: Open) -> tuple[list[Record], list[Message]]:
    """A buyer's receipt naming other buyers' invoices, its own among them or not, as one
    row per invoice, each its share by what it has open (rv55g s87: Hassan's 13,000 for
    "INV-H1, INV-K1", his own 5,000 and Khartoum's 8,000, kept all his while Khartoum went
    black); money over what they have open its payer's, on its own open invoices, then on
    account (s85c: Global Trading LLC's 10,000 for FZE's INV-2, 8,000 open: 2,000 its own)."""
    over = 0.0 if unsold or fits_open(record, found, _allowed(record, others)) \
        else round(record[RECEIVED] - sum(left for *_, left in split), 2)
    part = received_as(record, record[RECEIVED] - over) if over else record
    rows = paper_rows(part, cell, split, unsold)
    if over:  # named no invoice: the payer's money, placed as any it pays on account
        rows.append(received_as((*record[:cell], None, *record[cell + 1:]), over))
    keys = {key: name for _, key, name, _ in split if key != record[CUSTOMER_KEY]}
    return rows, [
        given_message(sheet, record, money(part[RECEIVED], record[CURRENCY]),
                      shares(part, split, unsold), str(record[cell])),
        *rest_message(sheet, record, rest_over(record, split, unsold), unsold),
        *over_message(sheet, record, over), *one_firm(sheet, record, keys, others)]


def _allowed(record: Record, others: OtherBuyers) -> float:
    """How far short of what is open a wire may fall and still pay it (a bank's charge)."""
    return others.stored.shortfall(0.0, record[CURRENCY] or "", None) if others.stored \
        else 0.005


class Reading(Protocol):
    """What a file's reading holds so far (core.ledger.file_found.ReadLedger)."""

    customers: dict[str, str]
    sales: StoredSales | None
    unnamed: list[tuple[str, int, str, str]]
    unread: list[Message]


def named_payers(found: Reading, records: list[Record],
                 sold: Callable[[list[Record]], Iterable[Record]], sheet: str) -> list[Record]:
    """A file's sheet's receipts given to the customers they were paid for, in turn: a 代X付款
    note (paid_for.for_customers), an order or invoice another buyer sold (paid_numbers), an
    agent's or a changer's reference naming buyers (for_named), a customer's name as no order
    number (buyer_numbers; `sold`: the file's rows read so
    far, this sheet's as each step left them). Its notes among the file's; a 代…付款 note's
    names it booked no longer said to be no customer's (paid_for.unnamed_message)."""
    unnamed: list[tuple[int, str, str]] = []
    records, paid = for_customers(records, found.customers, unnamed)  # 代X付款
    found.unnamed += [(sheet, *row) for row in unnamed]
    found.unread.extend(paid_for_message(sheet, paid))
    records, said = for_numbers(records, sold(records), found.sales, sheet)
    found.unread.extend(said)  # a parent paying its subsidiary's invoice HXI-1 (acct52h)
    records, said, moved = for_named(records, found.customers, sold(records), found.sales, sheet)
    found.unread.extend(said)
    found.unnamed[:] = [u for u in found.unnamed if u[0] != sheet or u[1] not in moved]
    # a buyer's name left in the order-number cell (for_named took a name naming another
    # buyer for a payer buying nothing): no order number (fix54f); a reference naming no sale
    # its number (HT25-073定金, a contract not sold yet: unsold_refs, fix54m)
    records = numbers_not_names(records, found.customers)
    return refs_as_numbers(records, sold(records), found.sales, found.customers)


def fold_message(sheet: str, payer: str, customer: str, rows: list[int]) -> Message:
    return Message("payer_folded", NP_(
        "Sheet “{sheet}”: {payer}, who buys nothing, is {customer} written otherwise (case, "
        "punctuation or a company form): its {count} payment, row {rows}, counted as "
        "{customer}'s money. If they are two firms, rename one and import the file again.",
        "Sheet “{sheet}”: {payer}, who buys nothing, is {customer} written otherwise (case, "
        "punctuation or a company form): its {count} payments, rows {rows}, counted as "
        "{customer}'s money. If they are two firms, rename one and import the file again."),
        {"sheet": sheet, "payer": payer, "customer": customer, "count": len(rows),
         "rows": Listed([str(r) for r in rows])})
