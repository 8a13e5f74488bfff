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
places among the rows of one date and product in the file's row order. Overrides follow the
key; where several of a kind become one customer's, the one in force stays (by the analysis's
rule, core.overrides.in_force), and a merge of the two names, now one, goes.
What it did that the clerk must learn (customers joined, a correction dropped) is returned as
plain notes (:class:`Rekeyed`), kept until said once (core.notes_kept).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from core.ledger import joined_corrections
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
from core.ledger.receipt_keys import customer_renamed, line_renamed, order_renamed
from core.notes_kept import Joined, Note, Replaced, stored_name
from core.override_log import COLUMNS, Row, supersede, unloop, when_set
from core.overrides import InForce, in_force, looped, merged_keys, stored_merges

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
    owners = merged_keys(conn)  # as the analysis counted them before
    looping = frozenset(gone[0] for gone, _ in looped(stored_merges(conn)))
    was = joined_corrections.before(conn)
    joins: list[tuple[Joined, list[str]]] = []
    groups: dict[str, list[str]] = defaultdict(list)
    for key in stored:
        groups[customer_key(key) if key in renamed else key].append(key)
    for new, keys in groups.items():
        if any(key in renamed for key in keys):
            keys.sort(key=lambda k: (k != new, stored[k]))
            joined = _one_customer(conn, new, keys, stored)
            joins += [(joined, keys)] if len(joined.names) > 1 else []
    notes = _overrides(conn, renamed, lambda row: in_force(
        row["customer_key"] in stored, owners(str(row["customer_key"])) == row["customer_key"],
        row), looping)
    notes = [*joined_corrections.told(conn, was, renamed, joins), *notes]
    log.info("customer keys read again: %s", renamed)  # the clerk is told by the notes
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
    olds = [old_of[customer] for customer in (kept, *others)]
    _rekey_orders(conn, kept, olds, new)
    for old in olds:
        if old != new:
            _rekey_buyer_orders(conn, kept, old, new)
            customer_renamed(conn, old, new)
    return Joined(latest[0], tuple(names))


def _rekey_orders(conn: sqlite3.Connection, customer: int, olds: list[str], new: str) -> None:
    """The unnumbered orders stored under the keys `olds` (now customer `customer`'s) keyed as
    today's import keys their rows: by the customer, date and product, and the row's place
    among the sheet's rows of those (keys.described_order_key). A fresh import numbers the
    places in the file's row order, whichever spelling a row has: where rows of several old
    keys meet on one date and product, the places follow their source rows ([Peru] 17,000 paid
    above (Peru) 10,000 unpaid: the first is place 0, as the file lists it). Numbered
    otherwise, next month's file updated each with the other row's figures and the 10,000 owed
    took the 17,000 received: shown paid. A place held by an order the re-key cannot read
    back is passed over; a stored key that is not what its old key gave its row (worked out
    otherwise by an older version) is left as it is: it could not be matched anyway."""
    rows = conn.execute(
        "SELECT o.id, o.order_key, o.order_date, l.product, l.source_sheet, l.source_row "
        "FROM orders o LEFT JOIN order_lines l ON l.id = (SELECT MIN(f.id) FROM order_lines f "
        "WHERE f.order_id = o.id) WHERE o.customer_id = ? AND o.order_key LIKE ? "
        "ORDER BY o.id", (customer, DESCRIBED + "%")).fetchall()
    places: dict[str, list[_Place]] = defaultdict(list)
    for order_id, key, day, product, sheet, row in rows:
        occurrence = int(key.rpartition("#")[2] or 0)
        for old in olds:
            if key == paid_order_key(row_identity(old, day, product)):
                if old != new:
                    _rekey_payments(conn, order_id, key,
                                    paid_order_key(row_identity(new, day, product)))
                break
            if described_order_key(row_identity(old, day, product), occurrence) == key:
                places[row_identity(new, day, product)].append(
                    _Place(old, sheet or "", -1 if row is None else row, occurrence, order_id,
                           key))
                break
    for identity, found in places.items():
        if len({place.old for place in found}) > 1:
            _renumber(conn, identity, found)
        elif found[0].old != new:
            for place in found:
                _place(conn, identity, place, place.occurrence)


@dataclass(frozen=True)
class _Place:
    """An unnumbered order as the re-key places it: its old key, its first row's sheet and
    row, its place under the old key, and the order."""

    old: str
    sheet: str
    row: int
    occurrence: int
    order_id: int
    key: str


def _renumber(conn: sqlite3.Connection, identity: str, found: list[_Place]) -> None:
    """Rows of several spellings on one date and product, numbered in each sheet in its row
    order, as a fresh import numbers them; first set aside, so none takes another's key."""
    for place in found:
        _rename(conn, place.order_id, place.key, f"{place.key}~")
    rank: dict[str, int] = defaultdict(int)
    ranked = []
    for place in sorted(found, key=lambda p: (p.sheet, p.row, p.occurrence, p.order_id)):
        ranked.append((rank[place.sheet], place))
        rank[place.sheet] += 1
    for occurrence, place in sorted(ranked, key=lambda r: (r[0], r[1].sheet, r[1].row)):
        _place(conn, identity, _Place(place.old, place.sheet, place.row, place.occurrence,
                                      place.order_id, f"{place.key}~"), occurrence)


def _place(conn: sqlite3.Connection, identity: str, place: _Place, occurrence: int) -> None:
    """The order keyed by `identity` at `occurrence`, or the next place no other order holds."""
    while (found := described_order_key(identity, occurrence)) != place.key and conn.execute(
            "SELECT 1 FROM orders WHERE order_key = ?", (found,)).fetchone():
        occurrence += 1
    _rename(conn, place.order_id, place.key, found)


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
        move_payment_line(conn, line_id, line_key[len(key):], into[0], found)
    conn.execute("DELETE FROM orders WHERE id = ?", (order_id,))


def move_payment_line(conn: sqlite3.Connection, line_id: int, rest: str, into: int,
                      into_key: str) -> None:
    """A payment line (`rest`: its key after its order's) under the order `into`, keyed
    `into_key`: numbered after the lines of its sum there, so neither takes the other's key
    (core.ledger.paid_for_stored moves one so too)."""
    part = into_key + rest.rpartition("#")[0]
    place = 0
    while conn.execute("SELECT 1 FROM order_lines WHERE line_key = ?",
                       (f"{part}#{place}",)).fetchone():
        place += 1
    [(old,)] = conn.execute("SELECT line_key FROM order_lines WHERE id = ?", (line_id,))
    conn.execute("UPDATE order_lines SET order_id = ?, line_key = ? WHERE id = ?",
                 (into, f"{part}#{place}", line_id))
    line_renamed(conn, old, f"{part}#{place}")


def _rename(conn: sqlite3.Connection, order_id: int, key: str, found: str) -> None:
    """The order keyed `found`, and its lines, whose keys begin with the order's."""
    conn.execute("UPDATE orders SET order_key = ? WHERE id = ?", (found, order_id))
    conn.execute("UPDATE order_lines SET line_key = ? || substr(line_key, ?) "
                 "WHERE order_id = ? AND substr(line_key, 1, ?) = ?",
                 (found, len(key) + 1, order_id, len(key) + 1, key + "|"))
    order_renamed(conn, key, found)


def _overrides(conn: sqlite3.Connection, renamed: dict[str, str],
               rank: Callable[[Row], InForce], looping: frozenset[int]) -> list[Note]:
    """Overrides keyed by a renamed key take the new one; where several of a kind become one
    customer's, the one in force before stays (`rank`: the analysis's rule). Spellings the
    re-key joins were customers of their own, each pin its own: the one set last wins (which
    spelling's customer is kept is no choice of theirs, and one pinned white months ago kept
    over a black pin set last week showed a buyer 17,000 overdue white-listed). Spellings the
    clerk had merged were one customer already, the one merged into's own pin in force (the
    latest kept instead, a white pin on the merged name, never in force, white-listed a buyer
    black with 27,000 overdue). A merge into a renamed name follows it, one whose two
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
        *dropped, kept = sorted(rows, key=rank)
        for row in dropped:
            conn.execute("DELETE FROM overrides WHERE id = ?", (row["id"],))
        conn.execute("UPDATE overrides SET customer_key = ? WHERE id = ?", (new, kept["id"]))
        replaced += [(kept, {**row, "customer_key": new}) for row in dropped]
    _log(conn, renamed)
    for kept, row in replaced:
        supersede(conn, int(str(kept["id"])), str(kept["kind"]), row)
    notes: list[Note] = [Replaced(stored_name(conn, str(row["customer_key"])), str(row["kind"]),
                                  _shown(conn, row), str(row["created_at"]), _shown(conn, kept),
                                  when_set(kept) > when_set(row))
                         for kept, row in replaced if row["target"] != kept["target"]]
    return notes + unloop(conn, looping)


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
