"""Figure cells a clerk answers in words: "已收清" where the sum received goes, "-" or "无"
where the sum still owed goes.

A received cell saying 已收清, 全款 or "paid in full" means the row's amount came in; read as
nothing (and only named as unreadable), the customer owed it all and a good payer read as a
late one. In an outstanding (未收金额, 欠款) column a dash or 无 means nothing is owed; read as
nothing, the received figure the column gives was lost the same way. A received column whose
header names its own currency (已收金额(RMB)) is left as it is: the row's amount is in another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.ledger.normalise import fold, placeholder

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


def said_received(value: object, amount: float | None) -> float | None:
    """The figure a received cell says in words: the row's (positive) amount, or None."""
    return amount if amount is not None and amount > 0 and paid_in_full(value) else None


def received_in_words(raw: Sequence[Any], distinct: set[Any], figures: list[float | None],
                      amounts: Sequence[float | None]) -> list[float | None]:
    """A received column with the rows that say it in words read as their amounts."""
    said = {v for v in distinct if paid_in_full(v)}
    if not said:
        return figures
    return [said_received(v, a) if f is None and v in said else f
            for v, f, a in zip(raw, figures, amounts, strict=True)]


def outstanding_in_words(raw: Sequence[Any], distinct: set[Any], figures: list[float | None]
                         ) -> list[float | None]:
    """An outstanding column whose placeholders ("-", "/", "无") read as 0."""
    nothing = {v for v in distinct if placeholder(v)}
    if not nothing:
        return figures
    return [0.0 if f is None and v in nothing else f for v, f in zip(raw, figures, strict=True)]
