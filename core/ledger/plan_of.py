"""What a plan in a payment row's note is of: the row's money, or other money.

The buyer's word (客户说下周付) or a plan word (客户答应, 预计) on a balance row received is read as
that money not come yet (core.ledger.buyer_word.told, core.ledger.payment_row_money.planned). A
clause planning a fee alone or another order's money is no plan of it, and a clause naming this
order's balance is, whatever else it names (core.ledger.buyer_word.other_money asks the same
words after his paid word). Kept apart from core.ledger.buyer_word, whose length it was.
"""

from __future__ import annotations

import re

from core.ledger.came_words import ANOTHER_ORDER, EARLIER_ORDER, ITS_MONEY, THIS_ORDER
from core.ledger.noted_orders import REFERENCE, Known, others_number
from core.ledger.part_of import FEES, WITH_WORDS, names_money

# A clause naming this order's balance (尾款提货后付, 余款下批一起付, 剩下的下批货一起付,
# 本单尾款下单时一起付) is this money, whatever else it names (rv56a s120, s124: nine owed
# balances read paid, 7,000 → 0); not the next order's (下批尾款)
OWN_REST = re.compile(r"本单|这单|剩下|剩余|(?<!下[单批])(?<!下[单批]的)[尾余]款"
                      r"|(?<![a-z])(?:balance|rest)(?![a-z])")
# ... nor a later order's balance or a fee's rest (下一批尾款, 新订单尾款, 下个订单的尾款, 剩下的
# 样品费, 剩下的配件款: rv56e s150/s156, paid rows 7,000 black), read apart before it is looked for
# ... and another or an earlier order's (另一单的尾款, 上一单的余款: fix65k)
ELSE_REST = re.compile(rf"(?:下[一个次]?订?[单批]|新的?订?单|{ANOTHER_ORDER.pattern}"
                       rf"|{EARLIER_ORDER.pattern})的?[尾余]款"
                       r"|剩[下余]的?(?:样品|配件|运)")

# A clause of a plan (his word, a plan word) of other money than the balance is no plan of it:
# a fee (客户说下周付运费, 样品费, 佣金, 差价, "pay the freight next week") naming none of the
# order's money (货款, 尾款, 钱), or another or an earlier order's money (另一单的货款, 上一单的,
# 2025-699的货款, "for another order") naming nothing of this one (本单, 尾款): read as his plan
# of this balance, balances received were 7,000 owed, 72 days, black, on the typed balance row
# as on the blank-buyer row (rv65c s1, s9, fix65k). The row's own order number is 本单 by then
# (payment_row_money.planned). A fee included in what he pays (下周付含运费, 连同佣金,
# "including freight") is this money's part
_WITH = "".join(f"(?<!{word})" for word in (
    *WITH_WORDS, "including ", "incl. ", "incl ", "plus ", "with ", "including the ",
    "with the "))
_FEE_ELSE = re.compile(rf"{_WITH}(?:{FEES}|样品费?|模具[费款]|差价"
                       r"|(?<![a-z])(?:freight|commissions?|sample fees?|shipping costs?)"
                       r"(?![a-z]))")
_ORDER_OTHER = re.compile(rf"{EARLIER_ORDER.pattern}"
                          r"|(?<![a-z])(?:another|other|previous|last|earlier) "
                          r"(?:orders?|batch|invoices?|shipments?)(?![a-z])")
# ... but a later order or time (下批, 新订单, 明年: came_words.ANOTHER_ORDER's) only as its
# money's owner (下一单的定金, 新订单货款): 客户说下批付, 客户说新订单下周付, 客户说明年付 may be
# this money paid then; and none where this money goes with the other (客户说下批一起付, 和另一单
# 一并付, "together with the next order"): read as another's, owed balances would read paid
LATER_STARTS = ("下", "新", "明")
_TOGETHER = re.compile(r"一起|一并|合并|(?<![a-z])(?:together|along with)(?![a-z])")
# ... and a number only where the plan is of it, not where its goods' coming is the plan's
# condition (客户说X99-1到了就付, 客户说X99-1的货到了再付, 客户说收到X99-1的样品后付: this money
# paid then — read as X99-1's, 7,000, 72 days, black was cleared, rv66d); nor a fee's thing
# his condition (客户说收到样品后付, 收到X99-1的样品后付: read as the fee paid, the same, fix67c)
_UPON = re.compile(r"[^,，;；。]*?(?:(?:到了?|到货|到港|收到)\s*(?:就|再|才)?|[之以]?后"
                   r"[^,，;；。]{0,4}?)\s*付")  # ... 收到样品后下周付: a time after the condition
# ... and only where the fee's word is the thing come (收到样品后付, 样品到了就付) or follows the
# coming (收到X99-1的样品后付), not a fee named first whose own payment the condition puts off
# (客户说运费到港后付, 样品费客户说收到样品后付, 客户答应运费等货到了再付, 佣金客户说收到货后付:
# the fee's plan; read as this money's, 7,000, 72 days, black where paid, rv67f s4, fix67j)
_THING = "样品"
_COMES_BEFORE = re.compile(r"(?:收到|拿到|等到?)[^,，;；。]{0,10}?$")


def fee_a_condition(clause: str, fee: re.Match[str]) -> bool:
    """Is the fee's word at `fee` the condition of a payment after it (:data:`_UPON`): the
    thing that comes, or named after a coming?"""
    return _UPON.match(clause, fee.end()) is not None and (
        fee.group() == _THING or _COMES_BEFORE.search(clause, 0, fee.start()) is not None)


def fee_named(words: str) -> bool:
    """Is `words` (what a clause says before the buyer's word: 运费客户说下周付) a fee alone, the
    topic his word is of?"""
    return _FEE_ELSE.fullmatch(words.strip().removesuffix("的")) is not None


def plans_else(clause: str, number: object = None, known: Known = frozenset) -> bool:
    """Is a clause of a plan about other money than the row's: a fee named without the order's
    money, or another order named (its words, or a number other than the row's, which the
    caller has made 本单, of its series or one the sheet sells, `known`) without this one's
    (:data:`_FEE_ELSE`, :data:`_ORDER_OTHER`)?"""
    if THIS_ORDER.search(clause) or OWN_REST.search(ELSE_REST.sub("", clause)):
        return False
    return any(not fee_a_condition(clause, fee) for fee in _FEE_ELSE.finditer(clause)) and (
        not names_money(clause)) or (
        _TOGETHER.search(clause) is None and (_ORDER_OTHER.search(clause) is not None or any(
            not found.group().startswith(LATER_STARTS) or "季" not in found.group() and "半年"
            not in found.group() and ITS_MONEY.match(clause, found.end())
            for found in ANOTHER_ORDER.finditer(clause))
            or others_number(REFERENCE.sub(lambda found: "" if _UPON.match(
                clause, found.end()) else found.group(), clause), number, known)))
