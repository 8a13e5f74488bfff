"""Rows a clerk marks as another lot of a product an earlier tab or file listed: the report's word.

A later tab's row in the place of a line an earlier tab showed is another shipment of the
product, a sale of its own (core.ledger.lot_words.other_lot), only where the clerk says so in
its notes, product or status cell (第二批, 分批, 补发, "2nd shipment"…) and its amount (or
ship date) differs: 40 sofas shipped 04-10 on the 4月 tab, noted 第二批, beside the 3月 tab's
60. A changed amount, quantity or ship date alone is the same line corrected (95 sofas,
9,500, after the buyer took 95): read as another lot it doubled the sale and put a paid
buyer's 10,000 overdue (fix34c). The report names the rows read as another lot so the clerk
can tell (break34d), those read against a line an earlier file stored too (lots35:
core.ledger.stored_lots).
"""

from __future__ import annotations

from core.i18n import NP_
from core.ledger.review import rows_text
from core.messages import Message

_SAID = NP_(
    "{count} row lists a product of an order an earlier tab listed, with another amount or "
    "ship date and its notes or status saying another lot (第二批, 分批, 补发…): read as "
    "another shipment, a sale of its own ({rows}). If it is the same shipment corrected, take "
    "the lot word out of its notes or status and import the file again.",
    "{count} rows list a product of an order an earlier tab listed, with another amount or "
    "ship date and their notes or status saying another lot (第二批, 分批, 补发…): each read "
    "as another shipment, a sale of its own ({rows}). If one is the same shipment corrected, "
    "take the lot word out of its notes or status and import the file again.")
# a row in the place of a line an earlier file stored (core.ledger.stored_lots)
_FILED = NP_(
    "{count} row lists a product of an order an earlier file listed, with another amount or "
    "ship date and its notes or status saying another lot (第二批, 分批, 补发…): read as "
    "another shipment, a sale of its own ({rows}); the earlier file's line is kept as it was. "
    "If it is that shipment corrected, take the lot word out of its notes or status and "
    "import the file again.",
    "{count} rows list a product of an order an earlier file listed, with another amount or "
    "ship date and their notes or status saying another lot (第二批, 分批, 补发…): each read "
    "as another shipment, a sale of its own ({rows}); the earlier file's lines are kept as "
    "they were. If one is that shipment corrected, take the lot word out of its notes or "
    "status and import the file again.")


def lot_messages(rows: list[tuple[str, int]], filed: list[tuple[str, int]] | None = None
                 ) -> list[Message]:
    """The rows (sheet, row) read as another lot of a product an earlier tab listed, and
    those (`filed`) read as another lot of a line an earlier file stored."""
    return [Message("another_lot", text, {"count": len(found), "rows": rows_text(found)})
            for text, found in ((_SAID, rows), (_FILED, filed or [])) if found]
