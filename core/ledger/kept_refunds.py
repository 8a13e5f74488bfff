"""A return's refund an earlier import stored that a file sent again no longer makes.

A row saying goods came back and their money went back (退货退款) is stored as two lines, a
credit note and a refund (core.ledger.typed_rows.both_lowered). The clerk re-sends the month
with the row now saying the money was set against the next order (退货退款，抵扣下批货款): the
file writes the credit note alone, and the refund the earlier import stored stayed: R-2 shown
2,000 open 49 days and Rio watched, where the newer file says nothing is open (refund35).

So, after the write, a refund line goes where this file wrote the credit note of its row and
no refund of it: the refund sits on the credit note's order, at its sum, stored from the file
and sheet the credit note was first written from, and this file did not write it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

from core.i18n import NP_
from core.ledger.corrected_payments import drop_lines
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.payment_lines import Stored, Written, lines
from core.messages import Listed, Message

# the credit notes this file wrote: (order, sum, first file, first sheet) -> their line keys
_CREDITS = ("SELECT line_key, order_id, amount, first_file, first_sheet FROM order_lines "
            "WHERE line_key IN (SELECT value FROM json_each(?)) AND credit_note = 1 "
            "AND amount < 0")
_REFUNDS = ("l.order_id IN (SELECT value FROM json_each(?)) AND l.amount = 0 "
            "AND l.received_amount < 0")


_REMOVED = NP_(
    "{count} row of “{file}” no longer makes a refund of its return (its words now say the "
    "money was kept, or another row of the file books the refund), where “{source}” made one: "
    "the refund stored from that file was removed: {rows}.",
    "{count} rows of “{file}” no longer make a refund of their returns (their words now say "
    "the money was kept, or another row of the file books the refund), where “{source}” made "
    "them: the refunds stored from that file were removed: {rows}.")


def drop_kept_refunds(conn: sqlite3.Connection, file_name: str, written: Written
                      ) -> list[Message]:
    """Remove the refunds stored of rows this file now reads as a credit note alone, and say
    so, a note per file they were stored from."""
    rows: dict[tuple[str, int], list[str]] = defaultdict(list)
    for sheet, row, key in written():
        rows[sheet, row].append(key)
    alone = {keys[0]: place for place, keys in rows.items() if len(keys) == 1}
    if not alone:
        return []
    credits: dict[tuple[object, ...], list[tuple[str, int]]] = defaultdict(list)
    for key, order, amount, first_file, first_sheet in conn.execute(
            _CREDITS, (json.dumps(sorted(alone)),)):
        credits[order, round(amount, 2), first_file, first_sheet].append(alone[key])
    if not credits:
        return []
    keys = {key for keys in rows.values() for key in keys}
    orders = json.dumps(sorted({order for order, *_ in credits}))
    stale: list[Stored] = []
    said: dict[str, list[str]] = defaultdict(list)
    for line in lines(conn, _REFUNDS, orders):
        place = (line.order_id, round(line.received or 0.0, 2), line.source, line.place[0])
        if line.key not in keys and credits.get(place):
            sheet, row = credits[place].pop(0)
            stale.append(line)
            said[line.source or ""].append(f"{sheet} {row}")
    drop_lines(conn, stale)
    return [Message("kept_refunds_removed", _REMOVED, {
        "count": len(places), "file": file_name, "source": source,
        "rows": Listed(sorted(places), SHARED_SHOWN)}) for source, places in said.items()]
