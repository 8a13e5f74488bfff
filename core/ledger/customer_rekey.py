"""Stored customers brought under today's customer keys (run once by core.ledger.rereading).

A customer is known by its key (:func:`core.ledger.normalise.customer_key`): its row in
``customers``, the orders without a number (their keys hash the customer key, the date and the
product: :mod:`core.ledger.keys`), those kept apart for it under a number another buyer shares
(their keys hash the customer key too: core.ledger.order_buyers) and the user's overrides. When
the key learns to drop a difference nobody sees (a right-to-left mark pasted with the name, a
space between Chinese characters), a database written before holds the buyer twice, as "ABC
Trading" and as a second, identical-looking "ABC Trading", and next month's ledger would store
its unnumbered rows again under the new key.

So each stored key is worked out again. A key no other customer takes is renamed; keys that
become one are one customer: the orders of the others move to the one kept (the customer
already under the new key, else the first stored), which takes the latest name and fills its
blank facts from theirs. Unnumbered orders get the keys today's import gives them, their
occurrence kept where free (a row of the same customer, date and product already stored keeps
its key; the moved one takes the next). Overrides follow the key; where several of a kind
become one customer's, the one set last wins, and a merge of the two names, now one, goes.
What it did that the clerk must learn (customers joined, a correction dropped) is returned as
plain notes (:class:`Rekeyed`), kept until said once (core.notes_kept).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import cast

from core.ledger.customer_facts import COLUMNS as FACT_COLUMNS
from core.ledger.keys import (
    BOUGHT,
    BOUGHT_END,
    DESCRIBED,
    buyer_order_key,
    described_order_key,
    number_key,
    paid_order_key,
    row_identity,
)
from core.ledger.normalise import customer_key
from core.notes_kept import Joined, Note, Replaced, stored_name
from core.override_log import COLUMNS, Row, supersede, unloop

log = logging.getLogger("tradetier")


@dataclass(frozen=True)
class Rekeyed:
    """What the re-key did: old key -> new key, and what the clerk must be told."""

    renamed: dict[str, str]
    notes: tuple[Note, ...] = ()


def rekey_customers(conn: sqlite3.Connection) -> Rekeyed:
    """Every stored key today's customer_key reads otherwise; the caller holds the
    transaction."""
    stored = {key: cid for cid, key in conn.execute("SELECT id, key FROM customers")}
    override_keys = {key for (key,) in conn.execute(
        "SELECT customer_key FROM overrides UNION SELECT target FROM overrides "
        "WHERE kind = 'merge' AND target IS NOT NULL")}
    renamed = {key: new for key in (*stored, *override_keys)
               if (new := customer_key(key)) != key}
    if not renamed:
        return Rekeyed({})
    notes: list[Note] = []
    groups: dict[str, list[str]] = defaultdict(list)
    for key in stored:
        groups[customer_key(key) if key in renamed else key].append(key)
    for new, keys in groups.items():
        if any(key in renamed for key in keys):
            joined = _one_customer(conn, new, sorted(keys, key=lambda k: (k != new, stored[k])),
                                   stored)
            notes += [joined] if len(joined.names) > 1 else []
    notes += _overrides(conn, renamed)
    log.warning("customer keys read again: %s", renamed)
    return Rekeyed(renamed, tuple(notes))


def _one_customer(conn: sqlite3.Connection, new: str, keys: list[str],
                  stored: dict[str, int]) -> Joined:
    """The customers stored under `keys` (the one kept first) as one customer keyed `new`."""
    kept, others = stored[keys[0]], [stored[k] for k in keys[1:]]
    old_of = {stored[k]: k for k in keys}
    names = [conn.execute("SELECT name FROM customers WHERE id = ?", (stored[k],)).fetchone()[0]
             for k in keys]
    latest = conn.execute(
        f"SELECT name, name_date FROM customers WHERE id IN ({', '.join('?' * len(keys))}) "
        "ORDER BY COALESCE(name_date, '') DESC, id = ? DESC, id LIMIT 1",
        (*old_of, kept)).fetchone()
    for other in others:
        fill = ", ".join(f"{c} = COALESCE({c}, (SELECT {c} FROM customers WHERE id = :o))"
                         for c in FACT_COLUMNS)
        conn.execute(f"UPDATE customers SET {fill} WHERE id = :k", {"o": other, "k": kept})
        conn.execute("UPDATE orders SET customer_id = ? WHERE customer_id = ?", (kept, other))
        conn.execute("DELETE FROM customers WHERE id = ?", (other,))
    conn.execute("UPDATE customers SET key = ?, name = ?, name_date = ? WHERE id = ?",
                 (new, latest[0], latest[1], kept))
    taken = {key for (key,) in conn.execute(
        "SELECT order_key FROM orders WHERE customer_id = ? AND order_key LIKE ?",
        (kept, DESCRIBED + "%"))}
    for customer in (kept, *others):  # the kept customer's own rows keep their places first
        if old_of[customer] != new:
            _rekey_orders(conn, kept, old_of[customer], new, taken)
            _rekey_buyer_orders(conn, kept, old_of[customer], new)
    return Joined(latest[0], tuple(names))


def _rekey_orders(conn: sqlite3.Connection, customer: int, old: str, new: str,
                  taken: set[str]) -> None:
    """The unnumbered orders stored under `old` (now customer `customer`'s) keyed as today's
    import keys their rows. A stored key that is not what the old key gave its row (worked
    out otherwise by an older version) is left as it is: it could not be matched anyway."""
    rows = conn.execute(
        "SELECT o.id, o.order_key, o.order_date, (SELECT l.product FROM order_lines l "
        "WHERE l.order_id = o.id ORDER BY l.id LIMIT 1) FROM orders o "
        "WHERE o.customer_id = ? AND o.order_key LIKE ? ORDER BY o.id",
        (customer, DESCRIBED + "%")).fetchall()
    for order_id, key, day, product in rows:
        occurrence = int(key.rpartition("#")[2] or 0)
        if key == paid_order_key(row_identity(old, day, product)):
            _rekey_payments(conn, order_id, key, paid_order_key(row_identity(new, day, product)))
            continue
        if described_order_key(row_identity(old, day, product), occurrence) != key:
            continue  # another customer's key, or one this function cannot read back
        taken.discard(key)
        identity = row_identity(new, day, product)
        while (found := described_order_key(identity, occurrence)) in taken or conn.execute(
                "SELECT 1 FROM orders WHERE order_key = ? AND id != ?",
                (found, order_id)).fetchone():
            occurrence += 1
        taken.add(found)
        _rename(conn, order_id, key, found)


def _rekey_buyer_orders(conn: sqlite3.Connection, customer: int, old: str, new: str) -> None:
    """The orders kept apart for the buyer under a number another buyer shares (their keys
    hash the customer key: core.ledger.order_buyers) keyed by `new`. Where the buyer has such
    an order under `new` already (two of its names kept apart), both stay as they are."""
    for order_id, key in conn.execute(
            "SELECT id, order_key FROM orders WHERE customer_id = ? AND order_key >= ? AND "
            "order_key < ? ORDER BY id", (customer, BOUGHT, BOUGHT_END)
            ).fetchall():
        if buyer_order_key(number_key(key), old) != key:
            continue
        found = buyer_order_key(number_key(key), new)
        if conn.execute("SELECT 1 FROM orders WHERE order_key = ?", (found,)).fetchone():
            continue
        _rename(conn, order_id, key, found)


def _rekey_payments(conn: sqlite3.Connection, order_id: int, key: str, found: str) -> None:
    """A day's payments without an order number (core.ledger.keys.paid_order_key) keyed as
    today's import keys them; where the kept customer has payments of that day already, its
    order takes them, each line numbered after the lines of its sum there."""
    into = conn.execute("SELECT id FROM orders WHERE order_key = ?", (found,)).fetchone()
    if into is None:
        _rename(conn, order_id, key, found)
        return
    for line_id, line_key in conn.execute(
            "SELECT id, line_key FROM order_lines WHERE order_id = ? ORDER BY id",
            (order_id,)).fetchall():
        part = found + line_key[len(key):].rpartition("#")[0]
        place = 0
        while conn.execute("SELECT 1 FROM order_lines WHERE line_key = ?",
                           (f"{part}#{place}",)).fetchone():
            place += 1
        conn.execute("UPDATE order_lines SET order_id = ?, line_key = ? WHERE id = ?",
                     (into[0], f"{part}#{place}", line_id))
    conn.execute("DELETE FROM orders WHERE id = ?", (order_id,))


def _rename(conn: sqlite3.Connection, order_id: int, key: str, found: str) -> None:
    """The order keyed `found`, and its lines, whose keys begin with the order's."""
    conn.execute("UPDATE orders SET order_key = ? WHERE id = ?", (found, order_id))
    conn.execute("UPDATE order_lines SET line_key = ? || substr(line_key, ?) "
                 "WHERE order_id = ? AND substr(line_key, 1, ?) = ?",
                 (found, len(key) + 1, order_id, len(key) + 1, key + "|"))


def _overrides(conn: sqlite3.Connection, renamed: dict[str, str]) -> list[Note]:
    """Overrides keyed by a renamed key take the new one; where several of a kind become one
    customer's, the one the user set last wins: which spelling's customer is kept is no choice
    of theirs, and one pinned white months ago kept over a black pin set last week showed a
    buyer 17,000 overdue white-listed. A merge into a renamed name follows it, one whose two
    names are now one key goes first (it is no choice either), and merges now a loop are
    broken as the notice step breaks them (core.override_log.unloop: "ABC Hongkong" merged
    into "ABC Trading（HK）" and "ABC Trading (HK)" into "ABC Hongkong", a chain of one buyer's
    three names, became one customer merged into "ABC Hongkong" and back, and the analysis
    left the buyer out, its 17,000 overdue on no list). The log of changes follows, so the
    last one can be undone, and undoing the one kept brings back the one it replaced
    (core.override_log.supersede), a merge dropped from a loop too."""
    for old, new in renamed.items():
        conn.execute("UPDATE overrides SET target = ? WHERE kind = 'merge' AND target = ?",
                     (new, old))
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for values in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM overrides").fetchall():
        row = dict(zip(COLUMNS, values, strict=True))
        key = str(row["customer_key"])
        if row["kind"] == "merge" and renamed.get(key, key) == row["target"]:
            conn.execute("DELETE FROM overrides WHERE id = ?", (row["id"],))
            continue
        groups[str(row["kind"]), renamed.get(key, key)].append(row)
    replaced: list[tuple[Row, Row]] = []
    for (_, new), rows in groups.items():
        if not any(row["customer_key"] in renamed for row in rows):
            continue
        *dropped, kept = sorted(rows, key=lambda r: (str(r["created_at"]), int(str(r["id"]))))
        for row in dropped:
            conn.execute("DELETE FROM overrides WHERE id = ?", (row["id"],))
        conn.execute("UPDATE overrides SET customer_key = ? WHERE id = ?", (new, kept["id"]))
        replaced += [(kept, {**row, "customer_key": new}) for row in dropped]
    _log(conn, renamed)
    for kept, row in replaced:
        supersede(conn, int(str(kept["id"])), str(kept["kind"]), row)
    notes: list[Note] = [Replaced(stored_name(conn, str(row["customer_key"])), str(row["kind"]),
                                  _shown(conn, row), str(row["created_at"]), _shown(conn, kept))
                         for kept, row in replaced if row["target"] != kept["target"]]
    return notes + unloop(conn)


def _shown(conn: sqlite3.Connection, row: Row) -> str | None:
    """An override's value as the notes say it: a merge's by its target's name."""
    target = row["target"]
    return stored_name(conn, str(target)) if row["kind"] == "merge" else cast("str | None", target)


def _log(conn: sqlite3.Connection, renamed: dict[str, str]) -> None:
    """The logged changes' keys as renamed (core.override_changes.undo matches the rows in
    force by them): the last pin set before the re-key was offered under its older key and
    refused, "changed outside TradeTier". Rows of one kind now one customer's are one row, the
    one set last (undo would put back two where one may be)."""
    def rows(text: str) -> str:
        found: dict[tuple[str, str], Row] = {}
        for row in sorted(json.loads(text), key=lambda r: (r["created_at"], r["id"])):
            row["customer_key"] = renamed.get(row["customer_key"], row["customer_key"])
            if row["kind"] == "merge":
                row["target"] = renamed.get(row["target"], row["target"])
            found[row["kind"], row["customer_key"]] = row
        return json.dumps(sorted(found.values(), key=lambda r: r["id"]), ensure_ascii=False)

    for entry, action, key, target, before, after in conn.execute(
            "SELECT id, action, customer_key, target, before, after FROM override_log"
            ).fetchall():
        if action == "merge":
            target = renamed.get(target, target)
        conn.execute("UPDATE override_log SET customer_key = ?, target = ?, before = ?, "
                     "after = ? WHERE id = ?",
                     (renamed.get(key, key), target, rows(before), rows(after), entry))
