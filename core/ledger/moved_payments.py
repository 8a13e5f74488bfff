"""A payment the clerk moved to the right customer or invoice in a later file: counted once.

A 收款 tab books a wire under the wrong buyer (Lagos's 6,000 of 04-20 under Nairobi), or
without the invoice it pays; next month's ledger, re-sent whole, has the same wire, its day,
sum and note, under Lagos, or with its invoice written in (as the report on a payment seen
before asks: core.ledger.payments_seen). A payment is known by its customer and order
(core.ledger.keys.paid_order_key), so the moved one was new money and the first line stayed:
Nairobi shown paid with Lagos's money, its invoice off the watch list, or one customer paid
twice. The rule on corrections (core.ledger.corrected_payments) looks at one place (sheet,
customer, order) only; this one looks across places, at the earlier files this file re-sends:
- a payment of such a file this one does not list, and a new payment of this file on any
  of its sheets under another customer or order, of the same day and the same sum, each the
  other's only match, are the payment moved (so are as many of each where those of one side
  stand at one place: two equal wires of a day given their invoices); where three or more
  payments of a day and sum cannot be told apart, each old one with each new one is named;
- where the earlier file is re-sent whole (every other line of it listed again) and their
  notes agree (both blank, or the same reference), the earlier line goes and the report says
  so (to another customer only where the later file re-sends a payment of the earlier one
  as well: :func:`vouched`); otherwise both are counted and the pair named: two buyers may
  well wire one sum on one day, and money is never dropped on a guess. A move to another
  tab is a move too (pay33: Lagos's wire written on a 4月收款 tab of its own left Nairobi
  paid with it); an earlier file imported after the later one that moved its payment moves
  nothing back: its own line goes, the later file's stays (Lagos was shown 6,000 open,
  Nairobi paid with it).
A wire split over invoices in the later file (April's 6,000 of 04-20, May's N-1 3,000 + N-2
3,000), or written whole where the earlier had its parts, is a move of its parts (repro33).
Two equal wires of one customer on one day are two lines of one place (keyed by occurrence),
never a move: only a payment standing elsewhere can be taken for one moved.
"""

from __future__ import annotations

import sqlite3

from core.i18n import NP_
from core.ledger.keys import NUMBERED
from core.ledger.noted_orders import noted_order, same_words
from core.ledger.payment_lines import (
    Pair,
    Stored,
    order_names,
    payments_refunds,
    per_sheet,
    said_at,
)
from core.ledger.row_places import at_rows
from core.messages import Message, Noted


def moved(news: list[Stored], olds: list[Stored]) -> tuple[list[Pair], list[Pair]]:
    """The pairs of an earlier payment (`olds`: not re-sent, not paired at their own place)
    and a new one (`news`: not paired at theirs) elsewhere on its sheet, of one day and sum:
    those told apart (as many of each, all of one side at one place: two equal wires of a
    day given their invoices), and those that cannot be (three buyers wiring one sum)."""
    found: dict[tuple[str, float, str | None], tuple[list[Stored], list[Stored]]] = {}
    for old in olds:
        if old.day and old.received is not None:
            found.setdefault(_money(old), ([], []))[0].append(old)
    for new in news:
        if new.day and new.received is not None and (at := found.get(_money(new))):
            at[1].append(new)
    told: list[Pair] = []
    untold: list[Pair] = []
    for earlier, now in found.values():
        pairs = [Pair(old, new) for old, new in zip(sorted(earlier, key=_row),
                                                    sorted(now, key=_row), strict=False)]
        if (len(earlier) == len(now) and min(len({line.place for line in earlier}),
                                             len({line.place for line in now})) == 1
                and all(pair.old.place != pair.new.place for pair in pairs)):
            told.extend(pairs)
        else:
            untold.extend(Pair(old, new) for old in earlier for new in now
                          if old.place != new.place)
    paired = {line.id for pair in [*told, *untold] for line in pair}
    told.extend(_split([line for line in olds if line.id not in paired],
                       [line for line in news if line.id not in paired]))
    return told, untold


def _split(olds: list[Stored], news: list[Stored]) -> list[Pair]:
    """One wire of a customer and day on one side, two or more on the other, elsewhere, whose
    sum it is, none paired: the wire split over its invoices in the later file, or the split
    one of an earlier file written whole (April's 6,000 of 04-20, May's N-1 3,000 + N-2 3,000:
    counted twice, nothing open where 6,000 is); a pair each part."""
    days: dict[tuple[int, str, str | None], tuple[list[Stored], list[Stored]]] = {}
    for at, found in enumerate((olds, news)):
        for line in found:
            if line.day and line.received is not None:
                days.setdefault((line.place[1], line.day, line.currency), ([], []))[
                    at].append(line)
    pairs: list[Pair] = []
    for earlier, now in days.values():
        for one, parts, whole_old in ((earlier, now, True), (now, earlier, False)):
            if len(one) != 1 or len(parts) < 2 or round(sum(
                    line.received or 0.0 for line in parts), 2) != round(
                    one[0].received or 0.0, 2) or any(
                    line.place == one[0].place for line in parts):
                continue
            pairs.extend(Pair(one[0], part) if whole_old else Pair(part, one[0])
                         for part in sorted(parts, key=_row))
    return pairs


def _money(line: Stored) -> tuple[str, float, str | None]:
    """A payment's day and sum in its currency: a 5,000 CNY of the day under an invoice was
    taken for the 5,000 USD moved there, the USD dropped, or made three payments of a move
    (cur35b)."""
    return str(line.day), round(line.received or 0.0, 2), line.currency


def _whole(pair: Pair) -> bool:
    """Whether the pair is a payment moved whole, not one split (:func:`_split`)."""
    return round(pair.old.received or 0.0, 2) == round(pair.new.received or 0.0, 2)


def _row(line: Stored) -> tuple[int, int]:
    return line.row, line.id


def vouched(pair: Pair, shared: bool) -> bool:
    """Whether a move may be taken: to another invoice of the customer, or to another
    customer where the two files share a payment as well (`shared`: this file re-sends one
    of the other's). A tab started anew shares none: another buyer's wire of that day and
    sum found late and booked there is as likely its own money (Lagos's 6,000 of 04-20 in
    May's new tab took Nairobi's of April's for itself moved, April's file imported after
    May's: Nairobi's dropped, break33d); both counted, the pair named."""
    return shared or pair.old.place[1] == pair.new.place[1]


def same_note(pair: Pair) -> bool:
    """Whether the two rows give one reference (or none): a note that changed with the
    customer may say why (another wire of that day and sum). A note naming the invoice the
    other row writes in its number column, the other's note blank, is that reference (备注
    K-1 one month, K-1 under 合同号 the next)."""
    old, new = pair
    return same_words(old.notes, new.notes) or any(
        not other.notes and _names(one.notes, other.place[2])
        for one, other in ((old, new), (new, old)))


def _names(note: str | None, order_key: str) -> bool:
    """Does the note name the order of this key (a numbered order's) and that one only?"""
    if not order_key.startswith(NUMBERED):
        return False
    number = order_key[len(NUMBERED):]
    return noted_order(note, {number: number}) == number


def moved_messages(conn: sqlite3.Connection, over: list[Pair], named: list[Pair],
                   back: list[Pair]) -> list[Message]:
    """The payments moved over, those only named, and those of an earlier file imported late
    that the later file had moved (`back`: its place kept), a note a sheet; asked before the
    lines go (with them, an order of their own)."""
    if not over and not named and not back:
        return []
    orders = order_names(conn, [*over, *named, *back])

    def said(pair: Pair) -> Noted:
        old, new = pair.old, pair.new
        whole = "" if _whole(pair) else f"{old.received or 0:,.2f} → "
        return said_at(str(new.row), old, f"{orders[old.order_id]} → "
                       f"{orders[new.order_id]}, {whole}{new.received or 0:,.2f} {new.day}")

    wholes: dict[int, list[Pair]] = {}  # this file's line: its parts' pairs
    for pair in over:
        if not _whole(pair):
            wholes.setdefault(pair.new.id, []).append(pair)

    def parts(pair: Pair) -> Noted:
        """A wire this file has whole, its parts the earlier file's rows, in their order."""
        found = sorted(wholes[pair.new.id], key=lambda p: _row(p.old))
        if len(found) == 1:
            return said(pair)
        old, new = found[0].old, pair.new
        return at_rows(str(new.row), old.source, {str(old.place[0]): " + ".join(
            str(p.old.row) for p in found)}, " + ".join(
            orders[p.old.order_id] for p in found) + f" → {orders[new.order_id]}, " + " + ".join(
            f"{p.old.received or 0:,.2f}" for p in found) + f" → {new.received or 0:,.2f} "
            f"{new.day}")

    split = [found[0] for found in wholes.values()]
    payments, refunds = payments_refunds(named)
    over = [pair for pair in over if _whole(pair)]
    return [*per_sheet("payment_moved_split", NP_(
        "Sheet “{sheet}”: {count} payment re-sent under another invoice is a part of one wire "
        "the earlier file had whole, or the whole of one it had in parts, row {rows}: the "
        "wire counted once, where now written.",
        "Sheet “{sheet}”: {count} payments re-sent under other invoices are parts of wires "
        "the earlier files had whole, or the whole of ones they had in parts, rows {rows}: "
        "each wire counted once, where now written."), split, parts),
        *per_sheet("payment_moved", NP_(
        "Sheet “{sheet}”: {count} payment re-sent under another customer or invoice replaces "
        "the one of the same day and sum the earlier file had under the first, row {rows}: "
        "counted once, where now written.",
        "Sheet “{sheet}”: {count} payments re-sent under other customers or invoices replace "
        "the ones of the same days and sums the earlier files had under the first, rows "
        "{rows}: each counted once, where now written."), over, said),
        *per_sheet("payment_maybe_moved", NP_(
            "Sheet “{sheet}”: {count} payment stands under another customer or invoice with "
            "the day and sum a payment of the earlier file had, row {rows}: both are counted, "
            "as that file is not re-sent whole or the notes differ. If it is that payment "
            "moved to the right customer or invoice, the first is shown that much more paid: "
            "check it against the bank slip.",
            "Sheet “{sheet}”: {count} payments stand under other customers or invoices with "
            "the days and sums payments of earlier files had, rows {rows}: both of each pair "
            "are counted, as those files are not re-sent whole or the notes differ. If one is "
            "a payment moved to the right customer or invoice, the first is shown that much "
            "more paid: check it against the bank slip."), payments, said),
        *per_sheet("refund_maybe_moved", NP_(  # money sent back both times (ui39s)
            "Sheet “{sheet}”: {count} refund stands under another customer or invoice with "
            "the day and sum a refund of the earlier file had, row {rows}: both are counted, "
            "as that file is not re-sent whole or the notes differ. If it is that refund "
            "moved to the right customer or invoice, the first is shown that much more sent "
            "back: check it against the bank slip.",
            "Sheet “{sheet}”: {count} refunds stand under other customers or invoices with "
            "the days and sums refunds of earlier files had, rows {rows}: both of each pair "
            "are counted, as those files are not re-sent whole or the notes differ. If one is "
            "a refund moved to the right customer or invoice, the first is shown that much "
            "more sent back: check it against the bank slip."), refunds, said),
        *per_sheet("payment_moved_in_later_file", NP_(
            "Sheet “{sheet}”: {count} payment stands under another customer or invoice than "
            "a later-dated file, which re-sends this one, has it with the same day and sum, "
            "row {rows}: the later file's place is kept, counted once.",
            "Sheet “{sheet}”: {count} payments stand under other customers or invoices than "
            "later-dated files, which re-send this one, have them with the same days and sums, "
            "rows {rows}: the later files' places are kept, each counted once."), back, said)]
