"""A third audit of the customer account and the stop-loss lists (docs/analysis.md), at angles
the earlier ones did not take: an order's lines shipped on different days, money received
before A on rows dated after it, currencies, and every output naming the same customers.
Each ledger is written here with openpyxl, imported through core and analysed as the app does.

Every expectation is worked out by hand from the rows of its test (OA 30: due = ship + 30;
the tolerance max(50 USD, 0.5 %); the article's rule: more than 60 days past due and an
average order under 20,000 USD; watch from more than 30 days; the exposure trigger: money
overdue more than 30 days above 50,000 USD).
"""

from __future__ import annotations

import pytest
from test_account_audit import A, counted_once, customer, d, firm, invoice, row
from test_fast_analysis import _compare

from core.analysis.model import CustomerMetrics, Receivable
from core.rates import DEFAULT_RATES


def lots(c: CustomerMetrics, order_no: str) -> list[Receivable]:
    """The order's receivables, by ship date (unshipped last)."""
    found = [r for r in c.receivables if r.order_no == order_no]
    return sorted(found, key=lambda r: (r.ship_date is None, r.ship_date or A))


def lines(order_no: str, customer_name: str, *shipped: tuple[float, str | None],
          **money: object) -> list[list[object]]:
    """One order (no invoice numbers: many small firms keep none) of product lines, each
    with its own ship date; the money, if any, written on the first line."""
    found = []
    for index, (amount, ship) in enumerate(shipped):
        found.append(row(order_no, customer_name, "2025-02-20", amount, ship=ship,
                         **(money if index == 0 else {})))  # type: ignore[arg-type]
        found[-1][1] = None  # the invoice-number column left blank
    return found


# --- an order's lines shipped on different days ---------------------------------------------

PARTLY_SHIPPED = [
    # line 1 shipped 03-01 (due 03-31) and paid in full; line 2 ships 07-20, after A
    *lines("PO-1", "Later Co", (9_000, "2025-03-01"), (9_000, "2025-07-20"),
           received=9_000, received_on="2025-04-01"),
    # line 1 shipped 03-01 and paid; line 2 shipped 05-25 (due 06-24): 6 days past due at A
    *lines("PO-2", "Stagger Co", (9_000, "2025-03-01"), (9_000, "2025-05-25"),
           received=9_000, received_on="2025-04-01"),
    # three lines, two of them on 03-01 (one shipment) and one on 04-10 (due 05-10), unpaid
    *lines("PO-3", "Three Co", (4_000, "2025-03-01"), (2_000, "2025-04-10"),
           (3_000, "2025-03-01")),
]


def test_a_line_shipping_after_a_is_not_owed_beside_a_line_that_shipped(tmp_path):
    """docs: "a row ... whose ship date is after A [has not shipped], whatever due date it
    states". Later Co's order of 18,000 shipped 9,000 on 03-01, paid on 04-01; the other
    9,000 ships on 07-20. As of A nothing is owed: it was read as one 18,000 invoice shipped
    03-01, 9,000 of it 91 days past due, and the customer was black-listed (average order
    18,000 < 20,000) for goods still in the firm's warehouse."""
    c = customer(firm(tmp_path, PARTLY_SHIPPED).at(A), "Later Co")
    shipped, waiting = lots(c, "PO-1")
    assert (shipped.amount, shipped.ship_date, shipped.open) == (9_000, d("2025-03-01"), 0)
    assert (waiting.amount, waiting.shipped, waiting.open) == (9_000, False, 0)
    assert (c.open_amount, c.max_days_overdue, c.list) == (0, 0, None)
    assert (c.orders_12m, c.avg_order_12m) == (1, 18_000)  # one order, whatever its shipments
    counted_once(c, 9_000)


def test_each_shipment_of_an_order_falls_due_from_its_own_ship_date(tmp_path):
    """Stagger Co's second line shipped on 05-25: due 06-24, 6 days past due at A, not 91
    days from the first line's shipment. The 9,000 paid on 04-01 paid the first shipment
    (due 03-31), one day late."""
    c = customer(firm(tmp_path, PARTLY_SHIPPED).at(A), "Stagger Co")
    first, second = lots(c, "PO-2")
    assert (first.due_date, first.open, first.paid_on) == (d("2025-03-31"), 0, d("2025-04-01"))
    assert (second.due_date, second.open, second.days_overdue) == (d("2025-06-24"), 9_000, 6)
    assert (c.max_days_overdue, c.overdue_amount, c.list) == (6, 9_000, None)
    assert (c.settled_count, c.on_time_share) == (1, 0.0)


def test_lines_of_one_ship_date_are_one_shipment_whatever_their_order(tmp_path):
    """Three Co: 4,000 + 3,000 shipped 03-01 (due 03-31: 91 days at A) and 2,000 shipped
    04-10 (due 05-10: 51 days). Black-listed for the first shipment either way, but the
    aging puts each where its own days say."""
    c = customer(firm(tmp_path, PARTLY_SHIPPED).at(A), "Three Co")
    first, second = lots(c, "PO-3")
    assert (first.amount, first.days_overdue) == (7_000, 91)
    assert (second.amount, second.days_overdue) == (2_000, 51)
    assert c.aging["d31_60"] == 2_000 and c.aging["d91_plus"] == 7_000
    assert c.list == "black"


def test_a_line_without_a_ship_date_goes_with_the_order_s_first_shipment(tmp_path):
    """A clerk who writes the ship date once, on an order's first line, means it for the
    lines below: those lines shipped with it (as before; only lines carrying another date are
    a shipment of their own)."""
    rows = lines("PO-1", "Once Co", (5_000, "2025-03-01"), (4_000, None), (3_000, "2025-05-25"))
    c = customer(firm(tmp_path, rows).at(A), "Once Co")
    first, second = lots(c, "PO-1")
    assert (first.amount, first.days_overdue) == (9_000, 91)
    assert (second.amount, second.days_overdue) == (3_000, 6)


WIRE_HEADER = ["合同号", "客户", "产品名称", "下单日期", "金额", "付款方式", "出货日期",
               "已收金额", "收款日期"]


def test_two_payments_of_two_shipments_in_two_files_are_both_kept(tmp_path, monkeypatch):
    """The cross-file wire check weighs a figure against what its shipment is worth. PO-1
    (no invoice numbers) shipped 9,000 of chairs on 03-01 and 9,000 of tables on 04-01; each
    was paid 9,000 on 04-20, the chairs' receipt booked in April's file, the tables' in May's.
    The order is worth 18,000: two payments, not one wire copied (nothing open)."""
    from ledgers import write_xlsx

    from core.ledger.importer import import_files
    from core.store import connect

    def line(product: str, ship: str, paid: bool) -> list[object]:
        return ["PO-1", "Two Co", product, d("2025-02-20"), 9_000, "OA 30 days", d(ship),
                9_000 if paid else None, d("2025-04-20") if paid else None]

    payer = ["PO-9", "Payer", "desk", d("2025-05-01"), 1_000, "OA 30 days",
             d("2025-05-02"), 1_000, A]
    db = tmp_path / "firm.sqlite"
    for name, rows in (("april", [line("chair", "2025-03-01", True),
                                  line("table", "2025-04-01", False)]),
                       ("may", [line("table", "2025-04-01", True), payer])):
        path = write_xlsx(tmp_path / f"{name}.xlsx", {"台账": [WIRE_HEADER, *rows]})
        [result] = import_files(db, [path])
        assert result.status == "imported", result.message
    from core.analysis.run import analyse

    with connect(db) as conn:
        c = customer(analyse(conn, as_of=A), "Two Co")
    assert [(r.amount, r.open) for r in lots(c, "PO-1")] == [(9_000, 0), (9_000, 0)]
    counted_once(c, 18_000)
    _compare(db, tmp_path, monkeypatch, [A])


def test_the_reference_agrees_on_orders_shipped_in_parts(tmp_path, monkeypatch):
    rows = [*PARTLY_SHIPPED,
            *lines("PO-9", "Once Co", (5_000, "2025-03-01"), (4_000, None),
                   (3_000, "2025-05-25"))]
    books = firm(tmp_path / "ledger", rows)
    _compare(books.db, tmp_path, monkeypatch, [None, d("2025-04-30"), A, d("2025-07-31")])


# --- the tolerance in another currency (guard: right before this audit) ------------------------

EUR = DEFAULT_RATES["EUR"]  # USD per EUR, the same on every date


def test_the_tolerance_of_a_eur_invoice_is_50_usd_in_eur_on_both_sides(tmp_path):
    """Invoices of 5,000 EUR: 0.5 % is 25 EUR, under 50 USD = 50 / 1.08 = 46.30 EUR, so a
    shortfall up to 46.30 EUR is paid. 46 EUR short is paid (nothing open, no list); 47 EUR
    short is open, 141 days past due, but under the 200 USD small-remainder floor (47 × 1.08
    = 50.76 USD): shown, never overdue. 200 EUR short (216 USD) is a debt: black-listed."""
    floor = 50 / EUR
    assert 46 < floor < 47
    rows = [row(f"PO-{n}", name, "2025-01-05", 5_000, currency="EUR", ship="2025-01-10",
                received=5_000 - short, received_on="2025-02-01")
            for n, (name, short) in enumerate((("Short 46", 46), ("Short 47", 47),
                                               ("Short 200", 200)))]
    analysis = firm(tmp_path, rows).at(A)
    paid, small, owed = (customer(analysis, n) for n in ("Short 46", "Short 47", "Short 200"))
    assert invoice(paid, "PO-0").open == 0 and paid.small_remainders == 0 and paid.list is None
    remainder = invoice(small, "PO-1")
    assert (remainder.open, remainder.small, remainder.days_overdue) == (47, True, 0)
    assert small.small_remainders == pytest.approx(47 * EUR) and small.list is None
    debt = invoice(owed, "PO-2")
    assert (debt.open, debt.days_overdue) == (200, (A - d("2025-02-09")).days)
    assert owed.overdue_amount == pytest.approx(200 * EUR) and owed.list == "black"
