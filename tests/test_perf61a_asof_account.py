"""The window's as-of change: the account asks each rule only of the money it can concern.

perf61a (issue 11: a new as-of date within 1 s at 100,000 lines). The last pass's account
rules ran for every receipt of every customer at each as-of change: a sale row's money was
asked whether it was a new order's advance or a number's deposit (rules of a row of money
alone), every receipt whether it came before its B/L (a deposit, named_money.early) though
most came after, a deposit paying its own order's one lot was sorted as a list, and every
customer's invoices were sorted by order date for the wire-by-sum match (account.Matches)
though no wire looked past its own invoice. Each is now asked where it can apply; what the
account says is the same (the 100k bench's `customers --json` and `report --json` byte for
byte). Ledgers written here with openpyxl, imported and analysed as the app does.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from account_cli import ledger
from test_perf40a_asof import HEADER

from core.analysis import account, deposits_held
from core.analysis.run import analyse
from core.analysis.serialise import analysis_json
from core.store import connect

AS_OF = date(2025, 6, 30)
# D-1 paid in full before its B/L (a deposit: it pays its own order's one lot first), D-2
# and D-3 on their own rows after shipping (USD, T/T 30 days), D-3 a part of it
ROWS = [["D-1", "Harbour Trading", date(2025, 3, 1), 1_000, "USD", "T/T 30 days",
         date(2025, 4, 10), 1_000, date(2025, 3, 20)],
        ["D-2", "Harbour Trading", date(2025, 4, 1), 2_000, "USD", "T/T 30 days",
         date(2025, 4, 15), 2_000, date(2025, 5, 10)],
        ["D-3", "Harbour Trading", date(2025, 5, 1), 1_500, "USD", "T/T 30 days",
         date(2025, 5, 5), 900, date(2025, 6, 20)]]


def _counting(monkeypatch: Any, module: object, name: str, calls: list[str]) -> None:
    real = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)


def test_a_sale_rows_money_asks_no_advance_rule_and_only_early_money_the_deposit_rule(
        tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    db = ledger(tmp_path, HEADER, ROWS)
    with connect(db) as conn:
        plain = analysis_json(analyse(conn, AS_OF))
        calls: list[str] = []
        for name in ("is_advance", "deposit_for", "early"):
            _counting(monkeypatch, deposits_held, name, calls)
        assert analysis_json(analyse(conn, AS_OF)) == plain
    # main: is_advance and deposit_for once per row with money (3 each), early 3
    assert calls.count("is_advance") == 0
    assert calls.count("deposit_for") == 0
    assert calls.count("early") == 1  # D-1's money, received before its B/L


def test_the_account_sorts_only_what_has_two_to_order(tmp_path, monkeypatch
                                                      ):  # type: ignore[no-untyped-def]
    db = ledger(tmp_path, HEADER, ROWS)
    with connect(db) as conn:
        plain = analysis_json(analyse(conn, AS_OF))
        sorts: list[int] = []
        real = sorted

        def counted(items: Any, **kwargs: Any) -> Any:
            found = real(items, **kwargs)
            sorts.append(len(found))
            return found

        monkeypatch.setattr(account, "sorted", counted, raising=False)
        found = analyse(conn, AS_OF)
        assert analysis_json(found) == plain
    # the pool's walk: the three invoices by due date, the three receipts by day; main also
    # sorted D-1's money and its one lot (its own turn) and the invoices by order date
    # (Matches: no wire looked past its own invoice or the oldest open)
    assert sorts == [3, 3]
    [harbour] = found.customers
    assert harbour.open_amount == 600
