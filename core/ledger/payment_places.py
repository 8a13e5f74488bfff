"""The place a payment row takes among its invoice's (or day's) payments of its sum and day.

A payment line is keyed by its order, sum and day and its place among such rows of its sheet
(core.ledger.keys.paid_part): the note is no part of its key. The ledger's 收款 tab's "定金 N-1"
5,000 and the bank's list's "余款 N-1" 5,000 of that day both took place 0: the second file's
row replaced the first ("1 updated", nothing said) and a buyer who had paid N-1 in full was
shown owing half of it (key34). A place whose line, stored from another list or met on an
earlier tab of this file, its note says is another payment (core.ledger.payment_kinds.apart:
the deposit and the balance, two wire references) is not the row's: it takes the next place,
preferring one whose line says what it says. A row whose note tells no payment from another
(blank, or naming its invoice only) takes its place as before: a ledger re-sent, or data
without notes, keeps every key it had. A stored line of a file this sheet re-sends (the same
tab listing that file's payments again: next month's year-to-date ledger, a copy sent again
as "台账 2025-04(1).xlsx") is the row's own line even where its note now says another kind:
定金 N-1 corrected to 余款 N-1 was "1 inserted", 5,000 of false credit (fix34c).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Container, Iterable, Mapping

from core.ledger.copy_names import copies
from core.ledger.keys import PAID
from core.ledger.noted_orders import same_words
from core.ledger.payment_kinds import apart, telling
from core.ledger.record import NOTES, RECEIVED, RECEIVED_DATE, ROW, SHEET, Record
from core.ledger.revised_files import revises

# the line stored at each place of a payment key's part: its note, and whether it came from
# the same sheet of the file being read or of a file that sheet re-sends (that row's earlier
# reading, its note since edited)
Occupants = Mapping[int, tuple[str | None, bool]]
StoredPayments = Callable[[str, str, "SheetPayments"], Occupants]  # (part, sheet, its rows)


def stored_payments(conn: sqlite3.Connection, file_name: str, part: str, sheet: str,
                    rows: SheetPayments) -> Occupants:
    """The stored lines keyed `part#k`, by k: one range of the line keys' index. A line is
    the sheet's own where this file, or a file the sheet re-sends (SheetPayments.resends),
    stored it from a sheet of its name."""
    found: dict[int, tuple[str | None, bool]] = {}
    for key, notes, source, source_sheet in conn.execute(
            "SELECT line_key, notes, source_file, source_sheet FROM order_lines "
            "WHERE line_key > ? AND line_key < ?", (part + "#", part + "$")):
        place = key[len(part) + 1:]
        if place.isdigit():
            found[int(place)] = (notes, source_sheet == sheet and (
                source == file_name or rows.resends(conn, source, sheet, file_name)))
    return found


class SheetPayments:
    """A sheet's payment rows (sum, day, note), to tell whether it re-sends a stored file."""

    def __init__(self, rows: Iterable[tuple[float, str | None, str | None]] = ()) -> None:
        self._said: dict[tuple[float, str | None], list[str | None]] = {}
        for amount, day, note in rows:
            self._said.setdefault((round(amount, 2), day), []).append(note)
        self._known: dict[str | None, bool] = {}

    def resends(self, conn: sqlite3.Connection, source: str | None, sheet: str,
                name: str) -> bool:
        """Does the sheet (of the file `name`) list again the payments `source`'s sheet of its
        name stored: `source` is the file `name` is a copy of (台账 2025-04(1).xlsx; or one
        revised, 台账 2025-04 修订版.xlsx), whose one payment, 定金 N-1, the copy re-labels 余款
        N-1 (two lines, 5,000 of false credit: pay35b), or one at least of the same sum and day
        whose notes tell none from the other (May's year-to-date 收款 tab listing April's 03-05
        wire again)? A tab started anew, or another list (the bank's), lists none: its payment
        of a stored one's sum and day, noted otherwise, is another payment (key34; so is May's
        file's one payment of April's day, the data telling no re-labelled deposit from the
        balance entered late)."""
        known = self._known.get(source)
        if known is None:
            known = self._known[source] = copies(name, source) or revises(
                name, source) or revises(source, name) or any(
                not apart(note, said) for amount, day, note in conn.execute(
                    "SELECT received_amount, received_date, notes FROM order_lines "
                    "WHERE source_file IS ? AND source_sheet = ? AND line_key LIKE ? "
                    "AND received_amount IS NOT NULL", (source, sheet, f"%{PAID}%"))
                for said in self._said.get((round(amount, 2), day), ()))
        return known


def place(part: str, note: str | None, taken: Container[int], first: int,
          in_file: Callable[[str], tuple[str | None, bool] | None],
          stored: Callable[[], Occupants]) -> int:
    """The place of a payment row keyed `part`: `first` (the first place its sheet has not
    taken) unless its note tells it apart, then the first place not taken whose line (this
    file's earlier tab's, `in_file`, else the stored one) is not another payment, one saying
    what the note says first."""
    if not telling(note):
        return first
    occupants = stored()
    fitting: list[int] = []
    k = first
    while True:
        if k not in taken:
            occupant = in_file(f"{part}#{k}")
            if occupant is None:
                occupant = occupants.get(k)
            if occupant is None:
                fitting.append(k)
                break
            said, own = occupant
            if own or not apart(said, note):
                if said and same_words(said, note):
                    return k
                fitting.append(k)
        k += 1
    return fitting[0]


class PaymentPlaces:
    """A file's payment rows' places as the order book meets them (core.ledger.orders): the
    notes of the payment lines met, and each part's stored lines, read once a part and sheet."""

    def __init__(self, stored: StoredPayments | None) -> None:
        self.notes: dict[str, str] = {}  # the payment lines met whose notes tell one apart
        self._stored = stored
        self._occupants: dict[tuple[str, str], Occupants] = {}
        self._rows = SheetPayments()  # the payment rows of the sheet read

    def sheet(self, records: list[Record], payments: Container[int]) -> None:
        """A sheet begins: its payment rows (`payments`: row numbers), for telling whether
        it re-sends a stored file's payments."""
        self._rows = SheetPayments((r[RECEIVED], r[RECEIVED_DATE], r[NOTES]) for r in records
                                   if r[ROW] in payments and r[RECEIVED] is not None)

    def take(self, paid: str, record: Record, places: dict[str, int],
             jumped: dict[str, set[int]], seen: Container[str]) -> int:
        """A payment row's place among its sheet's rows keyed `paid` (its order, sum and day):
        the first its sheet left free (`places`), or past a line its note says is another
        payment, that place then `jumped` over by the rows after it; `seen`: the line keys met."""
        first, note, sheet = places[paid], record[NOTES], record[SHEET]
        taken = jumped.get(paid, set())
        if not telling(note):
            k = first
        else:
            k = place(paid, note, taken, first, lambda key: (
                (self.notes.get(key), False) if key in seen else None),
                lambda: self._stored_lines(paid, sheet))
            if f"{paid}#{k}" not in seen:
                self.notes[f"{paid}#{k}"] = note
        if k != first:
            jumped.setdefault(paid, set()).add(k)
            return k
        first += 1
        while first in taken:
            taken.discard(first)
            first += 1
        places[paid] = first
        return k

    def _stored_lines(self, part: str, sheet: str) -> Occupants:
        if self._stored is None:
            return {}
        found = self._occupants.get((part, sheet))
        if found is None:
            found = self._occupants[(part, sheet)] = self._stored(part, sheet, self._rows)
        return found

    def clear(self) -> None:
        """Every sheet is in: let go what was kept to place its rows."""
        self.notes, self._occupants = {}, {}
