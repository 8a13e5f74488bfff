"""A re-ordered row's earlier line, removed once the row brings its cancelled place back.

PO-1's two rows of one product: row 2 (key #0) 8,000 已取消, row 3 (#1) 2,000. The clerk
deletes the cancelled row: the 2,000 row moves up into row 2 and key #0. The guard does not take
its 正常 for a correction (core.ledger.own_rows.in_place): #0 stays cancelled and the report
says to write 已恢复 where the order went ahead. The clerk does; 已恢复 brings #0 back at the
row's 2,000, but #1, the same row's line before it moved, was still stored, live: 2,000 counted
twice, 4,000 open where 2,000 is.

So where a row lifts its cancelled line's status (已恢复) and it is the following line moved up
(core.ledger.own_rows.left_behind: that line gone from the sheet, written from this very sheet
and at the row's amount), that line is removed after the file is written, by both imports, and
the report names the row. A line another file wrote, or at another amount, is left alone.

The cancelled row may have more rows of its product below it: 8,000 已取消 over two 2,000 lots,
the 8,000 row deleted, each lot moves up one place (#1 into #0, #2 into #1) and the line left
over is the last one, #2, not the next. Before, only the next line was asked, it was on the
sheet still, and #2 stayed live: 6,000 open where the lots are 4,000, with no word. The rows
between must each be stored at the amount of the row now one place above them (left_behind).

Another file may drop the cancelled row too: April's file cancels T-2's 8,000 over two 2,000
lots, May's file (or 台账.xlsx in May's folder) lists only the lots, each 已恢复, moved up one
place. Before, only the cancelling file's own row was asked: the second lot's earlier line
stayed live, 12,000 open where 10,000 is, with no word. Now the line left over is removed where
it was written from the cancelling row's file and sheet (own_rows.elsewhere), and the report
names the file that cancelled.

The line left over held what its lot's rows said before they moved, or what other files said
since: besides its money, its due date, and, where the row is a numberless order's next
identical row (an order of its own), that order's terms, Incoterm and salesperson. Each goes to
the row's line and order where those say nothing themselves (_facts_kept).

The lots may say another word than 已恢复: 有争议 disputes them (the cancellation lifted, the
lots owed but disputed), 已取消 cancels each (May's file lists T-2's two lots 已取消 where
April's cancelled the 8,000 above them). Either way the line left over is the second lot's
earlier line. Before, only a row lifting the cancellation removed it: with the lots 已取消, it
stayed live, 8,000 open where T-1's 6,000 is, T-2 2,000 owed though every lot of it is
cancelled (:func:`taken`); and a 有争议 row's removal was said as 已恢复, the order brought
back, where it is disputed: the note now says the row's own word.

A file older than the one that wrote a line (core.ledger.older_status), whose rows are those
a later file dropped (its 8,000 row, cancelled or not, above the lots: core.ledger.own_rows.
kept_behind), takes nothing of that row, and the line its last lot adds goes too.

A numberless order's next identical row is an order of its own: its line removed, the order
had no line left and stayed stored, an order of nothing (status credit note, counted nowhere).
It goes with its line now, as an order whose last line an import removes does elsewhere
(core.ledger.misread_rows); the note names the row.

A line removed that this very import inserted (the line an older file's last lot adds) was
never written: the import's counts take it back (WriteCounts.unwritten). Before, April's file
imported after May's said "2 inserted" and, its rows numberless, "orders: 2 new", where one
line and one order were written (lots35).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Protocol

from core.i18n import N_, NP_
from core.ledger.file_labels import FileLabels
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.order_sums import CANCELLED, DISPUTED
from core.ledger.own_rows import Shift
from core.ledger.record import ROW, SHEET, STATUS, Record
from core.ledger.row_places import at_row
from core.ledger.writer_sql import STATUS_FROM_LINES
from core.messages import Listed, Message, Noted, Term


@dataclass(frozen=True)
class Leftover:
    """The line a row (its order, sheet and row) left behind in its re-ordering (`shift`: the
    line, the line of the row now above it, the rows below it that moved up too)."""

    order: str
    sheet: str
    row: int
    shift: Shift
    said: str | None = None  # the row's status cell (core.ledger.normalise.line_status)


def taken(shift: Shift, status: str | None, said: str | None) -> bool:
    """Is the line `shift` leaves over removed, the row saying `said` and leaving its line's
    status `status`? Where the row lifts the cancellation (已恢复, 有争议) or says 已取消 itself
    (the lots cancelled: each counted once, as cancelled), or is an older file's row a later
    file dropped (nothing of it taken). A row leaving the line cancelled by another row's
    word (its 正常 not taken, a blank) is not known to be that line's lot moved up."""
    return shift.older or status != CANCELLED or said == CANCELLED


def left_over(shift: Shift | None, status: str | None, order: str, record: Record
              ) -> list[Leftover]:
    """The line `shift` leaves over, where :func:`taken`, as the row (`record`, of `order`)
    left it, its status `status`."""
    said = record[STATUS]
    return ([Leftover(order, record[SHEET], record[ROW], shift, said)]
            if shift and taken(shift, status, said) else [])


# the word a row said, where another than 已恢复 (the notes' own words), for the notes
WORDS = {DISPUTED: N_("有争议 (disputed)"), CANCELLED: N_("已取消 (cancelled)")}


# a line's money received, each figure with what goes with it: carried from the leftover line
# to the row's line where that has none (core.ledger.line_values: a blank never erases)
MONEY = (("received_amount", "received_date", "received_currency", "received_history"),
         ("deposit_amount", "deposit_date"), ("balance_amount", "balance_date"))


class Counts(Protocol):
    """The import's counts (core.ledger.write_counts.WriteCounts), told what was not written."""

    leftovers: list[Leftover]
    first_line: int

    def unwritten(self, lines: int, orders: int) -> None: ...


def drop_leftovers(conn: sqlite3.Connection, labels: FileLabels, counts: Counts,
                   import_id: int | None) -> list[Message]:
    """Remove the leftover lines, their money received kept on the row's line where that has
    none, their orders' status settled again, and say so, each file named as
    core.ledger.file_labels names it; those this import (`import_id`) inserted uncounted."""
    removed, kept, new = [], [], [0, 0]
    for leftover in sorted(set(counts.leftovers), key=lambda k: (k.sheet, k.row, k.shift.gone)):
        found = conn.execute("SELECT order_id, l.id, first_import_id FROM order_lines l JOIN "
                             "orders o ON o.id = order_id WHERE line_key = ?",
                             (leftover.shift.gone,)).fetchone()
        if found is None:
            continue
        if _money_kept(conn, leftover.shift):
            kept.append(leftover)
        _facts_kept(conn, leftover.shift)
        conn.execute("DELETE FROM order_lines WHERE line_key = ?", (leftover.shift.gone,))
        emptied = conn.execute("DELETE FROM orders WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                               "order_lines WHERE order_id = ?)", (found[0], found[0])).rowcount
        new[0] += found[1] >= counts.first_line > 0
        new[1] += emptied and found[2] == import_id
        conn.execute(STATUS_FROM_LINES, (found[0],))
        removed.append(leftover)
    counts.unwritten(*new)
    reinstating = [k for k in removed if not k.shift.older and k.said not in WORDS]
    own = [k for k in reinstating if not k.shift.writer]
    return [*(Message("leftover_lines_removed", text, {
        "count": len(rows), "file": labels.this,
        "rows": Listed([_place(k, labels) for k in rows], SHARED_SHOWN)})
        for text, rows in ((_MOVED_ALONE, [k for k in own if not k.shift.below]),
                           (_MOVED_WITH_ROWS, [k for k in own if k.shift.below]),
                           (_MOVED_ELSEWHERE, [k for k in reinstating if k.shift.writer
                                               and not k.shift.live]),
                           (_MOVED_LIVE, [k for k in reinstating if k.shift.live]),
                           (_KEPT_BEHIND, [k for k in removed if k.shift.older
                                           and k.said == CANCELLED]),
                           (_KEPT_BEHIND_ROW, [k for k in removed if k.shift.older
                                               and k.said != CANCELLED])) if rows),
            *_worded(labels, [k for k in removed if not k.shift.older and k.said in WORDS]),
            *([Message("leftover_lines_removed", _MONEY_KEPT, {
                "count": len(kept), "file": labels.this, "rows": Listed(
                    [_place(k, labels) for k in kept], SHARED_SHOWN)})]
              if kept else [])]


def _worded(labels: FileLabels, removed: list[Leftover]) -> list[Message]:
    """One note a word (有争议, 已取消) said by rows whose line left over was removed."""
    return [Message("leftover_lines_removed", _WORDED, {
        "count": len(rows), "file": labels.this, "word": Term(WORDS[word]),
        "rows": Listed([_place(k, labels) for k in rows], SHARED_SHOWN)})
        for word in WORDS if (rows := [k for k in removed if k.said == word])]


def _place(leftover: Leftover, labels: FileLabels) -> Noted:
    """The row's order, sheet and row, and the file that cancelled its line where another."""
    writer = leftover.shift.writer
    return at_row(leftover.order, leftover.sheet, leftover.row,
                  labels.of(writer) if writer else None)


def _money_kept(conn: sqlite3.Connection, shift: Shift) -> bool:
    """The leftover line's money received (another file's since, or this one's before the
    row moved) put on the row's line, figure by figure, where that line has none."""
    carried = False
    for columns in MONEY:
        listed = ", ".join(columns)
        [(gone, *theirs)] = conn.execute(f"SELECT {columns[0]}, {listed} FROM order_lines "
                                         "WHERE line_key = ?", (shift.gone,))
        [(here,)] = conn.execute(f"SELECT {columns[0]} FROM order_lines WHERE line_key = ?",
                                 (shift.into,))
        if gone is not None and here is None:
            conn.execute(f"UPDATE order_lines SET {', '.join(f'{c} = ?' for c in columns)} "
                         "WHERE line_key = ?", (*theirs, shift.into))
            carried = True
    return carried


# what else a leftover line's row said and its new line's row may not: carried where the new
# line (its order, for a described order's next identical row) says nothing. A due date counts
# as said only where a row wrote it: one worked out from the terms gives way to a written one.
DUE = ("due_date", "due_derived")
ORDER_FACTS = (("payment_terms", "pay_rung", "credit_days", "deposit_pct", "monthly_statement"),
               ("incoterm", "incoterm_text"), ("salesperson",))


def _facts_kept(conn: sqlite3.Connection, shift: Shift) -> None:
    """The leftover line's due date and its order's terms, Incoterm and salesperson put on
    the row's line and order where those say nothing. Before, they went with the removed line:
    a lot's due date another file wrote (an extension to 06-15) was lost, and the lot fell due
    by its order's terms again (29 days past due at 06-30 where 15 are)."""
    [(gone_order, gone_due, gone_derived)] = conn.execute(
        "SELECT order_id, due_date, due_derived FROM order_lines WHERE line_key = ?",
        (shift.gone,))
    [(order, due, derived)] = conn.execute(
        "SELECT order_id, due_date, due_derived FROM order_lines WHERE line_key = ?",
        (shift.into,))
    if gone_due is not None and (due is None or derived and not gone_derived):
        conn.execute("UPDATE order_lines SET due_date = ?, due_derived = ? WHERE line_key = ?",
                     (gone_due, gone_derived, shift.into))
    if gone_order == order:  # a numbered order's lots share its terms
        return
    for columns in ORDER_FACTS:
        listed = ", ".join(columns)
        [(theirs, *values)] = conn.execute(f"SELECT {columns[0]}, {listed} FROM orders "
                                           "WHERE id = ?", (gone_order,))
        [(here,)] = conn.execute(f"SELECT {columns[0]} FROM orders WHERE id = ?", (order,))
        if theirs is not None and here is None:
            conn.execute(f"UPDATE orders SET {', '.join(f'{c} = ?' for c in columns)} "
                         "WHERE id = ?", (*values, order))


_MOVED_ALONE = NP_(
    "{count} row of “{file}” says 已恢复 where its order's cancelled row was, after that "
    "row was deleted and this one moved up into its place: {rows}. The line this row had "
    "before it moved was removed, so its amount counts once.",
    "{count} rows of “{file}” say 已恢复 where their orders' cancelled rows were, after "
    "those rows were deleted and these moved up into their places: {rows}. The lines "
    "these rows had before they moved were removed, so their amounts count once.")
_MOVED_WITH_ROWS = NP_(
    "{count} row of “{file}” says 已恢复 where its order's cancelled row was, after that "
    "row was deleted and the rows of the same product below it moved up one place each: "
    "{rows}. The line left over below the last of them was removed, so each amount counts "
    "once.",
    "{count} rows of “{file}” say 已恢复 where their orders' cancelled rows were, after "
    "those rows were deleted and the rows of the same product below them moved up one "
    "place each: {rows}. The lines left over below the last of them were removed, so each "
    "amount counts once.")
_MOVED_ELSEWHERE = NP_(
    "{count} row of “{file}” says 已恢复 on an order another file cancelled, where this file "
    "no longer has that file's cancelled row and the rows of the same product below it moved "
    "up into its place: {rows} (the file that cancelled it). The line left over below the "
    "last of them was removed, so each amount counts once.",
    "{count} rows of “{file}” say 已恢复 on orders other files cancelled, where this file no "
    "longer has those files' cancelled rows and the rows of the same product below them moved "
    "up into their places: {rows} (the files that cancelled them). The lines left over below "
    "the last of them were removed, so each amount counts once.")
_KEPT_BEHIND = NP_(
    "{count} row of “{file}” is a cancelled row a later-dated file no longer has, the rows of "
    "the same product below it moved up into its place there: {rows}. Nothing of the row was "
    "taken, and the line the last of those rows added was removed, so each amount counts "
    "once.",
    "{count} rows of “{file}” are cancelled rows later-dated files no longer have, the rows "
    "of the same product below them moved up into their places there: {rows}. Nothing of "
    "those rows was taken, and the lines the last of those rows added were removed, so each "
    "amount counts once.")
_MOVED_LIVE = NP_(
    "{count} row of “{file}” says 已恢复 on an order another file listed with a row above it "
    "that this file no longer has, the rows of the same product below it moved up into its "
    "place: {rows} (the file that listed it). The line left over below the last of them was "
    "removed, so each amount counts once.",
    "{count} rows of “{file}” say 已恢复 on orders other files listed with a row above them "
    "that this file no longer has, the rows of the same product below them moved up into "
    "their places: {rows} (the files that listed them). The lines left over below the last of "
    "them were removed, so each amount counts once.")
_KEPT_BEHIND_ROW = NP_(
    "{count} row of “{file}” is a row a later-dated file no longer has, the rows of the same "
    "product below it moved up into its place there: {rows}. Nothing of the row was taken, "
    "and the line the last of those rows added was removed, so each amount counts once.",
    "{count} rows of “{file}” are rows later-dated files no longer have, the rows of the same "
    "product below them moved up into their places there: {rows}. Nothing of those rows was "
    "taken, and the lines the last of those rows added were removed, so each amount counts "
    "once.")
_WORDED = NP_(
    "{count} row of “{file}” says {word} where its order's cancelled row was, after that row "
    "was deleted (or left out of this file) and the rows of the same product below it moved "
    "up one place each: {rows} (the file that cancelled it, where another). The line left "
    "over below the last of them was removed, so each amount counts once, with the status "
    "the row says.",
    "{count} rows of “{file}” say {word} where their orders' cancelled rows were, after "
    "those rows were deleted (or left out of this file) and the rows of the same product "
    "below them moved up one place each: {rows} (the files that cancelled them, where "
    "others). The lines left over below the last of them were removed, so each amount counts "
    "once, with the status the rows say.")
_MONEY_KEPT = NP_(
    "{count} such row of “{file}” had money received on the line left over (written by "
    "another file since, or by this one before the row moved) and none on its own line: "
    "{rows}. That money is kept on the row's line, so it still counts.",
    "{count} such rows of “{file}” had money received on the lines left over (written by "
    "other files since, or by this one before the rows moved) and none on their own lines: "
    "{rows}. That money is kept on the rows' lines, so it still counts.")
