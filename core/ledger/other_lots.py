"""The report's word on rows read as another lot of a product an earlier tab listed.

A later tab's row in the place of a line an earlier tab showed, with another amount and ship
date, or a lower amount and another quantity, is another shipment of the product, a sale of
its own (core.ledger.orders.other_lot): 40 sofas shipped 04-10 on the 4月 tab beside the 3月
tab's 60. Where the clerk meant the same shipment corrected (its day and amount both), that
reads as a second sale; the report names such rows so the clerk can tell (break34d).
"""

from __future__ import annotations

from core.i18n import NP_
from core.ledger.review import rows_text
from core.messages import Message

_SAID = NP_(
    "{count} row lists a product of an order an earlier tab listed, with another amount and "
    "ship date (or a lower amount and another quantity): read as another shipment, a sale of "
    "its own ({rows}). If it is the same shipment corrected, give it the earlier tab's ship "
    "date and quantity and import the file again.",
    "{count} rows list a product of an order an earlier tab listed, with another amount and "
    "ship date (or a lower amount and another quantity): each read as another shipment, a "
    "sale of its own ({rows}). If one is the same shipment corrected, give it the earlier "
    "tab's ship date and quantity and import the file again.")


def lot_messages(rows: list[tuple[str, int]]) -> list[Message]:
    """The rows (sheet, row) read as another lot of a product an earlier tab listed."""
    said = {"count": len(rows), "rows": rows_text(rows)}
    return [Message("another_lot", _SAID, said)] if rows else []
