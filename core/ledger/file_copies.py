"""One month's file saved twice: 台账 2025-04.xlsx and the copy a browser's download or
Windows' copy names 台账 2025-04 (2).xlsx (or “- 副本”, “- Copy”), a receipt corrected in one.

Under 本月收款 each was read as another file's month: a receipt of the same day with another
figure as the correction, so the copy imported last decided (Cairo 2,500 or 2,000 open), and a
receipt the copy re-dated (04-25 → 04-10) as a receipt of its own, the 5,000 counted twice in
every order (files33). The names are the evidence the import has of which was saved later:
the copy's mark says it was made from the other, so its receipt is counted, in either order
(core.ledger.month_parts.with_month), and the report names the choice (`copy_messages`).
Saved under another name without a mark (台账 2025-04 最终.xlsx), the evidence is the files'
content: the one whose rows run later is the later-saved (`dated_after`, dates34); their rows
running to the same day, their names (`named_later`, dates35).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from core.i18n import NP_
from core.ledger.held_sheets import Dates, HeldSheets
from core.ledger.normalise import fold
from core.ledger.older_status import file_day
from core.ledger.order_sums import Order
from core.ledger.record import ORDER_DATE, RECEIVED_DATE, SHEET
from core.ledger.review import rows_text
from core.messages import Message

# the stored lines a file wrote: their tab, order, and order and received dates (FileRow)
_FILE_ROWS = ("SELECT coalesce(l.source_sheet, ''), o.order_key, o.order_date, l.received_date "
              "FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.source_file = ?")
FileRow = tuple[str, str, str | None, str | None]  # a row's tab, order key, order and received day


# a file dated after this one by its name, the two files' rows running to the same day
TIED = "tied"


def dated_after(conn: sqlite3.Connection, file_name: str, own: Callable[[], Iterable[FileRow]]
                ) -> Callable[[str | None], bool | str]:
    """Whether a file is dated after this one (`file_name`, its rows `own`) by the rows the
    store holds of it: of two copies of a month's file without a copy's mark (台账 2025-04.xlsx
    and 台账 2025-04 最终.xlsx, a receipt corrected in one), the one whose rows run later is the
    later-saved, whichever is imported first (core.ledger.month_parts.with_month). Before,
    the one imported last decided (Cairo 2,500 or 2,000 open, dates34). Asked only where two
    files give a receipt otherwise. Each file's dates as its own import reads them (:func:
    `_dated`), but the order dates of orders both hold: the earlier copy's, corrected in the
    later, tell nothing, and this import rewrites the stored ones as it goes, the fast and the
    row-by-row writer each in its own order (a 2026 typed for 2025 on an order the later copy
    corrected made the earlier copy the later, in one writer: Cairo 2,000 open, break34c).
    Rows running to the same day, the later-saved is told by the names (:func:`named_later`),
    TIED said."""
    found: dict[str, bool | str] = {}
    mine: list[FileRow] = []

    def later(file: str | None) -> bool | str:
        if file is None:
            return False
        if file not in found:
            mine[:] = mine or list(own())
            theirs: list[FileRow] = conn.execute(_FILE_ROWS, (file,)).fetchall()
            other, this = (_dated(theirs, {row[1] for row in mine}, file),
                           _dated(mine, {row[1] for row in theirs}, file_name))
            found[file] = bool(other and this and other[:10] > this[:10]) or (
                TIED if other and this and other[:10] == this[:10]
                and named_later(file, file_name) else False)
        return found[file]
    return later


# words a firm adds to the copy it keeps as it was (…最终版 (旧), …备份, …修改前): that copy
# is the older, though its name extends the other's (fix35f)
_OLDER = re.compile(r"旧|备份|修改前|(?<![a-z])(?:old|backup|bak)(?![a-z])")
_NUMBERS = re.compile(r"(\d+)")


def named_later(one: str, other: str) -> bool:
    """Of two files whose rows run to the same day, is `one` the later-saved by its name? Not
    where its name marks it the older (旧, 备份, 修改前, old, backup, bak: :data:`_OLDER`) and
    the other's does not; else the one whose first number that differs is the larger, read as
    a number (v10 after v2, 5.12 after 5.5); else the one whose name (folded, without its
    extension) extends the other's (台账 2025-04 最终 after 台账 2025-04: a word added as it
    is saved again). A stable rule, so the figure kept is the same in either order. Where the
    names say nothing either way (two words), False: the file imported last is counted, as
    before dates35, its note saying the receipt was read as corrected. Before: the older
    copy's figure was kept whatever the order, names compared as text (v2 after v10, fix35f)."""
    mine, theirs = (fold(name).rpartition(".")[0] or fold(name) for name in (one, other))
    older = [bool(_OLDER.search(name.lower())) for name in (mine, theirs)]
    if older[0] != older[1]:
        return older[1]
    for index, (part, their_part) in enumerate(zip(_NUMBERS.split(mine),
                                                   _NUMBERS.split(theirs), strict=False)):
        if part != their_part:
            if index % 2 and int(part) != int(their_part):  # both numbers
                return int(part) > int(their_part)
            break
    if mine.startswith(theirs) != theirs.startswith(mine):
        return mine.startswith(theirs)
    return False


def own_rows(held: HeldSheets, orders: list[Order]) -> Callable[[], Iterator[FileRow]]:
    """A file's held rows (the fast import's) as :func:`dated_after` reads them, when asked."""
    def rows() -> Iterator[FileRow]:
        for _number, records, groups in held:
            for record, rank in zip(records, groups.ranks, strict=True):
                yield record[SHEET], orders[rank].key, record[ORDER_DATE], record[RECEIVED_DATE]
    return rows


def _dated(rows: list[FileRow], shared: set[str], file: str) -> str | None:
    """A file's rows' latest order or received date, the order dates of the `shared` orders
    left out, as its import reads them (core.ledger.older_status.file_day: a year typo'd far
    past its month dates nothing, a received year typo'd is read as meant)."""
    dates: list[Dates] = [(sheet, 0, None if key in shared else ordered, None, received)
                          for sheet, key, ordered, received in rows]
    return file_day([dates], file).dated if dates else None


@dataclass(frozen=True)
class CopyChoice:
    """A line whose receipt two copies of one file give otherwise: the row of this file, and
    the copy whose receipt is counted and the other."""

    sheet: str
    row: int
    order: str
    kept: str
    other: str


def copy_messages(choices: Iterable[CopyChoice], sheets: list[str]) -> list[Message]:
    """One note for each pair of copies: which copy's receipts were counted, and where."""
    pairs: dict[tuple[str, str], list[CopyChoice]] = {}
    for choice in choices:
        pairs.setdefault((choice.kept, choice.other), []).append(choice)
    found = []
    for (kept, other), rows in sorted(pairs.items()):
        rows.sort(key=lambda c: (sheets.index(c.sheet) if c.sheet in sheets else len(sheets),
                                 c.row))
        orders = list(dict.fromkeys(c.order for c in rows))
        found.append(Message("stored_receipts_copy", NP_(
            "“{kept}” is a copy of “{other}” (by its name) and gives {count} order's receipt "
            "(本月收款) otherwise ({orders}; {rows}): the copy's, the later-saved, is counted, "
            "whichever of the two is imported first. If the other is right, correct “{kept}” "
            "and import it again.",
            "“{kept}” is a copy of “{other}” (by its name) and gives {count} orders' receipts "
            "(本月收款) otherwise ({orders}; {rows}): the copy's, the later-saved, are counted, "
            "whichever of the two is imported first. If the other is right, correct “{kept}” "
            "and import it again."),
            {"kept": kept, "other": other, "count": len(orders), "orders": ", ".join(orders),
             "rows": rows_text([(c.sheet, c.row) for c in rows])}))
    return found
