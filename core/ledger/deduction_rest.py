"""Whether a figure beside a deduction is the buyer's rest still owed, not the deduction's sum.

佣金已扣，尚欠2000 on a balance row 5,000 of 7,000 received names a commission taken with no sum
and the buyer's 2,000 owed: read as the commission's sum, the 2,000 was hidden (rv63c s4). Kept
apart from core.ledger.deduction_notes, which asks it of each figure its whole note writes.
"""

from __future__ import annotations

import re

from core.ledger.balance_words import UNSETTLED
from core.ledger.came_words import ANSWERED, CLAUSE, EARLIER_ORDER, ONCE, QUESTION, another_named
from core.ledger.noted_figures import REST_OWED
from core.ledger.noted_orders import others_number
from core.ledger.owed_said import still_owed
from core.ledger.part_of import goods_owed, other_before
from core.ledger.rest_came import came_later, came_on, rest_of_another
from core.ledger.shipped_words import NOT_ZH

# a figure the note says is still owed in a part not naming the deduction (佣金已扣，尚欠2000: the
# buyer's rest, core.ledger.part_said) is no sum deducted: read as the commission's, a balance
# owing 2,000 read paid (rv63c s4); but only a rest of this order unpaid — not one said come after
# it (尚欠2000已收到, 尚欠2000，5月已付, 尚欠2000（已补）, 尚欠2000于5月收讫: rest_came.came_later;
# not a day alone, 尚欠2000，5/10到账, nor another's money, 另一单收讫: fix65i), denied or asked
# (没有尚欠2000, 不是尚欠2000, 是否尚欠2000, 尚欠2000？, 尚欠2000吗: came_words.QUESTION, unless
# answered yes, 尚欠2000吗？是的, or asked why, 为何尚欠2000？), nor an earlier or another order's
# (上批尚欠2000, 另一单尚欠2000, 2025-699尚欠2000 under another number: came_words.EARLIER_ORDER,
# ANOTHER_ORDER; not this order named after them, 另一单已付清本单尚欠2000, nor its own number
# with a paper's letters, PI2025-600尚欠2000), a fee's (样品费尚欠2000: part_of.other_before; not
# the goods' own, 货尚欠2000), nor once owed (原尚欠2000: came_words.ONCE) unless still owed or
# dragged after it (原尚欠2000，仍未付, …，客户一直拖): read as owed, paid balances were 2,000, 72
# days, black (rv64c, rv64d s4a); read as not, owing buyers were cleared (rv65b)
_REST_BEFORE = re.compile(rf"{REST_OWED}$")
_REST_AGAIN = re.compile(REST_OWED)
NOT_REST = re.compile(rf"(?:{NOT_ZH}|不是|并非|是否)\s*$")
_ONCE = re.compile(rf"(?:{ONCE})\s*$")


def rest_owed(text: str, at: int, number: object = None) -> bool:
    """Is the figure at `at` of `text` a rest said owed (:data:`_REST_BEFORE`) of this order and
    unpaid: not said come after it, denied, asked, once owed, a fee's, an earlier or another
    order's (named by a number not its order's `number`)?"""
    rest = _REST_BEFORE.search(text, 0, at)
    if rest is None:
        return False
    before = CLAUSE.split(text[:rest.start()])[-1]
    return not (came_later(text, at) or NOT_REST.search(before)
                or another_named(before, EARLIER_ORDER) or rest_of_another(before)
                or other_before(text, rest.start()) and not goods_owed(text, rest.start())
                or others_number(before, number)
                or _asked(text, at) or _ONCE.search(before) and not _owed_again(text, at))


# a question why (客户问为何尚欠2000？, 为什么尚欠2000？已催) holds the rest owed: read as asked
# whether, 2,000 owed, 72 days, black was cleared (rv65b s2)
_WHY = re.compile(r"为何|为什么|为啥|怎么|why")
# ... and a rest once owed that the buyer drags or is silent on (原尚欠2000，客户一直拖, …客户至今没
# 回复) is owed still: read as let go, the same (rv65b s2, s3a)
_DRAGGED = re.compile(rf"{UNSETTLED}|(?:一直|还在|仍在|总是|老是)拖"
                      r"|(?:没有?|未|不)(?:回复|回音|回应|答复|理)|失联")


def _asked(text: str, at: int) -> bool:
    """Is the clause of the figure at `at` a question (came_words.QUESTION: 尚欠2000？, 尚欠2000吗)
    with no answer yes after it (尚欠2000吗？是的: came_words.ANSWERED), not why (:data:`_WHY`)?"""
    return any(asked.start() <= at < asked.end() and ANSWERED.match(text, asked.end()) is None
               and _WHY.search(asked.group()) is None for asked in QUESTION.finditer(text))


def _owed_again(text: str, at: int) -> bool:
    """Does a clause after a rest once owed say it owed still (原尚欠2000，仍未付, 现仍欠) or the
    buyer drags it or is silent (:data:`_DRAGGED`)?"""
    return any(still_owed(clause) or _REST_AGAIN.search(clause) or _DRAGGED.search(clause)
               for clause in CLAUSE.split(text[at:])[1:])


def no_sum(text: str, at: int, number: object = None) -> bool:
    """Is the figure at `at` of `text` no sum a deduction's note writes: a rest owed
    (:func:`rest_owed`), or a piece of the day a rest named before it came on (尚欠2000，5/10到账:
    rest_came.came_on)?"""
    return rest_owed(text, at, number) or came_on(text, at) and bool(
        _REST_AGAIN.search(text, 0, at))
