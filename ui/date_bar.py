"""The toolbar's two dates: the analysis date, and the date receipts are booked to.

Each shows the analysis on screen's and is enabled only while there is one: a date changed
before would analyse again a database that has not said what its dates are. Until then each
shows the date of the table on screen (the last start's) or nothing: today's date, greyed,
read as the date the analysis would use, which it seldom is (the data's last month end).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QToolBar

from core.analysis.names import receipts_label
from core.i18n import N_, tr
from core.rules import Rules
from ui.date_box import DateBox


class DateBar:
    def __init__(self) -> None:
        self.as_of_label, self.receipts_label = QLabel(), QLabel()
        self.as_of_edit, self.receipts_edit = DateBox(), DateBox()
        self.as_of_edit.setObjectName("as_of")
        self.receipts_edit.setObjectName("receipts_date")
        self.show_nothing()  # until an analysis gives them a date

    def add_to(self, toolbar: QToolBar) -> None:
        for widget in (self.as_of_label, self.as_of_edit, self.receipts_label,
                       self.receipts_edit):
            toolbar.addWidget(widget)

    def set_enabled(self, enabled: bool) -> None:
        for edit in (self.as_of_edit, self.receipts_edit):
            edit.setEnabled(enabled)

    def show_nothing(self) -> None:
        """No analysis (nor a last start's table) on screen: no dates, nothing to change."""
        self.set_enabled(False)
        for edit in (self.as_of_edit, self.receipts_edit):
            edit.show_nothing()

    def show(self, as_of: date, receipts: date) -> None:
        """The dates of what is on screen, without asking for another analysis."""
        for edit, day in ((self.as_of_edit, as_of), (self.receipts_edit, receipts)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def retranslate(self, rules: Rules) -> None:
        """`rules`: the analysis's on screen (its window's months are in the tip)."""
        self.as_of_label.setText(tr(N_(" As of ")))
        self.receipts_label.setText(f" {receipts_label()} ")
        self.as_of_edit.setToolTip(tr(N_(
            "The analysis date: orders and payments after it are ignored; the window is the "
            "{months} months ending here."), months=rules.window_months))
        self.receipts_edit.setToolTip(tr(N_(
            "Receipts are only known up to this date; days overdue are counted to it.")))
        for edit in (self.as_of_edit, self.receipts_edit):
            edit.retranslate()
