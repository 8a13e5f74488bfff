"""The first analysis's passes that repeated work per customer or per line (an48, issue 11).

- each salesperson's cell is keyed once, not once per customer (a firm has a few salespeople
  over hundreds of customers);
- which customers' money came from two files is found without a set of files per customer,
  and whether their lines may hold a copied wire without rounding every received total: only
  a day holding two of them needs their sums to the cent;
- M's benchmark, the firm's average valid order in the window, is of the net amounts each
  customer's figures pass collects (a pass over every order of the firm fewer); a project
  buyer's longer window adds only its orders in the firm's window.
Each result is held to what the straightforward way gives.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from datetime import date
from typing import Any

from account_cli import ledger
from hypothesis import given
from hypothesis import strategies as st

from core.analysis import salespeople
from core.analysis.dataset import CustomerRow, months_before
from core.analysis.run import analyse
from core.analysis.wire_batches import may_hold_copies, of_two_files
from core.override_changes import set_project
from core.store import connect


def test_each_salesperson_cell_is_keyed_once(monkeypatch):
    cells = ["张 伟", "张伟", "Li Lei", "li lei", None, "Ｌｉ Ｌｅｉ"] * 20
    rows = [CustomerRow(n, f"C{n}", None, cell, None) for n, cell in enumerate(cells)]
    names = salespeople.spellings(cells)
    expected = [salespeople.shown(cell, names) for cell in cells]
    keyed: list[str] = []
    real = salespeople.customer_key
    monkeypatch.setattr(salespeople, "customer_key", lambda name: keyed.append(name) or real(name))
    salespeople.settle(rows)
    assert [row.salesperson for row in rows] == expected
    assert expected[:6] == ["张伟", "张伟", "Li Lei", "Li Lei", None, "Li Lei"]
    # six distinct cells (None among them) counted, five shown: main keyed 120 + 100
    assert len(keyed) == 11
    assert Counter(keyed)["张伟"] == 2


def _two_files_as_sets(money: list[tuple[Any, ...]], only: set[int] | None
                       ) -> dict[int, list[int]]:
    """The rule as main wrote it: a set of files per customer, a raised total's file twice."""
    sources: dict[int, set[str | None]] = {}
    for written in money:
        if only is not None and written[1] not in only:
            continue
        sources.setdefault(written[1], set()).add(written[4])
        if written[13]:
            sources[written[1]].add(f"{written[4]}\0")
    at: dict[int, list[int]] = {}
    for place, written in enumerate(money):
        if len(sources.get(written[1], ())) > 1:
            at.setdefault(written[1], []).append(place)
    return at


def _may_hold_rounding_all(money: list[tuple[Any, ...]], places: list[int]) -> bool:
    """The rule as main wrote it: every received total to the cent, whatever its day."""
    received: set[tuple[float, object]] = set()
    others: set[tuple[int, float, object]] = set()
    for place in places:
        written = money[place]
        if written[12] or written[13]:
            return True
        if written[5] is not None:
            key = (round(float(written[5]), 2), written[6])
            if key in received:
                return True
            received.add(key)
        for kind in (7, 9):
            if written[kind] is not None:
                other = (kind, round(float(written[kind]), 2), written[kind + 1])
                if other in others:
                    return True
                others.add(other)
    return False


DAYS = st.sampled_from([None, date(2025, 3, 1), date(2025, 3, 2), date(2025, 4, 30)])
SUMS = st.sampled_from([None, 100.0, 100.004, 100.006, 99.995, 250.5, 3000])
LINE = st.tuples(st.integers(1, 4), st.sampled_from([None, "a.xlsx", "b.xlsx"]), SUMS, DAYS,
                 SUMS, DAYS, st.booleans(), st.sampled_from([None, None, None, "[[...]]"]))


def _money(lines: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Money lines as the reading keeps them (reading.Written), deposits and balances rare."""
    return [(n, customer, None, "USD", source, received, day, deposit if n % 3 == 0 else None,
             deposit_on, None, None, 1_000.0, payment and n % 7 == 0, history, None)
            for n, (customer, source, received, day, deposit, deposit_on, payment, history)
            in enumerate(lines)]


@given(st.lists(LINE, max_size=40), st.one_of(st.none(), st.sets(st.integers(1, 4))))
def test_customers_of_two_files_and_their_copies_are_found_as_before(lines, only):
    money = _money(lines)
    found = of_two_files(money, only)
    expected = _two_files_as_sets(money, only)
    assert {c: list(places) for c, places in found.items()} == expected
    assert list(found) == list(expected)  # the customers in money's order
    for places in expected.values():
        assert may_hold_copies(money, array("l", places)) == _may_hold_rounding_all(money,
                                                                                      places)


def test_received_totals_are_rounded_only_on_a_day_holding_two(monkeypatch):
    import core.analysis.wire_batches as wire_batches

    rounded: list[float] = []

    def counting(value: float, digits: int) -> float:
        rounded.append(value)
        return round(value, digits)

    monkeypatch.setattr(wire_batches, "round", counting, raising=False)
    days = [date(2025, 3, d) for d in range(1, 21)]
    money = _money([(1, "a.xlsx", 100.0 + d.day, d, None, None, False, None) for d in days])
    assert not may_hold_copies(money, array("l", range(20)))
    assert rounded == []  # twenty days, one total each: main rounded all twenty
    money += _money([(1, "b.xlsx", 111.004, days[10], None, None, False, None)])
    assert may_hold_copies(money, array("l", range(21)))  # 111.00 twice on 11 March
    assert rounded == [111.0, 111.004]


HEADER = ["客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "已收金额", "收款日期"]
A = date(2026, 11, 30)


def test_the_benchmark_is_the_firm_s_window_for_a_project_buyer_too(tmp_path):
    """Orbit, a project buyer judged on 24 months, ordered big 18 months ago: its window
    counts that order, M's benchmark (the firm's 12 months) does not."""
    rows: list[list[object]] = [
        ["Orbit Projects", date(2025, 5, 10), date(2025, 5, 20), 900_000, "USD", "T/T", None,
         None],
        ["Orbit Projects", date(2026, 6, 10), date(2026, 6, 20), 30_000, "USD", "T/T", None,
         None],
        ["Lima Foods", date(2026, 3, 3), date(2026, 3, 9), 10_000, "USD", "T/T", None, None],
        ["Lima Foods", date(2026, 9, 3), date(2026, 9, 9), 20_000, "USD", "T/T", None, None],
        ["Nord Tools", date(2025, 8, 1), date(2025, 8, 9), 70_000, "USD", "T/T", None, None],
        ["Nord Tools", date(2026, 10, 1), date(2026, 10, 9), 4_000, "USD", "T/T", None, None]]
    db = ledger(tmp_path, HEADER, rows)
    with connect(db) as conn:
        set_project(conn, "Orbit Projects", True)
        analysis = analyse(conn, as_of=A)
    start = months_before(A, 12)
    firm = [o.net_base for o in analysis.orders if o.valid and not o.rate_missing
            and start < o.order_date <= A]
    assert len(firm) == 4  # Orbit's 2025 order and Nord's are outside the firm's window
    assert analysis.m_benchmark == round(math.fsum(firm) / len(firm), 2) == 16_000.0
    orbit = next(c for c in analysis.customers if c.customer == "Orbit Projects")
    assert orbit.project and orbit.orders_12m == 2  # its own window holds both


def test_the_lines_are_read_from_sqlite_a_block_at_a_time(tmp_path, monkeypatch):
    """The reading's loop takes the rows SQLite gives a block at a time (fetch.BLOCK), in the
    query's order, every one of them: not a cursor stepped between each line's work."""
    from core.analysis import fetch as fetching

    rows: list[list[object]] = [
        ["Lima Foods", date(2026, 1 + n % 10, 1 + n % 27), None, 1_000 + n, "USD", "T/T", None,
         None] for n in range(23)]
    db = ledger(tmp_path, HEADER, rows)
    monkeypatch.setattr(fetching, "BLOCK", 5)
    with connect(db) as conn:
        fetched = fetching.fetch(conn, A)
        assert not hasattr(fetched.rows, "fetchmany")
        read = list(fetched.rows)
        expected = conn.execute(fetching.QUERY, {"a": A.isoformat()}).fetchall()
        assert [tuple(r) for r in read] == [tuple(r) for r in expected] and len(read) == 23
        assert analyse(conn, as_of=A).customers[0].orders_12m == 23
