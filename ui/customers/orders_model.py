"""The selected customer's orders, each with what is open and how late, for the detail panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.analysis.order_history import DEAD, OrderLine
from core.i18n import N_, tr
from ui import style

Index = QModelIndex | QPersistentModelIndex
HEADERS = (N_("Order no."), N_("Order date"), N_("Amount"), N_("Currency"), N_("Payment terms"),
           N_("Ship date"), N_("Due date"), N_("Open"), N_("Days overdue"), N_("Status"))


class OrdersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[OrderLine] = []

    def set_lines(self, lines: list[OrderLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.status == "overdue":
                return QBrush(QColor(style.BAD))
            if line.status in DEAD:
                return QBrush(QColor(style.FADED))
        if role == Qt.ItemDataRole.FontRole and line.status in DEAD:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 7, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(line: OrderLine, column: int) -> str:
        values = (line.order_no, line.order_date.isoformat(), f"{line.amount:,.2f}",
                  line.currency, line.terms,
                  line.ship_text,
                  line.due_date.isoformat() if line.due_date else "",
                  f"{line.open:,.0f}" if line.open else "",
                  str(line.days_overdue) if line.days_overdue else "", line.status_text)
        return values[column]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None
