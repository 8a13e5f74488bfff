"""The analysis's per-customer passes cut (perf39a, issue 11): the same figures, fewer loops.

- an order's payment terms are found by what the order says: the terms' text is searched for
  "after sight" once per distinct terms, not once per order (it was, 77,000 times at 100k);
- a customer's exchange loss and gain are summed over the receivables with an exchange
  difference that its account collects as it makes them (`Account.exchanged`), and its
  reasons name the invoices only when there is a loss or gain: no passes over every invoice;
- the figures on open money are left at their defaults for a customer with nothing open.
Ledgers written here with openpyxl, imported and analysed as the app does; the reference
analysis (tests/reference_analysis.py) still agrees at dates with and without open money.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_account_audit import A, customer
from test_exchange_band_fx26 import analysed, mixed_firm
from test_fast_analysis import _compare

from core.analysis import customers, exchange, order_parts
from core.analysis.model import CustomerMetrics
from core.ledger.importer import import_files
from core.rules import Rules
from core.store import connect

HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期"]
SIGHT = "D/A 60 days after sight"
BL = "D/A 60 days after B/L date"


def _terms_firm(tmp_path: Path) -> Path:
    """Seven orders of one buyer on two distinct terms, the first five on D/A after sight."""
    rows: list[list[object]] = [
        [f"PO-{n}", "Sight Buyer", date(2025, 1, n), 1_000, "USD", SIGHT if n <= 5 else BL,
         date(2025, 1, n + 1), 1_000, date(2025, 5, 1)] for n in range(1, 8)]
    path = write_xlsx(tmp_path / "terms.xlsx", {"台账": [HEADER, *rows]})
    db = tmp_path / "terms.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    return db


def test_the_terms_text_is_searched_once_per_distinct_terms(tmp_path, monkeypatch):
    db = _terms_firm(tmp_path)
    searched: list[tuple[str | None, str | None]] = []
    real = order_parts.after_sight

    def counting(rung: str | None, text: str | None) -> bool:
        searched.append((rung, text))
        return real(rung, text)

    monkeypatch.setattr(order_parts, "after_sight", counting)
    analysis = analysed(db)
    assert sorted(text or "" for _, text in searched) == [BL, SIGHT]  # 7 searches before
    orders = sorted((o for o in analysis.orders if o.terms), key=lambda o: o.order_date)
    assert len(orders) == 7
    assert [o.terms.from_sight for o in orders if o.terms] == [True] * 5 + [False] * 2
    assert all(o.terms is orders[0].terms for o in orders[:5])  # one copy, shared
    assert orders[5].terms is orders[6].terms and orders[5].terms is not orders[0].terms


def test_the_exchange_figures_are_summed_over_the_invoices_with_a_difference(tmp_path,
                                                                          monkeypatch):
    db = mixed_firm(tmp_path)
    summed: list[list[str | None]] = []
    real = customers.exchange_differences

    def recording(items):  # type: ignore[no-untyped-def]
        summed.append([item.order_no for item in items])
        return real(items)

    monkeypatch.setattr(customers, "exchange_differences", recording)
    analysis = analysed(db)
    buyer = customer(analysis, "Euro Buyer")
    assert [round(r.fx_difference, 2) for r in buyer.receivables] == [0, -363.64, 92.59, 0, 0]
    assert sorted(summed) == [[], ["PO-2", "PO-3"]]  # Payer's none; before: every invoice
    assert buyer.exchange_loss == pytest.approx(363.64 * 1.10, abs=0.01)
    assert buyer.exchange_gain == pytest.approx(92.59 * 1.08, abs=0.01)
    assert [m.code for m in buyer.reasons if m.code.startswith("exchange")] == [
        "exchange_loss", "exchange_gain"]


class _Unread(list):  # type: ignore[type-arg]
    """Receivables that fail the test when anything walks them."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the receivables were walked")


def test_no_exchange_reason_walks_the_invoices_of_a_customer_without_a_difference():
    c = CustomerMetrics(1, "Plain Buyer", None, None, tier="core")
    c.receivables = _Unread()
    assert exchange.exchange_reasons(c, Rules.defaults(), "USD") == []


def test_the_reference_agrees_with_money_open_and_with_none(tmp_path, monkeypatch):
    """test_exchange_band_fx26's mixed ledger. At A PO-5 is open; on 2025-04-30 PO-5 is not
    ordered yet and the rest is settled: the buyer's figures on open money are the defaults,
    as the reference works them out."""
    db = mixed_firm(tmp_path)
    buyer = customer(analysed(db), "Euro Buyer")
    assert buyer.open_amount > 0 and buyer.aging != dict.fromkeys(buyer.aging, 0.0)
    with connect(db) as conn:
        from core.analysis.run import analyse

        early = customer(analyse(conn, as_of=date(2025, 4, 30)), "Euro Buyer")
    assert [r.open for r in early.receivables] == [0, 0, 0, 0]
    assert (early.open_amount, early.overdue_amount, early.max_days_overdue,
            early.open_by_currency, early.capital_cost) == (0.0, 0.0, 0, {}, 0.0)
    _compare(db, tmp_path, monkeypatch, [A, date(2025, 4, 30)], ("en",))
