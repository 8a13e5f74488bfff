"""``main.py screenshot OUT.png``: the window rendered offscreen, for review; and the waits
scripts/readme_screenshots.py (the README's pictures) shares with it.

It runs the real window on the real data (the sample data with ``--demo``), waits for the
analysis and the work that follows it, selects a customer worth showing and grabs the chosen
view. The waits run Qt's loop until the window says it is done, never a fixed pause: a slow
machine gets a true picture, not a half-drawn one.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

from core.analysis.model import Analysis, CustomerMetrics
from core.paths import default_db_path, sample_db_path
from ui.app import make_app
from ui.main_window import MainWindow

VIEWS = ("welcome", "customers", "overview", "movements")
PATIENCE_MS = 300_000  # a stuck analysis must not hang a script


def wait_until(done: Callable[[], bool], *signals: SignalInstance,
               timeout_ms: int = PATIENCE_MS) -> bool:
    """Run Qt's loop until ``done()`` holds, asked again each time one of the signals fires;
    whether it held (False: the time ran out)."""
    if done():
        return True
    loop = QEventLoop()

    def check(*_args: object) -> None:
        if done():
            loop.quit()
        else:  # a signal may come before the state it tells of is set (a task's end
            # before its owner lets go of it): look again once its other slots have run
            QTimer.singleShot(0, lambda: done() and loop.quit())

    for signal in signals:
        signal.connect(check)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    for signal in signals:
        signal.disconnect(check)
    return done()


def settled(window: MainWindow) -> bool:
    """An analysis is on screen and nothing follows it on the runner (the lifetime values,
    the table kept for the next start): no "Working…" in the status bar."""
    return window.analysis is not None and window.runner.current is None


def wait_settled(window: MainWindow, also: Callable[[], bool] = lambda: True) -> bool:
    return wait_until(lambda: settled(window) and also(), window.analysed, window.runner.busy)


def show_tab(window: MainWindow, page: QWidget) -> bool:
    """The tab chosen as a user chooses it, and its own work waited for: Tier movement works
    its month ends out only once shown, and a picture taken at once said "Working out the
    month ends…" over an empty chart. Whether it settled in time."""
    window.tabs.setCurrentWidget(page)
    moves = window.tabs.movements
    if page is not moves:
        return wait_settled(window)
    return wait_until(lambda: settled(window) and moves.task is None and not moves.chart.working,
                      moves.computed, window.runner.busy)


def worth_showing(analysis: Analysis) -> CustomerMetrics | None:
    """The customer whose panel shows the most: a black-listed one (its payment-risk card
    and the list's action), else a watched one, else the first."""
    for wanted in ("black", "watch"):
        found = next((c for c in analysis.customers if c.list == wanted), None)
        if found is not None:
            return found
    return next(iter(analysis.customers), None)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tradetier screenshot")
    parser.add_argument("out", type=Path)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--lang", choices=("zh_CN", "en"))
    parser.add_argument("--view", choices=VIEWS, default="customers")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--size", default="1440x900")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app starts
    app = make_app(sys.argv[:1], args.lang)
    window = MainWindow(args.db or (sample_db_path() if args.demo else default_db_path()),
                        remember=False)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    if args.demo:
        window.open_sample()
    else:
        window.refresh()
    wait_settled(window)
    window.show()
    if args.view == "welcome":
        window.stack.setCurrentWidget(window.welcome)
    elif window.analysis is not None:
        pick = worth_showing(window.analysis)
        window.select_customer(pick.customer_id if pick else None)
        show_tab(window, {"overview": window.tabs.overview, "movements": window.tabs.movements}
                 .get(args.view, window.tabs.customers))
    app.processEvents()
    ok = window.grab().save(str(args.out))
    window.close()
    window.deleteLater()  # let Qt tear the window down before Python's finalisation does
    app.processEvents()
    print(args.out if ok else f"could not write {args.out}", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1
