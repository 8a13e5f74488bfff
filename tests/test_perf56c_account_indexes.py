"""perf56c: the account rules look a big buyer's rows up by the order they name.

On a clerk's 100k book the copied-wire review weighed each payment against every (total, day)
of its buyer's sale rows (booked_twice._restated), each sale row's running total against every
payment of its buyer (booked_twice._running_totals), and the payer steps each receipt naming
papers against every row of the file so far (payer_named._open). Each now reads the rows its
rule can join alone; these tests hold the rare cases each narrowing must keep, and count what
is read, among 200 other orders of the buyer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import core.ledger.booked_twice as twice
import core.ledger.payer_named as payer_named
from core.ledger.booked_twice import booked_twice
from core.ledger.noted_orders import loose_number
from core.ledger.paid_by_buyer import OtherBuyers
from core.ledger.receipts import CopiedWire
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    FIELDS,
    INVOICE_NO,
    ORDER_NO,
    RECEIVED,
    Record,
)

OTHERS = 200


def _counting(monkeypatch, module: Any, name: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Calls of module.name counted (one entry per call)."""
    calls: list[int] = []
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_restated_total_is_found_under_its_order_when_its_day_holds_another_first(
        monkeypatch) -> None:
    """X-1's 15,000 received by Friday 04-18, and Y-1's 15,000 the same day (one (total, day)
    of the buyer, Y-1's row first), restated on Monday 04-21's payment row naming X-1 (its
    value day, fix40d): X-1's row is the copy, not Y-1's; the buyer's 200 other orders'
    totals of those days are not weighed against the payment (each was, a value-day ask each)."""
    orders = {"S-Y": "y-1", "S-X": "x-1", "P-X": "x-1",
              **{f"S{i}": f"o-{i}" for i in range(OTHERS)}}
    rows = [*(("buyer", 2_000.0 + i, 1_000.0 + i, f"2025-04-{10 + i % 8:02d}", f"S{i}")
              for i in range(OTHERS)),
            ("buyer", 15_000.0, 15_000.0, "2025-04-18", "S-Y"),
            ("buyer", 15_000.0, 15_000.0, "2025-04-18", "S-X")]
    payments = [("buyer", 0.0, 15_000.0, "2025-04-21", "P-X")]
    asked = _counting(monkeypatch, twice, "value_days")
    found = booked_twice(rows, payments, [], names=orders.get, noted={}.get)
    assert found == [CopiedWire("buyer", 15_000.0, "2025-04-21", "S-X", ("P-X",))]
    assert len(asked) <= 2, len(asked)  # 201 before


def _running(others_day: str) -> list[CopiedWire]:
    """R-1's received 10,000 by 05-10, the buyer's payments 4,000 of 05-02 and 6,000 of 05-10
    naming no order, and one payment for each of 200 other orders on `others_day`."""
    orders = {**{f"S{i}": f"o-{i}" for i in range(OTHERS)}, "S-R": "r-1",
              **{f"P{i}": f"o-{i}" for i in range(OTHERS)}}
    rows = [("buyer", 10_000.0, 10_000.0, "2025-05-10", "S-R")]
    payments = [("buyer", 0.0, 4_000.0, "2025-05-02", "P-a"),
                ("buyer", 0.0, 6_000.0, "2025-05-10", "P-b"),
                *(("buyer", 0.0, 500.0 + i, others_day, f"P{i}") for i in range(OTHERS))]
    return booked_twice(rows, payments, [], names=orders.get)


def test_a_running_total_of_payments_naming_no_order_as_before(monkeypatch) -> None:
    """Payments naming no order make up R-1's running total (pay30) while the buyer's other
    orders' payments come after its day; one of them before it, and nothing is taken (it may
    be the money of another order). Neither asks the value day of the others' payments (each
    was asked, R-1's last wire looked for among all 202)."""
    asked = _counting(monkeypatch, twice, "value_days")
    assert _running("2025-06-01") == [
        CopiedWire("buyer", 10_000.0, "2025-05-10", "S-R", ("P-a", "P-b"), True)]
    assert _running("2025-05-01") == []
    assert len(asked) <= 2, len(asked)  # 202 before


def _record(**cells: Any) -> Record:
    record: list[Any] = [None] * len(FIELDS)
    for field, value in cells.items():
        record[{"amount": AMOUNT, "received": RECEIVED, "key": CUSTOMER_KEY,
                "name": CUSTOMER, "order": ORDER_NO, "invoice": INVOICE_NO,
                "currency": CURRENCY}[field]] = value
    return tuple(record)


def test_open_papers_read_the_rows_naming_them_alone(monkeypatch) -> None:
    """A receipt naming INV-7 and PO-8 weighed among 200 other orders' rows: Alpha's PO-7
    (invoice INV-7, 10,000) less Alpha's 2,000 already paid on a row of its own naming INV-7,
    Beta's "PO 8" (5,000) as written otherwise, the receipt itself not subtracted. Only the
    rows naming the two are read for what is open (every row of the file was, per receipt)."""
    sold = [*(_record(amount=1_000.0, key=f"c{i}", name=f"C{i}", order=f"O-{i}",
                      currency="USD") for i in range(OTHERS)),
            _record(amount=10_000.0, key="alpha", name="Alpha", order="PO-7", invoice="INV-7",
                    currency="USD"),
            _record(amount=5_000.0, key="beta", name="Beta", order="PO 8", currency="USD"),
            _record(received=2_000.0, key="alpha", name="Alpha", invoice="INV-7"),
            *(_record(received=100.0, key=f"c{i}", name=f"C{i}", order=f"O-{i}")
              for i in range(OTHERS))]
    receipt = _record(received=3_000.0, key="alpha", name="Alpha", order="INV-7")
    sold.append(receipt)
    weighed: list[int] = []
    sold_open = payer_named.sold_open

    def counted(rows: list[Record], numbers: set[str] | None = None) -> Any:
        weighed.append(len(rows))
        return sold_open(rows, numbers)

    monkeypatch.setattr(payer_named, "sold_open", counted)
    others = OtherBuyers(sold, None)
    inv7, po8, o3 = map(loose_number, ("INV-7", "PO-8", "O-3"))
    found = payer_named._open(others, {inv7, po8}, receipt)
    assert found == {inv7: {"alpha": ("Alpha", "USD", 8_000.0, None)},
                     po8: {"beta": ("Beta", "USD", 5_000.0, None)}}
    assert payer_named._open(others, {o3}) == {o3: {"c3": ("C3", "USD", 900.0, None)}}
    assert weighed == [2, 1], weighed  # 403 rows each before


def test_a_buyers_slip_over_anothers_invoice_among_many_sales(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """fix56g's slip (rv56c s134d) among 200 other buyers' invoices: Global Trading LLC, buying
    INV-1 (a number no payment names), wires 8,030 for FZE's INV-2 (8,000 open): FZE 0, the LLC
    4,970 open and black, as before. The register's payments name INV-2 alone: only the sale
    rows answering to it are added up (every sale row of the file was, per tab)."""
    import sys

    from test_acct56b_several_buyers import FZE, LLC, _sale, _wire
    from test_fix55d_who_paid import AS_OF, LATE, _whole
    from test_payer_named_fix54e import GULF, GULF_PAID, _account

    import core.ledger.paid_numbers as paid_numbers

    added: list[int] = []
    add = paid_numbers._add

    def counted(*args: Any) -> None:  # a file's sale row added up (not the store's)
        if sys._getframe(1).f_code.co_name == "sold_open":
            added.append(1)
        add(*args)

    monkeypatch.setattr(paid_numbers, "_add", counted)
    ships = [GULF, _sale("INV-1", LLC, 5_000), _sale("INV-2", FZE, 8_000),
             *(_sale(f"INV-{100 + i}", f"Buyer {i} Ltd", 1_000) for i in range(OTHERS))]
    slip = _wire("2025-05-01", LLC, 8_030, "INV-2", "货款")
    _whole(tmp_path, "2025外贸台账.xlsx", ships, [GULF_PAID, slip, LATE])
    assert _account(tmp_path, FZE, AS_OF)[:4] == (0, 0, 0, 0)  # type: ignore[index]
    assert _account(tmp_path, LLC, AS_OF)[:4] == (4_970, 4_970, 89, 0)  # type: ignore[index]
    assert len(added) <= 5, len(added)  # each of the file's 203 sale rows before
