"""One wire a file lists twice itself, the second time less the bank's charge.

A clerk keeping a 台账 fills 已收金额 on INV-1 (10,000) and INV-2 (5,000) from the wire TT-5,
and the same workbook's 收款 tab pastes the bank's slip of that wire, 14,965 "TT-5" (its 35
charge off) under no invoice: the same money. Both were counted, 15,000 shown on account and
what is overdue hidden (wire38). Likewise a 收款 tab listing the bank's slip 4,985 "TT881" and
the clerk's own 5,000 "TT-881 货款" of the same day: one wire, counted 9,985 (wire38); and the
slip on a tab of its own, the bank's list imported first: 9,985, where in any other order the
two tabs were one wire (payments_seen._read_otherwise asks only lines stored from this file).
So was a 收款 row naming its invoice, 9,965 "TT-5" under INV-1 beside INV-1's own 已收 10,000
"TT-5": 9,965 on account (acct38b); such a slip is weighed against its invoice's rows alone.

The rules weighing two lists (core.ledger.lump_wires, core.ledger.payments_seen) never weigh
one file's rows against each other: a list holds a wire once, and one list's two payments of
a day are as likely two wires. Here the file itself says they are one, conservatively: the
same wire reference folded (TT-881 = TT881), one that is none of the customer's order or
invoice numbers (an invoice is what two instalments share too), the same day and currency,
and the sums apart by no more than the bank's charge the other rules allow (bank_charges.
charge), not equal (equal sums are core.ledger.receipts' before the write). Each row paired
once, or left as it was. Kept as the other rules keep it: the invoices' rows as they place the
wire (the slip gone), of two payment rows the sum that reached the bank (payment_lines.gone).

wire40: a slip naming the invoice row's own order, 4,985 "K-7" (or filed under K-7) beside
K-7's 已收 5,000 "K-7" of its day, was counted twice in one file (1,985 on account) and once
across two: the order's number is weighed here as lump_wires weighs it between files (`_order`).
And the slip of TT-881 on the bank's value day, 04-21, beside K-7's 已收 5,000 "TT-881" of
04-20 (5,000 or 4,985) was counted twice in every order: the rows of a near day are its wire
(`_near`, lump_wires.near_rows), under a reference none of the customer's numbers.

A line is this file's where this file writes its key, whatever file first stored it (a bank's
list imported before the ledger that re-lists its slip): the account is the same in any order.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection
from functools import partial
from itertools import combinations

from core.i18n import NP_
from core.ledger.corrected_payments import drop_lines
from core.ledger.exchanged_payments import Exchange
from core.ledger.keys import NUMBERED
from core.ledger.lump_wires import TOLD, listed_alone, near_rows, wire_rows
from core.ledger.noted_orders import noted_order, wire_references
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.payment_lines import (
    CHARGED,
    MARK,
    Pair,
    Stored,
    Written,
    bank_read,
    gone,
    lines,
)
from core.ledger.row_places import at_rows, file_said
from core.ledger.set_aside import set_aside
from core.ledger.value_days import VALUE_DAYS, near_days
from core.ledger.wire_lists import Lists
from core.ledger.wire_told import rows_told
from core.messages import Listed, Message, Noted

Place = tuple[str, int]  # this file's sheet and row of a line (its first showing)
Day = tuple[int, str, str | None]  # customer, day, money


def listed_twice(conn: sqlite3.Connection, file_name: str, written: Written,
                 paid: Collection[str]) -> list[Message]:
    """This file's payments keyed by their sum (`paid`: core.ledger.written_keys.marked) that
    are, less the bank's charge, a wire the file counts already: on its invoices' received
    figures, or on another row (of its sheet: core.ledger.payments_seen._read_otherwise weighs
    two tabs, but only of lines stored from this file, not one re-listing a bank's list
    imported first). Each gone, a note per sheet."""
    slips = lines(conn, TOLD + "l.line_key IN (SELECT value FROM json_each(?))",
                  json.dumps(sorted(paid))) if paid else []
    if not slips:
        return []
    lists, exchange = Lists(conn, {line.place[1] for line in slips}), Exchange(conn)
    sales = _sales(conn, slips)
    # first whatever file's rows: a pass over this file's rows only where any pair is likely
    pairs, left = _twice(slips, lists, exchange)
    likely = {line.key for slip, found in _lumps(slips, sales, lists, exchange).items()
              for line in (slip, *found)} | {line.key for pair in pairs for line in pair} | {
                  line.key for line in left}
    if not likely:
        return []
    places = _places(written, likely)
    sales = [line for line in sales if line.key in places]  # this file's own
    lumps = _lumps([line for line in slips if line.key in places], sales, lists, exchange)
    twice, left = _twice([line for line in slips if line.key in places and line not in lumps],
                         lists, exchange)
    set_aside(conn, file_name, [
        *((slip, places[slip.key],
           set().union(*(rows_told(slip, line, lists, dated=True) for line in found)))
          for slip, found in lumps.items()),
        *((gone(pair), places[gone(pair).key], rows_told(*pair, lists)) for pair in twice)])
    drop_lines(conn, [*lumps, *(gone(pair) for pair in twice)])
    near = {slip: _lump_said(file_name, slip, found, places) for slip, found in lumps.items()
            if _dated(found[0]) != _dated(slip)}
    lump_notes = {slip: _lump_said(file_name, slip, found, places)
                  for slip, found in lumps.items() if not slip.place[2] and slip not in near}
    invoice_notes = {slip: _lump_said(file_name, slip, found, places)
                     for slip, found in lumps.items() if slip.place[2] and slip not in near}
    twice_notes = {gone(pair): _twice_said(file_name, pair, places) for pair in twice}
    return [*_per_sheet("payment_invoice_listed_twice", NP_(
        "Sheet “{sheet}”: {count} payment naming its invoice is, less the bank's charge, the "
        "wire this file's row of that invoice already shows received that day, under the same "
        "reference, row {rows}: counted once, as the invoice's row places it.",
        "Sheet “{sheet}”: {count} payments naming their invoices are each, less the bank's "
        "charge, the wire this file's rows of that invoice already show received that day, "
        "under the same reference, rows {rows}: each counted once, as the invoice's rows place "
        "it."),
        invoice_notes, places), *_per_sheet("payment_lump_listed_twice", NP_(
        "Sheet “{sheet}”: {count} payment under no invoice is, less the bank's charge, the wire "
        "this file's invoice rows already show received that day, under the same reference, "
        "row {rows}: counted once, as the invoices' rows place it.",
        "Sheet “{sheet}”: {count} payments under no invoice are each, less the bank's charge, "
        "the wire this file's invoice rows already show received that day, under the same "
        "reference, rows {rows}: each counted once, as the invoices' rows place it."),
        lump_notes, places), *_per_sheet("payment_value_day_listed_twice", NP_(
        "Sheet “{sheet}”: {count} payment is the wire this file's invoice rows already show "
        "received under the same reference on a near day (the clerk's day and the bank's value "
        "day, at most {days} banking days apart), the same sum or less the bank's charge, row "
        "{rows}: counted once, as the invoices' rows place it.",
        "Sheet “{sheet}”: {count} payments are each the wire this file's invoice rows already "
        "show received under the same reference on a near day (the clerk's day and the bank's "
        "value day, at most {days} banking days apart), the same sum or less the bank's "
        "charge, rows {rows}: each counted once, as the invoices' rows place it."),
        near, places, days=VALUE_DAYS), *_per_sheet("payment_listed_twice", NP_(
        "Sheet “{sheet}”: {count} payment is, under the same reference and on the same day, "
        "another row of this file less the bank's charge, row {rows}: taken as one wire "
        "listed twice and counted once, the sum that reached the bank.",
        "Sheet “{sheet}”: {count} payments are each, under the same reference and on the same "
        "day, another row of this file less the bank's charge, rows {rows}: each taken as one "
        "wire listed twice and counted once, the sum that reached the bank."),
        twice_notes, places), *_per_sheet("payment_listed_more", NP_(
        "Sheet “{sheet}”: {count} payment is, under the same reference and on the same day, "
        "more than one other row of this file less the bank's charge, row {rows}: which rows "
        "are one wire listed twice cannot be told, so each is counted; check them against the "
        "bank's slip.",
        "Sheet “{sheet}”: {count} payments are each, under the same reference and on the same "
        "day, more than one other row of this file less the bank's charge, rows {rows}: which "
        "rows are one wire listed twice cannot be told, so each is counted; check them "
        "against the bank's slip."),
        {line: Noted(str(places[line.key][1]), file_said(
            file_name, f"{line.received or 0:,.2f} {str(line.day)[:10]}"))
         for line in left}, places)]


def _sales(conn: sqlite3.Connection, slips: list[Stored]) -> list[Stored]:
    """The received figures on invoices of the customers of the payments under no invoice."""
    if not slips:
        return []
    return lines(conn, TOLD + "o.customer_id IN (SELECT value FROM json_each(?)) AND "
                 "instr(l.line_key, ?) = 0",
                 json.dumps(sorted({line.place[1] for line in slips})), MARK)


def _places(written: Written, keys: set[str]) -> dict[str, Place]:
    """Where this file writes each of `keys` first (one pass over its rows)."""
    found: dict[str, Place] = {}
    for sheet, row, key in written():
        if key in keys and key not in found:
            found[key] = (sheet, row)
    return found


def _near(slip: Stored, days: dict[str, list[Stored]], lists: Lists, exchange: Exchange
          ) -> list[Stored]:
    """The invoice rows of the one day near the payment's (payment_lines.value_days; `days`:
    its customer's rows in its money by day) that are its wire (lump_wires.near_rows): K-7's
    已收 5,000 "TT-881" of 04-20 and the 收款 slip's 5,000 or 4,985 "TT-881" of 04-21 (the
    bank's value day) were counted twice (wire40)."""
    if not wire_references(slip.notes):  # no reference: no near day's wire (most payments)
        return []
    found = [named for day in near_days(str(slip.day)[:10]) if day in days
             and (named := near_rows(slip, days[day], lists, exchange))]
    return found[0] if len(found) == 1 and listed_alone(slip, found[0], lists) else []


def _order(slip: Stored, numbers: dict[str, str]) -> str | None:
    """The order key of the invoice rows a payment names: the one it stands under, or, under
    none, the one its note names alone (noted_orders.noted_order: 4,985 "K-7" beside K-7's
    已收 5,000 "K-7", wire40). The reference both give is then the invoice's, which two
    instalments share too: one wire only as the bank's rows of another list would be
    (lump_wires.wire_rows asks payment_lines.wire_reference of each row, one day's)."""
    if slip.place[2]:
        return slip.place[2]
    named = noted_order(slip.notes, numbers)
    return None if named is None else NUMBERED + named


def _day(line: Stored) -> Day:
    return line.place[1], str(line.day)[:10], line.currency


def _lumps(slips: list[Stored], sales: list[Stored], lists: Lists, exchange: Exchange
           ) -> dict[Stored, list[Stored]]:
    """Each payment with the file's invoice rows of its day under its reference that add up
    to it and a charge at most (lump_wires.wire_rows): a payment under no invoice with any of
    its customer's, one naming its invoice with that invoice's rows (9,965 "TT-5" under INV-1
    beside INV-1's 10,000 "TT-5": 9,965 shown on account, wire38), else the day's rows, that
    invoice's among them (14,965 "TT-5" under INV-1 beside INV-1's 10,000 and INV-2's 5,000:
    14,965 on account, pay39); a row claimed by two payments is neither's."""
    by_day: dict[Day, list[Stored]] = defaultdict(list)
    days: dict[tuple[int, str | None], dict[str, list[Stored]]] = defaultdict(dict)
    for line in sales:
        by_day[_day(line)].append(line)
        days[line.place[1], line.currency].setdefault(_day(line)[1], by_day[_day(line)])
    found: dict[Stored, list[Stored]] = {}
    for slip in slips:
        numbers = partial(lists.numbers, slip.place[1])
        same = by_day.get(_day(slip), [])
        order = _order(slip, numbers()) if same else None
        if named := wire_rows(slip, [line for line in same
                                     if rows_told(slip, line, lists, dated=True)
                                     or line.place[2] == order], numbers, exchange) or (
                _near(slip, days.get((slip.place[1], slip.currency), {}), lists,
                      exchange)):
            found[slip] = named
    claims: dict[int, int] = defaultdict(int)
    for named in found.values():
        for line in named:
            claims[line.id] += 1
    return {slip: named for slip, named in found.items()
            if all(claims[line.id] == 1 for line in named)}


def _twice(slips: list[Stored], lists: Lists, exchange: Exchange
           ) -> tuple[list[Pair], list[Stored]]:
    """Two payments of one customer, invoice (or none), day and money, under one wire's
    reference, a bank's charge apart (payment_lines.bank_read's CHARGED); a row in two such
    pairs is in none: those rows too, left counted (three rows of one day under TT-881,
    5,000, 4,985 and 4,970, each a charge from the others: left without a word, pay39)."""
    groups: dict[tuple[int, str, str, str | None], list[Stored]] = defaultdict(list)
    for line in slips:
        groups[(line.place[1], line.place[2], *_day(line)[1:])].append(line)
    pairs = [Pair(*two)
             for group in groups.values() if len(group) > 1
             for two in combinations(group, 2) if rows_told(*two, lists) and bank_read(
                 Pair(*two), partial(lists.numbers, two[0].place[1]), None,
                 exchange.per_unit) == CHARGED]
    claims: dict[int, int] = defaultdict(int)
    for pair in pairs:
        for line in pair:
            claims[line.id] += 1
    kept = [pair for pair in pairs if all(claims[line.id] == 1 for line in pair)]
    return kept, sorted({line for pair in pairs if pair not in kept for line in pair},
                        key=lambda line: line.id)


def _lump_said(file_name: str, slip: Stored, found: list[Stored], places: dict[str, Place]
               ) -> Noted:
    """The payment's row, then the invoice rows (file, sheet, rows), their sum, the day and
    the payment's sum."""
    sheets: dict[str, list[str]] = defaultdict(list)
    for sheet, row in sorted(places[line.key] for line in found):
        sheets[sheet].append(str(row))
    return at_rows(str(places[slip.key][1]), file_name,
                   {sheet: Listed(rows) for sheet, rows in sheets.items()},
                   f"{sum(line.received or 0.0 for line in found):,.2f} {_dated(found[0])} → "
                   f"{slip.received or 0:,.2f}"
                   + (f" {_dated(slip)}" if _dated(slip) != _dated(found[0]) else ""))


def _twice_said(file_name: str, pair: Pair, places: dict[str, Place]) -> Noted:
    """The row not counted, then the one kept (file, sheet, row), its sum and day, and the
    sum not counted."""
    dropped = gone(pair)
    kept = pair.old if dropped is pair.new else pair.new
    sheet, row = places[kept.key]
    return at_rows(str(places[dropped.key][1]), file_name, {sheet: str(row)},
                   f"{kept.received or 0:,.2f} {str(kept.day)[:10]} → "
                   f"{dropped.received or 0:,.2f}")


def _dated(line: Stored) -> str:
    return str(line.day)[:10]


def _per_sheet(code: str, template: str, said: dict[Stored, Noted], places: dict[str, Place],
               **more: object) -> list[Message]:
    """One note a sheet of this file, its rows in order (`more`: what else the template
    says)."""
    sheets: dict[str, list[tuple[int, Noted]]] = defaultdict(list)
    for line, noted in said.items():
        sheet, row = places[line.key]
        sheets[sheet].append((row, noted))
    return [Message(code, template, {"sheet": sheet, "count": len(found), "rows": Listed(
        [noted for _, noted in sorted(found, key=lambda at: at[0])], SHARED_SHOWN), **more})
        for sheet, found in sorted(sheets.items())]
