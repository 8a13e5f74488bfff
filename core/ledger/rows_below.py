"""The rows below a noted payment row of its order: what the order had open before the row.

A clerk books the balance row when part of it comes (5,000 of 7,000 on 04-20, or the whole
7,000 typed) and notes the rest owed (还差2000); when the rest comes she types its own row
under it (2,000 on 05-10). Read as had before the noted row, that row made the note's rest a
share of less than was open: the rest read 3,000 of the 5,000 (rv67c T1o). Read as later
payments whatever they were, a repeat, a correction or another order's money below paid the
rest (rv67i). So a row below is a later payment only while the order has room for it beside
what the noted row's note says came (rv68b A1, A2), and not the row again, another's money
or money sent back (rv68b A3, A4).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime

from core.ledger.bank_charges import short
from core.ledger.came_words import ANOTHER_ORDER, CLAUSE
from core.ledger.forfeits import PAID_BACK, TO_BUYER, refunded
from core.ledger.held_by_order import OrderRows
from core.ledger.normalise import fold
from core.ledger.noted_orders import REFERENCE, Known, others_number
from core.ledger.part_of import other_before
from core.ledger.part_said import part_came
from core.ledger.payment_kinds import BALANCE, DEPOSIT, kinds
from core.ledger.payment_row_words import payment_words
from core.ledger.rest_rows import close


def due(order: OrderRows, index: int, known: Known = frozenset,
         theirs: bool = True) -> float | None:
    """What an order had open before its payment row `index`: its amount less its other
    receipts (its own rows' unless they hold the payment rows' sum), not those of rows below
    it dated on or after its day: they came after its note (3,000 定金, 5,000 noted 还差2000 and
    below it 2,000 尾款付清, all of 04-20 but the deposit: the 2,000 taken as had, the note's
    rest read 3,000 of the 5,000, 2,000, 72 days, black for a buyer paid up, rv67c T1o) —
    only while the order had room for them beside what the row's note says came (:func:`_room`),
    never the row again (its sum and day, its note naming no payment) nor one its note gives to
    another order or back to the buyer (:func:`given_away`): a repeat, a correction or
    another's money below cleared a rest owed, 2,000, 72 days, black → nothing (rv67i a2, a3).
    `theirs`: such a row is had before the row (another's money stays no payment of this
    order's rest); False, where the note says its rest came on its own day (rest_day), it is
    no receipt of this order's at all (rv68b A7). None: no amount known."""
    mine = next(((r, d, s) for i, r, d, s, _ in order.received if i == index), (0.0, None, ()))
    rows = math.fsum(r for i, r, d, *_ in order.received if i != index)
    own = math.fsum(r for r, _ in order.own)
    held = close(own, rows + mine[0])
    # a row below of its sum and day is it again: one writing its note too (同上) is its copy,
    # counted once (rest_rows.rest_again), no receipt before it; one writing another (重复录入,
    # 作废) no payment after it either; one writing none, or only a payment's words (余款, 第二
    # 笔), is a further payment where the order has room for it (3,500 noted 还差3500 and 3,500
    # 余款 the same day: read as a repeat, 3,500, 72 days, black for a buyer paid up, rv68b A3)
    again = [(i, r, s) for i, r, d, s, _ in order.received if i > index and close(r, mine[0])
             and on_or_after(d, mine[1]) and on_or_after(mine[1], d)]
    rows -= math.fsum(r for _, r, said in again if list(said) == list(mine[2]))
    repeats = {i for i, _, said in again if list(said) == list(mine[2]) or not _further(said)}
    away = [r for i, r, d, said, _ in order.received if i > index and i not in repeats
            and given_away(said, order.number, known)] if not theirs else []
    # ... dated before it too, but for the deposit's: typed below the noted row, the rest's own
    # (2,000 of 04-18 under 5,000 noted 还差2000 of 04-20: read as had, the rest 3,000 of the
    # 5,000, 2,000, 72 days, black for a buyer paid up, rv68b C7)
    # ... but none dated before the order's first receipt (货款 2,000 of 02-20 under an order
    # of 03-01 whose deposit came 03-02: another's money, read as the rest, nothing owed for
    # 2,000, 72 days, black, rv68j R2), nor a deposit's under an order whose deposit came
    # (定金30% 3,000 of 05-01, the next order's: the rest paid with 1,000 credit, rv68j R1)
    floor, deposit = _first(order, index)
    below = [(r, _deposit_row(order.products.get(i), said)) for i, r, d, said, _
             in order.received if i > index and (
        on_or_after(d, mine[1]) or on_or_after(mine[1], d)
        and not _deposit_row(order.products.get(i), said)) and i not in repeats
        and (floor is None or on_or_after(d, floor))
        and not (deposit and _deposit_row(order.products.get(i), said))
        and not given_away(said, order.number, known)]
    rows -= math.fsum(away)
    before = rows - math.fsum(r for r, _ in below) + (0.0 if held else own)
    later = _room(order, mine, below, before, known)
    return order.amount - rows + later - (0.0 if held else own) if order.amount > 0 else None


def _first(order: OrderRows, index: int) -> tuple[object, bool]:
    """The day of an order's first receipt before its payment row `index` (its own rows' or a
    payment row's above it; no money of the order came before it, the order's own day unknown
    here), and whether one above it was a deposit's."""
    days = [d for i, _, d, *_ in order.received if i < index] + [d for _, d in order.own]
    known_days = [day for day in map(_as_date, days) if day is not None]
    return (min(known_days) if known_days else None), bool(order.own) or any(
        _deposit_row(order.products.get(i)) for i, *_ in order.received if i < index)


def _deposit_row(product: object, said: Sequence[object] = ()) -> bool:
    """Is a row the deposit's by its 品名, the balance named neither there nor in its note (余款
    (扣除定金), 定金+尾款, 定金30% noted 补尾款 are the rest: read as a deposit's, a buyer paid up
    stood 2,000, 72 days, black, rv68n #1, #6)?"""
    found = kinds(product)
    return DEPOSIT in found and BALANCE not in found and not any(
        BALANCE in kinds(note) for note in said)


def _room(order: OrderRows, mine: tuple[float, object, Sequence[object]],
          below: list[tuple[float, bool]], before: float, known: Known) -> float:
    """The rows `below` a payment row (`mine`: its sum, day and note) that are later payments:
    each while the order has room for it beside the receipts had `before` it and what the
    row's note says came (7,000 typed noted 尚欠2000 is 5,000 come: read as 7,000, the rest's
    own 2,000 row below overflowed and was dropped, 2,000, 72 days, black for a buyer paid up,
    rv68b A1), or past the room, nearer the room than the row's own sum: the rest paid with
    more (2,500 below 5,000 noted 还差2000: its 500 a credit, as before fix67l; dropped,
    2,000, 72 days, black, rv68b A2) but for a deposit's (`below`: each row's sum and whether
    it is), not the row repeated or corrected (5,000 重复录入, 4,800 更正: typed_apart._over's
    bound)."""
    came = part_came(mine[2], mine[0], order.amount - before, order.currency, order.amount,
                     order.number, known)
    got = before + (mine[0] if came is None else max(came, 0.0))
    top, later = order.amount + short(order.amount), 0.0
    for money, deposit in below:
        room = top - got
        if got + money <= top or not deposit and room > short(order.amount) and abs(
                money - room) < min(
                abs(money - mine[0]), abs(money - (mine[0] if came is None else came))):
            later += money
        got += money
    return later


def _further(said: Sequence[object]) -> bool:
    """Does a row's note say nothing, or only a payment's words (余款, 第二笔, 尾款): a further
    payment, not the row above again?"""
    return all(not isinstance(text, str) or not text.strip() or payment_words(text)
               or _FURTHER.fullmatch(fold(text)) is not None for text in said)


# a further payment in words (3,500 noted 还差3500 and 3,500 below the same day noted 第二批 /
# 另一笔 / 第二次付款 / 又收3500: read as a repeat, 3,500, 72 days, black for a buyer paid up,
# rv68j L2); 重复 / 重复了 / 多录了一行 stay repeats
_FURTHER = re.compile(r"\s*(?:(?:这是|是)?(?:第[二三四2-4](?:批|笔|次)|另一笔)"
                      r"(?:付款|收款|款|货款|尾款)?|又收(?:到|了)?\s*(?:usd|us\$|\$)?\s*[\d,.]*)\s*")


# a row's note giving its money to another order, lot or season, its clause naming nothing
# else (另一单的, 是另一单的货款, 另一单的，不是本单, 下批定金: came_words.ANOTHER_ORDER), or
# said to have gone back to the buyer (已退回客户: forfeits.refunded), the money itself, not a
# thing sent back (已收，单据已退回客户: the papers; read as the money, 2,000, 72 days, black
# for a buyer paid up, rv68b A4): no later payment of this order's (rv67i a2, a3); another
# order by its number (是2025-799的, 2025-7011的货款) or in other words (别的订单的, "another
# order's", "for another order": read as this order's, the rest paid, rv68b A7, C3)
_OWNER = re.compile(r"\s*(?:这笔|此笔|该笔)?\s*(?:是|属于)?\s*(?:客户的?)?(?P<what>.+?)\s*的?\s*"
                    r"(?:货款|尾款|余款|定金|订金|款|钱)?\s*")
_OTHER_EN = re.compile(r"\s*(?:(?:for|of|on)\s+)?(?:an|the)?\s*other\s+(?:order|invoice|po)"
                       r"(?:'s)?(?:\s+(?:money|payment))?\s*")
_BACK = re.compile(f"{PAID_BACK}|{TO_BUYER}")
# ... said of the money alone without 已 (退回客户 / 退款给客户: read as the rest, nothing owed
# for 2,000, 72 days, black, rv68j L3), or disowned (不是本单的, rv68j L4)
_SENT_BACK = re.compile(r"\s*(?:货?款|钱)?\s*(?:退[回还给]|退款给?)客户"
                        r"\s*(?:usd|\$)?\s*[\d,.]*\s*")
_NOT_OURS = re.compile(r"\s*(?:这笔|此笔|该笔)?\s*不(?:是|属于)(?:本|这个?|此|该)[单订]单?"
                       r"(?:的|之)?\s*(?:货款|尾款|款|钱)?\s*")


def given_away(said: Sequence[object], number: object = None, known: Known = frozenset
               ) -> bool:
    """Does a payment row's note give its money to another order than `number` (its order's;
    by its number as noted_orders.others_number reads one: not its own in another spelling,
    PI2025-701, nor the buyer's PO4521 unless `known`, the numbers the sheet sells) or back to
    the buyer?"""
    for text in (fold(text) for text in said if isinstance(text, str)):
        for clause in CLAUSE.split(text):
            if refunded(clause) is not None and not any(
                    other_before(clause, back.start()) for back in _BACK.finditer(clause)):
                return True
            if (owner := _OWNER.fullmatch(clause)) is not None and (
                    ANOTHER_ORDER.fullmatch(what := owner["what"]) is not None
                    or REFERENCE.fullmatch(what) is not None and number is not None
                    and others_number(what, number, known)):
                return True
            if _SENT_BACK.fullmatch(clause) or _NOT_OURS.fullmatch(clause):
                return True
            if _OTHER_EN.fullmatch(clause) is not None:
                return True
    return False


def on_or_after(day: object, since: object) -> bool:
    """Is a row's `day` known and on or after `since` (a day known too)? Either a date or its
    ISO text (the import's columns hold text, a reader's cells dates)."""
    first, then = _as_date(day), _as_date(since)
    return first is not None and then is not None and first >= then


def _as_date(day: object) -> date | None:
    if isinstance(day, datetime):
        return day.date()
    if isinstance(day, date):
        return day
    try:
        return date.fromisoformat(day[:10]) if isinstance(day, str) else None
    except ValueError:
        return None
