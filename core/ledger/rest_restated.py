"""Which figure of a rest is the buyer's: a rest said again later by another figure (原尚欠2000，
现尚欠1000), a rest after a deduction taken (扣除运费后尚欠2000), a part of it said another order's
or the bank's charge, or corrected by the firm's answer (其中500是银行手续费; 不是2000是3000).

Apart from core.ledger.deduction_rest, the one reading of a rest (:func:`this_rest`) these ask,
so that module stays one module's length; read by core.ledger.part_said (a rest restated, its
sum) and core.ledger.deduction_notes (a deduction's figure before the rest).
"""

from __future__ import annotations

import re

from core.ledger.amounts import parse_amount
from core.ledger.bank_charges import BEARS, CHARGE_MOST, names_charge
from core.ledger.buyer_word import BUYER, SAYS
from core.ledger.came_words import ANSWER_BY, CLAUSE, ONCE, QUESTION, STOPS
from core.ledger.deduction_rest import (
    FIGURE_UNIT,
    OTHER_ORDER_EN,
    REST_AGAIN,
    REST_FIGURE,
    TO_PAY,
    WRONG_IN,
    another_said,
    figure_amount,
    in_question,
    theirs_said,
    this_rest,
)
from core.ledger.noted_figures import FIGURE, REST_OWED
from core.ledger.paid_said import THEIRS
from core.ledger.rest_came import NOT_COME
from core.ledger.unsure_words import HEDGE, UNSURE

# a rest once owed and the one owed now said after it by another figure (原尚欠2000，现尚欠1000,
# 之前尚欠2000，现在还欠1000, 原尚欠1000，目前尚欠2000): the later figure stands, the first is
# no rest of the row; read first, 2,000 owed where 1,000 is (and 1,000 where 2,000), 72 days,
# black (rv66c s1). The same figure again (原尚欠2000，现尚欠2000) is the rest owed still.
_WAS = re.compile(rf"(?:{ONCE}|原来|之前|以前|此前|先前)\s*$")
_NOW = re.compile(rf"(?<=[{STOPS}])\s*(?:现在?|目前|如今|当前|至今)\s*(?P<rest>{REST_OWED})"
                  rf"(?P<now>{FIGURE})")


# ... surely: not hedged (现尚欠1000，好像 / 估计 / 可能), the buyer's word (…，客户说(的)), nor
# withdrawn or found wrong (…，已撤回 / 财务核实不对), each read the later 1,000 owed where 2,000
# is, 72 days, black (rv67e, fix67i); nor in another money than the first (现尚欠RMB1000 on a
# USD rest: not converted here, the first stands; read as the rest, the row's money was lost,
# 7,000 owed where 2,000 is)
_HIS_WORD = re.compile(rf"{BUYER}\s*(?:{SAYS})")


def restated(text: str, start: int, at: int, number: object = None,
             currency: str | None = None) -> bool:
    """Is the rest whose words start at `start` of `text` (its figure at `at`) one once owed
    (:data:`_WAS`: 原尚欠2000) that a later clause says is now another figure (现尚欠1000:
    :data:`_NOW`), surely and of this order (:func:`this_rest`; not 现尚欠1000？, 现尚欠1000，
    待核实, 现尚欠1000是另一单的), in the same money (:func:`_same_money`: the order's
    `currency` written or not)? Then that one is the rest, not this (core.ledger.part_said)."""
    figure = REST_FIGURE.match(text, at)
    if figure is None or not _WAS.search(CLAUSE.split(text[:start])[-1]):
        return False
    return any(figure_amount(now["now"]) != figure_amount(figure["figure"])
               and _same_money(parse_amount(now["now"])[1], parse_amount(figure["figure"])[1],
                               currency)
               and not in_question(text, now.start("now"))
               and not any(UNSURE.search(clause) or re.search(HEDGE, clause)
                           or _HIS_WORD.search(clause) or WRONG_IN.search(clause)
                           for clause in CLAUSE.split(text[now.start():])[:2])
               and this_rest(text, now.start("rest"), now.start("now"), number, doubt=True)
               for now in _NOW.finditer(text, figure.end()))


def _same_money(now: str | None, was: str | None, currency: str | None) -> bool:
    """Are two figures' written currencies (None: none written) one money: the same, or one
    bare and the other the order's own `currency` (原尚欠2000，现尚欠USD1000 on a USD order:
    read as another money, the first 2,000 stood where 1,000 is owed, 72 days, black, rv68a
    C1, fix68g)?"""
    return now == was or currency is not None and {now, was} == {None, currency}


def before_rest(part: str, taken: re.Pattern[str], number: object = None) -> str:
    """A part naming a deduction up to a rest said owed after its taking (扣除运费后尚欠2000,
    X99-1的样品费已扣尚欠2000: the freight taken, then the buyer's rest; not 还差2000是佣金, the
    rest said the deduction): the rest's figure read as the deduction's sum made the order
    whole, 2,000 owed, 72 days, black read paid (rv66d s3, fix67c). Only a rest of this order
    (:func:`this_rest`, its order's `number`): not one said another's or a fee (扣除运费后尚欠2000
    是佣金, X99-1扣除运费后尚欠2000, 另一单扣除运费后尚欠2000), the figure the deduction's sum;
    read as the buyer's rest, 2,000, 72 days, black where nothing is owed (rv67f, fix67j)."""
    took = taken.search(part)
    rest = REST_AGAIN.search(part, took.end()) if took is not None else None
    figure = REST_FIGURE.search(part, rest.start()) if rest is not None else None
    if took is None or rest is None or figure is None or not this_rest(
            part, rest.start(), figure.start(), number):
        return part
    return part[:rest.start()]


# a sum of the rest said after it another order's or the bank's charge (还差2000，其中500是银行
# 手续费, 有1000是上一单的): that part is not owed, the rest of it is; read as the whole disowned
# (fix66a) the 2,000 went, read as none of it (其中/有 no subject of the rest) 500 or 1,000 too
# many stay owed (rv66c, fix66i)
_PART = re.compile(rf"\s*(?:其中|里面|内含|含|有)\s*(?P<part>{FIGURE}){FIGURE_UNIT}"
                   rf"(?:是|属于|算)(?P<what>[^{STOPS}]*)")
# ... in English ("still owed 2000, of which 500 bank charges", "…, including 500 bank charges")
_PART_EN = re.compile(rf"\s*(?:of\s+which|including|incl\.?|in\s+which)\s*(?P<part>{FIGURE})"
                      rf"{FIGURE_UNIT}"
                      rf"(?:(?:is|are|was|were)\s+)?(?:for\s+)?(?P<what>[^{STOPS}]*)")
# ... another order's named in English ("…, of which 500 for previous order", "… belongs to
# another order"): read as nothing of another's, 2,000 stood where 1,500 is, 72 days, black
# (rv68a C3, fix68g)
_OTHERS_EN = re.compile(rf"\s*(?:belongs?\s+to\s+|is\s+for\s+|for\s+)?{OTHER_ORDER_EN}\s*")
# ... the bank's part no more than a bank keeps of one wire (bank_charges.CHARGE_MOST, read in
# the order's money: a reading cannot hang on a setting): 其中1900是银行手续费 of a 2,000 rest on
# 5,000 read 1,900 the bank's, 2,000, 72 days, black → nothing (其中1000: → 1,000; 中转行1500:
# → 500; rv67e, fix67i); nor a charge the buyer bears (手续费客户承担, ，客户承担, 由客户承担): his
# short, not money that reached the bank
_BANK_MOST = CHARGE_MOST
_HIS_COST = re.compile(rf"(?:由|让|要|需)?{BUYER}(?:自己|自行)?(?:来|需)?(?:{BEARS})"
                       r"|(?<![a-z])(?:borne|paid|covered)\s+by\s+(?:the\s+)?"
                       r"(?:customer|buyer|client)"
                       r"|(?<![a-z])(?:customer|buyer|client)(?:'s)?\s+(?:account|cost|charge)")
# ... not one he does not bear (不用客户承担, 无需客户承担, 不由客户承担, 不会让客户承担, "not
# borne by customer": the firm's, the bank's part; read as his, 2,000 stood where 1,950 is,
# 72 days, black, rv68a C4, fix68g)
_NOT_HIS = re.compile(r"(?:[不无毋非没](?:用|需要?|须|必|要|是|会)?|并非|not)\s*$")
_HE_NOT = re.compile(rf"{BUYER}(?:不|无需|无须|不用|不需要?|不必)(?:{BEARS})")  # 客户不承担


def _his_cost(clause: str) -> bool:
    """Does a clause say the buyer bears the charge (:data:`_HIS_COST`), not denied?"""
    return any(_NOT_HIS.search(clause, 0, cost.start()) is None
               for cost in _HIS_COST.finditer(clause))


# ... the charge's bearer asked (客户不承担吗？, 不用客户承担？) or a later clause of the sentence
# saying he pays it (不用客户承担，客户下次补; the next two clauses were all that were read): his,
# still to come; read as the bank's, 1,950, 72 days, black where 2,000 is (rv68f 12, fix68m)
_SENTENCE = re.compile(r"[。；;!！\n]")
_REST_ELSE = re.compile(r"\s*(?:其余|其他|剩下|剩余|余下|余款|尾款)")  # 其余下周付: the rest's plan


def _asked_his(text: str, at: int, clause: str) -> bool:
    """Is the clause after `at` asking whether the buyer bears the charge?"""
    place = text.find(clause, at)
    bearer = _HIS_COST.search(clause) or _HE_NOT.search(clause)
    return bool(clause.strip()) and bearer is not None and in_question(
        text, place + len(clause) - 1)


def _not_his(clause: str) -> str:
    """A clause without the words denying the buyer bears the charge (不用客户承担): their 不
    no charge still to come (rest_came.NOT_COME)."""
    for cost in reversed(list(_HIS_COST.finditer(clause))):
        if (denied := _NOT_HIS.search(clause, 0, cost.start())) is not None:
            clause = clause[:denied.start()] + clause[cost.end():]
    return _HE_NOT.sub("", clause)


# ... and a figure the firm's answer corrects (还差2000吗？不是2000是3000, 客户问还差2000吗？我们
# 说不是2000，是3000): the rest owed is the one it gives; read as answered no, 3,000, 72 days,
# black was cleared (rv66c, fix66i)
_CORRECTED = re.compile(rf"[?？]?(?P<by>{ANSWER_BY})不是\s*(?P<was>{FIGURE})[\s,，]*(?:而|应该)?是"
                        rf"\s*(?P<now>{FIGURE})")


def rest_sum(text: str, at: int, value: float, number: object = None) -> tuple[float, float]:
    """What a rest of `value` whose figure is at `at` of `text` leaves owed: the figure the
    firm's answer to its question corrects it to (:data:`_CORRECTED`), less the parts said after
    it another order's or the bank's charge, surely (:data:`_PART`); and of those the bank's,
    which the buyer paid and the bank kept (其中500是银行手续费 on a row typing the 5,000 that
    reached the bank: 5,500 of his money came; read as the row's 5,000 alone, 2,000 owed where
    1,500 is, 72 days, black, rv66c s5; core.ledger.part_said)."""
    for asked in QUESTION.finditer(text):
        fixed = _CORRECTED.match(text, asked.end()) if asked.start() <= at < asked.end() else None
        if fixed and THEIRS.search(fixed["by"]) is None and figure_amount(fixed["was"]) == value:
            return figure_amount(fixed["now"]), 0.0
    figure = REST_FIGURE.match(text, at)
    start = figure.end() if figure else at
    clauses = CLAUSE.split(text[start:])[1:3]
    laters = CLAUSE.split(_SENTENCE.split(text[start:], maxsplit=1)[0])[1:]
    parts = [(figure_amount(part["part"]), not another) for n, clause in enumerate(clauses)
             if (part := _PART.match(clause) or _PART_EN.match(clause))
             and not in_question(text, text.find(clause, at))
             and not any(UNSURE.search(later) or WRONG_IN.search(later) for later in clauses[n:])
             and not theirs_said(clauses, n)
             and ((another := another_said(part["what"], number)
                   or _OTHERS_EN.fullmatch(part["what"]) is not None)
                  or names_charge(part["what"])
                  and figure_amount(part["part"]) <= _BANK_MOST
                  and not any(TO_PAY.search(later) or NOT_COME.search(_not_his(later))
                              or _his_cost(later) for later in clauses[n:])
                  and not any(_asked_his(text, start, later) or TO_PAY.search(later)
                              and not _REST_ELSE.match(later) for later in laters[n:]))]
    taken = sum(part for part, _ in parts)
    # ... the whole rest another's ("still owed 2000, of which 2000 for previous order"): none of
    # it owed; read as a part no less than the rest, 2,000, 72 days, black (rv68f 7, fix68m)
    if not 0 < taken <= value or taken == value and any(bank for _, bank in parts):
        return value, 0.0
    return value - taken, sum(part for part, bank in parts if bank)
