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
from core.ledger.bank_charges import names_charge
from core.ledger.normalise import fold
from core.ledger.row_places import row_at
from core.messages import Listed, Message

# a write-off against the provision (冲坏账准备, 坏账准备转销) is one; the provision alone
# (坏账准备, "bad debt provision") and its risk (坏账风险) are money still owed
_SAYS = re.compile(r"冲销?坏账准备|坏账准备(?:转销|冲销)|坏账(?!准备|风险)|(?<![a-z])(?:bad[- ]?"
                   r"debts?(?! provision| risk)|written[- ]?off|write[- ]?offs?)(?![a-z])")
# ... not where a word right before it denies or avoids it, or makes it a provision or a
# recovery: 质量折让，避免坏账; 退货，不是坏账; 非坏账核销; 未核销坏账; "return, not a bad
# debt" (rv54e: credit notes read as write-offs); 计提坏账 (a provision); 收回已核销坏账
# (money back). What becomes a bad debt, or whose, may stand between (避免产生坏账, 以免形成
# 坏账, 避免客户坏账, "avoid becoming / potential bad debt", "not treated as bad debt": rv55d
# s40, ten credit notes watched as write-offs). A 收回 not done, no or not earlier in the
# clause is the write-off's reason, not its denial (rv55a: 款项收回无望作坏账核销, "No payment
# for 9 months - bad debt written off"; rv55d s41: 货款未收回作坏账核销, "Cannot recover -
# written off" dropped defaulters of 27,040 off the watch list). Samples or stock written off
# are goods, no debt.
_BEFORE = re.compile(
    r"(?:(?<!无法)(?<!不能)(?<!难以)(?<!未能)(?<!未)(?<!没)(?<!没有)收回|[无未不没非]|避免|防止|以免"
    r"|以防|计提)(?:已经?|需|须|必|用|再|予以?|作为?|做|为|是|属于?|算|按|核销|的|产生|形成|变成"
    r"|造成|成为|构成|计入|列入|客户|日后|今后)*$"
    r"|(?<![a-z])(?:no|not|never|non|without|avoid\w*|prevent\w*|(?<!not )(?<!cannot )"
    r"(?<!unable to )(?<!never )recover\w*|\w+n['’]t|samples?|stock|inventory)"
    r"(?:[\s-]+(?:a|an|the|any|yet|been|be|being|is|was|as|of|previously|becoming|potential"
    r"|possible|treated|counted|recorded|booked|considered))*[\s-]*$")
# ... or right after it: 坏账未核销, 坏账已收回, "bad debt not written off", "bad debt avoided"
# (not "bad debt not recoverable": the reason)
_AFTER = re.compile(r"(?:尚|暂|还)?(?:未|不|无需|无须|不予|没有?)(?:核销|转销|冲销)|已经?收回"
                    r"|\s*(?:(?:is|was|has|been|be)\s+)*(?:(?:not|never)(?![a-z])(?!\s+"
                    r"(?:recover|collect|paid|reachable))|avoided|prevented)")
_CLAUSE = re.compile(r"[,，;；。()（）\n]")
# a recovery in part, the rest then written off (坏账已收回10%，余款核销: rv55d s41 W02)
_REST = re.compile(r"(?:余|剩余|其余)(?:款|额|部分|货款|款项)?(?:作坏账|做坏账)?核销")
# a write-off not done: put off, refused or awaiting approval (坏账暂不核销, 不予核销, 核销申请
# 未批, "not written off yet - pending approval": rv55d s42), where no credit note's reason
# (折让, 退货, discount, 扣款, 索赔, bank charges) is given: the debt stays open, the row's money
# left out. A refusal or approval governs the write-off only in its own part of the note:
# 信保理赔被拒，坏账核销; "bad debt written off - customer refused to pay"; 坏账核销 客户倒闭
# 信保待批 are write-offs made for a reason (rv55h s91, s96: 27,040 black, 275 days).
_HELD = re.compile(r"(?:暂不|暂缓|暂未|不予|尚未|还未|未|不|没有?)(?:予以)?(?:核销|转销|冲销)"
                   r"|(?<![a-z])not (?:yet )?written[- ]?off(?![a-z])")
_REFUSED = re.compile(r"未(?:获)?批|待批|审批中|被拒|驳回|(?<![a-z])(?:pending|awaiting approval"
                      r"|not approved|rejected|refused)(?![a-z])")
_WRITE_OFF = re.compile(rf"核销|转销|冲销|{_SAYS.pattern}")
# ... or standing alone, after it (坏账核销 - 待批, "write-off - pending approval")
_ALONE = re.compile(r"\s*(?:申请|审批)?(?:未(?:获)?批|待批|审批中|被拒|驳回)"
                    r"|\s*(?:(?:pending|awaiting)(?: approval)?|not approved|rejected|refused)\s*")
_HELD_PARTS = re.compile(r"[,，;；。()（）\n]|\s+-\s+|\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+")
_CREDITED = re.compile(r"折让|折扣|让利|退货|退款|扣款|索赔|(?<![a-z])(?:discount|return|rebate"
                       r"|credit note|allowance|short[- ]?paid|short[- ]?payment)")
# a bad debt the note denies (不属于坏账, 非坏账, "not a bad debt": rv55h s90, seven deductions
# of 1,000 read as held, 87 days black) is no write-off to hold: the row is a credit note
_WRITING = re.compile(r"核销|转销|冲销|writ")


def says_written_off(text: object) -> bool:
    """Does a credit line's product or note say a bad debt written off (坏账核销, bad debt)?
    Words one right after another ("bad debt written off") are one phrase, denied together."""
    if not isinstance(text, str) or says_held(text):
        return False
    folded = fold(text)
    for clause in _CLAUSE.split(folded):
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
    return bool(_REST.search(folded) and _SAYS.search(folded))


def says_held(text: object) -> bool:
    """Does a credit line's product or note say a bad debt whose write-off is put off, refused
    or awaiting approval? Such a row is neither a write-off nor a credit note: its invoices
    stay open (core.analysis.write_offs.write_off)."""
    if not isinstance(text, str):
        return False
    folded = fold(text)
    if _CREDITED.search(folded) or names_charge(folded) or not any(
            _owned(clause) for clause in _CLAUSE.split(folded)):
        return False
    parts = _HELD_PARTS.split(folded)
    return any(_HELD.search(part) or _REFUSED.search(part) and _WRITE_OFF.search(part)
               or _ALONE.fullmatch(part) and any(map(_WRITE_OFF.search, parts[:i]))
               for i, part in enumerate(parts))


def _owned(clause: str) -> bool:
    """Does a clause name a bad debt it does not deny (坏账, not 非坏账 or "not a bad debt"; a
    write-off not made, 未核销坏账, still names one)?"""
    for word in _SAYS.finditer(clause):
        denied = _BEFORE.search(clause, 0, word.start())
        if denied is None or _WRITING.search(denied.group()):
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


def held_message(rows: Sequence[WrittenOffRow]) -> Message | None:
    """The import report's line on the rows whose write-off is put off or refused: their money
    is left out, the debt stays open."""
    if not rows:
        return None
    return Message("write_off_held", N_(
        "Write-offs not made (put off, refused or awaiting approval: 坏账暂不核销): each row's "
        "money is left out, its invoices stay open: {rows}."), {"rows": Listed([Message(
            "write_off_held_row", N_("{customer} {amount:,.0f} {currency} ({row})"), {
                "customer": r.customer, "amount": abs(r.amount), "currency": r.currency,
                "row": row_at(r.sheet, str(r.row))}) for r in rows])})
