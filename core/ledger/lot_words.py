"""The words by which a clerk marks a ledger row as another lot of a product (core.ledger.orders
.other_lot; the report's word on such rows is core.ledger.other_lots). Apart from other_lots
because orders, which reads them, is what other_lots' neighbours are built on."""

from __future__ import annotations

import re

# The words by which a clerk marks a row as another shipment of its product: a lot counted
# (第二批, 第2批, 二批, "2nd shipment"), a shipment in parts (分批, partial shipment 2), goods sent
# after (补发, 余货, 尾货, balance shipment). Found in a row's notes or product cell.
LOT_WORDS = re.compile(
    r"第\s*[0-9一二三四五六七八九十]+\s*批|[二三四五六七八九十]批|分批|补发|余货|尾货"
    r"|\b(?:[0-9]+(?:st|nd|rd|th)|second|third|fourth|fifth|final|last|balance)\s+"
    r"(?:shipment|lot|batch|delivery)\b|\bpartial\s+(?:shipment|delivery)\s*(?:no\.?\s*)?#?\s*[0-9]*",
    re.IGNORECASE)


def lot_said(*cells: object) -> str:
    """The lot words a row's cells write ("" for none), each folded: a row is another lot of
    a line only where what it says of its lot differs from what the line said (a second lot
    shown again on the next tab, still noted 第二批, is that lot's line again)."""
    said = [m.group().lower().replace(" ", "") for cell in cells if isinstance(cell, str)
            for m in LOT_WORDS.finditer(cell)]
    return "|".join(said)
