"""A file sent again under a name imported before: the received figures it now says otherwise
than it did then, and which stand, named in its report.

March's book said MT-1's 4,500 came by 03-10; sent again from its folder saying 6,000, the
line took 6,000 without a word (a re-sent month corrects what it changed: core.ledger.
amended_lines, file_receipts), where from another folder the same day's other figure was named
(core.ledger.lowered_totals). Now the report of each file sent again says how many figures it
corrected, each with its row and both figures (then → now), in either case (ord43). Read in
SQL from what the file's name read before (temp.file_was) and what its rows read now, by
:meth:`core.ledger.amended_lines.LaterFiles.settle`: a row whose figure a later file keeps out
(temp.file_read) corrected nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from core.i18n import NP_
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.orders import TOLERANCE
from core.ledger.receipt_history import steps, total_file
from core.ledger.row_places import at_row
from core.ledger.stored_figure import Receipt, iso_day
from core.messages import Listed, Message

# each line this file is the source of, and whose received figure it read: what its name read
# before, where this reading's figure or day differs from that figure, but for none read then;
# with the line's history, whose total another file wrote where it names one (kept: none)
_CORRECTED = """
    SELECT coalesce(o.order_no, c.name), coalesce(l.source_sheet, ''), coalesce(l.source_row, 0),
        was.received, was.received_date, l.received_amount, l.received_date, l.received_history
    FROM temp.file_was AS was JOIN order_lines l ON l.line_key = was.line_key
    JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id
    WHERE l.source_file = :name AND l.line_key NOT IN (SELECT line_key FROM temp.file_read)
        AND was.received IS NOT NULL AND (was.received_date IS NOT l.received_date
             OR l.received_amount IS NULL OR abs(was.received - l.received_amount) > :tolerance)
    ORDER BY 2, 3, l.line_key"""


# the received figure and day a file's name read for a line when it was last imported (schema
# 22), and the figure of that day it replaced then (core.ledger.amended_lines)
_READ = ("SELECT received, received_date, replaced FROM file_receipts WHERE file_name = ? AND "
         "line_key = ?")


def read_before(conn: sqlite3.Connection, name: str, key: str
                ) -> tuple[float | None, str | None, float | None] | None:
    """What the file `name` read for the line `key` when last imported (None: nothing kept, a
    database before schema 22 or a line it did not show): figure, ISO day, replaced figure."""
    found = conn.execute(_READ, (name, key)).fetchone()
    return None if found is None else (found[0], found[1], found[2])


def own_total(imported: tuple[sqlite3.Connection, int] | None, name: str, key: str,
              stored: Receipt, now: Receipt) -> bool:
    """Does a row of the file `name` read again (`imported`: the store) give its own figure
    of the day corrected: the line's stored figure (`stored`) of the row's day (`now`) the
    one that file alone wrote when last imported, what it read then, with no earlier step
    under it (the line's history: another file's total or month's receipt it was added to)?
    March's 45,000 of 03-10 (a typo for 4,500) re-imported from its own folder kept 45,000,
    the row read as a month's receipt added to the months before it (5,000 open where
    45,500 is; ord43b): the file's own figure for its own line replaces what it wrote."""
    day, figure = iso_day(stored.day), stored.figure
    if imported is None or day is None or day != iso_day(now.day) or figure is None or steps(
            stored.history):
        return False
    found = read_before(imported[0], name, key)
    return found is not None and found[1] == day and found[0] is not None and abs(
        found[0] - figure) <= TOLERANCE


@dataclass(frozen=True)
class Corrected:
    """A line whose received figure the file's name said otherwise before: its order (number,
    or customer), this file's sheet and row, and the figure and day then and now."""

    order: str
    sheet: str
    row: int
    then: tuple[float | None, str | None]
    now: tuple[float | None, str | None]

    @property
    def raised(self) -> bool:
        """A higher total than then, whatever its day: money come since, no correction (a
        running book sent again with May's receipts: 5,195 of a 100,000-line book's were named,
        ord43; its 50,000 where it said 20,000, undated or the first receipt's day kept, fx43c).
        """
        return (self.then[0] is not None and self.now[0] is not None
                and self.now[0] > self.then[0] + TOLERANCE)


def corrected(conn: sqlite3.Connection, name: str) -> list[Corrected]:
    """The figures the file `name` corrected (asked while temp.file_was and file_read hold):
    not a line whose total another file wrote, its row's figure kept out (台账 2025-03.xlsx
    sent again with 40,000 under its v2's 4,500 was named correcting 45,000 to 4,500, the v2's
    figure, not its own: fx43c)."""
    return [Corrected(str(order), str(sheet), int(row), (then, then_day), (now, now_day))
            for order, sheet, row, then, then_day, now, now_day, history in conn.execute(
                _CORRECTED, {"name": name, "tolerance": TOLERANCE})
            if total_file(history, name) == name]


def _said(figure: tuple[float | None, str | None]) -> str:
    """A figure and its day as the note shows them: "4,500.00 2025-03-10" ("—": none)."""
    amount, day = figure
    return " ".join(filter(None, ("—" if amount is None else f"{amount:,.2f}", day)))


def corrected_messages(file: str, found: Sequence[Corrected], older: bool) -> list[Message]:
    """One note naming the figures this file (`file`: as the report names it) corrected: not a
    higher total (:attr:`Corrected.raised`), but where the file looks the older copy of its name
    (`older`: core.ledger.saved_copies), whose higher figure came before, not since."""
    rows = [at_row(c.order, c.sheet, c.row, f"{_said(c.then)} → {_said(c.now)}")
            for c in found if older or not c.raised]
    return [Message("resent_figures_corrected", NP_(
        "“{file}” was imported before under this name: {count} received figure in it differs "
        "from the one it said then, and is taken as its correction: {rows} (then → now). If "
        "the earlier figure was the right one, correct this file and import it again.",
        "“{file}” was imported before under this name: {count} received figures in it differ "
        "from the ones it said then, and are taken as its corrections: {rows} (then → now). If "
        "an earlier figure was the right one, correct this file and import it again."),
        {"count": len(rows), "file": file, "rows": Listed(rows, SHARED_SHOWN)})] if rows else []
