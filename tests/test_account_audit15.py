"""The customer account, audit 15: lines in a currency without a rate, receipts before their
order, month-end terms, partial shipments and overpayments.

Each ledger is written with openpyxl as a clerk writes it, imported and analysed as the app
does. Expectations are worked out by hand (OA 30: due = ship + 30; watch from 30 days past due;
black list: more than 60 days past due on an average order under 20,000 USD). KZT has no rate
in a new database: an amount in it is never read as zero (docs/analysis.md, "Currencies").
"""

from __future__ import annotations

from ledgers import write_xlsx
from test_account_audit import HEADER, PAYER, A, counted_once, customer, d, firm, invoice, row

from core.analysis import snapshots
from core.analysis.run import analyser
from core.ledger.importer import import_files
from core.progress import Steps
from core.store import connect


def test_a_line_in_a_currency_without_a_rate_is_owed_in_that_currency(tmp_path):
    """Invoice INV-1 of order PO-1 bills 10,000 USD and 500,000 KZT, shipped 03-01, due 03-31
    on OA 30; the customer wired the 10,000 USD on 04-15. No rate says what the KZT line is in
    USD: it added nothing to the invoice, which looked paid. It is owed in KZT, 91 days past due
    at A (03-31 → 06-30), and the customer is flagged for the missing rate and watched."""
    rows = [row("PO-1", "Steppe Co", "2025-02-20", 10_000, invoice="INV-1", ship="2025-03-01",
                received=10_000, received_on="2025-04-15"),
            row("PO-1", "Steppe Co", "2025-02-20", 500_000, invoice="INV-1", currency="KZT",
                ship="2025-03-01")]
    c = customer(firm(tmp_path, rows).at(A), "Steppe Co")
    owed = {r.currency: r for r in c.receivables}
    assert owed["USD"].open == 0 and owed["USD"].received == 10_000
    kzt = owed["KZT"]
    assert (kzt.amount, kzt.open, kzt.rate_missing, kzt.days_overdue) == (500_000, 500_000,
                                                                          True, 91)
    assert c.missing_rates == ["KZT"] and c.max_days_overdue == 91
    assert c.list == "watch" and c.risk_grade != "A"
    counted_once(c, 10_000)


def test_a_receipt_for_a_line_the_rate_cannot_convert_is_no_overpayment(tmp_path):
    """Order PO-1 is in KZT (its first line, 800,000, no rate) with a 2,000 USD line on the
    same invoice; the customer paid that 2,000 USD on 04-15. The USD line added nothing to the
    KZT invoice, so the 2,000 could pay nothing: 2,000 USD of credit on account, an
    overpayment. It pays its own line; the KZT stays owed, 91 days past due."""
    rows = [row("PO-1", "Tenge Co", "2025-02-20", 800_000, invoice="INV-1", currency="KZT",
                ship="2025-03-01"),
            row("PO-1", "Tenge Co", "2025-02-20", 2_000, invoice="INV-1", ship="2025-03-01",
                received=2_000, received_on="2025-04-15")]
    c = customer(firm(tmp_path, rows).at(A), "Tenge Co")
    owed = {r.currency: r for r in c.receivables}
    assert c.credit_on_account == 0
    assert owed["USD"].open == 0 and owed["USD"].amount_base == 2_000
    assert (owed["KZT"].open, owed["KZT"].days_overdue) == (800_000, 91)
    assert c.missing_rates == ["KZT"] and c.list == "watch"
    counted_once(c, 2_000)



def test_a_wire_written_on_the_row_of_an_order_signed_after_it_pays_from_its_own_day(tmp_path):
    """Early Co's 9,000 shipped 02-05 fell due 03-07 (OA 30). On 06-20 it wired 9,000, which
    the clerk wrote on the row of its next order, PO-5, signed 07-05. Read only with its order,
    the money did not exist at the end of June: 115 days past due and black-listed, though from
    July on the same analysis says PO-4 was paid on 06-20. Its deposit on a third order on
    deposit terms, signed 07-08, stays out at A (it is held for that order once it exists)."""
    rows = [row("PO-4", "Early Co", "2025-02-01", 9_000, ship="2025-02-05"),
            row("PO-5", "Early Co", "2025-07-05", 9_000, received=9_000,
                received_on="2025-06-20"),
            row("PO-6", "Early Co", "2025-07-08", 10_000,
                terms="T/T 30% deposit, balance before shipment", deposit=3_000,
                deposit_on="2025-06-25")]
    books = firm(tmp_path, rows)
    june = customer(books.at(A), "Early Co")
    [old] = june.receivables  # PO-5 and PO-6 are no orders yet
    assert (old.open, old.received, old.paid_on) == (0, 9_000, d("2025-06-20"))
    assert (june.max_days_overdue, june.list, june.deposits_held) == (0, None, 0)
    assert june.credit_on_account == 0 and june.orders_all == 1
    counted_once(june, 9_000)
    july = customer(books.at(d("2025-07-31")), "Early Co")
    assert invoice(july, "PO-4").paid_on == d("2025-06-20") and july.deposits_held == 3_000
    # a run over month ends (the snapshots) cuts one read of the ledger at each: the same
    with connect(books.db) as conn:
        at = analyser(conn, d("2025-07-31"))
        cut = customer(at(A, Steps(None, None)), "Early Co")
    assert [(r.order_no, r.open, r.paid_on) for r in cut.receivables] == [
        (r.order_no, r.open, r.paid_on) for r in june.receivables]


def test_a_later_orders_terms_changed_make_the_month_of_its_early_money_stale(tmp_path):
    """June's analysis reads PO-5's money (06-20) and PO-5's terms, which say whether it is a
    deposit (held for PO-5) or money for the pool (it pays PO-4). Next month's file names
    PO-5's terms "30% deposit, balance before shipment": June's snapshot, made when the money
    paid PO-4, is out of date (PO-4 is 115 days past due again), though PO-5 is dated in July."""
    rows = [row("PO-4", "Early Co", "2025-02-01", 9_000, ship="2025-02-05"),
            row("PO-5", "Early Co", "2025-07-05", 9_000, received=9_000,
                received_on="2025-06-20")]
    books = firm(tmp_path, rows)
    today = d("2025-07-15")
    with connect(books.db) as conn:
        snapshots.ensure(conn, today=today)
        assert snapshots.stale(conn, today=today) == []
    rows[1][7] = "30% deposit, balance before shipment"
    path = write_xlsx(tmp_path / "july.xlsx", {"台账": [HEADER, *rows, PAYER]})
    [result] = import_files(books.db, [path])
    assert result.status == "imported", result.message
    assert customer(books.at(A), "Early Co").max_days_overdue == 115
    with connect(books.db) as conn:
        assert snapshots.stale(conn, today=today) == [A, d("2025-07-31")]
