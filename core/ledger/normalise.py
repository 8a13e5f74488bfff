"""Cells to values: matching keys for names and headers, display text, flags, statuses.

Everything here runs once per cell, so it stays pure and cheap: regexes are compiled once,
ASCII text skips Unicode normalisation, and the few words a column can hold are looked up in
sets. Amounts live in :mod:`core.ledger.amounts` and dates in :mod:`core.ledger.dates`; both are
re-exported so callers need one import.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time

from core.ledger.amounts import (
    excel_shown,
    header_currency,
    parse_amount,
    parse_currency,
    parse_number,
    strip_header_currency,
)
from core.ledger.dates import DateOrder, from_serial, infer_date_order, parse_date
from core.ledger.name_typing import bracket_spacing, stop_spacing
from core.ledger.unsure_words import surely

__all__ = [
    "DateOrder",
    "cell_text",
    "customer_key",
    "doc_status",
    "fold",
    "fold_header",
    "from_serial",
    "header_currency",
    "infer_date_order",
    "is_credit_note",
    "line_status",
    "parse_amount",
    "parse_currency",
    "parse_date",
    "parse_flag",
    "parse_number",
    "parse_status",
    "plain_name",
    "strip_header_currency",
]

# Zero-width characters that survive NFKC and make two identical-looking names differ.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
# Other invisible format marks a name copied from a web page, an e-mail signature or a chat
# brings along: the soft hyphen, left-to-right and right-to-left marks (an Arabic or Hebrew
# signature), bidirectional embeddings and isolates. Only customer keys drop them: order
# numbers and products keep their keys (a stored line is known again by them).
_FORMAT_MARKS = dict.fromkeys(map(ord, "\u00ad\u061c\u180e\u200e\u200f\u202a\u202b\u202c"
                                       "\u202d\u202e\u2061\u2062\u2063\u2064\u2066\u2067"
                                       "\u2068\u2069"))
_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """The key two spellings of one name share: full-width, case and spacing don't count,
    while punctuation does (merging "Co., Ltd." with "Company Limited" is the user's call)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    elif text.isprintable() and " " not in text:  # no whitespace to collapse: most ids
        return text.casefold()
    return " ".join(text.casefold().split())


def fold_many(texts: Sequence[str]) -> list[str]:
    """fold() of each text. A column of order numbers is thousands of plain ids (ASCII,
    printable, without whitespace, whose fold is casefold()): when every text is one, they
    are casefolded joined, in one call, not one call each. The joined text's words counted
    took " PO-1" (folded "po-1") and "a\nb" beside "" for plain ids: now a space or a line
    break of a text's own sends the column to the text-by-text path (perf55a)."""
    joined = "\n".join(texts)
    if (joined.isascii() and " " not in joined and joined.count("\n") == len(texts) - 1
            and joined.replace("\n", "").isprintable()):
        return joined.casefold().split("\n")
    return [text.casefold() if text.isascii() and text.isprintable() and " " not in text
            else fold(text) for text in texts]  # a 合计 among them: fold's plain path inline


def fold_header(text: str) -> str:
    """Headers differ by firm in punctuation and spacing too ("Order No." / "ORDER-NO")."""
    return _NOT_WORD.sub("", fold(text))


# A space beside a Chinese character: Chinese is written without spaces between words, so
# "深圳市 华美贸易" (a space typed or pasted from a chat) is "深圳市华美贸易".
_HAN_SPACE = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff]) | (?=[\u3400-\u9fff\uf900-\ufaff])")


def customer_key(name: str) -> str:
    """Only the differences a clerk's typing makes, and what nobody sees: "ABC Trading" pasted
    with a right-to-left mark is the same buyer, though it printed as a second "ABC Trading"
    of its own, and so are "深圳市 华美贸易", "ABC Trading（HK）" and "ABC Trading [HK]" beside
    "ABC Trading (HK)" (spaces beside Chinese characters go after the brackets' spacing).
    A legal form's full stop ending the name and the spaces after a comma or full stop are
    typing too: "Golden Bridge Co." is "Golden Bridge Co", "Co., Ltd." "Co.,Ltd" (rv50a;
    core.ledger.name_typing). Anything more is a user-confirmed merge."""
    if name.isascii():
        return stop_spacing(bracket_spacing(fold(name)))
    key = stop_spacing(bracket_spacing(fold(name.translate(_FORMAT_MARKS))))
    return _HAN_SPACE.sub("", key)


def plain_name(name: str) -> str:
    """A name as shown without what customer_key drops that nobody sees or reads (the marks
    nobody sees, spaces beside Chinese characters; brackets and full stops are shown as
    typed): 张伟 pasted with a right-to-left mark and "张 伟" are shown as 张伟, one
    salesperson under one name."""
    if name.isascii():
        return " ".join(name.split())
    return _HAN_SPACE.sub("", " ".join(name.translate(_FORMAT_MARKS).split()))


def cell_text(value: object) -> str | None:
    """Text for display and ids: Excel turns typed order numbers into 12346.0, which must read
    back as "12346"; case and width are kept because the user sees this. A number beyond a
    float's exact digits keeps them (123456789012345678 is 123456789012345696): read
    otherwise, an order a database holds under them was a second order when a later file
    listed it again; core.ledger.long_numbers names it, :func:`quoted_text` quotes Excel's."""
    if value is None:
        return None
    if isinstance(value, str):
        text = " ".join(value.split())
        return text or None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text or None


QUOTED_CHARS = 40  # a cell quoted in a message: a paragraph or 1e300's 301 digits buried it


def quoted_text(value: object) -> str:
    """A cell's text as a message quotes it: cut to QUOTED_CHARS, "…" after; a whole number
    beyond what a float holds exactly as Excel shows it, to its 15 digits (a card number
    6222021234567890123 in 金额 was quoted 6222021234567889920, digits nobody typed)."""
    text = excel_shown(value) or cell_text(value) or ""
    return text if len(text) <= QUOTED_CHARS else text[:QUOTED_CHARS] + "…"


_TRUE_WORDS = frozenset(
    {
        "是", "是的", "对", "有", "y", "yes", "true", "t", "1", "1.0", "√", "✓", "✔", "☑", "✅",
        "x", "ok", "试单", "试订单", "样单", "样品单", "trial", "trial order", "sample",
        "sample order", "信保", "中信保", "已投保", "已信保", "投保", "insured", "sinosure",
    }
)  # fmt: skip
_FALSE_WORDS = frozenset(
    {
        "", "否", "不", "不是", "无", "没有", "非", "n", "no", "false", "f", "0", "0.0", "-", "--",
        "—", "/", "none", "null", "nil", "n/a", "na", "非试单", "正常", "正式", "正式订单",
        "normal", "regular", "未投保", "uninsured", "✗", "✘",
    }
)  # fmt: skip


def parse_flag(value: object) -> bool | None:
    """Yes/no columns (试单, 信保). An empty cell in such a column means "no"; an unknown
    word stays None so the caller can report it rather than guess."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return True if value == 1 else False if value == 0 else None
    if not isinstance(value, str):
        return None
    key = fold(value)
    if key in _TRUE_WORDS:
        return True
    if key in _FALSE_WORDS:
        return False
    return None


# Cells that stand for an empty cell, whatever the column: the few marks clerks write for
# "nothing here". (A yes/no column reads more as "no": "F", "0", "正常", which in a name
# column may well be somebody's initial or code.)
EMPTY_MARKS = frozenset({"-", "--", "—", "/", "无", "没有", "n/a", "none", "null", "nil"})


# Cells of a date or figure column saying "not yet": the empty cell's own meaning (not shipped,
# not received, not due yet), so read as empty without being named as unreadable.
NOT_YET = frozenset({"tba", "tbd", "tbc", "待定", "未定", "未出货", "未发货", "未出运", "未收",
                     "未收款", "未到账", "未回款", "pending", "not yet", "not shipped",
                     "not received"})


def not_yet(value: object) -> bool:
    """Does a cell say its date or figure is not there yet ("TBA", "待定", "未出货")?"""
    return isinstance(value, str) and fold(value) in NOT_YET


def placeholder(value: object) -> bool:
    """Does a name cell say it is empty? "-", "/", "无", "N/A" name nobody: no salesperson
    called "-" with a copy of every list of its own."""
    return isinstance(value, str) and placeholder_key(fold(value))


def placeholder_key(key: str) -> bool:
    """placeholder() of a text whose fold is `key`: a name column folds its names anyway."""
    return key in EMPTY_MARKS


def name_text(value: object) -> str | None:
    """A name cell's text (cell_text); a placeholder names nobody."""
    text = cell_text(value)
    return None if text is None or placeholder(text) else text


# A cancellation word not negated before it: 未/不/没有/无法取消, "no cancellation", "won't
# cancel"; 退单 (the buyer withdrew the order), 废单, 删单 and the shipping "CXL" say it too.
# A voided cheque is a payment that failed, not an order that did. (The words: cancelled_notes.)
CANCEL_ZH = "取消|作废|撤销|撤单|退单|废单|删单"
CANCEL_EN = r"cancel\w*|cxl(?![a-z])|void(?:ed)?(?![a-z])(?! (?:cheque|check|chq))"
_CANCELLED = re.compile(
    r"(?<![未不没非无])(?<!没有)(?<!并未)(?<!从未)(?<!不能)(?<!不可)(?<!无法)(?<!不要)(?<!不用)"
    rf"(?<!不予)(?<!无需)(?<!不必)(?:{CANCEL_ZH})|(?<![a-z])(?<!not )(?<!no )(?<!never )"
    rf"(?<!n't )(?<!n’t )(?<!un)(?:{CANCEL_EN})")
# Beside a cancellation word, a cell saying the order stands after all or in part: restored,
# the invoice voided and reissued, shipped anyway, the cancellation refused, half of it
# cancelled. Cancelling the line would drop every unit it is still owed.
_STANDS = re.compile(
    r"(?<![不没未])(?:恢复|重开|重新开)|但已?(?:出货|发货|出运)|reinstat|but (?:already )?shipped"
    r"|(?:一半|部分)(?:取消|作废)|(?:取消|作废)了?(?:一半|部分)"
    r"|(?<![a-z])(?:part(?:ly|ial|ially)?|half) ?cancel|cancel\w* (?:in )?(?:part|half)(?![a-z])"
    r"|cancel\w* (?:was |is |has been )?(?:refused|rejected|denied|withdrawn|revoked)"
    r"|(?:取消|撤单|退单)(?:申请|要求)?(?:已?被|遭)(?:拒|驳回)"
    r"|(?:拒绝|不同意|不接受)(?:取消|撤单|退单)|撤销取消"
)
_DISPUTED = re.compile(
    r"(?<![无没])(?<!没有)(?:争议|纠纷|索赔|客诉)"
    r"|(?<![a-z])(?<!no )(?<!not )(?<!non-)(?<!non )(?<!without )(?:claim\w*|disput\w*)"
)


def word_text(value: str) -> str:
    """A status or type cell's words without the spaces beside Chinese characters: a clerk
    lines up two-character words with the column's 已取消 (取  消, 收  款, as 姓  名 on a form),
    which read as a plain word, the cancelled order owed and late (break33), or a wire's row
    dropped (files33); 未 取消 read as cancelled. One reading for the status words here and
    the receipt words (core.ledger.typed_rows.is_receipt)."""
    text = fold(value)
    return text if text.isascii() else _HAN_SPACE.sub("", text)


def parse_status(value: object) -> str | None:
    """Cancelled or disputed orders change the figures; a trial is its own column, not a
    status. A cell saying both is cancelled: a cancelled order leaves every figure anyway.
    A cell that names a cancellation only to say the order stands is not one (:data:`_STANDS`):
    a false cancellation drops what a late payer owes, and the black list with it."""
    if not isinstance(value, str):
        return None
    text = word_text(value)
    if not text:
        return None
    if _CANCELLED.search(text) and not _STANDS.search(text):
        return "cancelled"
    if _DISPUTED.search(text):
        return "disputed"
    return None


# A filled status cell reading as neither cancelled nor disputed ("正常", "shipped", 上月结转):
# the order stands. Stored as NULL, as before; in the merge (:func:`later_status`) it lifts a
# stored dispute, never a cancellation: next month's 正常 is most often the template's default
# or the row copied from before the cancellation.
STANDS = "stands"
# A filled status cell saying in so many words that the order stands again (:data:`_STANDS`:
# 已恢复, 重开, reinstated, 取消被拒): it lifts a cancellation wherever it is written, on a
# later tab, on a row carried onto next month's file or on a later file's row. Stored NULL.
REINSTATED = "reinstated"


def line_status(value: object) -> str | None:
    """:func:`parse_status`, else :data:`REINSTATED` or :data:`STANDS` for a filled cell
    saying neither. A placeholder ("-", "/", "无") says nothing, as a blank does."""
    status = parse_status(value)
    if status is None and isinstance(value, str) and not placeholder(value):
        text = word_text(value)
        if text:  # not 恢复出货待客户确认, as in a note (cancelled_notes.noted_status)
            return REINSTATED if _STANDS.search(text) and surely(text, _STANDS.search) else STANDS
    return status


def stands(status: str | None) -> bool:
    """Does a line's status (:func:`line_status`) say the order stands, plainly or again?"""
    return status in (STANDS, REINSTATED)


def later_status(before: str | None, said: str | None, carried: bool,
                 own: bool = False) -> str | None:
    """A line's status once a later row says `said` of it (None: a blank cell), on a later tab
    of its workbook or on a later file (`carried`: a row carried forward onto it, whose 上月结转
    or 未收款 is the carry's word). A blank keeps; a cancellation or dispute replaces (a later
    tab's 已取消 cancels an order an earlier tab showed open); REINSTATED lifts either; a plain
    word (STANDS) lifts a dispute on a row not carried, and a cancellation only on the row that
    wrote it, read again from its file (`own`: the clerk's correction, core.ledger.own_rows),
    where a blank lifts it too: the clerk cleared the 已取消 the row said."""
    if said is None:
        return None if own and before == "cancelled" else before
    if said == STANDS and (carried or (before == "cancelled" and not own)):
        return before
    return said


_NO_CREDIT = r"(?<![a-z])(?<!no )(?<!not )(?<!non-)(?<!tax )(?<!vat )"
# a refund (退款, refund): a credit note's word in a type or status cell, but on a sale's own
# row what became of the sale's money (:func:`credit_beyond_sale`)
_REFUND_WORD = rf"(?<![无未不没非])退款|{_NO_CREDIT}refund"
_CREDIT = (r"(?<![无未不没非])(?:折让|红字|红冲|冲红|贷项|贷记)"
           rf"|{_NO_CREDIT}(?:credit ?(?:note|memo)|c/?n(?![a-z0-9])|rebate)|{_REFUND_WORD}")
_CLAIM = r"|(?<![无没])(?<!没有)索赔|(?<![a-z])(?<!no )(?<!not )(?<!without )claim"
# goods returned: a document of that type lowers the account (in a status column it may say
# the whole order came back, which is not a credit for its full amount)
# (RMA: a return authorisation, the tab or document of goods sent back)
_RETURN = (r"|(?<![无未不没非])退货|(?<![a-z])(?<!no )(?<!not )returns?(?:ed)?(?![a-z])"
           r"|(?<![a-z])rmas?(?![a-z])")
# a reversing entry (冲销, 冲账, reversal) undoes a sale: in a document-type column only (in a
# status column "已冲销" may say the invoice was settled against a payment)
_REVERSAL = r"|(?<![无未不没非])(?:冲销|冲账)|(?<![a-z])(?<!no )(?<!not )revers(?:al|ing|ed)"
_CREDIT_TYPED = re.compile(_CREDIT + _CLAIM + _RETURN + _REVERSAL)
_CREDIT_STATUS = re.compile(_CREDIT)


def doc_status(value: object) -> str | None:
    """What a document-type cell says of the line's status: "cancelled" for a voided
    document (作废, void, 取消), else None. A voided invoice is no sale; one voided and
    reissued (作废重开) stands, and a claim there is a credit note, not a dispute."""
    return "cancelled" if parse_status(value) == "cancelled" else None


_RETURNED = re.compile(_RETURN[1:])
# A return refused (拒绝退货, 退货被拒, 退货申请被拒; refused): the goods and the money stayed
# where they were. Read by a status saying goods came back (says_returned) and by a return and
# refund (core.ledger.typed_rows.returned_and_refunded): one list.
REFUSED = r"拒绝|被拒|驳回|不予|(?<![a-z])(?:refused|rejected|declined)(?![a-z])"
# ... or the goods going out again: re-sent, made up or exchanged (退货重发, 退货补发, 退货换货;
# returned goods reshipped). Read as come back, a +2,000 row of R-1 was a credit note (review34c).
_NOT_BACK = re.compile(rf"{REFUSED}|退货(?:后|的货)?(?:重发|补发|换货|换新|重寄|再发)"
                       r"|(?<![a-z])(?:re-?ship|re-?sent|exchang)")


def says_returned(value: object) -> bool:
    """Does a cell say goods came back (退货, returned), not refused nor sent out again
    (_NOT_BACK)? In a status column: of the whole
    order on its own row, of some goods on a row of their own (core.ledger.sheet_fields.
    returns_apart)."""
    if not isinstance(value, str):
        return False
    text = fold(value)
    return bool(_RETURNED.search(text)) and not not_back(text)


def not_back(text: str) -> bool:
    """Does a folded text say a return was refused or its goods sent out again (退货被拒,
    退货重发, reshipped)? One list for says_returned and a sale's note naming a return's sum
    (core.ledger.noted_returns)."""
    return bool(_NOT_BACK.search(text))


# A return asked for, not made (申请退货, 退货申请中, return requested): on a sale's own row a
# notice of the sale, at most a dispute (:func:`parse_status`), no credit note. Read by a return
# and refund applied for too (core.ledger.typed_rows.returned_and_refunded): one list. Under way
# or awaiting approval is not done either (退款中, 处理中, 待财务审核, 待审批, in progress): read
# as sent, Rio's 2,000 owed back was shown none (refund36).
ASKED = (r"申请[^,，;；。]{0,2}?退货|退款(?:的)?申请|待[^,，;；。]{0,4}?审|退款中|处理中"
         r"|(?<![a-z])(?:requested|pending|applied for|application|awaiting|in progress)"
         r"(?![a-z])")
_ON_SALE = re.compile(rf"{_REFUND_WORD}|{ASKED}|退货[^,，;；。]{{0,2}}?申请")


_ASKED = re.compile(ASKED)


def credit_beyond_sale(value: object, *, claims: bool) -> bool:
    """Does a type or status cell on a sale's own row (core.ledger.sheet_fields.sale_rows)
    say a credit note by more than a refund (退款, the sale's money sent back: a sale stays a
    sale, the refund is money of its own) or a return asked for (申请退货, return requested)
    or not made (退货被拒, re-shipped: :func:`says_returned`)? Read as one, R-1's own 10,000
    row, paid, noted 已退款 turned into a 10,000 credit note: Rio shown 20,000 credit and
    revenue -5,000 (refund35); so did "return requested" and 拒绝退货 (break35a)."""
    if not isinstance(value, str):
        return False
    text = fold(value)
    if _ASKED.search(text) or not says_returned(text):
        text = _RETURNED.sub(" ", text)
    return is_credit_note(_ON_SALE.sub(" ", text), claims=claims)


def is_credit_note(value: object, *, claims: bool) -> bool:
    """Is the row a credit note by what its type or status cell says (折让, 退款, credit note)?

    A claim (索赔, claim) or a return (退货) is a credit note only in a document-type column
    (``claims``): in a status column a claim says the order is disputed (:func:`parse_status`),
    and turning a whole order under claim into a credit for its full amount would invert the
    customer's account.
    """
    if not isinstance(value, str):
        return False
    text = fold(value)
    return bool(text and (_CREDIT_TYPED if claims else _CREDIT_STATUS).search(text))
