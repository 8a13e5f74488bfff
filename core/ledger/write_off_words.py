"""The words of a bad debt written off (坏账核销, bad debt, written off), and the import
report's line on the rows that say them.

A negative row saying them is stored as a credit note is (a negative line on the order it
names); the analysis reads it as a write-off, not a credit note: the sale stands, the debt
closes from the row's day (core.analysis.write_offs). 核销 alone is not one: in Chinese books
it also says a receipt was matched against an invoice (收款核销, 已核销).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from core.i18n import N_
from core.ledger.normalise import fold
from core.ledger.row_places import row_at
from core.messages import Listed, Message

_SAYS = re.compile(r"坏账(?!准备)|(?<![a-z])(?:bad[- ]?debts?(?! provision)"
                   r"|written[- ]?off|write[- ]?offs?)(?![a-z])")
# ... not where its clause denies or avoids it, or speaks of a provision or a recovery: 质量折让，
# 避免坏账; 退货，不是坏账; "return, not a bad debt"; 折让 防止坏账 were credit notes read as
# write-offs (rv54e: revenue 9,000 → 10,000, the buyer watched); 计提坏账, 坏账准备 (a provision:
# still owed), 收回已核销坏账 (money back)
_NOT = re.compile(r"[无未不没非]$|避免|防止|以免|不是|并非|不属|不算|不按|不作|计提|收回"
                  r"|(?<![a-z])(?:no|not|never|avoid|prevent|recovered)(?![a-z])")
_CLAUSE = re.compile(r"[,，;；。()（）\n]")


def says_written_off(text: object) -> bool:
    """Does a credit line's product or note say a bad debt written off (坏账核销, bad debt)?"""
    if not isinstance(text, str):
        return False
    for clause in _CLAUSE.split(fold(text)):
        for word in _SAYS.finditer(clause):
            if not _NOT.search(clause[:word.start()]):
                return True
    return False


class WrittenOffRow(Protocol):
    """A row the report lists (core.ledger.record.RecordView)."""

    @property
    def sheet(self) -> str: ...
    @property
    def row(self) -> int: ...
    @property
    def customer(self) -> str: ...
    @property
    def amount(self) -> float: ...
    @property
    def currency(self) -> str: ...
    @property
    def written_off(self) -> str | None: ...


def written_off_message(rows: Sequence[WrittenOffRow]) -> Message | None:
    """The import report's line on the file's write-offs: each customer, sum and day."""
    if not rows:
        return None
    return Message("written_off", N_(
        "Bad debts written off (坏账核销), closing their invoices; the sales stand: {rows}."),
        {"rows": Listed([Message("written_off_row", N_(
            "{customer} written off {amount:,.0f} {currency} on {date} ({row})"), {
                "customer": r.customer, "amount": abs(r.amount), "currency": r.currency,
                "date": r.written_off, "row": row_at(r.sheet, str(r.row))}) for r in rows])})
