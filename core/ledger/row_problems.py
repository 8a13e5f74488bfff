"""Why a row is skipped, in the words the clerk knows its columns by: one rule for the import
and the reference import (tests/reference_import), whose reports must agree.

A field is named as the sheet means it (core.ledger.fields.worded): on a payments sheet the
row's amount and date are the money received and its date, so a bad cell reads "amount
received “一万二” is not a number", not the order's "amount". A date typed without its year
(3月5日) where neither the tab's name nor the file's gives one says so and how to give it: it
read "is not a date: correct it", and the clerk looked for a typing error that was not there.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from core.i18n import N_
from core.ledger.amounts import MAX_AMOUNT, too_large
from core.ledger.bank_charges import charge_row
from core.ledger.dates import MIN_YEAR, Years, max_year, outside_years
from core.ledger.fields import worded
from core.ledger.normalise import cell_text, quoted_text
from core.ledger.paper_dates import no_paper
from core.ledger.template_tabs import sample_customer
from core.ledger.yearless import month_day
from core.messages import Lowered, Message

if TYPE_CHECKING:
    from core.ledger.layout import SheetLayout

HELD = "order_not_yet"  # a payment held for an order not imported yet (held_problem)


def row_problem(layout: SheetLayout, customer: str | None, order_date: object,
                amount: float | None, raw_amount: object, raw_date: object,
                years: Years | None, order: str, received: float | None = None,
                kind: object = None, by_receipt: bool = False, note: object = None
                ) -> Message | None:
    """Why the row is no order, or None. `years` are the sheet's order dates' (the example
    year of a date typed without one), `order` its order-date column's order (mdy, dmy);
    `received` its received figure, `kind` its type cell (类型), said where the amount is
    blank: the row is an order whose amount was forgotten, or a payment not typed as one
    (core.ledger.received_only). `by_receipt`: a payment row dated by its date received
    (core.ledger.received_only.dated_by_receipt), its `raw_date` that cell. A payments
    sheet's row that is the bank's charge, by its `note` (core.ledger.bank_charges.charge_row),
    is no money from the customer."""
    if not customer:
        return no_customer()
    if sample_customer(customer):  # a template's example row kept above the month's orders
        return Message("sample_customer", N_(
            "“{customer}” is a template's example, not a customer"), {"customer": customer})
    if order_date is None:
        field = Lowered(worded("received_date" if by_receipt else "order_date",
                               layout.words).label)
        if raw_date is None:  # a sheet dated by its papers: the columns looked in
            return (not by_receipt and no_paper(layout)) or Message(
                "missing_order_date", N_("no {field}"), {"field": field})
        text = cell_text(raw_date) or ""
        if layout.named is None and isinstance(raw_date, str):
            found = _no_year(text, field, order, years)
            if found is not None:
                return found
        if outside_years(raw_date, order):
            return Message("order_date_out_of_years", N_(
                "{field} “{value}” is a date outside the years a ledger's dates fall in "
                "({first} to {last}): correct its year and import the file again"),
                {"field": field, "value": quoted_text(raw_date), "first": MIN_YEAR,
                 "last": max_year()})
        return Message("bad_order_date", N_("{field} “{value}” is not a date"),
                       {"field": field, "value": quoted_text(raw_date)})
    if amount is None:
        field = Lowered(worded("amount", layout.words).label)
        if raw_amount is None and received is not None:
            return _received_only(field, received, kind, layout)
        if raw_amount is None:
            return Message("missing_amount", N_("no {field}"), {"field": field})
        if too_large(raw_amount):
            return Message("amount_too_large", N_(
                "{field} “{value}” has more than {digits} digits, so it is no money (a card, "
                "account or reference number?): correct the cell and import the file again"),
                {"field": field, "value": quoted_text(raw_amount),
                 "digits": len(f"{MAX_AMOUNT:.0f}") - 1})
        return Message("bad_amount", N_("{field} “{value}” is not a number"),
                       {"field": field, "value": quoted_text(raw_amount)})
    if layout.receipts and charge_row(note, amount):
        return Message("bank_charge_row", N_(
            "a bank's charge (its note says so), not money from the customer: the wire's own "
            "row counts the money"))
    return None


def no_customer() -> Message:
    """A row naming no buyer: one a number-only payment row is left as where two buyers have
    its number, or its order is cancelled or stored with no sale (core.ledger.number_owners)."""
    return Message("missing_customer", N_("no customer"))


def held_problem(problem: Message | None, order_no: str | None, order_date: object
                 ) -> Message:
    """Why a row held for the order it names (core.ledger.received_only.elsewhere) is skipped
    where neither the file nor the store lists that order: without an order date it is no
    order but a payment of that one, which a payments file imported before its orders' file
    names (it read "no order date", and the clerk looked for a date to type); the file is read
    again by itself when the order comes (core.ledger.held_files: it read "import the file
    that lists the order first, then this file again", fix62g); else `problem`
    (:func:`row_problem`'s), an order whose amount may have been forgotten."""
    if order_date is None:
        return order_not_yet(order_no)
    assert problem is not None  # its amount is blank
    return problem


def order_not_yet(order_no: str | None) -> Message:
    """A payment row's order is in neither the file nor the store: kept with the file's
    entry (core.ledger.held_files), which reads the file again once an import stores an
    order of that number; a number-only row's too (core.ledger.number_owners, fix65f)."""
    return Message(HELD, N_(
        "it names the order {order}, which is not in the database yet (nor on this file's "
        "other sheets): the file is noted, and this row read again from it when the file "
        "selling the order is imported"),
        {"order": order_no or ""})


def _received_only(field: Lowered, received: float, kind: object, layout: SheetLayout
                   ) -> Message:
    """A blank amount beside a received figure: what the row may be and what to write, in
    the columns the sheet has (its type, or status, column; else a 类型 column to add, and
    for money received before any order its 备注: core.ledger.prepaid_rows). It read "if
    the row is a payment type it “收款” (or write 收款 in its status)" on a sheet with neither
    column, and the clerk could not follow it (rv52a)."""
    params = {"field": field, "received": f"{received:,.2f}", "kind": cell_text(kind) or ""}
    if params["kind"]:
        return Message("missing_amount", N_(
            "no {field}, only {received} received, on a row typed “{kind}”: write the "
            "order's {field}, or, if the row is a payment, change its type to “收款”"), params)
    column = next((layout.mapping[name] for name in ("doc_type", "status")
                   if name in layout.mapping), None)
    if column is not None:
        return Message("missing_amount", N_(
            "no {field}, only {received} received: write the order's {field}, or, if the "
            "row is a payment, write 收款 in its “{column}” column"),
            {**params, "column": cell_text(layout.headers[column]) or ""})
    if "notes" in layout.mapping:
        return Message("missing_amount", N_(
            "no {field}, only {received} received: write the order's {field}; or, if the "
            "row is a payment, add a 类型 column and write 收款 in it (money received before "
            "any order, its row with no order number or product, may instead say 预付款 or "
            "收款 in its “{notes}” column)"),
            {**params, "notes": cell_text(layout.headers[layout.mapping["notes"]]) or ""})
    return Message("missing_amount", N_(
        "no {field}, only {received} received: write the order's {field}; or, if the row is "
        "a payment, add a 类型 column and write 收款 in it"), params)


def _no_year(text: str, field: Lowered, order: str, years: Years | None) -> Message | None:
    """A month and a day without a year: say so, with the sheet's latest year as the example
    (none where the sheet has no dated row: a year guessed would mislead)."""
    day = month_day(text, order)
    if day is None:
        return None
    params = {"field": field, "value": text, "month": day.month}
    if years is None:
        return Message("no_year_order_date", N_(
            "{field} “{value}” has no year (type the date with its year, or name the tab or "
            "the file with its year and month, like “yyyy年{month}月” with the ledger's year)"),
            params)
    year = years[1]
    typed = unicodedata.normalize("NFKC", text).strip()
    dated = (f"{year}年{day.month}月{day.day}日" if "月" in typed
             else f"{typed}{'-' if '-' in typed else '/'}{year}")
    return Message("no_year_order_date", N_(
        "{field} “{value}” has no year (type the date with its year, {dated}, or name the "
        "tab or the file with its year and month, like “{year}年{month}月”)"),
        {**params, "dated": dated, "year": year})
