"""An analysis the window replaced is let go a slice at a time on a thread of its own (freed in
one go, a million orders hold Python's lock, and with it the window, for 1.8 s), and only
what nothing else holds is emptied."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

from ledgers import build, receivables_ledger
from test_window_replaces_reads import CHOSEN, LEFT, WAIT, _held, _opened, _type_date

from core.analysis import ahead, letting_go
from core.analysis.model import Analysis
from core.analysis.run import analyse
from ui import operations


class _Recorded(list):
    """A list that notes how many items each deletion took."""

    def __init__(self, items, taken: list[int]) -> None:
        super().__init__(items)
        self.taken = taken

    def __delitem__(self, where) -> None:
        before = len(self)
        super().__delitem__(where)
        self.taken.append(before - len(self))


def _analysis(tmp_path: Path) -> Analysis:
    """Made here, not by a fixture: pytest would hold it too."""
    conn = build(tmp_path, receivables_ledger())
    found = analyse(conn)
    conn.close()
    assert len(found.orders) > 3 and len(found.customers) > 3
    return found


def _recorded(analysis: Analysis, monkeypatch) -> dict[str, list[int]]:
    """Slices of 2 orders and 1 customer, each deletion noted."""
    monkeypatch.setattr(letting_go, "SLICES", (("orders", 2), ("customers", 1)))
    taken: dict[str, list[int]] = {"orders": [], "customers": []}
    analysis.orders = _Recorded(analysis.orders, taken["orders"])
    analysis.customers = _Recorded(analysis.customers, taken["customers"])
    return taken


def test_an_analysis_nothing_else_holds_is_emptied_a_slice_at_a_time(tmp_path, monkeypatch):
    analysis = _analysis(tmp_path)
    orders, customers = len(analysis.orders), len(analysis.customers)
    taken = _recorded(analysis, monkeypatch)
    gone = weakref.ref(analysis)
    held = [analysis]
    del analysis
    assert letting_go.let_go(held) is True
    assert held == [] and gone() is None
    assert sum(taken["orders"]) == orders and max(taken["orders"]) == 2
    assert sum(taken["customers"]) == customers and set(taken["customers"]) == {1}


def test_an_analysis_held_elsewhere_is_left_whole(tmp_path, monkeypatch):
    analysis = _analysis(tmp_path)
    orders, customers = list(analysis.orders), list(analysis.customers)
    taken = _recorded(analysis, monkeypatch)
    assert letting_go.let_go([analysis]) is False
    assert analysis.orders == orders and analysis.customers == customers
    assert taken == {"orders": [], "customers": []}


def test_a_list_held_elsewhere_is_left_whole_and_the_rest_emptied(tmp_path, monkeypatch):
    analysis = _analysis(tmp_path)
    taken = _recorded(analysis, monkeypatch)
    kept_orders = analysis.orders
    one = analysis.customers[0]
    receivables = list(one.receivables)
    orders = list(kept_orders)
    held = [analysis]
    del analysis
    assert letting_go.let_go(held) is True
    assert kept_orders == orders and taken["orders"] == []  # still someone's: untouched
    assert taken["customers"] and one.receivables == receivables  # a customer kept is whole


def _letting_go_seen(monkeypatch) -> tuple[threading.Event, list[tuple[str, bool, object]]]:
    """Each hand-over the window makes: (the thread, whether it was emptied, its date)."""
    done, seen = threading.Event(), []
    real = letting_go.let_go

    def spy(held):
        as_of = held[0].as_of
        seen.append((threading.current_thread().name, real(held), as_of))
        done.set()
        return seen[-1][1]

    monkeypatch.setattr(letting_go, "let_go", spy)
    return done, seen


def _no_room_beside(monkeypatch) -> None:
    """The window keeps the analyses it made while it has room (core.analysis.ahead, asof43):
    with none beside the one on screen, the one a date replaces is let go at once."""
    monkeypatch.setattr(ahead, "HELD_LINES", 0)


def test_the_window_lets_the_analysis_it_replaced_go_on_a_thread_of_its_own(
        qtbot, tmp_path, monkeypatch):
    _no_room_beside(monkeypatch)
    window, _ = _opened(qtbot, tmp_path)
    replaced_as_of = window.analysis.as_of
    gone = weakref.ref(window.analysis)
    done, seen = _letting_go_seen(monkeypatch)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        _type_date(qtbot, window, LEFT)
    qtbot.waitUntil(lambda: any(emptied for _, emptied, _ in seen), timeout=WAIT)
    # True: nothing in the window still held it, so it was emptied there, not on this thread
    # (the window's store of analyses hands it over too, first, while it is still shown)
    assert seen[-1] == ("tradetier-let-go", True, replaced_as_of)
    assert {(thread, day) for thread, _, day in seen} == {("tradetier-let-go", replaced_as_of)}
    gc.collect()
    assert gone() is None and window.analysis.as_of == LEFT


def test_an_analysis_whose_lifetime_values_were_being_worked_out_is_let_go_too(
        qtbot, tmp_path, monkeypatch):
    """A date typed while the last date's lifetime values are still worked out: the fit is
    stopped, and its task lets go of the analysis it valued before the next one lands."""
    started, stopped = threading.Event(), []
    _no_room_beside(monkeypatch)
    monkeypatch.setattr(operations, "lifetime_values", _held(
        operations.lifetime_values, started, stopped, lambda args: args[1].as_of == LEFT))
    window, _ = _opened(qtbot, tmp_path)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        _type_date(qtbot, window, LEFT)
    gone = weakref.ref(window.analysis)
    assert started.wait(5)  # LEFT is on screen, its lifetime values being worked out
    done, seen = _letting_go_seen(monkeypatch)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        _type_date(qtbot, window, CHOSEN)
    qtbot.waitUntil(lambda: any(emptied for _, emptied, _ in seen), timeout=WAIT)
    assert stopped == [True] and seen[-1] == ("tradetier-let-go", True, LEFT)
    assert {(thread, day) for thread, _, day in seen} == {("tradetier-let-go", LEFT)}
    gc.collect()
    assert gone() is None and window.analysis.as_of == CHOSEN
