"""The reference: one ledger row -> one record, cell by cell, as the importer read rows before
issue 11 (core.ledger.rows reads them column by column with a parse per distinct value).

Kept deliberately simple so the fast path can be compared with it (test_fast_import.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, partial

from core.i18n import N_
from core.ledger.air_papers import AirRows, paper_field, paper_pair
from core.ledger.amounts import decimal_mark, sign_reads_as
from core.ledger.bank_charges import charge
from core.ledger.cancelled_notes import noted_status
from core.ledger.cancelled_shares import (
    cut_share,
    floor_of,
    listing_floor,
    row_share,
    shipped_on,
)
from core.ledger.cells import date_orders, plain, settled_by_sheet
from core.ledger.charged_receipts import charge_in, noted_charge
from core.ledger.dates import month_end_field
from core.ledger.day_lists import LISTED, listed_days
from core.ledger.deduction_notes import deduction, hinted, marks, noted_sum, settled, taken_sum
from core.ledger.deposit_paid import asked, dated, deposit_paid, received_on
from core.ledger.ditto import DITTO
from core.ledger.filled_down import (
    MERGED_ONCE,
    PRICE_TOLERANCE,
    Above,
    Filled,
    filled_names,
    no_product,
    total_beside_product,
)
from core.ledger.header_units import scaled
from core.ledger.keys import numbered_order_key
from core.ledger.layout import SheetLayout
from core.ledger.lot_words import later_lot_money, lot_said, lot_waits
from core.ledger.lots_called_off import called_off
from core.ledger.normalise import (
    cell_text,
    credit_beyond_sale,
    customer_key,
    doc_status,
    fold,
    fold_header,
    is_credit_note,
    line_status,
    name_text,
    not_yet,
    parse_amount,
    parse_currency,
    parse_date,
    parse_flag,
    parse_number,
    placeholder,
    says_returned,
)
from core.ledger.noted_orders import sale_numbers
from core.ledger.noted_returns import StoredCredit, further_return, other_return, returned_sum
from core.ledger.number_only import UNNAMED, said
from core.ledger.order_payments import OrderPayments, number_key, payment_word
from core.ledger.owed_rows import owed_message, owed_row, told_part
from core.ledger.own_row_deductions import OffOrder, earlier, names_another
from core.ledger.paid_in import apart
from core.ledger.paper_dates import by_shipment, papers, ships_known
from core.ledger.paper_typos import (
    AGREE_DAYS,
    LATE_DAYS,
    YEAR_LATE_DAYS,
    Typo,
    agreeing,
    mistyped_ship_day,
    planned,
    shipped_as_noted,
)
from core.ledger.payment_kinds import kinds as payment_kinds
from core.ledger.prepaid_rows import said_paid
from core.ledger.received_only import (
    Named,
    blank,
    by_receipt,
    dated_by_receipt,
    elsewhere,
    named,
    received_only,
)
from core.ledger.received_rmb import dated_receipts
from core.ledger.refund_columns import refund_said
from core.ledger.rest_day import RestCame, received_until
from core.ledger.row_problems import held_problem, no_customer, row_problem
from core.ledger.rows import (
    Skipped,
    TotalsCheck,
    differs,
    other_column,
    subtotal_message,
)
from core.ledger.said_money import said_received

# the words a row is read by are the app's, one rule; the reference checks how rows are read
from core.ledger.sheet_fields import (
    CARRY_WORDS,
    CUSTOMER_FIELDS,
    DATE_FIELDS,
    MONEY_FIELDS,
    NUMBER_FIELDS,
    TRIAL_WORDS,
    UNREAD_FIELDS,
    FirstSale,
    first_sale,
    returned_after,
    unread,
)
from core.ledger.shipped_words import says_unshipped
from core.ledger.subtotals import NAMING_FIELDS, bare, names_customer, naming_key, subtotal_of
from core.ledger.tab_month import TabMonth, carried_before
from core.ledger.terms import PaymentTerms, due_date, parse_incoterm, parse_payment_terms
from core.ledger.totals_words import TOTAL_WORDS, only_totals
from core.ledger.typed_payments import register_payment, same_buyer, typed_payment
from core.ledger.typed_rows import (
    RETURNED,
    is_receipt,
    is_refund,
    is_refund_line,
    money_back,
    money_kept,
    overpaid,
    refund_made,
    refund_under_way,
    returned_and_refunded,
)
from core.ledger.units_currency import judged, row_decides, unweighed
from core.ledger.unsent_lots import dated_elsewhere, unsent
from core.ledger.write_off_words import says_held, says_written_off
from core.messages import Message

TEXT_FIELDS = ("order_no", "invoice_no", "country", "salesperson", "product", "notes", "doc_type",
               "ref")
# Money a credit note written positive holds with the sign of a sale: stored negative with it.
CREDIT_SIGNED = ("cost", "gross_profit", "tax_rebate")
RECEIPT_MONEY = ("received_amount", "deposit", "balance")  # in the line's received_currency
_FLOAT_ID = re.compile(r"^\d+\.0+$")


@dataclass(slots=True)
class Record:
    sheet: str
    row: int
    customer: str
    customer_key: str
    order_date: date
    amount: float
    currency: str
    order_no: str | None = None
    invoice_no: str | None = None
    country: str | None = None
    salesperson: str | None = None
    product: str | None = None
    notes: str | None = None
    quantity: float | None = None
    unit_price: float | None = None
    cost: float | None = None
    gross_profit: float | None = None
    tax_rebate: float | None = None
    credit_limit: float | None = None
    insured: bool | None = None
    incoterm: str | None = None
    incoterm_text: str | None = None
    payment_terms: str | None = None
    terms: PaymentTerms | None = None
    ship_date: date | None = None
    bl_date: date | None = None  # the B/L's: its ship date where typed (paper_dates)
    due_date: date | None = None
    due_derived: bool = False
    received_amount: float | None = None
    received_date: date | None = None
    outstanding: float | None = None
    deposit: float | None = None
    deposit_date: date | None = None
    balance: float | None = None
    balance_date: date | None = None
    refund_amount: float | None = None  # a refund column beside the sale's amount (hdr40)
    refund_date: date | None = None
    refunded: bool = False  # its refund taken off its money received (refund_columns)
    return_amount: float | None = None  # a return column beside the sale's amount (fix40e)
    return_date: date | None = None
    column_return: float | None = None  # ... its sum: the return noted after it
    claim_refund: bool = False  # its refund column for a claim: the sale lowered too (pay41)
    listed_return: float | None = None  # a list of returns' row: its return's sum (退货退款)
    goods_back: bool = False  # received -3,000 alone, its status or note 退货: both (ref43)
    listed_kept: bool = False  # ... whose refund cell is blank: a credit note alone (ref41)
    listed_stated: bool = False  # ... of a list with a refund column: it says the money (fix41a)
    column_taken: float = 0.0  # a return column's money paid for the goods, off its received
    column_told: bool = False  # ... given back: a list of returns says the refund (fix41a)
    trial: bool | None = None  # None: the row does not say
    status: str | None = None  # cancelled, disputed, stands (a filled cell saying neither), None
    status_text: str | None = None  # the status cell as written (it may say a lot: 第二批已发)
    carry_forward: bool = False
    doc_type: str | None = None
    ref: str | None = None  # the order or invoice a credit note names, as written
    credit_note: bool = False  # negative, or typed as one (折让, 退款, credit note…)
    credit_written_positive: bool = False  # typed as a credit note, written positive
    payment_row: bool = False  # typed as a payment: money received, no sale
    prepaid: str | None = None  # ... its word, where money before any order (prepaid_rows)
    returned: bool = False  # the refund of goods returned and refunded (退货退款)
    undated_refund: bool = False  # a refund without its date received, dated by its row
    status_both: bool = False  # its status cell says goods returned and refunded
    status_kept: bool = False  # ... and that their money was kept (款未退)
    status_returned: bool = False  # its status cell says goods came back (退货)
    noted_return: bool = False  # the return a sale's note names (core.ledger.noted_returns)
    # typed a credit note by a refund or a return asked for alone (退款, 申请退货): on a sale's
    # own row no credit note (_sale_credits)
    credit_on_sale: bool = False
    credit_ref: str | None = None  # set when grouped (core.ledger.orders)
    cost_currency: str | None = None  # named by the header or the cell; None: not named
    received_currency: str | None = None
    rebate_currency: str | None = None  # the tax rebate's, named by its header or cell
    currency_cell: bool = True  # its cell or amount names its currency
    currency_written: bool = True  # that, its order's other row or the header: not the firm's
    ruled: bool = False  # a payment's read in its 收款币种 (core.ledger.paid_in)
    weighed: bool = False  # its 收款 is its cell's (core.ledger.units_currency.weigh)
    ship_date_known: int = 1  # 0: the sheet has no ship-date column at all; 2: says not yet

    @property
    def written_off(self) -> str | None:
        """A bad debt written off (坏账核销): its day (core.ledger.write_off_words)."""
        said = f"{self.product or ''} {self.notes or ''}"
        return ((self.ship_date or self.order_date).isoformat()
                if self.credit_note and says_written_off(said) else None)

    @property
    def held(self) -> bool:
        """A write-off put off or refused (坏账暂不核销): its money left out."""
        return self.credit_note and says_held(f"{self.product or ''} {self.notes or ''}")

    @property
    def received_in(self) -> str:
        return self.received_currency or self.currency


@dataclass
class SheetRecords:
    records: list[Record] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    totals: list[TotalsCheck] = field(default_factory=list)
    date_order: str = ""  # the day-month order the sheet's dates settle
    day_first: bool = False  # its received dates read day first (typed_apart)
    unread: dict[str, list[tuple[int, object]]] = field(default_factory=dict)
    pending: list[tuple[Record, Skipped]] = field(default_factory=list)
    pending_unread: dict[str, list[tuple[int, object]]] = field(default_factory=dict)
    other_differs: list[int] = field(default_factory=list)
    sent_apart: list[int] = field(default_factory=list)  # refunds a sale's 退货金额 sent (ref41)
    continued: list[int] = field(default_factory=list)  # product lines under an order's row
    above: dict[int, str] = field(default_factory=dict)  # held above, noted: the order named
    away: set[int] = field(default_factory=set)  # typed payment rows, order elsewhere
    rests: dict[int, RestCame] = field(default_factory=dict)  # a rest come later (fix67k)
    charged: list[tuple[int, float, str, float, str | None]] = field(default_factory=list)
    paper_typos: list[Typo] = field(default_factory=list)  # its index: the sheet's row number

def _fill_merged(layout: SheetLayout) -> list[list[object]]:
    """Values of vertically merged cells (a customer spanning its orders) fill every row;
    a merged figure (amount, received…) only its first (the others' amount 0)."""
    rows: list[list[object]] = [list(r) for r in layout.sheet.rows]
    money = {layout.mapping[n]: n for n in MERGED_ONCE if n in layout.mapping}
    for first_row, first_col, last_row, last_col in layout.sheet.merged:
        if last_row <= first_row or first_row < layout.header_index:
            continue
        value = rows[first_row][first_col] if first_col < len(rows[first_row]) else None
        value = None if value == "" else value
        for r in range(first_row + 1, min(last_row, len(rows) - 1) + 1):
            for c in range(first_col, last_col + 1):
                fill = value
                if c in money and value is not None:  # a merged figure counts once
                    fill = 0.0 if money[c] == "amount" else None
                if c < len(rows[r]):
                    if rows[r][c] is None or rows[r][c] == "":
                        rows[r][c] = fill
                else:
                    rows[r].extend([None] * (c - len(rows[r])) + [fill])
    return rows


def _fill_dittos(rows: list[list[object]], columns: set[int]) -> None:
    """A ditto cell ("同上", 〃) of a read column takes the value above it (None on top)."""
    for j, row in enumerate(rows):
        for c in columns:
            if c < len(row) and isinstance(row[c], str) and row[c] in DITTO:
                above = rows[j - 1] if j else []
                row[c] = above[c] if c < len(above) else None


_TOTAL_HINT = re.compile(r"合计|小计|总计|累计|共计|total|sum", re.IGNORECASE)


def _is_totals(row: list[object], order_like: bool) -> bool:
    """A totals word in a first cell; on a row naming a customer, dated and with an amount,
    a cell saying only "total" (a customer may be called "Total Co")."""
    for value in row[:8]:
        if (isinstance(value, str) and _TOTAL_HINT.search(value)
                and TOTAL_WORDS.search(fold(value).replace(":", ""))):
            return not order_like or any(only_totals(v) for v in row[:8])
    return False


def _received_first(reader: _RowReader) -> bool:
    """Are the sheet's received dates read day first? A sheet with no received column (a
    payments register's 收款日期 is mapped as its rows' date) reads them in the sheet's settled
    order, as the import's SheetColumns does: read month first, a day-first register's note
    day 10/5到账 was 10 October, the rest owed where the fast import had it paid (rv68h #7)."""
    return reader.orders.get("received_date", reader.settled) == "dmy"


def _continue_orders(reader: _RowReader, rows: list[list[object]], layout: SheetLayout
                     ) -> Filled:
    """Product lines under an order's first row, row by row (core.ledger.filled_down): no
    customer, no date, an amount and a product of its own, straight under a row naming its
    customer and date (or another such line), its order number blank or the order's, its
    amount not the sum above unless quantity × price gives it: the order's blank cells filled
    in; and the payment rows under it (core.ledger.order_payments), filled, worth nothing.
    Their row numbers; the rows read as totals beside a product or notes, with what is said
    of them, and the rows each total's check is made with first (by row number)."""
    found = Filled()
    if layout.receipts:  # a payments register's rows naming their order (typed_apart)
        found.away = {layout.sheet.first_row_number + index
                      for index in range(layout.header_index + 1, len(rows))
                      if _register_payment(reader, rows[index])}
        return found
    if not {"customer", "order_date", "product"} <= reader.columns.keys():
        return found
    names = {customer_key(c) for r in rows[layout.header_index + 1:]
             if (c := _id_text(name_text(reader.cell(r, "customer"))))}
    above, paid = Above(), OrderPayments(_received_first(reader))  # rest_day
    order: list[object] | None = None
    key: str | None = None
    typed: list[tuple[int, list[object], str | None, float | None, object]] = []
    for index in range(layout.header_index + 1, len(rows)):
        row, number = rows[index], layout.sheet.first_row_number + index
        amount = reader.amount(row)[0]
        product = (cell_text(reader.cell(row, "product")) or "").strip() or None
        received, day = _received(reader, layout, row), reader.date(row, "received_date")
        if _is_totals(row, False) or (product and TOTAL_WORDS.search(
                fold(product).replace(":", ""))):
            order = None
            above.total()
            continue
        customer, when = reader.cell(row, "customer"), reader.cell(row, "order_date")
        if typed_payment(_id_text(name_text(customer)), when, product, reader.cell(
                row, "order_no"), reader.cell(row, "amount"), received, reader.cell(
                row, "notes")):
            typed.append((number, row, product, received, day))  # read once all are met
            number_cell = plain(reader.cell(row, "order_no"))
            if not paid.named(number_cell):  # its order below: it ends the one above
                named = _id_text(name_text(customer))
                order = None
                key = above.named(customer_key(named) if named else None, number_cell)
                paid.order(None, key, number_cell, None, None)
            continue
        same = order is not None and not any(
            not blank(reader.cell(row, n)) and reader.cell(row, n) != reader.cell(order, n)
            for n in ("order_no", "invoice_no"))
        if not (blank(customer) and blank(when)):
            named = _id_text(name_text(customer))
            order = row if named and reader.date(row, "order_date") else None
            number_cell = plain(reader.cell(row, "order_no"))
            key = above.named(customer_key(named) if named else None, number_cell)
            paid.order(order, key, number_cell, received, day, amount,
                       reader.cell(row, "notes"))
        elif same and paid.payment(number, product, received, day, (
                reader.cell(row, "notes"), reader.cell(row, "status")), parse_currency(
                reader.cell(order, "currency")), _marked(reader, layout, row),
                numbered=not blank(reader.cell(row, "order_no"))):
            continue
        elif amount is None:
            order = order if product else None
            continue
        elif not same or not product or no_product(product, names):
            if product and no_product(product, names):
                found.sums[number] = above.nearest(amount, customer_key(
                    product) if customer_key(product) in names else key)
            order = None
            above.total()
            continue
        elif above.sums_to(amount, key) and not _priced(reader, row, amount):
            found.told[number] = total_beside_product(product)
            found.sums[number] = above.nearest(amount, key)
            order = None
            above.total()
            continue
        else:
            _fill_order(reader, row, order)  # type: ignore[arg-type]
            found.continued.append(number)
            paid.line(received, day, amount)
        if amount is not None:
            above.add(amount, key, number)
    sold = {number_key(plain(reader.cell(r, "order_no")))  # (filled_down.typed_payments)
            for i, r in enumerate(rows[layout.header_index + 1:], layout.header_index + 1)
            if layout.sheet.first_row_number + i not in {t[0] for t in typed}
            and reader.date(r, "order_date")} if typed else set()
    found.away = {number for number, row, *_ in typed  # its order elsewhere (typed_apart)
                  if number_key(plain(reader.cell(row, "order_no"))) not in sold}
    for number, row, product, received, day in typed:  # its number and buyer typed again
        mine = paid.named(plain(reader.cell(row, "order_no")))
        if mine is not None and all(
                blank(reader.cell(row, n)) or reader.cell(row, n) == reader.cell(mine.row, n)
                for n in ("order_no", "invoice_no")) and same_buyer(
                    reader.cell(row, "customer"), reader.cell(mine.row, "customer")):
            paid.payment(number, product, received, day, (reader.cell(row, "notes"),
                         reader.cell(row, "status")), parse_currency(reader.cell(
                             mine.row, "currency")), _marked(reader, layout, row), mine)
    for number, first, currency, part in paid.counted():
        row = rows[number - layout.sheet.first_row_number]
        _fill_order(reader, row, first)  # type: ignore[arg-type]
        if reader.columns.get("customer", len(row)) < len(row):  # a typed short name
            row[reader.columns["customer"]] = reader.cell(first, "customer")  # type: ignore[arg-type]
        got = reader.columns["received_amount"]
        if part is not None:  # the part its note says came (part_said.part_came)
            row[got] = part
        if currency is not None:  # its note's currency (payment_row_money)
            row[got] = f"{currency} {plain(row[got])}"
        if "amount" in reader.columns:
            row[reader.columns["amount"]] = 0.0
        found.continued.append(number)
    found.continued.sort()
    found.rests = paid.rests()  # a rest its note says came on a later day (rest_day)
    found.above.update(paid.noted())  # money held under the order above (noted_halves)
    found.told.update(memos := paid.memos())
    found.memos.update(memos)
    return found


def _fill_order(reader: _RowReader, row: list[object], order: list[object]) -> None:
    """The order's cells the row leaves blank taken from the order's row."""
    left = {n for n in reader.columns if blank(reader.cell(row, n))}
    for n in filled_names(left.__contains__, reader.cell(order, "status"),
                          reader.cell(order, "notes"), reader.cell(row, "status")):
        i = reader.columns[n]
        row.extend([None] * (i + 1 - len(row)))
        row[i] = reader.cell(order, n)


def _priced(reader: _RowReader, row: list[object], amount: float) -> bool:
    quantity = parse_number(reader.cell(row, "quantity"), reader.mark("quantity"))
    price = parse_amount(reader.cell(row, "unit_price"), reader.mark("unit_price"))[0]
    return quantity is not None and price is not None and math.isclose(
        quantity * price, amount, rel_tol=PRICE_TOLERANCE, abs_tol=0.005)


class _RowReader:
    """Reads the mapped cells of one sheet with per-column date orders worked out once."""

    def __init__(self, layout: SheetLayout, rows: list[list[object]], base_currency: str,
                 date_order: str) -> None:
        self.layout, self.rows, self.base = layout, rows, base_currency
        self.columns = layout.mapping
        data = rows[layout.header_index + 1:]
        self.text_fields = [n for n in TEXT_FIELDS if n in self.columns]
        self.money_fields = [n for n in MONEY_FIELDS if n in self.columns]
        self.date_fields = [n for n in DATE_FIELDS[1:] if n in self.columns or n == "ship_date"]
        self.papers, self.by_ship = bool(papers(layout)), by_shipment(layout)
        # 提单日期 where typed, else 运单日期 beside it (core.ledger.air_papers)
        pair, self.paper = paper_pair(layout), paper_field(layout)  # the field it is read as
        self.air = None if pair is None else AirRows(layout, pair)
        self.orders, self.settled, self.years = date_orders(
            {name: [self.cell(r, name) for r in data if i < len(r)]
             for name, i in self.columns.items() if name in DATE_FIELDS}, date_order)
        self.marks = settled_by_sheet(
            {name: [r[i] for r in data if i < len(r)] for name, i in self.columns.items()
             if name in NUMBER_FIELDS}, decimal_mark, "")[0]
        self.plan = planned(fold_header(str(layout.headers[self.columns["order_date"]]))) \
            if self.papers and "order_date" in self.columns else False
        self.typos: list[Typo] = []
        self.ship_planned = "bl_date" in self.columns and "ship_date" in self.columns and planned(
            fold_header(str(layout.headers[self.columns["ship_date"]])))
        self.latest = max((d for r in data for n in ("order_date", "ship_date")
                           if (d := self._date(r, n))), default=None)
        first = layout.sheet.first_row_number + layout.header_index + 1
        self.paper_dates = {id(r): self._paper_dates(r, first + k) for k, r in enumerate(data)}

    def _paper_dates(self, row: list[object], number: int) -> tuple[date | None, date | None]:
        """A row's order and ship dates from its papers, typos left out (paper_typos)."""
        order, ship, bl = (self._date(row, n) for n in ("order_date", "ship_date", "bl_date"))
        if not self.papers:
            plan, noted = self.ship_planned and ship, self.cell(row, "notes")
            ship = None if self.ship_planned else ship  # a plan beside a B/L: by its note
            far = ship is not None and bl is not None and abs((bl - ship).days) > AGREE_DAYS
            wrong = bl is not None and (order is not None and bl < order or far and ship is not None
                                        and bl < ship or self._late(bl, order or ship, far)
                                        or ship is not None and mistyped_ship_day(
                                            bl.isoformat(), ship.isoformat(),
                                            noted if isinstance(noted, str) else None))
            if wrong and bl is not None:
                other, day = ("ship_date", ship) if ship else ("order_date", order or self.latest)
                self.typos.append(Typo(number, "bl_date", bl.isoformat(), other,
                                       day.isoformat() if day else ""))
            if self.ship_planned:
                said = shipped_as_noted([order and order.isoformat()],
                                        [plan.isoformat() if plan else None],
                                        [noted.strip() if isinstance(noted, str) else None])[0]
                ship = date.fromisoformat(said) if said else None
            kept = None if wrong else bl
            return order, kept or ship or (order if self.by_ship else None)
        typed = {n: d.isoformat() for n, d in (("order_date", None if self.plan else order),
                                               ("ship_date", ship), ("bl_date", bl)) if d}
        good, out = agreeing(number, typed)
        self.typos.extend(out)
        day = good.get("bl_date") or good.get("ship_date") or (
            good.get("order_date") if self.by_ship else None)
        earliest = min(good.values(), default=None)
        return (date.fromisoformat(earliest) if earliest else order if self.plan else None,
                date.fromisoformat(day) if day else None)

    def _late(self, bl: date, own: date | None, delayed: bool) -> bool:
        """A B/L typed a year late (paper_typos.checked_bl): `delayed` (far after its
        出货日期) past the sheet's latest date, else LATE_DAYS past it; in a month's tab, a year
        less AGREE_DAYS after its order."""
        if self.layout.month is not None and own is not None:
            return (bl - own).days > YEAR_LATE_DAYS
        if self.latest is None:
            return False
        return bl > self.latest if delayed else (bl - self.latest).days > LATE_DAYS

    def mark(self, name: str) -> str:
        return self.marks.get(name, "")

    def cell(self, row: list[object], name: str) -> object:
        index = self.columns.get(name)
        if name == self.paper and self.air is not None:
            return self.air.paper(row)
        return row[index] if index is not None and index < len(row) else None

    def date(self, row: list[object], name: str) -> date | None:
        """A row's date; its order and ship dates as its papers give them (paper_dates)."""
        if name in ("order_date", "ship_date"):
            found = self.paper_dates.get(id(row))
            if found is None:  # a row not the sheet's (a filled copy)
                self.paper_dates[id(row)] = found = self._paper_dates(row, 0)
            return found[0 if name == "order_date" else 1]
        return self._date(row, name)

    def _date(self, row: list[object], name: str) -> date | None:
        found = parse_date(self.cell(row, name), self.orders.get(name, "mdy"), self.years,
                           self.layout.named, month_end_field(name))
        if found is None and name == "received_date" and (days := self.days(row)):
            return max(days)  # a cell of two dates: its latest (core.ledger.day_lists)
        return found

    def days(self, row: list[object]) -> list[date] | None:
        """The days a received-date cell of two or more dates lists (core.ledger.day_lists)."""
        raw = self.cell(row, "received_date")
        return listed_days(raw, self.orders.get("received_date", "mdy"), self.years) if type(
            raw) is str else None

    def amount(self, row: list[object]) -> tuple[float | None, str | None, object]:
        if "amount" in self.columns:
            raw = self.cell(row, "amount")
            value, currency = parse_amount(raw, self.mark("amount"))
            return scaled(value, self.layout.column_scale.get("amount", 1.0)), currency, raw
        quantity = parse_number(self.cell(row, "quantity"), self.mark("quantity"))
        price = parse_amount(self.cell(row, "unit_price"), self.mark("unit_price"))
        if quantity is None or price[0] is None:
            return None, None, self.cell(row, "quantity")
        return round(quantity * price[0], 6), price[1], None


def read_records(layout: SheetLayout, base_currency: str = "USD",
                 date_order: str = "mdy", noted: StoredCredit | None = None) -> SheetRecords:
    """Every data row of one ledger sheet as a record, a skip with its reason, or a total."""
    rows = _fill_merged(layout)
    dated_receipts(layout, rows[layout.header_index + 1:])  # a 到账 column of dates
    _fill_dittos(rows[layout.header_index + 1:], set(layout.mapping.values()) | set(range(8)))
    reader = _RowReader(layout, rows, base_currency, date_order)
    filled = _continue_orders(reader, rows, layout)
    if filled.continued:
        reader = _RowReader(layout, rows, base_currency, date_order)
    out = SheetRecords(date_order=reader.settled, continued=filled.continued,
                       above=dict(filled.above), away=set(filled.away),
                       paper_typos=reader.typos,
                       day_first=_received_first(reader))
    taken: list[Record] = []  # read, before a 退货退款 is made two
    since_total: list[tuple[int, float | None, bool]] = []  # (row, amount, imported)
    since_start: list[tuple[int, float | None, bool]] = []
    customer_column = layout.mapping["customer"]
    header = [fold(h) if h else "" for h in layout.headers]
    first_row: dict[str, int] = {}  # each customer's first row (bare key)
    # (naming field, bare name) -> its rows since its last subtotal
    pending: dict[tuple[str, str], list[tuple[int, float | None, bool]]] = {}
    orders = {_named(reader, row) for row in rows[layout.header_index + 1:]
              if reader.amount(row)[0] is not None}  # orders a row with an amount lists
    cancelled = orders - {_named(reader, row) for row in rows[layout.header_index + 1:]
                          if reader.amount(row)[0] is not None  # every sale row cancelled
                          and _status(reader.cell(row, "status"), reader.cell(row, "notes"),
                                      reader.cell(row, "product"))
                          != "cancelled"}
    over = overpaid((_named(reader, row), reader.amount(row)[0], _received(reader, layout, row))
                    for row in rows[layout.header_index + 1:])  # paid over their amount
    held: dict[int, Skipped] = {}  # rows naming an order their sheet does not list
    for index in range(layout.header_index + 1, len(rows)):
        row = rows[index]
        number = layout.sheet.first_row_number + index
        customer = _id_text(name_text(reader.cell(row, "customer")))  # "-" names nobody
        own = bare(customer_key(customer)) if customer else None
        if own is not None:
            first_row.setdefault(own, index)
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
            continue
        if _repeats_header(row, header, customer_column):
            continue  # the header repeated (sheets pasted one under another)
        amount, amount_currency, raw_amount = reader.amount(row)
        received = _received(reader, layout, row) if amount is None else None
        by_deposit = _by_deposit(reader, layout, row, raw_amount, received) \
            if amount is None else None  # 定金 / 尾款 only (dep47)
        received_day = reader.date(row, "received_date")
        if by_deposit is not None:
            received, received_day = by_deposit
        word = None if amount is not None or layout.receipts or "amount" not in reader.columns \
            else said_paid(customer, raw_amount, received, reader.cell(row, "doc_type"),
                           reader.cell(row, "status"), (reader.cell(row, "order_no"),
                                                        reader.cell(row, "invoice_no")),
                           reader.cell(row, "product"), parse_number(reader.cell(
                               row, "quantity"), reader.mark("quantity")), parse_amount(
                               reader.cell(row, "unit_price"), reader.mark("unit_price"))[0],
                           reader.cell(row, "notes"))  # typed 收款 if so (core.ledger.prepaid_rows)
        said = (raw_amount, received, layout.receipts or is_receipt(reader.cell(row, "doc_type"))
                or bool(word),
                reader.cell(row, "status"), reader.cell(row, "doc_type"),
                received_day is not None, _named(reader, row), orders,
                money_back(received, reader.cell(row, "notes"), reader.cell(row, "doc_type"),
                           reader.cell(row, "status"), _named(reader, row) in cancelled,
                           _named(reader, row) in over))
        paid_only = "amount" in reader.columns and received_only(*said)
        if "amount" in reader.columns and elsewhere(*said):  # held until the file is read
            problem = held_problem(row_problem(
                layout, customer, reader.date(row, "order_date"), None, raw_amount,
                reader.cell(row, "order_date"), reader.years,
                reader.orders.get("order_date", "mdy"), received, reader.cell(row, "doc_type")),
                _id_text(cell_text(reader.cell(row, "order_no"))), reader.date(row, "order_date"))
            held[number] = Skipped(layout.sheet.name, number, problem)
            paid_only = True
        unnamed = _number_only(reader, layout, row, customer, amount, raw_amount, received,
                               received_day)
        if unnamed is not None:  # 2025-701 / 7,000, its buyer blank: held (fix64d)
            customer = unnamed
            held[number] = Skipped(layout.sheet.name, number, no_customer())
            paid_only = paid_only or not layout.receipts
        if paid_only:
            amount = 0.0  # a payment's sum only in its received column: read as a payment's
        doc_type = reader.cell(row, "doc_type")
        payment = ((layout.receipts or is_receipt(doc_type) or paid_only)
                   and not is_credit_note(doc_type, claims=True))
        said_by = dated_by_receipt(reader.cell(row, "order_date"), payment)
        dated_by = "received_date" if said_by else "order_date"
        order_date = reader.date(row, "order_date")
        unread_date = None
        got = None if order_date is not None else received if by_deposit else _received(
            reader, layout, row)  # (fix41b)
        if by_receipt(order_date, received_day, payment, amount, got):
            order_date = received_day
            unread_date = reader.cell(row, "order_date")
        order_like = bool(customer and order_date and amount is not None)
        sub = None if _is_totals(row, order_like) else _subtotal(reader, row, index, customer,
                                                                 first_row)
        if sub is not None:
            if amount is not None:
                out.totals.append(_check_total(layout.sheet.name, number, amount, since_total,
                                               since_start, pending.pop(sub[:2], [])))
            pending.pop(sub[:2], None)
            out.skipped.append(Skipped(layout.sheet.name, number, subtotal_message(sub[2])))
            continue
        if _is_totals(row, order_like) or (amount is not None and not customer and not order_date):
            if amount is not None and number not in filled.memos:
                mine = [t for t in since_start if t[0] in filled.sums.get(number, ())]
                out.totals.append(_check_total(layout.sheet.name, number, amount, since_total,
                                               since_start, _named_rows(reader, row, pending)
                                               or mine))
            since_total = []
            out.skipped.append(Skipped(layout.sheet.name, number, filled.told.get(
                number) or Message("totals_row", N_("totals row"))))
            continue
        problem = row_problem(layout, customer, order_date, amount, raw_amount,
                              reader.cell(row, dated_by), reader.years,
                              reader.orders.get("order_date", "mdy"), received,
                              doc_type, said_by, reader.cell(row, "notes")) or (
            owed_message() if number in filled.memos or amount == 0 and number not in
            filled.continued and owed_row(
                _received(reader, layout, row), cell_text(reader.cell(row, "product")),
                reader.cell(row, "notes"), reader.cell(row, "status"), received_day,
                plain(reader.cell(row, "order_no"))) and not (
                number in filled.away and told_part(reader.cell(row, "notes"), reader.cell(
                    row, "status"), _received(reader, layout, row))) else None)
        if problem:
            out.skipped.append(Skipped(layout.sheet.name, number, filled.told.get(
                number, problem) if number in filled.memos else problem))
            since_total.append((number, amount, False))
            since_start.append((number, amount, False))
            _pend(pending, reader, row, own, (number, amount, False))
            continue
        assert customer is not None and order_date is not None and amount is not None
        record = _record(reader, row, layout, number, customer, order_date, amount,
                         amount_currency, paid_only)
        if unnamed is not None:  # a provisional customer of its number (number_only)
            record.customer_key = UNNAMED + fold(unnamed)
        if paid_only and by_deposit is not None:  # its 定金 / 尾款 as 已收 (deposit_paid)
            record.received_amount, record.received_date = by_deposit
            record.deposit = record.deposit_date = record.balance = record.balance_date = None
        record.goods_back = paid_only and said[-1] == RETURNED  # -3,000 with 状态 退货 (ref43)
        record.prepaid = word
        code = parse_currency(reader.cell(row, "currency"))
        if ("amount" in reader.columns and code and amount_currency
                and sign_reads_as(raw_amount, amount_currency, code) != code):
            out.unread.setdefault("amount_currency", []).append(
                (number, f"{cell_text(raw_amount)} ≠ {code}"))
        said_unread = out.pending_unread if number in held else out.unread
        if unread(unread_date):
            said_unread.setdefault("order_date", []).append((number, unread_date))
        for name in UNREAD_FIELDS:
            raw = reader.cell(row, name)
            read = reader.date(row, name) if name in DATE_FIELDS else parse_amount(
                raw, reader.mark(name))[0]
            if read is None and name == "ship_date":  # a plan, not shipped: still a date
                read = reader._date(row, name)
            if read is None and name not in DATE_FIELDS:
                read = _in_words(layout, name, raw, amount, reader.mark(name))
            if name in reader.columns and read is None and unread(raw):
                said_unread.setdefault(name, []).append((number, raw))
            elif name == "received_date" and read is not None and not layout.dated_by_list and (
                    days := reader.days(row)) and parse_date(raw, reader.orders.get(
                        name, "mdy"), reader.years) is None:
                said_unread.setdefault(LISTED, []).append((number, (raw, tuple(sorted({
                    d.isoformat() for d in days})))))
        paid_in = reader.cell(row, "received_currency")  # 收款币种 USDD (acc49)
        if "received_currency" in reader.columns and parse_currency(paid_in) is None and unread(
                paid_in):
            said_unread.setdefault("received_currency", []).append((number, paid_in))
        taken.append(record)
        since_total.append((number, amount, True))
        since_start.append((number, amount, True))
        _pend(pending, reader, row, bare(record.customer_key), (number, amount, True))
    _sale_credits(taken)
    _returns_apart(taken)
    _payment_copies(taken)
    for record in taken:
        out.records.extend(_both(record))
    _order_currencies(out.records)
    _carried_by_date(out.records, layout.month)
    out.records = _noted_returns(out.records, noted)
    _charged(out, layout, rows)
    out.rests = _rests_came(out.records, filled.rests)
    other = other_column(layout)
    out.other_differs = [r.row for r in out.records if other is not None and differs(
        r.received_amount, rows[r.row - layout.sheet.first_row_number], other, layout)]
    out.pending = [(r, held[r.row]) for r in out.records if r.row in held]
    out.records = [r for r in out.records if r.row not in held]
    _unsent_lots(layout.sheet.name, out.records, dated_elsewhere(layout))
    return out


def _rests_came(records: list[Record], rests: dict[int, RestCame]) -> dict[int, RestCame]:
    """Each payment row's rest its note says came on a later day (尚欠2000，5/10到账), not after
    the sheet's latest received date (its money received, a lone typo's left out): kept on the
    row's line once the file is written (core.ledger.rest_day.noted_rests, rest_receipts)."""
    if not rests:
        return {}
    until = received_until([r.received_date for r in records if r.received_amount and
                            r.received_amount > 0 and r.received_date is not None],
                           [d for r in records for d in (r.order_date, r.ship_date) if d])
    rows = {r.row for r in records}
    return {row: rest for row, rest in rests.items()
            if row in rows and until is not None and rest.day <= until}


def _charged(out: SheetRecords, layout: SheetLayout, rows: list[list[object]]) -> None:
    """Row by row: a bank's charge written beside a payment (its 银行扣费 cell, else the one
    sum its note names beside a charge's words) counted in its money received, once a row; on
    a sale's row only while it leaves the row paid no more than its amount, on a payment row
    under an order while it leaves the order so (core.ledger.charged_receipts)."""
    column, first, seen = layout.mapping.get("bank_charge"), layout.sheet.first_row_number, set()
    orders: dict[tuple[object, ...], list[float]] = {}  # an order's amount and money received
    for r in out.records:
        sums = orders.setdefault((r.customer_key, r.order_no, r.order_date), [0.0, 0.0])
        sums[0] += r.amount or 0.0
        if r.received_currency in (None, r.currency):
            sums[1] += r.received_amount or 0.0
    for r in out.records:
        paid = r.received_amount
        if paid is None or paid <= 0 or r.row in seen:
            continue
        cells = rows[r.row - first]
        written = parse_amount(plain(cells[column]))[0] if column is not None and column < len(
            cells) else None
        charge = abs(written) if written else noted_charge(r.notes)
        if not charge or charge >= paid or charge_in(r.notes, paid, charge):
            continue  # none, or already in the figure (实收6,985（手续费15） of 7,000)
        other_money = r.received_currency is not None and r.received_currency != r.currency
        # a payment row under an order (amount 0) within what its order's amount leaves
        amount, got = orders[(r.customer_key, r.order_no, r.order_date)]
        fits = amount <= 0 or got + charge <= amount + 0.005
        if layout.receipts or other_money or (
                paid + charge <= r.amount + 0.005 if r.amount else fits):
            seen.add(r.row)
            orders[(r.customer_key, r.order_no, r.order_date)][1] += charge
            r.received_amount = round(paid + charge, 2)
            out.charged.append((r.row, charge, r.received_currency or r.currency, paid,
                                r.received_date.isoformat() if r.received_date else None))


def _unsent_lots(sheet: str, records: list[Record], dated: frozenset[int]) -> None:
    """A later lot (第二批) without a ship date of its own (nor one in an ETD column:
    `dated`), no dated row of its invoice saying that lot: not shipped yet, as 未出货
    (core.ledger.unsent_lots)."""
    flags = unsent([((sheet, r.customer_key, r.order_no, r.invoice_no),
                     "" if r.credit_note or r.ship_date_known != 1
                     else lot_said(r.notes, r.product, r.status_text), r.ship_date,
                     r.ship_date is not None or r.row in dated,
                     not r.credit_note and r.ship_date_known == 1 and r.ship_date is None
                     and r.row not in dated and lot_waits(r.notes, r.product, r.status_text))
                    for r in records])
    off = called_off([((sheet, r.customer_key, r.order_no, r.invoice_no), r.notes,
                       r.status is None and (flag or not r.credit_note and r.ship_date_known == 1
                                             and r.ship_date is None and r.row not in dated
                                             and later_lot_money(r.notes)))
                      for r, (flag, _) in zip(records, flags, strict=True)])
    for r, (flag, day), gone in zip(records, flags, off, strict=True):
        if gone is not None:  # a later lot its invoice's row calls off (只发一批): cancelled
            r.ship_date_known, r.status = 2, "cancelled"
        elif flag:
            r.ship_date_known = 2
        elif day is not None:  # beside a dated row of its lot: that lot's date
            r.ship_date = day


def settle_pending(found: SheetRecords, orders: set[Named]) -> None:
    """The rows held aside: money received where the file or the store lists the order they
    name, in their place; skipped as before otherwise."""
    paid = [r for r, _ in found.pending if named(r.customer_key, r.order_no) in orders]
    found.records = sorted(found.records + paid, key=lambda r: r.row)
    rows = {r.row for r in paid}
    for name, cells in found.pending_unread.items():  # a held row taken: its cells named
        found.unread[name] = sorted(found.unread.get(name, []) + [
            c for c in cells if c[0] in rows], key=lambda c: c[0])
    once = {s.row: s for _, s in found.pending}  # a return and its refund: one row (ref43)
    found.skipped = sorted(found.skipped + [s for s in once.values() if s.row not in rows],
                           key=lambda s: s.row)
    found.pending, found.pending_unread = [], {}


def _status(status: object, notes: object, product: object) -> str | None:
    """A status cell's word; where it says nothing, a note saying its line is cancelled (备注
    已取消) or standing again (恢复出货) is that cell's word (core.ledger.cancelled_notes)."""
    said = line_status(status)
    return said if said is not None else noted_status(cell_text(notes),
                                                      cell_text(product) or "")


def _register_payment(reader: _RowReader, row: list[object]) -> bool:
    """A payments register's row naming its order's number and a buyer of its own, not a
    number alone (core.ledger.typed_payments.register_payments)."""
    customer = _id_text(name_text(reader.cell(row, "customer")))
    return "order_no" in reader.columns and register_payment(
        customer, (cell_text(reader.cell(row, "product")) or "").strip() or None,
        plain(reader.cell(row, "order_no")), reader.amount(row)[0])


def _number_only(reader: _RowReader, layout: SheetLayout, row: list[object],
                 customer: str | None, amount: float | None, raw_amount: object,
                 received: float | None, received_day: date | None) -> str | None:
    """A payment row naming only its order's number (core.ledger.number_only.hold_numbers):
    its number, held under it until the file is read; else None. No buyer, no note, no status
    or 品名 saying anything but a payment come (number_only.said), not a credit note; money
    above 0 on a date, nothing sold on it (a payments sheet's own figure, or its received
    figure with the amount blank, typed as a payment or not typed)."""
    number = _id_text(cell_text(reader.cell(row, "order_no")))
    kind = reader.cell(row, "doc_type")
    if (customer or not number or placeholder(number) or "order_no" not in reader.columns
            or cell_text(reader.cell(row, "notes")) or is_credit_note(kind, claims=True)
            or said(reader.cell(row, "status"), cell_text(reader.cell(row, "product")))):
        return None
    if layout.receipts:
        paid = amount is not None and amount > 0
    else:
        got = received if received is not None else _received(reader, layout, row)
        paid = (got is not None and got > 0 and amount is None and blank(raw_amount)
                and (is_receipt(kind) or blank(kind)))
    dated = received_day is not None or reader.date(row, "order_date") is not None
    return number if paid and dated else None


def _named(reader: _RowReader, row: list[object]) -> Named | None:
    """The order a row names, as its customer's."""
    customer = _id_text(name_text(reader.cell(row, "customer")))
    number = _id_text(cell_text(reader.cell(row, "order_no")))
    return named(customer_key(customer) if customer else None,
                 None if number is None or placeholder(number) else number)


def _marked(reader: _RowReader, layout: SheetLayout, row: list[object]) -> bool:
    """Does a row's received cell name its currency itself (RMB21300)?"""
    raw = reader.cell(row, "received_amount")
    return parse_amount(raw, reader.mark("received_amount"))[1] is not None


def _received(reader: _RowReader, layout: SheetLayout, row: list[object]) -> float | None:
    """A row's received figure, as _record reads it (no amount to read 已收清 by)."""
    raw, mark = reader.cell(row, "received_amount"), reader.mark("received_amount")
    value = scaled(parse_amount(raw, mark)[0], layout.column_scale.get("received_amount", 1.0))
    return value if value is not None else _in_words(layout, "received_amount", raw, None, mark)


def _by_deposit(reader: _RowReader, layout: SheetLayout, row: list[object], raw_amount: object,
                received: float | None) -> tuple[float, date | None] | None:
    """A row worth nothing: its 定金 and 尾款 as its received figure, with its day."""
    if layout.dated_by_list or "amount" not in reader.columns:
        return None
    figures = [None if asked(layout, name) else scaled(parse_amount(
        reader.cell(row, name), reader.mark(name))[0], layout.column_scale.get(name, 1.0))
        for name in ("deposit", "balance")]
    sold = parse_number(reader.cell(row, "quantity"), reader.mark("quantity")) is not None \
        and parse_amount(reader.cell(row, "unit_price"), reader.mark("unit_price"))[0] is not None
    note = reader.cell(row, "notes")
    days = dated(received, reader.date(row, "received_date") if received_on(
        reader.layout) else None, figures[0], reader.date(row, "deposit_date"), figures[1],
                 reader.date(row, "balance_date"), note, not blank(raw_amount))  # (dep48)
    return deposit_paid(blank(raw_amount), sold, received, *figures, *days, note)


def _in_words(layout: SheetLayout, name: str, raw: object, amount: float | None, mark: str
              ) -> float | None:
    """已收清 in a received column naming no currency is the amount, 已收8000 is 8,000; "-"
    owed is 0."""
    if name == "outstanding" and placeholder(raw):
        return 0.0
    if name == "received_amount" and name not in layout.column_currency:
        return said_received(raw, amount, mark, layout.column_scale.get(name, 1.0))
    return None


def _order_currencies(records: list[Record]) -> None:
    """A row naming no currency takes the one another row of its order on the sheet names."""
    of_order: dict[str, str] = {}
    for r in records:
        if r.currency_cell and r.order_no:
            of_order.setdefault(fold(r.order_no), r.currency)
    for r in records:
        if not r.currency_cell and r.order_no and fold(r.order_no) in of_order:
            r.currency = of_order[fold(r.order_no)]
            r.currency_written, r.ruled = True, False


def _id_text(text: str | None) -> str | None:
    """'17850.0' written as text by a tool that read the id as a number is the id 17850."""
    return text[:text.index(".")] if text and _FLOAT_ID.match(text) else text


def _repeats_header(row: list[object], header: list[str], customer_column: int) -> bool:
    value = row[customer_column] if customer_column < len(row) else None
    if not isinstance(value, str) or fold(value) != header[customer_column]:
        return False
    return [fold(t) if t else "" for t in map(cell_text, row)][:len(header)] == header


def _listed(reader: _RowReader) -> date | None:
    """The sheet's listing_floor (core.ledger.cancelled_shares) from its rows' order dates."""
    if not hasattr(reader, "listed"):
        reader.listed = listing_floor(reader.layout, (
            order for order, _ in reader.paper_dates.values()))
    return reader.listed


def _record(reader: _RowReader, row: list[object], layout: SheetLayout, number: int,
            customer: str, order_date: date, amount: float, amount_currency: str | None,
            paid_only: bool = False) -> Record:
    cell = reader.cell
    written = parse_currency(cell(row, "currency")) or amount_currency
    currency = written or layout.currency_hint or reader.base
    rec = Record(sheet=layout.sheet.name, row=number, customer=customer,
                 customer_key=customer_key(customer), order_date=order_date, amount=amount,
                 currency=currency)
    rec.currency_cell = written is not None
    rec.currency_written = written is not None or layout.currency_hint is not None
    for name in reader.text_fields:
        setattr(rec, name, cell_text(cell(row, name)))
    rec.salesperson = name_text(cell(row, "salesperson"))
    rec.country = name_text(cell(row, "country"))
    # a placeholder ("-", "/", "无") names no number: the row is one without it
    rec.order_no, rec.invoice_no, rec.ref = (
        None if placeholder(n) else _id_text(n) for n in (rec.order_no, rec.invoice_no, rec.ref))
    marked: dict[str, str] = {}  # money field -> the currency its header or cell names
    paid_in = parse_currency(cell(row, "received_currency"))  # 收款币种: the receipts' own
    for name in reader.money_fields:
        value, named = parse_amount(cell(row, name), reader.mark(name))
        if name in CUSTOMER_FIELDS:  # "¥" received on a JPY row: yen
            named = sign_reads_as(cell(row, name), named, currency)
        value = scaled(value, layout.column_scale.get(name, 1.0))  # 金额(万元): ×10,000
        value = value if value is not None else _in_words(
            layout, name, cell(row, name), amount, reader.mark(name))
        setattr(rec, name, value)
        named = named or (paid_in if name in RECEIPT_MONEY else None)
        if not named and row_decides(layout, name, name in RECEIPT_MONEY):  # gives way to 币种
            named = parse_currency(cell(row, "currency"))
        if judged(layout, name) and not named and not unweighed(amount):
            continue  # yuan, or its invoice's own: as its figure says (money_columns, fix55e)
        if value is not None and (named or name in layout.column_currency):
            marked[name] = named or layout.column_currency[name]
    rec.weighed = rec.received_amount is not None  # not from 余额 nor a refund (fix55e)
    rec.cost_currency = marked.get("cost") or marked.get("gross_profit")
    rec.received_currency = next((marked[n] for n in RECEIPT_MONEY if n in marked), None)
    rec.rebate_currency = marked.get("tax_rebate")
    for name in reader.date_fields:
        setattr(rec, name, reader.date(row, name))
    if not layout.dated_by_list and received_on(layout):  # 尾款日期 blank: its 收款日期 (dep48)
        rec.deposit_date, rec.balance_date = dated(
            rec.received_amount, rec.received_date,
            None if asked(layout, "deposit") else rec.deposit, rec.deposit_date,
            None if asked(layout, "balance") else rec.balance, rec.balance_date, rec.notes,
            rec.amount is not None)
    # 0: no ship-date column, 1: one, 2: its cell says in words the line has not shipped
    # (or its status cell says so: 未出货, 部分出货, with no ship date)
    rec.ship_date_known = (2 if rec.ship_date is None and (
        not_yet(cell(row, "ship_date")) and "ship_date" in layout.mapping
        or says_unshipped(cell_text(cell(row, "status"))))
        else 0 if not ships_known(layout) else 1)
    rec.quantity = parse_number(cell(row, "quantity"), reader.mark("quantity"))
    rec.unit_price = parse_amount(cell(row, "unit_price"), reader.mark("unit_price"))[0]
    rec.insured = parse_flag(cell(row, "insured"))
    incoterm_text = cell_text(cell(row, "incoterm"))
    rec.incoterm_text, rec.incoterm = incoterm_text, parse_incoterm(incoterm_text)
    rec.payment_terms = cell_text(cell(row, "payment_terms"))
    rec.terms = parse_payment_terms(rec.payment_terms)
    if rec.due_date is None:
        rec.due_date = due_date(rec.terms, rec.ship_date, order_date)
        rec.due_derived = rec.due_date is not None
    payment = ((layout.receipts or is_receipt(rec.doc_type) or paid_only)
               and not is_credit_note(rec.doc_type, claims=True))
    if (rec.received_amount is None and rec.outstanding is not None and not payment
            and marked.get("outstanding", rec.currency) == rec.currency):  # 余额: left (bal47)
        rec.received_amount = round(amount - rec.outstanding, 6)
    if rec.refund_amount:  # money sent back on the sale's row (core.ledger.refund_columns)
        rec.refunded, back = True, abs(rec.refund_amount)
        if rec.received_amount is None:
            rec.received_amount = -back
            rec.received_date = rec.refund_date or rec.received_date or order_date
        else:
            rec.received_amount = round(rec.received_amount - back, 6)
    if rec.return_amount and amount > 0:  # goods sent back on the sale's row (fix40e)
        rec.column_return = back = min(abs(rec.return_amount), amount)
        if rec.received_amount is not None and not rec.refund_amount:  # paid for them: back
            paid = rec.received_amount
            rec.column_taken = min(back, max(0.0, paid - amount + back))
            rec.received_amount = round(paid - rec.column_taken, 6)
    elif rec.refunded and amount > 0 and returned_and_refunded(rec.notes):  # 质量索赔退款
        rec.column_return, rec.claim_refund = abs(rec.refund_amount or 0.0), True
    if layout.dated_by_list:
        rec.received_date = order_date  # a refund list dated by its 退款日期 alone
    if layout.returns and amount:
        rec.listed_return = abs(amount)  # a list of returns: each row 退货退款
        # ... its money kept where its refund column is blank (refund_columns.listed_kinds)
        # ... or its refund date written beside a blank refund: the whole return's (fix41a)
        refund = cell(row, "received_amount")
        rec.listed_stated = "received_amount" in layout.mapping
        rec.listed_kept = "received_amount" in layout.mapping and not (
            refund_said(refund) or blank(refund) and refund_said(cell(row, "received_date")))
    status_text = cell_text(cell(row, "status"))
    rec.status = doc_status(rec.doc_type) or _status(status_text, rec.notes, rec.product)
    if rec.amount is not None and not doc_status(rec.doc_type):  # 1/2取消: the rest stands
        rec.amount, rec.status = cut_share(rec.amount, rec.status, row_share(
            status_text, rec.notes, rec.order_date, floor_of(_listed(reader), rec.ship_date
                                                              if shipped_on(layout) else None),
            rec.amount))
    rec.status_text = status_text
    _mark_credit_note(rec, status_text)
    rec.status_both = returned_and_refunded(status_text)
    rec.status_kept = rec.status_both and money_kept(status_text)
    rec.status_returned = says_returned(status_text)
    if payment:
        own = rec.received_amount is None  # its amount its money: its header's currency first
        back = own and layout.receipts and rec.amount < 0 and refund_made(  # sent back (rf48)
            rec.notes) and not refund_under_way(rec.notes)
        alone = (own or not rec.amount) and not apart(layout) and not (  # one figure (rv46r2)
            layout.receipts and (rec.amount if own else rec.received_amount or 0) < 0
            and not back)  # an ERP's -500: money in, in its order's currency
        _received_instead(rec, layout.refunds or back)
        if alone and not rec.currency_cell and (code := rec.received_currency or (
                own and layout.currency_hint) or paid_in):
            rec.currency, rec.currency_written = code, True  # its money's (fx47r)
            rec.ruled = True
    elif rec.received_date is None and is_refund_line(rec.amount, rec.received_amount):
        rec.received_date, rec.undated_refund = rec.order_date, True  # its row's date (ref40)
    flag = parse_flag(cell(row, "trial"))
    rec.trial = True if flag or (status_text and TRIAL_WORDS.search(fold(status_text))) \
        else False if flag is False else None
    marks = " ".join(fold(t) for t in (status_text, rec.notes) if t)
    rec.carry_forward = bool(CARRY_WORDS.search(marks))  # or by its date: _carried_by_date
    return rec


def _payment_copies(records: list[Record]) -> None:
    """A row copying an earlier row's sale whose note names another payment of the order
    (定金 then 尾款) is that payment: worth nothing, no cost (core.ledger.payment_copies)."""
    first_note: dict[tuple[object, ...], str | None] = {}
    for rec in records:
        if rec.payment_row or rec.credit_note or not rec.amount or rec.amount < 0:
            continue
        line = (fold(rec.order_no or ""), rec.customer_key, rec.order_date,
                fold(rec.product or ""), rec.amount, rec.currency)
        if line not in first_note:
            first_note[line] = rec.notes
            continue
        said = payment_kinds(rec.notes)
        if said and not said & payment_kinds(first_note[line]) and not lot_said(
                rec.notes, rec.product, rec.status_text):
            rec.amount, rec.cost, rec.gross_profit, rec.tax_rebate = 0.0, None, None, None


def _mark_credit_note(rec: Record, status_text: str | None) -> None:
    """A negative row is a credit note; so is a row typed as one, whose figures are then
    stored negative whatever sign the clerk wrote them with."""
    typed = (is_credit_note(rec.doc_type, claims=True)
             or is_credit_note(status_text, claims=False))
    beyond = (credit_beyond_sale(rec.doc_type, claims=True)
              or credit_beyond_sale(status_text, claims=False))
    rec.credit_on_sale = typed and not beyond and rec.amount > 0
    if rec.credit_on_sale:
        return  # a credit note unless its row is a sale's own (_sale_credits)
    rec.credit_note = typed or rec.amount < 0
    if typed and rec.amount > 0:
        _stored_negative(rec)


def _sale_credits(records: list[Record]) -> None:
    """A row typed a credit note by a refund or a return asked for alone is one unless it
    is a sale's own: shipped, or its order's earliest row."""
    first: dict[tuple[str, str], date] = {}
    for rec in records:
        if rec.order_no and rec.order_date is not None:
            order = (rec.customer_key, rec.order_no)
            first[order] = min(first.get(order, rec.order_date), rec.order_date)
    for rec in records:
        if rec.credit_on_sale and not (rec.ship_date is not None or (
                rec.order_no and first.get((rec.customer_key, rec.order_no)) == rec.order_date)):
            _stored_negative(rec)


def _stored_negative(rec: Record) -> None:
    """A credit note written positive: its figures stored negative."""
    rec.credit_note = rec.credit_written_positive = True
    rec.amount = -rec.amount
    for name in CREDIT_SIGNED:
        value = getattr(rec, name)
        if value is not None and value > 0:
            setattr(rec, name, -value)


def _returns_apart(records: list[Record]) -> None:
    """A row whose status says goods came back (退货), written positive and not shipped, on
    an order another row of the sheet sells (its status saying no return) earlier: a credit
    note, as one typed 退货."""
    sold: dict[tuple[str, str], FirstSale] = {}
    for rec in records:
        if rec.order_no and not rec.status_returned:
            order = (rec.customer_key, rec.order_no)
            sold[order] = first_sale(sold.get(order), rec.order_date, rec.amount)
    for rec in records:
        order = (rec.customer_key, rec.order_no or "")
        if (rec.status_returned and not rec.credit_note and not rec.payment_row
                and rec.amount > 0 and rec.ship_date is None
                and returned_after(rec.order_date, rec.amount, sold.get(order))):
            _stored_negative(rec)


def _received_instead(rec: Record, refunds: bool = False) -> None:
    """A row typed as a payment (收款, payment) is money received, worth nothing as a sale;
    a row of a list of refunds (`refunds`: refund_columns.refunds_sheet), money sent back."""
    rec.payment_row = True
    own = rec.received_amount is None  # its sum and date its money's (a 收款 tab: fix41a)
    if own or rec.listed_kept:
        rec.received_amount = abs(rec.amount)
    if refund_made(rec.notes) or is_refund(rec.doc_type) or refunds:  # money sent back (退汇)
        rec.received_amount = -abs(rec.received_amount)
    if rec.received_date is None:
        rec.received_date = rec.order_date
        rec.undated_refund = rec.received_amount < 0 and not own
    rec.amount = 0.0
    rec.credit_note = rec.credit_written_positive = False
    rec.cost = rec.gross_profit = rec.tax_rebate = None


def _both(rec: Record) -> list[Record]:
    """A credit note or refund whose type or note (a credit note: its status) says goods
    returned and refunded (退货退款), or a credit note whose note says its money went back
    (已退款), is both: the credit note, then the refund, on its row."""
    credit = rec.credit_note and rec.amount < 0
    refund = rec.amount == 0 and rec.received_amount is not None and rec.received_amount < 0
    if not (credit or refund) or not (returned_and_refunded(rec.doc_type) or rec.listed_return
                                      or rec.goods_back
                                      or returned_and_refunded(rec.notes)
                                      or (credit and rec.status_both)
                                      or (credit and refund_made(rec.notes))):
        return [rec]
    worth = rec.listed_return or abs(rec.amount if credit else rec.received_amount or 0.0)
    rec.deposit = rec.deposit_date = rec.balance = rec.balance_date = None
    sale = replace(rec, amount=-worth, credit_note=True, payment_row=False,
                   received_amount=None, received_date=None)
    money = replace(rec, amount=0.0, received_amount=-abs(rec.received_amount or worth),
                    received_date=rec.received_date or rec.order_date, credit_note=False,
                    credit_written_positive=False, cost=None, gross_profit=None,
                    tax_rebate=None, returned=True)
    said = rec.status_kept if credit and rec.status_both else money_kept(rec.doc_type)
    return [sale] if money_kept(rec.notes) or said or rec.listed_kept else [sale, money]


def tab_refunds(records: list[Record]) -> list[Record]:
    """A returns tab's rows whose refund column sent money back: the return, then its refund
    a payment row of its own (core.ledger.filed_returns.tab_refunds)."""
    out: list[Record] = []
    for rec in records:
        if not (rec.refunded and rec.amount and rec.received_amount is not None
                and rec.received_amount < 0):
            out.append(rec)
            continue
        rec.deposit = rec.deposit_date = rec.balance = rec.balance_date = None
        out.append(replace(rec, received_amount=None, received_date=None))
        out.append(replace(rec, amount=0.0, received_date=rec.received_date or rec.order_date,
                           credit_note=False, credit_written_positive=False, cost=None,
                           gross_profit=None, tax_rebate=None, returned=True, refunded=False))
    return out


def _noted_returns(records: list[Record], noted: StoredCredit | None) -> list[Record]:
    """Each sale row whose note names the sum of goods that came back (3000退货) followed by
    that return: a credit note of the sum, without quantity, cost or money received; not
    where a credit note of its customer and sum is a row of the sheet, or the store holds
    one of its order and sum."""
    written: dict[tuple[str, float], list[bool]] = {}  # a row's: does it say another return
    for r in records:
        if r.credit_note and r.amount < 0:
            written.setdefault((r.customer_key, round(-r.amount, 2)), []).append(
                further_return(r.notes))
    out = []
    totals = deduction_totals(records)
    room: dict[tuple[str, str, str, str], float] = {}
    twice, lifted = said_twice(records, lambda r: ordered(r, totals))
    for rec in records:
        out.append(rec)
        if rec.credit_note or rec.payment_row or rec.status == "cancelled" or id(rec) in twice:
            continue
        figure = rec.column_return if rec.column_return and rec.amount > 0 else returned_sum(
            rec.notes, rec.amount, rec.currency)
        if figure is None:  # a deduction the buyer took off its payment (noted_deductions)
            figure = within(rec, settled(rec.notes, *lifted.get(id(rec), ordered(rec, totals)),
                                         number=rec.order_no), records, room)
        if figure is not None and all(other_return(further, rec.notes) for further in written.get(
                (rec.customer_key, round(figure, 2)), [])) and not (
                rec.order_no and noted is not None
                and noted(numbered_order_key(rec.order_no), rec.customer_key, figure, rec.notes)):
            out.append(replace(
                rec, amount=-figure, credit_note=True, credit_written_positive=False,
                quantity=None, unit_price=None, cost=None, gross_profit=None, tax_rebate=None,
                cost_currency=None, rebate_currency=None, received_amount=None,
                received_date=None, received_currency=None, deposit=None, deposit_date=None,
                balance=None, balance_date=None, carry_forward=False, noted_return=True))
    return out


Totals = dict[tuple[str, str, str, str], tuple[float, "float | None"]]


def deduction_totals(records: Iterable[Record]) -> Totals:
    """Each order's amount and money received in its own currency (None: some in another),
    by sheet, number, buyer and currency: a deduction a note names is of its order's."""
    totals: Totals = {}
    for r in records:
        if r.order_no and not r.credit_note and r.status != "cancelled":
            key = (r.sheet, r.order_no, r.customer_key, r.currency)
            amount, paid = totals.get(key, (0.0, 0.0))
            own = own_received(r)
            totals[key] = (amount + max(r.amount or 0.0, 0.0), None if paid is None or (
                r.received_amount is not None and own is None) else paid + (own or 0.0))
    return totals


def within(rec: Record, figure: float | None, records: list[Record],
           room: dict[tuple[str, str, str, str], float]) -> float | None:
    """A deduction's sum no more than what its order's rows of the sheet leave short after
    the deductions read before it (`room`, kept across calls): money come since pays that
    much of it back (noted_deductions._within, fix68j); money noted another order's is not
    its own."""
    key = (rec.sheet, rec.order_no, rec.customer_key, rec.currency)
    if figure is None or not rec.order_no:
        return figure
    if key not in room:
        rows = [r for r in records if (r.sheet, r.order_no, r.customer_key, r.currency) == key
                and not r.credit_note and r.status != "cancelled"]
        got = [0.0 if names_another(r.notes, r.order_no, r.invoice_no) else own_received(r)
               for r in rows]
        if any(r.received_amount is not None and own is None for r, own in zip(
                rows, got, strict=True)):
            return figure
        room[key] = max(sum(max(r.amount or 0.0, 0.0) for r in rows)
                        - sum(own or 0.0 for own in got), 0.0)
    figure = min(figure, room[key])
    room[key] -= figure
    return figure if figure > 0.005 else None


def pays_order(rec: Record) -> bool:
    """A payment's own row of a numbered order (金额 0, money come: its 尾款 or 定金 row), whose
    note may name a deduction of its order's as a sale's does (到账5000，佣金2000已扣, fix60g);
    or one with no money at all, its word a payment's (尾款70% blank, 佣金2000已扣, fix62c)."""
    return bool(rec.order_no) and rec.amount == 0 and (
        (rec.received_amount or 0) > 0 or rec.received_amount is None
        and payment_word(rec.product))


Weighed = tuple[float, str, "float | None"]  # an order's amount, currency, money received


def said_twice(records: list[Record], weigh: Callable[[Record], Weighed], whole: bool = False
               ) -> tuple[set[int], dict[int, Weighed]]:
    """The ids of an order's rows whose deduction another of its rows says, settling the
    order alone as `weigh` weighs it: the sale row's first, else the first payment row's
    (:func:`pays_order`); the order's later payment rows, and its other rows settling it alike,
    say it again (fix60g, fix60i: 扣佣金2000 copied down two product rows of an order 2,000
    short). And, of an order none of whose rows settles it alone but their sums together do,
    each such row's weighing with the others' sums as money come (fix60i). `whole`: `weigh`
    weighs the file's and the store's money (a deposit paid whole takes its deduction off the
    order only then: fix61h)."""
    orders: dict[tuple[str, str, str, str], list[Record]] = {}
    known = cache(lambda: frozenset(  # what the sheet or file sells (fix62n)
        n for r in records for n in sale_numbers(r.order_no or None, r.invoice_no or None)))
    for r in records:
        if (r.order_no and not r.credit_note and r.status != "cancelled"
                and ((r.amount or 0) > 0 or pays_order(r)) and hinted(r.notes)):
            orders.setdefault((r.sheet, r.order_no, r.customer_key, r.currency), []).append(r)
    twice: set[int] = set()
    lifted: dict[int, Weighed] = {}
    for rows in orders.values():
        alone = [r for r in rows if settled(r.notes, *weigh(r), number=r.order_no) is not None]
        sales = [r for r in alone if not pays_order(r)]
        if alone:
            first = (sales or alone)[0]
            after = False
            for r in rows:
                if r is first:
                    after = True
                elif any(r is other for other in alone) or pays_order(r) and (bool(sales) or after):
                    twice.add(id(r))
            continue
        figures = _one_each(rows, weigh)
        total = math.fsum(figure for _, figure in figures)
        lift = {id(r): (amount, currency, (paid or 0.0) + total - figure)
                for r, figure in figures for amount, currency, paid in [weigh(r)]}
        if len(lift) > 1 and all(settled(r.notes, *lift[id(r)], number=r.order_no) is not None
                                   for r, _ in figures):
            lifted.update(lift)
        for r in rows:  # a payment settled on its own share, its order's rest owed (fix60n)
            if id(r) not in lifted and (share := _payment_share(r)) is not None:
                amount, currency, _ = weigh(r)
                part = (round(amount * share, 2), currency, own_received(r))
                if settled(r.notes, *part, number=r.order_no) is not None:
                    lifted[id(r)] = part
        if not any(id(r) in lifted for r in rows):
            _own_money(rows, weigh, twice, lifted,
                       (_own_line, partial(_off_order, known=known)) if whole else (_own_line,))
        if not any(id(r) in lifted for r in rows):
            _said_again(rows, weigh, twice, lifted)
        if whole and not any(id(r) in lifted for r in rows):  # a blank row's note (fix62c)
            _own_money(rows, weigh, twice, lifted, (partial(_blank_row, known=known),))
    return twice, lifted


def _one_each(rows: list[Record], weigh: Callable[[Record], Weighed]
              ) -> list[tuple[Record, float]]:
    """The deductions an order's rows name, one of a kind and sum however worded (扣佣金500,
    佣金500已扣, 扣佣金５００), but one each of rows each short by it on their own money (two
    product lines, two payments on their shares), the rest then copies (fix61f)."""
    figures: list[tuple[Record, float]] = []
    seen: dict[tuple[str, float, frozenset[str]], list[tuple[Record, float]]] = {}
    for r in rows:
        found = deduction(r.notes, *weigh(r), number=r.order_no)
        if found is not None and found.figure is not None:
            seen.setdefault((found.kind, round(found.figure, 2), marks(r.notes)), []).append(
                (r, found.figure))
    for same in seen.values():
        own = [(r, figure) for r, figure in same if _short_by_own(r, figure, weigh(r))]
        figures += own or same[:1]
    return figures


def _short_by_own(r: Record, figure: float, weighed: Weighed) -> bool:
    line, own = r.amount or 0.0, own_received(r)
    if line > 0:
        return abs(line - (own or 0.0) - figure) <= charge(line, None) + 0.005
    share = _payment_share(r)
    return share is not None and settled(
        r.notes, round(weighed[0] * share, 2), weighed[1], own, number=r.order_no) is not None


def _said_again(rows: list[Record], weigh: Callable[[Record], Weighed], twice: set[int],
                lifted: dict[int, Weighed]) -> None:
    """One deduction said on a sale row and a payment's own row of an order none of whose rows
    settles it, however worded (扣佣金500 / 到账6000，佣金500已扣): taken off the order once
    where it owes that much, the rest owed (fix61f)."""
    said: dict[tuple[str, float, frozenset[str]], list[Record]] = {}
    for r in rows:
        amount, currency, _ = weigh(r)
        figure = noted_sum(r.notes, amount, currency, r.order_no)
        found = None if figure is None else deduction(r.notes, amount, currency,
                                                      amount - figure, number=r.order_no)
        if figure is not None and found is not None:
            said.setdefault((found.kind, round(figure, 2), marks(r.notes)), []).append(r)
    for (_, figure, _), same in said.items():
        amount, currency, paid = weigh(same[0])
        if len(same) > 1 and any(pays_order(r) for r in same) and (
                figure <= amount - (paid or 0.0) + 0.005):
            first = next((r for r in same if not pays_order(r)), same[0])
            lifted[id(first)] = (amount, currency, OffOrder(amount - figure, paid))
            twice.update(id(r) for r in same if r is not first)
            return


def _own_money(rows: list[Record], weigh: Callable[[Record], Weighed], twice: set[int],
               lifted: dict[int, Weighed],
               ways: tuple[Callable[[Record, float, str, float | None], Weighed | None], ...]
               ) -> None:
    """An order none of whose rows settles it: a product line short by its own deduction, else
    a payment row whose money is its share whole noting one taken, takes it off the order once,
    where the order owes that much; the note copied on its other rows says it again (fix61c)."""
    for way in ways:
        for r in rows:
            if earlier(r.notes):
                continue
            found = way(r, *weigh(r))
            if found is not None:
                lifted[id(r)] = found
                twice.update(id(other) for other in rows
                             if other is not r and other.notes == r.notes)
                return


def _own_line(r: Record, amount: float, currency: str, paid: float | None) -> Weighed | None:
    line, own = r.amount or 0.0, own_received(r)
    if line <= 0 or own is None or line >= amount - 0.005:
        return None
    figure = settled(r.notes, line, currency, own, number=r.order_no)
    return None if figure is None or figure > amount - (paid or 0.0) + 0.005 else (
        line, currency, own)


def _off_order(r: Record, amount: float, currency: str, paid: float | None,
               known: Callable[[], frozenset[str]]) -> Weighed | None:
    share, own = _payment_share(r), own_received(r)
    whole = round(amount * share, 2) if share else 0.0
    if own is None or whole <= 0 or not 0 <= whole - own <= charge(whole, None) + 0.005 or (
            names_another(r.notes, r.order_no, r.invoice_no, known)):
        return None
    figure = noted_sum(r.notes, amount, currency, r.order_no)
    return None if figure is None or figure > amount - (paid or 0.0) + 0.005 else (
        amount, currency, OffOrder(amount - figure, paid))


def _blank_row(r: Record, amount: float, currency: str, paid: float | None,
               known: Callable[[], frozenset[str]]) -> Weighed | None:
    """A payment row with no money noting a deduction taken: the order's (fix62c)."""
    if r.amount != 0 or r.received_amount is not None or not taken_sum(
            r.notes, currency) or names_another(
            r.notes, r.order_no, r.invoice_no, known):
        return None
    figure = noted_sum(r.notes, amount, currency, r.order_no)
    return None if figure is None or figure > amount - (paid or 0.0) + 0.005 else (
        amount, currency, OffOrder(amount - figure, paid))


def _payment_share(rec: Record) -> float | None:
    """A payment row's share of its order, its word saying it: 0.3 for 定金30%, 尾款 70%."""
    if not pays_order(rec) or rec.received_currency not in (None, rec.currency):
        return None
    word = fold(rec.product or "")
    found = re.findall(r"(?<![\d.])(\d{1,2}(?:\.\d+)?) ?%", word)
    said = re.search(r"(?<![未不没无待应欠退])(?:定金|订金|预付|预收|首付)|尾款|余款|余额|尾数|剩余"
                     r"|deposit|advance|balance", word)
    return float(found[0]) / 100 if len(found) == 1 and said else None


def ordered(rec: Record, totals: Totals) -> tuple[float, str, float | None]:
    """A sale row's order's amount, currency and money received (a row alone without a
    number); 0 received is none."""
    amount, paid = totals[(rec.sheet, rec.order_no, rec.customer_key, rec.currency)] if (
        rec.order_no) else (rec.amount, own_received(rec))
    return amount, rec.currency, paid or None


def own_received(rec: Record) -> float | None:
    """A row's received figure in its own money (a deduction's shortfall is of that)."""
    own = rec.received_currency in (None, rec.currency)
    return rec.received_amount if own else None


def _carried_by_date(records: list[Record], month: TabMonth | None) -> None:
    """A row dated before its tab's month is carried forward; a tab without a year in its
    name takes the year of its own rows dated in its month (core.ledger.tab_month)."""
    start = carried_before(month, Counter(rec.order_date for rec in records).items())
    for rec in records:
        if start is not None and (rec.order_date.year, rec.order_date.month) < start \
                and not _shipped_then(rec, start):
            rec.carry_forward = True


def _shipped_then(rec: Record, start: tuple[int, int]) -> bool:
    """An earlier order the tab's month shipped (an ERP's shipment export): its own ship date
    in the month, a product, and its quantity × unit price its amount (acct52j)."""
    ship, q, p = rec.ship_date, rec.quantity or 0, rec.unit_price or 0
    return bool(rec.product) and ship is not None and (ship.year, ship.month) == start \
        and q > 0 and p > 0 and rec.amount > 0 and abs(q * p - rec.amount) <= max(
            1.0, 0.005 * rec.amount)


def _named_rows(reader: _RowReader, row: list[object],
                pending: dict[tuple[str, str], list[tuple[int, float | None, bool]]]
                ) -> list[tuple[int, float | None, bool]] | None:
    """A totals row naming an order or product ("C-1 合计"): the first named one's rows."""
    for name in NAMING_FIELDS:
        value = reader.cell(row, name)
        found = subtotal_of(value) if isinstance(value, str) and _TOTAL_HINT.search(value) \
            else None
        if found is not None and (rows := pending.pop((name, found.name), [])):
            return rows
    return None


def _pend(pending: dict[tuple[str, str], list[tuple[int, float | None, bool]]],
          reader: _RowReader, row: list[object], own: str | None,
          entry: tuple[int, float | None, bool]) -> None:
    """The row among its customer's, order's and product's since their last subtotals."""
    for name in NAMING_FIELDS:
        key = own if name == "customer" else naming_key(reader.cell(row, name))
        if key is not None:
            pending.setdefault((name, key), []).append(entry)


def _subtotal(reader: _RowReader, row: list[object], index: int, customer: str | None,
              first_row: dict[str, int]) -> tuple[str, str, str] | None:
    """(the field, the name it names, the cell) where a customer or number cell writes a
    subtotal."""
    for name in NAMING_FIELDS:
        value = reader.cell(row, name)
        if not isinstance(value, str) or not _TOTAL_HINT.search(value):
            continue
        found = subtotal_of(value)
        above = {found.name} if found and first_row.get(found.name, index) < index else set()
        if found and names_customer(found, customer and customer_key(customer), above):
            return name, found.name, value
    return None


def _check_total(sheet: str, number: int, stated: float,
                 since_total: list[tuple[int, float | None, bool]],
                 since_start: list[tuple[int, float | None, bool]],
                 mine: list[tuple[int, float | None, bool]] | None = None) -> TotalsCheck:
    """Compare with the rows since the last total, or with the whole sheet (a grand total);
    a subtotal first with its customer's rows (`mine`), shown against them if none agrees."""
    checks = [_total_over(sheet, number, stated, rows)
              for rows in ([mine] if mine else []) + [since_total, since_start]]
    return next((c for c in checks if c.agrees),
                checks[0] if since_total else checks[-1])


def _total_over(sheet: str, number: int, stated: float,
                since: list[tuple[int, float | None, bool]]) -> TotalsCheck:
    readable = [(r, a, ok) for r, a, ok in since if a is not None]
    rows_sum = math.fsum(a for _, a, _ in readable)
    imported = math.fsum(a for _, a, ok in readable if ok)
    gap = round(stated - rows_sum, 2)
    suspects = [r for r, a, _ in readable if gap and math.isclose(abs(gap), abs(a), abs_tol=0.005)]
    return TotalsCheck(sheet, number, stated, rows_sum, imported,
                       [r for r, _, ok in since if not ok], suspects)
