"""What opening a database changed, said in a box that fits the screen however much it says.

Opening a database written by an older version may join many customers at once (key50: every
"X Co., Ltd." beside an "X Co.,Ltd"): rv50k's 40 pairs made one message box of 40 paragraphs,
3,402 px tall on an 800 px screen, its OK button out of reach. The box says what the notes are
in a line or two (core.database_notices.summary) and lists them all in a pane that scrolls,
each customer's name selectable and findable; the box sized to its text, within the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import database_notices
from core.i18n import sentences, tr
from core.messages import Message
from ui.widgets import fit_to_screen

WIDTH = 640  # the box's width, a note of about three lines
ICON = 32


class NoticesDialog(QDialog):
    """The notes, one paragraph each, under a line counting them; not waited for."""

    def __init__(self, parent: QWidget | None, notices: list[Message]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(database_notices.TITLE))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = QLabel(sentences(*(m.text for m in database_notices.summary(notices))))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(ICON, ICON))
        self.notes = QTextBrowser()
        self.notes.setPlainText("\n\n".join(n.text for n in notices))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(icon, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes, 1)
        layout.addWidget(buttons)
        self.notes.document().setTextWidth(WIDTH - 2 * ICON)
        wanted = (self.notes.document().size().height() + self.summary.sizeHint().height()
                  + buttons.sizeHint().height() + 3 * ICON)
        fit_to_screen(self, WIDTH, int(wanted))


def show_notices(parent: QWidget | None, notices: list[Message]) -> NoticesDialog:
    dialog = NoticesDialog(parent, notices)
    dialog.open()
    return dialog
