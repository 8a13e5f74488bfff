"""A sheet's rows whose notes name a deduction of the buyer's (what a note says: core.ledger.
deduction_notes), weighed on their order: its sale rows and its payments' own rows of the
sheet, or the money the whole file received on it (core.ledger.deductions_apart); each
order's deduction once, however many of its rows repeat the note; where the order's whole
does not settle it, on a row's own money (core.ledger.own_row_deductions). What is read is a
credit note of its sum on the order (core.ledger.noted_returns), and the import report names
each (:func:`deduction_messages`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter

from core.i18n import N_
from core.ledger.deduction_notes import deduction, hinted, kind_word, marks, settled
from core.ledger.keys import numbered_order_key
from core.ledger.order_payments import payment_word
from core.ledger.own_row_deductions import (
    OffOrder,
    Said,
    names_another,
    order_of,
    own_rows,
    received,
    short_by_own,
)
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    INVOICE_NO,
    NOTES,
    ORDER_NO,
    PRODUCT,
    RECEIVED,
    ROW,
    STATUS,
    Record,
)
from core.ledger.typed_rows import is_receipt_line
from core.messages import Message


def deducted(records: Sequence[Record], paid: PaidApart | None = None) -> dict[int, float]:
    """A sheet's sale rows (by place in `records`) whose notes name a deduction that settles
    their order (:func:`deduction`), each with its sum. A row's order is weighed whole: its
    sale rows of the sheet, of its number and buyer (an invoice of two products, the money
    received written on its first row: Nordhaus's 6,000 and 4,000 lamps paid 9,500); where
    that does not settle it, by the money the whole file received on it (`paid`:
    core.ledger.deductions_apart)."""
    found: dict[int, float] = {}
    for place, (_, number, _, note, amount, currency, paid_in) in said_rows(records,
                                                                            paid).items():
        figure = settled(note, amount, currency, paid_in, number=number)
        if figure is not None:
            found[place] = figure
    return _within(records, found) if found else found


def _within(records: Sequence[Record], found: dict[int, float]) -> dict[int, float]:
    """`found` with no order's deductions more than what its rows leave it short: money come
    since on its rows (补付质量扣款 1,000 of a 2,000 claim, or a plain 尾款 1,000) pays that much
    of the deduction back, the claim settled at the rest. Kept whole, the 2,000 made the order
    1,000 overpaid, clearing his other order's 1,000, 72 days, black (rv68c R1, R1b, R1d, R2,
    L1). Where its rows hold money in another currency, or none since, as read."""
    totals: dict[tuple[object, object, object], list[float | None]] = {}
    for r in records:
        if r[ORDER_NO] and not r[CREDIT_NOTE] and r[STATUS] != "cancelled":
            total = totals.setdefault(order_of(r), [0.0, 0.0])
            # money its note says another order's (2025-702的货款 under 2025-701) is not this
            # order's: counted, a 2,000 claim read as half paid back, 1,000 owed (rv68c R4)
            own = 0.0 if names_another(r[NOTES], r[ORDER_NO], r[INVOICE_NO]) else received(r)
            total[0] = (total[0] or 0.0) + max(r[AMOUNT] or 0.0, 0.0)
            total[1] = None if total[1] is None or r[RECEIVED] is not None and own is None else (
                total[1] + (own or 0.0))
    for order, (amount, paid) in totals.items():
        places = [p for p in sorted(found) if order_of(records[p]) == order]
        if paid is None or not places or sum(found[p] for p in places) <= (
                amount or 0.0) - paid + 0.005:
            continue
        over = sum(found[p] for p in places) - max((amount or 0.0) - paid, 0.0)
        for p in reversed(places):  # the later deductions paid back first
            taken = min(over, found[p])
            found[p] -= taken
            over -= taken
            if found[p] <= 0.005:
                del found[p]
    return found


# (order key, customer key, currency) -> the money the whole file received on that order, in
# its own money: on its sale rows of every tab, and rows of money naming it (a 收款登记 wire)
PaidApart = Mapping[tuple[str, str, str], float]


class FileMoney(dict[tuple[str, str, str], float]):
    """A PaidApart whose orders paid in another currency keep how far their converted money
    may be off (`slack`: core.ledger.converting)."""

    def __init__(self, paid: Mapping[tuple[str, str, str], float],
                 slack: Mapping[tuple[str, str, str], float]) -> None:
        super().__init__(paid)
        self.slack = dict(slack)


def said_rows(records: Sequence[Record], apart: PaidApart | None = None) -> dict[int, Said]:
    """A sheet's sale rows whose notes may name a deduction (by place in `records`), each
    with its order's amount and money received on the sheet (:func:`deducted`), or on the
    whole file (`apart`) where the sheet's alone is not the order's less the deduction: Quito's
    balance wired on the 收款登记 tab, Karachi's on July's tab repeating June's sale (rv56b)."""
    # each distinct note weighed once, at C speed: most sheets hold none (a million rows)
    notes = {note for note in set(map(itemgetter(NOTES), records)) if hinted(note)}
    places = [p for p, r in enumerate(records) if r[NOTES] in notes and _sold(r)] if notes else []
    if not places:
        return {}
    # (number, buyer, currency) -> its rows' amount and money received (None: some in
    # another money); a payment's own row of the order (金额 0) counts its money
    totals: dict[tuple[str, str, str], list[float | None]] = {}
    for r in records:
        if r[ORDER_NO] and not r[CREDIT_NOTE] and r[STATUS] != "cancelled":
            total = totals.setdefault((r[ORDER_NO], r[CUSTOMER_KEY], r[CURRENCY]), [0.0, 0.0])
            paid, own = r[RECEIVED], received(r)
            total[0] = (total[0] or 0.0) + max(r[AMOUNT] or 0.0, 0.0)
            total[1] = None if total[1] is None or (paid is not None and own is None) else (
                total[1] + (own or 0.0))
    said: dict[int, Said] = {}
    for p in places:
        r = records[p]
        amount, paid = totals[(r[ORDER_NO], r[CUSTOMER_KEY], r[CURRENCY])] if r[ORDER_NO] else (
            r[AMOUNT], received(r))
        if apart and r[ORDER_NO] and off(paid, amount) and settled(
                r[NOTES], amount, r[CURRENCY], paid, number=r[ORDER_NO]) is None:
            paid = _weighed(apart, (numbered_order_key(r[ORDER_NO]), r[CUSTOMER_KEY],
                                    r[CURRENCY]), r[NOTES], amount, paid)
        said[p] = (r[ROW], r[ORDER_NO], r[CUSTOMER], r[NOTES], amount, r[CURRENCY], paid or None)
    return own_rows(records, _once(records, said), apart is not None)



def _once(records: Sequence[Record], said: dict[int, Said]) -> dict[int, Said]:
    """`said` with each order's deduction weighed on the order's whole shortfall, once. A row
    whose note settles it alone takes it, the sale row's before a payment row's; the order's
    later payment rows and its other rows settling it alike are the one deduction written again:
    扣佣金2000 on the sale row and 到账5000，扣佣金2000 on its 尾款 row (fix60g), or copied down
    both product rows of a 10,000 order received 8,000, made two credit notes, 4,000 off a
    2,000 commission and 2,000 shown open (fix60i). Where none settles it alone, the rows'
    sums together may: each of two rows short 2,000 and noted 扣佣金2000 is its own."""
    rows: dict[tuple[object, object, object], list[int]] = {}
    for p in sorted(said):
        if records[p][ORDER_NO]:
            rows.setdefault(order_of(records[p]), []).append(p)
    for places in rows.values():
        settles = [p for p in places if settled(*said[p][3:], number=said[p][1]) is not None]
        if settles:
            first = min(settles, key=lambda p: (records[p][AMOUNT] == 0, p))
            for p in places:
                if p != first and (p in settles or records[p][AMOUNT] == 0 and (
                        records[first][AMOUNT] != 0 or p > first)):
                    del said[p]
        elif len(places) > 1:
            _together(records, said, places)
    return said


def _together(records: Sequence[Record], said: dict[int, Said], places: list[int]) -> None:
    """An order's rows noting deductions none of which settles it alone, read as settling it
    where their sums together do: each row's money lifted by the others' sums. Rows naming one
    kind and sum (:func:`named`), in any words, are one deduction: 扣佣金500 on the sale row and
    到账6000，佣金500已扣 on its balance row settled a 10,000 order 9,000 received as two
    (rv61a s401); only rows each short by it on their own money (two product lines, two
    payments: each its own, fix60i, fix60n) are each their own, and a row not so short beside
    one that is names none of its own (扣佣金2000 on a row paid in full and on the short row
    below: read as two, a buyer owing 4,000 cleared, s329)."""
    figures: dict[int, float] = {}
    kinds: dict[tuple[str, float, frozenset[str]], list[int]] = {}
    for p in places:
        found = deduction(*said[p][3:], number=said[p][1])
        if found is not None and found.figure is not None:
            figures[p] = found.figure
            kinds.setdefault((found.kind, round(found.figure, 2), marks(said[p][3])),
                             []).append(p)
    for (_, figure, _), same in kinds.items():
        own = [p for p in same if short_by_own(records[p], said[p], figure)]
        for p in same[1:] if not own else [p for p in same if p not in own]:
            del figures[p]
    total = math.fsum(figures.values())
    lifted = {p: (*said[p][:6], (said[p][6] or 0.0) + total - figure)
              for p, figure in figures.items()}
    if len(lifted) > 1 and all(settled(*lift[3:], number=lift[1]) is not None
                               for lift in lifted.values()):
        said.update(lifted)


def _weighed(apart: PaidApart, order: tuple[str, str, str], note: object,
             amount: float | None, paid: float | None) -> float | None:
    """The file's money on `order`, taken as what its note's deduction leaves where it is that
    within the rounding of the rates it was converted at (27,445 RMB, 3,812.11 USD, for 3,812:
    core.ledger.converting), so that the report and the credit note weigh it alike."""
    found = apart.get(order, paid)
    slack = apart.slack.get(order, 0.0) if isinstance(apart, FileMoney) else 0.0
    figure = settled(note, amount, order[2], found, slack) if slack else None
    return found if figure is None or amount is None else amount - figure


def off(paid: float | None, amount: float | None) -> bool:
    """Is a sheet's money on an order not its amount: short, or more, paying another order
    too (合并付款，含YW25-0142货款5166，质量扣款500 on YW25-0139's row), so that the file's
    money on it (core.ledger.deductions_apart) is weighed?"""
    return abs((paid or 0.0) - (amount or 0.0)) > 0.005



def _sold(r: Record) -> bool:
    return not r[CREDIT_NOTE] and r[STATUS] != "cancelled" and (
        (r[AMOUNT] or 0) > 0 or paying_row(r[ORDER_NO], r[AMOUNT], r[RECEIVED], r[PRODUCT]))


def paying_row(order_no: object, amount: float | None, received: float | None,
               product: object = None) -> bool:
    """Is a row a payment's own row of a numbered order (its 尾款 or 定金 row, 金额 0, money
    received), whose note may name a deduction of the order's as a sale row's does? A balance
    row noted 到账5000，佣金2000已扣 left 2,000 open, black, the buyer having kept it (rv60a
    s305): weighed by its order's amount and money, as a sale row's note is. So is one with no
    money (`product` its payment's word: core.ledger.order_payments takes it only where its
    note says a deduction taken)."""
    return bool(order_no) and ((received or 0) > 0 and is_receipt_line(amount, received) or (
        amount == 0 and received is None and payment_word(product)))


def deduction_messages(sheet: str, rows: Iterable[Said]) -> tuple[list[Message], set[int]]:
    """The import report's note of each sale row of a sheet (:func:`said_rows`) whose note
    names a deduction: read as settled, or (its sum not the shortfall, or none written) left
    open for the clerk to check; and the rows read as settled, whose credit notes are no
    returns to name."""
    said: list[Message] = []
    settled_rows: set[int] = set()
    for row, order, customer, note, amount, currency, paid in rows:
        found = deduction(note, amount, currency, paid, number=order)
        if found is None or amount is None or paid is None:
            continue
        words = {"sheet": sheet, "row": row, "order": order or "—", "customer": customer,
                 "note": note, "kind": kind_word(found.kind),
                 "short": f"{amount - paid:,.2f} {currency}",
                 "figure": "" if found.figure is None else f"{found.figure:,.2f} {currency}"}
        left = amount - (found.figure or 0.0) - (paid.came if isinstance(paid, OffOrder) else paid)
        if found.settles and (isinstance(paid, OffOrder) or left > 0.005):
            settled_rows.add(row)  # or a grant of a part (让1000 of 2,000 short): its rest open
            words["short"] = f"{left:,.2f} {currency}"
            said.append(Message("deduction_off_order", N_(
                "Sheet “{sheet}” row {row}, order {order} of {customer}: {figure} deducted by "
                "the buyer as {kind} (备注 “{note}”): a credit note on its order that lowers its "
                "revenue; the {short} still short on the order stays open."), words))
        elif found.settles:
            settled_rows.add(row)
            said.append(Message("noted_deduction", N_(
                "Sheet “{sheet}” row {row}, order {order} of {customer}: {figure} deducted by "
                "the buyer as {kind} (备注 “{note}”): counted as settled, a credit note on its "
                "order that lowers its revenue."), words))
        else:
            said.append(Message("unmatched_deduction", N_(
                "Sheet “{sheet}” row {row}, order {order} of {customer}: paid {short} short, "
                "its note names {kind} (备注 “{note}”) but not that sum: nothing counted as "
                "settled, the {short} stays open. Check the note, write the sum deducted and "
                "import the file again.") if found.figure is None else N_(
                "Sheet “{sheet}” row {row}, order {order} of {customer}: paid {short} short, "
                "its note names {kind} of {figure} (备注 “{note}”), not that sum: nothing "
                "counted as settled, the {short} stays open. Check the note and the money "
                "received, and import the file again."), words))
    return said, settled_rows


