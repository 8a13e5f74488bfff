"""The fields a ledger sheet's columns are read as, in groups, and the words and one-cell
readers their rows are read by (core.ledger.sheet_columns parses each column with them).

The reference import (tests/reference_import) and the import dialog's preview read by the same
groups and words: one rule for which optional cells are named when unreadable, which words
carry a row forward or make it a trial, and what a status cell says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from core.ledger.cells import plain
from core.ledger.cover import Cover, cover
from core.ledger.normalise import (
    cell_text,
    credit_beyond_sale,
    fold,
    is_credit_note,
    line_status,
    not_yet,
    parse_flag,
    says_returned,
)
from core.ledger.shipped_words import says_unshipped
from core.ledger.terms import PaymentTerms, parse_payment_terms
from core.ledger.typed_rows import returned_and_refunded

DATE_FIELDS = ("order_date", "ship_date", "bl_date", "due_date", "received_date", "deposit_date",
               "balance_date", "refund_date", "return_date")
MONEY_FIELDS = ("received_amount", "outstanding", "deposit", "balance", "cost", "gross_profit",
                "tax_rebate", "credit_limit", "refund_amount", "return_amount")
NUMBER_FIELDS = ("amount", "unit_price", "quantity", *MONEY_FIELDS)
ID_FIELDS = ("order_no", "invoice_no", "ref")  # a document's number (cells.number_texts)
# Optional columns whose unreadable cells are read as empty, and named (core.ledger.unread).
UNREAD_DATES = DATE_FIELDS[1:]
UNREAD_FIELDS = UNREAD_DATES + MONEY_FIELDS
RECEIPT_FIELDS = ("received_amount", "deposit", "balance")  # one currency a row (record.py)
# The customer's money, paid or owed, whose "$" or "¥" is its row's dollar or yen; a cost's
# stays USD or CNY (a yen order's ¥ cost is the factory's yuan).
CUSTOMER_FIELDS = (*RECEIPT_FIELDS, "outstanding")
# Carried forward: 上年 or 上期 naming the customer ("上年老客户") describe who, not the row;
# b/f and c/f stand alone, and "C/F Hamburg", "C/F 汉堡" are the Incoterm C&F with its port
# ("c/f to May", "c/f 至下月" still carry).
CARRY_WORDS = re.compile(r"结转|(?:上年|上期)(?!度?的?老?客户)|承前|上月未收|brought forward|"
                          r"carried forward|carry forward|(?<![a-z0-9])(?:b/f(?![a-z0-9])|"
                          r"c/f(?![a-z0-9])(?![ :]*(?!(?:to|from|fwd)(?![a-z]))[a-z])"
                          r"(?![ :]*(?!至|到|自|从|[上下本][期月年]|余额|结转|承前)"
                          r"[\u4e00-\u9fff]))")
# A trial said so, not one denied: "非试单", "not trial" is a regular order.
TRIAL_WORDS = re.compile(r"(?<![非不])(?<!不是)(?:试单|试订单|样单|样品单)|"
                          r"(?<![a-z])(?<!not )(?<!non-)(?<!non )(?<!no )trial|sample order")


def unread(value: object) -> bool:
    """Does a cell that read as nothing hold something? A word a yes/no column reads as "no"
    ("-", "/", "无", "N/A", "none") says nothing in a date or figure column; a cell of blanks
    is empty, and so is one saying "not yet" ("TBA", "待定", "未出货"): a ship date to come."""
    if value is None or (type(value) is str and not value.strip()):
        return False
    return parse_flag(plain(value)) is not False and not not_yet(value)


def covers_of(insured: Sequence[Any], insurer: Sequence[Any], share: Sequence[Any]
            ) -> tuple[Sequence[bool | None], Sequence[str | None], Sequence[float | None]]:
    """Per row: insured or not (None: not said), the insurer and the insured share, read
    together from the three cells (core.ledger.cover); each distinct three read once."""
    if all(set(column) <= {None, ""} for column in (insured, insurer, share)):
        nothing: list[Any] = [None] * len(insured)
        return nothing, nothing, nothing
    found: dict[tuple[Any, ...], Cover] = {}
    covers = []
    for cells in zip(insured, insurer, share, strict=True):
        one = found.get(cells)
        if one is None:
            one = found[cells] = cover(*(v or None if type(v) is str else plain(v)
                                         for v in cells))
        covers.append(one)
    return ([c.insured for c in covers], [c.insurer for c in covers],
            [c.percent for c in covers])


def trial_of(flag: bool | None, named: bool) -> int | None:
    """1 a trial, 0 said not to be one, None said nothing (a blank cell, no trial column): a
    later file that leaves the flag blank never turns a stored trial into a regular order."""
    return 1 if flag or named else 0 if flag is False else None


def either_trial(first: int | None, other: int | None) -> int | None:
    """An order is a trial if any line says so, not one if a line says that and none says
    otherwise, and unsaid (None: a stored order keeps what it was) if no line says."""
    if first or other:
        return 1
    return 0 if 0 in (first, other) else None


def terms_of(value: object) -> tuple[str | None, PaymentTerms | None]:
    text = cell_text(value)
    return text, parse_payment_terms(text)


def status_of(value: object) -> tuple[str | None, str | None, bool, bool, bool, bool, bool]:
    """(text, cancelled/disputed/stands/None, names a credit note, a trial, a carry, not
    shipped, goods returned and refunded). A status saying 退货退款 reads as a type cell saying
    it does (core.ledger.typed_rows.returned_and_refunded): its credit note a refund too."""
    text = cell_text(value)
    folded = fold(text) if text else ""
    return (text, line_status(text), is_credit_note(text, claims=False),
            bool(text and TRIAL_WORDS.search(folded)), bool(CARRY_WORDS.search(folded)),
            says_unshipped(text), returned_and_refunded(text))


# a day's first sale of an order: (its day, its largest sum that day)
FirstSale = tuple[Any, float]


def first_sale(known: FirstSale | None, day: Any, amount: float) -> FirstSale:
    """An order's first sale (:data:`FirstSale`) with a sale of `amount` on `day` met."""
    if known is None or day < known[0]:
        return day, amount
    return known if day > known[0] else (day, max(known[1], amount))


def returned_after(day: Any, amount: float, sale: FirstSale | None) -> bool:
    """Is a 退货 row of `amount` on `day` a return of goods its order's first `sale` sold:
    dated after it, or on its day for less than it (part of the goods rejected at loading,
    the sale and its return booked the same day: MT-1 15,000 and its 3,000 of 03-01)? A row
    of the sale's own day and sum restates the sale (order38b)."""
    return sale is not None and (sale[0] < day or sale[0] == day and amount < sale[1] - 0.005)


def returns_apart(statuses: Sequence[tuple[Any, ...]], chosen: Sequence[bool],
                  amounts: Sequence[float | None], ship_dates: Sequence[object],
                  keys: Sequence[object], order_nos: Sequence[str | None],
                  dates: Sequence[Any]) -> list[bool]:
    """Rows (of those `chosen`) whose status (:func:`status_of`) says goods came back (退货)
    and that are no sale of their own: a positive figure, no ship date, on an order (its
    customer and number) another row of the sheet sells, saying no return, ordered before it
    or on its day for more (:func:`returned_after`; a restated row of the sale's own day and
    sum is no return of its own). A credit note, as a row
    typed 退货 is: read as a second sale, Rio, paid in full, was shown 2,000 open and watched.
    退货 on an order's only row says the order came back: no credit for its full sum
    (normalise.is_credit_note)."""
    said_of = {text: says_returned(text) for text in {status[0] for status in statuses}}
    said = [said_of[status[0]] for status in statuses]
    if not any(said):  # most sheets: no status says 退货 (perf41c)
        return said
    numbers = [n if c else None for n, c in zip(order_nos, chosen, strict=True)]
    sold: dict[tuple[object, str], FirstSale] = {}
    for j, number in enumerate(numbers):
        if number and not said[j] and dates[j] is not None:
            order = (keys[j], number)
            sold[order] = first_sale(sold.get(order), dates[j], amounts[j] or 0)
    return [said[j] and (amounts[j] or 0) > 0 and ship_dates[j] is None and dates[j] is not None
            and number is not None and returned_after(dates[j], amounts[j] or 0,
                                                      sold.get((keys[j], number)))
            for j, number in enumerate(numbers)]


def sale_rows(chosen: Sequence[bool], amounts: Sequence[float | None],
              ship_dates: Sequence[object], keys: Sequence[object],
              order_nos: Sequence[str | None], dates: Sequence[Any]) -> list[bool]:
    """Rows (of those `chosen`) that are a sale's own: a positive figure, shipped or its
    order's (customer and number) earliest row. A refund or a return asked for written there
    says what became of the sale (normalise.credit_beyond_sale): no credit note of its own."""
    # only the orders of a positive row without a ship date are asked their earliest row
    # (most rows shipped: the orders of all 100,000 were gathered, perf41c)
    asked = {(keys[j], number) for j, number in enumerate(order_nos)
             if ship_dates[j] is None and number and chosen[j] and dates[j] is not None
             and (amounts[j] or 0) > 0}
    first: dict[tuple[object, str], Any] = {}
    for j, number in enumerate(order_nos) if asked else ():
        if chosen[j] and number and dates[j] is not None and (order := (keys[j], number)) in asked:
            first[order] = min(first.get(order, dates[j]), dates[j])
    return [bool(chosen[j] and (amounts[j] or 0) > 0 and (
        ship_dates[j] is not None or (number and dates[j] is not None
                                      and first[keys[j], number] == dates[j])))
            for j, number in enumerate(order_nos)]


def credit_rows(types: Sequence[object], typed: Sequence[bool],
                statuses: Sequence[tuple[Any, ...]], chosen: Sequence[bool],
                amounts: Sequence[float | None], ship_dates: Sequence[object],
                keys: Sequence[object], order_nos: Sequence[str | None],
                dates: Sequence[Any]) -> list[bool]:
    """Rows (of those `chosen`) read as credit notes: by their type (`typed`, the cell in
    `types`), status (:func:`status_of`) or as a return of their own (:func:`returns_apart`);
    on a sale's own row (:func:`sale_rows`) not by a refund or a return asked for alone."""
    apart = returns_apart(statuses, chosen, amounts, ship_dates, keys, order_nos, dates)
    sale = sale_rows(chosen, amounts, ship_dates, keys, order_nos, dates)
    return [bool(r or (t and (not s or credit_beyond_sale(cell_text(k), claims=True)))
                 or (status[2] and (not s or credit_beyond_sale(status[0], claims=False))))
            for k, t, status, r, s in zip(types, typed, statuses, apart, sale, strict=True)]
