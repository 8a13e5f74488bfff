"""The store's lines of an order's product, for key43's matching (core.ledger.alike_lines):
by place, with what tells each line and the money it says received; which of a sheet's
order products the store holds a second line of (fx43g: a sheet's one row of an order of
two lines is matched too)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from core.ledger.alike_lines import SAYS_NONE, Known, StoredAlike, likeness
from core.ledger.lot_words import lot_said, paid_said


class _Stored(StoredAlike):
    """The store's lines of an order's product, by place (a payment's or a credit note's
    key, another product's holding '#', left out); None where a status word was written on
    one, or one is a lot (core.ledger.lot_words): March's row of an order April's file listed
    as lots is read against them by their places (lots35)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._none: bool | None = None  # the store holds no line (a first import): asked once

    def _empty(self) -> bool:
        if self._none is None:
            self._none = not self._conn.execute("SELECT EXISTS (SELECT 1 FROM order_lines)"
                                                ).fetchone()[0]
        return self._none

    def lines(self, part: str) -> dict[int, Known] | None:
        found = {}
        for (key, quantity, price, amount, invoice, received, status, day, notes,
             product, currency) in self._conn.execute(
                "SELECT line_key, quantity, unit_price, amount, invoice_no, received_amount, "
                "status, status_day, notes, product, currency FROM order_lines "
                "WHERE line_key > ? AND line_key < ?", (part + "#", part + "$")):
            if (n := key[len(part) + 1:]).isdigit():
                if status not in SAYS_NONE or day is not None or lot_said(notes, product) or (
                        paid_said(notes, product)):
                    return None
                found[int(n)] = (likeness(quantity, price, amount, invoice, currency), received)
        return found

    def second(self, parts: Sequence[str], at: int = 1) -> set[str]:
        """One statement for every sheet (a statement of many marks cached for each count
        of them held 2 MB more over a 100,000-row import)."""
        if self._empty():  # nothing to look for: a sheet's keys were 0.05 s of a 100k first
            return set()  # import's, sent and searched for (perf47i)
        mark = f"#{at}"
        return {key[:-len(mark)] for (key,) in self._conn.execute(
            "SELECT line_key FROM order_lines WHERE line_key IN (SELECT value FROM json_each(?))",
            (json.dumps([part + mark for part in parts], ensure_ascii=False),))}


def stored_alike(conn: sqlite3.Connection) -> StoredAlike:
    return _Stored(conn)
