"""An audit of the customer account and the stop-loss lists against docs/analysis.md, after the
speed passes rewrote their loops: the cases no other test books, each on a ledger written here
with openpyxl, imported through core and analysed as the app does.

Every expectation is worked out by hand from the rows of its test (OA 30: due = ship + 30;
the tolerance max(50 USD, 0.5 %); the article's rule: more than 60 days past due and an
average order under 20,000 USD; watch from 30 days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx

from core.analysis.fingerprints import fingerprints
from core.analysis.model import Analysis, CustomerMetrics, Receivable
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

A = date(2025, 6, 30)
HEADER = ["合同号", "发票号", "原发票号", "客户", "下单日期", "金额", "币种", "付款方式",
          "出货日期", "应收日期", "已收金额", "收款日期", "定金", "定金日期", "状态"]
# a customer with a receipt on A: the ledger records receipts, up to A
PAYER = ["PO-90", "INV-90", None, "Payer", date(2025, 5, 1), 1_000, "USD", "OA 30 days",
         date(2025, 5, 2), None, 1_000, A, None, None, None]


def d(text: str) -> date:
    return date.fromisoformat(text)


def row(order_no: str, customer: str, ordered: str, amount: float, *,
        invoice: str | None = None, ref: str | None = None, currency: str = "USD",
        terms: str | None = "OA 30 days", ship: str | None = None, due: str | None = None,
        received: float | None = None, received_on: str | None = None,
        deposit: float | None = None, deposit_on: str | None = None,
        status: str | None = None) -> list[object]:
    def day(text: str | None) -> date | None:
        return d(text) if text else None

    return [order_no, invoice or order_no, ref, customer, d(ordered), amount, currency, terms,
            day(ship), day(due), received, day(received_on), deposit, day(deposit_on), status]


@dataclass
class Firm:
    db: Path

    def at(self, as_of: date = A) -> Analysis:
        with connect(self.db) as conn:
            return analyse(conn, as_of=as_of)


def firm(tmp_path: Path, rows: list[list[object]], payer: bool = True) -> Firm:
    path = write_xlsx(tmp_path / "ledger.xlsx",
                      {"台账": [HEADER, *rows, *([PAYER] if payer else [])]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    return Firm(db)


def customer(analysis: Analysis, name: str) -> CustomerMetrics:
    [found] = [c for c in analysis.customers if c.customer == name]
    return found


def invoice(c: CustomerMetrics, number: str) -> Receivable:
    [found] = [r for r in c.receivables if r.invoice_no == number]
    return found


def counted_once(c: CustomerMetrics, received: float) -> None:
    """Every unit received is on an invoice, held as a deposit or on account, once (USD)."""
    placed = sum(r.received for r in c.receivables)
    assert placed + c.credit_on_account == pytest.approx(received)


# --- shipment starts the receivable -------------------------------------------------------------

def test_an_invoice_shipping_after_a_is_not_receivable_whatever_due_date_it_states(tmp_path):
    """ERPs state a due date on rows planned but not shipped; on T/T before shipment it lies
    before the (planned) ship date. As of a date before the ship date nothing has shipped: the
    goods wait for the money, nothing is owed, nobody is listed. Once shipped, it is owed from
    its stated due date."""
    rows = [row("PO-1", "Planned Co", "2025-03-01", 8_000, terms="T/T before shipment",
                due="2025-04-01", ship="2025-07-20")]
    books = firm(tmp_path, rows)
    c = customer(books.at(A), "Planned Co")
    planned = invoice(c, "PO-1")
    assert not planned.shipped and planned.open == 0 and planned.days_overdue == 0
    assert (c.open_amount, c.max_days_overdue, c.list) == (0.0, 0, None)
    # at 2025-08-31 (receipts known to A: the payer's are to 06-30) it has shipped: owed since
    # its stated due date, 2025-04-01 → 06-30 = 90 days to the receipts date
    later = customer(books.at(d("2025-08-31")), "Planned Co")
    shipped = invoice(later, "PO-1")
    assert shipped.shipped and shipped.open == 8_000
    assert shipped.days_overdue == (A - d("2025-04-01")).days
    assert later.list == "black"  # 90 > 60 days, average order 8,000 < 20,000


def test_as_of_between_order_and_shipment_a_deposit_is_held_then_pays_the_invoice(tmp_path):
    """A 30 %-deposit order paid 3,000 before shipment: held while it waits (not the old
    invoice's money), ordinary money once it ships."""
    rows = [row("PO-1", "Step Co", "2025-01-05", 5_000, ship="2025-01-10"),  # due 02-09
            row("PO-2", "Step Co", "2025-06-01", 10_000, ship="2025-07-15",
                terms="T/T 30% deposit, balance before shipment",
                received=3_000, received_on="2025-06-05")]
    books = firm(tmp_path, rows)
    c = customer(books.at(A), "Step Co")
    assert invoice(c, "PO-2").deposit == c.deposits_held == 3_000
    assert invoice(c, "PO-1").open == 5_000 and invoice(c, "PO-1").days_overdue == 141
    counted_once(c, 3_000)
    later = customer(books.at(d("2025-07-31")), "Step Co")
    # shipped: the 3,000 is the pool's, oldest due first: PO-1 (due 02-09) takes it
    assert later.deposits_held == 0
    assert invoice(later, "PO-1").open == 2_000 and invoice(later, "PO-2").open == 10_000


def test_a_ship_date_filled_in_after_a_month_end_makes_that_month_stale(tmp_path):
    """Next month's file fills in the ship date (after June) of a row whose due date was
    stated: June's analysis changes (it had not shipped by then), so June's snapshot must be
    recomputed; February, before the order, stays as it was."""
    planned = row("PO-1", "Planned Co", "2025-03-01", 8_000, due="2025-04-01")
    books = firm(tmp_path, [planned])
    ends = [d("2025-02-28"), A]
    with connect(books.db) as conn:
        before = fingerprints(conn, ends)
    assert invoice(customer(books.at(A), "Planned Co"), "PO-1").days_overdue == 90
    filled = row("PO-1", "Planned Co", "2025-03-01", 8_000, due="2025-04-01", ship="2025-07-20")
    path = write_xlsx(tmp_path / "july.xlsx", {"台账": [HEADER, filled, PAYER]})
    [result] = import_files(books.db, [path])
    assert result.status == "imported", result.message
    with connect(books.db) as conn:
        after = fingerprints(conn, ends)
    assert after[d("2025-02-28")] == before[d("2025-02-28")]
    assert after[A] != before[A]
    assert not invoice(customer(books.at(A), "Planned Co"), "PO-1").shipped


# --- deposits held -----------------------------------------------------------------------------

def test_a_deposit_stays_with_its_order_up_to_what_the_whole_order_is_worth(tmp_path):
    """docs: a deposit "stays with that order — up to what the order is worth — until it
    ships". PO-2 is two unshipped invoices of 4,000; its 6,000 deposit, written on the first
    invoice's row, is held by the order, not 4,000 held and 2,000 paying the old invoice."""
    rows = [row("PO-1", "Deposit Co", "2025-01-05", 2_000, ship="2025-01-10"),  # due 02-09
            row("PO-2", "Deposit Co", "2025-06-01", 4_000, invoice="INV-2A",
                terms="30% deposit, balance before shipment",
                deposit=6_000, deposit_on="2025-06-03"),
            row("PO-2", "Deposit Co", "2025-06-01", 4_000, invoice="INV-2B",
                terms="30% deposit, balance before shipment")]
    c = customer(firm(tmp_path, rows).at(A), "Deposit Co")
    assert c.deposits_held == 6_000
    assert invoice(c, "INV-2A").deposit + invoice(c, "INV-2B").deposit == 6_000
    old = invoice(c, "PO-1")
    assert (old.open, old.days_overdue) == (2_000, (A - d("2025-02-09")).days)
    assert c.credit_on_account == 0
    counted_once(c, 6_000)
    # 141 days past due, average order (2,000 + 8,000) / 2 = 5,000 under 20,000
    assert c.list == "black"
