"""One payment in two lists, its invoice written in one of them: counted once.

The orders workbook's 收款 tab books Kiev's late 5,000 of 04-28 under March's invoice K-1 (合同号
K-1); the bank's list of slips has the same wire without a number (K-1 in its note, or
nothing). A payment naming its invoice is a line of that invoice, one without a number a line
of its customer's payments of the day (core.ledger.keys), so the two were two lines: 5,000
counted twice, K-2 shown paid, and the report said nothing. Two files re-sending each other
are core.ledger.corrected_payments' (a payment given its invoice in the later one: moved,
core.ledger.moved_payments); this rule is for two lists that share no line.

A payment of this file and one stored from such another file, of one customer, day and sum,
one naming its invoice and the other not, are one payment where the note of the one without a
number names no other invoice of the customer's (core.ledger.noted_orders: blank, the bank's
words, or that invoice): counted once under its invoice (the line without a number goes), and
named, as a payment without a number seen before is (core.ledger.payments_seen). Where it
names another invoice, they may be two wires: both counted, and the pair named for the clerk.

One wire split over invoices (the ledger's 收款明细 writes Nairobi's 8,000 of 04-20 as N-1
5,000 + N-2 3,000; the bank's list has the one wire, 8,000) is the same payment: a line
without a number whose sum is that of every line naming an invoice the other list has of
that customer and day, none of them paired, its note naming no other invoice, is counted once,
under those invoices, and named (repro33: 16,000 paid, 3,000 credit where 5,000 was open).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection

from core.i18n import NP_
from core.ledger import payment_kinds
from core.ledger.corrected_payments import drop_lines
from core.ledger.keys import DESCRIBED, NUMBERED
from core.ledger.noted_orders import noted_order
from core.ledger.payment_lines import MARK, Pair, Stored, Written, lines, per_sheet, said_at
from core.ledger.wire_lists import customer_numbers
from core.ledger.written_keys import chunks
from core.messages import Message, Noted

Sum = tuple[int, str, float, str | None]  # customer id, ISO day, sum, its currency


def invoiced_elsewhere(conn: sqlite3.Connection, file_name: str, written: Written,
                       keys: Collection[str]) -> list[Message]:
    """After the write: this file's payments that another list stored with or without their
    invoice, counted once (or named where their notes differ). `keys`: the file's keys
    carrying MARK (core.ledger.written_keys.marked): every line asked of below but `_apart`'s
    is keyed by its sum."""
    paid = sorted(keys)
    if not paid:
        return []
    mine = [line for line in lines(conn, "l.line_key IN (SELECT value FROM json_each(?))",
                                   json.dumps(paid)) if line.day and line.received is not None]
    wanted = {_sum(line) for line in mine}
    if not wanted:
        return []
    days = {_sum(line)[:2] for line in mine}
    near = [line for line in lines(
        conn, "o.customer_id IN (SELECT value FROM json_each(?)) AND instr(l.line_key, ?) > 0",
        json.dumps(sorted({customer for customer, *_ in wanted})), MARK)
        if line.source != file_name and line.key not in keys and line.day
        and line.received is not None and _sum(line)[:2] in days]
    others = [line for line in near if _sum(line) in wanted]
    apart = _apart(conn, written, {line.source for line in near})
    numbers = customer_numbers(conn, {customer for customer, *_ in wanted})
    by_sum: dict[Sum, tuple[list[Stored], list[Stored]]] = defaultdict(lambda: ([], []))
    for line in mine:
        by_sum[_sum(line)][0].append(line)
    for line in others:
        if line.source in apart:
            by_sum[_sum(line)][1].append(line)
    once: list[Pair] = []
    both: list[Pair] = []
    for here, there in by_sum.values():
        for side, other in ((here, there), (there, here)):
            _paired(side, other, (once, both), side is here, numbers)
    taken = {line.id for pair in [*once, *both] for line in pair}
    split = _split([line for line in mine if line.id not in taken],
                   [line for line in near if line.source in apart and line.id not in taken],
                   numbers)
    drop_lines(conn, [*(pair.new if _numbered(pair.old) else pair.old for pair in once),
                      *(plain for plain, _, _ in split)])
    return [*_messages(once, both), *_split_messages(split)]


Split = tuple[Stored, list[Stored], bool]  # the line without a number, its parts, it is new


def _split(mine: list[Stored], others: list[Stored], numbers: dict[int, dict[str, str]]
           ) -> list[Split]:
    """Each line without a number whose sum is that of the two or more lines naming an
    invoice, none paired, the other list has of its customer, day and currency (8,000 CNY is
    no 5,000 + 3,000 USD: cur35b), its note naming no other invoice: where one such line alone
    stands on its side that day."""
    days: dict[tuple[int, str, str | None], tuple[list[Stored], list[Stored]]] = defaultdict(
        lambda: ([], []))
    for at, found in enumerate((mine, others)):
        for line in found:
            days[(*_sum(line)[:2], line.currency)][at].append(line)
    split: list[Split] = []
    for here, there in days.values():
        for side, other, new in ((here, there, True), (there, here, False)):
            plain = [line for line in side if not _numbered(line)]
            parts = [line for line in other if _numbered(line)]
            if len(plain) != 1 or len(parts) < 2 or round(sum(
                    line.received or 0.0 for line in parts), 2) != _sum(plain[0])[2]:
                continue
            invoices = {line.place[2][len(NUMBERED):] for line in parts}
            if noted_order(plain[0].notes, numbers.get(plain[0].place[1], {})) in {
                    None, *invoices}:
                split.append((plain[0], sorted(parts, key=_row), new))
    return split


def _paired(numbered_side: list[Stored], other: list[Stored],
            found: tuple[list[Pair], list[Pair]], new_first: bool,
            numbers: dict[int, dict[str, str]]) -> None:
    """Each line naming its invoice on one side with a line of the other side naming none:
    one each, where the latter's note names no other invoice of the customer's and the two
    notes do not say two payments (定金 N-1 and 余款: core.ledger.payment_kinds.apart, key34)
    (`found`: those counted once, and those named)."""
    once, both = found
    numbered = sorted((line for line in numbered_side if _numbered(line)), key=_row)
    plain = sorted((line for line in other if not _numbered(line)), key=_row)
    left: list[Stored] = []
    for line in numbered:
        number = line.place[2][len(NUMBERED):] if line.place[2].startswith(NUMBERED) else None
        match = next((u for u in plain if not payment_kinds.apart(u.notes, line.notes) and
                      noted_order(u.notes, numbers.get(u.place[1], {})) in (None, number)),
                     None)
        if match is None:
            left.append(line)
            continue
        once.append(_pair(line, match, new_first))
        plain.remove(match)
    both.extend(_pair(line, u, new_first) for line, u in zip(left, plain, strict=False)
                if not payment_kinds.apart(u.notes, line.notes))


def _pair(numbered: Stored, plain: Stored, new_first: bool) -> Pair:
    """The pair as (stored from the other file, this file's)."""
    return Pair(plain, numbered) if new_first else Pair(numbered, plain)


def _numbered(line: Stored) -> bool:
    return bool(line.place[2]) and not line.place[2].startswith(DESCRIBED)


def _sum(line: Stored) -> Sum:
    """A payment's customer, day and sum in its currency: 5,000 USD under N-1 in one list and
    5,000 CNY without a number in another were taken for one payment, one dropped (cur35b)."""
    return line.place[1], line.day or "", round(line.received or 0.0, 2), line.currency


def _row(line: Stored) -> tuple[int, int]:
    return line.row, line.id


def _apart(conn: sqlite3.Connection, written: Written, sources: set[str | None]
           ) -> set[str | None]:
    """Of these files, those of which this file lists no line: another list. The file's keys
    are asked a chunk at a time (core.ledger.written_keys)."""
    if not sources:
        return set()
    shared = {source for chunk in chunks(key for _, _, key in written())
              for source, in conn.execute(
                  "SELECT DISTINCT source_file FROM order_lines WHERE line_key IN (SELECT value "
                  "FROM json_each(?))", (json.dumps(chunk),))}
    return sources - shared


def _said(pair: Pair) -> Noted:
    old, new = pair.old, pair.new
    return said_at(str(new.row), old, f"{new.received or 0:,.2f} {new.day}")


def _split_messages(split: list[Split]) -> list[Message]:
    """The wires this file has whole and another list in parts, and those this file has in
    parts (its list imported after the whole's): each said as this sheet's rows hold it, the
    parts in their rows' order."""
    said = {(plain.id if new else parts[0].id): (plain, parts) for plain, parts, new in split}

    def one(pair: Pair) -> Noted:
        plain, parts = said[pair.new.id]
        other = parts[0]
        return said_at(str(pair.new.row), other, f"{plain.received or 0:,.2f} "
                       f"{plain.day} = " + " + ".join(f"{line.received or 0:,.2f}"
                                                      for line in parts))

    def here(pair: Pair) -> Noted:
        plain, parts = said[pair.new.id]
        return said_at(" + ".join(str(line.row) for line in parts), plain,
                       " + ".join(f"{line.received or 0:,.2f}" for line in parts)
                       + f" = {plain.received or 0:,.2f} {plain.day}")

    return [*per_sheet("payment_split_elsewhere", NP_(
        "Sheet “{sheet}”: {count} payment has the customer and day of payments another list "
        "stored and their sum, one list naming each invoice and the other none, row {rows}: "
        "taken as one wire split over its invoices, counted once, under them. If they are "
        "several payments, write each one's invoice in its order-number column and import "
        "this file again.",
        "Sheet “{sheet}”: {count} payments have the customers and days of payments other lists "
        "stored and their sums, one list naming each invoice and the other none, rows {rows}: "
        "each taken as one wire split over its invoices, counted once, under them. If some "
        "are several payments, write each one's invoice in its order-number column and "
        "import this file again."),
        [Pair(parts[0], plain) for plain, parts, new in split if new], one),
        *per_sheet("payment_split_here", NP_(
            "Sheet “{sheet}”: {count} wire another list stored whole, without an invoice, is "
            "written here in parts naming their invoices, of its customer and day, that "
            "together make its sum, rows {rows}: taken as one wire split over its invoices, "
            "counted once, under them. If they are several payments, write each one's "
            "invoice in the other list's order-number column and import it again.",
            "Sheet “{sheet}”: {count} wires other lists stored whole, without an invoice, are "
            "written here in parts naming their invoices, of their customers and days, that "
            "together make their sums, rows {rows}: each taken as one wire split over its "
            "invoices, counted once, under them. If some are several payments, write each "
            "one's invoice in the other list's order-number column and import it again."),
            [Pair(plain, parts[0]) for plain, parts, new in split if not new], here)]


def _messages(once: list[Pair], both: list[Pair]) -> list[Message]:
    return [*per_sheet("payment_invoiced_elsewhere", NP_(
        "Sheet “{sheet}”: {count} payment has the customer, day and sum of a payment another "
        "list stored, one naming its invoice and the other not, row {rows}: taken as one "
        "payment, counted once, under its invoice. If they are two payments, write each one's "
        "invoice in its order-number column and import this file again.",
        "Sheet “{sheet}”: {count} payments have the customers, days and sums of payments "
        "other lists stored, one naming its invoice and the other not, rows {rows}: each taken "
        "as one payment, counted once, under its invoice. If two are two payments, write each "
        "one's invoice in its order-number column and import this file again."), once, _said),
        *per_sheet("payment_invoiced_apart", NP_(
            "Sheet “{sheet}”: {count} payment has the customer, day and sum of a payment "
            "another list stored, one naming its invoice and the other's note another, row "
            "{rows}: both are counted. If they are one payment, correct the note or the "
            "invoice and import this file again.",
            "Sheet “{sheet}”: {count} payments have the customers, days and sums of payments "
            "other lists stored, one naming its invoice and the other's note another, rows "
            "{rows}: both of each pair are counted. If a pair is one payment, correct the note "
            "or the invoice and import this file again."), both, _said)]
