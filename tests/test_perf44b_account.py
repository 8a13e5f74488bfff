"""The per-customer figures with their per-order and per-invoice work done once (perf44b,
issue 11).

- the window's figures read an order's flags once (its status for a credit note, not the
  property; its validity and date once) in their pass over every order of the firm;
- the currencies without a rate, the account's and the orders', sorted once per customer,
  not twice (the account's sorted, then sorted again with the orders');
- the invoices the pool pays are collected in the invoices' pass (a pass over every invoice
  fewer), which the figures below hold to what they were.
Ledgers written here with openpyxl, imported and analysed as the app does; Lucas's PayPal
figures are the ones tests/test_stop36c_platform_fees.py holds him to.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from account_cli import ledger

from core.analysis import customers, rfmt
from core.analysis.dataset import OrderRow
from core.analysis.run import analyse
from core.store import connect

A = date(2026, 11, 6)
HEADER = ["客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "已收金额", "收款日期"]


def _net(amount: float) -> float:
    """What arrives of `amount` paid by PayPal (4.4 % + 0.30 USD kept)."""
    return round(amount - (amount * 0.044 + 0.3), 2)


def _firm(tmp_path: Path) -> Path:
    """Lucas pays four orders by PayPal, short by its fee, and one by T/T in full; Oslo pays
    two by T/T in advance; Kazan's order is in a currency the rates table does not know."""
    rows: list[list[object]] = [
        ["Lucas Silva", date(2026, month, 12), date(2026, month, 18), amount, "USD", "PayPal",
         _net(amount), date(2026, month, 12)]
        for month, amount in ((4, 900), (6, 1_200), (8, 1_500), (9, 6_200))]
    rows += [["Lucas Silva", date(2026, 10, 2), date(2026, 10, 3), 2_000, "USD",
              "T/T in advance", 2_000, date(2026, 10, 2)],
             ["Oslo Living", date(2026, 9, 1), date(2026, 9, 20), 30_000, "USD",
              "T/T in advance", 30_000, date(2026, 9, 1)],
             ["Oslo Living", date(2026, 10, 1), date(2026, 10, 20), 20_000, "USD",
              "T/T in advance", 20_000, date(2026, 10, 1)],
             ["Kazan Trade", date(2026, 10, 5), date(2026, 10, 6), 90_000, "XQZ",
              "T/T 30 days", None, None]]
    return ledger(tmp_path, HEADER, rows)


def test_the_window_figures_read_no_credit_note_property(tmp_path, monkeypatch):
    db = _firm(tmp_path)
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    read: list[int] = []
    real = OrderRow.credit_note

    def counting(order: OrderRow) -> bool:
        read.append(order.order_id)
        return real.fget(order)  # type: ignore[no-any-return]

    monkeypatch.setattr(OrderRow, "credit_note", property(counting))
    figures = rfmt.window_figures(analysis.orders, date(2025, 11, 6), A)  # the firm's
    assert read == []  # main: once per order not cancelled, 8
    assert (figures.orders, figures.valid_ever, figures.first) == (8, 8, date(2026, 4, 12))
    assert figures.latest is not None and figures.latest.order_date == date(2026, 10, 5)
    assert figures.rungs == {"tt_advance": 7, "oa": 1}  # PayPal: money in advance


def test_the_missing_currencies_are_sorted_once_a_customer(tmp_path, monkeypatch):
    db = _firm(tmp_path)
    calls: list[int] = []

    def counting(items, **kw):  # type: ignore[no-untyped-def]
        calls.append(1)
        return sorted(items, **kw)

    monkeypatch.setattr(customers, "sorted", counting, raising=False)
    with connect(db) as conn:
        analysis = analyse(conn, as_of=A)
    # a customer's terms, its Incoterms and its missing currencies (main: 4, the account's
    # missing currencies sorted, then sorted again with the orders'); none owes anything
    # open but Kazan, whose open money is in a currency without a rate (by currency: 5th)
    assert len(calls) == 3 * 3 + 1
    by_name = {c.customer: c for c in analysis.customers}
    lucas = by_name["Lucas Silva"]
    assert [round(r.open, 2) for r in lucas.receivables] == [0.0] * 5  # the fee: paid
    assert (lucas.overdue_amount, lucas.late_count, lucas.settled_count) == (0.0, 0, 5)
    assert by_name["Oslo Living"].settled_count == 2
    assert by_name["Oslo Living"].on_time_share == 1.0
    kazan = by_name["Kazan Trade"]
    assert kazan.missing_rates == ["XQZ"]  # its order's and its account's, once
    assert [r.rate_missing for r in kazan.receivables] == [True]
    assert lucas.missing_rates == [] and "XQZ" in analysis.missing_rates

