"""An order row's note saying its money is another order's (order_payments' halves rule).

Moved whole from core.ledger.order_payments (fix62n), which it kept near its length's limit.
"""

from __future__ import annotations

import re

from core.ledger.came_words import CLAUSE, THIS_ORDER
from core.ledger.named_papers import noted_parts
from core.ledger.normalise import fold
from core.ledger.noted_orders import loose_number
from core.ledger.payment_kinds import NEW_ORDER


def names_another(note: object, number: object) -> bool:
    """Does the order row's note say its money is another order's: a new order's deposit
    (新订单定金) or money of another number of the order's own series (YW25-0300定金30% on
    YW25-0242's row)? It is then no half of this order: read as the second half 5 % short,
    6,255 owed 53 days was hidden as 255 (rv61a s400 H3, H4). Only a clause naming money and
    not this order: a number of another series (水单号HK2025051, TT30), the order's own written
    otherwise (YW250242余款, YW25-0242A), another order only referred to (价格同YW25-0100,
    翻单YW25-0100, YW25-0100已付清，本单尾款) or a new order said alone (新订单下周下) name no
    other order's money (read so, 255 owed became 6,255: rv61b s424)."""
    if not isinstance(note, str):
        return False
    own = loose_number(str(number)) if number is not None else ""
    series, mine = _SERIES.match(own), _digits(str(number or ""))
    return any(
        _MONEY.search(clause) and not THIS_ORDER.search(clause) and (
            NEW_ORDER.search(clause) is not None or series is not None and any(
                loose_number(part).startswith(series.group()) and not any(
                    a in b or b in a for a in _digits(part) for b in mine)
                for part in noted_parts(clause)))
        for clause in CLAUSE.split(fold(note)))


def _digits(number: str) -> set[str]:
    """A number's digits as written and with its groups' leading zeros dropped (YW25-0242,
    YW25-242, YW250242 are one order)."""
    return {re.sub(r"\D", "", number), re.sub(r"\D", "", loose_number(number))}


_SERIES = re.compile(r"[a-z]+")  # an order number's letters: the series a clerk numbers in
_MONEY = re.compile(r"定金|订金|预付|尾款|余款|货款|deposit|balance")
