"""Rows whose document type changes their figures: credit notes written positive, and money
received (收款, 回款, receipt) that is no sale.

A credit note typed so but written positive is stored negative, with its cost, profit and
rebate.

An ERP's receivables export, or a clerk's ledger kept as one list of documents, puts the
customer's payments among its invoices: 类型 "收款单", the customer, the date, the sum in the
amount column. Read as a sale, a customer who paid was owed twice what it paid: a good payer
looked like a late one, its revenue counted the money twice. Such a row is stored as a line
worth nothing that received its sum on its date (its received date if it has one), so the
account pays the customer's oldest invoices with it, as any money received. The import report
names the rows (core.ledger.unread).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import eq, itemgetter

from core.ledger.normalise import ASKED, REFUSED, fold, parse_flag, says_returned, word_text
from core.ledger.payment_copies import payment_copies
from core.ledger.record import (
    AMOUNT,
    BALANCE,
    BALANCE_DATE,
    COST,
    CREDIT_NOTE,
    CREDIT_WRITTEN_POSITIVE,
    DEPOSIT,
    DEPOSIT_DATE,
    GROSS_PROFIT,
    NOTES,
    ORDER_DATE,
    RECEIVED,
    RECEIVED_DATE,
    ROW,
    SHEET,
    TAX_REBATE,
    Record,
)
from core.ledger.refund_words import (
    ASIDE,
    ASKED_REFUND,
    OFFSET_STEM,
    OFFSET_WORDS,
    REFUND_LATER,
    REFUND_SAID,
    is_refund,
)

# The whole cell must say a payment came in: "已收款" (paid already) on a sale's row is that
# sale's state, 应收款 (receivable) and 未收款 (not yet received) are debts, 退款 a refund,
# "payment terms" or a "payment reminder" no money at all.
_RECEIPT = re.compile(
    r"^(?:客户|银行|货款)?预?(?:收款|回款|到账|收汇|来款|进账|付款)(?:单|记录)?$"
    r"|^退汇(?:单|记录)?$"  # a wire returned: money of the customer's, sent back (is_refund)
    r"|^(?:customer |bank )?(?:(?:pre|down ?)?payment|receipt|remittance)s?"
    r"(?: received| in)?$"
    r"|^(?:t/?t|wire) (?:received|in)$"
)


REFUNDED = "退款"  # the type of every row of a list of refunds (core.ledger.refund_columns)
RETURNED = "退货退款"  # ... of a list of returns: goods and their money sent back (fix40e)
# ... of a list of returns' row whose refund column (退款金额) is blank: the goods back, their
# money not (yet): a credit note alone, owed to the buyer (money_kept says so: ref41)
RETURN_KEPT = "退货退款，款未退"


def is_receipt(value: object) -> bool:
    """Does a document-type cell say the row is money the customer paid? Its word spaced out
    (收  款) says it too, as a status word does."""
    return isinstance(value, str) and bool(_RECEIPT.match(word_text(value)))




# Money sent back that is no return: an overpayment (多付) or the payment itself (退货款, 退
# 货款): "退货款 多付" -3,000 was read as PO-1's return, revenue 12,000 where 15,000 (fx43a)
_MONEY_ONLY = re.compile(r"多付|多收|多汇|overpa(?:id|y)")
_PAYMENT_BACK = re.compile(r"退货款")


def overpaid(rows: Iterable[tuple[object, float | None, float | None]]) -> set[object]:
    """The orders a sheet's (order, amount, received) rows pay over what they sell them for:
    the only ones whose money sent back noted 多付 or 退货款 is no return (:func:`money_back`)."""
    due: dict[object, float] = {}
    paid: dict[object, float] = {}
    for order, amount, received in rows:
        if amount is not None and order is not None:
            due[order] = due.get(order, 0.0) + amount
        paid[order] = paid.get(order, 0.0) + max(received or 0.0, 0.0)
    return {order for order, sold in due.items() if paid[order] > sold + 0.005}


def money_back(received: float | None, note: object, kind: object, status: object,
               cancelled: bool = False, over: bool = False) -> bool | str:
    """Does a row's figure received below 0 say money went back: True where its note or type
    says so (退款, 退汇), or 多付 / 退货款 of an order paid `over` its amount (:func:`overpaid`)
    with no status saying 退货, or its order is `cancelled` (no sale to return: the deposit's
    refund), RETURNED where its status or note says its goods came back (退货: a return and its
    refund, as a 退货 list's refunded row is), else False. 退货款 on PO-1 paid 15,000 exactly
    was read as a refund: 3,000 open where credited (rv43e G2)."""
    if received is None or received >= 0:
        return False
    said = fold(note) if isinstance(note, str) else ""
    if is_refund(note) or is_refund(kind) or (over and not says_returned(status) and (
            _MONEY_ONLY.search(said) or (_PAYMENT_BACK.search(said) and not says_returned(
                _PAYMENT_BACK.sub(" ", said))))):
        return True
    back = says_returned(status) or says_returned(note)
    return (True if cancelled else RETURNED) if back else False


# Goods sent back and their money refunded, said of one row (退货退款, 退货并退款, 退货已退款,
# return and refund), or a refund without a return (未退货退款, 仅退款: an allowance): the sale
# lowered (a credit note) and the money (a refund) both. Read as a credit note alone, a buyer
# paid back was shown that much credit on account (Rio 2,000: refund35); as a refund alone,
# that much open on a sale of goods it no longer had (a good buyer watched).
_BOTH = re.compile(r"(?<![无未不没非])退货(?:并|及|和|且|已|后|、|/|\+)?退款"
                   r"|\breturn(?:ed)?(?: goods)? ?(?:and|&|\+|/) ?refund(?:ed)?\b"
                   r"|(?:未|没有?|不|无)退货(?:直接|只|仅)?退款|(?:仅|只)退款"
                   r"|\brefund(?:ed)? (?:only|without (?:a |the )?return)\b"
                   r"|(?:质量|品质)?索赔款?退款|(?:质量|品质)问题退款"
                   r"|\b(?:quality )?claim refund(?:ed)?\b")


# Words saying a return's money stayed with us: set against a later order (抵扣下批货款, 下个订单
# 扣, offset against next order), a named invoice, the goods' money or the account (抵R-2货款,
# 从R-2货款扣除, 冲应收, 已抵账, 与货款抵消, 对账单扣除, 客户付R-2时扣了; credited to account), or
# not paid yet (退款未付, 款未退, 待退): a credit note alone. Read as both, the buyer that paid
# the next order short by the return was shown the shortfall open, and watched. A fee taken off
# the refund (货款扣手续费后退回) or not refunded (未退运费, 未退的运费客户承担) keeps no money.
_SET_OFF = f"(?:{OFFSET_WORDS}|{OFFSET_STEM})"
_NEXT = r"(?:下|后续|以后|之后|新)[一个]?(?:批|单|次|笔|张|票|柜|订单)"
# what a sum is set against: an invoice or order named (R-2, PI-1001; not a sum, USD50), the
# goods' money or what is owed, the account or its statement, a payment the buyer made short
_AGAINST = (r"(?:(?!usd|rmb|cny|eur|hkd|gbp|jpy)[a-z]{1,6}[-/]?\d[0-9a-z/-]*|货款|应收|欠款"
            r"|账(?![户号])|付款)")
_NO_FEE = r"(?![^,，;；。]{0,3}?[费税])"
_KEPT = re.compile(
    rf"{_SET_OFF}[^,，;；。]{{0,3}}?{_NEXT}|{_NEXT}[^,，;；。]{{0,6}}?{_SET_OFF}"
    rf"|(?:{OFFSET_STEM})[^,，;；。]{{0,2}}?{_AGAINST}{_NO_FEE}"
    rf"|{_AGAINST}[^,，;；。]{{0,4}}?{_SET_OFF}{_NO_FEE}"
    r"|退款(?:未|尚未|还未|还没|没有?)(?:退|付|汇|打|支付)"
    r"|(?<![余尾运费税])款(?:未|尚未|还未|还没|没有?)退"  # not the buyer's balance, a fee
    r"|(?<![费税])(?:未|尚未|还未|还没|待)(?:退款|退回|退还|退|汇出|打款)"
    r"(?![货税费]|的?[^,，;；。]{0,3}?[税费])"
    r"|\b(?:offset|deducted|credited|set off|applied)\b(?:(?!bank)[^,;]){0,25}?"
    r"\b(?:next|future|later|following|new|invoice|account|balance|statement|receivables?"
    r"|[a-z]{1,6}-\d[0-9a-z/-]*)\b"
    r"|\bnot yet (?:paid|refunded|sent|remitted)\b|\bto be refunded\b|\brefund pending\b")


def money_kept(note: object) -> bool:
    """Does a return's note say its money was not sent back: set against a later order, or
    not paid yet?"""
    return isinstance(note, str) and bool(_KEPT.search(fold(note)))


# A return and refund only applied for or awaiting approval, not made yet (申请退货退款, 退货退款
# 申请中, 待审; pending, applied for, requested), or refused (normalise.REFUSED): no refund was
# made. Read as one, a buyer owed its money back was shown none owed. Done at the customer's
# request (应客户要求退货退款) or for a reason (quality claim) is made (review34c).
# ... or one to come (refund_words.REFUND_LATER: 下周退款, 退款客户说下周)
_ASKED = re.compile(f"{ASKED}|{REFUSED}|{REFUND_LATER}")
# ... unless the refund was made since (申请退货退款，已退款; requested, refunded)
_MADE = re.compile(r"已(?:退款|退回|退还|汇出|打款)|退款已(?:付|汇|退|打)|\brefunded\b")


# A refund said to be under way or asked for, not sent: 退款中, 退款申请中, 申请退款, refund in
# progress (normalise.ASKED).
_UNDER_WAY = re.compile(f"{ASKED}|{ASKED_REFUND}|{REFUND_LATER}")


def refund_under_way(note: object) -> bool:
    """Does a payment row's note say a refund is only under way or asked for (退款中, 申请退款,
    refund in progress), not made (:data:`_MADE`)? Such a row is no money sent back
    (:func:`as_receipts`), and beside a credit note of its sum no money at all (core.ledger.
    refunds_under_way)."""
    if not isinstance(note, str):
        return False
    text = fold(note)
    return bool(REFUND_SAID.search(text) and _UNDER_WAY.search(text)) and not _MADE.search(text)


# A refund cell's word saying the money went back, its sum not written: yes (是, y, √: normalise.
# parse_flag, but x, as often a cross as a tick), 已退…, refunded. Nothing else does: 不退, ×,
# 未付款, not refunded, pending, TBD or an unknown word sent none back (fix41a).
_NOT = re.compile(r"[未不没非无否]|(?<![a-z])(?:not|no|non)(?![a-z])")


def refund_word(text: str) -> bool:
    """Does a refund column's word say its money went back (是, 已退, refunded), not under way
    or asked for (:func:`refund_under_way`'s words), refused, kept or said no (:data:`_NOT`)?"""
    key = fold(text)
    if _UNDER_WAY.search(key) or _ASKED.search(key) or money_kept(key) or _NOT.search(key):
        return False
    goods_alone = key.startswith("已退货") and "款" not in key  # the goods came back (fr41c)
    return (parse_flag(key) is True and key != "x" or key.startswith("已退") and not goods_alone
            or bool(_MADE.search(key)))


def returned_and_refunded(value: object) -> bool:
    """Does a row's type or note say its goods came back and their money went back
    (退货退款)? Not where the refund is only spoken of (core.ledger.refund_words.ASIDE) or
    applied for (_ASKED)."""
    return isinstance(value, str) and refund_made(value) and bool(
        _BOTH.search(ASIDE.sub(" ", fold(value))))


def refund_made(value: object) -> bool:
    """Does a cell say money went back to the customer (:func:`is_refund`), not only applied
    for (_ASKED)? A credit note's note saying so (退货 noted 已退款, 贷项通知单 noted 退款) is an
    allowance and its money sent back, as 退货退款 says (fix35d: 2,000 credit shown)."""
    if not (isinstance(value, str) and is_refund(value)):
        return False
    text = fold(value)
    return not _ASKED.search(text) or bool(_MADE.search(text))


def both_lowered(records: list[Record], kinds: list[object]) -> list[Record]:
    """Each credit note or refund whose type (`kinds[i]` for `records[i]`) or note says goods
    returned and refunded, or a credit note whose note says its money went back
    (:func:`refund_made`), read as both on its row: a credit note of its sum, then a refund of
    it (as :func:`as_receipts` makes one) on its date received, or its date; a credit note alone
    where its note, or the type or status cell that said it, says the money was kept
    (:func:`money_kept`). A sale's row noting a return, or a sheet with neither: as it is."""
    if not any(r[CREDIT_NOTE] or (r[RECEIVED] or 0) < 0 for r in records):
        return records  # (most: no call a row, perf54a)
    out: list[Record] = []
    for record, kind in zip(records, kinds, strict=True):
        credit = bool(record[CREDIT_NOTE]) and record[AMOUNT] < 0
        if not (credit or (is_receipt_row(record) and record[RECEIVED] < 0)) or not (
                returned_and_refunded(kind) or returned_and_refunded(record[NOTES])
                or credit and refund_made(record[NOTES])):
            out.append(record)
            continue
        worth = abs(record[AMOUNT] if credit else record[RECEIVED])
        sale, money = refund_apart(record, -abs(record[RECEIVED] or worth))
        sale[AMOUNT], sale[CREDIT_NOTE] = -worth, 1
        kept = money_kept(record[NOTES]) or money_kept(kind)  # 类型 or 状态 退货退款，款未退
        out.extend((tuple(sale),) if kept else (tuple(sale), tuple(money)))
    return out


def refund_apart(record: Record, refund: float) -> tuple[list[object], list[object]]:
    """A row of goods sent back and of the money sent back for them as two: the goods' row
    without money, and a payment row of its own (no amount) of `refund` (negative), on its
    date received or else its date."""
    goods, money = list(record), list(record)
    money[AMOUNT], money[RECEIVED] = 0.0, refund
    money[RECEIVED_DATE] = record[RECEIVED_DATE] or record[ORDER_DATE]
    money[CREDIT_NOTE] = money[CREDIT_WRITTEN_POSITIVE] = 0
    money[COST] = money[GROSS_PROFIT] = money[TAX_REBATE] = None
    for values in (goods, money):
        values[DEPOSIT] = values[DEPOSIT_DATE] = values[BALANCE] = values[BALANCE_DATE] = None
    goods[RECEIVED] = goods[RECEIVED_DATE] = None
    return goods, money


def read_twice(first: Record, then: Record) -> bool:
    """Is `then` the refund :func:`both_lowered` made of `first`'s row, a credit note? One row
    the clerk typed, stored as two lines: the import counts it once (core.ledger.write_counts)."""
    return (then[ROW] == first[ROW] and then[SHEET] == first[SHEET] and bool(first[CREDIT_NOTE])
            and is_receipt_row(then) and then[RECEIVED] < 0)


def doubled(records: list[Record]) -> list[int]:
    """The indexes of the refunds :func:`both_lowered` made of a row (:func:`read_twice`)."""
    rows = [record[ROW] for record in records]  # a row read twice is on one row: few are
    return [i for i, (a, b) in enumerate(zip(rows, rows[1:], strict=False), 1)
            if a == b and read_twice(records[i - 1], records[i])]


def as_receipts(records: list[Record], typed: list[bool], kinds: list[object] | None = None,
                undated: list[int] | None = None) -> list[int]:
    """Each typed row (`typed[i]` for `records[i]`) made, in place, a line worth 0 that
    received its amount (as money in, whatever its sign) unless it names its received figure
    itself, on its date unless it names a date received; no cost. A row whose note says the
    money was sent back (退汇), or its type (`kinds[i]`), received it negative: a refund,
    which lowers what the customer paid (counted as money in, the returned wire paid the
    buyer's next invoice); not where its note says the refund is only under way or asked
    for (:func:`refund_made`): an ERP writes every receipt negative, and -5,000 "货款，退款申请
    中" read as money sent back put a buyer who paid onto the black list (note36). A credit
    note or refund whose words say goods returned and
    refunded is read as both (:func:`both_lowered`). The numbers of the typed rows read as
    money. First, a row copied from a sale to book another payment of its order is made that
    line's payment (:func:`core.ledger.payment_copies.payment_copies`). A refund written
    without its date received, typed or its own row (0 in 金额, -3,000 received), is counted
    on its row's date too, its row put in `undated` for the report to name: undated, an
    untyped refund was kept out of the account (MT-1 shown paid, 0 open where 3,000 is: ref40).
    """
    payment_copies(records, typed)
    undated = [] if undated is None else undated
    rows = []
    said: dict[object, bool] = {}  # each type word weighed once (a bank's list: one word)
    for i, record in enumerate(records):
        if not typed[i]:
            if (record[RECEIVED_DATE] is None and record[RECEIVED] is not None  # most: no
                    and is_refund_line(record[AMOUNT], record[RECEIVED])):
                records[i] = (*record[:RECEIVED_DATE], record[ORDER_DATE],
                              *record[RECEIVED_DATE + 1:])
                undated.append(record[ROW])
            continue
        values = list(record)
        kind = None if kinds is None else kinds[i]
        own = values[RECEIVED] is None  # its sum its money's, its date its money's (收款 tab)
        if own or kind == RETURN_KEPT:  # its refund 0: none, its sum kept
            values[RECEIVED] = abs(values[AMOUNT])
        if kind not in said:
            said[kind] = is_refund(kind)
        if refund_made(values[NOTES]) or said[kind]:
            values[RECEIVED] = -abs(values[RECEIVED])
        if values[RECEIVED_DATE] is None and values[RECEIVED] < 0 and not own:
            undated.append(values[ROW])  # not a 收款 tab's -3,000 of 05-10 (was named: fix41a)
        values[RECEIVED_DATE] = values[RECEIVED_DATE] or values[ORDER_DATE]
        values[AMOUNT] = 0.0
        values[CREDIT_NOTE] = values[CREDIT_WRITTEN_POSITIVE] = 0
        values[COST] = values[GROSS_PROFIT] = values[TAX_REBATE] = None
        records[i] = tuple(values)
        rows.append(values[ROW])
    if kinds is not None:
        records[:] = both_lowered(records, kinds)
        money = {r[ROW] for r in records if is_receipt_row(r)} if rows else set()  # perf54a
        rows = [row for row in rows if row in money]  # a return whose money was kept: none
    return rows


def is_receipt_row(record: Record) -> bool:
    """Is the record a row typed as a payment, as :func:`as_receipts` made it (worth nothing,
    money received)? It is a receipt document of its own: two of them with one sum on one day
    are two payments, never one wire copied (core.ledger.wire_review)."""
    return is_receipt_line(record[AMOUNT], record[RECEIVED])


def receipt_places(records: Sequence[Record]) -> frozenset[int]:
    """The places of a sheet's rows :func:`is_receipt_row` holds for, its amounts weighed a
    column at once: only a row worth 0 can be one, and most rows are sales. The grouping asked
    it of each row and each new order, 177,000 calls a 100k import (perf61b)."""
    worth_nothing = compress(range(len(records)), map(eq, map(itemgetter(AMOUNT), records),
                                                          repeat(0)))
    return frozenset(i for i in worth_nothing if is_receipt_row(records[i]))


def is_receipt_line(amount: float | None, received: float | None) -> bool:
    """Is a row, or a stored line, with this amount and received figure a payment of its own?
    The analysis asks it of the stored lines (core.analysis.wires), the import of its rows."""
    return amount == 0 and received is not None


def positive_credits(records: list[Record], typed: list[bool]) -> list[Record]:
    """A credit note written positive is stored negative, with its cost, profit and rebate."""
    for i, record in enumerate(records):
        if typed[i] and record[AMOUNT] > 0:
            values = list(record)
            values[AMOUNT] = -values[AMOUNT]
            for field in (COST, GROSS_PROFIT, TAX_REBATE):
                if values[field] is not None and values[field] > 0:
                    values[field] = -values[field]
            values[CREDIT_WRITTEN_POSITIVE] = 1
            records[i] = tuple(values)
    return records


def is_refund_line(amount: float, received: float | None) -> bool:
    """Is a row with this amount and received figure money sent back to its customer, a
    payment line of its own (:func:`is_receipt_line`), typed or not (0 in 金额, -3,000
    received, a 退货 tab's refund)?"""
    return is_receipt_line(amount, received) and received is not None and received < 0


def is_paid_line(amount: float | None, received: float | None) -> bool:
    """Is a row with this amount and received figure money in or out of its own, worth 0 with
    a sum received (:func:`is_receipt_line`), typed or not: a 尾款 row (0 in 金额, 5,000
    received) or a refund (:func:`is_refund_line`)? It is keyed by its sum and day, never a
    sale's place: on a tab of its own, its first row took the 台账 sale's line (ref40: 5,000
    on account, or 5,000 open, by the tab order)."""
    return is_receipt_line(amount, received) and bool(received)


def paid_lines(records: Iterable[Record]) -> list[Record]:
    """The records of a sheet that are money in or out of their own (:func:`is_paid_line`),
    its refunds among them (:func:`refund_rows`)."""
    return [r for r in records if is_paid_line(r[AMOUNT], r[RECEIVED])]


def refund_rows(records: Iterable[Record]) -> list[int]:
    """The rows of a sheet read as refunds (:func:`as_receipts`, :func:`is_refund_line`)."""
    return [r[ROW] for r in records if is_refund_line(r[AMOUNT], r[RECEIVED])]

