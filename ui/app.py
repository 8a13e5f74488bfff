"""Starting the desktop app: language, Qt's own translations, fonts, the window.

``python main.py`` opens the last database the user chose (the default one at first, and never
the sample merely tried: ui.sample_mode); ``--demo`` opens the bundled sample data; ``--lang``
overrides the language for this run. The shell hands the self-test its Qt half
(ui.selftest_gui) with the app and the window it checks.
"""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from core import APP_NAME, i18n
from core.paths import resource_dir
from ui import prefs, sample_mode
from ui.errors import install_excepthook, setup_logging
from ui.language import install_qt_translations, use_font
from ui.main_window import MainWindow
from ui.tasks import share_the_gil


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
    # Tear the window down while Qt still runs, so its wrappers go before QApplication's.
    window.deleteLater()
    app.processEvents()
    app.sendPostedEvents(None, 0)
    gc.collect()
    return code
