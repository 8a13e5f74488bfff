"""The customers an analysis shows, as the store's customers table and its merged names say.

Kept apart from the reading of the order lines (core.analysis.reading), which takes them as
they are read here; the fingerprints (core.analysis.fingerprints) read them with their
salespeople as written.
"""

from __future__ import annotations

import sqlite3

from core.analysis import salespeople
from core.analysis.dataset import CustomerRow


def read_customers(conn: sqlite3.Connection, canonical: dict[int, int], excluded: set[int]
              ) -> dict[int, CustomerRow]:
    """The customers an analysis shows: neither excluded nor merged into another. Merged
    names are one customer: what their rows say (country, salesperson, credit limit,
    insurance) serves it where its own rows leave that blank, the latest named first, as a
    value set by hand on a merged name does (core.overrides). Each salesperson under the
    name most of them spell (core.analysis.salespeople)."""
    found = customer_rows(conn, canonical, excluded)
    salespeople.settle(found.values())
    return found


def customer_rows(conn: sqlite3.Connection, canonical: dict[int, int], excluded: set[int]
                  ) -> dict[int, CustomerRow]:
    """The customers as :func:`read_customers` reads them, their salespeople as written:
    every customer's spelling counts at every month end, whenever its first order
    (core.analysis.fingerprints)."""
    found: dict[int, CustomerRow] = {}
    merged: list[sqlite3.Row] = []
    for r in conn.execute("SELECT id, name, name_date, country, salesperson, credit_limit, "
                          "credit_limit_currency, insured, insurer, insured_pct FROM customers"):
        owner = canonical.get(r["id"], r["id"])
        if owner in excluded:
            continue
        if owner != r["id"]:
            merged.append(r)
            continue
        found[r["id"]] = CustomerRow(
            r["id"], r["name"], r["country"], r["salesperson"], r["credit_limit"],
            r["credit_limit_currency"], None if r["insured"] is None else bool(r["insured"]),
            r["insurer"], r["insured_pct"])
    for r in sorted(merged, key=lambda r: r["name_date"] or "", reverse=True):
        if (row := found.get(canonical[r["id"]])) is not None:
            _fill_blanks(row, r)
    return found


def _fill_blanks(row: CustomerRow, merged: sqlite3.Row) -> None:
    """A merged name's values where the customer has none; a limit goes with its currency,
    a cover with its insurer and share."""
    row.country = row.country or merged["country"]
    row.salesperson = row.salesperson or merged["salesperson"]
    if row.credit_limit is None and merged["credit_limit"] is not None:
        row.credit_limit = merged["credit_limit"]
        row.credit_limit_currency = merged["credit_limit_currency"]
    if row.insured is None and merged["insured"] is not None:
        row.insured = bool(merged["insured"])
        row.insurer, row.insured_pct = merged["insurer"], merged["insured_pct"]
