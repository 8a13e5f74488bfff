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
without notes, keeps every key it had.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Container, Mapping

from core.ledger.noted_orders import same_words
from core.ledger.payment_kinds import apart, telling

# the line stored at each place of a payment key's part: its note, and whether it came from
# the same sheet of the file being read (that row's earlier reading, its note since edited)
Occupants = Mapping[int, tuple[str | None, bool]]
StoredPayments = Callable[[str, str], Occupants]  # (part, sheet) -> occupants


def stored_payments(conn: sqlite3.Connection, file_name: str, part: str, sheet: str
                    ) -> Occupants:
    """The stored lines keyed `part#k`, by k: one range of the line keys' index."""
    found: dict[int, tuple[str | None, bool]] = {}
    for key, notes, source, source_sheet in conn.execute(
            "SELECT line_key, notes, source_file, source_sheet FROM order_lines "
            "WHERE line_key > ? AND line_key < ?", (part + "#", part + "$")):
        place = key[len(part) + 1:]
        if place.isdigit():
            found[int(place)] = (notes, source == file_name and source_sheet == sheet)
    return found


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
