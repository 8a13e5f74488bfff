"""perf61c: the million-line analysis under 900 MB again, its answers unchanged.

The peak was the reading's end, where every line's money tuple (727,000 at a million lines)
sat beside every order, shipment and entry, and the customers' figures made after it, which
cannot use the room the entries leave while most of a pool's are still held. Ledgers written
here with openpyxl, imported and analysed as the app does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from account_cli import ledger
from test_perf40a_asof import HEADER

from core.analysis import reading
from core.analysis.dataset import ShipmentRow
from core.analysis.fetch import fetch
from core.analysis.run import Source, analyse
from core.store import connect

AS_OF = date(2025, 6, 30)


def _firm(tmp_path: Path) -> Path:
    """One buyer paying an invoice whole, one paying an invoice in two wires (two rows of
    it), one in euros paying half, one paying nothing."""
    return ledger(tmp_path, HEADER, [
        ["PI25-001", "宁波远洋贸易", "2025-01-05", 1_000, "USD", "T/T 30天", "2025-01-10",
         1_000, "2025-02-05"],
        ["PI25-002", "Al Noor Trading LLC", "2025-02-01", 1_200, "USD", "T/T 30天",
         "2025-02-03", 500, "2025-03-01"],
        ["PI25-002", "Al Noor Trading LLC", "2025-02-01", 800, "USD", "T/T 30天",
         "2025-02-03", 1_500, "2025-03-20"],
        ["PI25-003", "Müller GmbH", "2025-03-01", 2_000, "EUR", "T/T 30天", "2025-03-05",
         1_000, "2025-04-10"],
        ["PI25-004", "Silent Buyer", "2025-04-01", 700, "USD", "T/T 30天", "2025-04-03",
         None, None]])


def test_the_reading_lets_each_lines_money_go(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Each line's tuple is let go once its entries are made (main: all held to the end)."""
    seen: list[list[Any]] = []
    real = reading.attach

    def attach(money: list[Any], *args: Any) -> Any:
        seen.append(money)
        return real(money, *args)

    monkeypatch.setattr(reading, "attach", attach)
    with connect(_firm(tmp_path)) as conn:
        found = analyse(conn, AS_OF)
    assert len(seen[0]) == 4 and all(written == () for written in seen[0])
    assert sum(len(r.order.order_no or "") > 0 for c in found.customers
               for r in c.receivables) == 4


def test_one_receipt_is_a_tuple_of_one_two_a_list(tmp_path: Path) -> None:
    with connect(_firm(tmp_path)) as conn:
        source = Source.read(conn)
        data = reading.build(fetch(conn, AS_OF), AS_OF, source.rules, source.rates,
                             source.customers)
    units: dict[str | None, ShipmentRow] = {u.order.order_no: u for u in data.shipments}
    assert type(units["PI25-001"].receipts) is tuple and len(units["PI25-001"].receipts) == 1
    two = units["PI25-002"].receipts  # two wires on the invoice's two rows
    assert type(two) is list and [e.amount for e in two] == [500.0, 1_500.0]
    assert units["PI25-004"].receipts == []


def test_a_receivable_shares_its_orders_figures(tmp_path: Path) -> None:
    """A one-invoice order's amount, its base amount in the base currency and the money
    that paid it whole are one float each, not three (main: the invoice's own)."""
    with connect(_firm(tmp_path)) as conn:
        found = analyse(conn, AS_OF)
    by_no = {r.order_no: r for c in found.customers for r in c.receivables}
    paid = by_no["PI25-001"]
    assert paid.amount == 1_000 and paid.open == 0
    assert paid.amount is paid.order.amount
    assert paid.amount_base is paid.amount and paid.received is paid.amount
    euros = by_no["PI25-003"]  # another currency: its base amount its own
    assert euros.amount is euros.order.amount and euros.amount_base != euros.amount
    assert euros.received == 1_000 and euros.open == 1_000
