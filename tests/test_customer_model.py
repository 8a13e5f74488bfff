"""The customer table's model and proxy without a window: sorting, filters, search, 20,000 rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.analysis.model import CustomerMetrics
from core.ledger.normalise import fold
from core.rules import Rules
from ui.customers.table_model import COLUMN_INDEX, CustomerFilter, CustomerModel


def customer(n: int, tier: str, rank: int | None, revenue: float, grade: str = "A",
             country: str = "Germany", salesperson: str = "张伟",
             listed: str | None = None) -> CustomerMetrics:
    c = CustomerMetrics(n, f"Customer {n:05d}", country, salesperson, tier, rank=rank,
                        revenue_12m=revenue)
    c.risk_grade, c.list = grade, listed
    return c


def proxy_over(customers):
    model, proxy = CustomerModel(), CustomerFilter()
    model.set_customers(customers)
    proxy.setSourceModel(model)
    return model, proxy


def names(proxy) -> list[str]:
    return [proxy.customer_at(r).customer for r in range(proxy.rowCount())]


def test_sorting_by_tier_then_rank_and_by_numbers(qapp):
    rows = [customer(1, "core", 3, 50), customer(2, "strategic", 1, 900),
            customer(3, "prospect", None, 0), customer(4, "strategic", 2, 700),
            customer(5, "long_tail", 4, 5)]
    _, proxy = proxy_over(rows)
    proxy.sort(COLUMN_INDEX["tier"], Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["Customer 00002", "Customer 00004", "Customer 00001",
                            "Customer 00005", "Customer 00003"]
    proxy.sort(COLUMN_INDEX["revenue"], Qt.SortOrder.DescendingOrder)
    assert names(proxy)[:2] == ["Customer 00002", "Customer 00004"]
    assert proxy.index(0, COLUMN_INDEX["revenue"]).data() == "900"


def test_filters_and_folded_search(qapp):
    rows = [customer(1, "core", 1, 10, "E", "Brazil", "陈杰", "black"),
            customer(2, "core", 2, 10, "A", "Germany", "李娜", "white"),
            customer(3, "long_tail", 3, 10, "E", "Chile", "陈杰", None)]
    _, proxy = proxy_over(rows)
    proxy.set_filter(tier="core")
    assert names(proxy) == ["Customer 00001", "Customer 00002"]
    proxy.set_filter(grade="E")
    assert names(proxy) == ["Customer 00001"]
    proxy.set_filter(tier=None, grade=None, salesperson="陈杰", list=None)
    assert len(names(proxy)) == 2
    proxy.set_filter(salesperson=None, search="ＣＨＩＬＥ")  # full-width, any case
    assert names(proxy) == ["Customer 00003"]
    proxy.set_filter(search="", list="white")
    assert names(proxy) == ["Customer 00002"]


def test_twenty_thousand_customers_sort_and_filter(qapp):
    tiers = ("strategic", "core", "long_tail")
    rows = [customer(n, tiers[n % 3], n + 1, float(n % 997)) for n in range(20_000)]
    model, proxy = proxy_over(rows)
    assert model.rowCount() == 20_000
    proxy.sort(COLUMN_INDEX["revenue"], Qt.SortOrder.DescendingOrder)
    assert proxy.customer_at(0).revenue_12m == 996
    proxy.set_filter(tier="core", search="customer 1")
    assert all(proxy.customer_at(r).tier == "core" for r in range(proxy.rowCount()))
    assert 0 < proxy.rowCount() < 20_000


def test_a_search_typed_further_looks_only_at_the_rows_that_passed(qapp, monkeypatch):
    """Each keystroke of a search narrows it: only the rows that passed the shorter search
    are looked at again, the search compared with each row's folded texts taken once, and
    the other filters asked in Python only of the rows the search lets through (20,000
    customers judged in Python at every keystroke took most of its time). A state seen
    again judges nothing; a search that is no longer a longer form of the last, or a filter
    changed beside it, looks at every row; the rows shown are those of a search typed at once."""
    rows = [customer(n, ("core", "long_tail")[n % 2], n + 1, float(n), country=country)
            for n, country in enumerate(["Germany", "Chile", "China", "Chad"] * 500)]
    _, proxy = proxy_over(rows)
    proxy.set_filter(tier="core")
    assert proxy.rowCount() == len(rows) // 2
    within, admitted = [], []
    real_judged, real_admits = CustomerFilter._judged, CustomerFilter.admits

    def judged(self, narrowed=None):
        within.append(None if narrowed is None else sum(narrowed))
        return real_judged(self, narrowed)

    monkeypatch.setattr(CustomerFilter, "_judged", judged)
    monkeypatch.setattr(CustomerFilter, "admits",
                        lambda self, c: admitted.append(c) or real_admits(self, c))
    passed = {}
    for typed in ("c", "ch", "chi", "chin"):
        within.clear()
        admitted.clear()
        before = proxy.rowCount()
        proxy.set_filter(search=typed)
        passed[typed] = set(names(proxy))
        assert within == [before]  # from "" (the tier alone) on: the rows shown before
        assert len(admitted) == proxy.rowCount()  # Python asked only of what the search let by
    assert passed["chi"] == {c.customer for c in rows if c.tier == "core"
                             and c.country in ("Chile", "China")}
    assert passed["chin"] == {c.customer for c in rows if c.tier == "core"
                              and c.country == "China"}
    within.clear()
    proxy.set_filter(search="chi")  # a state seen: nothing judged again
    assert within == [] and set(names(proxy)) == passed["chi"]
    proxy.set_filter(search="ger")  # not a longer form of "chi": every row
    assert within == [None] and {c.country for c in map(proxy.customer_at, range(
        proxy.rowCount()))} == {"Germany"}
    within.clear()
    proxy.set_filter(tier="long_tail", search="gerx")  # another filter changed beside it
    assert within == [None] and names(proxy) == []
    fresh = CustomerFilter()
    fresh.setSourceModel(proxy.sourceModel())
    fresh.set_filter(tier="core", search="chin")
    assert set(names(fresh)) == passed["chin"]


def test_the_search_reads_texts_changed_in_place(qapp):
    """Each row's folded texts are taken once per set of rows, and again when the model says
    its rows' values changed (as when the lifetime values arrive); what passed is judged
    again then, not taken from before."""
    rows = [customer(n, "core", n + 1, 10.0) for n in range(3)]
    model, proxy = proxy_over(rows)
    proxy.set_filter(search="peru")
    assert names(proxy) == []
    rows[1].country = "Peru"
    model.values_changed()
    assert names(proxy) == ["Customer 00001"]  # the search in force, judged again
    proxy.set_filter(search="per")
    proxy.set_filter(search="peru")  # not the outcome kept from before the change
    assert names(proxy) == ["Customer 00001"]


def test_new_rows_under_a_search_are_folded_once(qtbot, monkeypatch):
    """A new analysis while a search is in force: the search folds the rows' texts at once
    to judge them, and the idle warm-up does not fold them again."""
    model, proxy = proxy_over([customer(n, "core", n, 1.0) for n in range(5)])
    proxy.set_filter(search="chile")
    read: list[CustomerMetrics] = []
    real = CustomerFilter.searched
    monkeypatch.setattr(CustomerFilter, "searched", lambda self, c: read.append(c) or real(
        self, c))
    rows = [customer(n, "core", n, 1.0, country=("Chile", "Peru")[n % 2]) for n in range(300)]
    model.set_customers(rows)
    assert len(read) == len(rows) and proxy.rowCount() == 150
    qtbot.waitUntil(lambda: len(model._keys) == len(model.columns))  # the window was idle
    assert len(read) == len(rows)


def test_days_overdue_turn_red_past_the_firm_s_stop_loss_days(qapp):
    late = customer(1, "core", 1, 10)
    late.max_days_overdue, late.overdue_amount = 45, 1_000.0
    model = CustomerModel()

    def red() -> bool:
        brush = model.index(0, COLUMN_INDEX["days"]).data(Qt.ItemDataRole.ForegroundRole)
        return brush is not None and brush.color().name() == "#c62828"

    model.set_customers([late])  # the article's 60 days: not yet
    assert not red()
    model.set_customers([late], Rules.from_values({"stop_loss_days": 30}))
    assert red()
    model.set_customers([late], Rules.from_values({"stop_loss_days": 45}))
    assert not red()  # red only past the limit, as the stop-loss rule reads it


def test_sort_keys_and_search_texts_are_ready_once_the_window_was_idle(qtbot, monkeypatch):
    """The work of a first header click or keystroke (collating every name, folding every
    search text) is done in the idle turns after the rows arrive: afterwards a click and a
    keystroke compute neither, and their results are those of the work done on demand."""
    from ui import collation, column_filter, columns

    rows = [customer(n, "core", n, 1000 - n, country=["Brazil", "德国", "Chile"][n % 3])
            for n in range(1, 301)]
    model, proxy = proxy_over(rows)
    qtbot.waitUntil(lambda: len(model._keys) == len(model.columns)
                    and proxy._haystacks is not None)
    assert len(proxy._folded) == len(rows)
    assert proxy._haystacks == [fold(" ".join(t for t in proxy.searched(r) if t))
                                for r in model.rows]  # each row's, in order
    expected = {n: collation.sort_keys([c.sort(r) for r in model.rows])
                for n, c in enumerate(model.columns)}
    assert dict(model._keys) == expected
    computed: list[object] = []
    monkeypatch.setattr(column_filter, "fold", lambda text: computed.append(text) or text)
    monkeypatch.setattr(columns, "sort_keys", lambda keys: computed.append(keys) or keys)
    monkeypatch.setattr(CustomerFilter, "searched", lambda self, c: computed.append(c) or ())
    proxy.sort(COLUMN_INDEX["customer"], Qt.SortOrder.DescendingOrder)
    proxy.set_filter(search="chile")
    assert computed == ["chile"]  # only what was typed is folded; no row's texts are read
    assert names(proxy) == [f"Customer {n:05d}" for n in range(300, 0, -1) if n % 3 == 2]
    monkeypatch.undo()
    proxy.set_filter(search="")  # (a search in force folds every row it looks at at once)
    many = [customer(n, "core", n, 1.0, country=f"Land {n}") for n in range(1000, 9000)]
    model.set_customers(many)
    model.set_customers(rows[:10])  # before an idle turn: the warm-up of `many` never runs
    qtbot.waitUntil(lambda: len(model._keys) == len(model.columns))
    assert model._keys[COLUMN_INDEX["customer"]] == list(range(10))
    assert all(proxy.searched(c) in proxy._folded for c in rows[:10])
    assert not any(proxy.searched(c) in proxy._folded for c in many)
