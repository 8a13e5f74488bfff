"""A payment without an order number that another file stored already: the case left open.

Such a payment is known by its customer, day, product and sum (core.ledger.keys.paid_part):
a clerk's ledger re-sent with last month's payments repeats each once, and two payments of
other sums on one day are two. Two payments of ONE sum on one day, one in each of two files,
cannot be told from one payment sent twice: the import counts it once. It is quiet where this
file re-sends the file the payment was stored from (it shows every line still stored from that
file: a cumulative ledger, under another month's name), and said, with the rows, where it does
not (the orders workbook's 收款 tab and the bank's list of slips): a second payment missed
leaves an invoice open, and the clerk can say it is one by writing the invoice it pays.
A payment naming its invoice is known by its invoice, day and sum (keys.DAY): one sum on one
day on one invoice from two files is left open the same way, and named the same way.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable

from core.i18n import NP_
from core.ledger.invoiced_payments import invoiced_elsewhere
from core.ledger.keys import DESCRIBED, PAID, SUM
from core.ledger.order_buyers import SHARED_SHOWN
from core.messages import Listed, Message, Noted

Written = Callable[[], Iterable[tuple[str, int, str]]]  # (sheet, row, line key) of each row


def payments_seen_before(conn: sqlite3.Connection, file_name: str, written: Written,
                         paired: Collection[str | None] = ()) -> list[Message]:
    """After the file's lines are written: its payments without an order number found stored
    from another file it does not re-send, a note per sheet; then those another list stored
    with or without their invoice (core.ledger.invoiced_payments). Not those of a file
    `paired` with this one by a payment it corrects or moves (core.ledger.corrected_payments):
    that note says already what the two files share, and a second one beside it, on the same
    files' payments, told the clerk two stories (pay33)."""
    return [*_seen(conn, file_name, written, paired),
            *invoiced_elsewhere(conn, file_name, written)]


def _seen(conn: sqlite3.Connection, file_name: str, written: Written,
          paired: Collection[str | None]) -> list[Message]:
    places: dict[str, tuple[str, int]] = {}
    for sheet, row, key in written():
        if PAID + SUM in key:
            places.setdefault(key, (sheet, row))
    if not places:
        return []
    found = conn.execute(
        "SELECT line_key, source_file FROM order_lines WHERE line_key IN (SELECT value FROM "
        "json_each(?)) AND source_file IS NOT ?", (json.dumps(sorted(places)), file_name)
    ).fetchall()  # shown unchanged: a line this file wrote has its name
    if not found:
        return []
    keys = {key for _, _, key in written()}
    sources = {source for _, source in found}
    sent_again = sources - {source for source, key in conn.execute(
        "SELECT source_file, line_key FROM order_lines WHERE source_file IN (SELECT value "
        "FROM json_each(?)) OR (source_file IS NULL AND ?)",
        (json.dumps(sorted(filter(None, sources))), None in sources))
        if key not in keys}  # one scan of the lines (source_file has no index), not one a file
    by_sheet: dict[tuple[str, bool], list[Noted]] = {}
    for key, source in sorted(found, key=lambda f: places[f[0]]):
        if source not in sent_again and source not in paired:
            sheet, row = places[key]
            by_sheet.setdefault((sheet, key.startswith(DESCRIBED)), []).append(
                Noted(str(row), source or ""))
    return [Message("payment_stored_before", NP_(
        "Sheet “{sheet}”: {count} payment without an order number has the customer, day and "
        "sum of a payment stored from another file, row {rows}: taken as that payment sent "
        "again and counted once. If it is a second payment of that sum on that day, write the "
        "invoice it pays in its order-number column and import this file again.",
        "Sheet “{sheet}”: {count} payments without an order number have the customer, day and "
        "sum of payments stored from other files, rows {rows}: taken as those payments sent "
        "again and counted once. If one is a second payment of that sum on that day, write the "
        "invoice it pays in its order-number column and import this file again.")
        if unnumbered else NP_(
        "Sheet “{sheet}”: {count} payment on an invoice has the invoice, day and sum of a "
        "payment stored from another file, row {rows}: taken as that payment sent again and "
        "counted once. If it is a second payment of that sum on that day, that invoice is "
        "shown that much less paid.",
        "Sheet “{sheet}”: {count} payments on invoices have the invoice, day and sum of "
        "payments stored from other files, rows {rows}: taken as those payments sent again and "
        "counted once. If one is a second payment of that sum on that day, its invoice is "
        "shown that much less paid."),
        {"sheet": sheet, "count": len(rows), "rows": Listed(rows, SHARED_SHOWN)})
        for (sheet, unnumbered), rows in by_sheet.items()]
