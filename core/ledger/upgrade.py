"""Rows stored by an older TradeTier brought under the account's rules (schema 4).

Run once by the store's migration 4, inside its transaction, after the new columns exist:
rows without order numbers get the keys today's import gives them (customer, date, product,
occurrence; :mod:`core.ledger.keys`), so next month's ledger updates them instead of adding
them again; negative lines become credit notes; the lines of cancelled orders are cancelled;
each line learns whether its sheet had a ship-date column.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from core.ledger.keys import OLD_DESCRIBED, described_order_key, line_key, row_identity
from core.ledger.normalise import fold
from core.ledger.orders import CANCELLED, CREDIT_NOTE, credited_number
from core.ledger.writer import LINE_COLUMNS, ORDER_COLUMNS

log = logging.getLogger("tradetier")


@dataclass(frozen=True)
class Merged:
    """Old orders that the new key shows to be one row: the one kept and those folded in."""

    order_key: str
    kept_order: int
    merged_orders: tuple[int, ...]


def upgrade_to_account(conn: sqlite3.Connection) -> list[Merged]:
    merged = rekey_described_orders(conn)
    _mark_credit_notes(conn)
    _cancel_lines_of_cancelled_orders(conn)
    _flag_credit_note_orders(conn)
    _record_ship_date_columns(conn)
    return merged


def rekey_described_orders(conn: sqlite3.Connection) -> list[Merged]:
    """Each "r:" order (one ledger row, keyed by its amount among other things) gets the key
    its row has today. Its occurrence is counted among the identical rows (customer, date,
    product) that the same import first stored, in line id order: rows one file held
    side by side stay apart. Two old orders that now share a key came from different imports:
    that is one row whose amount or currency a later month corrected, stored twice by the old
    key. The one with the highest line id (the latest) is kept, blanks filled from the others,
    and the merge is logged."""
    found = conn.execute(
        "SELECT o.id, o.order_date, o.first_import_id, c.key, "
        "(SELECT l.product FROM order_lines l WHERE l.order_id = o.id ORDER BY l.id LIMIT 1), "
        "(SELECT MAX(l.id) FROM order_lines l WHERE l.order_id = o.id), "
        "(SELECT MIN(l.id) FROM order_lines l WHERE l.order_id = o.id) AS first_line "
        "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.order_key LIKE ? "
        "ORDER BY first_line, o.id", (OLD_DESCRIBED + "%",)).fetchall()
    occurrences: dict[tuple[str, object], int] = defaultdict(int)
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)  # key -> (last line, order)
    for order_id, day, first_import, customer, product, last_line, _ in found:
        identity = row_identity(customer, day, product)
        occurrence = occurrences[(identity, first_import)]
        occurrences[(identity, first_import)] += 1
        groups[described_order_key(identity, occurrence)].append((last_line or 0, order_id))
    merges = []
    for key, members in groups.items():
        kept = max(members)[1]
        others = tuple(order_id for _, order_id in sorted(members) if order_id != kept)
        for other in others:
            _fold_order(conn, other, kept)
        if others:
            merges.append(Merged(key, kept, others))
            log.warning("schema 4: orders %s and %s are one ledger row (key %s); kept order %s, "
                        "the latest", others, kept, key, kept)
        conn.execute("UPDATE orders SET order_key = ? WHERE id = ?", (key, kept))
        _rekey_lines(conn, kept, key)
    return merges


def _fold_order(conn: sqlite3.Connection, source: int, target: int) -> None:
    """Order `source` into `target`: a line of the same product fills the target line's
    blanks and goes; any other line moves over; then the order fills blanks and goes."""
    target_lines = {fold(product or ""): line_id for line_id, product in conn.execute(
        "SELECT id, product FROM order_lines WHERE order_id = ? ORDER BY id DESC", (target,))}
    for line_id, product in conn.execute(
            "SELECT id, product FROM order_lines WHERE order_id = ? ORDER BY id",
            (source,)).fetchall():
        into = target_lines.get(fold(product or ""))
        if into is None:
            conn.execute("UPDATE order_lines SET order_id = ? WHERE id = ?", (target, line_id))
            continue
        _fill_blanks(conn, "order_lines", LINE_COLUMNS, line_id, into)
        conn.execute("DELETE FROM order_lines WHERE id = ?", (line_id,))
    _fill_blanks(conn, "orders", ORDER_COLUMNS, source, target)
    firsts, lasts = zip(*conn.execute(
        "SELECT first_import_id, last_import_id FROM orders WHERE id IN (?, ?)",
        (source, target)), strict=True)
    conn.execute("UPDATE orders SET first_import_id = ?, last_import_id = ? WHERE id = ?",
                 (min((i for i in firsts if i is not None), default=None),
                  max((i for i in lasts if i is not None), default=None), target))
    conn.execute("DELETE FROM orders WHERE id = ?", (source,))


def _fill_blanks(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], source: int,
                 target: int) -> None:
    sets = ", ".join(f"{c} = COALESCE({c}, (SELECT {c} FROM {table} WHERE id = :s))"
                     for c in columns)
    conn.execute(f"UPDATE {table} SET {sets} WHERE id = :t", {"s": source, "t": target})


def _rekey_lines(conn: sqlite3.Connection, order_id: int, key: str) -> None:
    positions: dict[str, int] = defaultdict(int)
    for line_id, product in conn.execute(
            "SELECT id, product FROM order_lines WHERE order_id = ? ORDER BY id",
            (order_id,)).fetchall():
        position = positions[fold(product or "")]
        positions[fold(product or "")] += 1
        conn.execute("UPDATE order_lines SET line_key = ? WHERE id = ?",
                     (line_key(key, product, position), line_id))


def _mark_credit_notes(conn: sqlite3.Connection) -> None:
    """Negative lines were credit notes all along; each names the customer's sale its own
    invoice or order number belongs to, as an import does today."""
    conn.execute("UPDATE order_lines SET credit_note = 1 WHERE amount < 0")
    sales: dict[int, dict[str, str]] = defaultdict(dict)
    for customer, invoice_no, order_no in conn.execute(
            "SELECT o.customer_id, l.invoice_no, o.order_no FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id WHERE l.credit_note = 0"):
        for number in (invoice_no, order_no):
            if number:
                sales[customer].setdefault(fold(number), number)
    for line_id, customer, invoice_no, order_no in conn.execute(
            "SELECT l.id, o.customer_id, l.invoice_no, o.order_no FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id WHERE l.credit_note = 1").fetchall():
        ref = credited_number(None, (invoice_no, order_no), sales.get(customer, {}))
        if ref:
            conn.execute("UPDATE order_lines SET credit_ref = ? WHERE id = ?", (ref, line_id))


def _cancel_lines_of_cancelled_orders(conn: sqlite3.Connection) -> None:
    """An order was stored cancelled only when all its lines were."""
    conn.execute("UPDATE order_lines SET status = ? WHERE order_id IN "
                 "(SELECT id FROM orders WHERE status = ?)", (CANCELLED, CANCELLED))


def _flag_credit_note_orders(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE orders SET status = ? WHERE id IN (SELECT order_id FROM order_lines "
                 "GROUP BY order_id HAVING MIN(credit_note) = 1)", (CREDIT_NOTE,))


def _record_ship_date_columns(conn: sqlite3.Connection) -> None:
    """Whether each line's sheet had a ship-date column: as the latest import of that file
    and sheet mapped it (its stored result), else whether any line of the sheet has a ship
    date. A line with a ship date has one, whatever its sheet."""
    mapped: dict[tuple[str, str], bool] = {}
    for file_name, result in conn.execute(
            "SELECT file_name, result FROM imports WHERE result IS NOT NULL ORDER BY id"):
        try:
            sheets = json.loads(result).get("sheets", [])
        except (ValueError, AttributeError):
            continue
        for sheet in sheets:
            mapped[(file_name, sheet["name"])] = "ship_date" in sheet.get("mapping", {})
    for source_file, source_sheet, any_dated in conn.execute(
            "SELECT source_file, source_sheet, MAX(ship_date IS NOT NULL) FROM order_lines "
            "GROUP BY source_file, source_sheet").fetchall():
        known = mapped.get((source_file, source_sheet), bool(any_dated))
        conn.execute("UPDATE order_lines SET ship_date_known = ? WHERE source_file IS ? AND "
                     "source_sheet IS ? AND ship_date IS NULL", (int(known), source_file,
                                                                 source_sheet))
