"""The money a noted deduction's order is weighed against that its own number, buyer and
currency do not key: a wire naming two invoices, a sister firm's wire, one in RMB.

The account pays an order with any money naming it: a 收款登记 line "YW25-0091，YW25-0097"
(合并付款) pays both invoices, a sister firm's wire naming YW25-0200 pays Almaty's invoice,
a money changer's 27,444 RMB pays YW25-0113's dollars at the day's rate. The deduction's
weighing (core.ledger.deductions_apart.paid_apart) keyed money by the whole cell, the payer
and the money's own currency, found none on the noted order, and its 质量扣款500 stayed open:
taken from the buyer's next invoice paid in full, which aged until a good buyer was
black-listed (rv57b s6, s7, s10). Here each such line of money is placed where the account
places it:

- on the orders of the file its number cell names (core.ledger.noted_orders.named_numbers,
  the one place a payment's numbers are split), the payer's own, or else those of the one
  buyer the file sells them to (a sister firm or an agent paying: the order's, whoever sent
  it);
- in the orders' currency, at the rate of the money's day (`convert`: the rates the account
  uses, core.rates); without one the orders are left out, as before;
- a line naming several orders fills first those no note deducts from, each to what it
  still owes, and leaves the rest to the noted one: 5,900 = 1,420 for YW25-0091 and 4,480
  for YW25-0097, short by its 500. A sale row paid more than its order and noting another
  order (合并付款，含YW25-0097货款4480) is such a line, its order among those it pays.

Money naming no order the file sells, or orders of two buyers, stays where it was keyed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, MutableMapping, Sequence
from datetime import date
from itertools import accumulate

from core.ledger.converting import off_by
from core.ledger.deduction_notes import noted_sum, settled
from core.ledger.keys import NUMBERED
from core.ledger.lot_words import TOLERANCE
from core.ledger.noted_orders import loose_number, named_numbers, references

Order = tuple[str, str, str]  # its numbered key, its buyer's key, its currency
# a line of money keyed by its own number cell, payer and currency; its figure and day
Wire = tuple[Order, float, "date | str | None"]
Convert = Callable[[float, str, str, "date | str"], "float | None"]


def place_wires(wires: Iterable[Wire], sold: Mapping[Order, float],
                money: MutableMapping[Order, float], asked: Collection[Order],
                mixed: set[Order], convert: Convert | None,
                slack: MutableMapping[Order, float] | None = None,
                lots: Mapping[Order, Sequence[float]] | None = None) -> None:
    """Each of `wires` (the file's lines of money, and those other files stored naming its
    noted orders: core.ledger.deductions_stored) added to `money` on the orders it pays:
    its own where the file sells that (`sold`: each order's amount), else those its number
    cell names (the module's docstring); a line naming several last, once each order holds
    the rest of its money. A line converted adds how far it may be off to its orders'
    `slack` (core.ledger.converting). `lots`: the amounts of the lines (lots, products) of
    orders written on several, in the file's order (:func:`share`)."""
    index: dict[str, list[Order]] | None = None
    several: list[tuple[list[Order], float]] = []
    for order, figure, day in wires:
        if order in sold:
            money[order] += figure
            continue
        if index is None:
            index = defaultdict(list)
            for sale in sold:
                index[loose_number(sale[0][len(NUMBERED):])].append(sale)
        found = _paid(order, figure, day, index, convert)
        if found is None:
            money[order] += figure  # no order the file sells, or orders of two buyers
            continue
        orders, paid = found
        if slack is not None and convert is not None and paid is not None and day is not None:
            for sale in orders:
                slack[sale] += off_by(convert, figure, order[2], sale[2], day)
        if paid is None:
            mixed.update(orders)  # no rate for its day: a rate's question, as before
        elif len(orders) == 1:
            money[orders[0]] += paid
        else:
            several.append((orders, paid))
    for orders, figure in several:
        share(orders, figure, sold, money, asked, lots)


def _paid(order: Order, figure: float, day: date | str | None,
          index: Mapping[str, list[Order]], convert: Convert | None
          ) -> tuple[list[Order], float | None] | None:
    """The sold orders a line of money names and its figure in their currency (None: no rate
    for it); None where it names no order the file sells, or orders of two buyers."""
    number, payer, currency = order
    # in the keys' order, not a set's (which changed with each run's string hashing: a wire
    # short by an invoice read one deduction or the other, 10,500 or 11,000 open: fix59c)
    named = list(dict.fromkeys(sale for key in sorted(named_numbers(number[len(NUMBERED):]))
                               for sale in index.get(key, ())))
    own = [sale for sale in named if sale[1] == payer] or named
    if not own or len({sale[1] for sale in own}) > 1:
        return None
    alike = [sale for sale in own if sale[2] == currency]
    if alike:
        return alike, figure
    if len({sale[2] for sale in own}) > 1:
        return None
    there = own[0][2]
    return own, (None if convert is None or day is None else convert(figure, currency, there,
                                                                       day))


def share(orders: list[Order], figure: float, sold: Mapping[Order, float],
          money: MutableMapping[Order, float], asked: Collection[Order],
          lots: Mapping[Order, Sequence[float]] | None = None) -> None:
    """A line of money naming several orders of one buyer, shared among them: first those
    whose notes deduct a sum (`asked`: :func:`_noted_off`), each to what it owes less that
    sum, then the others, each to what it still owes (or, written in lots, to the whole lots
    it pays: :func:`_whole_lots`); the rest on the last. The buyer's note says what it took
    off that invoice: a wire short beyond the notes is short on an invoice noting none
    (Muscat's 20,000 for 9,000 noted 质量扣款500 and 12,000: 8,500 and 11,500, the 500 read and
    500 owed, where the 12,000 filled first left the 9,000 1,000 short and no deduction read,
    1,000 open: rv58d s247 T2). Where every order notes one, a wire short beyond them by less
    than any order's part is the buyer's payment of them all less the notes, a part still
    owed (:func:`_short_beyond`: 19,000 for both noted, 1,000 owed, no longer 1,500 with one
    deduction read: T1)."""
    owed = {sale: max(sold[sale] - _noted_off(sale, sold, asked) - money.get(sale, 0.0), 0.0)
            for sale in orders}
    deducting = [sale for sale in orders if owed[sale] < sold[sale] - money.get(sale, 0.0)]
    ranked = sorted(orders, key=lambda sale: sale not in deducting)  # stable: the cell's order
    caps = _whole_lots(ranked, figure, sold, money, asked, lots) if lots else None
    rest = figure
    for sale in ranked[:-1]:
        part = min(rest, caps[sale] if caps and sale in caps else owed[sale])
        money[sale] += part
        rest -= part
    money[ranked[-1]] += rest + (_short_beyond(owed, figure) if len(deducting) == len(
        orders) else 0.0)


def _short_beyond(owed: Mapping[Order, float], figure: float) -> float:
    """What a wire for orders each noting a deduction (`owed`: each order's sum less its
    deduction) falls short of them by, where less than any one of them owes: weighed as
    paid with the rest, each note read, the shortfall left to the account."""
    short = sum(owed.values()) - figure
    return short if 0.005 < short < min(owed.values()) - 0.005 else 0.0


def _whole_lots(ranked: list[Order], figure: float, sold: Mapping[Order, float],
                money: Mapping[Order, float], asked: Collection[Order],
                lots: Mapping[Order, Sequence[float]]) -> dict[Order, float] | None:
    """What a wire naming a noted order pays each order beside it that is written in lots
    (`lots`), where, the noted orders paid their amounts less their deductions, it pays whole
    lots of theirs, first lot first, and at most a part of the next (its share of the PI's
    deposit): Muscat's 44,069 for YW25-0092 (20,965 noted 质量扣款500) and YW25-0118's first lot
    (23,604), its second (15,736) shipped and unpaid, filled both lots first and left YW25-0092
    16,236 short, the 500 open on lot 1 where nothing was (rv59b s20). None where the wire
    pays no whole lot of one of them, or more than they owe: shared as before."""
    beside = [sale for sale in ranked if sale not in asked]
    if len(beside) == len(ranked) or not any(sale in lots for sale in beside):
        return None
    free = figure - math.fsum(max(sold[sale] - _noted_off(sale, sold, asked)
                                  - money.get(sale, 0.0), 0.0) for sale in ranked
                              if sale in asked)
    caps: dict[Order, float] = {}
    for sale in beside:
        written, had = lots.get(sale, (sold[sale],)), money.get(sale, 0.0)
        paid = [total - had for total in accumulate(written) if total - had <= free + TOLERANCE]
        if not paid and had < written[0] - TOLERANCE:
            return None  # not one whole lot of it paid
        caps[sale] = max(paid[-1], 0.0) if paid else 0.0
        free -= caps[sale]
    if free < -TOLERANCE:
        return None
    rest = next((sale for sale in beside if sold[sale] - money.get(sale, 0.0) - caps[sale]
                 > free + TOLERANCE), None) if free > TOLERANCE else None
    if rest is None and free > TOLERANCE:
        return None
    if rest is not None:
        caps[rest] += free  # a part of its next lot: that lot's share of the deposit
    return caps


def _noted_off(sale: Order, sold: Mapping[Order, float], asked: Collection[Order]) -> float:
    """The sum a noted order's note (`asked`: each noted order's, a file's) deducts: what a wire
    for several orders leaves it short by. Muscat's 20,000 for two invoices of 9,000 and
    12,000 each noted 质量扣款500 filled the first to 9,000 and left the last 1,000 short, no
    500: neither deduction read, 1,000 open, black (rv58b s16)."""
    note = asked.get(sale) if isinstance(asked, Mapping) else None  # the store's: no notes
    return (noted_sum(note, sold[sale], sale[2]) or 0.0) if note else 0.0


def overpaid(notes: Mapping[Order, set[str]], sold: Mapping[Order, float],
             money: MutableMapping[Order, float], asked: Collection[Order],
             lots: Mapping[Order, Sequence[float]] | None = None) -> None:
    """A sale paid more than its order whose row notes other orders of its buyer the file
    sells (合并付款，含YW25-0097货款4480): all its money shared among it and them as one
    wire's, so that a deduction the note names is weighed on whichever order it is short on
    (Andes' YW25-0139 3,600, 8,266 received, 合并付款，含YW25-0142货款5166，质量扣款500: 5,166 for
    YW25-0142, 3,100 for YW25-0139, short by its 500). An order it names whose own row was
    paid more than that row and names others in turn (a lot's 合并付款，含YW25-0206货款9072，
    第二批, though the PI as a whole is not overpaid) joins the wire with those: Dhaka's 500 on
    YW25-0163 was weighed as paid, the 9,072 kept on YW25-0182, and the 500 fell on the newest
    invoice, watch (rv59b s19). An order in `lots` is paid its whole lots first (:func:`share`:
    Baltic's 6,818.50 on YW25-0106's first lot row, 含YW25-0118货款4204, is lot 1's balance and
    0118's less its 500, not both lots of 0106 first)."""
    index: dict[str, list[Order]] = defaultdict(list)
    done: set[Order] = set()
    for order in notes:
        pool = money.get(order, 0.0)
        if order in done or pool - sold.get(order, 0.0) <= 0.005 or order not in sold:
            continue
        if not index:
            for sale in sold:
                index[loose_number(sale[0][len(NUMBERED):])].append(sale)
        group = _named_by(order, notes, index)
        if len(group) > 1:
            done.update(group)
            pool = math.fsum(money.get(sale, 0.0) for sale in group)
            for sale in group:
                money[sale] = 0.0
            share(group, pool, sold, money, asked, lots)


def _named_by(order: Order, notes: Mapping[Order, set[str]], index: Mapping[str, list[Order]]
              ) -> list[Order]:
    """`order` and the orders of its buyer its rows' notes name, and those the notes of any of
    them paid more than its row name (`notes`), in the order named."""
    group = [order]
    for member in group:  # grows as it is walked
        for note in notes.get(member, ()):
            for text in references(note).values():
                group.extend(sale for sale in index.get(loose_number(text), ())
                             if sale[1:] == order[1:] and sale not in group)
    return group


def spare_paid(notes: Mapping[Order, str], sold: Mapping[Order, float],
               money: MutableMapping[Order, float], ahead: Collection[Order]) -> None:
    """A noted order short by more than its deduction, the rest of which another sale of its
    buyer holds beyond what that owes (all its money where it has not shipped and holds no
    deposit: `ahead`), which the account pays the noted order with, oldest due first: Khartoum's
    47,050 = 47,550 − 500 booked on its newest row YW25-0350, 10,000 not shipped, for
    YW25-0290 noted 质量扣款500 (rv57b s8: weighed against nothing, 500 open, 12 days). Placed
    only where it leaves the noted order short by its deduction (deduction_notes.settled): a
    wire of that figure is the deduction's, any other sum stays where it was booked."""
    spare: dict[tuple[str, str], dict[Order, float]] = defaultdict(dict)  # by buyer, currency
    for order, amount in sold.items():
        left = money.get(order, 0.0) - (0.0 if order in ahead else amount)
        if left > 0.005 and order not in notes:
            spare[order[1:]][order] = left
    for order, note in notes.items() if spare else ():
        amount, paid, held = sold.get(order, 0.0), money.get(order, 0.0), spare.get(order[1:])
        if not held or paid >= amount - 0.005 or settled(note, amount, order[2], paid) is not None:
            continue
        other = next((other for other, left in held.items()
                      if settled(note, amount, order[2], paid + left) is not None), None)
        if other is not None:
            money[order] += held[other]
            money[other] -= held.pop(other)
