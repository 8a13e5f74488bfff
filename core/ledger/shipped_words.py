"""The words a status cell says its line has shipped or not by (已出货, 未出货, "not shipped").

Kept apart from core.ledger.normalise (cells' text, names, the status and credit words): a
status cell's shipped words are read by the sheet's fields, the paper typos, the lot words and
a cancelled line's revival (core.ledger.revived_lines) alike.
"""

from __future__ import annotations

import re

from core.ledger.normalise import fold

# A status cell saying its line has not shipped, or its order only in part (a line without a ship
# date is then a part still to ship): 未出货, 待发货, 部分出货, "not shipped", "not sailed yet" (a
# planned row so noted: 10,000 72 days black before fix55q, rv55j s11j); in a ship-date cell too,
# else estimated shipped at order + lead time (record.ship_said). A roll is denied by it too.
NOT_ZH = r"(?:未|待|尚未|还未|还没|没有?|暂未)"
# ... and what was only feared or nearly so (差点被甩柜, 担心甩柜, 怕重复付款): it did not happen
FEARED_ZH = r"(?:差点|险些|几乎|担心|害怕|怕|以防|防止)"
NOT_EN = (r"(?<![a-z])(?:not|never|(?:has|have)(?: not|n[’']?t)|yet to)\s+(?:yet\s+)?"
          r"(?:be(?:en)?\s+)?")
_UNSHIPPED = re.compile(rf"{NOT_ZH}(?:出货|发货|出运|装运|装船)|部分(?:出货|发货|出运)"
                        rf"|{NOT_EN}(?:shipped|ship|sailed|sail|on board|loaded)(?![a-z])"
                        r"|(?<![a-z])(?:unshipped|(?:partly|partially|part) shipped"
                        r"|awaiting shipment|to be shipped)(?![a-z])")


def says_unshipped(text: str | None) -> bool:
    """Does a status cell say its line has not shipped (or its order only in part)?"""
    return bool(text) and bool(_UNSHIPPED.search(fold(text or "")))


# A status cell saying its line, or its lot, has shipped (已出货, 第二批已发, "shipped"): not an
# invoice or papers sent (发票已发), nor a cell saying it has not (:func:`says_unshipped`).
_SHIPPED = re.compile(r"(?<![票单证])已经?(?:出货|发货|出运|装运|装船|交货|发(?![票单]))"
                      r"|(?<![a-z])shipped(?![a-z])")


def says_shipped(text: str | None) -> bool:
    """Does a status cell say its line has shipped (core.ledger.lot_words.lot_waits)?"""
    return bool(text) and not says_unshipped(text) and bool(_SHIPPED.search(fold(text or "")))
