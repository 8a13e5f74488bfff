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
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from core.ledger.keys import DAY
from core.ledger.stored_lots import file_own

CREDITED = "|cn"  # after a line's product: a credit note keyed apart from the sale it credits

# a line key -> None where no line is stored under it, else whether it is a sale another file
# stored (a line this file stored, or a credit note, is False)
StoredSales = Callable[[str], "bool | None"]


def credit_key(part: str, day: str, place: int) -> str:
    """The line of a credit note keyed apart: `part` its order and folded product, `day` its
    date (ISO), `place` its place among its sheet's such notes of that part and day."""
    return f"{part}{CREDITED}{DAY}{day}#{place}"


def credit_line(place_key: str, own_key: str, sale_at: StoredSales) -> str:
    """The line key of a credit note whose place gives it `place_key`: its own key
    (:func:`credit_key`) where that line is met already, or a sale holds its place; else its
    place's. `sale_at` answers for the file's earlier tabs, then the store."""
    if sale_at(own_key) is not None:
        return own_key
    return own_key if sale_at(place_key) else place_key


class CreditPlaces:
    """The credit notes of one file keyed apart, counted per sheet, part and day."""

    def __init__(self, stored: StoredSales | None) -> None:
        """`stored`: the store's answer (:func:`stored_sales`); None, a store of nothing."""
        self._stored = stored
        self._places: dict[tuple[str, str, str], int] = defaultdict(int)

    def line(self, place_key: str, part: str, day: str, sheet: str, earlier: StoredSales
             ) -> str:
        """The line key of a credit note of `part` dated `day` on `sheet` whose place gives it
        `place_key`; `earlier`: what the file's earlier rows show under a key."""
        counted = (sheet, part, day)
        own = credit_key(part, day, self._places[counted])

        def sale_at(key: str) -> bool | None:
            said = earlier(key)
            return said if said is not None or self._stored is None else self._stored(key)

        found = credit_line(place_key, own, sale_at)
        if found == own:
            self._places[counted] += 1
        return found


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
    return CreditPlaces(stored_sales(conn, path))

