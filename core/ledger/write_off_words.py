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

# a write-off against the provision (冲坏账准备, 坏账准备转销) is one; the provision alone
# (坏账准备, "bad debt provision") is money still owed
_SAYS = re.compile(r"冲销?坏账准备|坏账准备(?:转销|冲销)|坏账(?!准备)|(?<![a-z])(?:bad[- ]?debts?"
                   r"(?! provision)|written[- ]?off|write[- ]?offs?)(?![a-z])")
# ... not where a word right before it denies or avoids it, or makes it a provision or a
# recovery: 质量折让，避免坏账; 退货，不是坏账; 非坏账核销; 未核销坏账; "return, not a bad
# debt" (rv54e: credit notes read as write-offs); 计提坏账 (a provision); 收回已核销坏账
# (money back). A 收回, no or not earlier in the clause is the write-off's reason, not its
# denial (rv55a: 款项收回无望作坏账核销, 对方公司已注销无法收回坏账核销, "No payment for 9
# months - bad debt written off", "customer not reachable - written off" dropped seven
# defaulters of 27,040 off the watch list)
_BEFORE = re.compile(
    r"(?:(?<!无法)(?<!不能)(?<!难以)(?<!未能)收回|[无未不没非]|避免|防止|以免|计提)"
    r"(?:已经?|需|须|必|用|再|予以?|作为?|做|为|是|属于?|算|按|核销|的)*$"
    r"|(?<![a-z])(?:no|not|never|non|without|avoid\w*|prevent\w*|recover\w*|\w+n['’]t)"
    r"(?:[\s-]+(?:a|an|the|any|yet|been|be|being|is|was|as|of|previously))*[\s-]*$")
# ... or right after it: 坏账未核销, 坏账已收回, "bad debt not written off"
_AFTER = re.compile(r"(?:尚|暂|还)?(?:未|不|无需|无须|不予|没有?)(?:核销|转销|冲销)|已经?收回"
                    r"|\s*(?:(?:is|was|has|been|be)\s+)*(?:not|never)(?![a-z])")
_CLAUSE = re.compile(r"[,，;；。()（）\n]")


def says_written_off(text: object) -> bool:
    """Does a credit line's product or note say a bad debt written off (坏账核销, bad debt)?
    Words one right after another ("bad debt written off") are one phrase, denied together."""
    if not isinstance(text, str):
        return False
    for clause in _CLAUSE.split(fold(text)):
        words = list(_SAYS.finditer(clause))
        first = 0
        for i, word in enumerate(words):
            if i + 1 < len(words) and not clause[word.end():words[i + 1].start()].strip(" -"):
                continue  # the phrase goes on
            phrase = words[first:i + 1]
            if not _BEFORE.search(clause, 0, phrase[0].start()) and not any(
                    _AFTER.match(clause, w.end()) for w in phrase):
                return True
            first = i + 1
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
