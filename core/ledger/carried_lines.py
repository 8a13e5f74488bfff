"""A file's carried rows (last year's invoice with its balance), read against their orders.

The writer (core.ledger.writer) keeps each carried row as it writes its line, and the orders
a row not carried gave a line; once all of the file is written, the rows are read against
their orders (core.ledger.balance_rows.settle), and a balance row's line counted and its
amount change listed as the file finally leaves it. Apart from the writer because it is that
one step after the rows, with its own state (split63).
"""

from __future__ import annotations

from typing import Any

from core.ledger.balance_rows import Carried, currency_said, settle, stored_carried
from core.ledger.batches import Batches
from core.ledger.line_values import L_CURRENCY, L_PRODUCT, L_RECEIVED
from core.ledger.record import AMOUNT, CREDIT_NOTE, CURRENCY_WRITTEN, ORDER_NO, ROW, SHEET, Record
from core.ledger.write_counts import AmountChange, WriteCounts, changed
from core.ledger.writer_sql import STORED_LINES, VALUES, stored_rows


class CarriedLines:
    """The carried rows of one file's write, and the stored orders given a line from a row
    not carried (their stored carried rows read again: balance_rows.stored_carried)."""

    def __init__(self) -> None:
        # per line key written from a carried row that is no line its order had before it
        # (core.ledger.balance_rows): the row, the line's values before the file (None: this
        # file inserted it) and whether it was counted updated
        self.rows: dict[str, tuple[Carried, tuple[Any, ...] | None, bool]] = {}
        self.grown = set[int]()  # stored orders given a line from a row not carried

    def carry(self, key: str, order_id: int, record: Record, values: tuple[Any, ...],
               before: tuple[Any, ...] | None, changed: bool, stored_said: int = 0) -> None:
        """A carried row's line (of the order `order_id`), its word of its currency (a blank:
        its stored line's) kept."""
        if not record[AMOUNT] > 0 or record[CREDIT_NOTE]:
            return
        row = Carried(key, order_id, float(record[AMOUNT]), values[L_RECEIVED],
                      str(values[L_CURRENCY]), values[L_PRODUCT], record[SHEET], record[ROW],
                      str(record[ORDER_NO] or ""), bool(record[CURRENCY_WRITTEN] or stored_said))
        first = self.rows.get(key)
        self.rows[key] = (row, before, changed) if first is None else (row, *first[1:])

    def settle(self, batches: Batches, counts: WriteCounts,
               changes: dict[str, tuple[tuple[int, int], AmountChange]],
               after: dict[str, tuple[Any, ...]], shown_again: set[str]) -> None:
        """The carried rows read against their orders (core.ledger.balance_rows); a balance
        row's line is counted, and its amount change listed, as the file finally leaves it."""
        conn = batches.read()  # an unnumbered order's said too (core.ledger.unsaid_currency)
        rows = currency_said(conn, [row for row, _, _ in self.rows.values()])
        if self.grown:
            rows += stored_carried(conn, sorted(self.grown), set(self.rows))
        if not rows:
            return
        settled = counts.carried = settle(conn, rows)
        final = {row[0]: tuple(row[VALUES]) for row in stored_rows(
            batches, STORED_LINES, [row.key for row in settled.balance])}
        for row in settled.balance:
            changes.pop(row.key, None)
            _row, before, counted = self.rows.get(row.key, (row, None, False))
            if before is None:  # inserted by this file, or no line it names
                continue
            if row.key in after:
                after[row.key] = final[row.key]
            elif row.key not in shown_again:
                moved = changed(before, final[row.key])
                counts.updated += moved - counted
                counts.unchanged += counted - moved
