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

One wire two lists read otherwise (core.ledger.payment_lines.bank_read), a file this one does
not re-send or another tab of this one: the 收款 tab's 5,000 and the bank's slip's 4,985 of
that day (its charge taken off), or March's 03-31 and April's 04-01 of one sum (the bank's
value day), under one reference. Both were counted (9,985 received, 10,000 for 5,000). Counted
once, named with both rows: the sum that reached the bank, on its value day (the later).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from functools import partial

from core.i18n import NP_
from core.ledger.corrected_payments import drop_lines
from core.ledger.deleted_orders import unlisted
from core.ledger.doubled_wires import doubled_wires
from core.ledger.exchanged_payments import ONE_WIRE, UNRATED, Exchange, exchanged_messages
from core.ledger.invoiced_payments import invoiced_elsewhere
from core.ledger.keys import DESCRIBED, PAID, SUM
from core.ledger.listed_twice import listed_twice
from core.ledger.lump_wires import lump_wires
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.payment_lines import (
    MARK,
    VALUE_DAY,
    Pair,
    Stored,
    Written,
    bank_read,
    gone,
    lines,
    pair_said,
    per_sheet,
    vouched,
)
from core.ledger.row_places import row_here
from core.ledger.set_aside import put_back
from core.ledger.value_days import near_days
from core.ledger.wire_lists import Lists
from core.ledger.written_keys import marked
from core.messages import Listed, Message
from core.overrides import merged_keys


def payments_seen_before(conn: sqlite3.Connection, file_name: str, written: Written,
                         paired: Collection[str | None] = (), stored_before: bool = True
                         ) -> list[Message]:
    """After the file's lines are written: its payments without an order number found stored
    from another file it does not re-send, a note per sheet; then those another list stored
    with or without their invoice (core.ledger.invoiced_payments). Not those of a file
    `paired` with this one by a payment it corrects or moves (core.ledger.corrected_payments):
    that note says already what the two files share, and a second one beside it, on the same
    files' payments, told the clerk two stories (pay33). One wire on several invoices' rows
    and on the bank's list less its charge: core.ledger.lump_wires. The file's keys of
    payments keyed by their sum are found once for the three rules asking them (a pass over a
    million rows each, lin38). One wire this file lists twice itself (core.ledger.listed_twice)
    before the other lists are weighed against its invoices; first, a row another list set
    aside as one wire listed twice, back where this file made its reference an order's number
    (core.ledger.set_aside). `stored_before`: whether the store held an order before this
    file. None held, every stored line is this file's, and the two rules weighing its rows
    against another file's alone (lump_wires, _seen) have none to weigh: a scan of the lines
    each at 100k (perf68a); _seen none either where the file wrote no payment keyed by its
    sum."""
    back = put_back(conn, file_name)  # an earlier list's row, its reference an order's now
    paid = marked(written, MARK)
    return [*back, *_read_otherwise(conn, file_name, paid, paired),
            *listed_twice(conn, file_name, written, paid),
            *(lump_wires(conn, file_name, written, paid, paired) if stored_before else ()),
            *(_seen(conn, file_name, written, paired) if paid and stored_before else ()),
            *invoiced_elsewhere(conn, file_name, written, paid),
            *doubled_wires(conn, file_name, merged_keys(conn))]  # under alike names (rv53a f5)


def _read_otherwise(conn: sqlite3.Connection, file_name: str, keys: Collection[str],
                    paired: Collection[str | None]) -> list[Message]:
    """This file's payments that are another list's wire read otherwise by the bank, each
    paired with the one row it can be (of a file not `paired`, or another tab of this one, not
    listed on its sheet): the other gone, a note per sheet. `keys`: the file's keys carrying
    MARK (core.ledger.written_keys.marked), every line asked of below is keyed by its sum."""
    mine = [line for line in lines(conn, "l.line_key IN (SELECT value FROM json_each(?))",
                                   json.dumps(sorted(keys)))
            if line.source == file_name and line.received and line.day]
    if not mine:
        return []
    others: list[Stored] = [line for line in lines(
        conn, "o.customer_id IN (SELECT value FROM json_each(?)) AND instr(l.line_key, ?) > 0",
        json.dumps(sorted({line.place[1] for line in mine})), MARK)
        if line.received and line.day and (line.source == file_name or (
            line.key not in keys and line.source not in paired))]
    lists = Lists(conn, {line.place[1] for line in mine})
    # the list a line of this file was first stored from, where another's row of it was
    # (the bank's list before the tab): a list holds a wire once, so its other rows are other
    # wires (the bank's 5,000 USD and 35,500 CNY of N-1, the tab listing one: two, break35a)
    first = {line: (source, sheet) for line, source, sheet in conn.execute(
        "SELECT id, first_file, first_sheet FROM order_lines WHERE id IN (SELECT value FROM "
        "json_each(?)) AND first_file IS NOT ?", (json.dumps([m.id for m in mine]), file_name))}
    totals: dict[tuple[str | None, str | None, int, str, str | None], float] = {}
    for other in others:
        at = _list_day(other)
        totals[at] = totals.get(at, 0.0) + (other.received or 0.0)

    def day_total(line: Stored) -> float:
        return totals.get(_list_day(line), line.received or 0.0)

    found: dict[int, list[tuple[Pair, str]]] = {}
    exchange, unrated = Exchange(conn), list[Pair]()  # a wire in two currencies (rare)
    near = _by_customer_day(others)
    for line in mine:
        found[line.id] = []
        for other in _near(near, line):
            if other.id == line.id or (other.source, other.place[0]) in (
                    (file_name, line.place[0]), first.get(line.id)):
                continue
            numbers = partial(lists.numbers, line.place[1])
            read = bank_read(pair := Pair(other, line), numbers, day_total,
                             exchange.per_unit) or exchange.read(pair, numbers)
            if read == UNRATED:
                unrated.append(pair)
            elif read and (read != VALUE_DAY or vouched(pair, lists.own(line.place[1]), lists)):
                found[line.id].append((pair, read))
    taken: dict[int, int] = {}
    for pairs in found.values():
        for pair, _ in pairs:
            taken[pair.old.id] = taken.get(pair.old.id, 0) + 1
    once = [pairs[0] for line, pairs in found.items() if len(pairs) == 1
            and taken[pairs[0][0].old.id] == 1 and not (  # one tab's pair, once
                pairs[0][0].old.source == file_name and pairs[0][0].old.id > line)]
    drop_lines(conn, [exchange.gone(pair) if read == ONE_WIRE else gone(pair)
                      for pair, read in once])
    bank = [pair for pair, read in once if read != ONE_WIRE]
    return [*exchanged_messages([pair for pair, read in once if read == ONE_WIRE], unrated),
            *per_sheet("payment_read_otherwise", NP_(
        "Sheet “{sheet}”: {count} payment is a wire another list has too, the bank's charge "
        "taken off or on the bank's value day, under the same reference, row {rows}: counted "
        "once, the sum that reached the bank on its value day.",
        "Sheet “{sheet}”: {count} payments are wires other lists have too, the bank's charge "
        "taken off or on the bank's value day, under the same references, rows {rows}: each "
        "counted once, the sum that reached the bank on its value day."), bank, pair_said)]


def _by_customer_day(others: list[Stored]) -> dict[tuple[int, str], list[Stored]]:
    """The other rows by customer and day, in their order: every reading of two rows as one
    wire (bank_read, Exchange.read) is of one customer (payment_lines._receipts), on one day or
    within value_days. A clerk's book of 10,000 rows has some 3,000 such rows: each weighed
    against all of them was 60 s of a 10k import (perf56a)."""
    found: dict[tuple[int, str], list[Stored]] = {}
    for other in others:
        found.setdefault((other.place[1], str(other.day)[:10]), []).append(other)
    return found


def _near(near: dict[tuple[int, str], list[Stored]], line: Stored) -> list[Stored]:
    """The rows `line` may be one wire with: its customer's of its day (first, in their order,
    as the pairs no rate tells are named in), then of the days within value_days."""
    customer, day = line.place[1], str(line.day)[:10]
    return [*near.get((customer, day), ()), *(
        other for near_day in near_days(day) for other in near.get((customer, near_day), ()))]


def _list_day(line: Stored) -> tuple[str | None, str | None, int, str, str | None]:
    """A row's list (file and sheet), customer, day and money: what `bank_read` weighs a lump
    by."""
    return line.source, line.place[0], line.place[1], str(line.day)[:10], line.currency


def _seen(conn: sqlite3.Connection, file_name: str, written: Written,
          paired: Collection[str | None]) -> list[Message]:
    places: dict[str, tuple[str, int]] = {}
    for sheet, row, key in written(PAID + SUM):
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
        "SELECT source_file, line_key FROM order_lines WHERE (source_file IN (SELECT value "
        f"FROM json_each(?)) OR (source_file IS NULL AND ?)) AND NOT {unlisted()}",
        (json.dumps(sorted(filter(None, sources))), None in sources))
        if key not in keys}  # one scan of the lines (source_file has no index), not one a file;
        # an order a later file deleted (core.ledger.deleted_orders) is not missing from this one
    by_sheet: dict[tuple[str, bool], list[Message]] = {}
    for key, source in sorted(found, key=lambda f: places[f[0]]):
        if source not in sent_again and source not in paired:
            sheet, row = places[key]
            by_sheet.setdefault((sheet, key.startswith(DESCRIBED)), []).append(
                row_here(row, source))
    return [Message("payment_stored_before", NP_(
        "Sheet “{sheet}”: {count} payment without an order number has the customer, day and "
        "sum of a payment stored from another file ({rows}): taken as that payment sent "
        "again and counted once. If it is a second payment of that sum on that day, write the "
        "invoice it pays in its order-number column and import this file again.",
        "Sheet “{sheet}”: {count} payments without an order number have the customer, day and "
        "sum of payments stored from other files ({rows}): taken as those payments sent "
        "again and counted once. If one is a second payment of that sum on that day, write the "
        "invoice it pays in its order-number column and import this file again.")
        if unnumbered else NP_(
        "Sheet “{sheet}”: {count} payment on an invoice has the invoice, day and sum of a "
        "payment stored from another file ({rows}): taken as that payment sent again and "
        "counted once. If it is a second payment of that sum on that day, that invoice is "
        "shown that much less paid.",
        "Sheet “{sheet}”: {count} payments on invoices have the invoice, day and sum of "
        "payments stored from other files ({rows}): taken as those payments sent again and "
        "counted once. If one is a second payment of that sum on that day, its invoice is "
        "shown that much less paid."),
        {"sheet": sheet, "count": len(rows), "rows": Listed(rows, SHARED_SHOWN)})
        for (sheet, unnumbered), rows in by_sheet.items()]
