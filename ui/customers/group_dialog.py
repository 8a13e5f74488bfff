"""The box that puts the customers selected in the table in one group (sister companies).

Its question names the first few customers and counts the rest, word-wrapped on a box the
screen holds: asked with Qt's one-line input box, it was as wide as the names (1,184 px for two
customers, 1,793 px for six) and at 150 % its OK and Cancel were off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from core.analysis.model import CustomerMetrics
from core.i18n import N_, listed, tr
from ui.widgets import fit_to_screen, fitted

NAMES_SHOWN = 3  # the selected customers the question names; the others are counted
WIDTH = 520  # the box's width where the screen has room; its question wraps within it
QUESTION = N_("The group of these {count} customers, {customers} (sister companies of one "
              "owner): their overdue money is added up for the stop-loss exposure limit.")
MORE_NAMES = N_("{names} and {count} more")


def names_text(customers: list[str]) -> str:
    """“A”, “B”, “C” and 9 more: the first NAMES_SHOWN named, the others counted."""
    quoted = [f"“{name}”" for name in customers]
    if len(quoted) <= NAMES_SHOWN:
        return listed(quoted)
    return tr(MORE_NAMES, names=listed(quoted[:NAMES_SHOWN]), count=len(quoted) - NAMES_SHOWN)


class GroupDialog(QDialog):
    """The group's name for these customers: one of the groups there are, or a new one typed."""

    chosen = Signal(str)  # the name, its spaces tidied; not sent for an empty one

    def __init__(self, customers: list[CustomerMetrics], groups: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("group_dialog")
        self.setWindowTitle(tr(N_("Group customers")))
        self.question = QLabel(tr(QUESTION, count=len(customers),
                                  customers=names_text([c.customer for c in customers])))
        self.question.setObjectName("group_question")
        self.question.setWordWrap(True)
        self.name = QComboBox()
        self.name.setObjectName("group_name")
        self.name.setEditable(True)
        self.name.addItems(groups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self._placed = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """WIDTH wide where the screen has room, as high as the wrapped question needs."""
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            width = fitted(self, WIDTH, 0).width()  # narrower on a small screen, then higher
            fit_to_screen(self, width, self.layout().totalHeightForWidth(width))

    def accept(self) -> None:
        name = " ".join(self.name.currentText().split())
        if name:
            self.chosen.emit(name)
        super().accept()
