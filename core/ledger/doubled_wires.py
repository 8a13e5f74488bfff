"""One wire under both spellings of a buyer the import said may be one: said again, with its money.

张伟 writes "Hansen Trading GmbH", Kevin "HANSEN TRADING": two customers until the clerk merges
them (core.ledger.alike_customers names the pair once, when the new name first comes: March).
The buyer's 15,000 wire of 05-12 stands on 张伟's sale row and on Kevin's 收款 tab (no order
number): each customer's account holds it, a 15,000 credit that does not exist, and nothing was
said again while it counted twice (rv53a f5). The import cannot merge them (two buyers may
share most of a name), nor take the money off one (two buyers may wire one sum on one day).

After the write, each pair of customers named alike (core.similarity.close_pairs, the same
test the first note used, over every stored name) and not merged by the clerk, where both
hold a receipt of the same day, sum and currency and this file wrote one of them, is named
again with that money: if they are one buyer, it is counted twice. The pair merged, the note
stops (the merge counts the wire once: core.analysis.wires).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable

from core.i18n import NP_
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.stored_codes import split_pairs
from core.messages import Listed, Message
from core.similarity import RARE_WORD, close_pairs

_MONEY = ("SELECT o.customer_id, l.received_date, round(l.received_amount, 2), "
          "COALESCE(l.received_currency, l.currency, o.currency), l.source_file FROM "
          "order_lines l JOIN orders o ON o.id = l.order_id WHERE o.customer_id IN (?, ?) AND "
          "l.received_amount > 0 AND l.received_date IS NOT NULL")
Money = tuple[str, float, str]  # a receipt's day (ISO), sum and currency


def doubled_wires(conn: sqlite3.Connection, file_name: str,
                  counts_as: Callable[[str], str]) -> list[Message]:
    """A note for each pair of alike customers holding one receipt both, this file writing one
    (module doc); `counts_as`: a customer key to the one it counts as after the merges."""
    rows = conn.execute("SELECT id, key, name FROM customers ORDER BY id").fetchall()
    if len(rows) < 2:
        return []
    ids = {name: (i, key) for i, key, name in rows}
    split, seen = split_pairs(conn), set[frozenset[int]]()
    notes = []
    names = list(ids)
    for name, other in close_pairs(names, names, RARE_WORD):
        (one, key), (two, other_key) = ids[name], ids[other]
        pair = frozenset((one, two))
        if pair in seen or counts_as(key) == counts_as(other_key) or frozenset(
                (key, other_key)) in split:
            continue
        seen.add(pair)
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


def _both(conn: sqlite3.Connection, one: int, two: int, file_name: str) -> list[Money]:
    """The receipts (day, sum, currency) both customers hold, one of them this file's."""
    held: dict[int, dict[Money, set[str | None]]] = {one: defaultdict(set), two: defaultdict(set)}
    for customer, day, total, currency, source in conn.execute(_MONEY, (one, two)):
        held[customer][(str(day)[:10], float(total), str(currency))].add(source)
    return sorted(money for money, files in held[one].items() if money in held[two] and (
        file_name in files or file_name in held[two][money]))
