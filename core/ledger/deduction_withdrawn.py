"""Whether a deduction a note names was called off, taken in error or paid back since (佣金2000
已扣，现取消; 佣金2000已扣错，已退回客户), and which of a note's clauses speak of it at all.

Kept apart from core.ledger.deduction_notes (what a note says was deducted, its kind and sum),
which asks :func:`withdrawn` before a deduction's sum is taken off a blank 尾款 row's order.
"""

from __future__ import annotations

import re

from core.ledger.came_words import ANOTHER_ORDER, CLAUSE
from core.ledger.forfeits import refunded
from core.ledger.normalise import fold, parse_status
from core.ledger.noted_orders import DAY, REFERENCE, loose_number
from core.ledger.part_of import COMMISSION, names_other

_EN = r"(?<![a-z])(?:{})(?![a-z])"
# a note that may name a deduction (core.ledger.deduction_notes.hinted): any of its kinds' words
HINT = re.compile(r"索赔|扣|罚款|佣金|折扣|折让|claim|penalt|commission|discount|deduct|offset"
                  r"|set off", re.IGNORECASE)


# a deduction taken in error (佣金2000已扣错, 错扣, "deducted in error"): none the buyer keeps;
# not one said not in error (不是扣错, 没扣错)
_IN_ERROR = re.compile(r"(?<!不是)(?<!并非)(?<!没有)(?<![没不])(?:扣错|错扣)|"
                       + _EN.format(r"in error|by mistake|wrongly"))
# ... taken again since (扣错了，已重新扣): taken
_RETAKEN = re.compile(r"重新扣|重扣|" + _EN.format(r"re-?deducted"))


# a clause after the deduction's naming another order's number (2025-702的运费取消了,
# 2025-702取消了, 2025-702的佣金取消了, 2025-702的货已发) speaks of that order, not of
# this deduction: read as the deduction withdrawn or another order's, a blank 尾款
# row's 2,000 taken was lost, 5,000 owed read 7,000, 72 days, black (rv63b s5,
# fix64b); a number alone after it (佣金2000已扣（2025-688）) or one in the deduction's
# own clause (2025-702的佣金2000已扣) still names its order
_NOTHING_ELSE = re.compile(r"[\s()（）的#:：]*")


def of_the_deduction(note: str) -> str:
    """The clauses of a folded note that speak of its deduction: up to the one naming it, and
    after it a number alone or one naming a deduction not withdrawn; not another order's news
    (2025-702的运费取消了: :data:`REFERENCE`)."""
    clauses = CLAUSE.split(note)
    said = next((at for at, clause in enumerate(clauses) if HINT.search(clause)), 0)
    return "，".join(clause for at, clause in enumerate(clauses) if at <= said or (
        _NOTHING_ELSE.fullmatch(REFERENCE.sub("", clause)) is not None
        or HINT.search(clause) and not _withdraws(clause)))


def _withdraws(clause: str) -> bool:
    """Does a clause call something off, pay it back or say it was taken in error?"""
    return (parse_status(clause) == "cancelled" or refunded(clause) is not None
            or _IN_ERROR.search(clause) is not None)


def withdrawn(note: object, number: object = None) -> bool:
    """Does a note say its deduction was called off, taken in error or paid back (佣金2000原说
    已扣，现取消; 佣金2000已扣错，已退回客户: normalise's cancellation words, forfeits' money
    gone back), in the clause saying it or one after it, and not taken again since? Read as
    taken off a blank 尾款 row's order, 2,000 of a 7,000 debt was hidden (rv62c s562 D4, s564);
    the whole note asked, an order's part cancelled before it (订单取消一部分，佣金2000已扣),
    an error put right (扣错了，已重新扣) or denied (已扣（不是扣错）) lost the deduction taken:
    5,000 owed read 7,000 (rv62f s621 D)."""
    if not isinstance(note, str):
        return False
    clauses = CLAUSE.split(fold(note))
    said = next((at for at, clause in enumerate(clauses) if HINT.search(clause)), 0)
    after = clauses[said:]
    return not any(_RETAKEN.search(clause) for clause in after) and any(
        _withdraws(clause) and _of_it(clause, at == 0, after[0], number)
        for at, clause in enumerate(after))


_COMMISSION = re.compile(COMMISSION)


# goods sent back, not money (质量扣款2000，不良品已退回客户), and another order called off (另一单
# 已取消, 客户取消了另一个订单): read as the deduction withdrawn, 2,000, 72 days, black (rv68k #9)
_GOODS_BACK = re.compile(r"(?:不良品|残?次品|货物?|产品|样品)[^,，;；。]{0,3}?退")


def _of_it(clause: str, own: bool, said: str, number: object = None) -> bool:
    """Does a clause after the deduction's (`said`; not its `own`) speak of it: naming no other
    thing (freight, goods, papers, 2025-702运费: part_of.names_other), unless it names the
    deduction (佣金取消了), or a commission by any of its names where a commission was taken
    (中介费取消了 after 佣金2000已扣, 代理费取消了 after 代理费2000已扣: part_of.COMMISSION, read as
    another fee, 7,000 owed read 5,000, fix63g)? 运费取消了 beside 佣金2000已扣 read as the
    commission withdrawn: 5,000 owed read 7,000 (fix63d)."""
    if not own and {loose_number(ref) for ref in REFERENCE.findall(clause)
                    if DAY.fullmatch(ref) is None} - {
            loose_number(ref) for ref in (*REFERENCE.findall(said), str(number or ""))}:
        return False  # 2025-702的佣金取消了 under 2025-701: another order's (fix64b)
    if not own and (ANOTHER_ORDER.search(clause) or _GOODS_BACK.search(clause)):
        return False
    return own or bool(HINT.search(clause)) or not names_other(clause) or bool(
        _COMMISSION.search(clause) and _COMMISSION.search(said))
