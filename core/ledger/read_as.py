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

from core.i18n import N_, current_language, tr
from core.ledger.amounts import parse_amount, parse_number
from core.ledger.dates import parse_date
from core.ledger.sheet_columns import DATE_FIELDS, MONEY_FIELDS, UNREAD_FIELDS
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

    def text(self) -> str:
        """'11/7/2025 → 2025-11-07 (month first; could be 7 Nov or 11 Jul — …)'."""
        if not self.raw:
            return ""
        shown = self.raw if self.value in ("", self.raw) else f"{self.raw} → {self.value}"
        if not self.value:
            shown = f"{self.raw} → ?"
        if self.warning is None:
            return shown
        if current_language() == "zh_CN":
            return f"{shown}（{self.warning.text}）"
        return f"{shown} ({self.warning.text})"


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
    if not raw:
        return Reading(raw, "")
    words = READ_EMPTY if field in UNREAD_FIELDS else SKIPPED
    return Reading(raw, "", Message(f"unreadable_{kind}", words[kind]))


def read_date(raw: str, order: str, settled: bool, field: str | None = "order_date"
              ) -> Reading:
    found = parse_date(raw, order)
    if found is None:
        return _unreadable(raw, field, "date")
    other = None if settled else _other_way(raw, found)
    if other is None:
        return Reading(raw, found.isoformat())
    return Reading(raw, found.isoformat(), Message("ambiguous_date", N_(
        "{order}; could be {this} or {other} — change it in Settings → General"),
        {"order": tr(ORDER_WORDS.get(order, ORDER_WORDS["mdy"])), "this": day_text(found),
         "other": day_text(other)}))


def read_amount(raw: str, field: str | None = "amount", mark: str = "") -> Reading:
    value, currency = parse_amount(raw, mark)
    if value is None:
        return _unreadable(raw, field, "amount")
    return Reading(raw, f"{value:,.2f}" + (f" {currency}" if currency else ""))


def read_cell(field: str | None, raw: str, order: str = "mdy", settled: bool = True,
              mark: str = "") -> Reading:
    """A previewed cell of a column mapped to `field` as the import reads it; a date column
    read with `order`, which the column itself `settled` or only the setting chose; a figure
    with the decimal `mark` its column or sheet settles (core.ledger.amounts.decimal_mark)."""
    if field in DATE_FIELDS:
        return read_date(raw, order, settled, field)
    if field in AMOUNT_FIELDS:
        return read_amount(raw, field, mark)
    if field == "quantity":
        number = parse_number(raw, mark)
        return Reading(raw, "" if number is None else f"{number:g}")
    return Reading(raw, raw)
