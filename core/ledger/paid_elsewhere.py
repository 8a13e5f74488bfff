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
  order_buyers.SharedNumbers.key: it pays the order of its number), as before fix58e.

In each the money is left as it was before fix58e: the buyer's credit, which pays his open
orders (the analysis's account).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.ledger.normalise import fold
from core.ledger.noted_orders import loose_number
from core.ledger.orders import TOLERANCE
from core.similarity import alike

# the order that replaced the cancelled one, named by a number: letters then digits (PO-R1A,
# YW25-0050) or four digits or more (250301), not a day (3/15, 20250601) nor a count (改为30天,
# 改成500个, 改为1000pcs), nor what a field of the order was changed to (交期改为20250601, 数量
# 改为1000pcs: read as successors, the wire became credit and hid PO-R2's 6,000, 91 days,
# black, rv59c s260 g2/g3)
_FIELD = (r"(?<!交期)(?<!货期)(?<!船期)(?<!日期)(?<!时间)(?<!数量)(?<!单价)(?<!价格)(?<!金额)"
          r"(?<!付款)")
_SUCCESSOR = re.compile(rf"{_FIELD}(?:改为|改成|换成|转为|重新下单|重下单)\s*[:：]?\s*"
                        r"(?:新?(?:订单|单)号?)?\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9\-_/.]*+)"
                        r"(?![年月日号天个件套箱只双条台])")
_NUMBER = re.compile(r"[A-Za-z][A-Za-z\-_/.]*\d[A-Za-z0-9\-_/.]*"
                     r"|(?!20\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])$)\d{4,}")
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


def names_successor(notes: Iterable[object]) -> frozenset[str]:
    """The numbers (loose keys) a cancelled line's note names as the order that replaced it
    (改为PO-R1A); empty where it names none."""
    return frozenset(loose_number(found[1]) for note in notes if isinstance(note, str)
                     for found in _SUCCESSOR.finditer(note) if _NUMBER.fullmatch(found[1]))


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
