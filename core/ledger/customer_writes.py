"""A file's customers, written first: its orders need their ids.

Kept apart from the writer of orders and lines (core.ledger.writer): a customer's name and
facts are settled by date across files (core.ledger.customer_facts), not row by row.
"""

from __future__ import annotations

from core.ledger import customer_facts as facts
from core.ledger.batches import Batches
from core.ledger.orders import OrderBook
from core.ledger.record import CUSTOMER, ORDER_DATE
from core.ledger.writer_sql import stored_rows


def write_customers(batches: Batches, book: OrderBook) -> tuple[dict[str, int], int]:
    """New customers in the order the grouped file first shows them; a stored one takes
    the name of its latest row when that is not older, and its facts as
    core.ledger.customer_facts settles them."""
    stored = {row[0]: (row[1], row[2]) for row in stored_rows(
        batches, "SELECT key, id, name_date FROM customers WHERE key IN ({})",
        book.customers)}
    next_id = batches.read().execute(
        "SELECT COALESCE(MAX(id), 0) FROM customers").fetchone()[0]
    ids: dict[str, int] = {}
    inserts, updates = [], []
    for customer in sorted(book.customers.values(), key=lambda c: c.first):
        name, day = customer.record[CUSTOMER], customer.record[ORDER_DATE]
        found = stored.get(customer.key)
        if found is None:
            next_id += 1
            ids[customer.key] = next_id
            inserts.append((next_id, customer.key, name, day,
                            *facts.inserted(facts.split(customer.facts)[0])))
            continue
        ids[customer.key] = found[0]
        since = found[1] or ""
        newer, older = facts.split(customer.facts, since)
        if str(day) < since:
            name = day = None  # an older file: it names nothing, fills what is missing
        if newer or older or name is not None:
            updates.append((name, day, *facts.update_params(newer, older), found[0]))
    batches.executemany(
        f"INSERT INTO customers(id, key, name, name_date, {', '.join(facts.COLUMNS)}) "
        f"VALUES ({', '.join('?' * (4 + len(facts.COLUMNS)))})", inserts)
    batches.executemany(facts.UPDATE, updates)
    return ids, len(inserts)
