"""A rest's own day of arrival kept on its payment row's own line (fix67k, mending fix67a).

尚欠2000，5/10到账 on 尾款70% (7,000 typed, 5,000 of it come on 04-20): fix67a stored the rest as a
line of its own (2,000 received 05-10, no note) beside the row's (5,000 of 04-20). A line no
row of the file writes is never removed when the file is imported again: the clerk corrected the
note (尚欠2000 / 尚欠2000，7/10到账 / 5/10到账?) and the 2,000 line stayed live, the buyer cleared
(0 where 2,000 is owed, 72 days, black; rv67g). It was also a row written twice: "4 rows taken",
"5 inserted", and a second receipt of no note in the line's history.

So the rest stays on the row's own line, as a typed row away from its order keeps it
(core.ledger.typed_apart._with_rest): once the file is written, the line the row wrote (its
part, 5,000 of 04-20) holds the part and the rest as one total on the rest's day, the part its
earlier step (receipt_history: the analysis reads 5,000 on 04-20 and 2,000 on 05-10, an as-of
date between them seeing the 2,000 owed). The file imported again writes the row's line anew
(its key is the part's: the same line): a note still saying the day keeps the rest; one no
longer saying it leaves the part alone, the rest owed again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping

from core.ledger.keys import PAID
from core.ledger.orders import TOLERANCE
from core.ledger.receipt_history import read, steps, with_file
from core.ledger.rest_day import RestCame

Written = Callable[[str], Iterable[tuple[str, int, str]]]  # (sheet, row, line key), by mark
_LINE = ("SELECT id, received_amount, received_date, received_history, source_file FROM "
         "order_lines WHERE line_key = ? AND received_amount > 0 AND received_date IS NOT NULL")
_SET = ("UPDATE order_lines SET received_amount = ?, received_date = ?, received_history = ? "
        "WHERE id = ?")


def keep_rests(conn: sqlite3.Connection, file: str, written: Written,
               rests: Mapping[tuple[str, int], RestCame],
               latest: Callable[[], str | None] | None = None) -> None:
    """Each payment row of `rests` (by sheet and row: its rest and the day its note says it
    came, rest_day.noted_rests) as the file wrote its line: the part and the rest one total on
    the rest's day, the part (the line's money and day as written) its earlier step. A line
    holding it so already (its stored total kept) is left; one dated on or after the rest's
    day is not the part's (its total kept by another file's): left, the rest not added. Then
    each line this file wrote under another file's rest, `latest` its rows' latest date
    (older_status.FileDay.dated; :func:`_drop_others`)."""
    kept = _raise(conn, file, written, rests) if rests else set()
    if latest is not None:
        _drop_others(conn, file, latest, kept)


def _raise(conn: sqlite3.Connection, file: str, written: Written,
           rests: Mapping[tuple[str, int], RestCame]) -> set[str]:
    """The lines of `rests` raised (or held so already): their keys."""
    kept: set[str] = set()
    for sheet, row, key in written(PAID):
        rest = rests.get((sheet, row))
        if rest is None:
            continue
        kept.add(key)
        for line, got, day, history, source in conn.execute(_LINE, (key,)).fetchall():
            on = rest.day.isoformat()
            if day == on and any(step[0] < on and abs(step[1] + rest.amount - got) <= TOLERANCE
                                 for step in steps(history)[-1:]):
                continue  # the part and the rest held already (the stored line kept)
            if day >= on:
                continue  # not the part's day: another file's total, kept
            conn.execute(_SET, (round(got + rest.amount, 6), on,
                                with_file([*steps(history), (day, round(got, 6), file)], file,
                                          source), line))
    return kept


# the lines this file wrote that keep another file's total above this file's own figure
_KEPT = ("SELECT id, line_key, received_amount, received_date, received_history FROM order_lines "
         "WHERE source_file = ? AND received_history IS NOT NULL AND received_amount > 0 "
         "AND received_date IS NOT NULL")
_READ = "SELECT received, received_date FROM file_receipts WHERE file_name = ? AND line_key = ?"
_READ_NOW = ("UPDATE file_receipts SET received = ?, received_date = ? WHERE file_name = ? AND "
             "line_key = ?")


def _drop_others(conn: sqlite3.Connection, file: str, latest: Callable[[], str | None],
                 kept: set[str]) -> None:
    """A line another file raised by its note's rest (a.xlsx: 7,000 on 05-10, its own 5,000 of
    04-20 the step) written by this later file (its dates reaching the rest's day) with the
    same figure and no rest of its own (b.xlsx: 5,000 of 04-20 noted 尚欠2000, the rest's own
    row typed, or the day cut): this file's figure. Kept as an older file's figure under the
    later total, the rest was counted beside its own row (12,000 on a 10,000 order, the
    surplus paying his other unpaid order, 2,000, 72 days, black cleared, rv68b B2) or stayed
    come where the later file no longer says so (2,000, 72 days, black read paid, rv68b C2).
    A file whose dates end before the rest's day (April's) is older: the line kept."""
    for line, key, got, day, history in conn.execute(_KEPT, (file,)).fetchall():
        chain, wrote = read(history, file)
        if key in kept or wrote == file or not chain or chain[-1][2] != file:
            continue
        then, figure, _ = chain[-1]
        theirs = conn.execute(_READ, (wrote, key)).fetchone()
        if theirs is None or theirs[0] is None or theirs[1] != then or abs(
                theirs[0] - figure) > TOLERANCE or not then < day or got <= figure + TOLERANCE:
            continue  # the other file's own figure, not its note's rest
        if (last := latest()) is None or last[:10] < day:
            continue  # an older file (its latest date, older_status.FileDay): the total kept
        conn.execute(_SET, (figure, then, with_file(chain[:-1], file, file), line))
        conn.execute(_READ_NOW, (figure, then, file, key))
