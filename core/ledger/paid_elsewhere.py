"""Money on a cancelled order that does not revive it: another buyer's, or another order's.

fix58e brings a cancelled order back paid where a payments tab (收款明细) pays it in full after
the cancel (core.ledger.paid_revivals). A clerk's payments tab names the order number the bank
slip or the buyer gave, often the old one, and three readings of such a wire were wrong (rv59a
s253, s253b):

- the cancel note names the order that replaced it (已取消，改为PO-R1A; 客户取消，重新下单PO-R2):
  the wire naming the old number pays the new order. Revived, PO-R1 stood paid and PO-R1A
  10,000 open, 91 days, black, where the buyer owed nothing;
- the buyer has another order open for the wire's sum (PO-R2 10,000, no word linking the two):
  the money pays that order, the cancelled one stays cancelled (revived, 10,000, 60 days, watch);
- the payments row names another buyer (Kobe's wire naming Rio's cancelled PO-R1): it is Kobe's
  money, not Rio's word that PO-R1 went ahead. Revived, Rio's order stood paid by it. Where such a
  wire goes is the rule a wire naming another buyer's order is read by (core.ledger.
  order_buyers.SharedNumbers.key: it pays the order of its number), but a payer buying himself
  and owing as much is paid his own open orders (core.ledger.payer_own_first, fix59k).

In each the money is left as it was before fix58e: the buyer's credit, which pays his open
orders (the analysis's account).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.ledger.normalise import fold
from core.ledger.orders import TOLERANCE
from core.similarity import alike

# a payment's note saying the cancelled order went ahead after all (PO-R1客户又要了，照常出货):
# the money is that order's though another open order is of its sum (rv59c s260 g7: read as
# PO-R2's, 10,000, 91 days, black hidden)
_WENT_AHEAD = re.compile(r"照常(?:出货|发货|出运)|(?:又|还是|重新)要了?|继续(?:出货|发货|做)"
                         r"|(?<![不未没])恢复(?:出货|发货|订单)?|went ahead|reinstat")
# each order's open sum by currency, of the buyers asked: one pass over the lines, each finding
# its order by its key (CROSS JOIN keeps the lines outer: the import writes with the lines'
# order_id index set aside, and orders outer would read every line once an order)
OPEN = ("SELECT o.customer_id, l.order_id, l.currency, sum(CASE WHEN coalesce(l.status, '') != "
        "'cancelled' THEN l.amount ELSE 0 END) - sum(CASE WHEN l.received_currency IS NULL THEN "
        "coalesce(l.received_amount, 0) ELSE 0 END) FROM order_lines l CROSS JOIN orders o ON "
        "o.id = l.order_id WHERE o.customer_id IN ({}) GROUP BY l.order_id, l.currency")


# the buyers' orders stored, each with whether a sale line of it stands (not cancelled): a
# successor stored with every line cancelled (PO-R1A 已取消 too) takes no money (fix59m); lines
# outer, as OPEN's
STORED = ("SELECT o.customer_id, o.order_no, max(coalesce(l.status, '') != 'cancelled' AND "
          "l.amount > 0 AND NOT coalesce(l.credit_note, 0)) FROM order_lines l CROSS JOIN orders"
          " o ON o.id = l.order_id WHERE o.customer_id IN ({}) GROUP BY l.order_id")


def successor_dead(named: frozenset[str], stored: dict[str, bool]) -> bool:
    """Is every successor `named` stored for the buyer (`stored`: loose number → a line of it
    stands, :data:`STORED`) with every line cancelled? Cancelled in turn (已取消，改为PO-R1A,
    PO-R1A 已取消 later), none took the wire naming the old order: read as the successor's,
    it was 10,000 of credit hiding PO-R2's 6,000, 91 days, black (rv59c s260 g4). One not
    stored may come in a later file: the money waits as credit, as before."""
    return bool(named) and all(stored.get(number) is False for number in named)


def went_ahead(notes: Iterable[object]) -> bool:
    """Does a payment's note say its cancelled order went ahead after all (:data:`_WENT_AHEAD`)?"""
    return any(isinstance(note, str) and _WENT_AHEAD.search(fold(note)) is not None
               for note in notes)


def another_payer(payers: set[tuple[str, str]] | None, buyer: tuple[str, str]) -> bool:
    """Does a payment row of the order name a customer (key, name) that is not its `buyer`
    (key, name), nor the buyer written otherwise?"""
    return any(key != buyer[0] and not alike(name, buyer[1]) for key, name in payers or ())


def fits_open(money: float, currency: str, order_id: int,
              orders: list[tuple[int, str, float]]) -> bool:
    """Is another of the buyer's `orders` ((id, currency, open sum): :data:`OPEN`) open for
    about `money`?"""
    return any(other != order_id and same == currency and left > TOLERANCE
               and abs(left - money) <= TOLERANCE for other, same, left in orders)
