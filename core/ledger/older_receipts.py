"""An older file's received figure never takes back money a later file recorded.

A ledger's received cell (已收金额) holds what was received to date, dated with the latest
receipt: March's file says 4,000 received on 03-25, May's carries the same order on with
12,000 received by 04-28. A filled value of another file replaces the stored one, so a clerk
who imported March's file after May's (a file forgotten, a folder imported in the order its
names sort, or March's file corrected and imported again, as the import report itself advises
for an order's first date) took the order back to 4,000 received: 8,000 the buyer had paid was
owed again, the May wire went to pay it, and a buyer who owed nothing was black-listed.

A figure of another file dated before the stored figure's date and lower than it (in the same
currency) is an earlier state of the same total: the stored figure stays, with its date and
currency. The row that last wrote the line, read again from its own file, is the clerk's
correction and says what it says now, as a corrected status does (core.ledger.own_rows). Its
own file is its name imported from no other folder (core.ledger.own_rows.same_file): firms
keeping one name every month (台账.xlsx in each month's folder) imported March's 台账.xlsx after
May's as May's file corrected, and took the order back to March's total. A higher figure
dated earlier is kept out too: the later file lowered that total, its word the last (named by
core.ledger.lowered_totals; read in, April's 10,000 imported after May's 9,000 undid May's
correction, which imported in order stands). An undated figure, or one in another currency,
is read as before. The row-by-row reference import
(tests/reference_import) asks the same question. Each line so kept is named in the import
report with both figures: a newer file that lowered an overstated total to an earlier date is
kept out too, and only the clerk can tell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from core.i18n import NP_
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.orders import TOLERANCE
from core.ledger.payment_kinds import still_owed
from core.messages import Listed, Message, Noted

# (received figure, its ISO date, its currency where not the row's: NULL)
Receipt = tuple[float | None, str | None, str | None]


def older_total(stored: Receipt, read: Receipt, same_file: bool, revised: bool = False
                ) -> bool:
    """Is `read` (the received figure a row brings) an earlier state of the `stored` total,
    which it must not replace? `same_file`: the row is read from the file that last wrote the
    line (its correction); `revised`: the line was last written by the revision (修订) of the
    row's file, the later of the two whatever the days (core.ledger.revised_files): the
    original imported after it put back 5,000 received where the revision says 6,000 (1,000
    more open, order36)."""
    (old, old_day, old_currency), (new, new_day, new_currency) = stored, read
    if old is None or new is None or not (revised or earlier(old_day, new_day, same_file)):
        return False
    # higher: a total the later file lowered (core.ledger.lowered_totals), its word the last
    return abs(new - old) > TOLERANCE and new_currency == old_currency


def earlier(stored_day: str | None, read_day: str | None, same_file: bool) -> bool:
    """Is what a row of another file says dated (`read_day`, ISO) before what is stored
    (`stored_day`): an earlier state, which must not replace it? Undated is never earlier;
    the row of the file that wrote it is its correction (`same_file`). A line's status asks
    the same of the files' dates (core.ledger.older_status)."""
    return (not same_file and stored_day is not None and read_day is not None
            and read_day < stored_day)


def owed_again(stored: Receipt, read: Receipt, notes: object, same_file: bool) -> bool:
    """Is `read` the `stored` total again, in its currency, dated later, on a row of another
    file whose `notes` say money is still to come (余款未收, pending: payment_kinds.
    still_owed)? No money came that day: the stored day stays, as the files the other way
    round leave it (the earlier file's total, equal, replaces the later one's with its day).
    April's 4,500 of 04-15 noted 余款未收 over March's 4,500 deposit of 03-02 made 04-15 the
    latest receipt: MT-1 11 days past due where March imported after April gives 0 (imp39)."""
    (old, old_day, old_currency), (new, new_day, new_currency) = stored, read
    return (not same_file and old is not None and new is not None and old_day is not None
            and new_day is not None and old_day < new_day and old_currency == new_currency
            and abs(new - old) <= TOLERANCE and still_owed(notes))


@dataclass(frozen=True)
class KeptTotal:
    """A line whose stored received total was kept: its order (number, or customer), the row
    that brought the older figure, and both figures as (amount, ISO date)."""

    order: str
    sheet: str
    row: int
    kept: tuple[float, str]
    read: tuple[float, str]


def kept_total_messages(kept: Iterable[KeptTotal]) -> list[Message]:
    """One note naming the lines whose received total a file brought older and lower than
    the stored (the other lines of `kept`: core.ledger.lowered_totals)."""
    kept = sorted({k for k in kept if k.read[0] < k.kept[0] and k.read[1] < k.kept[1]},
                  key=lambda k: (k.sheet, k.row, k.order))
    if not kept:
        return []
    return [Message("older_received_kept", NP_(
        "{count} order line's received figure in this file is lower and dated earlier than "
        "the one a later file stored: taken as an earlier state of the same total, the later "
        "figure is kept: {rows} (kept / this file's). If the stored figure was wrong, correct "
        "it in the file that wrote it and import that file again.",
        "{count} order lines' received figures in this file are lower and dated earlier than "
        "the ones later files stored: taken as earlier states of the same totals, the later "
        "figures are kept: {rows} (kept / this file's). If a stored figure was wrong, correct "
        "it in the file that wrote it and import that file again."),
        {"count": len(kept), "rows": Listed([Noted(k.order, (
            f"{k.sheet} {k.row}: {k.kept[0]:,.2f} {k.kept[1]} / {k.read[0]:,.2f} {k.read[1]}"))
            for k in kept], SHARED_SHOWN)})]
