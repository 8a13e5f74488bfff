"""The window's as-of change without work that does not depend on the date (perf40a, issue 11).

- the rates: each currency's factor and ratio on a day are kept by the rates the window keeps
  between as-of changes (core.analysis.kept_rows: `run.Source`), so a date typed again asks
  the rates table for nothing (every analysis asked again for every order's day);
- a customer's receivables with money open are collected as its account makes them
  (`CustomerMetrics.owing`): the risk score, the stop-loss marks, the spared reason, the
  exposure and the notes read those, never every invoice again (four passes over every
  receivable of the firm);
- a customer's orders are walked twice (the window's figures with the history, and the
  prospect's test), not four times (perf41b: once, the prospect's test in the same pass).
Ledgers written here with openpyxl, imported and analysed as the app does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import ledger
from test_account_audit import customer
from test_exchange_band_fx26 import mixed_firm
from test_perf39a_passes import _Unread

from core.analysis import lists, notes, risk, run
from core.analysis.kept_rows import KeptRows
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.run import analyse
from core.rates import Rates
from core.store import connect

HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期"]
EARLIER = date(2025, 4, 30)


def _late_firm(tmp_path: Path) -> Path:
    """A small buyer with one order paid, one paid short, two open (one long overdue), and
    a trial; and a second buyer who paid everything."""
    rows: list[list[object]] = [
        ["PO-1", "Late Buyer", date(2025, 1, 5), 1_000, "USD", "T/T 30 days",
         date(2025, 1, 6), 1_000, date(2025, 2, 1)],
        ["PO-2", "Late Buyer", date(2025, 2, 1), 800, "USD", "T/T 30 days",
         date(2025, 2, 2), 300, date(2025, 3, 20)],
        ["PO-3", "Late Buyer", date(2025, 3, 1), 200, "USD", "As agreed",
         date(2025, 3, 2), None, None],
        ["PO-4", "Late Buyer", date(2025, 6, 1), 500, "USD", "T/T 30 days",
         date(2025, 6, 2), None, None],
        ["PO-9", "Good Buyer", date(2025, 2, 10), 9_000, "USD", "T/T 30 days",
         date(2025, 2, 11), 9_000, date(2025, 3, 1)],
        ["PO-10", "Good Buyer", date(2025, 5, 10), 9_000, "USD", "T/T 30 days",
         date(2025, 5, 11), 9_000, date(2025, 6, 10)],
    ]
    return ledger(tmp_path, HEADER, rows)


def test_a_date_typed_again_asks_the_rates_table_for_nothing(tmp_path, monkeypatch):
    db = mixed_firm(tmp_path)
    asked: list[tuple[str, object]] = []
    real = Rates.usd_per_unit

    def counting(self: Rates, currency: str, on: object) -> float | None:
        asked.append((currency, on))
        return real(self, currency, on)  # type: ignore[arg-type]

    monkeypatch.setattr(Rates, "usd_per_unit", counting)
    kept = KeptRows(db)
    with connect(db) as conn:
        first = analyse(conn, kept=kept)
        assert asked  # the first analysis reads the rates it needs
        asked.clear()
        earlier = analyse(conn, EARLIER, kept=kept)
        once = len(asked)
        asked.clear()
        again = analyse(conn, EARLIER, kept=kept)
        assert asked == []  # every day asked before is known (main: asked all again)
        asked.clear()
        back = analyse(conn, first.as_of, kept=kept)
        assert asked == []
        fresh = analyse(conn, EARLIER)  # a fresh read of the store: its own rates
    assert once < 20  # only the days the first analysis did not ask (A's own)
    for one, other in ((earlier, fresh), (again, fresh), (back, first)):
        assert [(c.customer, c.open_amount, c.exchange_loss, c.exchange_gain, c.risk_score,
                 c.revenue_12m) for c in one.customers] == [
            (c.customer, c.open_amount, c.exchange_loss, c.exchange_gain, c.risk_score,
             c.revenue_12m) for c in other.customers]


def test_risk_lists_and_notes_read_the_open_receivables_only(tmp_path):
    db = _late_firm(tmp_path)
    with connect(db) as conn:
        analysis = analyse(conn, date(2025, 6, 30))
    rules = analysis.rules
    late = customer(analysis, "Late Buyer")
    assert [r.order_no for r in late.owing] == ["PO-2", "PO-3", "PO-4"]
    assert late.owing is late.open_receivables  # as the account collected them
    assert customer(analysis, "Good Buyer").owing == ()  # one empty tuple for all
    expected = (late.risk_score, late.risk_grade, late.red_flags, late.reasons, late.exposure,
                late.stop_loss, late.spared, [r.stop_loss for r in late.receivables])
    assert late.stop_loss and late.risk_score and late.exposure > 0
    assert [r.order_no for r in late.receivables if r.stop_loss] == ["PO-2", "PO-3"]
    assumed = notes.terms_assumed(analysis.customers, rules)
    assert assumed is not None and assumed.params["count"] == 1  # PO-3's "As agreed"
    every = late.receivables
    late.receivables = _Unread(every)  # main walked them four times more
    for r in every:
        r.stop_loss = False
    risk.score(late, rules, 1.0, "USD")
    reason = lists.mark_stop_loss(late, rules, 1.0, "USD")
    late.spared = lists.spared(late, rules, 1.0, "USD")
    assert notes.terms_assumed(analysis.customers, rules) == assumed
    assert (late.risk_score, late.risk_grade, late.red_flags, late.reasons, late.exposure,
            reason is not None, late.spared, [r.stop_loss for r in every]) == expected
    assert lists.oldest_invoice(late).order_no == "PO-2"


def test_a_customer_made_by_hand_finds_its_open_receivables():
    c = CustomerMetrics(1, "By Hand", None, None, tier="core")
    assert c.open_receivables is None and c.owing == []


@pytest.mark.parametrize("as_of", [date(2025, 6, 30), EARLIER])
def test_a_customers_orders_are_walked_once(tmp_path, monkeypatch, as_of):
    plain, counted, walks = walked(_late_firm(tmp_path), as_of, monkeypatch)
    assert walks == {"Late Buyer": 1, "Good Buyer": 1}  # perf40a: 2 each, main before: 4
    late, again = customer(plain, "Late Buyer"), customer(counted, "Late Buyer")
    assert (again.orders_all, again.first_order_date, again.avg_order_all, again.trial_orders,
            again.payment_terms, again.orders_12m, again.revenue_12m) == (
        late.orders_all, late.first_order_date, late.avg_order_all, late.trial_orders,
        late.payment_terms, late.orders_12m, late.revenue_12m)
    assert late.first_order_date == date(2025, 1, 5)
    assert late.orders_all == (4 if as_of.month == 6 else 3)


def walked(db: Path, as_of: date, monkeypatch: pytest.MonkeyPatch
           ) -> tuple[Analysis, Analysis, dict[str, int]]:
    """The analysis at A, the same with each customer's orders counting their walks, and
    the walks by customer."""
    walks: dict[str, int] = {}

    class Counted(list):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            walks[self.name] = walks.get(self.name, 0) + 1
            return super().__iter__()

    real = run.gather

    def gather(info, orders, *rest):  # type: ignore[no-untyped-def]
        counted = Counted(orders)
        counted.name = info.name  # type: ignore[attr-defined]
        return real(info, counted, *rest)

    with connect(db) as conn:
        plain = analyse(conn, as_of)
        monkeypatch.setattr(run, "gather", gather)
        counted = analyse(conn, as_of)
    return plain, counted, walks
