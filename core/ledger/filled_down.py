"""Cells a row leaves to the row above it, filled in before the sheet is read.

Merged cells: the value of a vertically merged cell (a customer spanning its orders) fills
every row below the first; a merged figure (an order's amount over its product lines, one wire
received) is the group's, once (:func:`fill_merged`).

Product lines under an order's first row (:func:`continue_orders`): a furniture exporter types
the order number, customer and date once per container, on its first product row, and leaves
them blank (not merged) on the product rows below, each with its own 品名, 数量, 单价, 金额.
Such a row, with an amount and neither customer nor date, was read as a totals row: the order
lost a quarter of its goods and the report named each line a total that did not agree. The
rule, in one place:

- a row with no customer and no order date (its order number blank or the order's), an amount
  and its own product cell (not a totals word), directly under a row of an order (same tab, no
  blank row or totals row between) **continues that order**: it takes the order's cells it
  left blank (:data:`ORDER_CELLS`), never a figure, a received date, a status or a note;
- unless its amount is the sum of rows above it (:class:`Above`: since the last total or the
  tab's first row, the customer's it would continue since its first row or the last total, its
  order's; rounded within :data:`SUM_TOLERANCE`) and its quantity × unit price does not give
  its amount: that is a total written beside a product name, read as a totals row as before,
  and the report says so of it (rv52c: Two Orders Co's 12,000 under its two orders, after
  Single Order Co's 4,000, was a 12,000 line: revenue 24,000, watch);
- a row with no product cell stays a total, whatever its amount (its sum checked as before),
  and so does one whose 品名 is no product (:func:`no_product`): a payment's word (定金30%,
  尾款70%, 余款, balance: the deposit's or balance's own row, 10,000 of revenue twice in rv52c)
  or the name of a customer of the sheet (a customer's subtotal, its sum rounded);
- a line under an order its row says is cancelled (状态 已取消) is cancelled too, unless its
  own status cell says something (:func:`filled_names`): rv52c's 6,000 line of a cancelled
  order counted as a sale.
A row billing freight or insurance (运费 1,200) under an order is a line of it: the invoice bills
it to the buyer, who owes it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.i18n import N_
from core.ledger.amounts import parse_currency
from core.ledger.cancelled_notes import says_cancelled
from core.ledger.layout import SheetLayout
from core.ledger.normalise import customer_key, line_status, parse_status
from core.ledger.order_payments import OrderPayments, payment_word, payment_words
from core.ledger.readers.calamine import clean_value as plain
from core.ledger.rest_day import RestCame
from core.ledger.sheet_columns import SheetColumns
from core.ledger.typed_payments import mapped_cell as _cell
from core.ledger.typed_payments import register_payments, same_buyer, typed_payments
from core.messages import Message

# Figures a merged cell gives its rows once (an amount, a wire), not to each of them.
MERGED_ONCE = ("amount", "received_amount", "outstanding", "deposit", "balance", "cost",
               "gross_profit", "tax_rebate")
# The order's cells a product line under its first row takes where it leaves them blank: who,
# which document, when, in what currency, on what terms, shipped when and by whom sold (one
# container's lines ship and are paid together). Figures, what was received and when, the
# status and the notes are the line's own: a wire on the first row is the order's, once.
ORDER_CELLS = ("order_no", "invoice_no", "ref", "customer", "order_date", "currency",
               "payment_terms", "incoterm", "salesperson", "country", "ship_date", "bl_date",
               "due_date", "doc_type", "trial")
PRICE_TOLERANCE = 0.005  # quantity × unit price within 0.5 % of the amount gives it
SUM_TOLERANCE = 0.0005  # a total within 0.05 % of the rows' sum adds them up (3,580.80: 3,580.78)



def fill_merged(layout: SheetLayout) -> None:
    """Values of vertically merged cells (a customer spanning its orders) fill every row below
    the first, in place; a sheet without such ranges is left untouched. A merged figure (an
    order's amount over its product lines, one wire received) is the group's, once: the rows
    below take none (an amount of 0, so the lines stay), or the order counted it per line."""
    rows = layout.sheet.rows
    once = merged_once(layout)
    for first_row, first_col, last_row, last_col in layout.sheet.merged:
        if last_row <= first_row or first_row < layout.header_index:
            continue
        top = rows[first_row]
        value = plain(top[first_col]) if first_col < len(top) else None
        for r in range(first_row + 1, min(last_row, len(rows) - 1) + 1):
            row = rows[r] = [plain(v) if v == "" else v for v in rows[r]]  # type: ignore[misc]
            for c in range(first_col, last_col + 1):
                fill = value if c not in once or value is None else once[c]
                if c < len(row):
                    if row[c] is None:
                        row[c] = fill  # type: ignore[call-overload]
                else:
                    row.extend([None] * (c - len(row)) + [fill])  # type: ignore[list-item]


def merged_once(layout: SheetLayout) -> dict[int, float | None]:
    """The columns whose merged cell counts once, and what the rows below it take."""
    return {layout.mapping[name]: 0.0 if name == "amount" else None
            for name in MERGED_ONCE if name in layout.mapping}


@dataclass
class Filled:
    """What :func:`continue_orders` found: the rows given their order's cells (product lines,
    payment rows), the rows read as totals or notes with what the report says of each, the
    rows each such total's figure adds up or comes nearest to (its check is made with them),
    and the payment rows read as notes, whose figure is checked against nothing."""

    continued: list[int] = field(default_factory=list)
    told: dict[int, Message] = field(default_factory=dict)
    sums: dict[int, list[int]] = field(default_factory=dict)
    memos: set[int] = field(default_factory=set)
    above: dict[int, str] = field(default_factory=dict)  # OrderPayments.noted: the order named
    # typed payment rows whose order no row of the sheet sells: read against the store's lines
    away: set[int] = field(default_factory=set)  # once the file is written (typed_apart)
    rests: dict[int, RestCame] = field(default_factory=dict)  # OrderPayments.rests (rest_day)

    def mine(self, j: int, amounts: Sequence[float | None], chosen: Sequence[bool],
             number0: int) -> list[tuple[int, float | None, bool]]:
        """The rows a total at data row `j` is checked with first: (row, amount, taken)."""
        return [(number0 + i, amounts[i], chosen[i]) for i in self.sums.get(j, ())]


def continue_orders(columns: SheetColumns, data: list[list[Any]], worded: set[int],
                    says_total: Callable[[object], bool]) -> Filled:
    """The product lines under an order's first row (data row indexes), their blank order
    cells filled in `data` from the row they continue (the sheet is then read again), and the
    payment rows under it (core.ledger.order_payments), filled and worth nothing; the rows read
    as totals though they name a product (their amount the sum above) or a customer, and the
    payment rows read as notes. `worded`: the rows a totals word (合计, Total…) makes totals;
    `says_total`: does a cell hold one."""
    layout, customers, dates = columns.layout, columns.customers, columns.order_dates
    found = Filled()
    if layout.receipts:  # a payments register: every row naming its order typed apart from it
        found.away = register_payments(columns, data)
        return found
    if not {"customer", "order_date", "product"} <= layout.mapping.keys():
        return found
    products, amounts = columns.products, columns.amounts
    received, days = columns.money["received_amount"][0], columns.received_dates
    raw_customers, raw_dates = columns.raw_of("customer"), columns.raw_of("order_date")
    notes, statuses = columns.notes, columns.raw_of("status")
    typed, found.away = typed_payments(columns, data)
    if not typed and not any(products[j] and dates[j] is None and (amounts[j] is not None or (
            received[j] is not None and payment_word(products[j])))
                             for j in _nameless(customers)):
        return found  # the usual sheet: every product row names its order
    marks = columns.money["received_amount"][1]
    keys = columns.customer_keys
    names = {k for k in keys if k is not None}
    above, paid = Above(), OrderPayments(columns.date_orders["received_date"] == "dmy")  # 5/6
    away: list[int] = []  # payment rows naming an order, not under it: read once all are met
    order: list[Any] | None = None  # the row a product line below would continue
    key: str | None = None  # ... its customer's key
    for j, amount in enumerate(amounts):
        product = products[j]
        if j in worded or says_total(product):
            order = None  # a totals row in words
            above.total()
            continue
        if j in typed:  # its order's number and buyer typed again: a payment of it, read once
            away.append(j)  # all orders are met (above its order: rv63c s5, 2,000 owed read 0)
            number = _cell(layout.mapping, data[j], "order_no")
            if paid.named(number) is None:  # its order below: it ends the one above, as any
                order, key = None, above.named(keys[j], number)  # row naming a buyer, but is
                paid.order(None, key, number, None, None)  # no order's first row
            continue
        if not (_blank(raw_customers[j]) and _blank(raw_dates[j])):
            order = data[j] if customers[j] and dates[j] else None
            number = _cell(layout.mapping, data[j], "order_no")
            key = above.named(keys[j], number)
            paid.order(order, key, number, received[j], days[j], amount, notes[j])
        elif order is not None and _same_order(layout.mapping, data[j], order) and \
                paid.payment(j, product, received[j], days[j], (notes[j], statuses[j]),
                             parse_currency(_cell(layout.mapping, order, "currency")),
                             marks[j] is not None, numbered=not _blank(_cell(
                                 layout.mapping, data[j], "order_no"))):
            continue  # a payment of the order above: money or a note (order_payments)
        elif payment_word(product) and received[j] and not _blank(
                _cell(layout.mapping, data[j], "order_no")):
            away.append(j)  # a payment naming its order, away from it (order_payments)
            continue
        elif amount is None:
            order = None if _blank_row(data[j]) or not product else order
            continue
        elif order is None or not product or not _same_order(layout.mapping, data[j], order) \
                or no_product(product, names):
            if product and no_product(product, names):  # checked with what it may add up
                found.sums[j] = above.nearest(amount, customer_key(product) if customer_key(
                    product) in names else key)
            order = None  # a total, as read_records reads it
            above.total()
            continue
        elif above.sums_to(amount, key) and not _priced(columns, j, amount):
            found.told[j], found.sums[j] = total_beside_product(product), above.nearest(
                amount, key)
            order = None
            above.total()
            continue
        else:
            data[j] = _filled(data[j], order, layout.mapping)
            found.continued.append(j)
            paid.line(received[j], days[j], amount)
        if amount is not None:
            above.add(amount, key, j)
    for j in away:
        named = paid.named(_cell(layout.mapping, data[j], "order_no"))
        first: list[Any] = named.row if named is not None else []  # type: ignore[assignment]
        if named is not None and _same_order(layout.mapping, data[j], first):
            paid.payment(j, products[j], received[j], days[j], (notes[j], statuses[j]),
                         parse_currency(_cell(layout.mapping, first, "currency")),
                         marks[j] is not None, named)
    _payments(paid, data, layout.mapping, found)
    return found


def _payments(paid: OrderPayments, data: list[list[Any]], mapping: dict[str, int],
              found: Filled) -> None:
    """The payment rows that are money given their order's cells and worth nothing; those
    that are notes told so."""
    for j, order, currency, part in paid.counted():
        row = _filled(data[j], order, mapping)  # type: ignore[arg-type]
        if "customer" in mapping and mapping["customer"] < len(row):  # a typed short name:
            row[mapping["customer"]] = _cell(mapping, order, "customer")  # type: ignore[arg-type]
        got = _in(currency, part if part is not None else _cell(mapping, row, "received_amount"))
        for name, value in (("amount", 0.0), ("received_amount", got)):
            if name in mapping and (name == "amount" or currency is not None or part is not None):
                row.extend([None] * (mapping[name] + 1 - len(row)))
                row[mapping[name]] = value
        data[j] = row
        found.continued.append(j)
    found.continued.sort()
    found.rests = paid.rests()
    memos = paid.memos()
    found.above.update(paid.noted())
    found.told.update(memos)
    found.memos.update(memos)


class Above:
    """The amounts above a row that a total there may be the sum of: since the last total,
    since the tab's first row, those of each customer since its first row and since the last
    total, and the order's (its first row and its lines), each with its row. One tally for
    the import and the reference import (tests/reference_import)."""

    def __init__(self) -> None:
        self.since: list[tuple[int, float]] = []
        self.whole: list[tuple[int, float]] = []
        self.mine_since: dict[str, list[tuple[int, float]]] = {}
        self.mine_whole: dict[str, list[tuple[int, float]]] = {}
        self.order: list[tuple[int, float]] = []
        self.order_of: tuple[str | None, object] = (None, None)

    def total(self) -> None:
        """A total met: the sums since the last total start again, and no order is above."""
        self.since, self.mine_since, self.order = [], {}, []
        self.order_of = (None, None)

    def named(self, key: str | None, order_no: object) -> str | None:
        """A row naming its customer (key) and order: a new order's unless the one above's."""
        if (key, order_no) != self.order_of or _blank(order_no):
            self.order, self.order_of = [], (key, order_no)
        return key

    def add(self, amount: float, key: str | None, row: int) -> None:
        """A row's amount, of the customer keyed `key` (None: none named)."""
        item = (row, amount)
        self.since.append(item)
        self.whole.append(item)
        self.order.append(item)
        if key is not None:
            self.mine_since.setdefault(key, []).append(item)
            self.mine_whole.setdefault(key, []).append(item)

    def _sums(self, key: str | None) -> Iterator[list[tuple[int, float]]]:
        """The runs of rows a total may add up: the customer's (`key`) first, then the
        order's, since the last total, since the first row."""
        if key is not None:
            yield from (self.mine_since.get(key, []), self.mine_whole.get(key, []))
        yield from (self.order, self.since, self.whole)

    def sums_to(self, amount: float, key: str | None) -> bool:
        """Is `amount` what rows above add up to, rounded (:data:`SUM_TOLERANCE`)?"""
        return any(rows and _adds_up(rows, amount) for rows in self._sums(key))

    def nearest(self, amount: float, key: str | None) -> list[int]:
        """The rows above whose sum `amount` is (rounded), else comes nearest to."""
        runs = [rows for rows in self._sums(key) if rows]
        best = next((rows for rows in runs if _adds_up(rows, amount)), None) or min(
            runs, key=lambda rows: abs(math.fsum(a for _, a in rows) - amount), default=[])
        return [i for i, _ in best]


def _adds_up(rows: list[tuple[int, float]], amount: float) -> bool:
    return math.isclose(math.fsum(a for _, a in rows), amount, rel_tol=SUM_TOLERANCE,
                        abs_tol=0.005)


def no_product(product: str, names: set[str]) -> bool:
    """Is a 品名 no product: a payment's word (定金30%, 尾款, balance) or the name of a
    customer of the sheet (`names`: their keys)?"""
    return payment_words(product) or customer_key(product) in names


def filled_names(blank: Callable[[str], bool], order_status: object,
                 order_note: object = None, own_status: object = None) -> list[str]:
    """The cells a line takes from its order's row: the order's cells it leaves blank
    (:data:`ORDER_CELLS`), and the status where its own says nothing and the order's says it
    is cancelled (a live line's own status stays its own); where neither status says a word,
    the order's note saying it is cancelled (备注 已取消, core.ledger.cancelled_notes) where
    the line's is blank: Maputo's 1,140 line under its cancelled 660 stayed owed (rv56b)."""
    names = [name for name in ORDER_CELLS if blank(name)]
    if blank("status") and parse_status(order_status) == "cancelled":
        names.append("status")
    elif blank("notes") and line_status(order_status) is None and line_status(
            own_status) is None and says_cancelled(order_note):
        names.append("notes")
    return names


def total_beside_product(product: object) -> Message:
    """What the report says of a total written beside a product name."""
    return Message("totals_row", N_(
        "“{text}” has no order number, customer or date and its amount is the sum of the "
        "rows above: read as a totals row. If it is a product of the order above, write its "
        "quantity and unit price, or the order's customer and date, on it."),
        {"text": str(product)})


def _nameless(customers: Sequence[str | None]) -> Iterator[int]:
    """The rows naming no customer, found at C speed (a sheet has few: its totals, its gaps)."""
    j = -1
    while True:
        try:
            j = customers.index(None, j + 1)
        except ValueError:
            return
        yield j


def _priced(columns: SheetColumns, j: int, amount: float) -> bool:
    """Does the row's quantity × unit price give its amount (a product line, not a total)?"""
    quantity, price = columns.quantities[j], columns.prices[j]
    return quantity is not None and price is not None and math.isclose(
        quantity * price, amount, rel_tol=PRICE_TOLERANCE, abs_tol=0.005)


def _same_order(mapping: dict[str, int], row: Sequence[Any], order: Sequence[Any]) -> bool:
    """A product line's own order number, if it writes one, is its order's, and so is the
    customer a payment row types again (:func:`typed_payments`)."""
    buyer = _cell(mapping, row, "customer")
    return all(_blank(_cell(mapping, row, name)) or _cell(mapping, row, name) == _cell(
        mapping, order, name) for name in ("order_no", "invoice_no")) and (
        _blank(buyer) or same_buyer(buyer, _cell(mapping, order, "customer")))


def _filled(row: list[Any], order: Sequence[Any], mapping: dict[str, int]) -> list[Any]:
    """The row with the order's cells it leaves blank taken from the order's row."""
    row = list(row)
    for name in filled_names(lambda n: n in mapping and _blank(_cell(mapping, row, n)),
                             _cell(mapping, order, "status"), _cell(mapping, order, "notes"),
                             _cell(mapping, row, "status")):
        index = mapping[name]
        if index >= len(order):
            continue
        if index >= len(row):
            row.extend([None] * (index + 1 - len(row)))
        row[index] = order[index]
    return row


def _in(currency: str | None, figure: object) -> object:
    """A payment row's 收款 (or the part its note says came) written in the currency its note
    names (人民币 RMB21300: "CNY 21300"), read so as that figure's own text would be
    (core.ledger.payment_row_money)."""
    return f"{currency} {figure}" if currency is not None else figure


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _blank_row(row: Sequence[object]) -> bool:
    return all(map(_blank, row))
