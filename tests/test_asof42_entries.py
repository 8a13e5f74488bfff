"""The window's as-of change makes each receipt once (asof42, issue 11).

A receipt was made twice an analysis: as a `Money` where the reading attached it to its
shipment (core.analysis.early_money), then copied into the account's `Entry`, which the account
spends (core.analysis.deposits_held.hold_deposits): 63,000 of each at 100,000 lines, every as-of
change. Now the reading makes the entry and the account spends it; an account made again of
the same rows spends all of it again. An order is settled as it is made by `settle` itself
(no second call). Ledgers written here with openpyxl, imported and analysed as the app does.
"""

from __future__ import annotations

from datetime import date, timedelta

from account_cli import ledger
from test_account_audit import customer
from test_perf40a_asof import HEADER

from core.analysis import account, deposits_held, early_money
from core.analysis.account_ledger import Ledger
from core.analysis.dataset import CANCELLED, OrderRow
from core.analysis.fetch import fetch
from core.analysis.kept_rows import KeptRows
from core.analysis.reading import build
from core.analysis.receivables import customer_account
from core.analysis.run import Source, analyse
from core.analysis.serialise import analysis_json
from core.store import connect

AS_OF = date(2025, 6, 30)
# number, buyer, ordered, amount, shipped, received, received on (USD, T/T 30 days)
SALES = [("A-1", "Paying Buyer", date(2025, 1, 5), 1_000, date(2025, 1, 10), 1_000,
          date(2025, 2, 5)),
         ("A-2", "Paying Buyer", date(2025, 3, 1), 800, date(2025, 3, 5), 300, date(2025, 4, 20)),
         ("A-3", "Paying Buyer", date(2025, 4, 1), 500, date(2025, 4, 3), 1_200,
          date(2025, 6, 15)),
         ("B-1", "Late Buyer", date(2025, 2, 1), 2_000, date(2025, 2, 3), 2_000,
          date(2025, 6, 10)),
         ("C-1", "Silent Buyer", date(2025, 2, 1), 700, date(2025, 2, 3), None, None)]


def _firm(tmp_path):  # type: ignore[no-untyped-def]
    """A buyer who paid one invoice, part of another and more than a third (credit on
    account), one whose money came after an earlier as-of date, one who paid nothing."""
    return ledger(tmp_path, HEADER, [[number, buyer, ordered, amount, "USD", "T/T 30 days",
                                      shipped, paid, paid_on]
                                     for number, buyer, ordered, amount, shipped, paid, paid_on
                                     in SALES])


def _counted(monkeypatch):  # type: ignore[no-untyped-def]
    """Every Entry and every early-money Money made, by kind."""
    made = {"entry": 0, "money": 0}

    class CountedEntry(account.Entry):
        __slots__ = ()

        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            made["entry"] += 1
            super().__init__(*args, **kwargs)

    real_money = early_money.Money

    def money(*args, **kwargs):  # type: ignore[no-untyped-def]
        made["money"] += 1
        return real_money(*args, **kwargs)

    for module in (early_money, deposits_held):
        monkeypatch.setattr(module, "Entry", CountedEntry, raising=False)
    monkeypatch.setattr(early_money, "Money", money)
    return made


def test_a_receipt_is_made_once_and_spent_as_made(tmp_path, monkeypatch):
    db = _firm(tmp_path)
    with connect(db) as conn:
        plain = analysis_json(analyse(conn, AS_OF))
        made = _counted(monkeypatch)
        kept = KeptRows(db)
        first = analyse(conn, AS_OF, kept=kept)
        assert made == {"entry": 4, "money": 0}  # main: 4 Money, then 4 Entry copied
        earlier = analyse(conn, date(2025, 5, 31), kept=kept)  # the window's as-of change
    assert made == {"entry": 4 + 2, "money": 0}  # 05-31: A-1's and A-2's money only
    assert analysis_json(first) == plain
    paying = customer(first, "Paying Buyer")
    assert paying.credit_on_account == 200.0  # 2,500 received on 2,300 invoiced
    assert paying.open_amount == 0.0
    assert customer(earlier, "Paying Buyer").open_amount == 1_000.0  # A-2's 500, A-3's 500
    assert customer(earlier, "Late Buyer").open_amount == 2_000.0  # paid 06-10, after 05-31
    assert customer(first, "Late Buyer").open_amount == 0.0


def test_an_account_made_again_of_the_same_rows_spends_all_its_money_again(tmp_path):
    db = _firm(tmp_path)
    with connect(db) as conn:
        found = analyse(conn, AS_OF)
    assert len(customer(found, "Paying Buyer").receivables) == 3
    with connect(db) as conn:  # the reading's rows, as the analysis reads them
        source = Source.read(conn)
        data = build(fetch(conn, AS_OF), AS_OF, source.rules, source.rates, source.customers)
    paying = next(c for c, row in source.customers.items() if row.name == "Paying Buyer")
    mine = [u for u in data.shipments if u.order.customer_id == paying]
    assert all(type(e) is account.Entry for u in mine for e in u.receipts)
    ledger_ = Ledger(AS_OF, AS_OF, source.rules, source.rates)
    once = customer_account(mine, [], ledger_)
    assert [e.left for u in mine for e in u.receipts] == [0.0, 0.0, 200.0]  # spent as made
    again = customer_account(mine, [], ledger_)
    assert again.credit_on_account == once.credit_on_account == 200.0
    assert [r.open for r in again.receivables] == [r.open for r in once.receivables] == [
        0.0, 0.0, 0.0]


def test_an_order_is_settled_once_its_lines_are_in():
    day = date(2025, 1, 1)

    def order(status, amount):  # type: ignore[no-untyped-def]
        return OrderRow(1, 1, "X-1", day, status, False, "USD", amount, amount, True, 0.0,
                        None, None, None, None, day + timedelta(days=1))

    assert order(None, 100.0).settle().valid and not order(None, 100.0).settle().cancelled
    assert order(CANCELLED, 100.0).settle().cancelled
    assert not order(CANCELLED, 100.0).settle().valid
    assert not order(None, 0.0).settle().valid
    # made, it is not settled: the reading settles each order once, after its lines (made
    # with no amount yet, every order was settled twice an as-of change: perf44c)
    assert not order(None, 100.0).valid and not order(CANCELLED, 100.0).cancelled
    assert not hasattr(OrderRow, "__post_init__")
