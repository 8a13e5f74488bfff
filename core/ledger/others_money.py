"""Another order's or wire's money beside this row's, in a payment row's note.

Kept apart from core.ledger.payment_row_money (is a row's money planned or come?), which asks
these: whether a clause speaks of another order's money alone (尾款未收，另一单已收), whether
a came word is of that money (另一单已收, 已收另一单), and where a clause saying another's money
came goes on to this money's own words without a stop (另一单已收但尾款没收), read as two.
"""

from __future__ import annotations

import re

from core.ledger.came_words import (
    ANOTHER_ORDER,
    CLAUSE,
    EARLIER_ORDER,
    ITS_MONEY,
    JOINED,
    THIS_ORDER,
    named_else,
)
from core.ledger.money_on_way import ANOTHER_WIRE, THIS_WIRE
from core.ledger.payment_kinds import kinds, kinds_at

# A came word (已收, 已到) of another order's or wire's money (尾款未收，另一单已收; 客户已付，钱在
# 路上，另一笔已到: came_words.named_else, money_on_way.ANOTHER_WIRE) is no word of this money's
# coming: read as this money's, balances owed 7,000, 72 days, black read paid (rv65d s4, fix66c).
# Another's is the money come where its word stands before the came word in the clause
# (另一单4/20已收, 另一单和新订单都已收) or is its object (已收另一单, 收到了另一笔), not after
# it with words of its own (4/20已到账另一笔还在路上, 4/20到账后客户又下单, 已到账明年继续合作);
# and none where the
# clause names this row's money too (另一单和尾款已收, 收到另一单及尾款, 尾款7000和另一单3000已收,
# 下批定金和尾款已到账, 这笔和另一笔都到了; its 品名's payment, payment_kinds.kinds), not as the
# other's own (另一单的尾款已收, 新订单定金已收: came_words.ITS_MONEY). Dropping such clauses
# whole, fix66c read these paid balances 7,000, 72 days, black (rv66b s1, s6, s7)
_THIS_MONEY = re.compile(rf"尾款|余款|全款|{THIS_ORDER.pattern}|{THIS_WIRE}")
_TAKES = re.compile(r"已收|收到|已付|received")  # a came word taking an object (已收另一单)
_OBJECT = re.compile(r"\s*[到了]?\s*")
# ... and where another's came is followed, with no stop, by this money's own words (另一单已收
# 但尾款没收, 另一单已收 尾款没收, 另一单已到账尾款未到, 另一单已收这笔没收, 新订单定金已收尾款没收,
# 收到另一单的钱尾款没收到): two clauses, as with a comma between — read as one naming this money,
# fix66h took the other's came word for this money's, 7,000, 72 days, black → nothing (rv67b
# s1, s7, s10). Not this money joined to the other's (另一单和尾款已收, 收到另一单及尾款, 连同):
# one coming of both
_JOINS = re.compile(r"(?:[和与及跟同、+＋&]|以及|连同|还有)\s*$")
# ... and where another's is said not come and this money's words follow with a came word of
# their own (另一单没收尾款已收, 另一单还没到账尾款已到账, 新订单定金未收尾款收到了): two clauses
# too, this money come — read as one, its 没收 this money's, 7,000, 72 days, black where the
# balance came (rv67i, fix68d); an earlier order's too (上一单没收尾款已收, 之前的单没收尾款已收:
# came_words.EARLIER_ORDER, read as one, 7,000, 72 days, black where paid, rv68d B). Not
# where this money's words have no came word after them (另一单没收尾款: the other's balance,
# as before) nor one denied (…尾款也没收)
_NOT_CAME = re.compile(r"(?:还|尚|都)?(?:没有?|未)(?:收|到|付)")


def others(clause: str) -> list[re.Match[str]]:
    """The words of another order or wire a clause names (另一单, 下批, 另一笔)."""
    return named_else(clause) + named_else(clause, ANOTHER_WIRE)


def _left(clause: str) -> str:
    """A clause with another order's or wire's words and the money after them (另一单的尾款,
    下批定金) blanked out, its length kept."""
    rest = list(clause)
    for found in others(clause):
        owned = ITS_MONEY.match(clause, found.end())
        end = owned.end() if owned else found.end()
        rest[found.start():end] = "，" * (end - found.start())
    return "".join(rest)


def this_named(clause: str, row: object) -> bool:
    """Does a clause name this row's money (尾款, 本单, 这笔, its 品名's payment) besides any
    other order's or wire's own (另一单的尾款, 下批定金: their words and the money after them
    set aside)?"""
    left = _left(clause)
    mine = kinds(row)
    return _THIS_MONEY.search(left) is not None or bool(mine and kinds(left) & mine)


def others_only(clause: str, row: object) -> bool:
    """Does a clause name another order or wire and none of this row's money (另一单已收), nor
    join this money with the one it names (4/20连同另一单一起收到, 与另一单一并到账: came_words.
    JOINED; two others joined, 另一单和新订单都已收, are theirs alone)?"""
    named = others(clause)
    return bool(named) and not this_named(clause, row) and not (
        len(named) < 2 and JOINED.search(clause))


def others_came(clause: str, word: re.Match[str], row: object) -> bool:
    """Is the money a came `word` says come another's: its order or wire named before it in the
    clause or as its object (另一单已收, 已收另一单), and this row's money nowhere in it?"""
    return others_only(clause, row) and _taken(clause, word, others(clause))


def _taken(clause: str, word: re.Match[str], named: list[re.Match[str]]) -> bool:
    """Does one of another's words `named` stand before a came `word` in its clause, or as its
    object (已收另一单, 收到了另一笔)?"""
    taken = -1  # where its object would stand
    if _TAKES.fullmatch(word.group()) and (space := _OBJECT.match(clause, word.end())):
        taken = space.end()
    return any(found.start() < word.start() or found.start() == taken for found in named)


def split_after_others(text: str, row: object, stops: re.Pattern[str],
                       came: re.Pattern[str]) -> str:
    """A folded cell with a comma put where, in a clause (between `stops`), this row's money's
    own words (尾款, 余款, 这笔, 本单, its 品名's payment) begin after another order's or wire's
    money said come by a `came` word (另一单已收但尾款没收 → 另一单已收，但尾款没收): another's
    word before the came word or its object, this money named nowhere before, nor joined to
    the other's (:data:`_JOINS`: 另一单和尾款已收). Another's word followed by this order's
    (另一单已收本单还没收) counts here, though came_words.named_else drops it elsewhere."""
    cuts: list[int] = []
    start = 0
    for stop in [*stops.finditer(text), None]:
        end = stop.start() if stop else len(text)
        clause = text[start:end]
        at = _this_starts(clause, row)
        if at and not _JOINS.search(clause, 0, at) and (_came_before(clause[:at], came) or (
                _came_before(clause[:at], _NOT_CAME) and _comes_after(clause[at:], came))):
            cuts.append(start + at)
        start = stop.end() if stop else end
    for at in reversed(cuts):
        text = f"{text[:at]}，{text[at:]}"
    return text


def _comes_after(part: str, came: re.Pattern[str]) -> bool:
    """Does this money's part of a clause say it came (尾款已收), no denial before its came
    word (尾款也没收, 尾款未收到)?"""
    word = came.search(part)
    return word is not None and _NOT_CAME.search(part, 0, word.end()) is None


def _this_starts(clause: str, row: object) -> int | None:
    """Where this row's money is first named in a clause (:func:`this_named`'s words)."""
    left = _left(clause)
    found = [hit.start() for hit in (_THIS_MONEY.search(left),) if hit]
    found += kinds_at(left, kinds(row))
    return min(found, default=None)


def _came_before(part: str, came: re.Pattern[str]) -> bool:
    """Does a clause's part before this money's words say another's money came: another order
    or wire named (without this order after it) and a `came` word after it or taking it as its
    object?"""
    named = [*ANOTHER_ORDER.finditer(part), *ANOTHER_WIRE.finditer(part),
             *EARLIER_ORDER.finditer(part)]
    return any(_taken(part, word, named) for word in came.finditer(part))


# a came word, its figure or share after it or none (已收5000, 已收一半, 已收)
_ANY_CAME = re.compile(r"(?:实际)?(?:到账|收到|已收|已到)")


def figures_apart(folded: str) -> str:
    """A folded note (its figures plain) with another order's money said not come split from
    this money's figure or share come after it with no stop (另一单没收尾款已收5000 → 另一单没收，
    尾款已收5000; 已收一半), as payment_row_money reads it come, for how much came (core.ledger.
    part_said): read as one clause, its 没收 denied the figure and the row read paid where 2,000
    is owed, 72 days, black (rv68d A1)."""
    return split_after_others(folded, None, CLAUSE, _ANY_CAME)
