"""The first screen: import your own ledger, or try the app on the bundled sample ledgers."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from core import APP_NAME, APP_NAME_ZH
from core.i18n import N_, tr
from ui import style

# Two ideographs in a row, with no punctuation or space between them: Qt breaks Chinese lines
# between any two characters, so the intro split "行动名 / 单" at 1280x800.
_INSIDE_A_PHRASE = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")
WORD_JOINER = "\u2060"


def phrases_whole(text: str) -> str:
    """Chinese text that wraps only after its punctuation or at spaces, never inside a
    phrase: each ideograph joined to the next (U+2060, which shows nothing). English text
    is left as it is."""
    return _INSIDE_A_PHRASE.sub(WORD_JOINER, text)


class WelcomePage(QWidget):
    importRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setFixedWidth(560)  # wrapped text centred in a box layout needs a width
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton()
        self.sample_button = QPushButton()
        for button in (self.import_button, self.sample_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(280)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.importRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setFixedWidth(560)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(f"color: {style.HINT};")
        for widget in (self.title, self.intro, self.import_button, self.sample_button,
                       self.hint):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addSpacing(8)
        layout.addStretch(2)
        self.setAcceptDrops(False)  # the window takes drops
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(f"{APP_NAME_ZH} · {APP_NAME}")
        self.intro.setText(phrases_whole(tr(N_(
            "Turn the order ledger you already keep in Excel into a customer pyramid, a "
            "payment-risk grade per customer and the action lists for your sales meeting: "
            "whom to cut, whom to protect, whom to grow."))))
        self.import_button.setText(tr(N_("Import your ledger…")))
        self.sample_button.setText(tr(N_("Try with sample data")))
        self.hint.setText(phrases_whole(tr(N_(
            "You can also drop Excel, WPS or CSV files on this window. Everything stays on "
            "this computer."))))
        for label in (self.intro, self.hint):  # a box layout would squeeze wrapped lines
            label.setMinimumHeight(label.heightForWidth(label.width()))
