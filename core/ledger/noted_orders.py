"""The one order a payment's note names, where its order-number column names none.

A clerk's 收款 sheet often has no invoice column: the wire's row says whose it is in 备注
("C-3", "货款 C-3 余款"). Read as naming no order, such a wire of 8,000 on the day C-1's and
C-2's rows say 5,000 and 3,000 received was taken for the slip of those two invoices
(core.ledger.booked_twice._lump_sums) and cleared: the buyer's 8,000 for C-3 was lost, C-3 shown
open and a buyer who had paid black-listed. A note naming exactly one of its customer's
numbers (an order's, or an invoice's, read as its order) names that order; naming none or
several ("C-1 + C-2": one slip for both), it names none, as before.

A note naming none of its customer's numbers may name one written as they are written (their
letters, then digits): an order the ledger does not list yet (K-3 定金), another buyer's
invoice the customer paid (PI-2025-017 among PI-2025-031's). Read as naming none, such a wire
was taken for the one booked under the customer's other invoice that day and dropped: the
buyer's money lost, an invoice it paid shown open. It names that number, an order not among
the customer's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from core.ledger.amounts import ISO_CODES, named_currency
from core.ledger.normalise import fold
from core.ledger.noted_money import MONEY
from core.ledger.paper_typos import DAY_WRITTEN

# A reference is a run of letters and digits joined by hyphens or underscores, read whole: the
# bank's "REF K-2025-118 货款" names no invoice 2025 or 118 (read inside it, the wire was
# taken for that invoice's and counted beside the slip it was). Two styles of one reference
# are one: a hyphen between letters and digits and a digit run's leading zeros do not count
# (M-7, M7 and M-007; INV-12 and INV12), a hyphen between two digit runs does (INV-1-2 is not
# INV-12).
_TOKEN = re.compile(r"[0-9a-z]+(?:[-_][0-9a-z]+)*")
_JOINT = re.compile(r"(?<=[a-z])[-_]+(?=[0-9])|(?<=[0-9])[-_]+(?=[a-z])")
_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")
# a number written otherwise (a space, a slash: "PO 118", "25/118") is named where no letter
# or digit runs on either side of it: C-1 is not in C-10
_EDGE = "(?<![0-9a-z]){}(?![0-9a-z])"


def reference(text: str) -> str:
    """The key every style of one reference shares (folded, as order numbers are)."""
    return _ZEROS.sub("", _JOINT.sub("", fold(text)))


# an order number's spaces, slashes and underscores, read as a hyphen: "PO 90", "PO/90"
_GAPS = re.compile(r"[\s/_-]+")


# per distinct cell: each sheet's payer steps read every sale row so far again (paid_numbers.
# sold_open: 4.5 million asks of a 100k clerk's book, perf56c); its sets are not kept (56 MB)
@lru_cache(maxsize=1 << 17)
def loose_number(number: str) -> str:
    """The key every spelling of one order number shares: its reference() with a space or a
    slash read as a hyphen ('PO 90', 'PO90', 'PO-090' and 'po-90' are one; PO-2024-88 is not
    PO-202488 nor PO-88)."""
    return reference(_GAPS.sub("-", fold(number)))


def sale_numbers(order_no: str | None, invoice_no: str | None) -> set[str]:
    """The loose keys (loose_number) a sale answers to: its order number's and its invoice
    number's. A register's 发票号 names the invoice (HXI-1) the ERP exported beside its 合同号
    (HX-1): read as naming an order no file sells, 176 of a year's 255 such notes were false
    (acct52h). Money naming either is the sale's (core.analysis.dataset.SoldNumbers,
    core.ledger.unsold_receipts, core.ledger.paid_numbers); a number that is one sale's order
    number and another's invoice number names both, so a number naming two customers' sales
    moves no money (paid_numbers)."""
    return {loose_number(number) for number in (order_no, invoice_no) if number}


def named_numbers(number: str) -> set[str]:
    """The loose keys a payment's number cell names: the cell whole, and each reference in it
    holding a digit ("HXI25-0084/HXI25-0107/HXI25-0130", one wire for three invoices, names
    each: read whole, it named an order no file sells, and its 203,166 was held for it while
    the three stood overdue, rv52b), and each number of a range it writes (_ranged)."""
    text = fold(number)
    found = {loose_number(number), *(loose_number(token) for token in _TOKEN.findall(text)
                                      if any(c.isdigit() for c in token))}
    if ("~" in text or not text.isascii() or "-" in text) and _RANGE_MARK.search(text):
        found.update(map(loose_number, ranged(text)))  # (rare) most cells write no range
    return found


# The most numbers one range is read as, past its first: a clerk's range spans a few invoices
# of one buyer; a longer one is more likely two numbers of another kind than one wire for 32
# invoices, and is read as before, its ends alone.
RANGE_SPAN = 30
RANGE_WORDS = "~～至到"  # what a range's ends stand either side of (or a hyphen, below)
# A range of one buyer's invoices a wire pays, its ends sharing their letters ("INV-101～102",
# "INV-101~INV-102", "INV-101至102", "INV-101到103"; with a hyphen only glued to the letters and
# both ends of one width of 3 or more digits, "INV101-102", for INV-1-2 and PO-2024-88 are one
# number each, HXI25-0084 and HX25-26 invoices of 2025, SC2024-2025 a contract: fix57e). Read
# as one number no file sells, a money changer's 12,000 for Alpha's INV-101 5,000 and INV-102
# 7,000 stayed the changer's and Alpha was black-listed (rv56e s155 g7).
_RANGE = re.compile(r"(?<![0-9a-z])(?P<head>[a-z][0-9a-z_-]*?)(?P<first>[0-9]+)\s*["
                    + RANGE_WORDS + r"]\s*"
                    r"(?P<again>[a-z][0-9a-z_-]*?)?(?P<last>[0-9]+)(?![0-9a-z])"
                    r"|(?<![0-9a-z_-])(?P<glued>[a-z]+)(?P<from>[0-9]{3,})-(?P<to>[0-9]{3,})"
                    r"(?![0-9a-z_-])", re.IGNORECASE)
_RANGE_MARK = re.compile(f"[{RANGE_WORDS}]" r"|[a-z][0-9]{3}[0-9]*-[0-9]{3}", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# a range's end a date word follows is a term's, no invoice's (SC-2025至2026年度合同, 2025~26年;
# not INV-2025~2026 where a firm's running number is past 2000: every year-like pair read so
# left a changer's 12,000 for Alpha's INV-2025 and INV-2026 on account, Alpha black, rv58a s222)
_DATED_END = re.compile(r"\s*[年月日号]")


def ranged(text: str) -> list[str]:
    """The numbers each range a cell writes, both ends included, as written ("INV-101～103":
    INV-101, INV-102, INV-103); none where it writes no range."""
    found: list[str] = []
    for match in _RANGE.finditer(text):
        if match["glued"] is not None:
            head, first, last = match["glued"], match["from"], match["to"]
            if len(first) != len(last) or _YEAR.fullmatch(first):
                continue  # HXI25-0084 (of 2025), SC2024-2025 (a contract's years)
        else:
            head, first, last = match["head"], match["first"], match["last"]
            if match["again"] is not None and reference(match["again"] + "0") != reference(
                    head + "0") or _DATED_END.match(text, match.end()):
                continue  # INV-101~PO-102: two kinds; SC-2025至2026年度合同: years (rv57c s214)
            if 2 <= len(last) < len(first):
                last = first[:len(first) - len(last)] + last  # INV-2025~26, INV-101~03
        start, end = int(first), int(last)
        if start < end <= start + RANGE_SPAN:
            found.extend(f"{head}{n:0{len(first)}d}" for n in range(start, end + 1))
    return found


def names_sale(number: str | None, order_no: str | None, invoice_no: str | None) -> bool:
    """Whether a payment's number names the sale of these numbers (sale_numbers)."""
    return bool(number) and not named_numbers(number or "").isdisjoint(
        sale_numbers(order_no, invoice_no))


def references(note: object) -> dict[str, str]:
    """Each whole reference a note gives, by its key (reference()), as the note writes it
    (folded); none for a blank note."""
    if not isinstance(note, str) or not note.strip():
        return {}
    return {reference(token): token for token in _TOKEN.findall(fold(note))}


# a firm's name's word of a digit and a letter or two (B2B, Y2K, 3M: "Pacific B2B Ltd", "3M
# Trading", "Y2K Supplies"), no ordinal (2nd): no wire's reference, which ends in its serial's
# digits (pay42: the bank's remitter "Y2K Supplies" on 03-31 and 04-01 made two instalments one)
_NAME_WORD = re.compile(r"(?![0-9](?:st|nd|rd|th)$)[a-z]?[0-9][a-z]{1,2}"
                        # a bare year or a 1-2 digit number (2025年3月货款, Payment 1/3): every
                        # month's or instalment's note gives it, no wire's (fx42c)
                        r"|[0-9]{1,2}|(?:19|20)[0-9]{2}")


def wire_references(note: object) -> set[str]:
    """The keys of the references a payment's note gives that hold a digit (TT-881, N-1, and
    "TT 881" typed spaced; not "TT" or 货款, nor a sum beside its currency, "USD 5000",
    "USD5000", "5000USD", "US$5000", nor a word of a firm's name, B2B, a bare year or a 1-2
    digit number: _NAME_WORD): what tells one wire from another."""
    if not isinstance(note, str):
        return set()
    text = _GLUED.sub(lambda m: f" {m['sum']} " if _currency(m['code'] or m['after']) else m[0],
                      fold(note))
    return {key for key in references(text) if any(c.isdigit() for c in key)
            and not _NAME_WORD.fullmatch(key)} | {
        reference(letters + digits) for letters, digits in _SPACED.findall(text)
        if named_currency(letters) is None} | {
        reference("-".join(filter(None, found))) for found in _DATED.findall(text)}


# a payer's account number ("汇款账号 6217001234", "A/C No. 6217-0012-34"): the same on every
# wire that payer sends, so no one wire's reference (fix40c: taken for one, a slip under no
# invoice paid another invoice's row of a near day, the buyer's 5,000 dropped)
_ACCOUNT = re.compile(r"(?:账号|帐号|账户|帐户|account|acct|a/c)\s*(?:no\.?|number|#)?\s*[:：.]?\s*"
                      r"([0-9][0-9 -]{4,}[0-9])")


def account_numbers(note: object) -> set[str]:
    """The reference keys of the account numbers a note gives after its account word: what
    tells the payer, never one wire (lump_wires.near_rows, payment_lines.vouched)."""
    if not isinstance(note, str):
        return set()
    return {key for number in _ACCOUNT.findall(fold(note))
            for key in (*wire_references(number), reference(re.sub(r"[ -]", "", number)))}


def told_wires(one: object, other: object) -> set[str]:
    """The wire references two notes share that tell a wire (TT-881; not an order's own paper:
    PO4501, PI-2025-017, INV-3, which a buyer's every remittance for that order quotes, in
    either currency: the bank's 35,500 CNY "PO4501" was not the tab's 5,000 USD "PO4501 USD",
    fix35i)."""
    return {key for key in wire_references(one) & wire_references(other)
            if not ((match := _SHAPE.match(key)) and match.group(1) in ORDER_PAPERS)}


# the letters an order's own papers are numbered by (purchase order, proforma, invoice, sales
# contract, commercial invoice)
ORDER_PAPERS = frozenset({"po", "pi", "inv", "so", "sc", "ci"})
# a paper's letters before the order's own number (PI2025-701, INV-2025-701: this order's)
_PAPER = re.compile(rf"^(?:{'|'.join(sorted(ORDER_PAPERS))})-?(?=[0-9])")
_RUN = re.compile(r"(.*?)([0-9]+)")


def another_number(number: str, own: set[str],
                   known: Callable[[], frozenset[str]] = frozenset) -> bool:
    """Is the reference `number` a note writes another order's than `own` (its sale's loose
    numbers: :func:`sale_numbers`)? Not its own with a paper's letters (PI2025-701, SC2025-701)
    nor a number of no series of its own and none `known` (the loose numbers the sheet or file
    sells; 25-701, a wire's TT20250420): only another of its series (2025-702, PO-702 beside
    2025-701: its last digits' run as long, what goes before it the same or a paper's letters
    alone) or one known. One reading for a deduction's note (core.ledger.own_row_deductions) and
    a rest beside it (core.ledger.deduction_rest: PI2025-600尚欠2000 under 2025-600 read as
    another's cleared a buyer owing 2,000, 72 days, black, rv65b s2)."""
    bare = _PAPER.sub("", number)
    return not {number, bare} & own and (
        any(_sibling(bare, mine) for mine in own) or bool({number, bare} & known()))


def _sibling(number: str, own: str) -> bool:
    """Is `number` another of `own`'s series: its last run of digits as long, what goes before
    it the same or nothing (702 beside 2025-701)?"""
    one, other = _RUN.fullmatch(number), _RUN.fullmatch(own)
    return one is not None and other is not None and len(one[2]) == len(other[2]) and (
        one[1] in ("", other[1]))


# such a paper's number typed with a space however short ("PI 50"; _SPACED wants three digits
# of any letters): read as a refund of PI-50's deposit, 退PI 50定金 left its 2,000 held (rv58c
# s230 a2)
_PAPER_SPACED = re.compile(rf"(?<![0-9a-z])({'|'.join(sorted(ORDER_PAPERS))}) ([0-9]+)"
                           r"(?![0-9a-z.,/-])")


# a sum written against its currency ("usd5000", "5000usd", "rmb35500") reads as written
# spaced ("usd 5000"): the note's figure, not a wire's reference of the shape usd (USD5000 and
# USD4950 were two wires, fix34a)
_GLUED = re.compile(r"(?<![0-9a-z-])(?=[a-z]{3}[0-9]|[0-9][0-9,.]*[a-z]{3}(?![0-9a-z-]))"
                    r"(?P<code>[a-z]{3})?(?P<sum>[0-9][0-9,.]*)(?(code)|(?P<after>[a-z]{3}))"
                    r"(?![0-9a-z-])")


def _currency(letters: str) -> bool:
    """Whether letters glued to a figure are a currency: a known one's code or name, not
    three letters a reference may have (INV5000), nor a withdrawn code (HRK5000)."""
    return named_currency(letters) in ISO_CODES


def without_references(note: str) -> str:
    """The folded note, each reference holding a digit (a wire's, an invoice's, a figure)
    taken out: what it says beside them ("tt-881 手续费" says 手续费)."""
    return _TOKEN.sub(lambda m: " " if any(c.isdigit() for c in m.group(0)) else m.group(0),
                      fold(note))


def same_words(one: str | None, other: str | None) -> bool:
    """Whether two notes say one thing, their references in any style (TT-881 货款 and TT881
    货款; both blank alike)."""
    return reference(one or "") == reference(other or "")


def other_references(one: object, other: object) -> bool:
    """Whether two notes each give their own reference of one kind (its letters: TT-881 and
    TT-882, or "TT 881" spaced, whatever invoice both name beside): two wires, each its
    bank's reference."""
    shapes: list[dict[str, set[str]]] = [{}, {}]
    for found, note in zip(shapes, (one, other), strict=True):
        for key in wire_references(note):
            if match := _SHAPE.match(key):
                found.setdefault(match.group(1), set()).add(key)
    return any(keys.isdisjoint(shapes[1].get(shape, keys)) for shape, keys in shapes[0].items())


def bank_only(note: object, beside: object) -> bool:
    """Whether `note` gives references, each of a shape (its letters) `beside` gives none of:
    the bank's own reference (FT2604123456) on its list, beside the invoice the clerk wrote
    (INV-3). A plain figure, or a reference of the other note's kind, is none."""
    given = [_SHAPE.match(key) for key in wire_references(note)]
    other = {match.group(1) for key in wire_references(beside) if (match := _SHAPE.match(key))}
    return bool(given) and all(match is not None and match.group(1) not in other
                               for match in given)


# a reference typed with a space between its letters and its number ("TT 881"; not a sum
# after its currency, "USD 5000"; nor the start of one run on, T/T 2025-0331's "T 2025": fx42c)
_SPACED = re.compile(r"(?<![0-9a-z])([a-z]{1,4}) ([0-9]{3,})(?![0-9a-z.,/-])")
# a paper's number of its year and serial written with a slash ("INV 2025/017", "2025/0117"):
# one reference, as INV-2025-017 is (pay43: pay42's bare year and 1-2 digit rule left it none);
# not a year's month or an instalment (2025/3, 2025/12, 1/3)
_DATED = re.compile(r"(?<![0-9a-z/])(?:([a-z]{1,4})[ .:#-]*)?((?:19|20)[0-9]{2}) ?/ ?([0-9]{3,})"
                    r"(?![0-9a-z/])")


def holds(note: str, part: str) -> bool:
    """Whether the folded `note` says what the folded `part` says, and more at most: its text
    and its references whole ("tt-1 起息日" holds "tt-1"; "tt-12" does not)."""
    return part in note and set(_TOKEN.findall(part)) <= set(_TOKEN.findall(note))


def numbers_of(pairs: Iterable[tuple[str | None, str | None]]) -> dict[str, str]:
    """Each folded order and invoice number of a customer's (order, invoice) pairs, with the
    folded order number it is on."""
    found: dict[str, str] = {}
    for order, invoice in pairs:
        if order:
            key = fold(order)
            found.setdefault(key, key)
            if invoice:
                found.setdefault(fold(invoice), key)
    return found


def noted_order(note: object, numbers: Mapping[str, str]) -> str | None:
    """The folded order number the note names, where it names one order only."""
    if not numbers:
        return None
    given = references(note)
    if not given:
        return None
    text = fold(str(note))
    named = {order for number, order in numbers.items() if (
        key in given if (key := _number_key(number)) is not None else number in text
        and re.search(_EDGE.format(re.escape(number)), text))}
    if named:
        return named.pop() if len(named) == 1 else None
    shapes = {match.group(1) for number in numbers
              if (key := _number_key(number)) is not None and (match := _SHAPE.match(key))}
    return next((token for key, token in given.items()
                 if (match := _SHAPE.match(key)) and match.group(1) in shapes), None)


def noted_number(note: object, spaced: bool = False) -> str | None:
    """The one order number a payment's note gives where its number cell names none ("PI-77定金":
    pi-77, folded as written): a reference holding a digit after letters (_SHAPE; no sum beside
    its currency nor a firm's name word: wire_references), and with `spaced` an order paper's
    typed spaced ("退PI 50定金": pi-50, :data:`_PAPER_SPACED`; a refund's, whose deposit is
    sent back: "deposit PI 5" on a 代付 slip pays the buyer's invoice, fix40a). None where it
    gives none or several."""
    given = references(note)
    found = {given[key] for key in wire_references(note) if key in given and _SHAPE.match(key)}
    if spaced and isinstance(note, str) and " " in note:
        papers = {f"{letters}-{digits}" for letters, digits in _PAPER_SPACED.findall(fold(note))}
        found |= {number for number in papers if reference(number) not in
                  {reference(known) for known in found}}
    return found.pop() if len(found) == 1 else None


def paper_number(number: str, own: Iterable[str | None]) -> bool:
    """Is a number a note gives an order's paper: lettered as a PO, PI, invoice or contract is
    (ORDER_PAPERS), or as one of the customer's own numbers (`own`: HT25-073 beside HT25-035),
    not a bank's wire reference (TT-881 定金: a deposit naming no order, fix38b)?"""
    match = _SHAPE.match(reference(number))
    return match is not None and (match[1] in ORDER_PAPERS or any(
        (found := _SHAPE.match(reference(n))) is not None and found[1] == match[1]
        for n in own if n))


@lru_cache(maxsize=1 << 16)
def _number_key(number: str) -> str | None:
    """A folded order or invoice number's reference key, where it is one reference (None:
    written with a space or a slash, found by its edges)."""
    return reference(number) if _TOKEN.fullmatch(number) else None


# a reference's shape: its letters before its first digit (k of K-1, pi of PI-2025-017); a
# plain run of digits has none (a note's date or sum would be read as one)
_SHAPE = re.compile(r"([a-z]+)[0-9]")


def credited_number(ref: str | None, own: tuple[str | None, ...], sales: dict[str, str],
                    note: object = None) -> str | None:
    """The number a credit note names: `ref` (as the sale spells it when it is one), else the
    first of its own numbers that is a sale's (`sales`: folded number -> number), else the
    sale its `note` names (:func:`named_sale`; one sold in another file is named after the
    import, core.ledger.noted_credits)."""
    if ref:
        return sales.get(fold(ref), ref)
    found = next((sales[fold(n)] for n in own if n and fold(n) in sales), None)
    return found if found is not None or not note else named_sale(note, sales)


def named_sale(note: object, sales: dict[str, str]) -> str | None:
    """The one sale of `sales` (folded number -> number) a note names, as the sale spells it;
    None where it names none or several ("PO-0 PO-1退货": whose, it does not say)."""
    named = noted_order(note, {number: number for number in sales})
    return sales[named] if named is not None and named in sales else None


def own_number(number: object) -> re.Pattern[str] | None:
    """A row's own order number, folded, found whole in a folded note (2025-7011 is no
    2025-701, nor 2025-700A nor 2025-701-2: rv59g s291, rv60a s301), or None: what names the
    row's own order, not another's (core.ledger.payment_row_money)."""
    own = fold(str(number)).strip() if number not in (None, "") else ""
    return re.compile(rf"(?<![0-9]){re.escape(own)}(?![0-9a-z])(?!\s?[-/]\s?[0-9a-z])"
                      ) if own else None


# an order's number in a note (2025-702, PI-77, inv-2025-701): one reading for the numbers a
# deduction's clauses name (deduction_notes), a rest's beside it (deduction_rest) and a plan's
# (plan_of); a day (6/30取消了, 2025-07-15到账) or a sum (USD5000) none
REFERENCE = re.compile(r"[0-9a-z]+(?:[-_/][0-9a-z]+)+|[a-z]+[0-9]+[0-9a-z]*")
DAY = re.compile(DAY_WRITTEN)


# the loose numbers a sheet or file sells (own_row_deductions.sold), worked out once if asked
Known = Callable[[], frozenset[str]]


def others_number(text: str, number: object, known: Known = frozenset) -> bool:
    """Does a folded text name another order's number than its order's `number` (2025-699 under
    2025-600; not its own in another spelling, PI2025-600, nor one of no series of its own and
    none `known`, the buyer's PO4521, 25-600: :func:`another_number`; without `number` known,
    any), not a day nor a sum (4/20, USD5000), nor letters alone (T/T, L/C)?"""
    refs = [ref for ref in REFERENCE.findall(text) if any(c.isdigit() for c in ref)  # no T/T
            and DAY.fullmatch(ref) is None and re.fullmatch(MONEY, ref) is None]
    if not number:
        return bool(refs)
    own = sale_numbers(str(number), None)
    return any(another_number(loose_number(ref), own, known) for ref in refs)
