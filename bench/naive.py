"""The naive baselines the project is compared with, each in a process of its own:
``python bench/naive.py import|analysis RESULT ARGS``.

import: what a user would write first, pandas.read_excel (openpyxl) of every tab, then
sqlite-utils ``insert_all`` of the row dicts. It needs the bench extra (pandas), best in an
environment of its own (see docs/performance.md). analysis: a per-customer Python loop over the
imported rows computing the headline figures the customer table shows (12-month orders,
revenue, average order, margin, days since the last order, open and overdue money, days
overdue), on the project's own database so both read the same clean rows. Only the standard
library and the project's schema: no project code.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

LINES = """
    SELECT c.name, o.id, o.order_date, o.currency, o.trial, o.status, o.credit_days,
           l.amount, l.cost, l.ship_date, l.due_date, l.received_amount
    FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id
"""


def naive_import(ledger: str, db: str) -> dict:
    import pandas as pd
    import sqlite_utils

    Path(db).unlink(missing_ok=True)
    started, cpu = time.perf_counter(), time.process_time()
    frames = pd.read_excel(ledger, sheet_name=None, engine="openpyxl", header=1)
    table = sqlite_utils.Database(db)["orders"]
    rows = 0
    for frame in frames.values():
        records = frame.to_dict("records")
        table.insert_all(records, alter=True)
        rows += len(records)
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
            "done": {"rows": rows}}


def naive_analysis(db: str) -> dict:
    conn = sqlite3.connect(db)
    started, cpu = time.perf_counter(), time.process_time()
    rates = dict(conn.execute("SELECT currency, usd_per_unit FROM currency_rates"))
    rows = conn.execute(LINES).fetchall()
    as_of = max(date.fromisoformat(r[2]) for r in rows)
    start = date(as_of.year - 1, as_of.month, 1)
    by_customer: dict[str, list] = {}
    for row in rows:
        by_customer.setdefault(row[0], []).append(row)
    figures = {name: _customer(mine, rates, start, as_of) for name, mine in by_customer.items()}
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
            "done": {"customers": len(figures)}}


def _customer(rows: list, rates: dict, start: date, as_of: date) -> dict:
    orders, revenue, cost, last = set(), 0.0, 0.0, None
    open_money, overdue, days_overdue = 0.0, 0.0, 0
    for (_name, order_id, ordered, currency, trial, status, credit_days, amount, line_cost,
         ship, due, received) in rows:
        day = date.fromisoformat(ordered)
        rate = rates.get(currency, 1.0)
        if trial or status == "cancelled":
            continue
        if start <= day <= as_of:
            orders.add(order_id)
            revenue += amount * rate
            cost += (line_cost or 0.0) * rate
            last = day if last is None or day > last else last
        owed = amount - (received or 0.0)
        if owed > 1 and ship:
            open_money += owed * rate
            due_day = date.fromisoformat(due) if due else date.fromisoformat(ship) + timedelta(
                days=credit_days or 30)
            if due_day < as_of:
                overdue += owed * rate
                days_overdue = max(days_overdue, (as_of - due_day).days)
    return {"orders": len(orders), "revenue": revenue,
            "average": revenue / len(orders) if orders else 0.0,
            "margin": (revenue - cost) / revenue if revenue else None,
            "recency": (as_of - last).days if last else None, "open": open_money,
            "overdue": overdue, "days_overdue": days_overdue}


def main(argv: list[str]) -> int:
    kind, result, *args = argv
    if kind == "import":
        try:
            import pandas  # noqa: F401
        except ImportError:
            Path(result).write_text(json.dumps({"missing": "pandas"}), encoding="utf-8")
            return 0
    found = {"import": naive_import, "analysis": naive_analysis}[kind](*args)
    Path(result).write_text(json.dumps(found), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
