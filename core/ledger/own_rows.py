"""A row read again from the file that wrote its line: the clerk's correction.

A plain 正常 on a later row keeps a stored cancellation (core.ledger.normalise.later_status):
next month's 正常 is most often the template's default. But the everyday way to correct a
mistaken 已取消 is to write 正常 in the same cell and import the same file again (its content
changed, so it imports): there the row is the one that wrote the line, and what it says now
replaces what it said. Before, the order stayed cancelled and its customer's debt off the account.

The same row is the line's stored source (file name, sheet, row; the row that last changed it)
read from a file whose name was imported before from this very folder only. Firms keeping one
name every month (台账.xlsx in each month's folder) share name, sheet and row across months:
another month's file, or a renamed copy (月报-3月 (2).xlsx), is another source and needs
已恢复, as its report's still-moving note says where it matters (core.ledger.still_moving).

Only the row that wrote a cancellation corrects it: a later row that leaves a cancelled line
cancelled without saying 已取消 itself (its 正常 not taken, a blank) does not become the line's
source, though it brings money or a ship date. Before, March's 正常 row with 2,000 received
became the source of February's cancelled line, and importing March again after an unrelated
edit brought the order back as owed, though the clerk corrected nothing in that row.

Such a row is still the row that last changed the line (its source: the money it brought is its
file's, which the analysis's check of one wire written in two files reads); the row that wrote
the status is kept apart (status_file, status_sheet, status_row; NULL where it is the source).
Before, the cancelling row stood as the source of money March brought, so March's copy of a
wire February wrote on another order read as one file's and counted twice.

Clearing the cell is a correction too: the row that wrote a cancellation, read again with its
status cell blank, says the order went ahead after all. A blank anywhere else (a later tab, a
carried row, another file) says nothing and leaves the cancellation standing. So a blank
corrects only a row known to have cancelled the line: named in its status columns by the row
that wrote 已取消 (from schema 10 on). A line stored before names none, and its source may be
a later file's blank row that left it cancelled (readers before cancel28c made the row that
last changed a line its source): its blank is not taken, its 正常 is, as before, and until a
row cancels it again its source stays (:func:`line_source`).

A row inserted or deleted above moves the cancelling row up or down its sheet: it is still the
row that wrote the status where nothing else can have taken its line's identity: the same file
(as above), the same sheet, a numbered order's only row of its product on that sheet in this
file, and the only line of that order and product ever stored (:func:`moved_own_row`). Keyed by
its place among such rows (core.ledger.keys.line_key), a line's second row, the first deleted,
would take the first's key: so the rule stops at one. A renamed file is not told from another
month's file begun as a copy, nor one name kept in month folders from a rename: it needs
已恢复, as any other file does.

The same shift can leave the row at its line's very place: PO-1's two rows of one product, the
first (key #0, row 2) 已取消 and deleted, the second (正常) moves up into row 2 and key #0. Before,
its 正常 read as the clerk correcting row 2, and the cancelled 8,000 was owed again (its buyer on
the black list). So the row in place corrects only where no stored line can have moved into
its key: the line that followed it (:func:`following`) is not stored, or is on the sheet still
(:func:`in_place`). Else it stays cancelled, and 已恢复 brings it back.

A stored following line stands in the way only where it can be the row read (:func:`may_be`):
written from this file's sheet (its source or its status row), or reading as the row does (its
amount). feb.xlsx cancels PO-1's only row and mar.xlsx adds a second lot (PO-1 #1): that lot
was never on feb.xlsx's sheet, and feb.xlsx's row 2 corrected is the clerk's correction. Before,
the guard refused it, 8,000 off the account. The cancelled row deleted and the next one moved
up into its place reads as that next one (its amount) and is still refused, though another
file wrote that line since.

A correction the guard does not take (the row read again from the sheet that cancelled its
line, saying 正常 or left blank: :func:`refused`) is named in the import report with 已恢复 to
write (core.ledger.still_moving): before, the order stayed cancelled and nothing said so.

The cancelling row deleted and a new row of the order's product added in one edit is read as a
correction, on purpose: the file's only row of that order and product (one line by the keys)
says it stands, and the 已取消 the file wrote is gone from it. Kept cancelled, the new row's
amount would be off its customer's account with no row saying so; taken, the line is owed at
the new row's amount, the change of amount is listed and the correction named.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import NamedTuple

from core.ledger.keys import BOUGHT, DESCRIBED, NUMBERED
from core.ledger.line_values import L_STATUS
from core.ledger.normalise import REINSTATED, STANDS
from core.ledger.order_sums import CANCELLED
from core.ledger.orders import TOLERANCE
from core.ledger.record import AMOUNT, Record


def corrects_here(conn: sqlite3.Connection, import_id: int) -> bool:
    """Was this import's file name imported before, and only ever from this import's path?"""
    paths, path = _paths(conn, import_id)
    return paths == {path}


def same_file(conn: sqlite3.Connection, import_id: int) -> bool:
    """Is a line last written from this import's file name written from this very file (an
    earlier tab of it, or its earlier import)? Only where the name was imported from this
    import's folder alone, or never before: 台账.xlsx of 2025-03 and of 2025-05 share a name,
    and one is no correction of the other (core.ledger.older_receipts)."""
    paths, path = _paths(conn, import_id)
    return paths <= {path}


def _paths(conn: sqlite3.Connection, import_id: int) -> tuple[set[str], str]:
    """The paths this import's file name was imported from before, and this import's."""
    paths = {path for (path,) in conn.execute(
        "SELECT e.file_path FROM imports e JOIN imports i ON i.id = ? "
        "WHERE e.file_name = i.file_name AND e.id < i.id", (import_id,))}
    [(path,)] = conn.execute("SELECT file_path FROM imports WHERE id = ?", (import_id,))
    return paths, path


NO_STATUS_ROW = (None, None, None)  # the line's status was written by its source row


def status_row(stored: Sequence) -> tuple:
    """The row (file name, sheet, row) that wrote a stored line's status, from its source
    columns (core.ledger.writer_sql.SOURCE_COLUMNS): its own where kept apart, else its
    source's. A file that left the line out (core.ledger.deleted_orders.left_out) has no row:
    its name stays, kept apart."""
    return tuple(stored[3:6]) if stored[5] is not None or stored[3] is not None else tuple(
        stored[:3])


def _writer(stored: Sequence, said: str | None) -> tuple:
    """The row whose correction a row saying `said` may be: :func:`status_row`, but for a
    blank only a row known to have cancelled the line. A line stored before schema 10 names
    none (its status columns NULL): its source was the row that last changed it, which may be
    a later file's blank row that left the cancellation standing."""
    return status_row(stored) if said is not None else tuple(stored[3:6])


# a stored line as :func:`may_be` reads it: amount, source file and sheet, status file and
# sheet, the file and sheet whose row first wrote it (schema 17)
STORED_NEIGHBOUR = ("SELECT amount, source_file, source_sheet, status_file, status_sheet, "
                    "first_file, first_sheet FROM order_lines WHERE line_key = ?")


def from_sheet(found: Sequence, read: tuple[str, object, object]) -> bool:
    """Was a stored line (:data:`STORED_NEIGHBOUR`) written from the row `read`'s file and
    sheet: its source, its status row or its first row? The first row counts since another
    file may have updated the line since: PO-1's 2,000 lot, given money by apr.xlsx, is still
    mar.xlsx's row moved up once mar.xlsx's cancelled row above it is deleted (before, its line
    stayed live beside the one the row brought back: 2,000 counted twice)."""
    return read[:2] in (tuple(found[1:3]), tuple(found[3:5]), tuple(found[5:7]))


class Shown(NamedTuple):
    """Where a line key is found: on the row's sheet in this file (`sheet`: the amount of the
    sheet's row of that key, None where it has none), stored (`stored`: the line's
    :data:`STORED_NEIGHBOUR` columns, None where it is not); the row read's `amount`, which
    tells it from a stored line it may be."""

    on_sheet: Callable[[str], float | None]
    stored: Callable[[str], Sequence | None]
    amount: float

    def sheet(self, key: str) -> bool:
        """Has the row's sheet a row of line `key`?"""
        return self.on_sheet(key) is not None


class SheetShown:
    """Where the sheet being written and the store hold a line, for a row (:class:`Shown`):
    the sheet's rows' amounts by key read once a sheet (core.ledger.writer)."""

    def __init__(self, read: Callable[[], sqlite3.Connection]) -> None:
        self._read, self._amounts = read, (list[str](), dict[str, float]())
        self.records: list[Record] = []  # the whole sheet, which a cancelled line's row reads

    def __call__(self, keys: list[str], amount: float) -> Shown:
        """Where line keys are found for a row of `amount`, `keys` the sheet's rows' keys."""
        if self._amounts[0] is not keys:
            self._amounts = (keys, {k: float(record[AMOUNT]) for k, record in zip(
                keys, self.records, strict=True)})
        return Shown(self._amounts[1].get, lambda other: self._read().execute(
            STORED_NEIGHBOUR, (other,)).fetchone(), amount)


def may_be(other: str, read: tuple[str, object, object], shown: Shown) -> bool:
    """Can the stored line `other` be the row `read`, moved into another line's key? Only a
    line written from the row's own file and sheet (its source or its status row), or one
    whose amount the row reads: another file's line (next month's second lot) never stood on
    this sheet, and a row moved up carries its own amount."""
    found = shown.stored(other)
    return found is not None and (from_sheet(found, read) or _stored_at(found, shown.amount))


def own_row(here: bool, stored: Sequence, read: tuple[str, object, object], carried: object,
            said: str | None) -> bool:
    """Is the row `read` (file name, sheet, row), its status cell saying `said`, the one that
    wrote the line's status (its `stored` source columns: :func:`_writer`), read again from a
    file :func:`corrects_here` (`here`)? Not a row carried forward (`carried`): its 上月结转 is
    the carry's word, and the cancellation it leaves may be another file's."""
    return here and not carried and _writer(stored, said) == read


def following(key: str) -> str | None:
    """The key of the line whose row takes line `key`'s key where the line's row is deleted:
    its order's next row of its product on the sheet, a described order's next identical row;
    None for a key stored before described keys (never written again)."""
    if key.startswith(DESCRIBED):
        order, bar, product = key.partition("|")
        head, _, occurrence = order.rpartition("#")
        return f"{head}#{int(occurrence) + 1}{bar}{product}"
    head, mark, position = key.rpartition("#")
    if not key.startswith((NUMBERED, BOUGHT)) or not mark:
        return None
    return f"{head}#{int(position) + 1}"


def in_place(key: str, read: tuple[str, object, object], shown: Shown) -> bool:
    """Is the row `read` at line `key`'s status row (:func:`own_row`) certainly that row? Not
    where the rows of its product below it may each have moved up one place (:func:`shifted`)
    and the line left over below them is stored and may be the last of them (:func:`may_be`):
    the line's own row deleted. Before, only the next line was asked: 8,000 已取消 over two
    2,000 lots, the 8,000 row deleted, read the first lot's 正常 as the clerk's correction
    (6,000 open where the lots are 4,000)."""
    gone = shifted(key, shown)
    return gone is None or not may_be(gone.gone, read, shown._replace(amount=gone.above))


class Shift(NamedTuple):
    """Rows below a cancelled line's row that may each have moved up one place: the first
    following line gone from the sheet (`gone`), the line of the row now above it (`into`) and
    that row's amount (`above`), and how many rows lie between (`below`); the file that
    cancelled the line where the row is another file's (`writer`: :func:`elsewhere`)."""

    gone: str
    into: str
    above: float
    below: int
    writer: str = ""  # the file whose row cancelled the line, where another file's row moved
    older: bool = False  # the row is a later-dated file's dropped cancelled row (kept_behind)
    live: bool = False  # the line was live, `writer` its first file (reinstated_behind)


def shifted(key: str, shown: Shown) -> Shift | None:
    """Where the rows of line `key`'s product below the row read may each have moved up one
    place (:class:`Shift`). None where no key follows, or a line between is not stored at the
    amount of the row now one place above it (its row did not move up)."""
    into, above, below, other = key, shown.amount, 0, following(key)
    while other is not None and (now := shown.on_sheet(other)) is not None:
        if not _stored_at(shown.stored(other), above):
            return None
        into, above, below, other = other, now, below + 1, following(other)
    return None if other is None else Shift(other, into, above, below)


def _stored_at(found: Sequence | None, amount: float) -> bool:
    """Is a stored line (:data:`STORED_NEIGHBOUR`) there at `amount`?"""
    return found is not None and abs(float(found[0]) - amount) <= TOLERANCE


def sibling(key: str) -> str | None:
    """The key a numbered order's second row of the line's product on its sheet would have,
    where the line (`key`) is its first; None otherwise (a described order's identity shifts
    with the identical rows around it)."""
    if not key.startswith((NUMBERED, BOUGHT)) or not key.endswith("#0"):
        return None
    return following(key)


def moved_own_row(here: bool, stored: Sequence, read: tuple[str, object, object],
                  carried: object, said: str | None, key: str, shown: Shown) -> bool:
    """Is the row `read`, of line `key`, the row that wrote the line's status moved up or down
    its sheet (:func:`own_row`)? Only a numbered order's only row of its product (:func:`sibling`
    neither on the sheet nor stored as a line it may be: :func:`may_be`)."""
    if not here or carried:
        return False
    status, other = _writer(stored, said), sibling(key)
    return (other is not None and status[:2] == read[:2] and status != read
            and not shown.sheet(other) and not may_be(other, read, shown))


def corrects(here: bool, stored: Sequence, read: tuple[str, object, object], carried: object,
             said: str | None, key: str, shown: Shown) -> bool:
    """Is the row `read` (of line `key`, cancelled) the clerk's correction of its line's
    cancellation: the row that wrote it, in its place (:func:`in_place`) or moved
    (:func:`moved_own_row`)?"""
    if own_row(here, stored, read, carried, said):
        return in_place(key, read, shown)
    return moved_own_row(here, stored, read, carried, said, key, shown)


def left_behind(here: bool, stored: Sequence, read: tuple[str, object, object],
                carried: object, said: str | None, key: str, shown: Shown
                ) -> Shift | None:
    """The line a row at its cancelled line's place (`key`; :func:`own_row`) may have left
    behind in its re-ordering (:func:`shifted`): gone from the sheet, written from this sheet
    (:func:`from_sheet`) and at the amount of the row now above it. Where the row lifts the
    cancellation (已恢复), that line is the re-ordered rows' leftover
    (core.ledger.leftover_lines). A row of another file (:func:`elsewhere`) leaves behind a
    line written from the cancelling row's file and sheet, or from the file and sheet that
    first wrote line `key` (May's lots listed beside the 8,000 row before April's, imported
    late, cancelled it), named with the cancelling file (`writer`)."""
    if own_row(here, stored, read, carried, said):
        sheet, writer = read, ""
    elif elsewhere(here, stored, read, carried, said):
        sheet = status_row(stored)
        writer = str(sheet[0])
    else:
        return None
    gone = shifted(key, shown)
    found = None if gone is None else shown.stored(gone.gone)
    if gone is None or found is None or not (from_sheet(found, sheet) or writer and (
            first := shown.stored(key)) is not None and from_sheet(found, (*first[5:7], None))):
        return None
    return gone._replace(writer=writer) if _stored_at(found, gone.above) else None


def elsewhere(here: bool, stored: Sequence, read: tuple[str, object, object],
              carried: object, said: str | None) -> bool:
    """Is the row `read`, its status cell saying a word (`said`), of a file other than the
    one whose row cancelled its line (:func:`status_row`)? Another file shows the order's rows
    without the cancelled row (deleted, or never copied over) and the lots below it moved up:
    mar.xlsx cancels PO-1's 8,000 over two 2,000 lots, apr.xlsx lists the two lots 已恢复.
    Before, only the cancelling file's own row was asked, and the second lot's earlier line
    stayed live: 6,000 open where the lots are 4,000, with no word. A month folder's file of
    the cancelling file's name (2025-05/台账.xlsx after 2025-04/台账.xlsx) is another file:
    its name was imported from another folder (`here` False)."""
    writer = status_row(stored)
    return (not carried and said not in (None, STANDS) and writer[0] is not None
            and (writer[0] != read[0] or not here))


def kept_behind(key: str, shown: Shown) -> Shift | None:
    """Where an older file's cancelled row, its status kept out at line `key`
    (core.ledger.older_status), is the row a later-dated file dropped, its lots moving up
    (:func:`elsewhere`, imported the other way round): each of its sheet's rows of the product
    below it at the amount stored one place above, down to one whose line is not stored (the
    line its last row adds: `gone`). Before, May's lots imported first and April's 8,000
    已取消 over them imported late: its 8,000 replaced the first lot's 2,000 and its second lot
    added a third line, 18,000 open where 10,000 is, as imported in order."""
    into, other, below = key, following(key), 0
    while other is not None and (now := shown.on_sheet(other)) is not None:
        if not _stored_at(shown.stored(into), now):
            return None
        if shown.stored(other) is None:
            return Shift(other, into, now, below, older=True)
        into, other, below = other, following(other), below + 1
    return None


# why a correction was not taken (:func:`refused`): another row may have moved into the place
# of the row that cancelled the line; which row cancelled it is not known (stored before
# schema 10, the row left blank)
MOVED, UNKNOWN = "moved", "unknown"


def refused(here: bool, stored: Sequence, read: tuple[str, object, object], carried: object,
            said: str | None, own: bool) -> str:
    """Why the row `read` (not :func:`corrects`: `own` False), of a cancelled line, is a
    correction the guard did not take, "" where it is none: read again from the file and sheet
    whose row wrote the cancellation (:func:`_writer`), saying 正常 or left blank (:data:`MOVED`),
    or left blank on the sheet of the source of a line stored before schema 10, which names no
    cancelling row (:data:`UNKNOWN`: before, refused in silence). The report names it."""
    if own or not here or carried or said not in (STANDS, None):
        return ""
    if _writer(stored, said)[:2] == read[:2]:
        return MOVED
    return UNKNOWN if said is None and stored[5] is None and tuple(stored[:2]) == read[:2] else ""


def judged(here: bool, stored: Sequence, read: tuple[str, object, object],
           row: tuple[object, str | None], key: str, shown: Shown, cancelled: bool = True
           ) -> tuple[bool, str, Shift | None]:
    """Of a row (`row`: carried?, its status cell) read onto a cancelled line: whether it
    :func:`corrects` it, whether a correction was :func:`refused`, and the line it may have
    :func:`left_behind`; onto a line not `cancelled` (:func:`reinstating`), the line it may
    leave over (:func:`reinstated_behind`)."""
    if not cancelled:
        return False, "", reinstated_behind(here, stored, read, row[0], key, shown)
    own = corrects(here, stored, read, *row, key, shown)
    return (own, refused(here, stored, read, *row, own),
            None if own else left_behind(here, stored, read, *row, key, shown))


def reinstating(status: str | None, said: str | None) -> bool:
    """Does a row saying `said` say 已恢复 of a stored line live (its `status`): brought back
    by another file's word, or never cancelled in the files imported so far?"""
    return status is None and said == REINSTATED


def reinstated_behind(here: bool, stored: Sequence, read: tuple[str, object, object],
                      carried: object, key: str, shown: Shown) -> Shift | None:
    """The line a row saying 已恢复 leaves over on a live line `key` (:func:`reinstating`)
    another file first wrote, where the row is one of the lots below that file's row, moved
    up (:func:`shifted`, the line left over written from that first file's sheet): April
    cancels T-2's 8,000 over two lots, May brings the 8,000 back (已恢复) or lists it without
    a word (imported before April's), June no longer has the 8,000 row and writes its lots
    已恢复. Before, the second lot's earlier line stayed live, 12,000 open where June's lots
    make 10,000 as they do where April's cancellation stands (:func:`elsewhere`). Named with
    the line's first file (`writer`, `live`)."""
    own, writer = shown.stored(key), status_row(stored)
    if carried or own is None or own[5] is None or writer[0] is None or (
            here and read[0] in (own[5], writer[0])):
        return None
    gone = shifted(key, shown)
    found = None if gone is None else shown.stored(gone.gone)
    if gone is None or found is None or not from_sheet(found, (own[5], own[6], None)):
        return None
    return gone._replace(writer=str(own[5]), live=True) if _stored_at(found, gone.above) else None


def keeps_source(said: str | None, before: str | None, after: str | None) -> bool:
    """Does a row saying `said` (its status cell) leave its line's status row as it was? It
    does where the line was cancelled (`before`) and stays so (`after`) by another row's word."""
    return before == after == CANCELLED and said != CANCELLED


def inserted_status_row(status: str | None, read: tuple[str, object, object]) -> tuple:
    """The status columns of a line a row inserts: the row itself where it cancels the line
    (known to have written the cancellation: its blank, read again, corrects it)."""
    return read if status == CANCELLED else NO_STATUS_ROW


def line_source(stored: Sequence, read: tuple[str, object, object], new: Sequence,
                before: Sequence, merged: Sequence, kept: bool = False) -> tuple:
    """The source columns a row (`read`, its line values `new`) leaves on a stored line: it
    is the line's source, and the row that wrote its status too unless :func:`keeps_source`
    (then the `stored` one stays, kept apart); a row cancelling the line is named as its
    status's (:func:`inserted_status_row`). A line stored before schema 10 that it leaves
    cancelled keeps its source, taken for the row that cancelled it, as before. A status
    `kept` from an older file's row (core.ledger.older_status) keeps the row that wrote it."""
    if kept:
        return (*read, *status_row(stored))
    said = new[L_STATUS]
    if said == CANCELLED == merged[L_STATUS]:
        return (*read, *read)
    if not keeps_source(said, before[L_STATUS], merged[L_STATUS]):
        return (*read, *NO_STATUS_ROW)
    if stored[5] is None and stored[3] is None:  # not a file leaving the line out (acct51f)
        return (*stored[:3], *NO_STATUS_ROW)
    return (*read, *stored[3:6])
