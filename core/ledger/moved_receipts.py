"""A received figure the clerk moved to another row in a later file: counted once.

June's file writes Casa Bella's 9,600 of 06-18 in 实收金额 / 收款日期 on Castello's sale row;
July's, a copy of June's, empties Castello's cells and writes 9,600 / 06-18 on Casa Bella's row.
A blank cell keeps what is stored (core.ledger.line_values), so Castello kept the 9,600 and
Casa Bella was given it too: Castello 800 in credit where 8,800 was owed and black at 08-31
(82 days), nothing said (rv51a). The payments a later file moves are found on payment lines
(core.ledger.moved_payments); a sale row's received cells are the line's own total, no payment
line, so this looks at them, by the same evidence:
- a sale line this file lists with its received cells blank on every row of it, whose stored
  total another file wrote (one figure, no earlier step), and a line of this file (a sale row
  of another customer or order, or a payment row) given that much more on that day in that
  currency by this file, each the other's only match, are the figure moved;
- where the file that wrote the total is re-sent whole (each of its lines listed again, but
  those dated after this file), is not dated after this file, and this file writes another
  of its received figures with the same day, kept by the write (a copy of its receipts, not a
  new list: asked of one customer's two orders too, rv51d), and the file gives totals (not
  each month's receipts, where a blank is no receipt that month), the emptied line's total
  goes (it never held that money) and the report says so; otherwise both are counted and the
  pair named (money is never dropped on a guess: two buyers may wire one sum on one day).
  The file may be this one's name, one workbook imported each month: its earlier reading.
  A move within one order (a 收款 tab re-listing the order's receipt) is not named.
Once the figure is gone, the emptied line's next receipt is new money on its own day: October's
8,800 of 10-20 on Castello was read as the 9,600 lowered (core.ledger.lowered_totals), dated
06-18: 9 days late where it was 133.
Both imports call :func:`emptied_receipts` before the write and :func:`moved_receipts` after.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import NamedTuple

from core.i18n import N_, NP_
from core.ledger.deleted_orders import unlisted
from core.ledger.orders import TOLERANCE
from core.ledger.payment_lines import (
    MARK,
    Pair,
    Stored,
    lines,
    order_names,
    per_sheet,
    said_at,
)
from core.ledger.receipt_history import read
from core.ledger.reentered_receipts import reentered, reentered_messages
from core.ledger.written_keys import chunks
from core.messages import Message, Noted, Term

# a row of the file: its sheet, row number, line key, received date (ISO) and whether a
# received figure or date is written on it
Cells = tuple[str, int, str, str | None, bool]
_WANTED = "l.line_key IN (SELECT value FROM json_each(?))"
# a stored received total: its figure, day and currency
Money = tuple[float, str, str | None]
_RECEIVED = ("SELECT line_key, round(received_amount, 2), received_date, received_currency, "
             "received_history, source_file FROM order_lines WHERE line_key IN (SELECT value "
             "FROM json_each(?)) AND received_amount IS NOT NULL")


class Emptied(NamedTuple):
    """Before the write: the stored lines whose received cells the file leaves blank (with
    their received history), the stored state of the lines it writes a receipt on those days
    (None: new), and where each of those keys' first row stands in the file."""

    blank: list[tuple[Stored, str | None]]
    before: dict[str, Stored | None]
    rows: dict[str, tuple[str, int]]
    held: bool  # every line of the file stored already (a later file re-sent it)
    copied: dict[str, tuple[Money, str | None]]  # the file's rows writing a stored total's
    # day: that total and the file that wrote it (a copy of its receipts, if the write keeps it)


def emptied_receipts(conn: sqlite3.Connection, blanks: Callable[[], Iterable[str]],
                     cells: Callable[[], Iterable[Cells]], file_name: str) -> Emptied | None:
    """What :func:`moved_receipts` weighs, asked before the write: `blanks` the keys of the
    file's rows leaving their received cells blank (not asked of a store holding no received
    figure: a first import reads no packed sheet for them, perf40b), `cells` its rows (read
    only where one of those lines holds a stored received total); None where none does."""
    if not conn.execute("SELECT 1 FROM order_lines WHERE received_amount IS NOT NULL LIMIT 1"
                        ).fetchone():
        return None
    holding = json.dumps(_holding(conn, blanks()))
    if holding == "[]":
        return None
    rows: dict[str, tuple[str, int]] = {}
    written: dict[str, set[str | None]] = defaultdict(set)
    for sheet, row, key, day, filled in cells():
        rows.setdefault(key, (sheet, row))
        if filled:
            written[key].add(day)
    history = dict(conn.execute(
        "SELECT id, received_history FROM order_lines WHERE line_key IN (SELECT value FROM "
        "json_each(?))", (holding,)))
    found = [(line, history[line.id]) for line in lines(conn, _WANTED, holding)
        if line.key not in written and MARK not in line.key  # a payment's: moved_payments
        and (line.received or 0.0) > TOLERANCE and line.day
        and not read(history[line.id], line.source)[0]]
    days = {line.day for line, _ in found}
    keys = {key for key, said in written.items() if not said.isdisjoint(days)}
    if not keys:
        return None
    before: dict[str, Stored | None] = dict.fromkeys(keys)
    before.update((line.key, line) for line in lines(conn, _WANTED, json.dumps(sorted(keys))))
    held = conn.execute("SELECT count(*) FROM order_lines WHERE line_key IN (SELECT value FROM "
                        "json_each(?))", (json.dumps(list(rows)),)).fetchone()[0] == len(rows)
    copied = {key: ((amount, day, currency), read(chain, source)[1]) for key, amount, day,
              currency, chain, source in conn.execute(_RECEIVED, (json.dumps(list(written)),))
              if day in written[key]}
    return Emptied(found, before, rows, held, copied)


def _holding(conn: sqlite3.Connection, keys: Iterable[str]) -> list[str]:
    """Of `keys` (the file's blank rows'), those whose stored line holds a received total,
    asked a chunk at a time (core.ledger.written_keys): all at once, their JSON and SQLite's
    list of them stayed in the process to the write's peak (100k update month +7.7 MB)."""
    return [key for chunk in chunks(keys) for (key,) in conn.execute(
        "SELECT line_key FROM order_lines WHERE line_key IN (SELECT value FROM json_each(?)) "
        "AND received_amount IS NOT NULL", (json.dumps(chunk),))]


def moved_receipts(conn: sqlite3.Connection, emptied: Emptied | None, file_name: str,
                   day: Callable[[], str | None], monthly: bool) -> list[Message]:
    """After the write: each figure moved away from a row this file empties taken off it
    where the evidence is whole, else named with the row it stands on now (module doc).
    `day`: this file's latest date (core.ledger.older_status); `monthly`: its received
    figures are each month's receipts."""
    if emptied is None:
        return []
    now = {line.key: line for line in lines(conn, _WANTED, json.dumps(sorted(emptied.before)))}
    after = lines(conn, "l.id IN (SELECT value FROM json_each(?))",
                  json.dumps([line.id for line, _ in emptied.blank]))
    still = {line.id: _money(line) for line in after}
    again = reentered(emptied.blank, {line.id: line.source for line in after}, now, (
        emptied.rows, file_name), _money)  # one receipt another file's order row has
    found: dict[tuple[str, float, str | None], tuple[list[Stored], list[Stored]]] = {}
    for old, _ in emptied.blank:  # the blank kept it: a row elsewhere may have written it
        if still.get(old.id) == _money(old) and old.id not in {p.old.id for p in again}:
            found.setdefault(_money(old), ([], []))[0].append(old)
    for key, line in now.items():
        raised = _raised(emptied.before[key], line)
        if raised is not None and (at := found.get(_money(raised))):
            sheet, row = emptied.rows[key]
            at[1].append(raised._replace(place=(sheet, *raised.place[1:]), row=row,
                                         source=file_name))
    told: list[Pair] = []
    named: dict[str, list[Pair]] = defaultdict(list)  # by why they are only named (WHY)
    back: list[Pair] = []
    files = _Files(conn, (file_name, day()), set(emptied.rows), _copied(conn, emptied))
    for olds, news in found.values():
        pairs = [Pair(old, new) for old in olds for new in news if old.id != new.id]
        one = len(olds) == len(news) == 1 and bool(pairs)
        if one and not monthly and files.vouch(pairs[0]):
            told.extend(pairs)  # within one order, not named (the earlier file re-sent whole)
        elif one and not monthly and emptied.held and files.later(pairs[0]) and _unpaid(
                emptied, pairs[0].new):
            back.extend(pairs)  # an earlier file imported late moves nothing back
        else:  # which reason applies, said (rv52a: the note gave all three, "or")
            named[_why(pairs, monthly, len(olds) == len(news) == 1, file_name)].extend(pairs)
    conn.executemany(
        "UPDATE order_lines SET received_amount = NULL, received_date = NULL, "
        "received_currency = NULL, received_history = NULL WHERE id = ?",
        [(pair.old.id,) for pair in told + again] + [(pair.new.id,) for pair in back])
    return [*reentered_messages(conn, again), *_messages(conn, (  # within one order, the
        # figures right: nothing to check (rv51d 6)
        [pair for pair in told if pair.old.order_id != pair.new.order_id],
        {why: [pair for pair in pairs if pair.old.order_id != pair.new.order_id or MARK not in
               pair.new.key] for why, pairs in named.items()}, back))]  # its payment row of
    # the total's sum and day: that total


# why a figure on two rows is counted on both, only named: each says which (rv52a)
WHY = {"monthly": N_("this file gives each month's receipts, where a blank cell is no "
                     "receipt that month"),
       "several": N_("the same day and sum stand on more than one row, so which row it "
                     "moved from is not sure"),
       "same_name": N_("this workbook's earlier import (the same file name) is not listed "
                       "again whole in this copy, receipts and all"),
       "other_file": N_("the earlier file is not listed again whole in this file, receipts "
                        "and all")}


def _why(pairs: list[Pair], monthly: bool, one: bool, file_name: str) -> str:
    """Which of :data:`WHY` keeps the pairs of one sum and day counted twice: the file's
    monthly receipts, more than one match, else the earlier file (this one's name or not)
    not re-sent whole (core.ledger.moved_receipts._Files.vouch)."""
    if monthly:
        return "monthly"
    if not one or not pairs:
        return "several"
    return "same_name" if pairs[0].old.source == file_name else "other_file"


def _copied(conn: sqlite3.Connection, emptied: Emptied) -> set[str | None]:
    """The files whose received totals this file re-sends: a row writing a stored total's
    day whose figure, day and currency the write kept (the same figure re-sent; a later
    receipt on the row, 1,000 of 07-15 where 06-28's 1,000 stood, is no copy: rv51d 3)."""
    now = {key: (amount, day, currency) for key, amount, day, currency, *_ in conn.execute(
        _RECEIVED, (json.dumps(list(emptied.copied)),))}
    return {source for key, (money, source) in emptied.copied.items() if now.get(key) == money}


def _unpaid(emptied: Emptied, line: Stored) -> bool:
    """A sale line that held no received figure before this file wrote one on it."""
    before = emptied.before[line.key]
    return MARK not in line.key and (before is None or before.received is None)


def _money(line: Stored) -> tuple[str, float, str | None]:
    return str(line.day), round(line.received or 0.0, 2), line.currency


def _raised(before: Stored | None, after: Stored) -> Stored | None:
    """What the write gave a line on its received day, in its currency: its new total, less
    a stored one dated before it (None where it gave nothing new)."""
    if after.received is None or not after.day:
        return None
    if before is None or before.received is None:
        return after
    if before.currency != after.currency or not before.day or before.day >= after.day:
        return None
    more = round(after.received - before.received, 6)
    return after._replace(received=more) if more > TOLERANCE else None


class _Files:
    """The earlier files' lines, read once a file: whether this file re-sends each."""

    def __init__(self, conn: sqlite3.Connection, this: tuple[str, str | None], keys: set[str],
                 copied: set[str | None]) -> None:
        """`this`: the file's name and latest date; `keys`: its lines; `copied`: the files
        whose received totals it re-sends (:func:`_copied`)."""
        self.conn, (self.name, self.day), self._keys, self.copied = conn, this, keys, copied
        self._files: dict[str | None, tuple[bool, str]] = {}

    def vouch(self, pair: Pair) -> bool:
        """Whether the file that wrote the emptied total is re-sent whole, dated no later
        than this one, with another of its received figures (the same sum and day): asked of
        every pair, one customer's two orders too (a firm writing each month's receipts
        leaves June's blank by habit; A-2's late slip of June's day took A-1's, rv51d 2).
        The file may be this one's name (one workbook kept all year, imported each month:
        its earlier reading's receipts re-sent, rv51d 4)."""
        whole, last = self._file(pair.old.source)
        return whole and pair.old.source in self.copied and not (
            self.day and last and last > self.day)

    def later(self, pair: Pair) -> bool:
        """Whether the file that wrote the emptied total is dated after this one, the figure
        not: this file the earlier list, imported late (the later file's place is kept)."""
        last = self._file(pair.old.source)[1]
        return pair.old.source != self.name and bool(
            self.day and last > self.day and str(pair.old.day) <= self.day)

    def _file(self, source: str | None) -> tuple[bool, str]:
        if source not in self._files:
            whole, last = True, ""
            for key, ordered, paid_on in self.conn.execute(
                    "SELECT l.line_key, o.order_date, l.received_date FROM order_lines l JOIN "
                    "orders o ON o.id = l.order_id WHERE l.source_file = ? AND NOT "
                    f"{unlisted('l.')}", (source,)):  # a line deleted from the copy is no gap
                dated = max(ordered or "", paid_on or "")
                last = max(last, dated)
                if key not in self._keys and not (self.day and dated > self.day):
                    whole = False  # a line of it this file does not list
            self._files[source] = (whole, last)
        return self._files[source]


def _messages(conn: sqlite3.Connection,
              found: tuple[list[Pair], dict[str, list[Pair]], list[Pair]]) -> list[Message]:
    """A note a sheet: the figures taken off the emptied rows, the pairs only named, and the
    figures of this file, the earlier list, kept off the rows a later file moved them from."""
    told, named, back = found
    if not told and not any(named.values()) and not back:
        return []
    orders = order_names(conn, [*told, *(p for pairs in named.values() for p in pairs), *back])

    def said(pair: Pair, moved: tuple[int, int] | None = None) -> Noted:
        """The other row, then the customers and orders the figure went from and to."""
        old, new = pair
        went = moved or (old.order_id, new.order_id)
        return said_at(str(new.row), old, f"{orders[went[0]]} → {orders[went[1]]}, "
                       f"{old.received or 0:,.2f} {old.currency or ''} {old.day}")

    def kept(pair: Pair) -> Noted:  # moved from this file's row to the later file's
        return said(pair, (pair.new.order_id, pair.old.order_id))

    return [*per_sheet("receipt_moved", NP_(
        "Sheet “{sheet}”: {count} received figure is written on this row with the day and sum "
        "an earlier file, re-sent whole, had on another customer's or order's row, whose "
        "received cells this file leaves blank, row {rows}: taken as moved, it no longer "
        "counts on the first row, counted once, where now written.",
        "Sheet “{sheet}”: {count} received figures are written on these rows with the days and "
        "sums earlier files, re-sent whole, had on other customers' or orders' rows, whose "
        "received cells this file leaves blank, rows {rows}: taken as moved, they no longer "
        "count on the first rows, each counted once, where now written."), told, said),
        *(note for why, pairs in sorted(named.items()) for note in per_sheet(
            "receipt_maybe_moved", NP_(
                "Sheet “{sheet}”: {count} received figure is written on this row with the day "
                "and sum an earlier import had on another customer's or order's row, whose "
                "received cells this file leaves blank, row {rows}: both are counted (a blank "
                "cell keeps what was stored), because {why}. If the figure was moved to the "
                "right row, the first customer is shown that much more paid: check it against "
                "the bank slip.",
                "Sheet “{sheet}”: {count} received figures are written on these rows with the "
                "days and sums earlier imports had on other customers' or orders' rows, whose "
                "received cells this file leaves blank, rows {rows}: both of each pair are "
                "counted (a blank cell keeps what was stored), because {why}. If a figure was "
                "moved to the right row, its first customer is shown that much more paid: "
                "check it against the bank slip."), pairs, said, why=Term(WHY[why]))),
        *per_sheet("receipt_moved_in_later_file", NP_(
            "Sheet “{sheet}”: {count} received figure is written on this row where a later-dated "
            "file, which re-sends this one, has it with the same day and sum on another "
            "customer's or order's row and leaves this row's received cells blank, row {rows}: "
            "the later file's place is kept, counted once.",
            "Sheet “{sheet}”: {count} received figures are written on these rows where "
            "later-dated files, which re-send this one, have them with the same days and sums "
            "on other customers' or orders' rows and leave these rows' received cells blank, "
            "rows {rows}: the later files' places are kept, each counted once."), back, kept)]
