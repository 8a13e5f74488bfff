"""Figure cells a clerk answers in words: "已收清" where the sum received goes, "-" or "无"
where the sum still owed goes.

A received cell saying 已收清, 全款 or "paid in full" means the row's amount came in, and one
saying 已收8000 that 8,000 came in; read as nothing (and only named as unreadable), the
customer owed it all and a good payer read as a late one. In an outstanding (未收金额, 欠款)
column a dash or 无 means nothing is owed; read as nothing, the received figure the column
gives was lost the same way. A received column whose
header names its own currency (已收金额(RMB)) is left as it is: the row's amount is in another.

A received cell written as a share ("30%", "已收30%") is that share of the row's amount: a
clerk booking a 30 % deposit writes it so. Read as a figure it was 0.3 of money (or nothing),
and a customer who had paid its deposit looked unpaid, onto the stop-loss list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from core.ledger.header_units import scaled
from core.ledger.normalise import fold, parse_amount, placeholder

# Exact texts (folded, without closing punctuation): a word inside a longer text ("未收清",
# "部分收款") says something else.
PAID_IN_FULL = frozenset({
    "已收清", "收清", "已结清", "结清", "已付清", "付清", "全款", "已收全款", "全额", "全额收款",
    "已全收", "已收齐", "收齐", "已收", "已付", "已付款", "已收款", "已到账", "全部到账",
    "paid", "paid in full", "fully paid", "full", "settled", "received", "full payment",
})  # fmt: skip


def paid_in_full(value: object) -> bool:
    """Does a received cell say the whole amount came in?"""
    return isinstance(value, str) and fold(value).rstrip(" .。!！") in PAID_IN_FULL


# "已收8000", "收到 8,000", "received: 8000": a figure after a word saying it came in.
_WORD = r"(?:已收(?:款|到)?|收到|已付(?:款)?|已?到账|received|paid)\s*[:：]?\s*"
_RECEIVED_WORD = re.compile(_WORD + r"(?=[\d(+.-])")


def said_figure(value: object, mark: str = "", scale: float = 1.0) -> float | None:
    """The figure a received cell writes after its word ("已收8000" is 8,000): read as
    nothing, the customer owed what it had paid. Only a figure naming no currency (the
    row's), and nothing after it ("收8000/欠2000" stays unread, and named); in the unit its
    header gives (`scale`: 已收(万元))."""
    if not isinstance(value, str):
        return None
    text = fold(value)
    word = _RECEIVED_WORD.match(text)
    if word is None:
        return None
    figure, named = parse_amount(text[word.end():], mark)
    return scaled(figure, scale) if figure is not None and figure > 0 and named is None else None


# "30%", "已收 30 %", "received 50%": a share of the row's amount, at most all of it.
_SHARE = re.compile(rf"(?:{_WORD})?(\d{{1,3}}(?:\.\d+)?)\s*%")


def said_share(value: object) -> float | None:
    """The share of the row's amount a received cell writes as a percentage (0.3 for "30%"),
    or None; more than 100 % is no share a clerk books."""
    if not isinstance(value, str):
        return None
    found = _SHARE.fullmatch(fold(value).rstrip(" .。"))
    share = float(found[1]) / 100 if found else None
    return share if share is not None and 0 < share <= 1 else None


def said_received(value: object, amount: float | None, mark: str = "", scale: float = 1.0
                  ) -> float | None:
    """The figure a received cell says in words: the row's (positive) amount, that share of
    it, or the figure after its word, or None."""
    if amount is not None and amount > 0:
        if paid_in_full(value):
            return amount
        share = said_share(value)
        if share is not None:
            return round(amount * share, 2)
    return said_figure(value, mark, scale)


def received_in_words(raw: Sequence[Any], distinct: set[Any], figures: list[float | None],
                      amounts: Sequence[float | None], mark: str = "", scale: float = 1.0
                      ) -> list[float | None]:
    """A received column with the rows that say it in words read as their amounts, or as
    the figure they write after the word."""
    said = {v for v in distinct if type(v) is str and (  # figures are read already
        paid_in_full(v) or said_share(v) is not None or said_figure(v, mark) is not None)}
    if not said:
        return figures
    return [said_received(v, a, mark, scale) if f is None and v in said else f
            for v, f, a in zip(raw, figures, amounts, strict=True)]


def outstanding_in_words(raw: Sequence[Any], distinct: set[Any], figures: list[float | None]
                         ) -> list[float | None]:
    """An outstanding column whose placeholders ("-", "/", "无") read as 0."""
    nothing = {v for v in distinct if placeholder(v)}
    if not nothing:
        return figures
    return [0.0 if f is None and v in nothing else f for v, f in zip(raw, figures, strict=True)]


def figures_in_words(columns: Any, distinct: dict[str, set[Any]], mark: str) -> None:
    """A sheet's figures (core.ledger.sheet_columns.SheetColumns, `columns`) in the header's
    unit (金额(万元)); 已收清 (the amount), 已收8000; "-" owed 0. `distinct`: each figure
    column's distinct cells; `mark`: the received column's decimal mark."""
    for name, scale in columns.layout.column_scale.items():
        if name == "amount":
            columns.amounts = [scaled(v, scale) for v in columns.amounts]
        else:
            values, named = columns.money[name]
            columns.money[name] = ([scaled(v, scale) for v in values], named)
    received, named = columns.money["received_amount"]
    if columns.header_currency["received_amount"] is None:
        columns.money["received_amount"] = (received_in_words(
            columns.raw_of("received_amount"), distinct["received_amount"], received,
            columns.amounts, mark, columns.layout.column_scale.get("received_amount", 1.0)),
            named)
    outstanding, named = columns.money["outstanding"]
    columns.money["outstanding"] = (outstanding_in_words(
        columns.raw_of("outstanding"), distinct["outstanding"], outstanding), named)
