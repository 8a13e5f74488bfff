"""Ditto cells: "同上" (as above), 〃, "ditto" stand for the cell above them.

A clerk who types a customer's second order under its first often writes 同上 in the customer,
country or terms cell instead of the name again. Read as text, 同上 became a customer of its
own (the order left its real customer, and a customer nobody knows joined the lists), and a
date or amount written so left the row out. The cell above is read for it, as Excel users
mean it; a ditto under an empty cell stays empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.ledger.normalise import fold

# The texts clerks write for "as above", as they arrive (a set: looked up at C speed over a
# whole column).
DITTO = frozenset({"同上", "仝上", "同前", "〃", "″", '"', "”", "ditto", "Ditto", "DITTO",
                   "do.", "Do.", "DO."})
# The customer keys an earlier version stored for them, when it read them as names (core.ledger.
# misread_rows removes what it stored so; core.ledger.moves says so of the orders it moves).
DITTO_KEYS = frozenset(fold(word) for word in DITTO)


def fill_dittos(columns: dict[int, Sequence[Any]], rows: list[Any]) -> dict[int, set[Any]]:
    """Every ditto cell of `columns` (index -> its cells, row j of each is `rows[j]`) takes
    the value above it, in the column and in its row; a column without one is untouched.
    Each column's distinct values are returned, as filled: the test hashed every cell, and
    the sheet's parsers read each column by them (core.ledger.cells.by_value)."""
    distinct = {index: set(column) for index, column in columns.items()}
    for index, column in columns.items():
        if DITTO.isdisjoint(distinct[index]):
            continue
        cells = list(column)
        for j in range(len(cells)):
            if type(cells[j]) is str and cells[j] in DITTO:
                cells[j] = cells[j - 1] if j else None
                row = rows[j] = list(rows[j])
                if index < len(row):
                    row[index] = cells[j]
        columns[index] = cells
        distinct[index] = set(cells)
    return distinct
