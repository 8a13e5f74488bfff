"""A line the clerk cancelled in its note (备注 已取消), in a book with no status column or
with its status cell blank.

Istanbul Hediyelik's YW25-0058, 17,300 USD, its 备注 "已取消" in a book without a 状态 column:
read as a live sale, it was 17,300 open, 93 days past due and the buyer, who owed nothing,
on the black list (rv56b s5; six paid buyers in a year's books). A 状态 cell of 已取消 was
read as cancelled all along. So a note that says its own line or order is cancelled (已取消,
取消, 订单取消, 客户取消, 客户取消订单, 作废, cancelled, canceled, void; the status column's
words, core.ledger.normalise.CANCEL_ZH / CANCEL_EN, one list) is read as that cell would be,
where the row's status cell says nothing: a status the clerk wrote is the row's own word.

Not read, the line standing as before: a note cancelling part of it (取消500个, 部分取消,
取消一个颜色), another order (原订单PO-12已取消，改下本单; 取消后重新下单: the row is the new
order), a payment or its plan (取消定金, 付款计划取消), or one denying or asking (未取消,
不取消, 取消？): each part of the note that names a cancellation must be no more than the
cancellation itself (:data:`_WHOLE`), and no part may speak of another order, a re-order or
a part of the goods (:data:`_ELSEWHERE`). Money received on such a row stays the buyer's, as
a 状态 已取消 row's does. The import report names each row (:func:`cancelled_messages`).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from core.i18n import N_
from core.ledger.cancelled_shares import share_messages
from core.ledger.layout import SheetLayout
from core.ledger.lots_called_off import called_off
from core.ledger.normalise import (
    CANCEL_EN,
    CANCEL_ZH,
    REINSTATED,
    fold,
    line_status,
    parse_status,
    word_text,
)
from core.ledger.paper_typos import DAY_WRITTEN
from core.ledger.record import (
    CUSTOMER_KEY,
    INVOICE_NO,
    NOTES,
    ORDER_NO,
    PRODUCT,
    ROW,
    SHIP_DATE_KNOWN,
    SHIP_SAID_NOT_YET,
    STATUS,
    STATUS_TEXT,
    Record,
)
from core.ledger.successor_words import successors
from core.messages import Message

_CANCELLED = "cancelled"
# a part of a note that is the cancellation alone: whose (本单, 订单, 客户), done (已, 已被, 了)
# (a day beside it gone: 已于取消, 客户于取消, 取消于), how the buyer said it (客户邮件取消)
_WHOLE = re.compile(
    rf"(?:本|此|该|这)?(?:订单|单|合同)?(?:客户|买家|买方)?(?:已经?|已被|被)?于?(?:客户|买家|买方)?"
    rf"(?:邮件|电话|微信|书面|口头)?(?:通知)?(?:{CANCEL_ZH})了?(?:订单|本单|此单|该单|合同)?了?于?"
    rf"|(?:(?:the |this )?(?:order|po|contract|invoice) )?(?:(?:was|is|has been|been) )?"
    rf"(?:(?:customer|buyer|client) )?(?:{CANCEL_EN})"
    rf"(?: (?:by|per) (?:the )?(?:customer|buyer|client))?(?: order)?")
# anywhere in a note: another order or a re-order, a part of the goods, or a question: the
# cancellation is not this line's (a payment's or a colour's is no whole part: _WHOLE; a
# reason or what became of the deposit beside it, 颜色不对, 定金已退, is the line's own)
_ELSEWHERE = re.compile(
    r"原订单|原单|旧单|之前|上一?单|取消后|(?:改|重新|另|再|补)下|重下|新单|部分|一半|其中|[?？]"
    r"|(?<![a-z])(?:re-?order\w*|new order|part\w*|instead|replaced)(?![a-z])")
_PARTS = re.compile(r"[,，;；。、/|\n]+")
_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
# a day beside the word (3/5客户取消, 客户3/5取消, 3月5日, 2025-03-05) or a month (5月恢复出货),
# read in the folded note, its spaces kept. Straight after the cancel word n/m is a share of the
# goods (取消1/2, 已取消3/5，其余照常出货: a part cancelled, still owed; rv57a s200 a, d: 10,000
# black read as nothing owed): a day there is set apart (已取消 3/5, 取消于3/5), not a range (3-5)
_AFTER = "|".join(CANCEL_ZH.split("|"))  # each two characters: one lookbehind
_NOT_AFTER = "".join(f"(?<!{word})(?<!{word}于)(?<!{word} )" for word in CANCEL_ZH.split("|"))
_DATE = re.compile(rf"{_NOT_AFTER}(?<![\d/.-]){DAY_WRITTEN}"
                   rf"|(?<={_AFTER})(?:\s*于\s*|\s+)(?!\d{{1,2}}\s*-)(?:{DAY_WRITTEN})"
                   rf"|\d{{1,2}}月(?:份|初|中|底)?")


def _dayless(note: str) -> str:
    """A note's words (normalise.word_text) without the days beside them (:data:`_DATE`)."""
    return word_text(_DATE.sub("", fold(note)))


# a part naming the row's own style before its cancellation (此款已取消: that line alone)
_THIS_STYLE = re.compile(r"(?:本|此|该|这)款")


def says_cancelled(note: object, product: object = None) -> bool:
    """Does a note say its own line or order is cancelled (the module's docstring)? On the
    row's own line (`product`: its 品名) a part may name that product or style first
    (灯罩已取消, 此款已取消): that line alone, as 已取消 there is; before, read as no
    cancellation, the 4,000 line of a 10,000 order stayed owed (rv56d s147 g3, g5). A line
    below taking its order's note (core.ledger.filled_down) passes none: 此款 is not its."""
    if not isinstance(note, str) or parse_status(note) != _CANCELLED:
        return False
    if _ELSEWHERE.search(word_text(_successor_less(note))):
        return False
    parts = [p.strip() for p in _PARTS.split(_BRACKETED.sub(" ", _dayless(note)))]
    if product is not None:
        parts = [_own_named(p, word_text(product) if isinstance(product, str) else "")
                 for p in parts]
    said = [p for p in parts if parse_status(p) == _CANCELLED]
    return bool(said) and all(_WHOLE.fullmatch(p) for p in said)


def _successor_less(note: str) -> str:
    """A note without the order it names as this one's successor (客户取消，重新下单PO-R2,
    改成新单PO-R5): the re-order is another order's, this row the one cancelled. Read with
    the re-order's words, the row was the new order and stayed owed: PO-R1 10,000, 60 days,
    watch, where the buyer's wire paid PO-R2 (rv59a s253b g2). A re-order named by no number
    (取消后重新下单) or an old order named (原订单PO-12已取消) still makes the row the new one."""
    for found in reversed(successors(note)):
        note = note[:found.start()] + " " + note[found.end():]
    return note


def _own_named(part: str, product: str) -> str:
    """A note's part without the row's own product or style named before its word."""
    if product and part.startswith(product):
        return part[len(product):].strip()
    return part[3:] if _THIS_STYLE.match(part) else part


# a part of a note that is the order standing again, nothing else (恢复出货, 已恢复, 订单恢复,
# 客户又恢复订单): not the words a status cell's reinstatement reads (normalise._STANDS) over a
# free note, where 客户恢复联系, 恢复原价, 待恢复, 发票重开 and 取消，不再恢复 brought cancelled
# orders back as owed (rv56f s162, s165: 0 → 10,000, 91 days, black)
# (客户确认恢复出货, 4/2起恢复出货, 恢复出货（客户重新确认）: rv57a s200 b, 10,000 black read as 0)
_BACK = re.compile(r"(?:本|此|该|这)?(?:订单|单)?(?:客户)?(?:确认|同意|决定|通知)?(?:已经?|又)?"
                   r"(?:于|从)?(?:起|开始)?"
                   r"(?:恢复(?:出货|发货|订单|生产出货)?|(?:订单|本单)(?:已经?)?恢复)了?"
                   r"(?:\((?:客户)?(?:已经?)?(?:重新|再次)?(?:确认|同意)了?\))?"
                   r"|(?:order )?(?:was |is |has been )?reinstated"
                   # beside it: goes on or went (恢复，照常出货; 4/2恢复出货，5/10已出), or
                   # the buyer's word on it (4/2起恢复出货，客户确认: rv57c s216, 0 → 10,000)
                   r"|(?:照常|正常|继续)(?:出货|发货|生产)?"
                   r"|(?:客户|买家|买方)(?:已经?)?(?:重新|再次)?确认了?"
                   r"|(?:已经?)(?:出货?|发货?|出运|开船|走货)了?")


def noted_status(note: object, product: object = None) -> str | None:
    """The status a note gives a row whose status cell says nothing: cancelled
    (:func:`says_cancelled`), or the order standing again in so many words, every part of the
    note that speaks of it no more than that (:data:`_BACK`: 恢复出货, 已恢复). A line cancelled
    in March's note and listed again in April noted 恢复出货 was left cancelled (rv56d s145:
    10,000 owed, 91 days, read as nothing), where the same word in a status column lifts the
    cancellation (normalise.REINSTATED); a later listing saying nothing still does not
    (normalise.STANDS: most often a copied row)."""
    if says_cancelled(note, product):
        return _CANCELLED
    if not isinstance(note, str) or line_status(note) != REINSTATED:
        return None
    said = [p for p in (p.strip() for p in _PARTS.split(_dayless(note))) if p]
    back = [i for i, p in enumerate(said) if "恢复" in p or "reinstated" in p]
    # the cancellation it lifts may come first (取消，4/2又恢复出货), never after it
    return REINSTATED if back and all(_BACK.fullmatch(p) or i < back[0] and _WHOLE.fullmatch(p)
                                      for i, p in enumerate(said)) else None


def with_noted(statuses: list[tuple[Any, ...]], notes: Sequence[object],
               products: Sequence[object]) -> list[tuple[Any, ...]]:
    """A sheet's rows' statuses (core.ledger.sheet_fields.status_of), a row whose status cell
    says nothing read as its note says of its own line (:func:`noted_status`)."""
    if not any(notes):  # a ledger without a notes column: no row's pair made (perf59a)
        return statuses
    named = [(note, product or "") for note, product in zip(notes, products, strict=True)]
    said = {pair: noted_status(*pair) for pair in set(named) if pair[0]}
    if not any(said.values()):  # most sheets: no note says so, each distinct pair asked once
        return statuses
    return [(s[0], said[pair], *s[2:]) if s[1] is None and pair[0] and said[pair] else s
            for s, pair in zip(statuses, named, strict=True)]


def cancelled_messages(sheet: str, records: Iterable[Record], layout: SheetLayout | None = None
                       ) -> list[Message]:
    """The import report's note of each row of a sheet read as cancelled by its note, and of
    each cancelling a share of its line (core.ledger.cancelled_shares: the sheet's `layout`
    says which n/m can be the cancel's day)."""
    records = list(records)
    return said_cancelled(sheet, ((r[ROW], r[STATUS], r[STATUS_TEXT], r[NOTES], r[PRODUCT])
                                  for r in records)) + called_off_messages(sheet, (
        (r[ROW], (r[CUSTOMER_KEY], r[ORDER_NO], r[INVOICE_NO]), r[STATUS], r[STATUS_TEXT],
         r[NOTES], r[PRODUCT], r[SHIP_DATE_KNOWN] == SHIP_SAID_NOT_YET) for r in records)
    ) + share_messages(sheet, records, layout)


def called_off_messages(sheet: str, rows: Iterable[tuple[int, Hashable, str | None,
                                                        str | None, object, object, bool]]
                        ) -> list[Message]:
    """The import report's note of each later lot of a sheet read as called off by a row of
    its invoice (lots_called_off.called_off: 只发一批), from rows as (row, invoice, status,
    status cell, note, product, not shipped): its 2,640 gone from the sales, and any money on
    it on account, the clerk sees why."""
    rows = list(rows)
    off = called_off([(invoice, note, status == _CANCELLED and not text and unsent
                       and not says_cancelled(note, product or ""))
                      for _, invoice, status, text, note, product, unsent in rows])
    return [Message("lot_called_off", N_(
        "Sheet “{sheet}” row {row}: a later lot not shipped, its order's rest called off "
        "(备注 “{note}”): read as a cancelled line, no sale; money received on it is the "
        "buyer's, on account."), {"sheet": sheet, "row": row[0], "note": calling})
        for row, calling in zip(rows, off, strict=True) if calling is not None]


def said_cancelled(sheet: str, rows: Iterable[tuple[int, str | None, str | None, object,
                                                    object]]) -> list[Message]:
    """:func:`cancelled_messages` of rows as (row, status, status cell, note, product)."""
    return [Message("cancelled_in_note", N_(
        "Sheet “{sheet}” row {row}: cancelled in its note (备注 “{note}”): read as a cancelled "
        "line, as 已取消 in a status column is: no sale, nothing owed."),
        {"sheet": sheet, "row": row, "note": note}) for row, status, text, note, product in rows
        if status == _CANCELLED and not text and says_cancelled(note, product or "")]
