"""A later file restating a stored line's amount: the order amended, by the latest file.

March's file lists order S-1 at 6,000; April's (台账 2025-04.xlsx, a workbook of its own) lists
it at 6,500: the customer added goods, or the price was corrected. April's 4月 tab dates the row
before its month, so it is read as carried forward (core.ledger.tab_month), and a carried row
leaves its line's amount (core.ledger.line_values): 6,000 stayed open, while the same row on
a later tab of one workbook, a repeat, was the line corrected, 6,500. A row that repeats or
carries a line now restates its amount alike on a later tab and in a later file
(core.ledger.line_values.amended): a higher amount is the line corrected; a lower one is the
balance left (a 上月未收 row's figure), unless the row says why it is lower: its quantity is
another than the line's (goods taken off), or its unit price another, its quantity times that
price its amount (6,000 → 5,400: 60 at 90, a discount). Its quantity and unit price come with
it. An amount in another currency is no restatement of the line's (a conversion, not a
correction): the line keeps its own, and no balance is made up of the difference.

Which file's figure is the line's is judged, as a status is (core.ledger.older_status), by
what the files say of their dates, not the order they come in; here by the months they are
named after only (:func:`named_month`: 台账 2025-04.xlsx, its 4月 tab, the month folder's
台账.xlsx), which their rows cannot outvote: a file's rows read back from the store are only
the lines it last wrote, and January's file holding February's orders and a payer's row of
May was dated May, after February's file, whose corrected 7,500 it then kept out. Files whose
names give no month are read as before, the last imported deciding. A row of a file named
after an earlier month than the file whose amount the line holds (:class:`LaterFiles`), or of
a file that file revises or is the later copy of (台账 2025-04 修订.xlsx, 台账 2025-04(1).xlsx),
leaves the line's amount, quantity, unit price and currency: March's file imported after
April's, or its copy (1) re-sent, took the order back to 6,000. The file whose amount
the line holds, read again, is its correction. That file is kept with the line
(order_lines.amount_file, schema 20; NULL: its source file's, as every line stored before),
not taken from its source: March's file imported after April's keeps April's amount but
becomes the line's source, and sent again changed (or after a second March file touching the
line) it took the order back to 6,000. The report names each amount so kept, with that file
(:func:`kept_amount_messages`), as it names a kept status.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from core.i18n import NP_
from core.ledger.copy_names import later_copy
from core.ledger.file_labels import FileLabels
from core.ledger.later_ships import (
    KeptShip,
    held_ship,
    kept_ship,
    later_day_messages,
    restore,
    ship_differs,
    stored_latest,
)
from core.ledger.line_values import (
    L_AMOUNT,
    L_CARRIED,
    L_CURRENCY,
    L_NOTES,
    L_PRODUCT,
    L_SHIP,
    amended,
    amount_differs,
)
from core.ledger.lot_balances import read_lots_as_balances
from core.ledger.lot_words import lot_said
from core.ledger.older_status import FileStatus
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.orders import TOLERANCE
from core.ledger.reread_files import read_again
from core.ledger.resent_figures import Corrected, corrected, read_before
from core.ledger.revised_files import revises
from core.ledger.row_places import at_row, said_file
from core.ledger.tab_month import carried_before, month_named, named_year, sheet_month
from core.messages import Listed, Message

# the tabs a file first wrote lines from, with their orders' dates (a tab's year, where its
# name gives none): with its name, the months it is named after
_FILE_TABS = ("SELECT DISTINCT coalesce(l.first_sheet, ''), o.order_date FROM order_lines l "
              "JOIN orders o ON o.id = l.order_id WHERE l.first_file = ?")

# the file whose amount a line holds, where another than its source's (schema 20)
_OWNER = "SELECT amount_file FROM order_lines WHERE line_key = ?"
# the figures other files sent again replaced (few, often none), each with its line and day
_REPLACED = ("SELECT file_name, line_key, received_date, replaced FROM file_receipts WHERE "
             "replaced IS NOT NULL AND file_name <> ?")
# The figure and day each line's row in this file read (its stored line's, or one a later file
# keeps out: temp.file_read), with the figure of the same day an earlier import of the same
# name read and this one changed (else the one it kept; temp.file_was: what it read)
_KEEP_READ = """
    WITH now AS (SELECT line_key, received_amount AS received, received_date FROM order_lines
            WHERE source_file = :name AND line_key NOT IN (SELECT line_key FROM temp.file_read)
            UNION ALL SELECT line_key, received, received_date FROM temp.file_read),
    kept AS (SELECT now.line_key, now.received, now.received_date, CASE
        WHEN was.line_key IS NULL OR was.received_date IS NOT now.received_date THEN NULL
        WHEN typeof(now.received) IN ('integer', 'real') AND was.received IS NOT NULL
             AND abs(was.received - now.received) > :tolerance THEN was.received
        ELSE was.replaced END AS replaced
        FROM now LEFT JOIN temp.file_was AS was ON was.line_key = now.line_key)
    INSERT INTO file_receipts
    SELECT :name, line_key, received, received_date, replaced FROM kept ORDER BY line_key"""
# the same where the name read nothing before and this file's rows no figure kept out (both
# temp tables empty): its lines' figures as stored, none replaced
_FIRST_READ = ("INSERT INTO file_receipts SELECT ?, line_key, received_amount, received_date, "
               "NULL FROM order_lines WHERE source_file = ? ORDER BY line_key")
_READ_BEFORE = "SELECT 1 FROM file_receipts WHERE file_name = ? LIMIT 1"


@dataclass(frozen=True)
class KeptAmount:
    """A line whose amount a later-dated file wrote was kept: its order (number, or customer),
    the row of this file that said otherwise and its amount (with its currency, where not the
    line's), the amount kept and its currency, and the file that wrote it."""

    order: str
    sheet: str
    row: int
    read: str
    kept: float
    currency: str
    kept_file: str
    by_day: tuple[str, str] | None = None  # the files' latest dates, where they decided


def kept_older(line: Sequence, row: Sequence) -> bool:
    """Would a row's amount (`row`: its line values) replace the `line`'s but for its file
    being the older? A carried row's where it amends the line (else its lower figure is the
    balance left, no amount); a row not carried, the line's but where the line is a carried
    row's figure that does not amend the row's (a balance left: the order's amount taken)."""
    if row[L_CARRIED] and not line[L_CARRIED]:
        return amended(line, row)
    return not line[L_CARRIED] or amended(row, line)


class LaterFiles:
    """Whether the file that last wrote a line is named after a later month than this one, or
    is this file's revision or later copy: then this file's amount is an older one. Each
    other file's month is read once, from its name and the tabs it first wrote lines from,
    with their orders' dates for a year (rows this import rewrites change none of them, so
    both imports read it alike): one name kept in month folders (2025-04/台账.xlsx) is dated
    by its tabs, 4月, and its rows' year; this file by the name it is dated by (its folder's
    month where its own names none: core.ledger.file_labels.dated_name)."""

    def __init__(self, conn: sqlite3.Connection, status: FileStatus,
                 kept: list[KeptAmount | KeptShip]) -> None:
        self.conn, self.status, self.kept = conn, status, kept  # kept: the counts' list
        self._months: dict[str, tuple[int, int, int] | None] = {}
        self._days: dict[str, tuple[str, str] | None] = {}  # a tie's latest dates (later_ships)
        self._ships: list[tuple[object, ...]] = []  # stored ship dates put back (settle)
        self._mine: tuple[int, int, int] | None = None
        self._again: bool | None = None  # this file's name sent again (:meth:`newer`)
        # the lines whose amount this file's rows judged: the file whose amount stands (None:
        # this file's), written as the lines' amount_file once the file's rows are (:meth:`settle`)
        self.owners: dict[str, str | None] = {}
        self.read: dict[str, tuple[object, object]] = {}  # each stored line's row: its figure
        self.resent: list[Corrected] = []  # the figures this file sent again corrected (settle)
        self._replaced: dict[tuple[str, str], tuple[object, float]] | None = None  # (_undone)

    def of(self, line_of: tuple[str, str | None], line: Sequence, row: Sequence,
           place: tuple[str, str, int]) -> bool:
        """Does the stored `line` (`line_of`: its key and source file) keep its amount against
        a row's (`row`: its line values; `place`: its order, sheet and row, named in the report
        where it does)? Asked only where they differ (most rows restate none) and both say the
        same lot: a lot the line was read as apart is the lots' rules' (core.ledger.
        lot_balances: March's one row read after an older reader let April's 第二批 overwrite
        its line gives the line its 6,000 back). The file judged against is the one whose
        amount the line holds (:meth:`owner`), not the last to touch it: March's file imported
        after April's became the line's source, and read again it is still the older one."""
        one_lot = lot_said(line[L_NOTES], line[L_PRODUCT]) == lot_said(row[L_NOTES],
                                                                       row[L_PRODUCT])
        if one_lot and ship_differs(line, row) and self.after(
                writer := self.owner(*line_of)):  # its ship date as its amount (later_ships)
            self._ships.append(held_ship(line_of[0], line))
            self.kept.append(KeptShip(*place, str(row[L_SHIP])[:10], str(line[L_SHIP])[:10],
                                      str(writer), self._days.get(str(writer))))
        if not (amount_differs(line, row) and one_lot and kept_older(line, row)):
            return False
        writer = self.owner(*line_of)
        if not self.after(writer):
            self.owners[line_of[0]] = None
            return False
        self.owners[line_of[0]] = writer
        read = f"{row[L_AMOUNT]:,.2f}" + ("" if row[L_CURRENCY] == line[L_CURRENCY]
                                          else f" {row[L_CURRENCY]}")
        self.kept.append(KeptAmount(*place, read, line[L_AMOUNT], str(line[L_CURRENCY]),
                                    str(writer), self._days.get(str(writer))))
        return True

    def owner(self, key: str, source: str | None) -> str | None:
        """The file whose amount the line `key` holds: as this file's rows left it, else as
        the store had it before this file (its amount_file, NULL: its `source` file's)."""
        if key in self.owners:
            return self.owners[key]
        found = self.conn.execute(_OWNER, (key,)).fetchone()
        return found[0] if found and found[0] is not None else source

    def settle(self, conn: sqlite3.Connection, fresh: bool = False,
               given: list[tuple[str, tuple[str, ...]]] | None = None) -> None:
        """Each line's amount_file as this file leaves it: the later file's where its amount
        was kept; none (the source's) where this file wrote the line's amount or became its
        source saying the same. `fresh`: the store held no order before this file (every
        line this file's, inserted without one; the lines' indexes still set aside, the
        clearing below a pass over every line: core.ledger.writer_sql.indexes_set_aside).
        `given`: where the name's first read is copied by a statement left to the caller (the
        writer's, run on its writing thread while its own thread weighs the new names: perf65b),
        that statement; else it is run here."""
        name = self.status.source_file
        restore(conn, self._ships)  # a later-dated file's ship dates kept (later_ships)
        if not fresh:
            conn.execute("UPDATE order_lines SET amount_file = NULL WHERE source_file = ? AND "
                         "amount_file IS NOT NULL", (name,))
        conn.executemany("UPDATE order_lines SET amount_file = ? WHERE line_key = ?", [
            (None if file == name else file, key) for key, file in self.owners.items()])
        if not self.read and conn.execute(_READ_BEFORE, (name,)).fetchone() is None:
            # the name's first import, no figure of it kept out: nothing it read before to
            # correct or replace, each line's figure what it read (0.17 → 0.10 s at 100k, perf50)
            if given is None:
                conn.execute(_FIRST_READ, (name, name))
            else:
                given.append((_FIRST_READ, (name, name)))
            return
        # what this file's rows read of each line's received figure, for :meth:`newer`, in
        # SQLite: a 1M-line file's lines as dicts took its import 300 MB over the 1 GB cap
        conn.execute("CREATE TEMP TABLE file_read (line_key TEXT PRIMARY KEY, received, "
                     "received_date)")
        conn.executemany("INSERT INTO temp.file_read VALUES (?, ?, ?)",
                         [(key, *got) for key, got in self.read.items()])
        conn.execute("CREATE TEMP TABLE file_was AS SELECT line_key, received, received_date, "
                     "replaced FROM file_receipts WHERE file_name = ?", (name,))
        conn.execute("CREATE UNIQUE INDEX temp.file_was_key ON file_was (line_key)")
        self.resent = corrected(conn, name)
        conn.execute("DELETE FROM file_receipts WHERE file_name = ?", (name,))
        conn.execute(_KEEP_READ, {"name": name, "tolerance": TOLERANCE})
        conn.execute("DROP TABLE temp.file_read")
        conn.execute("DROP TABLE temp.file_was")

    def newer(self, files: tuple[str | None, str | None], read: Sequence, key: str) -> bool:
        """:meth:`after` of the line's source file (`files`: it and the file that wrote its
        received total), but for a row bringing a received figure (`read`: it and its day):
        after the total's file, unless this file is sent again naming its month (台账
        2025-03.xlsx imported before, from any folder; or its name from its one folder) and
        its figure of the line `key` differs from the one its rows read before: the clerk's
        correction of that month, whose figure of a day stands over the one a later month's
        file carried for it (core.ledger.older_receipts.older_total's `later`). March's
        45,000 of 03-10 (a typo) carried by April's book, then March sent again with 4,500:
        45,500 open in both orders (ord42). March's 4,500 of 03-31, April's book 9,000 of
        03-31, March sent again unchanged with a row added was 10,500 open (its 4,500 taken
        as the correction), or 6,000 imported March, March again, April; now 6,000 (fx42b)."""
        figure, day = read[0], read[1]
        if figure is None:
            return self.after(files[0])
        later = self.after(files[1]) and not (self._resent() and self._changed(
            key, figure, day)) or self._undone(files[1], key, (figure, day))
        if later:  # the row's figure, which the stored one may keep out: what this file read
            self.read[key] = (figure, day)
        return later

    def tie(self, writer: str | None) -> tuple[int, int] | None:
        """Are this file and `writer` (a line's total's file, :meth:`after` asked of it) dated
        the same month, each otherwise (:func:`ranked_month`: by its name, tabs or rows)? Then
        the one that names the month more plainly decides, and the report says so, not
        "later-dated" (yb43): what dates this file and the other (:data:`core.ledger.
        older_receipts.DATED_BY`; a KeptTotal's `tied`), else None. A file's answer: it was
        kept for each line (fx43d), a dict the size of the file's lines (fx43i)."""
        theirs = self._months.get(writer) if writer else None
        return (self._mine[2], theirs[2]) if (
            theirs is not None and self._mine is not None and self._mine[:2] == theirs[:2]
            and _plain(self._mine) != _plain(theirs)) else None

    def _undone(self, total: str | None, key: str, read: tuple[object, object]) -> bool:
        """Does a row bring back the figure of a day that the file which wrote the line's
        total (`total`, another) replaced when sent again (its month's correction)? April's
        book carrying March's 45,000 of 03-10 over March's re-sent 4,500: the typo carried,
        5,000 open where 45,500 is, imported March, March again, April (fx42b)."""
        if total is None or total == self.status.source_file:
            return False
        if self._replaced is None:  # read once (was a query for each such row: ord43)
            self._replaced = {(file, line): (day, figure) for file, line, day, figure in
                              self.conn.execute(_REPLACED, (self.status.source_file,))}
        found = self._replaced.get((total, key))
        return bool(found and found[0] == read[1] and isinstance(read[0], (int, float))
                    and abs(found[1] - read[0]) <= TOLERANCE)

    def _changed(self, key: str, figure: object, day: object) -> bool:
        """Does a row's received figure and day differ from those this file's name read for
        the line `key` before? None kept (a database before schema 22, or a line another file
        was the source of when this name was first read) is no change: April sent again
        unchanged after May's book took April's 4,500 of 03-31 over May's 9,000 (45,500 open
        where 41,000 is; code review). A correction is known only against what was read."""
        found = read_before(self.conn, self.status.source_file, key)
        return found is not None and (found[1] != day or not isinstance(figure, (int, float)) or (
            found[0] is None or abs(found[0] - figure) > TOLERANCE))

    def _resent(self) -> bool:
        """Is this file's name imported before, and this file a month's by it, edited since
        (the same bytes read again for a mapping are no correction: core.ledger.reread_files)?"""
        if self._again is None:
            name = self.status.source_file
            (count,) = self.conn.execute("SELECT count(*) FROM imports WHERE file_name = ?",
                                         (name,)).fetchone()
            self._again = count > 1 and (self.status.alone or month_named(
                self.status.dating) is not None) and not read_again(self.conn, name)
        return self._again

    def after(self, writer: str | None) -> bool:
        """Is `writer` (the line's source file) later than this file?"""
        name = self.status.source_file
        if writer is None or writer == name and self.status.alone:
            return False
        if revises(writer, name) or later_copy(writer, name):
            return True
        if writer not in self._months:
            # a file a reader before lots were read apart imported wrote its lot over an
            # earlier file's line: its amount is no restatement (core.ledger.lot_balances)
            self._months[writer] = None if read_lots_as_balances(self.conn, writer) else (
                ranked_month(writer, self.conn.execute(_FILE_TABS, (writer,)).fetchall()))
        theirs = self._months[writer]
        if theirs is None:
            return False
        if self._mine is None:
            self._mine = ranked_month(self.status.dating, [
                (tab, day.isoformat()) for tab, days in self.status.rows().items()
                for day in days]) or (0, 0, 0)
        if self._mine[:2] == (0, 0) or _plain(self._mine) != _plain(theirs):
            return _plain(self._mine) < _plain(theirs) and self._mine[:2] > (0, 0)
        return writer != name and self._later_day(writer) is not None

    def _later_day(self, writer: str) -> tuple[str, str] | None:
        """On one month, is `writer`'s latest date after this file's: the two dates (its,
        this one's), else None (core.ledger.later_ships: the batch's order decided, rv53a f4a)."""
        if writer not in self._days:
            theirs, mine = stored_latest(self.conn, writer), self.status.latest() or ""
            self._days[writer] = (theirs, mine) if mine and theirs[:10] > mine[:10] else None
        return self._days[writer]


def _plain(month: tuple[int, int, int]) -> tuple[int, int, int]:
    """A file's :func:`ranked_month` as files of one month rank: one named after it by its
    name or its tabs (1) over one dated by its rows alone (0); between a name and tabs, the
    later imported. Before (fx43j), April's file outranked a year book imported after it
    whose older tab showed the file's figure, or whose row corrected it (更正): 10,500 open
    where nothing is, 5,000 where 45,500 (fx43d had ranked the name over the tabs)."""
    return month[0], month[1], min(month[2], 1)


def ranked_month(name: str, rows: Sequence[tuple[str, str | None]]
                 ) -> tuple[int, int, int] | None:
    """:func:`named_month`, ranked on a tie (older_receipts.DATED_BY): a file whose name names the
    month (台账 2025-04.xlsx: 2) over one whose tabs do (2025年台账.xlsx, its newest tab 4月: 1)
    over one dated by its rows alone (客户台账.xlsx, rows into April: 0). Before (fx42b), the
    two tied and the last imported decided: 45,000 of 03-10 against April's book's 4,500 of
    03-10 was 45,500 or 5,000 open; now April's, 45,500, either way. A name and tabs rank
    alike where files are weighed (:func:`_plain`: the later imported of the two decides)."""
    month, rank = _named(name, rows)  # once (was by_rows again: ord43)
    return None if month is None else (*month, rank)


def by_rows(name: str, tabs: Iterable[str]) -> bool:
    """Is a file dated by its rows alone, its name and its tabs naming no month?"""
    return month_named(name) is None and sheet_month(
        name.rsplit(".", 1)[0]) is None and not any(map(sheet_month, tabs))


def named_month(name: str, rows: Iterable[tuple[str, str | None]]) -> tuple[int, int] | None:
    """The (year, month) a file is named after: its name's (台账 2025-04.xlsx; 4月台账.xlsx
    its year from the rows), else the latest of its tabs' (4月, the year from the name or the
    tab's rows), None where a name gives one that cannot be placed; `rows`: (tab, order date,
    ISO) pairs. A file whose name and tabs name no month (客户台账.xlsx, its tab 台账) is dated
    by the month of its latest order date, as a clerk reads a book by how far it goes: its
    45,000 of 03-10 against 台账 2025-04.xlsx's 4,500 of the same day (rows to March) was the
    last imported's, 45,500 or 5,000 open; now April's in either order, 45,500 (ord42). The
    one place this rule lives."""
    return _named(name, rows)[0]


def _named(name: str, rows: Iterable[tuple[str, str | None]]
           ) -> tuple[tuple[int, int] | None, int]:
    """:func:`named_month`, and what dates the file (older_receipts.DATED_BY): its name 2,
    its tabs 1, its rows alone 0 (:func:`by_rows`)."""
    tabs: dict[str, Counter[date]] = {}
    for tab, day in rows:
        tabs.setdefault(tab, Counter()).update([date.fromisoformat(day)] if day else [])
    if (month := month_named(name)) is not None:  # the name's (core.ledger.month_parts)
        return month, 2
    stem = sheet_month(name.rsplit(".", 1)[0])  # 4月台账.xlsx, no year named
    if stem is not None and named_year("", name) is None and (
            month := carried_before(stem, sum(tabs.values(), Counter()).items())):
        return month, 2
    found = []
    for tab, dated in tabs.items():
        given = named_year(tab, name)
        month = (given.year, given.month) if given is not None and given.month else (
            carried_before(sheet_month(tab), dated.items()))
        if month is not None:
            found.append(month)
    if by_rows(name, tabs):  # no name nor tab says a month
        return max(((day.year, day.month) for dated in tabs.values() for day in dated),
                   default=None), 0
    return max(found, default=None), 1


def kept_amount_messages(labels: FileLabels, found: Iterable[KeptAmount | KeptShip]
                         ) -> list[Message]:
    """One note naming the lines whose amount this file (older) would have changed (those
    kept by the files' latest dates on one month, and the ship dates kept: later_ships)."""
    found = list(found)
    later = later_day_messages(labels, [(
        k.order, k.sheet, k.row, f"{k.read} / {k.kept:,.2f} {k.currency}", k.kept_file, k.by_day)
        for k in found if isinstance(k, KeptAmount) and k.by_day], [
        kept_ship(k) for k in found if isinstance(k, KeptShip)])
    kept = sorted({k for k in found if isinstance(k, KeptAmount) and not k.by_day},
                  key=lambda k: (k.sheet, k.row, k.order))
    if not kept:
        return later
    return [*later, Message("older_amount_kept", NP_(
        "{count} order line's amount in “{file}” differs from the one a later-dated file "
        "wrote (by the months the files are named after): the later amount is kept: {rows} "
        "(this file's / kept: the file whose amount is kept). If this file's amount is the "
        "right one, correct it in the later file and import that file again.",
        "{count} order lines' amounts in “{file}” differ from the ones later-dated files "
        "wrote (by the months the files are named after): the later amounts are kept: {rows} "
        "(this file's / kept: the files whose amounts are kept). If this file's amount is the "
        "right one, correct it in the later file and import that file again."),
        {"count": len(kept), "file": labels.this, "rows": Listed([at_row(
            k.order, k.sheet, k.row, said_file(f"{k.read} / {k.kept:,.2f} {k.currency}",
                                               labels.of(k.kept_file)))
            for k in kept], SHARED_SHOWN)})]
