"""The rows behind stored lines, read again from their ledger where it is still on disk.

A line stores its product and figures but not its customer or order date: those were its
order's, and an order stored under a placeholder number ("-") held the rows of several dates
and customers (:mod:`core.ledger.placeholder_orders`). The ledger the line was last written
from says them, if it is still where it was imported from and unchanged (its content is the
hash the import kept). Today's reader then gives each of its rows the key a fresh import
gives it. A row is taken for a line only where it is the line's sheet and row, has no order
number, and writes the line's product and amount: a file of the same name imported earlier
with other content held other rows there. The amount may be the figure as typed: the reader
that stored the line read a column headed 金额(万美元) without its unit (0.8 for 8,000).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from core.ledger.file_found import ReadLedger
from core.ledger.file_reader import read_ledger
from core.ledger.normalise import fold
from core.ledger.orders import TOLERANCE
from core.ledger.readers import open_workbook
from core.ledger.record import AMOUNT, CUSTOMER_KEY, ORDER_DATE, ORDER_NO, PRODUCT, ROW, SHEET
from core.ledger.review import converter
from core.progress import Steps
from core.rates import Rates
from core.rules import load_rules
from core.store import remembered_layouts

log = logging.getLogger("tradetier")

Place = tuple[str, str, int]  # file name, sheet, row


@dataclass(frozen=True)
class Row:
    """What today's import makes of a row: its order's key, customer key and order date."""

    order_key: str
    customer_key: str
    order_date: str
    product: str
    amount: float
    scale: float = 1.0  # the unit its amount column's header gives (core.ledger.header_units)

    def writes(self, product: str | None, amount: float) -> bool:
        return self.product == fold(product or "") and any(
            abs(read - amount) < TOLERANCE for read in (self.amount, self.amount / self.scale))


def rows_read_again(conn: sqlite3.Connection, places: set[Place]) -> dict[Place, Row]:
    """The rows without an order number at `places` that their ledgers still hold. Reading
    them is a help, never a need: a ledger that fails to read leaves its lines to the guess,
    and the database opens all the same."""
    found: dict[Place, Row] = {}
    for name in sorted({file for file, _, _ in places}):
        try:
            path, sheet = intact(conn, name)
            for place, row in _read(conn, path, sheet) if path is not None else ():
                if (name, *place) in places:
                    found[(name, *place)] = row
        except Exception:  # a ledger that cannot be read is not read: the file must open
            log.exception("schema 9: the ledger %s could not be read again", name)
    return found


def intact(conn: sqlite3.Connection, name: str) -> tuple[Path | None, str | None]:
    """The path of the latest import of a file so named whose file is unchanged there, and
    the sheet that import chose (its key names it: core.ledger.importer.import_key)."""
    for file_path, key in conn.execute("SELECT file_path, content_hash FROM imports WHERE "
                                       "file_name = ? ORDER BY id DESC", (name,)).fetchall():
        path = Path(file_path) if file_path else None
        if path is None or not path.is_file():
            continue
        digest, _, rest = key.partition(":")
        if _hash(path) == digest:
            return path, rest.partition("sheet=")[2] or None
    return None, None


def _hash(path: Path) -> str:
    found = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            found.update(block)
    return found.hexdigest()


def read_alone(conn: sqlite3.Connection, path: Path, sheet: str | None) -> ReadLedger:
    """A ledger read again as the import reads it today (the mapping it remembered, the
    firm's rules and rates), alone: no stored line asked."""
    rules = load_rules(conn)
    return read_ledger(open_workbook(path, Steps(None, None), sheet=sheet), sheet, {},
                       remembered_layouts(conn), rules,
                       converter(Rates(conn, rules.base_currency).usd_per_unit),
                       Steps(None, None))


def _read(conn: sqlite3.Connection, path: Path, sheet: str | None
          ) -> list[tuple[tuple[str, int], Row]]:
    """Every row without an order number, as the import reads the file today (the mapping
    it remembered, the firm's rules and rates)."""
    found = read_alone(conn, path, sheet)
    scales = {layout.sheet.name: layout.column_scale.get("amount", 1.0)
              for layout in found.layouts}
    rows = []
    for _, records, groups in found.ledger.held:
        for record, key in zip(records, groups.keys, strict=True):
            if not record[ORDER_NO]:
                rows.append(((record[SHEET], record[ROW]), Row(
                    key.partition("|")[0], record[CUSTOMER_KEY], record[ORDER_DATE],
                    fold(record[PRODUCT] or ""), record[AMOUNT],
                    scales.get(record[SHEET], 1.0))))
    return rows
