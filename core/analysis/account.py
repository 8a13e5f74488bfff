"""One customer account: what was shipped against what was paid, credited and held.

Debits are the shipped invoices (an order's invoice, net of cancelled lines), each in its own
currency. Credits are every receipt of the customer, whatever row the clerk wrote it on, and
credit notes. Three places hold a credit, and each unit of money is in exactly one of them:

- a credit note that names an invoice reduces that invoice (`Invoice.credited`);
- money on an unshipped order that is explicitly a deposit stays with that order until it
  ships (a deposit held, `Account.held`), up to what the order is worth;
- money written on a shipped invoice paid by letter of credit (L/C), in any currency
  (converted), pays that invoice first (direct_money.pay_own): the bank paid that invoice's
  documents, whatever older invoice is open; so does an insurer's claim written on its own invoice's
  row (中国信保赔付90%: core.ledger.payment_kinds), the rest open on it the buyer's debt;
  what either leaves joins the pool;
- everything else is the customer's pool, spent oldest-due first (FIFO) on the shipped
  invoices: due date, then order date, then order; invoices held up by a quality dispute last,
  since a customer who withholds payment on a claim has paid the others. An invoice short by
  no more than its tolerance (bank charges) is paid: the next money moves on. What no invoice
  takes is credit on account (`Entry.left`), but a shortfall left on an invoice while money
  of the day that paid it stays unspent is no bank charge: that money makes it good
  (`_made_good`). The day's money is spent the larger first, so a wire that paid nothing
  (14,965 "TT-6" beside invoices their own rows show paid 15,000 by TT-5 that day) ran out on
  them 35 short, and the rows' 15,000 was shown on account where 14,965 reached the bank.
- a wire whose sum is what one invoice has open less a bank's charge (more than a cent, no
  more than that invoice's tolerance) pays that invoice (its match: `Matches`) before the
  pool's oldest-due rule spends anything of it: the buyer paid that invoice. Spent oldest
  first, a wire for a newer invoice, come while an older one was open, paid the older and
  left the newer short by its charge and more; the next wire filled that gap first and left
  its own invoice the gap and its own charge short, and the gap grew by a charge with each
  wire: a buyer who paid every invoice less 25 held 925 open 58 days, on the watch list
  (fix60h). Of two invoices it matches, the one on whose row it is written pays, else the
  older (a sum nearer one is no surer sign: one buyer's charges were 40, and 5,816 for 5,856
  lay 2.62 from a newer 5,818.62); only an invoice of an order placed by the wire's day, in
  its currency, not disputed, matches. A wire matching none, a lump for two invoices, a part
  payment, money naming its invoices (or leaving one out), spent in part before the pool (an
  L/C's rest) or undated pays the oldest as before; so does a wire of an invoice's exact sum
  (some thirty tests' hand counts rest on it, on an invoice's own row too: left for the lead,
  fix60h, fix61a), unless its note names the bank's charge that made it so (`Entry.charged`).
  A lump on a row that is its invoice's and one other's sum less a charge pays those two; a
  note of last month's goods (上月货款) matches only an invoice shipped that month (fix61a).
  What an invoice has open is read as of the wire's day: a credit note naming it, dated
  after the wire, was not there yet (10,000 less a 4,000 note of 06-28 is no 6,000 for a
  5,975 wire of 06-25: that wire pays the oldest; matched, the old 5,000 stood 84 days,
  black, fix60n).

Money in another currency than the invoice it pays is converted at the rate of its own date;
where no rate says, it pays nothing and the currency is reported missing, never read as zero.
Such money seldom pays an invoice to the cent: the rate has moved since the order. An exporter's
finance clerk books the difference as an exchange loss or gain (汇兑损益), not as the buyer's
debt or credit, and so does the account, within the exchange band (`fx_band_pct`):

- a shortfall, past the tolerance, left on the invoice where a payment in another currency
  (a wire; a credit note is no payment) ran out is paid (an exchange loss, `Invoice.fx` below
  zero) when it is within the band of what that money was to pay: the invoice and the whole
  of every such wire that reached it (a wire paying several invoices leaves the whole of its
  difference on the last one), so a lump wire short by 2 % is short by 2 % however many
  invoices it pays;
- money left over once such a wire has paid an invoice is an exchange gain (`Invoice.fx`
  above zero) when the rate's move since the order explains it (the invoice at its order
  date's rate would have taken that much more) and it is within the band of the wire; more
  than the move explains is the buyer's money and goes on to the next invoice as before.

A shortfall paid in the invoice's own currency is never an exchange difference: it is debt,
short of the tolerance. The shortfall's band is a percent of the money, not a rate check, on
purpose: a small firm rarely keeps its rates table to the day, and the bank's rate is not the
table's, so a buyer who paid at the bank's rate would read short. A surplus, though, is real
money for the next invoice unless the table's move explains it: taking it as a gain on the
band alone would leave a small sample invoice paid in the same wire open.
The functions here know nothing of ledgers or settings: the property test can feed them any
account and check that money is counted once.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date

EPS = 0.005  # below a cent is nothing
# (amount, from currency, to currency, day) -> amount, None where a rate is missing
Convert = Callable[[float, str, str, date], float | None]


@dataclass(slots=True)
class Invoice:
    """One debit: a shipped invoice, in its own currency."""

    key: Hashable
    currency: str
    amount: float
    due: date | None
    order_date: date
    order_id: int
    disputed: bool = False
    tolerance: float = 0.0  # a shortfall up to this is paid (bank charges): money moves on
    credited: float = 0.0  # credit notes that name it
    # the dated ones, (day, what each took): a wire before a note's day saw the invoice
    # without it (`_later`); None for most invoices, which no dated note names
    credit_days: list[tuple[date, float]] | None = None
    allocated: float = 0.0  # money from the pool
    paid_on: date | None = None  # the date of the last money that paid it
    fx_cover: float = 0.0  # the whole of each wire in another currency that reached it
    fx: float = 0.0  # an exchange difference settled on it: below zero a loss, above a gain
    shipped: date | None = None  # its B/L day: the month a wire's 上月货款 names (`Matches`)

    @property
    def open(self) -> float:
        return self.amount - self.credited - self.allocated


class Entry:
    """Money in the pool: a receipt, or a credit note naming no invoice, in its currency.
    (A plain slotted class: one is made per receipt, and a dataclass's post-init costs a
    second call.)"""

    __slots__ = ("amount", "currency", "day", "rate_day", "kind", "left", "unsold", "named",
                 "pays", "own", "charged", "month")

    def __init__(self, amount: float, currency: str, day: date | None, rate_day: date,
                 kind: str = "received") -> None:
        self.amount = amount
        self.currency = currency
        self.day = day  # None: undated, spent first and never a payment date
        self.rate_day = rate_day  # the day its conversion rate is read
        self.kind = kind
        self.left = amount  # not yet spent: credit on account when all is done
        # money for an order no file sells, of this day: it pays no invoice of an order
        # placed after it came (core.analysis.deposits_held.hold_deposits: fx44y)
        self.unsold: date | None = None
        # on a row of its own booked to its order (named_money), and the invoices the money
        # names, which it pays first in its turn (core.analysis.named_money)
        self.named = False
        # empty: its words name papers, none of them to pay first (a number left out, 不含
        # INV-101, or an order not shipped): paying the oldest, never the invoice its sum fits
        self.pays: list[Invoice] | None = None
        # the shipped invoice of the row it was written on: of two invoices its sum matches,
        # the one it pays (`Matches`)
        self.own: Invoice | None = None
        # its sum holds a bank charge its note names (5,975 noted 手续费25, read 6,000): an
        # invoice of its very sum is one less a charge; and the first day of the month its
        # note says it pays the goods of (上月货款), which an invoice it matches shipped in
        self.charged = False
        self.month: date | None = None

    def __repr__(self) -> str:
        return (f"Entry({self.amount!r}, {self.currency!r}, {self.day!r}, {self.rate_day!r}, "
                f"{self.kind!r}, left={self.left!r})")


def allocate(invoices: list[Invoice], pool: list[Entry], convert: Convert, band: float = 0.0,
             named: bool = True) -> set[tuple[str, str]]:
    """Spend the pool on the invoices oldest-due first, money naming invoices (`Entry.pays`)
    on those first when its turn comes (unless not `named`: spending it on them); the (from,
    to) currency pairs no rate converted. `band` is the exchange band as a fraction (0.03).
    :func:`take` and the paid test (open by no more than its tolerance, or a cent) are written
    out inline: this walk runs once per receipt and invoice of every customer."""
    order = sorted(invoices, key=due_order) if len(invoices) > 1 else invoices  # (named: one)
    unconverted: set[tuple[str, str]] = set()
    first, count = 0, len(order)  # invoices before `first` are paid: walked once
    matches = Matches(order) if named else None  # (money naming invoices pays those)
    for entry in sorted(pool, key=_spend_order) if len(pool) > 1 else pool:
        while first < count:
            invoice = order[first]
            left = invoice.amount - invoice.credited - invoice.allocated
            if not (left <= invoice.tolerance or left <= EPS):
                break
            first += 1
        if named and entry.pays:  # money naming its invoices: those first, in its turn
            unconverted |= allocate(entry.pays, [entry], convert, band, False)  # (named_money)
            if matches is not None:
                matches.touch(entry.pays)
        elif matches is not None and entry.pays is None and not (  # (not naming papers)
                first < count and entry.own is (oldest := order[first]) and entry.left
                <= oldest.amount - oldest.credited - oldest.allocated):  # (its own the oldest,
            matches.pay(entry, first)  # none over: no match, no lump of it and another, R1)
        touched = matches.touched if matches is not None and matches.filed else None  # (touch)
        currency, day, unsold = entry.currency, entry.day, entry.unsold
        start, explained = entry.left, 0.0  # the wire; what the rates' moves left of it
        for number in range(first, count):
            if entry.left < EPS:
                break
            invoice = order[number]
            room = invoice.amount - invoice.credited - invoice.allocated
            if room <= invoice.tolerance or room <= EPS:
                continue  # paid
            if unsold is not None and invoice.order_date > unsold:
                continue  # money received before the order existed never settles it
            rate = 1.0
            if currency != invoice.currency:
                converted = convert(1.0, currency, invoice.currency, entry.rate_day)
                if not converted:
                    unconverted.add((currency, invoice.currency))
                    continue
                rate = converted
            wanted = entry.left * rate
            taken = wanted if wanted < room else room
            if not taken > 0.0:
                taken = 0.0
            entry.left -= taken / rate
            if entry.left < EPS:
                entry.left = 0.0
            invoice.allocated += taken
            if touched is not None:
                touched.append(number)
            if day is not None:
                invoice.paid_on = day
            if currency != invoice.currency and entry.kind != "credit":  # a payment
                invoice.fx_cover += start * rate
                if band:
                    explained = settle_exchange(invoice, entry, rate, taken, room, start, explained,
                                          band, convert)
    _made_good(order, pool)
    return unconverted


class Matches:
    """The invoices a wire may match (the module's docstring), filed by what each has open:
    those of orders placed by the day of the wire come in as the pool's days pass, leave paid,
    and are filed again wherever money was taken into them since the last wire (`touched`).
    A wire looks only at those open by about its sum: the largest buyer of the 100k bench has
    hundreds open at a time and thousands of wires, and weighing every open invoice for each
    wire cost its analysis 0.3 s of 2.3 (fix60h)."""

    __slots__ = ("order", "by_date", "placed", "keys", "filed", "touched", "reach", "where",
                 "dated")

    def __init__(self, order: list[Invoice]) -> None:
        self.order = order
        self.by_date: list[int] | None = None  # made at a wire's first look past two (pay)
        self.placed = 0  # of `by_date`, those before it are filed or paid
        self.keys: list[tuple[float, int]] = []  # (open when filed, position), sorted
        self.filed: dict[int, float] = {}  # position -> the open it is filed under
        self.touched: list[int] = []  # positions money was taken into since the last wire
        self.reach = 0.0  # the largest tolerance filed: how far above a wire's sum to look
        self.where: dict[int, int] | None = None  # id of an invoice -> its position
        # positions of invoices a dated credit note names: filed by what they have open
        # after it, weighed by what they had open on the wire's day (`_fits`)
        self.dated: list[int] = []

    def touch(self, invoices: list[Invoice]) -> None:
        """Money was taken into these (named money's turn); none filed, none is filed again."""
        if not self.filed:
            return
        if self.where is None:
            self.where = {id(invoice): n for n, invoice in enumerate(self.order)}
        self.touched.extend(self.where[id(i)] for i in invoices if id(i) in self.where)

    def _file(self, n: int) -> None:
        """File the invoice at position `n` by what it has open now (not at all once paid)."""
        keys, old = self.keys, self.filed.pop(n, None)
        if old is not None:
            del keys[bisect_left(keys, (old, n))]
        invoice = self.order[n]
        room = invoice.amount - invoice.credited - invoice.allocated
        if room > invoice.tolerance and room > EPS:
            insort(keys, (room, n))
            self.filed[n] = room
            if invoice.tolerance > self.reach:
                self.reach = invoice.tolerance

    def pay(self, entry: Entry, first: int) -> None:
        """Pay the entry's match with it, if it is a wire of its own that has one (`first`:
        the oldest invoice open, which the pool's walk pays next)."""
        day, wire = entry.day, entry.left
        if day is None or entry.kind == "credit" or wire < EPS or entry.amount - wire > EPS:
            return  # undated, a credit note, or spent in part (an L/C's rest): the pool's
        order, own = self.order, entry.own
        if own is not None:  # money on an invoice's own row: that invoice, or the walk's
            if not _of_month(own, entry):
                return
            if _fits(own, entry, day, entry.charged):  # (its sum with a noted charge: D4)
                if not (first < len(order) and own is order[first]):
                    self._take(own, entry, day)  # (another it fits is no match: a part
            elif not (first < len(order) and _fits(order[first], entry, day, exact=True)):
                self._lump(own, entry, day)  # (payment of the row's own, 5,975 on a 6,500 row,
            return  # went to a 6,000, rv60d A7b; the oldest fitting it alone is paid: s442 L1)
        if first < len(order) and _fits(order[first], entry, day, exact=True):
            return  # the oldest open is its match, or its exact sum (most wires): the walk
            # pays it alike (a wire of INV-01's 10,001 went to INV-02's 10,002 "less 1": fix58a)
        self._refresh(day)
        keys, top, exact = self.keys, wire + self.reach, entry.charged
        best = len(order)  # none yet
        for at in range(bisect_left(keys, (wire - EPS, -1)), len(keys)):
            room, n = keys[at]
            if room > top:
                break
            invoice = order[n]
            if invoice.credit_days is not None:
                continue  # weighed as of the day below
            if not exact and room - wire <= EPS and invoice.currency == entry.currency \
                    and invoice.order_date <= day and not invoice.disputed:
                return  # an invoice of its exact sum: no other's less a charge (fix58a's
                # parent's 10,003 for INV-03 went to INV-04's 10,004: the walk's, as before)
            if n < best and (-EPS if exact else EPS) < room - wire <= invoice.tolerance \
                    and invoice.currency == entry.currency and not invoice.disputed \
                    and _of_month(invoice, entry):
                best = n  # the older of two
        for n in self.dated:  # (few: invoices a dated credit note names)
            if n < best and n in self.filed and _fits(order[n], entry, day, exact) \
                    and _of_month(order[n], entry):
                best = n
        if best < len(order):
            self._take(order[best], entry, day)

    def _refresh(self, day: date) -> None:
        """File the invoices money was taken into since the last wire, and those of orders
        placed by `day`."""
        order = self.order
        if self.by_date is None:  # most customers' wires never look this far (the 100k bench's)
            self.by_date = sorted(range(len(order)), key=lambda n: order[n].order_date)
            self.dated = [n for n, invoice in enumerate(order) if invoice.credit_days is not None]
        by_date, placed, filed = self.by_date, self.placed, self.filed
        for n in self.touched:
            if n in filed:  # (one not filed yet is filed as it is when its day comes)
                self._file(n)
        self.touched.clear()
        while placed < len(by_date) and order[by_date[placed]].order_date <= day:
            self._file(by_date[placed])
            placed += 1
        self.placed = placed

    def _lump(self, own: Invoice, entry: Entry, day: date) -> None:
        """Pay the row's own invoice and one other with money on its row that is their sum less
        a charge (at most the larger tolerance of the two; or one its note names): a lump for
        INV-2 and INV-3 on INV-2's row, 9,975 for 6,000 and 4,000, paid an older 5,000 first
        and left the lump's own invoices open where the buyer owed that 5,000 84 days, black
        (rv60e R1)."""
        wire = entry.left
        mine = own.amount - own.credited - own.allocated + _later(own, day)
        if not (own.tolerance < mine < wire) or own.currency != entry.currency \
                or own.disputed or own.order_date > day:
            return
        self._refresh(day)
        order, keys, rest = self.order, self.keys, wire - mine
        best, least = len(order), -EPS if entry.charged else EPS
        for at in range(bisect_left(keys, (rest - EPS, -1)), len(keys)):
            room, n = keys[at]
            if room > rest + self.reach:
                break
            other = order[n]
            if n < best and other is not own and other.credit_days is None \
                    and least < room - rest <= max(own.tolerance, other.tolerance) \
                    and other.currency == entry.currency and not other.disputed \
                    and _of_month(other, entry):
                best = n
        if best < len(order):
            self._take(own, entry, day)
            self._take(order[best], entry, day)

    def _take(self, invoice: Invoice, entry: Entry, day: date) -> None:
        """Pay `invoice` with the wire, as far as it has open."""
        wire = entry.left
        taken = min(wire, invoice.amount - invoice.credited - invoice.allocated)
        invoice.allocated += taken
        invoice.paid_on = day
        entry.left = wire - taken if wire - taken >= EPS else 0.0
        if self.filed:  # (none filed yet, most buyers paying on their rows: filed when due)
            self.touch([invoice])


def _fits(invoice: Invoice, entry: Entry, day: date, exact: bool = False) -> bool:
    """Is the invoice open by the entry's sum, less at most its tolerance (or the sum itself,
    `exact`), in its currency, not disputed, of an order placed by `day` (Matches)? Open as
    of `day`: credit notes dated after it not yet taken off."""
    room = invoice.amount - invoice.credited - invoice.allocated + _later(invoice, day)
    return (room > invoice.tolerance and room > EPS and (-EPS if exact else EPS) < room
            - entry.left <= invoice.tolerance and invoice.currency == entry.currency
            and not invoice.disputed and invoice.order_date <= day)


def _of_month(invoice: Invoice, entry: Entry) -> bool:
    """Was the invoice shipped in the month the entry's note names its goods of, if any?"""
    month, shipped = entry.month, invoice.shipped
    return month is None or (shipped is not None and shipped.year == month.year
                             and shipped.month == month.month)


def _later(invoice: Invoice, day: date) -> float:
    """What credit notes naming the invoice, dated after `day`, took off it."""
    if invoice.credit_days is None:
        return 0.0
    return sum(taken for on, taken in invoice.credit_days if on > day)


def _made_good(invoices: list[Invoice], pool: list[Entry]) -> None:
    """Each invoice the tolerance left short (a bank charge) made good by the money of the day
    that last paid it, in its currency, left unspent: while that money stood in the pool, the
    shortfall was no charge the bank took but the order the day's money was spent in. A
    later day's money stays the buyer's: the charge was taken, the next money moved on."""
    spare = [entry for entry in pool if entry.left >= EPS and entry.day is not None
             and entry.kind != "credit"]
    if not spare:
        return  # most customers: every receipt spent
    for invoice in invoices:
        short = invoice.amount - invoice.credited - invoice.allocated
        if short < EPS or invoice.fx or invoice.paid_on is None:
            continue
        for entry in spare:
            if entry.day == invoice.paid_on and entry.currency == invoice.currency \
                    and entry.left >= EPS:
                taken = min(short, entry.left)
                entry.left -= taken
                invoice.allocated += taken
                short -= taken
                if short < EPS:
                    break


def settle_exchange(invoice: Invoice, entry: Entry, rate: float, taken: float, room: float,
              start: float, explained: float, band: float, convert: Convert) -> float:
    """The exchange difference, if any, once money in another currency (`rate` to the
    invoice's, `start` of it in the wire) has paid `taken` of the invoice's `room`: a
    shortfall within the band settles it (its tolerance becomes the shortfall), a surplus the
    rates' moves explain is a gain and the wire is spent. What the moves explain so far, in
    the wire's currency, is returned for its next invoice."""
    left = invoice.amount - invoice.credited - invoice.allocated
    if entry.left < EPS:  # the wire ran out here
        if left > invoice.tolerance and left > EPS and left <= band * (invoice.fx_cover + left):
            invoice.tolerance = left  # paid: what the walk's paid test and the receivable read
            invoice.fx -= left
        return explained
    booked = convert(1.0, entry.currency, invoice.currency, invoice.order_date)
    if booked:  # at its order's rate the invoice would have taken taken / booked
        explained += taken / booked - taken / rate
    if taken >= room and entry.left <= explained + EPS and entry.left <= band * start:
        invoice.fx += entry.left * rate
        entry.left = 0.0
    return explained


def due_order(invoice: Invoice) -> tuple[object, ...]:
    """Disputed last, then oldest due (undated last), order date, order, key."""
    return (invoice.disputed, invoice.due or date.max, invoice.order_date, invoice.order_id,
            str(invoice.key))


def _spend_order(entry: Entry) -> tuple[date, float, str, date]:
    """Undated money first (it is spent before anything dated), then by date; money of one
    day (or undated) the larger first. Never by the row it was written on: with the tolerance,
    which of two same-day wires came first decides what a bank charge leaves open, and the
    clerk's choice of row must not."""
    return entry.day or date.min, -entry.amount, entry.currency, entry.rate_day

