"""An order-number cell holding a placeholder ("-", "/", "无", "N/A") names no number.

Read as the order number "-", every such row of the ledger, of every customer, was one order
keyed "o:-": a late payer's three small orders became one large one (so its average order was
no longer under the stop-loss floor and it left the black list), and another customer's rows
were that customer's order. Each ledger is imported by both imports (test_fast_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_words_audit14 import (
    AMOUNT,
    HEADER,
    PAYER,
    imported,
    late_payer,
    row,
    stored,
)

OTHER = "Other Co"


def rows(number: str) -> list[list[object]]:
    """The late payer's three orders of 8,000 (on three dates), and an order of 30,000 of
    another customer, all with `number` in the order-number column."""
    late = [row(number), row(number), row(number)]
    for n, day in enumerate((date(2025, 2, 20), date(2025, 2, 21), date(2025, 2, 22))):
        late[n][2] = day
    other = row(number, 30_000)
    other[1:3] = [OTHER, date(2025, 2, 25)]
    return [*late, other]


@pytest.mark.parametrize("number", ["-", "/", "无", "N/A", "—", "none", "--"])
def test_a_placeholder_order_number_leaves_each_row_its_own_order(tmp_path: Path,
                                                                  number: str) -> None:
    db = imported(tmp_path, rows(number))
    assert stored(db, "order_no") == [None] * 4 + ["P-9"]
    assert [k[:2] for k in stored(db, "order_key")] == ["d:"] * 4 + ["o:"]
    c = late_payer(db)
    assert (c.orders_all, c.average_order, c.open_amount, c.list) == (3, AMOUNT, 3 * AMOUNT,
                                                                      "black")


def test_a_placeholder_invoice_number_names_no_invoice(tmp_path: Path) -> None:
    """Two orders' lines with "-" for an invoice were one shipment number, and a credit note
    "on" invoice "-" named the sale of another order."""
    header = [*HEADER, "发票号"]
    lines = [[*row("PO-1"), "-"], [*row("PO-2"), "/"], [*PAYER, "INV-9"]]
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [header, *lines]})
    [result] = _same_import(tmp_path, [ledger])
    assert result.status == "imported"
    assert stored(tmp_path / "fast.sqlite", "invoice_no", "order_lines") == [None, None, "INV-9"]
