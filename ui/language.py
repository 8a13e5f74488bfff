"""The language of this run: core's messages, Qt's own dialogs, and a font that has Chinese.

The shell sets it at start-up (ui.app), the window's language menu and the settings dialog
switch it while running, and the self-test checks that Qt's translations load from the bundle.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from core import i18n
from ui import prefs

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


def choose_language(code: str) -> str:
    """The user's choice from a menu: remembered on this PC ("" follows the system), core's
    messages and Qt's dialogs in it at once; the language now in force."""
    prefs.preferences().setValue(prefs.LANGUAGE, code)
    current = i18n.set_language(code or None)
    install_qt_translations(current)
    return current


def cjk_font() -> str | None:
    families = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in families), None)
