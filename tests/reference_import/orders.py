"""The reference: records grouped into orders and lines as the importer did before issue 11
(core.ledger.orders keys and sums up orders as a file's rows stream past)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, count

from core.ledger.alike_lines import StoredAlike
from core.ledger.credit_lines import CREDITED, CreditPlaces
from core.ledger.filed_returns import candidate, sold_before
from core.ledger.keys import (
    PaidApart,
    buyer_order_key,
    described_order_key,
    line_key,
    numbered_order_key,
    paid_order_key,
    row_identity,
    unnumbered_day,
    written_over,
)
from core.ledger.lot_words import (
    first_only,
    later_lot,
    lot_said,
    lot_waits,
    paid_elsewhere,
    paid_said,
    waits_apart,
)
from core.ledger.normalise import fold, later_status
from core.ledger.noted_orders import credited_number, same_words
from core.ledger.noted_returns import noted_key
from core.ledger.order_buyers import Buyers
from core.ledger.other_ledgers import Elsewhere
from core.ledger.payment_kinds import apart, telling
from core.ledger.same_order import Substance, same_order, same_sum
from core.ledger.terms import due_date
from core.ledger.typed_rows import is_paid_line
from core.ledger.year_books import OtherYear, other_years, year_key
from core.similarity import alike
from reference_import.alike import SheetAlike
from reference_import.rows import Record, _stored_negative

CANCELLED, DISPUTED, CREDIT_NOTE = "cancelled", "disputed", "credit_note"


@dataclass
class Line:
    key: str
    order_key: str
    record: Record
    repeat: bool = False  # the same line seen again in a later tab of this file


@dataclass
class Order:
    key: str
    lines: list[Line] = field(default_factory=list)

    @property
    def first(self) -> Record:
        return self.lines[0].record

    @property
    def buyer(self) -> Record | None:
        """The first sale row: whose the order is (a payment's payer is no buyer, rv57b s6);
        None while only money received names it."""
        return next((line.record for line in self.lines if not _paid(line.record)), None)

    @property
    def owner(self) -> Record:
        """The row naming the order's customer: its buyer's, else its first payer's."""
        return self.buyer or self.first

    @property
    def currency(self) -> str:
        """The first line's currency; a refund's or payment's row first (a 退货 tab before
        the 台账), the first sale's after it (fix39a F5)."""
        first = self.first
        if first.amount or first.received_amount is None or self.lines[0].repeat:
            return first.currency
        return next((line.record.currency for line in self.lines if line.record.amount
                     and not line.record.credit_note), first.currency)

    def value(self, name: str) -> object:
        """The first filled value among the order's rows (the clerk fills the first line)."""
        for line in self.lines:
            value = getattr(line.record, name)
            if value is not None:
                return value
        return None

    def reading(self, text: str, read: str) -> tuple[object, object]:
        """The first reading any row's text gives, with that text; else no reading and the
        first filled text."""
        for line in self.lines:
            if getattr(line.record, read) is not None:
                return getattr(line.record, text), getattr(line.record, read)
        return self.value(text), None

    def line_statuses(self) -> dict[str, tuple[str | None, Line]]:
        """Each line's status as the file leaves it (a later tab's filled cell replaces an
        earlier one's), with the showing that wrote it; a credit note's line is left out."""
        found: dict[str, tuple[str | None, Line]] = {}
        credit: set[str] = set()
        for line in self.lines:
            if not line.repeat:
                if line.record.credit_note or _money_only(line):
                    credit.add(line.key)
                else:
                    found[line.key] = (line.record.status, line)
            elif line.key not in credit:
                status = later_status(found[line.key][0], line.record.status, False)
                if status != found[line.key][0]:
                    found[line.key] = (status, line)
        return found

    @property
    def status(self) -> str | None:
        """Cancelled when every line that is not a credit note is; a credit note when every
        line is one (it lowers the account, it is never an order); else disputed or None."""
        if all(line.repeat for line in self.lines):
            return None
        sales = [status for status, _ in self.line_statuses().values()]
        if not sales:  # money received naming the order (a row typed 收款) is no sale
            return None if any(_money_only(n) for n in self.lines if not n.repeat) \
                else CREDIT_NOTE
        if all(s == CANCELLED for s in sales):
            return CANCELLED
        return DISPUTED if any(s == DISPUTED for s in sales) else None


def order_key(record: Record, occurrence: int) -> str:
    if record.order_no:
        return numbered_order_key(record.order_no)
    return described_order_key(_identity(record), occurrence)


def _plain_sold(records: list[Record], plain: str, key: Callable[[Record], str]) -> Substance:
    """The sale rows' order of a number's own key (`key`: a record's) in a sheet's records."""
    return _substance(r for r in records if r.order_no and key(r) == plain and _sale(r))


def _identity(record: Record) -> str:
    return row_identity(record.customer_key, record.order_date.isoformat(), record.product)


class _Buyers:
    """Per order number, its unalike buyers (name, order key, the customer keys taken for
    it), the stored ones first (`stored`: per number's own key, each stored buyer's customer
    key, name and order key); the buyers the file names; the rows kept apart from the first."""

    def __init__(self, stored: dict[str, list[tuple[str, str, str]]],
                 stored_orders: dict[str, Substance] | None = None,
                 books: dict[str, set[str]] | None = None) -> None:
        self.stored_orders = stored_orders or {}  # each stored order's substance (fix53k)
        self.books = books or {}  # each stored order's other ledgers (fix54a)
        self.known: dict[str, list[tuple[str, str, set[str]]]] = {
            plain: [(name, key, {customer}) for customer, name, key in buyers]
            for plain, buyers in stored.items()}
        self.named: dict[str, list[tuple[str, str]]] = {}  # plain -> (name, key) as met
        self.numbers: dict[str, str] = {}  # plain -> the number as the file first writes it
        self.apart: dict[str, list[tuple[str, int]]] = {}
        self.years: dict[str, str] = {}  # the sheet's numbers of another year's (acct54c)

    def plain(self, record: Record) -> str:
        """The number's own key, or its year's where the stored order is another year's."""
        plain = numbered_order_key(str(record.order_no))
        return self.years.get(plain, plain)

    def other_years(self, records: list[Record], taken: Callable[[str], bool],
                    owners: dict[str, tuple[str, str]], files: dict[str, set[str | None]],
                    file: str, said: list[OtherYear] | None) -> None:
        """The sheet's numbers whose stored order is another year's, another order
        (core.ledger.year_books): keyed by the number and the sheet's order's year."""
        self.years = {}
        sales: dict[str, list[Record]] = defaultdict(list)
        for r in records:
            if r.order_no and _sale(r) and not taken(numbered_order_key(r.order_no)):
                sales[numbered_order_key(r.order_no)].append(r)
        sold = {plain: _substance(rows) for plain, rows in sales.items()}
        unlike = {plain: [r.customer_key != owners[plain][0] and not alike(owners[plain][1],
                                                                           r.customer)
                          for r in rows] for plain, rows in sales.items() if plain in owners}
        found = other_years(file, {p: sold[p] for p in unlike}, unlike, self.stored_orders,
                            files)
        for plain, (day, other) in sorted(found.items(), key=lambda item: records.index(
                sales[item[0]][0])):
            self.years[plain] = year_key(plain, sold[plain].day)
            if said is not None and all(o.number != sales[plain][0].order_no for o in said):
                said.append(OtherYear(str(sales[plain][0].order_no), day, other,
                                      sold[plain].day))

    def key(self, record: Record, plain: str, first: Record | None) -> str:
        if plain not in self.known:
            if first is None or record.customer_key == first.customer_key:
                return plain
            self.known[plain] = [(first.customer, plain, {first.customer_key})]
            self.named[plain] = [(first.customer, plain)]
        self.numbers.setdefault(plain, str((first or record).order_no))
        known = self.known[plain]
        found = next((key for _, key, keys in known if record.customer_key in keys), None)
        if found is None:
            found = next((key for name, key, _ in known if alike(name, record.customer)),
                         None)
            if found is None:
                if record.amount == 0 and record.received_amount is not None:
                    return plain  # money received pays an order, never makes one
                free = all(key != plain for _, key, _ in known)
                found = plain if free else buyer_order_key(plain, record.customer_key)
                known.append((record.customer, found, set()))
            next(keys for _, key, keys in known if key == found).add(record.customer_key)
        named = self.named.setdefault(plain, [])
        if found not in [key for _, key in named]:
            named.append((record.customer, found))
        if found != named[0][1]:
            self.apart.setdefault(plain, []).append((record.sheet, record.row))
        return found

    def sheet(self, records: list[Record], taken: Callable[[str], bool],
              owners: dict[str, tuple[str, str]],
              elsewhere: dict[str, tuple[str, str, str]] | None = None,
              apart_from: list[Elsewhere] | None = None) -> None:
        """A number a sheet writes for several customers, the store's order of it one of
        theirs, named after another: that customer keeps the stored order (imp40). A number
        another ledger's file stored (`elsewhere`) for a customer the sheet names neither
        nor alike: that customer keeps it, the sheet's buyers their own (acct53e)."""
        self._corrected(records, taken)
        firsts: dict[str, Record] = {}
        named: dict[str, set[str]] = defaultdict(set)
        names: dict[str, list[str]] = defaultdict(list)  # the buyers of its sales
        buying: dict[str, set[str]] = defaultdict(set)
        sold: dict[str, Record] = {}
        apart: dict[str, tuple[str, str, str]] = {}
        for record in records:
            if record.order_no:
                plain = self.plain(record)
                firsts.setdefault(plain, record)
                named[plain].add(record.customer_key)
                if not (record.amount == 0 and record.received_amount is not None):
                    sold.setdefault(plain, record)
                    names[plain].append(record.customer)
                    buying[plain].add(record.customer_key)
        for plain, keys in named.items():
            owner = owners.get(plain)
            if (len(keys) > 1 and owner is not None and not taken(plain)
                    and owner[0] in keys and firsts[plain].customer_key != owner[0]):
                self.known[plain] = [(owner[1], plain, {owner[0]})]
            other = (elsewhere or {}).get(plain)
            if (other is not None and plain in sold and not taken(plain)
                    and not any(alike(other[1], name) for name in names[plain])
                    and other[0] not in buying[plain] and plain in self.stored_orders
                    and not same_order(_plain_sold(records, plain, self.plain),
                                       self.stored_orders[plain])):
                apart[plain] = other
        copies = self._copies(records, owners, apart, {
            plain for plain in sold if not taken(plain)}, buying, names) if apart else set()
        for plain, other in apart.items():
            if not (self.books.get(plain, set()) & copies and same_order(_plain_sold(
                    records, plain, self.plain), self.stored_orders[plain], copied=True)):
                self.known[plain] = [(other[1], plain, {other[0]})]
                if apart_from is not None:
                    apart_from.append(Elsewhere(str(sold[plain].order_no), other[1],
                                                sold[plain].customer, other[2]))

    def _copies(self, records: list[Record], owners: dict[str, tuple[str, str]],
                apart: dict[str, tuple[str, str, str]], plains: set[str],
                buying: dict[str, set[str]], names: dict[str, list[str]]) -> set[str]:
        """The other ledgers the sheet copies: sharing 2 numbers or more with it, at least half
        of them agreeing (the same order, for the same buyer or of the same sum)."""
        shared: dict[str, int] = defaultdict(int)
        agreeing: dict[str, int] = defaultdict(int)
        for plain in plains:
            books = self.books.get(plain, set())
            owner = owners.get(plain)
            if not books or owner is None:
                continue
            stored = self.stored_orders.get(plain)
            sold = _plain_sold(records, plain, self.plain)
            agree = plain not in apart and stored is not None and same_order(sold, stored) and (
                owner[0] in buying[plain] or any(alike(owner[1], n) for n in names[plain])
                or same_sum(sold, stored))
            for book in books:
                shared[book] += 1
                agreeing[book] += agree
        return {book for book, n in shared.items() if n >= 2 and 2 * agreeing[book] >= n}

    def _corrected(self, records: list[Record], taken: Callable[[str], bool]) -> None:
        """A number the store keeps apart for several buyers, the sheet's sales of it for a
        buyer none of them is nor alike: the stored order of one of them the sheet names not
        that is the same order (core.ledger.same_order) is that buyer's, moved (fix53k)."""
        for plain, known in self.known.items():
            if plain in self.named or not any(key in self.stored_orders for _, key, _ in known):
                continue
            rows = [r for r in records if r.order_no and _sale(r)
                    and self.plain(r) == plain]
            kept = {key for name, key, keys in known for r in rows
                    if r.customer_key in keys or alike(name, r.customer)}
            new = [r for r in rows if not any(r.customer_key in keys or alike(name, r.customer)
                                              for name, _, keys in known)]
            if not new:
                continue
            sold = _substance(new)
            for _, key, keys in known:
                if key not in kept and key in self.stored_orders \
                        and same_order(sold, self.stored_orders[key]):
                    keys.update(r.customer_key for r in new)
                    break

    def split(self) -> list[Buyers]:
        """Numbers the file names unalike buyers of, as their second buyer is met."""
        return [Buyers(self.numbers[plain], [], {}, self.named[plain], places)
                for plain, places in self.apart.items()]


def _sale(record: Record) -> bool:
    """Not money received alone (a receipt row)."""
    return not (record.amount == 0 and record.received_amount is not None)


def _substance(records: Iterable[Record]) -> Substance:
    """An order's day, sum, currency and products in these rows (core.ledger.same_order)."""
    found: Substance | None = None
    for r in records:
        if found is None:
            found = Substance(r.order_date.isoformat(), 0.0, r.currency)
        found.add(r.order_date.isoformat(), r.amount or 0.0, r.product)
    return found or Substance("", 0.0, "")


StoredLine = Callable[[str, str], "tuple[str | None, bool] | None"]  # (key, sheet) -> line
# a line key -> a line another file stored: its amount, lot words and ship date (ISO)
StoredLot = Callable[[str], "tuple[float, str, str | None] | None"]


def group(records: list[Record], paid_apart: list[PaidApart] | None = None,
          kept_apart: list[Buyers] | None = None,
          stored: dict[str, list[tuple[str, str, str]]] | None = None,
          stored_line: StoredLine | None = None,
          lots: list[tuple[str, int]] | None = None,
          stored_lot: StoredLot | None = None,
          filed: list[tuple[str, int]] | None = None,
          passed_stored: list[tuple[str, float]] | None = None,
          credits: CreditPlaces | None = None,
          owners: dict[str, tuple[str, str]] | None = None,
          stored_alike: StoredAlike | None = None,
          elsewhere: dict[str, tuple[str, str, str]] | None = None,
          apart_from: list[Elsewhere] | None = None,
          stored_orders: dict[str, Substance] | None = None,
          stored_files: dict[str, set[str | None]] | None = None, file: str = "",
          other_years_said: list[OtherYear] | None = None,
          books: dict[str, set[str]] | None = None) -> list[Order]:
    """Orders in first-seen order, each with its lines keyed for re-import; a payment row
    keyed among the order's payment rows, the key a sale in its place has in `paid_apart`;
    an unalike buyer's rows sharing an order number an order of its own (`kept_apart`), and
    a number the store keeps apart for several buyers (`stored`) each buyer's; a payment
    whose note tells it apart not at a place whose line (met earlier, else `stored_line`'s:
    its note and whether it is this sheet's own) is another payment; a credit note whose place
    holds a sale (an earlier tab's, else one another file stored: `credits`) a line of its
    own (core.ledger.credit_lines); `owners`: each stored numbered order's customer (key,
    name), whose number a sheet writes for it and another it names first (_Buyers.sheet);
    `elsewhere`: those another ledger's file stored, kept their customer's where the sheet
    names the number for unalike buyers only, each said in `apart_from` (acct53e).

    Identical rows without an order number are told apart by their place in their sheet, so a
    row repeated on a later tab of the same file (a carried-forward invoice) is the same row."""
    orders: dict[str, Order] = {}
    occurrences: dict[tuple[str, str], int] = defaultdict(int)
    per_sheet: dict[tuple[str, str], int] = defaultdict(int)
    seen_lines: set[str] = set()
    taken: set[tuple[str, str]] = set()  # (sheet, line key) given to a row of the sheet
    met: dict[str, str | None] = {}  # each payment line's note, as first met
    shown: dict[str, Record] = {}  # each line key's last showing
    buyers = _Buyers(stored or {}, stored_orders, books)
    credits = credits or CreditPlaces(None)
    last: tuple[str, str] | None = None  # the last row's order and line keys
    notes_at: dict[str, Line] = {}  # credit notes and returns of their own in a place
    sheet: str | None = None
    alike = SheetAlike(stored_alike)  # places matched by likeness (key43)
    for record in records:
        if record.sheet != sheet:
            sheet = record.sheet
            if owners is not None:
                buyers.other_years([r for r in records if r.sheet == sheet],
                                   lambda key: key in orders, owners, stored_files or {},
                                   file, other_years_said)
                buyers.sheet([r for r in records if r.sheet == sheet],
                             lambda key: key in orders or key in buyers.known, owners,
                             elsewhere, apart_from)
            alike.keys = _row_keys([r for r in records if r.sheet == sheet], buyers, orders,
                                   records[0])
        if record.noted_return and last is not None:  # after its sale's line, no place
            okey, lkey = last[0], noted_key(last[1])
            credits.noted(lkey, record.amount, record.notes)
            taken.add((record.sheet, lkey))
            shown[lkey] = record
            orders[okey].lines.append(Line(lkey, okey, record, repeat=lkey in seen_lines))
            seen_lines.add(lkey)
            continue
        occurrence = 0
        if not record.order_no:
            place = (record.sheet, _identity(record))
            occurrence = alike.occurrence(records, record)
            occurrence = occurrences[place] if occurrence is None else occurrence
            occurrences[place] += 1
        okey = alike.keys[id(record)] if record.order_no else order_key(record, occurrence)
        part = (record.sheet, f"{okey}|{fold(record.product or '')}")
        lkey = line_key(okey, record.product, per_sheet[part])
        per_sheet[part] += 1
        # 退货退款's refund, and a row of money typed or not (0 in 金额, a sum received or sent
        # back): a payment too (ref39, ref40)
        paid = (record.payment_row or record.returned
                or is_paid_line(record.amount, record.received_amount))
        if not paid:  # the first place free on the sheet that is no other lot
            money, passed = paid_said(record.notes, record.product, record.status_text), []
            before = partial(_before, shown, stored_lot)
            assigned = alike.place(records, record, part[1])
            for key in chain(() if assigned is None else [line_key(
                    okey, record.product, assigned)], (key for n in count() if (
                        record.sheet, key := line_key(okey, record.product, n)) not in taken)):
                if not _another_lot(line := before(key), record) and not (
                        line and paid_elsewhere(line, money, (before(line_key(
                            okey, record.product, n)) for n in count(
                                int(key.rpartition("#")[2]) + 1)))):
                    lkey = key
                    break
                passed.append(key)
            if passed_stored is not None:  # stored lines a lot passed (core.ledger.lot_balances)
                passed_stored.extend((key, record.amount) for key in passed if key not in shown)
            if lots is not None and lkey not in shown and passed and _lot(record):  # said
                (lots if any(key in shown for key in passed) else filed if filed is not None
                 else []).append((record.sheet, record.row))
        if record.credit_note:  # its place taken, its line apart where a sale holds it
            taken.add((record.sheet, lkey))
            lkey = credits.line(lkey, part[1], record.order_date.isoformat(), record.sheet,
                                lambda key: None if key not in shown else not (
                                    shown[key].credit_note or _paid(shown[key])),
                                record.amount, record.notes)
        if lkey in notes_at and not (paid or record.credit_note or held_return(record)):
            _move_note(lkey, part[1], record, notes_at, shown, seen_lines, taken, credits)
        if not (paid or record.credit_note or held_return(record)) and record.amount > 0:
            _credit_order_returns(lkey, okey, record, notes_at)
        taken.add((record.sheet, lkey))
        shown[lkey] = record
        if paid:
            if paid_apart is not None:
                paid_apart.append(PaidApart(lkey, record.sheet, record.row, record.received_amount,
                                            record.received_date and
                                            record.received_date.isoformat()))
            day = record.received_date and record.received_date.isoformat()
            if not record.order_no:  # the day's payments: an order of their own, by sum
                okey = paid_order_key(row_identity(record.customer_key, unnumbered_day(
                    day, record.order_date.isoformat()), record.product))
            base = line_key(okey, record.product, 0, True, record.received_amount, day,
                            record.received_in)
            lkey = _paid_key(base.rpartition("#")[0], record, taken, met,
                             stored_line or (lambda key, sheet: None))
            taken.add((record.sheet, lkey))
            met.setdefault(lkey, record.notes)
        line = Line(lkey, okey, record, repeat=lkey in seen_lines)
        if not line.repeat and CREDITED not in lkey and (record.credit_note
                                                          or held_return(record)):
            notes_at[lkey] = line  # a sale on a later tab moves it (core.ledger.tab_notes)
        seen_lines.add(lkey)
        orders.setdefault(okey, Order(okey)).lines.append(line)
        last = (okey, lkey)
    if kept_apart is not None:
        kept_apart.extend(buyers.split())
    if paid_apart is not None:  # a payment at a place the file's own line holds (ref40)
        paid_apart[:] = written_over(paid_apart, seen_lines)
    for order in orders.values():
        _derive_due_dates(order)
    _name_credited_invoices(list(orders.values()))
    return list(orders.values())


def _row_keys(rows: list[Record], buyers: _Buyers, orders: dict[str, Order],
              start: Record) -> dict[int, str]:
    """key44: each numbered row's order key (by id), its buyer's where unalike buyers write
    its number, asked before the sheet's rows are matched by likeness (reference_import.
    alike); a note's return its sale's, asking nothing."""
    found: dict[int, str] = {}
    made: dict[str, Record] = {}
    for n, r in enumerate(rows):
        if r.order_no and r.noted_return and r is not start:
            found[id(r)] = found.get(id(rows[n - 1]), buyers.plain(r))
        elif r.order_no:
            plain = buyers.plain(r)
            first = made.get(plain) or (orders[plain].buyer if plain in orders else None)
            found[id(r)] = okey = buyers.key(r, plain, first)
            if not _paid(r) and (okey not in orders or orders[okey].buyer is None):  # s6
                made.setdefault(okey, r)
    return found


def held_return(r: Record) -> bool:
    """A return of its own its sheets read as no credit note (core.ledger.filed_returns.
    held_return)."""
    return not r.payment_row and candidate(r.status_returned, r.credit_note, r.amount,
                                           r.ship_date is not None, r.order_no)


def _credit_order_returns(key: str, okey: str, record: Record, notes_at: dict[str, Line]
                          ) -> None:
    """A sale on a later tab than a return of its own of its order naming another product (or
    none), dated after the sale: that return made a credit note in its own place (core.ledger.
    tab_notes.TabNotes.order_sale)."""
    for held, line in list(notes_at.items()):
        note = line.record
        if held != key and line.order_key == okey and not note.credit_note and (
                note.sheet != record.sheet) and sold_before(
                    note.order_date.isoformat(), note.amount,
                    (record.order_date.isoformat(), record.amount), None, ("", "")):
            del notes_at[held]
            _stored_negative(note)


def _move_note(key: str, part: str, record: Record, notes_at: dict[str, Line],
               shown: dict[str, Record], seen_lines: set[str], taken: set[tuple[str, str]],
               credits: CreditPlaces) -> None:
    """A sale on a later tab than the credit note (or return of its own, dated after the
    sale) holding its place: the note keyed as it would be with the sale there first, a
    return made a credit note (core.ledger.tab_notes)."""
    line = notes_at[key]
    note, returned = line.record, not line.record.credit_note
    day = note.order_date.isoformat()
    if note.sheet == record.sheet or record.amount <= 0 or returned and not sold_before(
            day, note.amount, (record.order_date.isoformat(), record.amount), None, ("", "")):
        return
    del notes_at[key]
    line.key = credits.line(key, part, day, note.sheet, lambda k: True if k == key else (
        None if k not in shown else not (shown[k].credit_note or _paid(shown[k]))),
        -abs(note.amount))
    shown[line.key] = shown.pop(key)
    seen_lines.discard(key)
    seen_lines.add(line.key)
    taken.add((note.sheet, line.key))
    if returned:
        _stored_negative(note)


def _paid_key(base: str, record: Record, taken: set[tuple[str, str]],
              met: dict[str, str | None], stored_line: StoredLine) -> str:
    """The first key `base#k` its sheet has not taken; where the note tells one payment from
    another, the first whose line is none or no other payment, one saying the same first."""
    choices = []
    for key in (f"{base}#{k}" for k in count()):
        if (record.sheet, key) in taken:
            continue
        if not telling(record.notes):
            return key
        line = (met[key], False) if key in met else stored_line(key, record.sheet)
        if line is None:
            choices.append(key)
            break
        note, own = line
        if own or not apart(note, record.notes):
            if note and same_words(note, record.notes):
                return key
            choices.append(key)
    return choices[0]


Shown = tuple[float, str, str | None]  # a line's amount, lot words and ship date


def _before(shown: dict[str, Record], stored_lot: StoredLot | None, key: str) -> Shown | None:
    """The line `key` a tab showed, else the one an earlier file stored."""
    return _as_shown(shown[key]) if key in shown else stored_lot(key) if stored_lot else None


def _lot(record: Record) -> str:
    return lot_said(record.notes, record.product, record.status_text)


def _as_shown(record: Record) -> tuple[float, str, str | None]:
    return record.amount, _lot(record), record.ship_date and record.ship_date.isoformat()


def _another_lot(before: tuple[float, str, str | None] | None, record: Record) -> bool:
    """A row in the place of a line shown before (an earlier tab's, else, where the row says
    a lot, one another file stored: its amount, lot words, ship date) is another shipment of
    its product, not the line again, only where its notes, product or status cell say another
    lot than the line's and its amount, or its ship date (both known), differs; a changed
    amount, quantity or ship date alone is the line corrected, and so is a row saying the
    first lot where the line said none; a credit note is never one (break34d, fix34c,
    lots35, lots35b)."""
    if before is None or record.credit_note:
        return False
    amount, said, ship = before
    mine = record.ship_date and record.ship_date.isoformat()
    lot = _lot(record)
    if not lot:  # the first lot read after a later one's line (break35b)
        return (later_lot(said) and None not in (ship, mine, amount, record.amount)
                and ship != mine)
    if waits_apart(said, lot, ship, mine is None and record.ship_date_known != 0 and lot_waits(
            record.notes, record.product, record.status_text)):  # 第二批 still to ship
        return True
    if abs(record.amount - amount) < 0.005 and (ship is None or mine is None or ship == mine
                                                 or first_only(lot)):
        return False
    return bool(lot) and lot != said and not (said == "" and first_only(lot))


def _derive_due_dates(order: Order) -> None:
    """Terms written on the order's first row govern the rows below it too."""
    terms = order.value("terms")
    for line in order.lines:
        record = line.record
        if record.due_date is None and record.terms is None and terms is not None:
            record.due_date = due_date(terms, record.ship_date, record.order_date)  # type: ignore[arg-type]
            record.due_derived = record.due_date is not None


def _name_credited_invoices(orders: list[Order]) -> None:
    """Each credit note's `credit_ref`: the number its reference column names, else its own
    invoice or order number where that number is one of the customer's sales in this file (a
    credit row filed under the invoice it reduces), else None (it joins the customer's pool).
    A number found among the sales is stored as the sale spells it."""
    sales: dict[str, dict[str, str]] = defaultdict(dict)  # customer -> folded number -> number
    for order in orders:
        for line in order.lines:
            record = line.record
            if not record.credit_note:
                for number in (record.invoice_no, record.order_no):
                    if number:
                        sales[record.customer_key].setdefault(fold(number), number)
    for order in orders:
        for line in order.lines:
            record = line.record
            if not record.credit_note:
                continue
            record.credit_ref = credited_number(record.ref, (record.invoice_no, record.order_no),
                                                sales.get(record.customer_key, {}),
                                                record.notes)


def _money_only(line: Line) -> bool:
    """A line worth nothing that received money: a payment, no sale, its status no order's."""
    return _paid(line.record)


def _paid(record: Record) -> bool:
    return record.amount == 0 and record.received_amount is not None
