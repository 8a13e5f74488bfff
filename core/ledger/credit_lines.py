"""A credit note's line where a sale another file stored holds its place.

A line is known by its order, product and place among the order's rows of that product on its
sheet (core.ledger.keys). A firm's files are a file a month: March's lists R-1's 10,000 sale,
April's only the 退货 row of 2,000 that credits it, in the sale's place (order, product, place
0). Read as that line again it replaced March's sale: "Amount changed 10,000 → -2,000", Rio
shown 12,000 credit and revenue 3,000 where one file holding both rows gives 2,000 credit and
revenue 13,000 (credit35). So a credit note whose place holds a sale (an earlier tab's, or one
another file stored) is a line of its own, known by its order, product, CREDITED, its day and
its place among that day's such credit notes of its sheet. Its line once stored is the row's
own again: April's file imported again, or a renamed copy of it, adds nothing. Another
file's credit note of the same sum in a place of the order is not taken for it: a second
return of 2,000 in April is money of its own (so May's file re-sending the note below its
sale, imported before April's, counts it twice: the one case not told apart).

A sale this very file stored in the place (the clerk turning the row into a credit note and
sending the file again) is the row's own line, corrected: a line of its name, where the name
was imported from this file's folder alone (core.ledger.stored_lots, own_rows.same_file).

A note is the file's own (:func:`own_credits`) where the store has it of the same month's tab
or file (台账 2025-04.xlsx, its copy 副本 or (1), its revision 修订, the 4月 tab of the year's
book), or, no month being named, of the same name, a copy's or a revision's; not a
supplement's (补充) beside the month's file. Such a note of the sum, sent again with another
date, is that note re-dated: before, April's 2,000 re-dated 04-20 → 04-22 was a second note
(4,000 credit, revenue 6,000 where 2,000 and 8,000 are, refund36). A note of the day another
month's file stored (March's 3月, April's 4月, or 2025-03/台账.xlsx beside 2025-04/台账.xlsx:
one name, two months' files) is a note of its own where it stands in a sale's place: two
equal notes of 03-31, 4,000 credit (was 2,000).

A sale's note naming a return's sum (退货3000) is followed by that return (core.ledger.
noted_returns), unless a credit note of its order and sum is written already; written after
it, on a later tab, the return's own -3,000 row was a second return: 3,000 credit and revenue
9,000 where the tabs the other way round give one return (order38). So a credit note of the sum
of a noted return an earlier tab met of its order and product (:meth:`CreditPlaces.noted`) is
that return's line, once (one stored from another file gives way to the row: core.ledger.
displaced_notes.drop_noted). Met by its order, not its product: the return's own row naming no
product (the sale's Sofa, noted 退货3000) was a second return where the sale came first, 3,000
credit and revenue 9,000 where the other order gives one (fix38d); as noted_returns.FileCredits
it weighs the order and sum, the order key telling the buyer too (an unalike buyer writing the
number has an order key of its own: core.ledger.order_buyers).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

from core.ledger.copy_names import copies
from core.ledger.file_labels import folder_dated
from core.ledger.keys import DAY
from core.ledger.noted_returns import further_return, other_return
from core.ledger.revised_files import one_supplement, revises, supplements
from core.ledger.stored_lots import file_own
from core.ledger.tab_month import named_year

CREDITED = "|cn"  # after a line's product: a credit note keyed apart from the sale it credits

# a line key -> None where no line is stored under it, else whether it is a sale another file
# stored (a line this file stored, or a credit note, is False)
StoredSales = Callable[[str], "bool | None"]
# the store's credit notes of the file being imported (:func:`own_credits`): (a line key, the
# sheet a note is on) -> whether the note stored under it is known another file's (another
# month's, a supplement's); and (part, sum, sheet) -> the keys of the file's own notes of that
# part and sum keyed apart
OtherNote = Callable[[str, str], bool]
OwnNotes = Callable[[str, float, str], "list[str]"]


def order_part(key: str) -> str:
    """The order key a line key (or its order and product) begins with."""
    return key.partition("|")[0]


def credit_key(part: str, day: str, place: int) -> str:
    """The line of a credit note keyed apart: `part` its order and folded product, `day` its
    date (ISO), `place` its place among its sheet's such notes of that part and day."""
    return f"{part}{CREDITED}{DAY}{day}#{place}"


class CreditPlaces:
    """The credit notes of one file keyed apart, counted per sheet, part and day."""

    def __init__(self, stored: StoredSales | None,
                 own: tuple[OtherNote, OwnNotes] | None = None) -> None:
        """`stored`: the store's answer (:func:`stored_sales`); None, a store of nothing;
        `own`: which stored notes are the file's, or another's (:func:`own_credits`; None:
        none told)."""
        self._stored, self._own = stored, own
        # the noted returns the file's rows met: (order, sum) -> their keys, and those taken
        self._noted: dict[tuple[str, float], list[tuple[str, object]]] = defaultdict(list)
        self._noted_taken: set[str] = set()
        self._places: dict[tuple[str, str, str], int] = defaultdict(int)
        self._taken: set[str] = set()  # the file's own stored notes its rows re-dated

    def line(self, place_key: str, part: str, day: str, sheet: str, earlier: StoredSales,
             amount: float = 0.0, note: object = None) -> str:
        """The line key of a credit note of `part` worth `amount` dated `day` on `sheet` whose
        place gives it `place_key`, its row noted `note`; `earlier`: what the file's earlier
        rows show under a key.
        Its own key (:func:`credit_key`) where the file met that line already, or the store
        holds it, but for another month's note (or a supplement's) of the day in a sale's
        place: then the next such key (May's file re-sending April's note below its sale, or
        a file naming no month, is that note, as before). Nothing under it and a sale in its
        place: the file's own stored note of the sum it re-dated, else its own key; else its
        place's."""
        counted = (sheet, part, day)
        noted = self._noted_line(part, amount, further_return(note))
        if noted is not None:
            return noted

        def sale_at(key: str) -> bool | None:
            said = earlier(key)
            return said if said is not None or self._stored is None else self._stored(key)

        while True:
            own = credit_key(part, day, self._places[counted])
            if earlier(own) is not None:
                if own not in self._taken:
                    break
                self._places[counted] += 1  # re-dated into by a new note above: not this one
                continue
            if sale_at(own) is None:
                if not sale_at(place_key):
                    return place_key
                re_dated = self._re_dated(part, day, amount, sheet, earlier)
                if re_dated is not None:
                    self._taken.add(re_dated)
                    return re_dated
                break
            if self._own is None or not self._own[0](own, sheet) or not sale_at(place_key):
                break
            self._places[counted] += 1  # another month's note of the day: not this one
        self._places[counted] += 1
        return own

    def noted(self, key: str, amount: float, sale_note: object = None) -> None:
        """A sale's noted return (its line key, its sum, negative, the sale's note) the file's
        rows met."""
        self._noted[(order_part(key), round(amount, 2))].append((key, sale_note))

    def _noted_line(self, part: str, amount: float, further: bool) -> str | None:
        """The line of a noted return of `part`'s order and the sum the file's rows met, that a
        credit note of it is (the module's docstring), each taken once; not where the note's
        row says it is a return after another (`further`, noted_returns.other_return)."""
        if amount >= 0 or not self._noted:
            return None
        found = self._noted.get((order_part(part), round(amount, 2)), [])
        key = next((k for k, said in found if k not in self._noted_taken
                    and not other_return(further, said)), None)
        if key is not None:
            self._noted_taken.add(key)
        return key

    def _re_dated(self, part: str, day: str, amount: float, sheet: str,
                  earlier: StoredSales) -> str | None:
        """The file's own stored note of `part` and sum that its rows neither show nor
        re-dated already, the nearest to `day`: the one a note of that day re-dates."""
        if self._own is None:
            return None
        found = [key for key in self._own[1](part, amount, sheet)
                 if key not in self._taken and earlier(key) is None]
        return min(found, key=lambda key: (_apart(key, day), key)) if found else None


def _apart(key: str, day: str) -> int:
    """How many days a credit note's key (:func:`credit_key`) is from `day`."""
    keyed = key.rpartition(DAY)[2].partition("#")[0]
    try:
        return abs((date.fromisoformat(keyed[:10]) - date.fromisoformat(day[:10])).days)
    except ValueError:
        return 1 << 30


def stored_sales(conn: sqlite3.Connection, path: Path) -> StoredSales:
    """Whether the stored line of a key is a sale another file than the one being imported
    from `path` stored (None: no line stored)."""
    own = file_own(conn, path)

    def stored(key: str) -> bool | None:
        found = conn.execute("SELECT amount, credit_note, source_file FROM order_lines "
                             "WHERE line_key = ?", (key,)).fetchone()
        if found is None:
            return None
        return not found[1] and found[0] > 0 and not own(found[2])

    return stored


def stored_credits(conn: sqlite3.Connection, path: Path) -> CreditPlaces:
    """The credit notes of the file imported from `path`, keyed against the store."""
    return CreditPlaces(stored_sales(conn, path), own_credits(conn, path))


def _month(name: str, path: str | None, sheet: str) -> str | None:
    """The month (YYYY-MM) a tab's name, else its file's or folder's, names with its year."""
    named = named_year(sheet, folder_dated(name, path))
    return None if named is None or named.month is None else (
        f"{named.year:04d}-{named.month:02d}")


def own_credits(conn: sqlite3.Connection, path: Path) -> tuple[OtherNote, OwnNotes]:
    """Which of the store's credit notes are another file's, and which the file's own, the file
    being imported from `path` (the module's docstring): its own of the month its tab (else its
    file or folder) names, where both months are known, another's of another month; no month
    known, its own of its name, a copy's or a revision's, and none known another's. A stored
    note's month is its tab's, its file's, or one of the folders its name was imported from
    (one name in month folders: 2025-03/台账.xlsx and 2025-04/台账.xlsx are two months' files).
    A supplement's (补充) is another's beside the month's file."""
    name, here = path.name, str(path.resolve())

    def months(source: str, sheet: str) -> set[str]:
        named = _month(source, None, sheet)
        if named is not None:
            return {named}
        return {month for (folder,) in conn.execute(
            "SELECT DISTINCT file_path FROM imports WHERE file_name = ?", (source,))
            if (month := _month(source, folder, sheet)) is not None}

    def mine(source: str | None, source_sheet: str | None, sheet: str) -> bool | None:
        """True: the file's own note; False: another's; None: nothing tells."""
        if source is None:
            return None
        if supplements(name) or supplements(source):
            return one_supplement(name, source)
        this, theirs = _month(name, here, sheet), months(source, source_sheet or "")
        if this is not None and theirs:
            return this in theirs
        return source == name or copies(name, source) or revises(name, source) or revises(
            source, name) or None

    def other(key: str, sheet: str) -> bool:
        found = conn.execute("SELECT source_file, source_sheet FROM order_lines "
                             "WHERE line_key = ? AND credit_note", (key,)).fetchone()
        return found is not None and mine(found[0], found[1], sheet) is False

    def notes(part: str, amount: float, sheet: str) -> list[str]:
        prefix = f"{part}{CREDITED}{DAY}"
        found = conn.execute(
            "SELECT line_key, source_file, source_sheet FROM order_lines WHERE line_key >= ? "
            "AND line_key < ? AND credit_note AND abs(abs(amount) - ?) < 0.005 ORDER BY id",
            (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1), abs(amount))).fetchall()
        return [key for key, source, source_sheet in found
                if mine(source, source_sheet, sheet) is True]

    return other, notes

