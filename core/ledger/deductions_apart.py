"""A deduction a sale's note names, weighed against the money the whole file received on its
order: the short payment booked on a 收款登记 tab naming the order, or on a later month's
tab repeating the sale.

Quito Novedades' YW25-0066, 3,160 USD, its 备注 "质量扣款500", its 30% deposit (948) on the
sale's row and the balance (1,712) wired and booked on the 收款登记 tab: the deduction was
weighed against the row's 948 alone, not read, and its 500 stayed open, taken by the account
from the next invoice, paid in full, which then looked 500 short and 48 days late (watch).
Karachi Traders' YW25-0170 the same, its 7,135 on July's tab repeating June's noted sale
(rv56b s3, s4). So a sheet holding a sale row whose note names a deduction its own money
does not settle (:func:`owed`) waits for the file (core.ledger.file_reader), and is weighed
then against the order's money on every tab of the file (:func:`paid_apart`): each sale line
its last figure (a later tab repeating it writes its money so far: 948, then 2,660), each row
of money naming the order added. Where that settles it (core.ledger.noted_deductions.deducted,
the same rule and tolerance as a row paid on its own row), the credit note is made on the
sale's row as it would have been there (core.ledger.noted_returns.returned), unless the
file or the store writes it already. Where the sheet's own money settles it, or the file's
is not short by the deduction, nothing changes: the note deducts nothing then, as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from operator import itemgetter

from core.ledger.converting import off_by
from core.ledger.deduction_notes import hinted, noted_sum
from core.ledger.deduction_wires import Convert, Order, Wire, overpaid, place_wires, spare_paid
from core.ledger.deductions_stored import StoredMoney, add_stored
from core.ledger.forfeits import forfeited, refunded
from core.ledger.keys import NUMBERED, numbered_order_key
from core.ledger.lot_words import Shown, other_lot
from core.ledger.lot_words import shown as showing
from core.ledger.moved_deposits import moved_to
from core.ledger.normalise import fold
from core.ledger.noted_deductions import FileMoney, PaidApart, deducted, off, said_rows
from core.ledger.noted_orders import loose_number
from core.ledger.noted_returns import FileCredits, credited_apart, met, returned
from core.ledger.own_row_deductions import received
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CUSTOMER_KEY,
    DEPOSIT,
    DUE_DATE,
    DUE_DERIVED,
    NOTES,
    ORDER_DATE,
    ORDER_NO,
    PRODUCT,
    RECEIVED,
    RECEIVED_CURRENCY,
    RECEIVED_DATE,
    ROW,
    SHEET,
    SHIP_DATE,
    SHIP_DATE_KNOWN,
    STATUS,
    Record,
)
from core.ledger.unnamed_wires import Unnamed, unnamed_paid

Line = tuple[str, str, str, str, int]  # an order, a product, its n-th row of them on a tab
Kept = tuple[Order, float, str]  # a cancelled order, the money it received, its note


def hints(records: Sequence[Record]) -> bool:
    """Does any note of a sheet name a deduction (each distinct note asked once)?"""
    return any(map(hinted, set(map(itemgetter(NOTES), records))))


def owed(records: Sequence[Record]) -> bool:
    """Does a sheet hold a sale row whose note names a deduction's sum that the money its own
    rows received on the order does not settle (the file may: :func:`paid_apart`)?"""
    if not hints(records):
        return False  # most sheets: no note names one
    done = deducted(records)
    return any(p not in done and noted_sum(note, amount, currency) is not None
               and off(paid, amount)
               for p, (*_, note, amount, currency, paid) in said_rows(records).items())


def paid_apart(sheets: Iterable[Sequence[Record]], stored: StoredMoney | None = None,
               convert: Convert | None = None) -> PaidApart:
    """The money each order (its key, buyer and currency) received across a file's `sheets`,
    in tab order: its sale lines' last figures (a line: its product's n-th row of the order on
    a tab, another lot of an earlier tab's its own: :func:`_place`), its rows of money and a
    cancelled order's its note moves to it (:func:`moved`), placed as the account places them
    (core.ledger.deduction_wires: a wire naming two invoices, a sister firm's, one in RMB at
    `convert`'s rate; a row noting a deduction and another order weighed on all its order's
    money, its 定金 lines too: rv58b s15); and, of an order a sale row's note names a
    deduction of, the money other files stored on it (`stored`: core.ledger.
    deductions_stored, the short wire in April's file, the note in March's, a wire of another
    file naming it among others). An order some of whose money has no rate is left out; one
    some of whose money is converted keeps how far that may be off (FileMoney.slack)."""
    lines: dict[Line, float] = {}
    amounts: dict[Line, float] = {}
    wires: list[Wire] = []
    mixed: set[tuple[str, str, str]] = set()
    asked: dict[tuple[str, str, str], str] = {}  # the orders a note names a deduction of
    shipped: set[tuple[str, str, str]] = set()  # (or a deposit held for them: not ahead)
    over: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # paid more, and noted
    moves: list[Kept] = []  # cancelled orders' money, their notes naming the order it went to
    shown: dict[Line, Shown] = {}  # each line as the tabs before showed it last
    slack: dict[tuple[str, str, str], float] = defaultdict(float)
    unnamed: list[Unnamed] = []  # rows of money naming no order (unnamed_wires)
    # the orders a payment's own row notes a deduction of (定金 3,000 扣佣金2000): the store
    # asked too, its balance wired in another file being no deduction (rv61b s420 A3)
    paying: set[tuple[str, str, str]] = set()
    for records in sheets:
        seen: dict[tuple[str, str, str, str], int] = defaultdict(int)
        noted = {note for note in set(map(itemgetter(NOTES), records)) if hinted(note)}
        here: dict[Line, Shown] = {}
        passed: dict[tuple[str, str, str, str], list[int]] = {}
        for r in records:
            if not r[ORDER_NO] and r[CUSTOMER_KEY] and not r[AMOUNT] and not r[CREDIT_NOTE] and (
                    wired := received(r) or 0.0) > 0 and r[STATUS] != "cancelled":
                unnamed.append((r[CUSTOMER_KEY], r[CURRENCY], wired))
            if not r[ORDER_NO] or r[CREDIT_NOTE]:
                continue
            order = (numbered_order_key(r[ORDER_NO]), r[CUSTOMER_KEY], r[CURRENCY])
            if r[STATUS] == "cancelled":
                if r[NOTES] and (paid := received(r)) is not None:
                    moves.append((order, paid, r[NOTES]))
                continue
            own = received(r)
            if own is None and r[RECEIVED] is not None:
                own = _converted(r, convert, slack, order)
                if own is None:
                    mixed.add(order)
                    continue
            if (r[AMOUNT] or 0) > 0:
                key = _place((*order, fold(r[PRODUCT] or "")), seen, passed, shown, r)
                here[key] = showing(r)
                amounts[key] = r[AMOUNT]
                if own is not None:
                    lines[key] = own
                if r[NOTES] and (r[NOTES] in noted or own is not None
                                 and own > r[AMOUNT] + 0.005):
                    over[order].add(r[NOTES])  # its order paid more, its money with 含's
                if r[NOTES] in noted:
                    asked[order] = r[NOTES]
                if r[SHIP_DATE] or not r[SHIP_DATE_KNOWN] or r[DEPOSIT] is not None or (
                        r[DUE_DATE] and not r[DUE_DERIVED]):
                    shipped.add(order)
            elif own is not None:
                wires.append((order, own, r[RECEIVED_DATE]))
                if r[NOTES] in noted:
                    paying.add(order)
        shown.update(here)
    products: dict[tuple[tuple[str, str, str], str], float] = defaultdict(float)
    for (number, buyer, currency, product, _n), figure in lines.items():
        products[(number, buyer, currency), product] += figure
    sold: dict[tuple[str, str, str], float] = defaultdict(float)
    for (number, buyer, currency, _product, _n), amount in amounts.items():
        sold[number, buyer, currency] += amount
    money: dict[tuple[str, str, str], float] = defaultdict(float)
    if stored is not None and (asked or paying):
        kept, named = stored(asked.keys() | paying)
        add_stored(products, money, mixed, kept)
        wires.extend(named)
    for (order, _product), figure in products.items():
        money[order] += figure
    if moves:
        moved(moves, sold, money)
    lots = _lots(amounts) if asked else None
    place_wires(wires, sold, money, asked, mixed, convert, slack, lots)
    if over:
        overpaid(over, sold, money, asked, lots)
    if asked:
        spare_paid(asked, sold, money, sold.keys() - shipped)
        if unnamed:
            unnamed_paid(unnamed, sold, money, asked, lots)
    return FileMoney({order: figure for order, figure in money.items() if order not in mixed},
                     {order: room for order, room in slack.items() if room})


def _lots(amounts: Mapping[Line, float]) -> dict[tuple[str, str, str], list[float]]:
    """The amounts of each order's lines (its lots, or products), in the file's order, of the
    orders written on several (deduction_wires.share pays a wire's whole lots first)."""
    lines: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    for (number, buyer, currency, _product, _n), amount in amounts.items():
        lines[number, buyer, currency].append(amount)
    return {order: figures for order, figures in lines.items() if len(figures) > 1}


def _place(line: tuple[str, str, str, str], seen: dict[tuple[str, str, str, str], int],
           passed: dict[tuple[str, str, str, str], list[int]], shown: dict[Line, Shown],
           r: Record) -> Line:
    """A sale row's line: its product's n-th row of the order on its tab, passing over the
    place of a line an earlier tab showed that the row is another lot of (lot_words.other_lot,
    as core.ledger.orders keys it). Tunis' 第二批 12,000 on April's tab was read as February's
    第一批 18,000 shown again: YW25-0067 sold 12,000 where 30,000 is, so the 合并付款 wire
    paying it and a noted invoice filled it early and the 500 was never weighed (rv58b s13)."""
    for n in passed.get(line, ()):  # a place passed over by an earlier row of the tab
        if not other_lot(shown[(*line, n)], r):
            passed[line].remove(n)
            return (*line, n)
    n = seen[line] + 1
    while (earlier := shown.get((*line, n))) is not None and other_lot(earlier, r):
        passed.setdefault(line, []).append(n)
        n += 1
    seen[line] = n
    return (*line, n)


def moved(kept: list[Kept], sold: Mapping[Order, float],
          money: MutableMapping[Order, float]) -> None:
    """The money of cancelled orders whose notes move it to one other order of their buyer the
    file sells (已取消，定金转YW25-0296: core.ledger.moved_deposits.moved_to) added to that
    order's: the deposit kept for it, as the buyer means it. Karachi's 1,995 on cancelled
    YW25-0297 was left out, so YW25-0296 (noted 质量扣款500, its rows 10,680 of 13,175)
    looked 2,495 short, not 500 (rv58b s14). A deposit
    the firm kept (定金不退) or paid back (定金已退) is none of the buyer's money here."""
    for order, figure, note in kept:
        if forfeited(note) or refunded(note):
            continue
        target = moved_to(note)  # the one rule of where a deposit moved (core.analysis too)
        said = {loose_number(target)} if target else set()
        named = [sale for sale in sold if sale != order and sale[1:] == order[1:]
                 and loose_number(sale[0][len(NUMBERED):]) in said]
        if len(named) == 1:
            money[named[0]] += figure


def _converted(r: Record, convert: Convert | None,
               slack: MutableMapping[tuple[str, str, str], float],
               order: tuple[str, str, str]) -> float | None:
    """A sale row's money received in another currency, in the row's at its day's rate;
    how far that may be off added to its order's `slack`."""
    day = r[RECEIVED_DATE] or r[ORDER_DATE]
    if convert is None or day is None or not r[RECEIVED_CURRENCY]:
        return None
    slack[order] += off_by(convert, r[RECEIVED], r[RECEIVED_CURRENCY], r[CURRENCY], day)
    return convert(r[RECEIVED], r[RECEIVED_CURRENCY], r[CURRENCY], day)


def with_deductions(records: list[Record], paid: PaidApart | None, noted: FileCredits,
                    settled: set[tuple[str, int]]) -> list[Record]:
    """A waiting sheet's records, each sale row whose deduction the file's money on its order
    settles (and its sheet's did not) followed by that deduction's credit note, unless a row
    of the sheet, an earlier tab or the store writes it already (`noted`); each such row's
    sheet and row added to `settled`, whose sale is no bare one (core.ledger.dropped_returns
    keeps the store's credit note for it: core.ledger.ledger_file.LedgerFile.bare_sales)."""
    if paid is None:  # no waiting tab names a deduction: nothing to weigh on the file
        return records
    found = deducted(records, paid)
    new = {p: figure for p, figure in found.items() if p not in deducted(records)} if found else {}
    if not new:
        return records
    settled.update((records[p][SHEET], records[p][ROW]) for p in new)
    written = credited_apart(records, typed=True)
    out: list[Record] = []
    for p, r in enumerate(records):
        out.append(r)
        figure = new.get(p)
        if figure is not None and not met(written.get((r[CUSTOMER_KEY], round(figure, 2)), ()),
                                          r[NOTES]) and not noted(
                numbered_order_key(r[ORDER_NO]), r[CUSTOMER_KEY], figure, r[NOTES]):
            out.append(returned(r, figure))
    return out
