"""The untidiness of a hand-kept ledger, decided once per order so every month's file agrees.

Each feature touches a small minority of rows (a few percent), which is what the importer meets
in practice: mostly clean data with the odd text amount, text date or re-typed customer name.
"""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.sample.model import Order

P_NAME_VARIANT = 0.05
P_BLANK_ROW = 0.03
P_TEXT_DATE = 0.04
P_TEXT_AMOUNT = 0.04
P_SHOW_DUE = 0.75

TEXT_DATE_COLUMNS = ("下单日期", "出货日期", "收款日期")
TEXT_DATE_STYLES = ("slash", "chinese", "dash", "us")
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥"}


def full_width(text: str) -> str:
    """ASCII letters and digits as their full-width forms, as a Chinese IME sometimes types them."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def name_variant(rng: random.Random, name: str) -> str:
    """One of the re-typings a clerk produces: all caps, stray spaces, full-width first word."""
    style = rng.choice(("upper", "spaces", "fullwidth"))
    if style == "upper":
        return name.upper()
    if style == "spaces":
        return name.replace(" ", "  ", 1) + " "
    first, _, rest = name.partition(" ")
    return f"{full_width(first)} {rest}"


def text_date(d: date, style: str) -> str:
    """A date the way it is typed by hand rather than entered as an Excel date."""
    if style == "chinese":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "dash":
        return f"{d.year}-{d.month}-{d.day}"
    if style == "us" and d.day > 12:  # only where month/day cannot be confused
        return f"{d.month}/{d.day}/{d.year}"
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def text_amount(rng: random.Random, amount: float, currency: str) -> str:
    """An amount typed as text: with the currency symbol, or just with thousands separators."""
    plain = f"{amount:,.2f}"
    return CURRENCY_SYMBOLS[currency] + plain if rng.random() < 0.6 else plain


def add_messy_features(rng: random.Random, orders: list[Order]) -> None:
    for order in orders:
        name = order.customer.name
        order.name_shown = name
        if name.isascii() and rng.random() < P_NAME_VARIANT:
            order.name_shown = name_variant(rng, name)
        order.blank_before = rng.random() < P_BLANK_ROW
        order.show_due = rng.random() < P_SHOW_DUE
        if rng.random() < P_TEXT_DATE:
            order.text_date = (rng.choice(TEXT_DATE_COLUMNS), rng.choice(TEXT_DATE_STYLES))
        for line in order.lines:
            if rng.random() < P_TEXT_AMOUNT:
                line.amount_text = text_amount(rng, line.amount, order.customer.currency)
