"""A payment re-sent with its sum or date corrected: the earlier figure replaced, not added.

A payment is known by its sum and day (core.ledger.keys.paid_part): a clerk's cumulative
ledger re-sent next month repeats each payment once, but one whose sum or date the clerk
corrected (a typo: 6,000 → 6,500) has another key, and was stored beside the old line: the
money counted twice (12,500 received where the bank had 6,500), an open invoice shown paid.

A line only key can't say which it is: a correction, or a second payment of the customer. So
the import looks at where the row stands, inside its transaction, after writing its lines:
- the place of a payment is its sheet, its customer and its order (a payment naming an order
  or invoice) or none (a payment without a number): a typo fixed keeps the row where it was;
- a stored payment of an earlier file (its source) that this file does not list stands at
  the same place as a payment new in this file when as many of that source's payments
  re-sent unchanged stand before each of them at that place (new rows on top or below, a
  cumulative sheet newest first or last, leave the count alone); where none of those kept
  its day or sum, any new payment at the place that did (the sheet re-sorted newest first
  in the later file puts the re-sent payments above the corrected one; a payment above it
  re-sent with its note changed takes this file's name and no longer counts as the earlier
  file's: pay32's faults, both counted and unnamed);
- the earlier file is re-sent when at least one of its payments is re-sent, changed or not
  (its line, changed, has this file's name now: the file it was stored from is asked before
  the write, `payments_stored`), and every one it lists that this file does not has a new
  payment at its place or moved elsewhere (core.ledger.moved_payments: another customer or
  invoice, its day and sum kept) (or, where none of its payments is, every other line of it
  is re-sent: its 收款 tab's one payment corrected): then a place with one old and one new
  payment that kept its day or its sum is a correction (the old line goes, the report says
  so). A correction changes one of them: another sum on another day is as likely a later
  payment, and so is one re-dated under another reference (TT-1 of 04-20, TT-9 of 04-28:
  two wires, both counted, the pair named). So is one dated after every order and received
  date of the earlier file, or in a month after its every payment (a file sent days into
  the next month may hold that month's orders, not its payments): it was not paid when
  that file was written, so it corrects none of its payments (an invoice paid in equal
  instalments, 5,000 on 04-20 in April's tab, 5,000 on 05-20 in May's tab started anew:
  5,000 was dropped); both counted, the pair named. One sum a few days later is the bank's
  value day (a correction, in a month after or not) only where something vouches for it
  (core.ledger.wire_lists.value_day), as the bank's reading of two lists asks: March's 03-31
  and April's 04-01 instalments on N-1, April's tab started anew, were one payment re-dated,
  5,000 dropped (pay35b). Nor is a stored payment of a later file
  dated after this one a later figure of one of this file's (April's file imported after
  May's: May's 05-20 took April's 04-20 for itself re-dated); both counted;
- otherwise money is never dropped: where the earlier file is re-sent only in part, or two
  new payments stand at one place, or both sum and day changed, both are counted and the
  pair is named (file, sheet, row, both sums) for the clerk to check. A file sharing no
  payment with the earlier one is another list of payments (next month's bank slips): its
  payments are new money, quietly.

A file older than the one that stored the payment (its latest order or received date, the day
core.ledger.older_status dates a file by, before that file's) is the earlier list, imported
late: it cannot hold the payments dated after it, so it re-sends the later file where it
lists everything of it up to its own day, and of a pair the stored payment, the later file's,
is the correction: this file's older figure goes (break32: June's 收款 tab re-sent April's
8,000 corrected to 7,980; April's file imported after it counted both, 7,980 of phantom credit
paying a late invoice, and its buyer went from the black list to the white one).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Collection

from core.ledger.corrected_messages import corrected_messages, later_messages, older_messages
from core.ledger.deleted_orders import unlisted
from core.ledger.exchanged_payments import Exchange
from core.ledger.moved_payments import moved, moved_messages, same_note, vouched
from core.ledger.payment_lines import (
    COLUMNS,
    MARK,
    Pair,
    Place,
    Stored,
    Worth,
    Written,
    kept,
    likeliest,
    lines,
    named_again,
    overpays,
    own_name,
    stored,
    sure,
    told_apart,
)
from core.ledger.reread_rows import earlier_imports
from core.ledger.revised_files import one_revises_dated, revises
from core.ledger.tab_month import named_year
from core.ledger.wire_lists import Lists, value_day
from core.ledger.writer_sql import STATUS_FROM_LINES
from core.messages import Message

Before = dict[str, str | None]  # each payment key of the file stored already: from which file


def payments_stored(conn: sqlite3.Connection, written: Written, import_id: int,
                    file_name: str) -> Before | None:
    """Before the write (of import `import_id`): the file's payments stored already from
    other files, with the file each was stored from (a line the write changes, its note
    say, takes this file's name), or None where each is (nothing to look at after the write).
    Where an earlier reader imported this very file, the lines it stored from it are new too:
    its corrected payments, stored beside the earlier ones, are put right by a re-import."""
    paid = sorted({key for _, _, key in written(MARK)})
    found = _stored(conn, paid) if paid else {}
    if found and earlier_imports(conn, import_id, file_name):
        found = {key: source for key, source in found.items() if source != file_name}
    return None if len(found) == len(paid) else found


def corrected_payments(conn: sqlite3.Connection, file_name: str, written: Written,
                       before: Before | None, day: Callable[[], str | None],
                       listed: Collection[str | None]) -> tuple[list[Message], set[str | None]]:
    """After the write: the payments this file corrects or moves to another customer
    replaced (their earlier lines go), and the ones that may be named; a note per sheet and
    earlier file, and the earlier files a pair was named with: their payments this file
    lists again need no note of their own (core.ledger.payments_seen). `day`: this file's
    (core.ledger.older_status.FileStatus.latest); `listed`: each file a stored line this one
    lists was stored from before the write (WriteCounts.listed): a sale the write changed
    has this file's name now, and an earlier file whose one payment this one corrects while
    changing every sale of it showed no line re-sent (pay33: both payments counted)."""
    if before is None:
        return [], set()
    keys = {key for _, _, key in written()}
    new = {key for key in keys if MARK in key and key not in before}
    found = [line for line in lines(conn, "l.line_key IN (SELECT value FROM json_each(?))",
                                    json.dumps(sorted(new))) if line.received is not None]
    if not found:  # a figure the import cleared (core.ledger.receipts) replaces none
        return [], set()
    worth = Exchange(conn).worth  # a payment re-sent in another currency (rare)
    pairs = _pairs(conn, written, (keys, new), found, worth)  # a stored file of its name:
    pairs = own_name(pairs, file_name, again := named_again(conn, file_name, keys, (pairs, before)))
    alike = _alike(conn, keys, found, file_name)
    if not pairs and not before and not alike:  # another list of payments: no move either
        return [], set()
    sources = _Sources(conn, (keys, new), before, {*listed, *[file_name] * again}, alike | {
        pair.old.source for paired in pairs.values() for pair in paired}, (day(), file_name))
    redated = {i for i, paired in pairs.items() if len(paired) == 1 and overpays(conn, paired[0])}
    pairs = {i: paired for i, paired in pairs.items()
             if paired[0].refunds or i in redated or not sources.unpaid(paired[0])}
    claimed: dict[int, int] = defaultdict(int)
    for paired in pairs.values():
        for pair in paired:
            claimed[pair.new.id] += 1
    moves, unsure = moved([line for line in found if line.id not in claimed],
                          [line for line in sources.payments if line.id not in pairs])
    replaced = set(pairs) | {pair.old.id for pair in [*moves, *unsure]}
    sources.pairing = {pair.new.key for paired in pairs.values() for pair in paired}
    lists = Lists(conn, {line.place[1] for line in found})  # asked of a pair a day apart
    fixed: list[Pair] = []
    older: list[Pair] = []
    named: list[Pair] = []
    later: list[Pair] = []
    for i, paired in pairs.items():
        one = len(paired) == 1 and claimed[paired[0].new.id] == 1 and sure(paired[0], worth)
        re_sent = sources.re_sent(paired[0].old.source, replaced)
        if one and re_sent and i not in redated and sources.after(paired[0]) and not value_day(
                paired[0], lists) and not paired[0].refunds:
            later.append(paired[0])
        elif one and (re_sent or i in redated):  # one payment counted twice overpays (fix40f)
            (older if sources.older(paired[0].old.source) else fixed).append(paired[0])
        elif re_sent or sources.shares(paired[0].old.source):
            named.extend(paired)
    moved_over = [pair for pair in moves if same_note(pair) and vouched(
        pair, sources.shares(pair.old.source)) and sources.re_sent(pair.old.source, replaced)]
    moved_named = [pair for pair in [*moves, *unsure] if pair not in moved_over and (
        sources.shares(pair.old.source) or sources.re_sent(pair.old.source, replaced))]
    # an earlier file imported late moves nothing back: the later file's place is kept
    back = [pair for pair in moved_over if sources.older(pair.old.source)]
    moved_over = [pair for pair in moved_over if pair not in back]
    said = moved_messages(conn, moved_over, moved_named, back)
    drop_lines(conn, [*(pair.old for pair in [*fixed, *moved_over]),
                      *(pair.new for pair in [*older, *back])])
    return [*corrected_messages(fixed, named), *later_messages(later),
            *older_messages(older), *said], {
        pair.old.source for pair in [*fixed, *named, *later, *older, *moved_over, *moved_named,
                                     *back]}


def _pairs(conn: sqlite3.Connection, written: Written, paid: tuple[set[str], set[str]],
           found: list[Stored], worth: Worth) -> dict[int, list[Pair]]:
    """Each stored payment this file does not list, with the new payments at its place: as
    many of its file's payments re-sent unchanged above each at that place; where none of
    those kept its day or sum, any there that did (a sheet re-sorted newest first puts the
    re-sent payments above the corrected one; one re-sent with its note changed takes this
    file's name and no longer counts as its file's). `paid`: the file's line keys, and its
    payments new to the store; `worth`: a figure re-sent in another currency kept (kept)."""
    keys, new = paid
    places = {line.place for line in found}
    here = _here(conn, written, keys, places, new)
    at: dict[tuple[Place, int], list[Stored]] = defaultdict(list)
    anywhere: dict[Place, list[Stored]] = defaultdict(list)
    for line in found:
        at[line.place, here[line.key]].append(line)
        anywhere[line.place].append(line)
    # every payment of these customers, each file's, file by file and place by place
    groups: dict[tuple[str | None, Place], list[Stored]] = defaultdict(list)
    for line in lines(conn, "o.customer_id IN (SELECT value FROM json_each(?)) AND "
                      "instr(l.line_key, ?) > 0",
                      json.dumps(sorted({place[1] for place in places})), MARK):
        if line.place in places and line.key not in new:
            groups[line.source, line.place].append(line)
    pairs: dict[int, list[Pair]] = defaultdict(list)
    for (_, place), group in groups.items():
        above = 0
        for old in sorted(group, key=lambda line: (line.row, line.id)):
            if old.key in keys:
                above += 1  # re-sent unchanged
            elif old.received is not None:
                ranked = [pair for pair in (Pair(old, line) for line in at.get((place, above),
                                                                               ()))
                          if not told_apart(pair)]
                alike = [pair for pair in (Pair(old, line) for line in anywhere[place])
                         if kept(pair, worth) and not told_apart(pair)]
                if not any(kept(pair, worth) for pair in ranked):
                    ranked = alike or ranked
                pairs[old.id] = likeliest(alike) or _likeliest(ranked, worth)
    return {i: paired for i, paired in pairs.items() if paired}


def _alike(conn: sqlite3.Connection, keys: set[str], found: list[Stored], file_name: str
           ) -> set[str | None]:
    """The other files with a payment this file does not list of the customer, day, sum and
    sheet of a new one of this file's: where this file re-sends such a file, its one payment
    given its invoice (written in, or taken out) is that payment (core.ledger.moved_payments),
    though this file re-sends no payment of it unchanged: both were counted, quietly. Looked
    for among those customers' payments only, as :func:`_pairs` looks."""
    wanted = {(line.place[0], line.place[1], line.day, round(line.received or 0.0, 2))
              for line in found if line.day}
    if not wanted:
        return set()
    return {line.source for line in lines(
        conn, "o.customer_id IN (SELECT value FROM json_each(?)) AND instr(l.line_key, ?) > 0",
        json.dumps(sorted({customer for _, customer, _, _ in wanted})), MARK)
        if line.source != file_name and line.key not in keys and line.received is not None
        and (line.place[0], line.place[1], line.day, round(line.received, 2)) in wanted}


def _likeliest(found: list[Pair], worth: Worth) -> list[Pair]:
    """Of several new payments at a place, the one alone that kept the old one's day or sum."""
    alike = [pair for pair in found if kept(pair, worth)]
    return alike if len(found) > 1 and len(alike) == 1 else found


def _stored(conn: sqlite3.Connection, keys: list[str]) -> dict[str, str | None]:
    """The stored lines of `keys`, with their source files."""
    return dict(conn.execute(
        "SELECT line_key, source_file FROM order_lines WHERE line_key IN (SELECT value FROM "
        "json_each(?))", (json.dumps(keys),)).fetchall())


def _here(conn: sqlite3.Connection, written: Written, keys: set[str],
          places: set[Place], new: set[str]) -> dict[str, int]:
    """Each new payment's rank at its place: the payments stored before it re-sends there
    above it. The file's payment rows' places are their stored lines'."""
    paid = sorted(key for key in keys if MARK in key)
    place = {line.key: line.place for line in lines(
        conn, "l.line_key IN (SELECT value FROM json_each(?))", json.dumps(paid))}
    ranks: dict[str, int] = {}
    counts: dict[Place, int] = defaultdict(int)
    for _, _, key in sorted((s, r, k) for s, r, k in written() if k in place):
        if place[key] not in places:
            continue
        if key in new:
            ranks.setdefault(key, counts[place[key]])
        else:
            counts[place[key]] += 1
    return ranks


class _Sources:
    """The lines of the pairs' files and of each file re-sent, in one scan, but deletions'."""

    def __init__(self, conn: sqlite3.Connection, written: tuple[set[str], set[str]],
                 before: Before, listed: Collection[str | None], sources: set[str | None],
                 this: tuple[str | None, str]) -> None:
        keys, new = written  # the file's line keys, and its payments new to the store
        (self.day, self._name), self.keys, self._listed = this, keys, listed  # day, name
        self.pairing: set[str] = set()  # this file's new payments paired with stored ones
        self._sending = set(before.values())  # a payment of each re-sent, changed or not
        sources |= self._sending
        # each file's lines, by id, key and their order's or payment's latest date
        self._lines: dict[str | None, list[tuple[int, str, str]]] = {s: [] for s in sources}
        self._last: dict[str | None, str] = {}  # each file's latest order or received date
        self._paid: dict[str | None, str] = {}  # each file's latest received date
        self._own = max((line.day for line in lines(  # this file's latest received date
            conn, "l.line_key IN (SELECT value FROM json_each(?))",
            json.dumps(sorted(key for key in keys if MARK in key)))
            if line.received is not None and line.day), default=None)
        self.payments: list[Stored] = []  # their payments this file does not list
        for row in conn.execute(
                f"SELECT {COLUMNS}, o.order_date FROM order_lines l JOIN orders o ON "
                "o.id = l.order_id WHERE (l.source_file IN (SELECT value FROM json_each(?)) OR "
                f"(l.source_file IS NULL AND ?)) AND NOT {unlisted('l.')}",
                (json.dumps(sorted(filter(None, sources))), None in sources)):
            line = stored(row)
            if line.key not in new:  # stored before this import
                dated = max(row[-1] or "", line.day or "")
                self._lines[line.source].append((line.id, line.key, dated))
                self._last[line.source] = max(self._last.get(line.source, ""), dated)
                if line.received is not None and line.day:
                    self._paid[line.source] = max(self._paid.get(line.source, ""), line.day)
                if MARK in line.key and line.key not in keys and line.received is not None:
                    self.payments.append(line)

    def after(self, pair: Pair) -> bool:
        """Whether the new payment is dated after every order and received date of the old
        one's file (ship dates may be planned), or in a month after its every payment: money
        paid after it, no correction of it. A file sent days into the next month may hold
        that month's orders, not its payments (April's, with an order of 05-03: May's
        instalment of 05-02 was taken for April's of 04-20 re-dated, 4,000 dropped); a
        payment re-dated within its month (the bank's value day) before the file's last
        order is still its correction; so is one re-dated in a revision (pay43; v2: fx43k)."""
        old = pair.old.source
        return not _named_before(self._name, old) and not one_revises_dated(
            self._name, old, False) and _later(
            pair.new.day, self._last.get(old), self._paid.get(old))

    def unpaid(self, pair: Pair) -> bool:
        """Whether the stored payment, a later file's, is dated after this file, or in a
        month after its every payment: not paid when this one was written, it is no later
        figure of a payment of this one (May's instalment of 05-20 took April's 04-20 for
        itself re-dated, April's file imported after May's: 4,000 dropped, break33d); both
        counted, as where the files come in order (:meth:`after`); not in a revision (fx43b:
        its 05-03 for the book's 04-28, revision imported first: 5,000 on account; v2: fx43k)."""
        return not one_revises_dated(self._name, pair.old.source, True) and _later(
            pair.old.day and pair.old.day[:10], self.day and self.day[:10], self._own)

    def older(self, source: str | None) -> bool:
        """This file dated before `source`, or `source` named as its revision (their rows
        may end on one day), or named after it (core.ledger.revised_files): an earlier list."""
        last = self._last.get(source)
        return bool(self.day and last and self.day < last) or revises(source, self._name) or (
            _named_before(self._name, source))

    def shares(self, source: str | None) -> bool:
        """Whether this file re-sends a payment of `source`: else it is another list."""
        return source in self._sending or any(
            MARK in key and key in self.keys for _, key, _ in self._lines[source])

    def re_sent(self, source: str | None, replaced: set[int]) -> bool:
        """Whether this file re-sends `source`: a line of it at least, and each of the others
        still under its name, but for payments `replaced` by a new one; where it re-sends a
        payment of it, the sales it does not re-send may be paid, closed, left out. A line
        dated after this file (an earlier list imported late) cannot be in it; nor a wire the
        later file booked late, dated before this one: an earlier list is re-sent where the
        later file holds each of its lines but its payments paired (:meth:`holds`); so is its
        name's month's file where it re-sends or replaces each (payment_lines.named_again)."""
        lines_ = self._lines[source]
        payments = self.shares(source)
        return (payments or source in self._listed or any(
            key in self.keys for _, key, _ in lines_)) and (all(
            key in self.keys or i in replaced or (payments and MARK not in key)
            or bool(self.day and dated > self.day) for i, key, dated in lines_)
            or self.holds(source))

    def holds(self, source: str | None) -> bool:
        """Whether `source`, a later-dated file, holds every line of this one but the new
        payments paired with its own: June's 收款 tab books another buyer's wire of 04-10
        found late, which April's file, imported after it, never had (break32b: April's
        8,000 was counted beside June's corrected 7,980, its buyer white)."""
        own = {key for _, key, _ in self._lines[source]}
        return self.older(source) and all(key in own or key in self.pairing
                                          for key in self.keys)


def _named_before(name: str | None, other: str | None) -> bool:
    """Whether the file `name` is named after a month before the one `other` is (台账 2025-04
    before 台账 2025-05), whatever their rows' dates: May's book correcting April's 尾款 of
    04-20 to 04-02 ends its rows before April's, and April's, imported after it, was taken
    for the later list, its 04-20 a later payment: 10,500 counted twice, 6,000 on account
    where 4,500 is open (fix40d)."""
    months = [named_year("", file) if file else None for file in (name, other)]
    if any(month is None or month.month is None for month in months):
        return False
    mine, theirs = ((m.year, m.month) for m in months)  # type: ignore[union-attr]
    return mine < theirs


def _later(day: str | None, last: str | None, paid: str | None) -> bool:
    """Whether a payment of `day` is later money for a file whose latest order or received
    date is `last` and latest received date `paid`: dated after the file, or in a month
    after its every payment."""
    return bool(day and ((last and day > last) or (paid and day[:7] > paid[:7])))


def drop_lines(conn: sqlite3.Connection, lines: list[Stored]) -> None:
    """These stored lines gone, and their orders where they were the last."""
    conn.executemany("DELETE FROM order_lines WHERE id = ?", [(line.id,) for line in lines])
    orders = sorted({line.order_id for line in lines})
    conn.executemany("DELETE FROM orders WHERE id = ? AND NOT EXISTS (SELECT 1 FROM order_lines "
                     "WHERE order_id = ?)", [(i, i) for i in orders])
    conn.executemany(STATUS_FROM_LINES, [(i,) for i in orders])
