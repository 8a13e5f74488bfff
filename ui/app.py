"""Starting the desktop app: language, Qt's own translations, fonts, the window.

``python main.py`` opens the last database the user chose (the default one at first, and never
the sample merely tried: ui.sample_mode); ``--demo`` opens the bundled sample data; ``--lang``
overrides the language for this run. The shell hands the self-test its Qt half
(ui.selftest_gui) with the app and the window it checks.
"""

from __future__ import annotations

import functools
import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from core import APP_NAME, i18n
from core.paths import resource_dir
from ui import prefs, sample_mode
from ui.app_end import WAIT_MS, Ending
from ui.errors import install_excepthook, setup_logging
from ui.language import install_qt_translations, use_font
from ui.main_window import MainWindow
from ui.tasks import running, share_the_gil, stop_all

log = logging.getLogger("tradetier")


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    share_the_gil()
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    chosen = language or prefs.preferences().value(prefs.LANGUAGE, "") or None
    current = i18n.set_language(chosen)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if current == "zh_CN"
                               else QLocale.Language.English))
    install_qt_translations(current)
    icon = resource_dir() / "icons" / "tradetier.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    use_font(current)
    return app  # type: ignore[return-value]


def start_window(db_path: Path | None = None, demo: bool = False) -> MainWindow:
    setup_logging()
    path = db_path or sample_mode.start_database()
    window = MainWindow(path)
    install_excepthook(lambda: window)
    if demo:
        window.open_sample()
    else:
        window.show_last_table()  # before the checks of the file: a second at a million orders
        window.commands.safety.check(path)
        window.refresh()
    return window


def selftest_steps() -> list[tuple[str, Callable[..., str]]]:
    """The self-test's Qt checks, given the app and the window they start."""
    from ui import selftest_gui  # the self-test's own: not loaded when the app starts

    return selftest_gui.steps(functools.partial(make_app, sys.argv[:1]), MainWindow)


def main(demo: bool = False, language: str | None = None, db_path: Path | None = None) -> int:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get(
            "WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        print("TradeTier needs a desktop session (no DISPLAY is set). The commands work "
              "without one: python main.py --help", file=sys.stderr)
        return 1
    app = make_app(sys.argv[:1], language)
    window = start_window(db_path, demo)
    window.show()
    if os.environ.get("TRADETIER_EXIT_AFTER_SHOW"):  # start-up bench (bench/bench_bundle.py)
        from ui.selftest_gui import exit_after_first_show  # the probe's own, as above

        exit_after_first_show(window)
    code = app.exec()
    close_down(app, window, ending=window.runner.ending)  # the close's clock, if it closed
    return code


def close_down(app: QCoreApplication, window: QObject, every_ms: int = WAIT_MS,
               ending: Ending | None = None) -> None:
    """The app's end, once its event loop has returned: every task still running is asked to
    stop and waited for, however long it takes (saying so in the log once `ending`, the clock
    the window's close started, has run out, then every `every_ms`), so no thread is killed
    in the middle of a database write (Qt aborts the process when QApplication goes with a
    QThread still running: exit 134). Then the window goes while Qt still runs, so
    its wrappers go before QApplication's (asked for by name: out of the event loop, Qt sends
    no DeferredDelete posted there otherwise)."""
    left = stop_all(ending or Ending(every_ms))  # the clock the window's close started
    while left:
        log.warning("the app waits for %s, still running after its window closed",
                    ", ".join(task.name for task in left))
        left[0].wait(every_ms)
        left = running()
    window.deleteLater()
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
