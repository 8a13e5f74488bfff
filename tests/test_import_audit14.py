"""The import, audit 14: a customer whose name starts with a totals word.

A row whose first cells hold a totals word (合计, Total, Sum…) is a totals row, skipped and
checked against the rows above it. "Total Co", "Total Logistics Ltd" and "Sum Industries"
are customers: their dated order rows were skipped as totals rows, so the customers and
their money vanished from the pyramid and the lists. A row naming a customer, dated and with
an amount is now a totals row only where a first cell says nothing but "total".
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import PLAIN_HEADER, write_xlsx
from test_fast_import import _same_import

from core.ledger.rows import only_totals

NAMES = ["Total Co", "Total Logistics Ltd", "Sum Industries", "TOTAL Trading"]


def test_customers_named_total_are_imported_and_totals_rows_still_skipped(tmp_path: Path):
    rows = [PLAIN_HEADER,
            *[[f"PO-{i}", name, date(2025, 3, i + 1), 1_000 * (i + 1), "USD"]
              for i, name in enumerate(NAMES)],
            ["合计", None, None, 10_000, None],  # the sheet's own total: no customer, no date
            ["PO-9", "Acme", date(2025, 3, 9), 500, "USD"],
            [None, "Total (USD)", date(2025, 3, 31), 500, "USD"]]  # says only "total"
    path = write_xlsx(tmp_path / "ledger.xlsx", {"3月": rows})
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported", result.message
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    try:
        stored = {name: amount for name, amount in conn.execute(
            "SELECT c.name, SUM(l.amount) FROM customers c JOIN orders o ON o.customer_id = c.id"
            " JOIN order_lines l ON l.order_id = o.id GROUP BY c.id")}
    finally:
        conn.close()
    assert stored == {**{name: 1_000.0 * (i + 1) for i, name in enumerate(NAMES)}, "Acme": 500}
    skipped = {(s.row, s.message.code) for s in result.skipped}
    assert skipped == {(6, "totals_row"), (8, "totals_row")}
    # the total of the rows above it is checked, and it agrees
    assert [(t.row, t.stated, t.agrees) for t in result.totals] == [(6, 10_000, True),
                                                                        (8, 500, True)]


@pytest.mark.parametrize(("text", "only"), [
    ("合计", True), ("本月合计：", True), ("3月合计", True), ("Total", True), ("TOTAL:", True),
    ("Grand Total", True), ("Total (USD)", True), ("Sub total", True), ("Sum", True),
    ("总计(美元)", True), ("Total Co", False), ("Sum Industries", False),
    ("TotalEnergies", False), ("Acme", False), (None, False), (100, False)])
def test_a_cell_saying_only_total(text: object, only: bool):
    assert only_totals(text) is only
