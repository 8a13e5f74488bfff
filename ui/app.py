"""Starting the desktop app: language, Qt's own translations, fonts, the window.

``python main.py`` opens the last database (the default one at first); ``--demo`` opens the
bundled sample data; ``--lang`` overrides the language for this run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from core import APP_NAME, i18n
from core.paths import default_db_path, resource_dir

SETTINGS = ("TradeTier", "TradeTier")
CJK_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimSun")
_translators: list[QTranslator] = []


def install_qt_translations(language: str) -> bool:
    """Qt's own dialogs (file, print, message boxes) in the user's language."""
    app = QApplication.instance()
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if language != "zh_CN":
        return True
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = False
    for name in ("qtbase_zh_CN", "qt_zh_CN"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded = True
    return loaded


def cjk_font() -> str | None:
    families = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in families), None)


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    chosen = language or QSettings(*SETTINGS).value("language", "") or None
    current = i18n.set_language(chosen)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if current == "zh_CN"
                               else QLocale.Language.English))
    install_qt_translations(current)
    icon = resource_dir() / "icons" / "tradetier.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    family = cjk_font()
    if family:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), family])
        app.setFont(font)
    return app  # type: ignore[return-value]


def start_window(db_path: Path | None = None, demo: bool = False):  # type: ignore[no-untyped-def]
    from ui.errors import install_excepthook, setup_logging
    from ui.main_window import MainWindow

    setup_logging()
    settings = QSettings(*SETTINGS)
    path = db_path or Path(settings.value("database", "") or default_db_path())
    window = MainWindow(path)
    install_excepthook(lambda: window)
    if demo:
        window.commands.open_sample()
    else:
        window.commands.safety.check(path)
        window.refresh()
    return window


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
        from ui.selftest_gui import exit_after_first_show

        exit_after_first_show(window)
    code = app.exec()
    # Tear the window down while Qt still runs: left to the interpreter's last collection,
    # PySide's objects are freed in no order and a clean quit could end in a crash report.
    window.deleteLater()
    app.processEvents()
    app.sendPostedEvents(None, 0)
    import gc

    gc.collect()
    return code
