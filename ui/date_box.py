"""A date box that takes a date as a clerk types it: 2025/9/30, 2025-9-30, 2025年9月30日.

QDateEdit reads only its own display format and silently drops anything else, so a typed
"2025/9/30" did nothing. This box reads what it is given with the ledger's own date reader
(core.ledger.dates), writes it back as 2025-09-30, and says so at once when it cannot read it.
The calendar stays one click away.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QWidget,
    QWidgetAction,
)

from core.i18n import N_, tr
from core.ledger.dates import parse_date
from ui import style

SHOWN = "yyyy-MM-dd"
EXAMPLE = "2025-09-30"  # the placeholder of an emptied box: how to type a date


def read_date(text: str) -> date | None:
    """A typed date, or None; a bare number is not taken for an Excel serial here."""
    text = text.strip()
    if not text or text.replace(".", "").isdigit() and len(text) != 8:
        return None
    return parse_date(text, "mdy")


class DateBox(QWidget):
    """A line to type in and a calendar button; `dateChanged` when a new date is taken."""

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, so callers need not change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self.blank = False  # shows no date (show_nothing) until one is set
        self.edit = QLineEdit()
        self.edit.setMaxLength(20)
        self.edit.editingFinished.connect(self._typed)
        self.edit.textEdited.connect(lambda _text: self._mark(True))
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)  # the one arrow: no menu indicator
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(lambda: self.calendar.setSelectedDate(self._date))
        self.button.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        width = self.edit.fontMetrics().horizontalAdvance(EXAMPLE + " ") + 16
        self.edit.setFixedWidth(width)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText("" if self.blank else EXAMPLE)
        self.button.setToolTip(tr(N_("Choose the date on a calendar")))

    def show_nothing(self) -> None:
        """No date yet (the analysis that gives it is on its way): an empty box, not today's
        date nor a greyed example that would read as one."""
        self.blank = True
        self.edit.setText("")
        self.retranslate()

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, day: QDate) -> None:  # noqa: N802 - QDateEdit's name
        """Show a date; `dateChanged` when it differs (blockSignals() silences it)."""
        if not day.isValid():
            return
        changed = day != self._date
        self._date = QDate(day)
        self._show()
        if changed:
            self.dateChanged.emit(QDate(day))

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setToolTip(text)
        self.edit.setToolTip(text)

    def _show(self) -> None:
        self.blank = False
        self.edit.setText(self._date.toString(SHOWN))
        self.retranslate()
        self._mark(True)

    def _picked(self, day: QDate) -> None:
        self.button.menu().close()
        self.setDate(day)

    def _typed(self) -> None:
        text = self.edit.text()
        found = read_date(text)
        if found is None:
            self._mark(False)
            QToolTip.showText(self.edit.mapToGlobal(QPoint(0, self.edit.height())), tr(N_(
                "“{text}” is not a date I can read. Type it like 2025-09-30, 2025/9/30 or "
                "2025年9月30日."), text=text), self.edit)
            return
        self.setDate(QDate(found.year, found.month, found.day))
        self._show()

    def _mark(self, good: bool) -> None:
        self.edit.setStyleSheet("" if good else f"QLineEdit {{ color: {style.BAD}; }}")
        self.valid = good
