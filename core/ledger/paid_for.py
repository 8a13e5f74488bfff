"""A payment a third party made for a customer (代付): the customer's money, not the payer's.

A small exporter's buyer often pays through another company (its Hong Kong trading arm, an
agent, a relative's firm). The clerk writes the bank slip as it reads: the payer in 客户名称,
and whose payment it is in 备注 ("代Orbit Tech LLC付款", "代 Orbit Tech LLC 支付", "paid on
behalf of Orbit Tech LLC"). Read as the payer's, the wire made a customer of the payer, with
money on account and no order, while the buyer's invoices stayed open: Orbit Tech, who had
paid 17,900, was 140 days past due and black-listed. A payment row (money received, no order
amount) whose note names the customer it pays for is that customer's; the report says so.
A note saying only 代付, without a name, names no one: the row stays the payer's, as before.
The customer named is looked for among the file's sales and the store's: the bank slips often
come as a 收款 workbook of their own, a month after the orders' file, holding no sale of the
buyer (read against the file alone, Orbit Tech stayed 17,900 open and black-listed, the payer
a customer with 17,900 on account).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Collection, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from core.i18n import N_, NP_
from core.ledger.normalise import customer_key
from core.ledger.payment_words import AMOUNT as SUM
from core.ledger.payment_words import DATE, PAPER_WORD, ordinary
from core.ledger.record import AMOUNT, CUSTOMER, CUSTOMER_KEY, NOTES, RECEIVED, ROW, Record
from core.messages import Listed, Message, Noted
from core.similarity import (
    FILLER,
    FORM_FAMILIES,
    LEGAL_CHINESE,
    LEGAL_FORMS,
    most_similar,
    telling,
    tokens,
)

# 代X付 / 代表X付款 / 代X支付 / 代付X货款 ..., "on behalf of X", "paid for X": X the customer,
# up to the paper it paid where one follows, a word and its number ("paid for X invoice 5",
# "on behalf of X for INV-5", "paid for X PI-5", "X PO 12"), and not a paper itself ("paid for
# INV-5"); else the run to a comma or the note's end, of which the longest start that is a
# customer's name is read (Named.run): words of a name (Design For Living, Smart Buyer, No
# Frills, B2B Supplies) no end of it (fix39b). A full stop after a letter alone is an initial's
# ("A.B.C. Home Ltd"), and one before a company form an abbreviation's ("Acme Co. Ltd"): no end
# of the name (pay40: "paid for A.B.C. Home Ltd" was read "A.B.C"). A date or a sum after a
# word is no paper's number ("paid for Lima Trading 2026-04-18" was read "Lima", fix40a); the
# word before a number is a paper's (payment_words: invoice, PI, no., ref) or none, never a
# name's: "Trading SZ260508" (the bank's reference) was a paper, "Lima" the name (pay41). A
# number with no paper word is one only as the note's last word: "Studio 54 Ltd", "Pier 39
# Imports LLC" are names (fix41b: "paid for Studio 54 Ltd" paid Studio Ltd). A Chinese note's name
# ends before the payment's word: 预付, 货款, 定金 ("代Al Noor Kenya Ltd预付" names Al Noor Kenya
# Ltd, not «Al Noor Kenya Ltd预», fix55d)
_NUMBER = rf"(?!{DATE}|{SUM})[a-z]{{0,4}}-?\d+(?![0-9a-z])(?![,.]\d)"
_PAPER = (rf"(?:(?:the\s+)?(?:(?:{PAPER_WORD})\.?\s*(?:no\.?\s*)?[-#:]?\s*|#\s*){_NUMBER}"
          rf"|{_NUMBER}(?=\s*\.?\s*$))")
# a company form's word (similarity.LEGAL_FORMS, its letters with full stops or none: S.A.,
# Sdn. Bhd., Co. KG), after a comma or a full stop in a name ("Orbit Tech, LLC", "Co. Ltd")
_FORM_WORDS = "(?:" + "|".join(r"\.?".join(map(re.escape, form)) for form in sorted(
    LEGAL_FORMS - FILLER, key=len, reverse=True)) + r")(?![a-z])"
_INITIAL = r"(?<![^\W\d_][^\W\d_])(?<=[^\W\d_])\."  # a full stop after one letter alone
# a full stop before a space or the note's end, neither an initial's nor before a form: the
# name's end; any other is the name's, as any character but a comma or a semicolon
_FULL_STOP = rf"(?!{_INITIAL})\.(?!\S)(?!\s+{_FORM_WORDS})"
_CHAR = rf"(?:[^,;.]|(?!{_FULL_STOP})\.)"
_LATIN_NAME = rf"(?!{_PAPER}){_CHAR}"  # a name begins with no paper
_PAPER_NEXT = rf"\s(?=(?:for\s+)?{_PAPER})"  # the paper a name was paid for next
_LATIN_STOP = rf"\s*(?:[,;]|{_FULL_STOP}|{_PAPER_NEXT}|$)"
# a firm of the customer's own that paid for it ("Rio Casa关联公司代付": the sister firm's wire
# for Rio's order was read as the payer's own money, 10,000 left on Rio's account: rv59c s260)
_KIN = "(?:关联|姐妹|兄弟|子|母|总|分|香港|海外)"
# 代 of a freight or shipping agent (货代, 船代: buyer_word.SUPPLIERS' forwarder) is none:
# 我司欠货代的运费还没付 named «的运费还没» a payer (fix64b: the fast import said
# so, the reference import not)
_FOR = (  # compiled on the first note naming a payer (said_for): 45 ms a process (perf49c)
    r"(?<![货船])代(?:表\s*)?\s*(?![收付理办表])(?P<a>[^，,;；。代]{2,}?)\s*(?:预付|支付|付款|付|汇款|汇|货款"
    r"|定金|订金)"
    r"|代付\s*[:：]?\s*(?P<b>[^，,;；。]{2,}?)\s*(?:的?(?:货款|款项|款)|[，,;；。]|$)"
    rf"|(?P<e>[^，,;；。代]{{2,}}?)\s*的?{_KIN}公司\s*代为?\s*(?:支付|付款|付|汇款|汇)"
    rf"|on\s+behalf\s+of\s+(?P<c>{_LATIN_NAME}{_CHAR}+?){_LATIN_STOP}"
    rf"|paid\s+for\s+(?P<d>{_LATIN_NAME}{_CHAR}+?){_LATIN_STOP}")

# a comma between a name and its company form ("Orbit Tech, LLC", "Acme Co., Ltd"): no end of
# the name
_FORM_COMMA = rf"\s*[,，]\s*(?={_FORM_WORDS})"
_patterns = cache(lambda: (re.compile(_FORM_COMMA, re.I), re.compile(_FOR, re.I)))


class Said(NamedTuple):
    """The name a payment's note says it was made for, as written, and whether only the
    whole of it is a name (renamed_notes); else its start is, where it ends at a company form
    or the words after it are a payment's (Named.run)."""

    name: str
    whole: bool = False


def named_key(said: Said, keys: Collection[str]) -> str | None:
    """The key among `keys` (customer keys) of the customer a note's name is (Named)."""
    return Named(keys)(said)


# where a name may end: before a space, and beside a Chinese character (Chinese has none)
_ENDS = re.compile(r"(?<=\S)(?=\s)|(?<=[\u3400-\u9fff])(?=\S)|(?<=\S)(?=[\u3400-\u9fff])")


class Named:
    """The customer among `keys` (customer keys) a note's name is: its own key (customer_key:
    case, spaces, full-width brackets), else the one key whose name without punctuation and
    company forms (Ltd., Limited, LLC, 有限公司: similarity.LEGAL_FORMS) is the same.
    "代Orbit Tech (HK) Limited付款" beside a sale to "Orbit Tech (HK) Ltd." was no customer's,
    the payer's money (pay39). Of a name read to the note's end, the longest start that is one
    customer's where it ends at its company form ("paid for Pacific Ltd Balance") or every
    word after it is a payment's (payment_words: "paid for Lima Trading goods INV 5"); in any
    case (fix40a: capitals no clue): "pacific home decor" is no "Pacific Ltd" (pay40). Loosely,
    only a name of a form of the same family, or of none written (forms): "Orbit Tech Ltd" is
    no name of "Orbit Tech LLC", another firm (pay40). The keys' plain words are indexed
    once, at the first name not written as a key: asked of all the store's customers, a loose
    match is the one customer of those words and form among them all."""

    def __init__(self, keys: Collection[str]) -> None:
        self.keys = keys
        self.plains: dict[tuple[str, ...], list[str]] | None = None

    def __call__(self, said: Said) -> str | None:
        found = self.run(said)
        return None if found is None else found[1]

    def run(self, said: Said) -> tuple[str, str] | None:
        """The longest start of the name that is a customer's, as written, and its key."""
        text = said.name.strip()
        ends = {len(text)} if said.whole else {m.start() for m in _ENDS.finditer(text)}
        for end in sorted(ends | {len(text)}, reverse=True):
            run = text[:end].strip()
            written = customer_key(run)
            key = self._one(written) if run else None
            if key is not None and (end == len(text) or forms(written)
                                    or ordinary(text[end:])):
                return run, key
        return None

    def _one(self, key: str) -> str | None:
        if key in self.keys:
            return key
        plain = _plain(key)
        if not plain:
            return None
        if self.plains is None:
            self.plains = {}
            for other in self.keys:
                self.plains.setdefault(_plain(other), []).append(other)
        form = forms(key)
        found = [other for other in self.plains.get(plain, ()) if same_firm(form, forms(other))]
        return found[0] if len(found) == 1 else None


def bare(name: str) -> str:
    """A note's name without the payment words after it: "Lima Trading goods" (of "paid for
    Lima Trading goods INV 5") is "Lima Trading"."""
    return next((name[:end.start()] for end in _ENDS.finditer(name)
                 if ordinary(name[end.start():])), name)


@lru_cache(maxsize=1 << 14)
def _plain(key: str) -> tuple[str, ...]:
    """A customer key's telling words, its company forms left out."""
    return tuple(telling(key, LEGAL_FORMS, LEGAL_CHINESE))


# each company form under its family's (similarity.FORM_FAMILIES): Limited and Pty as Ltd,
# 股份有限公司 as 有限公司; Co. or 公司 says no form ("Acme Co., Ltd" is an Acme Ltd, "Acme Co."
# any Acme)
_FORM_AS = {form: family[0] for family in FORM_FAMILIES for form in family}
_NO_FORM = FILLER | {"co", "company", "公司"}
_WORDS = re.compile(r"[^\W_]+")
# a full stop between two letters alone is an initial's (L.L.C. as llc, S.A. as sa); any other
# parts two words: a key holds "pty.ltd" for "Pty. Ltd." (customer_key drops the space after)
_INITIAL_STOP = re.compile(r"(?<![^\W_][^\W_])(?<=[^\W_])\.(?=[^\W_](?![^\W_]))")


@lru_cache(maxsize=1 << 14)
def forms(key: str) -> frozenset[str]:
    """The company forms a customer key ends with, each under its family (L.L.C. as llc,
    S.A. as sa, Pty. Ltd. as ltd, Sdn. Bhd. as sdn and bhd); none where it ends with another
    word."""
    found: set[str] = set()
    for word in reversed(_WORDS.findall(_INITIAL_STOP.sub("", key))):
        chinese = next((form for form in LEGAL_CHINESE if word.endswith(form)), None)
        if chinese is None and word not in LEGAL_FORMS:
            break
        found.add(_FORM_AS.get(chinese or word, chinese or word))
        if chinese is not None:
            break
    return frozenset(found - _NO_FORM)


def unformed(key: str) -> tuple[str, ...]:
    """A customer key's words before the company forms it ends with (:func:`forms`), every
    letter kept: "Alder Home Trading L.L.C." and "... LLC" are (alder, home, trading); "Buyer
    V" is no "Buyer U", which the telling words (no letter alone) take for one (fix66b)."""
    words = _WORDS.findall(_INITIAL_STOP.sub("", key))
    while words and words[-1] in LEGAL_FORMS:
        words.pop()
    chinese = next((form for form in LEGAL_CHINESE if words and words[-1].endswith(form)), None)
    if chinese is not None:  # 华美贸易有限公司: 华美贸易 (one word, its form at its end)
        words[-1] = words[-1][:-len(chinese)]
    return tuple(words)


def same_firm(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether names of these forms (forms) may be one firm's: one of them written without,
    or within the other's (GmbH of GmbH & Co. KG, Sdn of Sdn. Bhd.); LLC and Ltd are not."""
    return one <= other or other <= one


# a note naming whom it was paid for holds one of these (lower-cased): the store's notes are
# looked for by them too (core.ledger.paid_for_stored)
MARKS = ("代", "behalf", "paid for")


def paid_for(note: str | None) -> str | None:
    """The customer a payment's note says it was made for, as written (a comma before its
    company form left out: "Orbit Tech, LLC" is Orbit Tech LLC); None: it names none."""
    said = said_for(note)
    return None if said is None else said.name


# a 代付 note's word for whoever bought, no one's name ("代客户付款", "on behalf of our client"):
# read as a name, the note named «客户» as a third party the money waited for (pay41)
_ANYONE = re.compile(r"(?:the|our|a|an|end|final)?\s*(?:customer|client|buyer|consignee)s?"
                     r"|(?:该|此|本|我司|我方|贵司|终端|最终)?(?:客户方?|客人|买家|买方|顾客)",
                     re.IGNORECASE)


def said_for(note: str | None) -> Said | None:
    """The name a payment's note says it was made for (paid_for), and whether read whole: the
    first 代付 of the note that names someone ("代客户付款，代Lima Trading付款": Lima Trading)."""
    if not note or not any(mark in note.lower() for mark in MARKS):
        return None
    form_comma, paid_for = _patterns()
    for found in paid_for.finditer(form_comma.sub(" ", note.strip())):
        name = next(found[group] for group in ("a", "b", "c", "d", "e") if found[group]).strip()
        if name and not _ANYONE.fullmatch(name) and not ordinary(name.removesuffix("由")):
            return Said(name)  # 尾款, 货款由, PO-K1货款 (香港公司代付): what it paid, no payer
    return None


# each customer's lines looked at until its first sale (orders_customer, order_lines_order):
# every stored line was read for the customers at each import (1.5 CPU s at 1M lines, perf40b)
_SOLD_TO = ("SELECT c.key, c.name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o JOIN "
            "order_lines l ON l.order_id = o.id WHERE o.customer_id = c.id AND l.amount > 0 "
            "AND NOT l.credit_note)")


def stored_customers(conn: sqlite3.Connection) -> dict[str, str]:
    """The customers the store holds a sale of, key to name: a note may name one of them."""
    return dict(conn.execute(_SOLD_TO).fetchall())


def for_customers(records: list[Record], known: dict[str, str],
                  unnamed: list[tuple[int, str, str]] | None = None
                  ) -> tuple[list[Record], list[tuple[int, str, str]]]:
    """The sheet's records, each payment row of a payer buying nothing whose note names
    another customer of the file (`known`: the store's customers and its sheets' sales read
    so far, this one's too, key to name) booked to it, under that customer's name (the
    note's "Orbit Tech LLC" renamed the stored Orbit Tech Ltd it was loosely taken for,
    fix39b); and (row, payer, customer) of
    each so booked, for the report. A name no row of the file gives ("代付：深圳华强货款" read
    whole) moves nothing: no customer is made up from a note; such a row's (row, payer, name
    read) is added to `unnamed`, for the report (fix40a: the clerk saw only a new prospect)."""
    add_buyers(known, records)
    moved: list[tuple[int, str, str]] = []
    out = records
    named = Named(known)
    for index, record in enumerate(records):
        if record[AMOUNT] or not record[RECEIVED] or not record[NOTES]:
            continue
        said = said_for(record[NOTES])
        # a note naming the payer itself is its own money: never loosely another's (pay40)
        found = None if said is None or customer_key(said.name) == record[CUSTOMER_KEY] \
            else named.run(said)
        if found is None:
            if said is not None and unnamed is not None \
                    and customer_key(said.name) != record[CUSTOMER_KEY]:
                unnamed.append((record[ROW], record[CUSTOMER] or "", bare(said.name)))
            continue
        key = found[1]
        if key == record[CUSTOMER_KEY] or record[CUSTOMER_KEY] in known:
            continue  # a buyer itself passes on what the buyer named has open, no more
            # (payer_named._given: Hassan's 20,000 noted 代Khartoum Star Trading Co付款, rv55g s80)
        name = known[key] or found[0]
        if out is records:
            out = list(records)
        out[index] = booked_to(record, name, key)
        moved.append((record[ROW], record[CUSTOMER] or "", name))
    return out, moved


def add_buyers(known: dict[str, str], records: list[Record]) -> None:
    """The customers the records sell to added to `known` (key to name)."""
    known.update((r[CUSTOMER_KEY], r[CUSTOMER] or "") for r in records
                 if r[CUSTOMER_KEY] and r[AMOUNT])


def booked_to(record: Record, name: str, key: str) -> Record:
    """A payment row booked to the customer of `name` and `key`, not its payer: 代付 named in
    its note, or the one buyer of the invoice it names (core.ledger.paid_numbers)."""
    return (*record[:CUSTOMER], name, key, *record[CUSTOMER_KEY + 1:])


def paid_for_message(sheet: str, moved: Sequence[tuple[int, str, str]]) -> list[Message]:
    """The import report's note of the payments booked to the customer their note names."""
    if not moved:
        return []
    return [Message("paid_for", NP_(
        "Sheet “{sheet}”: {count} payment's note says it was made for another customer (代付): "
        "counted as that customer's money: {payments}. If the payer is the customer, correct the "
        "note and import the file again.",
        "Sheet “{sheet}”: {count} payments' notes say they were made for other customers (代付): "
        "counted as those customers' money: {payments}. If a payer is the customer, correct the "
        "note and import the file again."),
        {"sheet": sheet, "count": len(moved),
         "payments": Listed([Noted(customer, Message("paid_by", N_("paid by {payer}, row {row}"),
                                                     {"payer": payer, "row": row}))
                             for row, payer, customer in moved])})]


def unnamed_message(conn: sqlite3.Connection, file: str,
                    unnamed: Sequence[tuple[str, int, str, str]],
                    booked: Collection[tuple[str, str, int]]) -> list[Message]:
    """The import report's note of each payment whose note names someone no customer is
    (`unnamed`: sheet, row, payer, the name read; `booked`: the (file, sheet, row) of those a
    sale of the file booked after all, paid_for_stored): its place, the name, the closest
    customer sold to (sharing a word of the name), and that the money stays on the payer."""
    left = [u for u in unnamed if (file, u[0], u[1]) not in booked]
    if not left:
        return []
    names = list(stored_customers(conn).values())
    notes: list[Message] = []
    for sheet, row, payer, name in left:
        values = {"file": file, "sheet": sheet, "row": row, "payer": payer, "name": name}
        words = tokens(name)
        alike = most_similar(name, [other for other in names if tokens(other) & words])
        if alike:
            notes.append(Message("paid_for_unnamed", N_(
                "“{file}”, sheet “{sheet}” row {row}: the note says the payment was made for "
                "«{name}» (代付), a name no customer has; the closest customer is "
                "«{closest}». The money stays on the account of its payer, {payer}, unless a "
                "file imported later sells to «{name}». If the note means «{closest}», write "
                "the name as the orders do and import the file again."),
                {**values, "closest": alike[0][0]}))
        else:
            notes.append(Message("paid_for_unnamed", N_(
                "“{file}”, sheet “{sheet}” row {row}: the note says the payment was made for "
                "«{name}» (代付), a name no customer has, nor one alike. The money stays on "
                "the account of its payer, {payer}, unless a file imported later sells to "
                "«{name}»."), values))
    return notes
