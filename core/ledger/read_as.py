"""How the import will read a previewed cell, in words the clerk can check before importing.

"11/7/2025" is 7 November to a US system and 11 July to most of the world; "¥1,200,000" is a
number and a currency. The import dialog shows each value beside what the import makes of it,
with the same readers the import uses (core.ledger.dates, core.ledger.amounts) and the date order
the import would infer from the whole column, and says so when a date could be read both ways
and only the setting decided it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from core.i18n import N_, current_language, tr, with_note
from core.ledger.amounts import parse_amount, parse_number
from core.ledger.dates import Years, month_end_field, parse_date
from core.ledger.day_lists import listed_days
from core.ledger.header_units import scaled
from core.ledger.said_money import paid_in_full, said_figure, said_share
from core.ledger.sheet_fields import DATE_FIELDS, MONEY_FIELDS, UNREAD_FIELDS, unread
from core.ledger.yearless import NamedYear
from core.messages import Message

_AMBIGUOUS = re.compile(r"\s*(\d{1,2})[-/.\s](\d{1,2})[-/.\s](?:\d{4}|\d{2})(?!\d)")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ORDER_WORDS = {"mdy": N_("month first"), "dmy": N_("day first")}
AMOUNT_FIELDS = ("amount", "unit_price", *MONEY_FIELDS)


@dataclass(frozen=True)
class Reading:
    """A raw cell, what the import makes of it ("" when it cannot), and a word of warning."""

    raw: str
    value: str
    warning: Message | None = None
    note: Message | None = None  # how the import takes it, no warning (a unit, a payment)

    def text(self) -> str:
        """'11/7/2025 → 2025-11-07 (month first; could be 7 Nov or 11 Jul — …)'."""
        if not self.raw:
            return ""
        shown = self.raw if self.value in ("", self.raw) else f"{self.raw} → {self.value}"
        if not self.value:
            shown = f"{self.raw} → ?"
        said = "; ".join(m.text for m in (self.warning, self.note) if m is not None)
        return with_note(shown, said) if said else shown


def day_text(day: date) -> str:
    """'7 Nov' / '11月7日': a day without its year, as each language writes it."""
    if current_language() == "zh_CN":
        return f"{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]}"


def _other_way(raw: str, read: date) -> date | None:
    """The date the text would be with day and month swapped; None when it cannot be."""
    m = _AMBIGUOUS.match(raw)
    if m is None or m[1] == m[2] or int(m[1]) > 12 or int(m[2]) > 12:
        return None
    try:
        return read.replace(month=read.day, day=read.month)
    except ValueError:
        return None


# what the import does with a cell it cannot read: the optional money and date columns read
# it as empty, and the import's report names it (core.ledger.unread); an order date or an
# amount (its own, or a price making one) skips its row
SKIPPED = {"date": N_("not a date: the row is skipped"),
           "amount": N_("not a number: the row is skipped")}
READ_EMPTY = {"date": N_("not a date: read as empty, and named in the import's report"),
              "amount": N_("not a number: read as empty, and named in the import's report")}


def _unreadable(raw: str, field: str | None, kind: str) -> Reading:
    if not raw or (field in UNREAD_FIELDS and not unread(raw)):  # "-", "未出货": empty
        return Reading(raw, "")
    words = READ_EMPTY if field in UNREAD_FIELDS else SKIPPED
    return Reading(raw, "", Message(f"unreadable_{kind}", words[kind]))


def read_date(raw: str, order: str, settled: bool, field: str | None = "order_date",
              years: Years | None = None, named: NamedYear | None = None) -> Reading:
    found = parse_date(raw, order, years, named, month_end_field(field or "order_date"))
    if found is None and field == "received_date" and (days := listed_days(raw, order, years)):
        return Reading(raw, max(days).isoformat(), Message("listed_days", N_(
            "the last of its dates: money received on each")))  # core.ledger.listed_days
    if found is None:
        return _unreadable(raw, field, "date")
    other = None if settled else _other_way(raw, found)
    if other is None:
        return Reading(raw, found.isoformat())
    return Reading(raw, found.isoformat(), Message("ambiguous_date", N_(
        "{order}; could be {this} or {other} — change it in Settings → General"),
        {"order": tr(ORDER_WORDS.get(order, ORDER_WORDS["mdy"])), "this": day_text(found),
         "other": day_text(other)}))


UNITS = {10_000.0: N_("万 (ten thousands)"), 1_000.0: N_("thousands")}


def unit_note(scale: float) -> Message | None:
    """What a figure column's header unit does to its cells, for the clerk to check."""
    if scale == 1.0:
        return None
    unit = tr(UNITS[scale]) if scale in UNITS else f"×{scale:,.0f}"
    return Message("header_unit", N_("the column is in {unit}: ×{scale}"),
                   {"unit": unit, "scale": f"{scale:,.0f}"})


PAYMENT_ROW = Message("payment_row", N_("a payment received, not an order"))
NOTED_RETURN = "noted_return_row"  # a sale whose note names a return's sum (noted_returns)
PAID_FOR = "paid_for_row"  # a payment whose note names the customer it was made for (代付)


def paid_for_row(customer: str) -> Message:
    """A payment row the import counts as the money of the customer its note names
    (core.ledger.paid_for): the preview shows that customer on the row, not the payer."""
    return Message(PAID_FOR, N_("a payment received for {customer} (代付), not an order"),
                   {"customer": customer})


def noted_return(figure: float, currency: str, deducted: bool = False) -> Message:
    """A sale row's note read as a return of `figure` (core.ledger.noted_returns), or as a
    deduction the buyer took off its payment (`deducted`: core.ledger.noted_deductions):
    taken, a sale and a credit note, which the preview says on the row as the report does."""
    return Message(NOTED_RETURN, N_("a sale, and {amount} its note says the buyer deducted: "
                                    "a credit note on its order") if deducted else N_(
        "a sale, and a return of {amount} its note names: a credit note on its order"),
                   {"amount": f"{figure:,.2f} {currency}"})


LISTED_RETURN = "listed_return_row"  # a return and its refund on one row (a 退货 list's)
# what the import books of such a row: (its credit note, its refund) -> the words (ref43)
_LISTED = {
    (True, True): N_("a return of {amount}, refunded: a credit note on its order and the "
                     "money sent back"),
    (False, True): N_("a refund of {amount}, not an order: the money sent back for a return "
                      "its order's sale row writes"),
    (True, False): N_("a return of {amount}: a credit note on its order, its money sent "
                      "back on its order's sale row"),
    (False, False): N_("{amount} of a return its order's sale row writes in another file: "
                       "booked there"),
}


def listed_return(credited: bool, refunded: bool, figure: float, currency: str) -> Message:
    """A row read as a return and its refund (a 退货 list's), as the import books it: its
    credit note (`credited`) and its refund (`refunded`), or another row's (core.ledger.
    return_marks.listed_notes); not "a payment received" (ref43)."""
    return Message(LISTED_RETURN, _LISTED[(credited, refunded)],
                   {"amount": f"{figure:,.2f} {currency}"})


def taken_note(row: Message | None) -> bool:
    """Does a previewed row's note say a row the import takes (a payment, a sale with its
    noted return, a return and its refund), not one it leaves out?"""
    return row is not None and row.code in (PAYMENT_ROW.code, NOTED_RETURN, PAID_FOR,
                                            LISTED_RETURN)


def read_amount(raw: str, field: str | None = "amount", mark: str = "", scale: float = 1.0,
                row: Message | None = None) -> Reading:
    """A figure as the import stores it: times its header's unit. The amount of a row the
    import takes for no order says what it is instead (`row`: core.ledger.preview.row_notes):
    money received on a payment row, nothing on a subtotal or a row skipped."""
    value, currency = parse_amount(raw, mark)
    payment = row is not None and row.code in (PAYMENT_ROW.code, PAID_FOR)
    if field == "amount" and row is not None and not taken_note(row):
        return Reading(raw, tr(N_("not imported")), note=row)
    if value is None and field == "received_amount":  # as the import reads it in words
        said = said_figure(raw, mark, scale)
        if said is not None:
            return Reading(raw, f"{said:,.2f}")
        if paid_in_full(raw):
            return Reading(raw, tr(N_("the row's amount (paid in full)")))
        share = said_share(raw)
        if share is not None:
            return Reading(raw, tr(N_("{share} of the row's amount"), share=f"{share:.0%}"))
    if value is None:
        return _unreadable(raw, field, "amount")
    shown = f"{scaled(value, scale):,.2f}" + (f" {currency}" if currency else "")
    if payment and field == "amount":
        return Reading(raw, tr(N_("{amount} received"), amount=shown), note=row)
    if row is not None and field == "amount":  # a sale with the return its note names
        return Reading(raw, shown, note=row)
    return Reading(raw, shown, note=unit_note(scale))


def read_cell(field: str | None, raw: str, order: str = "mdy", settled: bool = True,
              mark: str = "", scale: float = 1.0, row: Message | None = None,
              years: Years | None = None, named: NamedYear | None = None) -> Reading:
    """A previewed cell of a column mapped to `field` as the import reads it; a date column
    read with `order`, which the column itself `settled` or only the setting chose; a figure
    with the decimal `mark` its column or sheet settles (core.ledger.amounts.decimal_mark),
    times the `scale` its header gives (core.ledger.layout.field_scale); the amount of a row
    the import takes for no order as what it is (`row`)."""
    if field in DATE_FIELDS:
        return read_date(raw, order, settled, field, years, named)
    if field in AMOUNT_FIELDS:
        return read_amount(raw, field, mark, scale, row)
    if field == "customer" and row is not None and row.code == PAID_FOR:
        return Reading(raw, str(row.params["customer"]), note=row)
    if field == "quantity":
        number = parse_number(raw, mark)
        return Reading(raw, "" if number is None else f"{number:g}")
    return Reading(raw, raw)
