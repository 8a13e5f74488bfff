"""A received column that is not money received in the rows' currency (fix53i).

An export ledger's 收汇 / 实际收汇 / 到账 / 收款 column (core.ledger.fields.RECEIPT_ONLY_WORDS)
may hold the RMB the bank settled the wire for, not the dollars the buyer sent: 85,200 on a
12,000 USD invoice. Read as dollars, every paid row was a 7.1-fold over-payment, the buyer's
later unpaid invoices were hidden behind a credit (Alpha: 27,000 USD open → 0, 58,200 credit,
white-listed). Where most of a sheet's received figures run at the CNY-per-unit rate of the rows'
own currency (the band around the rate in Settings) and none comes near the invoice, the column
is RMB: read as CNY, converted as a receipt marked ¥ is, but a row whose figure is its own
invoice or a share of it in whole 5 % (:func:`could_be_rmb`) stays in the row's currency, its
rows named: one buyer paying 6,000 USD in full among three paying RMB no longer made the whole
column dollars, Alpha's 71,500 RMB a 71,500 USD payment hiding its 9,000 open (acct54c); a
15,000 RMB deposit on 10,000 USD (over 1.1 times) is RMB (fix54c). A tab of fewer than FEW
receipts is judged with the file's tabs of its header (:class:`ReceivedTabs`, fix54c). A receipt
on a line of an order of several (the rows sharing its order number) is judged as the order's
receipts against the order's total (:func:`order_figures`): 7,000 written on the first of seven
1,000 lines is the order paid in full in its own currency, not seven times its line (fix54l).
Where only some do (half or fewer), those rows are named and nothing is read otherwise.

A row whose status cell says its money has not come (未收, 待收, 未到账, unpaid) gives in that
column the sum planned, not a receipt: a template whose 收款 / 收款日期 are the collection plan
paid every planned invoice (Beta 9,000, Gamma 5,000 open → 0). Its figure is no receipt, named.
And a received column whose cells are dates (到账: the day the money came) is no money column.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from datetime import date
from itertools import compress
from math import ceil, exp, log
from operator import itemgetter
from statistics import median
from typing import Any

from core.ledger.amounts import header_currency
from core.ledger.bank_charges import WIRE_CHARGE
from core.ledger.layout import SheetLayout
from core.ledger.normalise import fold, fold_many
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CUSTOMER_KEY,
    ORDER_DATE,
    ORDER_NO,
    RECEIVED,
    RECEIVED_CURRENCY,
    RECEIVED_DATE,
    ROW,
    STATUS,
    STATUS_TEXT,
    Record,
)

Convert = Callable[[float, str, str, date | str], float | None]  # an amount, from, to, its day
RMB = "CNY"
# the band around the rate in Settings a settled figure's ratio to its invoice falls in (7.1 for
# USD: 5.5–8.5); a ratio near 1 is the invoice's own currency (a receipt in full, or about)
BAND = (0.77, 1.2)
SOME = 4  # rows named only where at least a quarter of the judged run at the rate
# a tab with fewer receipts judged than this is judged with the file's tabs that share its
# column's header (a book's monthly tabs of two receipts each: fix54c), and a column of fewer
# than ALONE tells nothing: one 105,000 typed for 10,500 on a 15,000 order (×7.0) beside a tab
# of 4,500 in dollars is a typo, not RMB (test_yb44_year_books)
FEW = 3
ALONE = 2
SHARE = 5  # a deposit's or balance's share of its invoice is a whole multiple of 5 %
ROUND = 0.002  # within a fifth of a percent of the invoice
WHOLE = 0.95  # an invoice paid in full, less bank charges
# How far over its invoice a figure in a column most of whose figures run at the rate may be
# and still be the invoice's own currency: a buyer adds the charges (5,030 on 5,000; 2,025 on
# 2,000), rounds up (10,050 on 10,000) or adds 100 to 33,000 (0.3 %); a figure up to half a
# percent over, or a wire's charge (WIRE_CHARGE) on a small invoice, whichever is more. Read as
# yuan from 1.002 times, 33,100 on 33,000 was 37,402 open, not 8,900 (rv55b s24). Further over
# is RMB, as the column's others are: 7,200 on 7,000 (2.9 %) and 5,200 on 5,000 (4 %) are
# yuan, 6,000 and 4,278 USD open (rv55g s95: read as dollars within 5 %, paid); 35,500 on
# 33,000 (7.6 %, acct55a). In a column a units row calls RMB but most of whose figures are the
# invoices' own currency (rv55b s25), a figure is more likely that currency too: up to OWN_OVER
# (8,200 on 8,000 with 200 an earlier order owed; 10,100 EUR on 10,000) it stays so.
OVER = 0.005
OWN_OVER = 0.05
MIN_RATE = 2.0  # a currency worth less than two yuan: its band too near 1 to tell (JPY, INR)

# a whole status cell saying the row's money has not come: 余款未收 (the deposit came) is not one
UNPAID_STATUS = frozenset({"未收", "未收款", "待收", "待收款", "未到账", "未回款", "未收汇",
                           "待收汇", "未付", "未付款", "待付款", "unpaid", "not paid",
                           "not received", "awaiting payment", "payment pending"})


FULL = 0.99  # a planned sum is the row's whole amount; a part of it received is a receipt


def planned_sum(received: object, amount: object, status: object) -> bool:
    """Is a row's received figure the sum planned: its whole amount beside a status saying
    unpaid (a deposit received, 3,000 of 10,000 dated 04-06 under 未收, is a receipt: rv53e)?"""
    return (isinstance(received, int | float) and isinstance(amount, int | float) and amount > 0
            and received >= amount * FULL and isinstance(status, str)
            and fold(status) in UNPAID_STATUS)


def could_be_rmb(received: float, amount: object, over: float = OVER) -> bool:
    """Could a receipt in a received column of RMB be RMB? Over its invoice by more than OVER
    it is not the invoice's own currency (15,000 RMB of a 10,000 USD invoice's deposit: fix54c;
    35,500 on 33,000: acct55a); up to it, its invoice paid in full or a share of it in whole 5 %
    (a 1,800 USD deposit on 6,000: rv53e; 4,000, 6,000, 8,500 on 10,000: rv54d, read as CNY
    up to 7,300 USD shown open that was paid) is the invoice's currency; any other is the
    column's (7,100 RMB, 1,000 USD settled, on an 8,000 USD invoice, 88.75 %; 28,400 on
    30,000: rv54e, read as dollars, 6,100 and 24,400 USD of debt hidden)."""
    if not isinstance(amount, int | float) or amount <= 0:
        return True
    share = received / amount
    percent = share * 100
    whole_share = (abs(percent - SHARE * round(percent / SHARE)) <= ROUND * 100
                   or share_less_charge(received, amount))
    if received - amount > max(amount * over, WIRE_CHARGE):
        return True
    return not (share >= WHOLE or whole_share)


def in_full(received: float, amount: object) -> bool:
    """Is a figure its invoice in full, as a wire of the invoice's own currency is: no further
    from it than OVER of it or a wire's charge (10,000 or 10,030 on 10,000)?"""
    return (isinstance(amount, int | float) and amount > 0
            and abs(received - amount) <= max(amount * OVER, WIRE_CHARGE))


# In a column a units row and its figures at the rate call yuan, figures each its own invoice
# in full (:func:`in_full`) are wires of the invoices' currency where at least this many of one
# currency are: a clerk typing the buyer's dollars as they came (four or two 10,000 on 10,000
# USD among 72,000s were 8,611 open each before fix55q: rv55j s11e, s11e2). One alone is a
# yuan figure by chance (Mike's 7,100 on 7,100 USD, 6,114 open: rv55g s90, beside one 8,000 on
# 8,000 EUR), and a share of its invoice (50,000 on 100,000 USD) stays yuan.
IN_FULL_SEVERAL = 2


def several_in_full(records: list[Record], rows: set[int]) -> set[int]:
    """The rows of `rows` whose figure is its invoice in full (its order's, where it has several
    lines), where IN_FULL_SEVERAL or more of one invoice currency are."""
    orders, full = _orders(records, rows), defaultdict(set)
    for r in records:
        if (r[ROW] in rows and r[RECEIVED] is not None and r[RECEIVED_CURRENCY] is None
                and in_full(*(orders.get(r[ROW]) or (r[RECEIVED], r[AMOUNT])))):
            full[r[CURRENCY]].add(r[ROW])
    return {row for same in full.values() if len(same) >= IN_FULL_SEVERAL for row in same}


# The shares a deposit or a balance is wired in (and the whole invoice), and the step a bank's
# charge runs in: a figure short of a share is that share less a charge only where both hold.
# Any share and any shortfall up to 50 was some 6 % of RMB figures: 6,958 RMB (980 USD settled
# at 7.1) on 10,000 USD, 42 short of 70 %, read as dollars (3,042 open where 9,034), 9,460 (40
# short of 95 %) 540 where 8,686 (fix55m, rv55c s38).
USUAL_SHARES = frozenset({20, 30, 40, 50, 60, 70, 80, 100})
CHARGE_STEP = 5


def share_less_charge(received: float, amount: float) -> bool:
    """Is `received` a usual share of `amount` (USUAL_SHARES) wired less the bank's charge (a
    whole CHARGE_STEP up to WIRE_CHARGE, no more than half a 5 % step: on a small invoice
    every figure would be one)? Dollar deposits typed net of it in a column of RMB (2,975,
    2,380, 6,965 of 10,000, 8,000, 10,000) were read as yuan: 7,025, 5,620, 3,035 open shown
    9,587, 7,669, 9,033 (fix55a, rv55a s03)."""
    step = amount * SHARE / 100
    share = step * ceil(received / step)
    short_by = share - received
    return (round(share / amount * 100) in USUAL_SHARES
            and short_by <= min(WIRE_CHARGE, step / 2)
            and abs(short_by - CHARGE_STEP * round(short_by / CHARGE_STEP)) < 0.005)


def unpaid_status(records: list[Record]) -> tuple[list[Record], tuple[int, ...]]:
    """The records with no receipt where the status cell says unpaid, and those rows. Each
    distinct status text is weighed once: a sheet none of whose says unpaid (most) is passed
    over without a look at its rows (perf54a)."""
    unpaid = {s for s in {r[STATUS_TEXT] for r in records} if planned_sum(1.0, 1.0, s)}
    if not unpaid:
        return records, ()
    rows = tuple(r[ROW] for r in records if r[STATUS_TEXT] in unpaid
                 and planned_sum(r[RECEIVED], r[AMOUNT], r[STATUS_TEXT]))
    if not rows:
        return records, rows
    said = set(rows)  # the received figure and its day (RECEIVED_DATE follows RECEIVED)
    return [(*r[:RECEIVED], None, None, *r[RECEIVED_DATE + 1:])
            if r[ROW] in said else r for r in records], rows


Judged = list[tuple[int, float, bool, float]]  # row, ratio, in the band, figure (its order's)
Line = tuple[int, object, object, object]  # row, its order's key (None: none), amount, received


def order_figures(lines: Iterable[Line]) -> dict[int, tuple[float, float]]:
    """Each receipt row of an order of several lines (its key: the customer, order number and
    currency the rows share): the order's receipts in the column and its lines' total. Seven
    1,000 lines, the order's 7,000 on the first as clerks write it: 7,000 of 7,000, the whole,
    not seven times its line, the RMB rate (rv54c s17: Alpha, Beta, Gamma 6,028 open, black)."""
    totals: dict[object, list[float]] = {}
    paid: dict[object, list[int]] = {}
    for row, key, amount, received in lines:
        if key is None or not isinstance(amount, int | float) or amount <= 0:
            continue
        total = totals.setdefault(key, [0.0, 0.0, 0])
        total[1] += amount
        total[2] += 1
        if isinstance(received, int | float) and received > 0:
            total[0] += received
            paid.setdefault(key, []).append(row)
    return {row: (totals[key][0], totals[key][1])
            for key, rows in paid.items() if totals[key][2] > 1 for row in rows}


def _orders(records: list[Record], rows: set[int] | None = None
            ) -> dict[int, tuple[float, float]]:
    """:func:`order_figures` of a sheet's records (`rows`: for these rows, the others' left
    out or not): a cancelled line or a credit note is none. Only the orders of several rows
    whose number (folded) a row in `rows` writes are grouped: a number written once is an
    order of one line, with no figures (a 100k ledger's 24 tabs, twice: grouping each row by
    its folded number was 1.0 s of the import under the profiler; a tab's three receipts
    first judged, each row's, perf55a). The numbers folded in one call; a sheet whose
    numbers are not all text (the readers write text) is grouped whole."""
    numbers = list(map(itemgetter(ORDER_NO), records))
    distinct = set(numbers) - {None, ""}
    if set(map(type, distinct)) - {str}:
        return _grouped(records, lambda number: fold(str(number)))
    folded = dict(zip(distinct, fold_many(list(distinct)), strict=True))
    written = Counter(map(folded.get, numbers))
    several = {number for number, count in written.items() if count > 1} - {None}
    if rows is not None:  # every record on such a row: a row's figures are its last order's
        on_rows = map(rows.__contains__, map(itemgetter(ROW), records))
        several &= set(map(folded.get, compress(numbers, on_rows)))
    return _grouped(compress(records, map(several.__contains__, map(folded.get, numbers))),
                    folded.__getitem__) if several else {}


def _grouped(records: Iterable[Record], key: Callable[[Any], str]
             ) -> dict[int, tuple[float, float]]:
    return order_figures(
        (r[ROW], (r[CUSTOMER_KEY], key(r[ORDER_NO]), r[CURRENCY])
         if r[ORDER_NO] and r[STATUS] != "cancelled" and not r[CREDIT_NOTE] else None,
         r[AMOUNT], r[RECEIVED] if r[RECEIVED_CURRENCY] is None else None) for r in records)


def judge(layout: SheetLayout, records: list[Record], convert: Convert, stop: int = 0,
          units: bool = False) -> Judged:
    """Each receipt's ratio to its invoice where its currency is worth two yuan or more, and
    whether it runs at the CNY rate (`stop`: no more than that many judged; `units`: a column
    a units row names RMB, judged all the same: core.ledger.units_currency)."""
    return _judged(records, _taken(layout, records, convert, stop, units))


def _taken(layout: SheetLayout, records: list[Record], convert: Convert, stop: int,
           units: bool) -> list[tuple[Record, float]]:
    """The receipts :func:`judge` judges, each with its day's rate: before their orders'
    figures, which fold every number of the sheet (ReceivedTabs.waits needs only their
    count where it reaches FEW)."""
    if not units and ("received_amount" not in layout.mapping or header_currency(
            layout.header_of("received_amount")) or "received_amount" in layout.column_currency):
        return []
    taken: list[tuple[Record, float]] = []  # the receipts judged, each with its day's rate
    rates: dict[tuple[str, object], float | None] = {}  # a 100k sheet's rows share their days
    for r in records:
        received, amount, currency = r[RECEIVED], r[AMOUNT], r[CURRENCY]
        if (received is None or received <= 0 or not amount or amount <= 0
                or r[RECEIVED_CURRENCY] is not None or not currency or currency == RMB):
            continue
        day = r[RECEIVED_DATE] or r[ORDER_DATE]
        rate = rates.get((currency, day), 0.0)
        if rate == 0.0:
            rate = rates[currency, day] = convert(1.0, currency, RMB, day)
        if not rate or rate < MIN_RATE:
            continue
        taken.append((r, rate))
        if len(taken) == stop:
            break
    return taken


def _judged(records: list[Record], taken: list[tuple[Record, float]]) -> Judged:
    if not taken:  # no figures to ask of the orders
        return []
    orders = _orders(records, {r[ROW] for r, _ in taken})  # the orders of these rows only
    judged: Judged = []
    for r, rate in taken:
        received, amount = orders.get(r[ROW], (r[RECEIVED], r[AMOUNT]))
        ratio = received / amount
        judged.append((r[ROW], ratio, BAND[0] * rate <= ratio <= BAND[1] * rate, received))
    return judged


def rmb_ratio(layout: SheetLayout, records: list[Record], convert: Convert,
              tabs: ReceivedTabs | None = None
              ) -> tuple[float, tuple[int, ...], int, tuple[int, ...]]:
    """The received column's figures' ratio to their invoices where most run at the rate of
    CNY (0.0 when they do not; negative where only some do), the rows that run at it, the rows
    judged, and, where most do, the judged rows whose figure stays in the row's currency
    (:func:`could_be_rmb`; one buyer paying 6,000 USD in full among buyers paying RMB,
    acct54c). A tab of fewer than FEW judged: as the file's tabs of its column say (`tabs`)."""
    judged = judge(layout, records, convert)
    inside = [(row, ratio) for row, ratio, within, _ in judged if within]
    book = tabs.took(layout, len(judged), len(inside)) if tabs is not None else None
    if len(judged) < FEW:  # a few: the whole column of the book judges (fix54c)
        if not inside or book is None or book[0] < ALONE or book[1] * 2 <= book[0]:
            return 0.0, (), len(judged), ()
    elif not inside or len(inside) * SOME < len(judged):  # a few inside: one order's receipt
        return 0.0, (), len(judged), ()
    typical = exp(median(log(ratio) for _, ratio in inside))
    rows = tuple(row for row, _ in inside)
    if len(inside) * 2 <= len(judged):  # most not at the rate: named, read as written
        return -typical, rows, len(judged), ()
    return typical, rows, len(judged), tuple(
        row for row, ratio, _, received in judged
        if not could_be_rmb(received, received / ratio))


def read_as_rmb(records: list[Record], rows: Container[int] | None = None,
                could_be: Callable[[float, object], bool] = could_be_rmb) -> list[Record]:
    """The received figures not marked in a currency, over their invoice, marked CNY, each on
    a line of an order of several judged as the order's receipts (:func:`order_figures`);
    `rows`: only those rows' (a units row's column: the figures its cells hold, fix55e);
    `could_be`: which figures may be yuan (:func:`could_be_rmb`)."""
    orders = _orders(records)
    return [(*r[:RECEIVED_CURRENCY], RMB, *r[RECEIVED_CURRENCY + 1:])
            if r[RECEIVED] is not None and r[RECEIVED_CURRENCY] is None and r[CURRENCY] != RMB
            and (rows is None or r[ROW] in rows)
            and could_be(*(orders.get(r[ROW]) or (r[RECEIVED], r[AMOUNT]))) else r
            for r in records]


class ReceivedTabs:
    """A file's received columns by header (收款, 收汇): a book's monthly tabs of two receipts
    each are one column of receipts, judged together (fix54c). A tab of fewer than FEW judged
    with one at the rate waits for the file; the others' counts are kept as they are taken."""

    def __init__(self) -> None:
        self.counts: dict[str, tuple[int, int]] = {}  # judged, at the rate: the tabs taken
        self.few = False  # a tab of few receipts, one at the rate, waits for the file
        self.book: dict[str, tuple[int, int]] | None = None  # every tab's, once all are read

    def waits(self, layout: SheetLayout, records: list[Record], convert: Convert) -> bool:
        """Does this tab's column want the file's other tabs of its header to be judged? Not
        where FEW of its receipts are judged: their ratios are not worked out then (their
        orders' figures fold every number of the tab: 0.048 → 0.005 s for the 100k ledger's
        24 tabs, perf62a)."""
        taken = _taken(layout, records, convert, FEW, False)
        if len(taken) >= FEW:
            return False
        judged = _judged(records, taken)
        wants = any(within for _, _, within, _ in judged)
        self.few = self.few or wants
        return wants

    def settle(self, waiting: Sequence[tuple[SheetLayout, list[Record]]], convert: Convert
               ) -> None:
        """Every tab read: the book's counts, the tabs taken and the tabs waiting."""
        if not self.few:
            return
        book = dict(self.counts)
        for layout, records in waiting:
            judged = judge(layout, records, convert)
            if judged:
                _add(book, fold(layout.header_of("received_amount") or ""), len(judged),
                     sum(within for _, _, within, _ in judged))
        self.book = book

    def took(self, layout: SheetLayout, judged: int, inside: int) -> tuple[int, int] | None:
        """A tab's counts kept; the book's, for its header, once known."""
        key = fold(layout.header_of("received_amount") or "")
        if self.book is not None:
            return self.book.get(key)
        if judged:
            _add(self.counts, key, judged, inside)
        return None


def _add(counts: dict[str, tuple[int, int]], key: str, judged: int, inside: int) -> None:
    had = counts.get(key, (0, 0))
    counts[key] = (had[0] + judged, had[1] + inside)


_DATE_TEXT = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")


def dated_receipts(layout: SheetLayout, data: Sequence[Sequence[object]]) -> None:
    """A received column (到账) whose cells are all dates holds no money: the date received
    where no other column gives it, else not read (it was read as money, each date named
    "not a number")."""
    index = layout.mapping.get("received_amount")
    if index is None or layout.receipts:
        return
    cells = (cell.strip() if isinstance(cell, str) else cell
             for row in data if index < len(row) and (cell := row[index]) is not None)
    any_cell = False  # the cells looked at in turn: a column of money tells at its first (perf54a)
    for v in cells:
        if v == "":
            continue
        if not (isinstance(v, date) or (isinstance(v, str) and _DATE_TEXT.fullmatch(v))):
            return
        any_cell = True
    if not any_cell:
        return
    del layout.mapping["received_amount"]
    layout.mapping.setdefault("received_date", index)
