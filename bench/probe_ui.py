"""The Qt measures of bench/probe.py: the customer table's sort and filter, and the window's
start until its table is filled. Drawn offscreen (the parent sets QT_QPA_PLATFORM)."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

IDLE_GIVE_UP_MS = 300_000  # the idle step at 100k takes seconds; no run waits for ever


def _tenth_worst(seconds: list[float]) -> float | None:
    """The wait that nine in ten were within (None: none measured)."""
    return statistics.quantiles(seconds, n=10)[-1] if len(seconds) > 1 else None


def _median_worst(seconds: list[float]) -> tuple[float, float]:
    return statistics.median(seconds), max(seconds)


def table(db: str) -> dict:
    """Click every column header twice (ascending, descending) and type a search a key at a
    time then erase it, on the customer table of db's analysis, as the main window wires it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QTableView

    from core.analysis.run import analyse
    from core.store import connect
    from ui.app import make_app
    from ui.customers.table_model import COLUMNS, CustomerFilter, CustomerModel

    app = make_app([sys.argv[0]], "en")
    customers = analyse(connect(Path(db))).customers
    model, proxy, view, search = CustomerModel(), CustomerFilter(), QTableView(), QLineEdit()
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(4000, 900)  # every header section on screen, to be clicked
    search.textChanged.connect(lambda text: proxy.set_filter(search=text))
    view.show()
    model.set_customers(customers)
    QTest.qWait(1000)  # the second a person takes before the first click: the idle warm-up runs
    header = view.horizontalHeader()
    clicks = []
    for column in range(len(COLUMNS)):
        middle = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                        header.height() // 2)
        for _ in range(2):  # the second click reverses the order
            started = time.perf_counter()
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
            app.processEvents()
            clicks.append(time.perf_counter() - started)
    word = customers[len(customers) // 2].customer[:8]
    keys = []
    for key in [*word, *["\b"] * len(word)]:
        started = time.perf_counter()
        if key == "\b":
            QTest.keyClick(search, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(search, key)
        app.processEvents()
        keys.append(time.perf_counter() - started)
    if search.text() or proxy.rowCount() != len(customers):
        raise SystemExit("the search did not end where it started")
    sort_median, sort_worst = _median_worst(clicks)
    key_median, key_worst = _median_worst(keys)
    return {"seconds": sort_median, "worst": sort_worst, "filter_seconds": key_median,
            "filter_worst": key_worst, "done": {"customers": len(customers),
                                                "clicks": len(clicks), "keystrokes": len(keys),
                                                "typed": word}}


def _after_paint(shown: Any, then: Callable[[], None]) -> Any:
    """`then` at the event loop's first turn after the customer table has painted the rows
    of its last reset; the event filter that watches (keep it)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    reset: dict = {}
    shown.model.modelReset.connect(lambda: reset.update(rows=True))

    class Painted(QObject):
        def eventFilter(self, watched: object, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and reset.pop("rows", False):
                QTimer.singleShot(0, then)  # runs once this paint is done
            return False

    painted = Painted()
    shown.browser.table.viewport().installEventFilter(painted)
    return painted


def _set_as_of(shown: Any, day: Any) -> None:
    from PySide6.QtCore import QDate

    shown.as_of_edit.setDate(QDate(day.year, day.month, day.day))


def as_of_typed(db: str) -> dict:
    """The window on db: as soon as an analysis is on screen (its lifetime values then being
    worked out on the runner), a date a month earlier is taken, as a clerk does it: seconds
    until that date's analysis is on screen, that is until the customer table has painted its
    rows (the event loop's first turn after that paint). Four times, each from the last."""
    from datetime import timedelta

    from PySide6.QtCore import QTimer

    from ui.app import make_app, start_window

    app = make_app([sys.argv[0]], "en")
    shown = start_window(Path(db))
    shown.show()
    seconds: list[float] = []
    asked: dict = {}

    def on_screen() -> None:
        if shown.analysis is None:
            return  # the last start's table (core.analysis.last_table): the analysis is to come
        if "at" in asked:
            seconds.append(time.perf_counter() - asked.pop("at"))
        if len(seconds) == 4:
            app.quit()
            return
        QTimer.singleShot(0, earlier)

    def earlier() -> None:
        asked["at"] = time.perf_counter()
        _set_as_of(shown, shown.analysis.as_of.replace(day=1) - timedelta(days=1))

    watching = _after_paint(shown, on_screen)
    app.exec()
    median, worst = _median_worst(seconds)
    return {"seconds": median, "worst": worst, "done": {"changes": len(seconds),
                                                        "customers": shown.model.rowCount(),
                                                        "watched": bool(watching)}}


AHEAD_ROUNDS = 3


def as_of_ahead(db: str) -> dict:
    """The window on db, idle once the month ends before its date are analysed ahead
    (core.analysis.ahead): seconds from a date set in the as-of box to the customer table
    painted with it, for the month end before the date on screen (made ahead) and for the
    14th of the month before that (not), in turn, three times each, each once the window is
    idle again; and whether each month end was made ahead when it was picked."""
    from PySide6.QtCore import QTimer

    from core.analysis.ahead import month_ends_before
    from ui.app import make_app, start_window

    app = make_app([sys.argv[0]], "en")
    shown = start_window(Path(db))
    shown.show()
    times: dict[str, list[float]] = {"month_end": [], "other_day": []}
    state: dict = {"made_ahead": []}

    def on_screen() -> None:
        if shown.analysis is not None and "at" in state:
            times[state.pop("kind")].append(time.perf_counter() - state.pop("at"))

    def pick() -> None:
        if shown.runner.current is not None or "at" in state:
            QTimer.singleShot(5, pick)  # not yet idle, or the last pick not yet painted
            return
        if len(times["other_day"]) == AHEAD_ROUNDS:
            app.quit()
            return
        month_end, before = month_ends_before(shown.analysis.as_of, 2)
        kind = "other_day" if len(times["month_end"]) > len(times["other_day"]) else "month_end"
        day = month_end if kind == "month_end" else before.replace(day=14)
        if kind == "month_end":
            state["made_ahead"].append(day in shown.ahead.dates())
        state.update(kind=kind, at=time.perf_counter())
        _set_as_of(shown, day)

    watching = _after_paint(shown, on_screen)
    shown.ahead_ready.connect(lambda: QTimer.singleShot(0, pick))
    QTimer.singleShot(IDLE_GIVE_UP_MS, app.quit)
    app.exec()
    ends, others = times["month_end"], times["other_day"]
    return {"seconds": statistics.median(ends) if ends else None,
            "worst": max(ends) if ends else None,
            "other_seconds": statistics.median(others) if others else None,
            "other_worst": max(others) if others else None,
            "done": {"month_ends": ends, "other_days": others,
                     "made_ahead": state["made_ahead"], "customers": shown.model.rowCount(),
                     "watched": bool(watching)}}


PACE = 0.02  # seconds from one answer to the clerk's next click or key


def _click_header(table: Any, column: int) -> None:
    """A click in the middle of a header section of the table, then its repaint."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    header = table.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                    header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    table.viewport().repaint()


def _paced(state: dict, act: Callable[[], None]) -> None:
    """`act` at the clerk's pace from now; when it was due goes into state["due"]."""
    from PySide6.QtCore import QTimer

    state["due"] = time.perf_counter() + PACE
    QTimer.singleShot(round(PACE * 1000), act)


def busy_click(db: str) -> dict:
    """The window on db, its first analysis on screen and its lifetime values done: the
    analysis run again (as a settings change or an import does) and, while it runs on the
    worker, a header of the customer table clicked 20 ms after the last click was answered:
    the seconds from each click to its answer (the table sorted and repainted), which include
    the wait for the GUI thread to get Python's lock from the worker; how many clicks were
    answered, and the analysis's seconds."""
    from PySide6.QtCore import QTimer

    from ui.app import make_app, start_window

    app = make_app([sys.argv[0]], "en")
    shown = start_window(Path(db))
    shown.resize(1280, 800)
    shown.show()
    clicks: list[float] = []
    state: dict = {}

    def analysed() -> None:
        if "started" in state:
            state["analysis"] = time.perf_counter() - state["started"]
            app.quit()
        else:
            QTimer.singleShot(1000, again)  # its lifetime values worked out meanwhile

    def again() -> None:
        state["started"] = time.perf_counter()
        shown.refresh()
        _paced(state, click)

    def click() -> None:
        if "analysis" in state:
            return
        _click_header(shown.browser.table, len(clicks) % 6)
        clicks.append(time.perf_counter() - state["due"])  # from when the clerk clicked
        _paced(state, click)

    shown.analysed.connect(analysed)
    app.exec()
    median, worst = _median_worst(clicks) if clicks else (None, None)
    return {"seconds": median, "worst": worst, "done": {
        "clicks": len(clicks), "analysis_seconds": state.get("analysis"),
        "customers": shown.model.rowCount()}}


def window(db: str) -> dict:
    """The app started on db: seconds from the process start to the first window, to the first
    rows in the customer table (the last start's table when it still holds), and to the table
    filled by the first analysis."""
    from PySide6.QtCore import QTimer

    from core.analysis import last_table
    from ui.app import make_app, start_window
    from ui.selftest_gui import process_age

    app = make_app([sys.argv[0]], "en")
    ages: dict = {}
    shown = start_window(Path(db))
    shown.show()
    QTimer.singleShot(0, lambda: ages.setdefault("first_window", process_age()))

    def rows() -> None:  # the first rows on screen: the last start's table, or the analysis's
        if shown.model.rowCount() and "table" not in ages:
            ages["table"], ages["from_last_start"] = process_age(), shown.analysis is None

    shown.model.modelReset.connect(rows)

    def filled() -> None:
        ages["seconds"] = process_age()
        ages["done"] = {"customers": shown.model.rowCount()}
        QTimer.singleShot(0, kept)

    def kept() -> None:  # the table is kept for the next start after the analysis shows
        if last_table.place(Path(db)).exists() or shown.runner.current is None:
            app.quit()
        else:
            QTimer.singleShot(50, kept)

    shown.analysed.connect(filled)
    app.exec()
    return ages


AHEAD_ACTS = 40  # idle_click's clicks and keystrokes during the step made ahead (~3 s at 100k)


def idle_click(db: str, step: str = "last_month") -> dict:
    """The window on db (its last month's snapshot missing, as after an import): once its
    analysis is on screen and the worker has turned to the idle step that stores that snapshot
    (``Runner.when_idle``), a header of the customer table clicked and a key typed into its
    search box, in turn, 20 ms after the last was answered, until the step has stored it:
    the seconds from each click and each keystroke to its answer (sorted or filtered, and
    repainted), and the step's own seconds on the idle worker. `step` "ahead": the same
    during the next idle step, which analyses month ends ahead in the window's process
    (core.analysis.ahead), for at most AHEAD_ACTS clicks and keystrokes (that step waits
    while the clerk works: ui.step_aside), then until it has, the window left alone."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from ui.app import make_app, start_window

    app = make_app([sys.argv[0]], "en")
    shown = start_window(Path(db))
    shown.resize(1280, 800)
    shown.show()
    clicks: list[float] = []
    keys: list[float] = []
    state: dict = {}
    table, search = shown.browser.table, shown.browser.search
    rank = 1 if step == "ahead" else 0  # MainWindow._analyse_ahead's, _store_last_month's
    typed = "ab\b\b"  # a search typed and erased: every customer back in the table

    def idle_started() -> None:
        if "started" in state:
            return
        current = shown.runner.current
        if current is None or not current.idle or current.rank != rank:
            QTimer.singleShot(5, idle_started)
            return
        state["started"] = time.perf_counter()
        _paced(state, act)

    def act() -> None:
        turn = len(clicks) + len(keys)
        if "step" in state or (rank and turn >= AHEAD_ACTS):
            return
        if turn % 2 == 0:
            _click_header(table, (turn // 2) % 6)
            clicks.append(time.perf_counter() - state["due"])  # from when the clerk clicked
        else:
            key = typed[(turn // 2) % len(typed)]
            if key == "\b":
                QTest.keyClick(search, Qt.Key.Key_Backspace)
            else:
                QTest.keyClicks(search, key)
            table.viewport().repaint()
            keys.append(time.perf_counter() - state["due"])
        state.setdefault("paused", []).append(  # the step held (ui.step_aside) once answered
            bool(getattr(shown.runner.current, "paused", False)))
        _paced(state, act)

    def stored() -> None:
        state["step"] = time.perf_counter() - state["started"]
        app.quit()

    shown.analysed.connect(lambda: QTimer.singleShot(0, idle_started))
    (shown.ahead_ready if rank else shown.last_month_ready).connect(stored)
    QTimer.singleShot(IDLE_GIVE_UP_MS, app.quit)  # no step stored anything: said by its None
    app.exec()
    median, worst = _median_worst(clicks) if clicks else (None, None)
    key_median, key_worst = _median_worst(keys) if keys else (None, None)
    return {"seconds": median, "worst": worst, "key_seconds": key_median,
            "key_worst": key_worst, "done": {
                "clicks": len(clicks), "keystrokes": len(keys),
                "over_100ms": sum(wait > 0.1 for wait in [*clicks, *keys]),
                "p90": _tenth_worst([*clicks, *keys]),
                "step_seconds": state.get("step"), "customers": shown.model.rowCount(),
                "answered_paused": sum(state.get("paused", []))}}
