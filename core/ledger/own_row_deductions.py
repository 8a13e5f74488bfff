"""A deduction said on one row of an order that the order's whole does not settle, weighed on
that row's own money (core.ledger.noted_deductions weighs the order first, and asks this):

- a payment's own row (定金30%, 尾款70%: 金额 0) short of its share by its deduction settles
  that payment: 定金到账1000，扣佣金2000 on the 3,000 deposit of a 10,000 order, its balance
  unpaid, is the deposit less its commission, 7,000 owed; weighed on the order, 9,000 (rv60c
  s320 D3, fix60n);
- a product line short by its deduction settles that line: 灯 5,000 received 3,000 and 灯罩
  5,000 unpaid, both noted 扣佣金2000 (the note copied down), is 2,000 off the order, 5,000
  owed; weighed on the order (10,000, 3,000 received) nothing was read, 7,000 (rv60c s328 c5);
- a payment's own row whose money is its share whole (the deposit row's 3,000 of its 30 %,
  less a bank's charge at most) and whose note says a deduction taken is that deduction off
  the order, not off that money: 定金 3,000 received noted 扣佣金2000, the balance unpaid, is
  5,000 owed, not 7,000 (s320 D3b). (A product line paid in full is not so read: 扣佣金2000 on
  灯 5,000 paid in full and on 灯罩 1,000 of 5,000 leaves 4,000 named for the clerk, lead60f.)
  Its order's money is then the whole file's and the store's, never its sheet's alone (the
  sheet waits for the file: core.ledger.deductions_apart): read off March's tab, a balance of
  7,000 paid on April's tab, the 收款登记 tab or April's file left a 2,000 credit that hid
  2,000 of the buyer's next debt (rv61b s420); April's file imported later withdraws the
  credit note (core.ledger.deductions_stored.settle_stored);
- a payment's own row with no money at all (尾款70% blank, 佣金2000已扣: core.ledger.
  order_payments takes it for its note) is that deduction off the order too, weighed so last:
  said on the sale row as well (扣佣金2000), it is the one deduction said twice (fix62c).

A deduction naming an earlier order (扣上单佣金2000, 上批: came_words.EARLIER_ORDER) is that
order's, none a row's own money takes off this one (s420 B10, s426 L4); a commission the firm
paid an agent apart (佣金2000已付给代理) is none at all (deduction_notes).

Each order's deduction is read so once (a row settling its own money before a deposit paid
whole), where no row settles it on the order, and where the order's open money (on the sheet,
or on the file where that is weighed: core.ledger.deductions_apart) is at least its sum: a
deduction larger than what is owed, or a note writing no sum, is none the import can vouch
for, and stays named for the clerk to check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache, partial

from core.ledger.balance_words import BALANCE_WORD
from core.ledger.bank_charges import charge
from core.ledger.came_words import EARLIER_ORDER
from core.ledger.deduction_notes import (
    SHARE,
    named,
    noted_sum,
    settled,
    taken_sum,
)
from core.ledger.deduction_withdrawn import of_the_deduction
from core.ledger.normalise import fold
from core.ledger.noted_orders import Known, another_number, sale_numbers, wire_references
from core.ledger.paper_typos import DAY_WRITTEN
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER_KEY,
    DEPOSIT_SAID,
    INVOICE_NO,
    NOTES,
    ORDER_NO,
    PRODUCT,
    RECEIVED,
    RECEIVED_CURRENCY,
    Record,
)

# what the report says of a sale row: its row, order, customer, note, and its order's amount,
# currency and received figure (in its own money) on the sheet
Said = tuple[int, "str | None", str, object, "float | None", str, "float | None"]


class OffOrder(float):
    """An order's money weighed as its amount less a deduction read off it though it stays
    short (:func:`_off_order`, :func:`_said_again`); `came` keeps the money that did, so that
    the report says the rest stays open, not that the order is settled."""

    came: float

    def __new__(cls, value: float, came: float | None) -> OffOrder:
        made = super().__new__(cls, value)
        made.came = came or 0.0
        return made


Order = tuple[object, object, object]  # a row's order on its sheet: number, buyer, currency
_BALANCE = re.compile(rf"{BALANCE_WORD}|balance")  # with DEPOSIT_SAID: a payment's own word


def own_rows(records: Sequence[Record], said: dict[int, Said], whole: bool = False
             ) -> dict[int, Said]:
    """`said` with each order's deduction its whole does not settle weighed on a row's own
    money (the module's docstring): the row's entry made what settles; each payment on its own
    share, else the order's once, its note copied on its other rows said again (dropped).
    `whole`: the order's money is the file's and the store's (core.ledger.deductions_apart),
    without which a deposit paid whole is not read as taking its deduction off the order."""
    done = {order_of(records[p]) for p, found in said.items()
            if records[p][ORDER_NO] and settled(*found[3:], number=found[1]) is not None}
    for p, found in sorted(said.items()):
        if order_of(records[p]) not in done and (read := _own_part(records[p], found)):
            said[p] = read
    done |= {order_of(records[p]) for p, found in said.items()
             if records[p][ORDER_NO] and settled(*found[3:], number=found[1]) is not None}
    known = cache(lambda: sold(records))  # asked only of a note writing a number
    _ways(records, said, done, (_own_line, partial(_off_order, known=known)) if whole
          else (_own_line,))
    _said_again(records, said, done)
    if whole:  # a blank payment row's note, said nowhere else on its order (fix62c)
        _ways(records, said, done, (partial(_blank_row, known=known),))
    return said


def _ways(records: Sequence[Record], said: dict[int, Said], done: set[Order],
          ways: tuple[Callable[[Record, Said], Said | None], ...]) -> None:
    """`said` with each order not `done` read the first of `ways` that reads one of its rows,
    the row's note copied on its other rows said again (dropped)."""
    for way in ways:
        for p, found in sorted(said.items()):
            r = records[p]
            if p not in said or not r[ORDER_NO] or order_of(r) in done or (
                    read := way(r, found)) is None:
                continue
            said[p] = read
            done.add(order_of(r))
            for other in [q for q in said if q != p and records[q][NOTES] == r[NOTES]
                          and order_of(records[q]) == order_of(r)]:
                del said[other]


def _said_again(records: Sequence[Record], said: dict[int, Said],
                done: set[Order]) -> None:
    """One deduction said on two rows of an order, one a payment's own row (金额 0), in any
    words (deduction_notes.named: 佣金500 on the sale row, 到账6000，扣佣金500 on its balance
    row): the buyer's word at the order and the clerk's at the money, read once off the order
    where it owes that much, the rest owed (a 10,000 order 9,000 received: 500, not 1,000,
    rv61a s401). A note copied down product lines alone is no such word (fix61c: named)."""
    kinds: dict[tuple[Order, tuple[str, float, frozenset[str]]], list[int]] = {}
    for p, found in sorted(said.items()):
        r = records[p]
        if r[ORDER_NO] and order_of(r) not in done and (what := named(*found[3:6], found[1])):
            kinds.setdefault((order_of(r), what), []).append(p)
    for (order, (_, figure, _)), places in kinds.items():
        if len(places) < 2 or order in done or all(records[p][AMOUNT] for p in places) or not (
                _owed(said[places[0]], figure)):
            continue
        first = min(places, key=lambda p: (not records[p][AMOUNT], p))
        said[first] = (*said[first][:6], OffOrder((said[first][4] or 0.0) - figure,
                                                  said[first][6]))
        for p in places:
            if p != first:
                del said[p]
        done.add(order)


def short_by_own(r: Record, said: Said, figure: float) -> bool:
    """Is a row's own money short by `figure`: a product line's of its amount, a payment's own
    row's of its share (定金30%), within a bank's charge? (Two such rows are two deductions.)"""
    amount = r[AMOUNT] or 0.0
    if amount > 0:
        return abs(amount - (r[RECEIVED] or 0.0) - figure) <= charge(amount, None) + 0.005
    return _own_part(r, said) is not None


def _own_part(r: Record, said: Said) -> Said | None:
    """`said` weighed on a payment row's own share (定金30%), where its deduction settles that."""
    share, own = _share(r, said), received(r)
    if share is None or own is None:
        return None
    return None if settled(said[3], share, said[5], own, number=said[1]) is None else (
        *said[:4], share, said[5], own)


def _own_line(r: Record, said: Said) -> Said | None:
    """`said` weighed on a product line of a larger order, where its deduction settles it."""
    amount, own = r[AMOUNT], received(r)
    if not amount or amount <= 0 or own is None or said[4] is None or amount >= said[4] - 0.005 \
            or earlier(said[3]):
        return None
    figure = settled(said[3], amount, said[5], own, number=said[1])
    return None if figure is None or not _owed(said, figure) else (*said[:4], amount, said[5], own)


def _off_order(r: Record, said: Said, known: Known) -> Said | None:
    """`said` as its order less the deduction its note says was taken, where the row is a
    payment's whose money is its share whole (less a bank's charge at most)."""
    own, whole = received(r), _share(r, said)
    if own is None or not whole or whole <= 0 or not 0 <= (whole - own) <= charge(
            whole, None) + 0.005:
        return None
    return _taken_off(r, said, known)


def _blank_row(r: Record, said: Said, known: Known) -> Said | None:
    """`said` as :func:`_off_order` reads it, where the row is a payment's with no money at
    all (尾款70% blank, 佣金2000已扣): no typed money the note could explain, its deduction the
    order's (a 10,000 order 3,000 received: 5,000 owed, not 7,000; fix61c s320 D4)."""
    return _taken_off(r, said, known) if r[AMOUNT] == 0 and r[RECEIVED] is None and taken_sum(
        said[3], said[5], r[ORDER_NO]) else None


def _taken_off(r: Record, said: Said, known: Known) -> Said | None:
    """`said` as its order less the deduction its note says was taken, where it owes that."""
    amount = said[4]
    if amount is None or earlier(said[3]) or names_another(
            said[3], r[ORDER_NO], r[INVOICE_NO], known):
        return None
    figure = noted_sum(said[3], amount, said[5], said[1])
    return None if figure is None or not _owed(said, figure) else (
        *said[:4], amount, said[5], OffOrder(amount - figure, said[6]))


def earlier(note: object) -> bool:
    """Does a note name an earlier order (扣上单佣金2000, 上批): a deduction of that order's,
    none taken off this one by a row's own money (rv61b s420 B10, s426 L4: 7,000 read 5,000)?"""
    return isinstance(note, str) and EARLIER_ORDER.search(fold(note)) is not None


def names_another(note: object, order_no: object, invoice_no: object,
                  known: Known = frozenset) -> bool:
    """Does a row's `note` write another order's number (2025-702的佣金2000已扣, 佣金2000已扣
    (2025-688) under 2025-701): a deduction of that order's, as an earlier one's is (rv62c s562
    D2, s564: 7,000 owed read 5,000)? One `known` (the loose numbers the sheet or file sells:
    :func:`sold`), or of this order's own series (2025-702, PO-702 beside 2025-701: its last
    digits' run as long, what goes before it the same or a paper's letters alone). Not a day
    (06-30), a sum (2000, USD2000), the row's own number with a paper's letters (INV-2025-701,
    PI2025-701: this order's), nor a wire's or contract's reference of no order known (水单号
    TT20250420, HT-0315, SC250301: read as another order's, 2,000 taken off was lost, 5,000
    owed read 7,000, rv62f s621 D)."""
    own = sale_numbers(*(str(n) if n else None for n in (order_no, invoice_no)))
    return isinstance(note, str) and any(
        _DAY.fullmatch(number) is None and another_number(number, own, known)
        # the deduction's clauses only: not 佣金2000已扣，2025-702的运费取消了 (fix64b)
        for number in wire_references(of_the_deduction(fold(note))))


def sold(records: Iterable[Record]) -> frozenset[str]:
    """The loose numbers the `records` sell (their order and invoice numbers)."""
    return frozenset(number for r in records for number in sale_numbers(
        *(str(n) if n else None for n in (r[ORDER_NO], r[INVOICE_NO]))))


_DAY = re.compile(DAY_WRITTEN)


def _owed(said: Said, figure: float) -> bool:
    """Does the order owe at least `figure`, on the money weighed for it?"""
    amount = said[4] or 0.0
    return figure <= amount - (said[6] or 0.0) + 0.005


def _share(r: Record, said: Said) -> float | None:
    """A payment row's own share of its order (定金30% of 10,000: 3,000), or None."""
    folded = fold(r[PRODUCT]) if isinstance(r[PRODUCT], str) else ""
    shares = SHARE.findall(folded)
    if r[AMOUNT] or said[4] is None or len(shares) != 1 or not (
            DEPOSIT_SAID.search(folded) or _BALANCE.search(folded)):
        return None
    return round(said[4] * float(shares[0]) / 100, 2)


def order_of(r: Record) -> Order:
    """A row's order on its sheet: its number, buyer and currency."""
    return r[ORDER_NO], r[CUSTOMER_KEY], r[CURRENCY]


def received(record: Record) -> float | None:
    """A row's received figure where it is in the row's own money, the shortfall of which a
    deduction may be (a receipt in another currency is short by a rate, too)."""
    own = record[RECEIVED_CURRENCY]
    return record[RECEIVED] if own is None or own == record[CURRENCY] else None
