"""One wire under both spellings of a buyer the import said may be one: said again, with its money.

张伟 writes "Hansen Trading GmbH", Kevin "HANSEN TRADING": two customers until the clerk merges
them (core.ledger.alike_customers names the pair once, when the new name first comes: March).
The buyer's 15,000 wire of 05-12 stands on 张伟's sale row and on Kevin's 收款 tab (no order
number): each customer's account holds it, a 15,000 credit that does not exist, and nothing was
said again while it counted twice (rv53a f5). The import cannot merge them (two buyers may
share most of a name), nor take the money off one (two buyers may wire one sum on one day).

After the write, each pair of customers named alike (the pairs core.ledger.alike_customers
named, kept in meta `alike_pairs`; a store from before, every stored name weighed once by the
same test, core.similarity.close_pairs) and not merged by the clerk, where both
hold a receipt of the same day, sum and currency and this file wrote one of them, is named
again with that money: if they are one buyer, it is counted twice. The pair merged, the note
stops (the merge counts the wire once: core.analysis.wires).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable

from core.i18n import NP_
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.stored_codes import split_pairs
from core.messages import Listed, Message
from core.short_names import short_pairs
from core.similarity import RARE_WORD, close_pairs

_MONEY = ("SELECT o.customer_id, l.received_date, round(l.received_amount, 2), "
          "COALESCE(l.received_currency, l.currency, o.currency), l.source_file FROM "
          "order_lines l JOIN orders o ON o.id = l.order_id WHERE o.customer_id IN (?, ?) AND "
          "l.received_amount > 0 AND l.received_date IS NOT NULL")
Money = tuple[str, float, str]  # a receipt's day (ISO), sum and currency
_KEY = "alike_pairs"  # meta: the pairs of customer keys named alike, JSON


def doubled_wires(conn: sqlite3.Connection, file_name: str,
                  counts_as: Callable[[str], str]) -> list[Message]:
    """A note for each pair of alike customers holding one receipt both, this file writing one
    (module doc); `counts_as`: a customer key to the one it counts as after the merges."""
    pairs = stored_pairs(conn)
    if pairs is None:  # a store from before the pairs were kept: read once, then kept
        _store(conn, pairs := _all_pairs(conn))
    if not pairs:
        return []
    split, notes = split_pairs(conn), []
    found = {key: (i, name) for i, key, name in conn.execute(
        "SELECT id, key, name FROM customers WHERE key IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted({key for pair in pairs for key in pair})),))}
    for key, other_key in sorted(sorted(pair) for pair in pairs):
        if key not in found or other_key not in found or pair_gone(
                (key, other_key), counts_as, split):
            continue
        (one, name), (two, other) = found[key], found[other_key]
        both = _both(conn, one, two, file_name)
        if both:
            notes.append(Message("wire_under_alike_names", NP_(
                "«{one}» and «{other}», possibly the same customer, both hold {count} receipt "
                "of the same day and sum: {money}. If they are one buyer, it is counted twice "
                "(the buyer shown that much more paid): merge them in Customers. If they are "
                "two buyers, nothing to do.",
                "«{one}» and «{other}», possibly the same customer, both hold {count} receipts "
                "of the same days and sums: {money}. If they are one buyer, each is counted "
                "twice (the buyer shown that much more paid): merge them in Customers. If they "
                "are two buyers, nothing to do."),
                {"one": name, "other": other, "count": len(both), "money": Listed(
                    [f"{total:,.2f} {currency} {day}" for day, total, currency in both],
                    SHARED_SHOWN)}))
    return notes


def pair_gone(keys: tuple[str, str], counts_as: Callable[[str], str],
              split: set[frozenset[str]]) -> bool:
    """Are two customer keys one customer by the clerk's merges, or two codes' (said so)?"""
    return counts_as(keys[0]) == counts_as(keys[1]) or frozenset(keys) in split


def stored_pairs(conn: sqlite3.Connection) -> set[frozenset[str]] | None:
    """The pairs of customer keys the import has named alike (None: none kept yet)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_KEY,)).fetchone()
    return None if row is None else {frozenset(pair) for pair in json.loads(row[0])}


def remember_alike(conn: sqlite3.Connection, pairs: list[tuple[str, str]], first: bool) -> None:
    """Keep the pairs of customer keys core.ledger.alike_customers names (`first`: the store
    held no customer before this file, so no pair was named before it)."""
    known = stored_pairs(conn)
    if known is None:
        known = set() if first else _all_pairs(conn)
    _store(conn, known | {frozenset(pair) for pair in pairs if pair[0] != pair[1]})


def _all_pairs(conn: sqlite3.Connection) -> set[frozenset[str]]:
    """Every pair of stored names close enough to be named alike (once per store)."""
    keys = {name: key for key, name in conn.execute("SELECT key, name FROM customers")}
    names = list(keys)
    return {frozenset((keys[a], keys[b])) for a, b in [
        *close_pairs(names, names, RARE_WORD), *short_pairs(names, names)] if keys[a] != keys[b]}


def _store(conn: sqlite3.Connection, pairs: set[frozenset[str]]) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (_KEY, json.dumps(
        sorted(sorted(pair) for pair in pairs), ensure_ascii=False)))


def _both(conn: sqlite3.Connection, one: int, two: int, file_name: str) -> list[Money]:
    """The receipts (day, sum, currency) both customers hold, one of them this file's."""
    held: dict[int, dict[Money, set[str | None]]] = {one: defaultdict(set), two: defaultdict(set)}
    for customer, day, total, currency, source in conn.execute(_MONEY, (one, two)):
        held[customer][(str(day)[:10], float(total), str(currency))].add(source)
    return sorted(money for money, files in held[one].items() if money in held[two] and (
        file_name in files or file_name in held[two][money]))
