"""Which of two files decides a line: its ship date as its amount, and two files of one month.

陈静's frozen July file says CJ25-36 shipped 2025.5.20; Kevin's copy, corrected, 06-20. Imported
in one batch, his file first (the file dialog's order), her stale ship date replaced his: the
amount the same two files disagree on was judged for the later-dated file
(core.ledger.amended_lines.LaterFiles) and named, the ship date was not, so Helsinki Koti Oy
was 215 days late where 184 (rv53a f4). A row of a file dated before the one whose figures the
line holds now leaves its ship date (with the due date counted from it) as it leaves its
amount, by the same judgement (:meth:`LaterFiles.after`), and the report names it.

Two files dated to the same month (their names give none, their order dates end in one month:
陈静's file and Kevin's copy of her open orders, 2025 in both names) were left to the batch's
order: her typo 12,850 replaced his 12,580, and Oslo Home AS, paid 12,580 in full, showed 292
USD open, 117 days, black-listed (rv53a f4a). Such a tie goes to the file whose own latest date
is later (core.ledger.older_status.FileStatus.latest: an order or received date; Kevin's 收款
tab runs to 12-28, hers ends in June), the store's other file by the lines it holds
(:func:`stored_latest`); on the same latest day the last imported decides, as before. Said with
both days. The one place the rule lives is LaterFiles.after; this module holds what it needs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from core.i18n import N_, NP_
from core.ledger.file_labels import FileLabels
from core.ledger.line_values import L_DUE, L_DUE_DERIVED, L_SHIP, L_SHIP_KNOWN
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.row_places import at_row, said_file
from core.messages import Listed, Message, Term

# the latest order or received date of the lines a file wrote or first wrote
_LATEST = ("SELECT max(max(coalesce(o.order_date, ''), coalesce(l.received_date, ''))) FROM "
           "order_lines l JOIN orders o ON o.id = l.order_id WHERE l.source_file = ? OR "
           "l.first_file = ?")
_RESTORE = ("UPDATE order_lines SET ship_date = ?, due_date = ?, due_derived = ?, "
            "ship_date_known = ? WHERE line_key = ?")
# why the other file's figure stands: its month, or on one month its later latest date
BY_MONTH = N_("by the months the files are named after")
BY_DAY = N_("both files reach the same month; the other's latest date is after this one's")


@dataclass(frozen=True)
class KeptShip:
    """A line whose ship date a later-dated file wrote was kept: its order, this file's row and
    the ship date it said, the one kept, and the file that wrote it (`by_day`: the two files'
    latest dates, where they decided on one month)."""

    order: str
    sheet: str
    row: int
    read: str
    kept: str
    kept_file: str
    by_day: tuple[str, str] | None = None


def stored_latest(conn: sqlite3.Connection, name: str) -> str:
    """A stored file's latest order or received date, by the lines it wrote or first wrote."""
    found = conn.execute(_LATEST, (name, name)).fetchone()
    return str(found[0] or "") if found else ""


def ship_differs(line: Sequence, row: Sequence) -> bool:
    """Do a stored line and a row both give a ship date, and other ones?"""
    return line[L_SHIP] is not None and row[L_SHIP] is not None and str(
        line[L_SHIP])[:10] != str(row[L_SHIP])[:10]


def held_ship(key: str, line: Sequence) -> tuple[object, ...]:
    """The stored ship date and what comes with it, to be put back after the write."""
    return line[L_SHIP], line[L_DUE], line[L_DUE_DERIVED], line[L_SHIP_KNOWN], key


def restore(conn: sqlite3.Connection, held: list[tuple[object, ...]]) -> None:
    conn.executemany(_RESTORE, held)


# a kept figure as a note names it: its order, this file's sheet and row, "this file's /
# kept" and the file kept, and the two files' latest dates where they decided (else None)
Kept = tuple[str, str, int, str, str, "tuple[str, str] | None"]


def kept_ship(k: KeptShip) -> Kept:
    return k.order, k.sheet, k.row, f"{k.read} / {k.kept}", k.kept_file, k.by_day


def later_day_messages(labels: FileLabels, amounts: Sequence[Kept], ships: Sequence[Kept]
                       ) -> list[Message]:
    """The notes naming the amounts kept from another file of the same month, dated later by
    its latest date, and the ship dates kept (by the months, else by the latest dates)."""
    def rows(kept: Sequence[Kept]) -> Listed:
        return Listed([at_row(order, sheet, row, said_file(said + (
            f" ({by_day[1]} / {by_day[0]})" if by_day else ""), labels.of(file)))
            for order, sheet, row, said, file, by_day in sorted(
                set(kept), key=lambda k: (k[1], k[2], k[0]))], SHARED_SHOWN)

    found = [Message("later_day_amount_kept", NP_(
        "{count} order line's amount in “{file}” differs from the one another file wrote, "
        "which reaches the same month, its latest date after this file's: the other file's "
        "amount is kept: {rows} (this file's / kept: the file whose amount is kept; the two "
        "files' latest dates). If this file's amount is the right one, correct it in the "
        "other file and import that file again.",
        "{count} order lines' amounts in “{file}” differ from the ones other files wrote, "
        "which reach the same month, their latest dates after this file's: the other files' "
        "amounts are kept: {rows} (this file's / kept: the files whose amounts are kept; the "
        "two files' latest dates). If this file's amount is the right one, correct it in the "
        "other file and import that file again."),
        {"count": len(set(amounts)), "file": labels.this, "rows": rows(amounts)})
        ] if amounts else []
    for by_day in (False, True):
        kept = [k for k in ships if (k[5] is not None) == by_day]
        if kept:
            found.append(Message("older_ship_kept", NP_(
                "{count} order line's ship date in “{file}” differs from the one a later-dated "
                "file wrote ({why}): the later ship date is kept, and the due date counted from "
                "it: {rows} (this file's / kept: the file whose ship date is kept). If this "
                "file's date is the right one, correct it in the later file and import that "
                "file again.",
                "{count} order lines' ship dates in “{file}” differ from the ones later-dated "
                "files wrote ({why}): the later ship dates are kept, and the due dates counted "
                "from them: {rows} (this file's / kept: the files whose ship dates are kept). "
                "If this file's date is the right one, correct it in the later file and "
                "import that file again."),
                {"count": len(set(kept)), "file": labels.this,
                 "why": Term(BY_DAY if by_day else BY_MONTH), "rows": rows(kept)}))
    return found
