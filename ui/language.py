"""The language of this run: core's messages, Qt's own dialogs, and a font that has Chinese.

The shell sets it at start-up (ui.app), the window's language menu and the settings dialog
switch it while running, and the self-test checks that Qt's translations load from the bundle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from core import i18n
from ui import prefs

CJK_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimSun")
_translators: list[QTranslator] = []
# Qt 6 labels its own file dialog "&Look in:" and "Files of &type:", but the qtbase_zh_CN.qm it
# ships has only the older "Look in:" and "Files of type:", so those two stayed English.
QT_GAPS = {"zh_CN": {("QFileDialog", "&Look in:"): "查找范围(&L)：",
                     ("QFileDialog", "Files of &type:"): "文件类型(&T)："}}


class QtGaps(QTranslator):
    """The few words of Qt's own dialogs its shipped translation lacks."""

    def __init__(self, words: dict[tuple[str, str], str], parent: QObject) -> None:
        super().__init__(parent)
        self.words = words

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.words.get((context, source))  # None (a null string): not one of these

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return not self.words


def install_qt_translations(language: str) -> bool:
    """Qt's own dialogs (file, print, message boxes) in the user's language."""
    app = QApplication.instance()
    if app is None:  # no application yet: nothing of Qt's is shown to translate
        return False
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
    gaps = QtGaps(QT_GAPS.get(language, {}), app)
    app.installTranslator(gaps)  # installed last: asked first
    _translators.append(gaps)
    return loaded


def choose_language(code: str) -> str:
    """The user's choice from a menu: remembered on this PC ("" follows the system), core's
    messages and Qt's dialogs in it at once; the language now in force."""
    prefs.preferences().setValue(prefs.LANGUAGE, code)
    current = i18n.set_language(code or None)
    install_qt_translations(current)
    use_font(current)
    return current


def cjk_font() -> str | None:
    families = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in families), None)


def use_font(language: str) -> None:
    """The app's font for `language`: the system's own first for English, the Chinese one
    first for Chinese, each falling back to the other for what it lacks. The font named first
    draws the punctuation both have: with the Chinese font first in English (or with the
    system's font named by an alias, "Sans Serif", which Qt passed over for the next family)
    “quotes” and the "…" of "Add files…" were full-width, a wide gap inside English words;
    in Chinese they are meant full-width, as the Chinese font draws them."""
    app = QApplication.instance()
    family = cjk_font()
    if not isinstance(app, QApplication) or family is None:
        return
    font = QFont(app.font())
    font.setFamilies(families(language, family))
    app.setFont(font)
    # Qt posts the change to the widgets: delivered now, so what the window lays out next
    # (the switch's retranslate: the order history's columns fitted to their dates) is
    # measured in the new font, not the old (a date column 74 px for 77 px of date, cut)
    app.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    restyle(app)


def restyle(app: QApplication) -> None:
    """Every widget with a style sheet takes the app's font again, and so do its children. The
    style sheet's style sets such a widget's font once, from its parent's, and a new app font
    passed it by: after a switch to English the customer panel (its cards, the name and "Order
    history", the date boxes' buttons: 33 widgets, rv50b) kept the Chinese font, its quotes
    full-width, until a restart. Set again, the sheet is applied anew under the new font."""
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)


def system_family() -> str:
    """The system's own font, by its real name (an alias, "Sans Serif", Qt passes over)."""
    return QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)).family()


def families(language: str, chinese: str) -> list[str]:
    """The families a text in `language` is set in, on screen and on paper: the Chinese one
    first in Chinese, the system's first otherwise, each the other's fallback (see use_font)."""
    system = system_family()
    return [chinese, system] if language == "zh_CN" else [system, chinese]
