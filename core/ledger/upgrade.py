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
from core.ledger.line_values import LINE_COLUMNS
from core.ledger.normalise import fold
from core.ledger.noted_orders import credited_number
from core.ledger.order_sums import CANCELLED, CREDIT_NOTE
from core.ledger.order_values import ORDER_COLUMNS

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
    its row has today: customer, date, product and its occurrence among the identical rows,
    in line id order. That keeps apart every row that was apart, with one exception.

    The old key changed with the amount, so a row a later month corrected was stored again as
    a new order beside the old one: the phantom the issue describes. Where each import stored
    at most one row of an identity, and the older rows were last written from other files
    than the newest (a file holding both would have held two rows), those rows are one row:
    they share the key of occurrence 0, the one with the highest line id (the latest) is
    kept, blanks filled from the others, and the merge is logged. Where one import stored
    several identical rows, which of them a later row corrected cannot be told: all stay."""
    found = conn.execute(
        "SELECT o.id, o.order_date, o.first_import_id, c.key, "
        "(SELECT l.product FROM order_lines l WHERE l.order_id = o.id ORDER BY l.id LIMIT 1), "
        "(SELECT MAX(l.id) FROM order_lines l WHERE l.order_id = o.id), "
        "(SELECT l.source_file FROM order_lines l WHERE l.order_id = o.id "
        " ORDER BY l.id DESC LIMIT 1), "
        "(SELECT MIN(l.id) FROM order_lines l WHERE l.order_id = o.id) AS first_line "
        "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.order_key LIKE ? "
        "ORDER BY first_line, o.id", (OLD_DESCRIBED + "%",)).fetchall()
    identities: dict[str, list[_OldRow]] = defaultdict(list)
    for order_id, day, first_import, customer, product, last_line, source, _ in found:
        identities[row_identity(customer, day, product)].append(
            _OldRow(order_id, first_import, last_line or 0, source))
    merges = []
    for identity, members in identities.items():
        if _stored_again(members):
            key = described_order_key(identity, 0)
            kept = max(members, key=lambda m: (m.last_line, m.order_id)).order_id
            others = tuple(m.order_id for m in members if m.order_id != kept)
            for other in others:
                _fold_order(conn, other, kept)
            merges.append(Merged(key, kept, others))
            log.warning("schema 4: orders %s and %s are one ledger row (key %s); kept order %s, "
                        "the latest", others, kept, key, kept)
            conn.execute("UPDATE orders SET order_key = ? WHERE id = ?", (key, kept))
            _rekey_lines(conn, kept, key)
            continue
        if len({m.first_import for m in members}) > 1:
            log.warning("schema 4: orders %s hold one customer, date and product from several "
                        "imports; left apart (which row a later month corrected cannot be told)",
                        tuple(m.order_id for m in members))
        for occurrence, member in enumerate(members):
            key = described_order_key(identity, occurrence)
            conn.execute("UPDATE orders SET order_key = ? WHERE id = ?", (key, member.order_id))
            _rekey_lines(conn, member.order_id, key)
    return merges


@dataclass(frozen=True)
class _OldRow:
    order_id: int
    first_import: int | None
    last_line: int
    source_file: str | None  # the file its (last) line was last written from


def _stored_again(members: list[_OldRow]) -> bool:
    """One row stored once per import that changed its amount (see rekey_described_orders)."""
    if len(members) < 2 or len({m.first_import for m in members}) < len(members):
        return False
    latest = max(members, key=lambda m: (m.last_line, m.order_id))
    return all(m.source_file != latest.source_file for m in members if m is not latest)


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
        _fill_blanks(conn, "order_lines", _present(conn, "order_lines", LINE_COLUMNS), line_id,
                     into)
        conn.execute("DELETE FROM order_lines WHERE id = ?", (line_id,))
    _fill_blanks(conn, "orders", ORDER_COLUMNS, source, target)
    firsts, lasts = zip(*conn.execute(
        "SELECT first_import_id, last_import_id FROM orders WHERE id IN (?, ?)",
        (source, target)), strict=True)
    conn.execute("UPDATE orders SET first_import_id = ?, last_import_id = ? WHERE id = ?",
                 (min((i for i in firsts if i is not None), default=None),
                  max((i for i in lasts if i is not None), default=None), target))
    conn.execute("DELETE FROM orders WHERE id = ?", (source,))


def _present(conn: sqlite3.Connection, table: str, columns: tuple[str, ...]
             ) -> tuple[str, ...]:
    """The columns the table has yet: this upgrade runs at schema 4, before later migrations
    add theirs (7: rebate_currency)."""
    have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    return tuple(c for c in columns if c in have)


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
