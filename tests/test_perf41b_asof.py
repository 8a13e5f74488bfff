"""The window's as-of change without passes it does not need (perf41b, issue 11).

- a customer's orders are walked once: whether it is a prospect (trials and free samples
  only) is gathered in the window figures' pass (`WindowFigures.live`, `.sells`), not by a
  second walk of its orders;
- the notes count the invoices whose shipment was estimated (a sheet without a ship-date
  column) only when the account estimated one (`Ledger.estimated`): a firm whose sheets all
  have one has its receivables walked by no note (69,000 at 100,000 lines).
Ledgers written here with openpyxl, imported and analysed as the app does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import ledger
from test_account_audit import customer
from test_perf39a_passes import _Unread
from test_perf40a_asof import walked

from core.analysis import run
from core.analysis.run import analyse
from core.store import connect

HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期", "试单"]
NO_SHIP = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "已收金额", "收款日期"]
AS_OF = date(2025, 6, 30)


def _firm(tmp_path: Path) -> Path:
    """A buyer of trials only, a buyer whose one sale is cancelled after a trial, a buyer
    with a sale, and one whose only sale is older than the window."""
    rows: list[list[object]] = [
        ["T-1", "Trial Buyer", date(2025, 2, 1), 300, "USD", "T/T 30 days",
         date(2025, 2, 2), 300, date(2025, 2, 20), "是"],
        ["T-2", "Trial Buyer", date(2025, 4, 1), 200, "USD", "T/T 30 days",
         date(2025, 4, 2), None, None, "是"],
        ["S-1", "Real Buyer", date(2025, 1, 5), 1_000, "USD", "T/T 30 days",
         date(2025, 1, 6), 1_000, date(2025, 2, 1), None],
        ["S-2", "Real Buyer", date(2025, 3, 1), 500, "USD", "T/T 30 days",
         date(2025, 3, 2), None, None, "是"],
        ["O-1", "Old Buyer", date(2023, 5, 1), 4_000, "USD", "T/T 30 days",
         date(2023, 5, 2), 4_000, date(2023, 6, 1), None],
    ]
    return ledger(tmp_path, HEADER, rows)


@pytest.mark.parametrize("as_of", [AS_OF, date(2025, 3, 31)])
def test_a_prospect_is_told_in_the_figures_pass(tmp_path, monkeypatch, as_of):
    plain, counted, walks = walked(_firm(tmp_path), as_of, monkeypatch)
    assert walks == {"Trial Buyer": 1, "Real Buyer": 1, "Old Buyer": 1}  # main: 2 each
    tiers = {c.customer: c.tier for c in counted.customers}
    assert tiers == {c.customer: c.tier for c in plain.customers}
    assert tiers["Trial Buyer"] == "prospect"  # trials only: nothing sold yet
    assert tiers["Old Buyer"] == "dormant"  # a sale, none in the window
    assert tiers["Real Buyer"] != "prospect"
    assert customer(counted, "Trial Buyer").trial_orders == (2 if as_of == AS_OF else 1)


def test_no_note_walks_the_receivables_when_no_shipment_was_estimated(tmp_path, monkeypatch):
    db = _firm(tmp_path)
    real = run.notes
    seen: list[bool] = []

    def notes(data, by_profit, active, customers, rules, missing, estimated, *rest):  # type: ignore
        seen.append(estimated)
        kept = [c.receivables for c in customers]
        for c in customers:
            c.receivables = _Unread(c.receivables)  # main walked every one of them
        try:
            return real(data, by_profit, active, customers, rules, missing, estimated, *rest)
        finally:
            for c, every in zip(customers, kept, strict=True):
                c.receivables = every

    monkeypatch.setattr(run, "notes", notes)
    with connect(db) as conn:
        analysis = analyse(conn, AS_OF)
    assert seen == [False]
    assert "ship_dates_estimated" not in {n.code for n in analysis.notes}
    assert sum(len(c.receivables) for c in analysis.customers) == 5


def test_estimated_shipments_are_still_counted(tmp_path):
    rows: list[list[object]] = [
        ["E-1", "Estimated Buyer", date(2025, 3, 1), 1_000, "USD", "T/T 30 days", 1_000,
         date(2025, 4, 20)],
        ["E-2", "Estimated Buyer", date(2025, 5, 1), 700, "USD", "T/T 30 days", None, None],
        ["E-3", "Other Buyer", date(2025, 5, 20), 900, "USD", "T/T 30 days", None, None],
    ]
    db = ledger(tmp_path, NO_SHIP, rows)
    with connect(db) as conn:
        analysis = analyse(conn, AS_OF)
    [note] = [n for n in analysis.notes if n.code == "ship_dates_estimated"]
    estimated = [r.order_no for c in analysis.customers for r in c.receivables
                 if r.ship_date_estimated and r.shipped]
    assert note.params["count"] == len(estimated) >= 2
