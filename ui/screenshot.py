"""``main.py screenshot OUT.png``: the window rendered offscreen, for the README and review.

It runs the real window on the real data (the sample data with ``--demo``), waits for the
analysis, selects a customer worth showing and grabs the chosen view.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from core.paths import default_db_path, sample_db_path
from ui.app import make_app
from ui.main_window import MainWindow

VIEWS = ("welcome", "customers", "overview")


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
    loop = QEventLoop()
    window.analysed.connect(loop.quit)
    QTimer.singleShot(300_000, loop.quit)  # a stuck analysis must not hang a script
    if args.demo:
        window.open_sample()
    else:
        window.refresh()
    loop.exec()
    if window.runner.current is not None:  # what follows the analysis (lifetime values): done
        idle = QEventLoop()
        window.runner.busy.connect(lambda busy: busy or idle.quit())
        QTimer.singleShot(300_000, idle.quit)
        idle.exec()
    window.show()
    if args.view == "welcome":
        window.stack.setCurrentWidget(window.welcome)
    elif window.analysis is not None:
        window.tabs.setCurrentIndex(1 if args.view == "overview" else 0)
        pick = next((c for c in window.analysis.customers if c.list == "black"), None) or next(
            iter(window.analysis.customers), None)
        window.select_customer(pick.customer_id if pick else None)
    app.processEvents()
    ok = window.grab().save(str(args.out))
    window.close()
    window.deleteLater()  # let Qt tear the window down before Python's finalisation does
    app.processEvents()
    print(args.out if ok else f"could not write {args.out}", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1
