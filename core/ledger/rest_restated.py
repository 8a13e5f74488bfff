"""A rest said again later by another figure (原尚欠2000，现尚欠1000) and a rest after a
deduction taken (扣除运费后尚欠2000): which figure is the buyer's rest.

Apart from core.ledger.deduction_rest, the one reading of a rest (:func:`this_rest`) these ask,
so that module stays one module's length; read by core.ledger.part_said (a rest restated) and
core.ledger.deduction_notes (a deduction's figure before the rest).
"""

from __future__ import annotations

import re

from core.ledger.came_words import CLAUSE, ONCE, STOPS
from core.ledger.deduction_rest import (
    REST_AGAIN,
    REST_FIGURE,
    figure_amount,
    in_question,
    this_rest,
)
from core.ledger.noted_figures import FIGURE, REST_OWED
from core.ledger.unsure_words import UNSURE

# a rest once owed and the one owed now said after it by another figure (原尚欠2000，现尚欠1000,
# 之前尚欠2000，现在还欠1000, 原尚欠1000，目前尚欠2000): the later figure stands, the first is
# no rest of the row; read first, 2,000 owed where 1,000 is (and 1,000 where 2,000), 72 days,
# black (rv66c s1). The same figure again (原尚欠2000，现尚欠2000) is the rest owed still.
_WAS = re.compile(rf"(?:{ONCE}|原来|之前|以前|此前|先前)\s*$")
_NOW = re.compile(rf"(?<=[{STOPS}])\s*(?:现在?|目前|如今|当前|至今)\s*(?P<rest>{REST_OWED})"
                  rf"(?P<now>{FIGURE})")


def restated(text: str, start: int, at: int, number: object = None) -> bool:
    """Is the rest whose words start at `start` of `text` (its figure at `at`) one once owed
    (:data:`_WAS`: 原尚欠2000) that a later clause says is now another figure (现尚欠1000:
    :data:`_NOW`), surely and of this order (:func:`this_rest`; not 现尚欠1000？, 现尚欠1000，
    待核实, 现尚欠1000是另一单的)? Then that one is the rest, not this (core.ledger.part_said)."""
    figure = REST_FIGURE.match(text, at)
    if figure is None or not _WAS.search(CLAUSE.split(text[:start])[-1]):
        return False
    return any(figure_amount(now["now"]) != figure_amount(figure["figure"])
               and not in_question(text, now.start("now"))
               and not any(UNSURE.search(clause) for clause in CLAUSE.split(
                   text[now.start():])[:2])
               and this_rest(text, now.start("rest"), now.start("now"), number, doubt=True)
               for now in _NOW.finditer(text, figure.end()))


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
