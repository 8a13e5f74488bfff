"""The currency rates page of the settings dialog: a table model with the edits kept aside.

Edits stay in the model until the dialog saves, then go through core.rates inside the dialog's
one transaction (ui.operations.save_settings), so Cancel really cancels and a refused row leaves
the database untouched. Every row is checked with core.rates.check_rate as it is typed, the
same check the save applies.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import rates
from core.i18n import N_, tr
from core.messages import Message, Refusal
from ui import style
from ui.operations import RateEdits

COLUMNS = (N_("Currency"), N_("Valid from"), N_("Value of one unit in USD"))
Index = QModelIndex | QPersistentModelIndex


def rate_text(value: float) -> str:
    """A rate as the user typed it: 0.000039, not 3.9e-05."""
    return f"{value:.10f}".rstrip("0").rstrip(".")


@dataclass
class _Row:
    cells: list[str]  # currency, valid from, usd per unit, as typed
    original: rates.Rate | None  # the stored rate this row shows, None for a new row


class RatesModel(QAbstractTableModel):
    """Currency, valid from, value in USD; USD itself is the unit and cannot be edited."""

    def __init__(self, stored: list[rates.Rate], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = [_Row([r.currency, r.valid_from, rate_text(r.usd_per_unit)], r)
                      for r in stored]
        self._deleted: list[rates.Rate] = []

    # --- Qt's side
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.cells[index.column()]
        problem = self.problem(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and problem is not None:
            return QColor(style.BAD)
        if role == Qt.ItemDataRole.ToolTipRole and problem is not None:
            return problem.text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self.is_unit(index.row()):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.is_unit(index.row()):
            return False
        text = str(value).strip()
        self._rows[index.row()].cells[index.column()] = rates.currency_code(text) \
            if index.column() == 0 else text
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        return True

    # --- the dialog's side
    def is_unit(self, row: int) -> bool:
        original = self._rows[row].original
        return original is not None and original.currency == rates.UNIT

    def add_row(self) -> int:
        """A new row dated today, for the user to fill in; returns its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Row(["", date.today().isoformat(), ""], None))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < len(self._rows) or self.is_unit(row):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        gone = self._rows.pop(row)
        self.endRemoveRows()
        if gone.original is not None:
            self._deleted.append(gone.original)
        return True

    def problem(self, row: int) -> Message | None:
        """What is wrong with a row (bad value, or a second rate on the same day), or None."""
        cells = self._rows[row].cells
        try:
            checked = rates.check_rate(*cells, self._other_values(row, cells[0]))
        except Refusal as refusal:
            return refusal.message
        for other, candidate in enumerate(self._rows):
            if other < row and candidate.cells[0].upper() == checked.currency \
                    and candidate.cells[1] == checked.valid_from:
                return Message("rate_twice", N_("{currency} has two rates from {date}."),
                               {"currency": checked.currency, "date": checked.valid_from})
        return None

    def _other_values(self, row: int, currency: str) -> list[float]:
        """The currency's rates on the other rows, what an inverted rate is told by."""
        found = []
        for other, candidate in enumerate(self._rows):
            if other != row and candidate.cells[0].strip().upper() == currency.strip().upper():
                with suppress(ValueError):  # a value still being typed tells nothing
                    found.append(float(candidate.cells[2].replace(",", "")))
        return found

    def first_problem(self) -> tuple[int, Message] | None:
        for row in range(len(self._rows)):
            found = self.problem(row)
            if found is not None:
                return row, found
        return None

    def _edited(self, row: _Row) -> bool:
        original = row.original
        return original is None or row.cells != [original.currency, original.valid_from,
                                                 rate_text(original.usd_per_unit)]

    def edits(self) -> RateEdits:
        """What Save writes: the stored rates deleted or changed go, the edited rows come."""
        moved = [row.original for row in self._rows if row.original and self._edited(row)]
        return RateEdits(tuple(self._deleted + moved),
                         tuple((row.cells[0], row.cells[1], row.cells[2])
                               for row in self._rows if self._edited(row)))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


class RatesPage(QWidget):
    """The table with its explanation, Add and Delete, and the first problem in red."""

    changed = Signal()

    def __init__(self, model: RatesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {style.NOTE};")
        self.view = QTableView()
        self.view.setObjectName("currency_rates")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_rate)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {style.BAD};")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)
        column.addWidget(self.error)
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_: self.changed.emit())
        self.retranslate()

    def check(self) -> bool:
        """Show the first row that would be refused; True when every row passes."""
        problem = self.model.first_problem()
        self.error.setText("" if problem is None else tr(
            N_("Row {row}: {problem}"), row=problem[0] + 1, problem=problem[1].text))
        return problem is None

    def add_rate(self) -> None:
        """A new row dated today, with the currency cell open for typing."""
        index = self.model.index(self.model.add_row(), 0)
        self.view.scrollTo(index)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def delete_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and not self.model.remove_row(index.row()):
            self.error.setText(tr(N_(
                "USD is the unit of the rates table and cannot be deleted.")))

    def retranslate(self) -> None:
        self.note.setText(tr(N_(
            "What one unit of each currency is worth in US dollars, from the date given. Each "
            "order is converted at the rate in force on its order date, so a new rate changes "
            "only later orders. USD is the unit and stays 1.")))
        self.add_button.setText(tr(N_("Add a rate")))
        self.delete_button.setText(tr(N_("Delete the selected rate")))
        self.model.retranslate()
        self.check()
