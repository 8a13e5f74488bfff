"""The table of who moved: one row a move, from core.analysis.movements, with why.

Like the customer table, the model reads the Move it holds for every cell and the proxy sorts
on the raw values, so years of moves filter at once by month, kind and name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from core.analysis.movements import Move, changed_text, reasons_text
from core.analysis.names import GROUP_RANK, MOVES, list_name, move_name, side_name
from core.i18n import N_, tr
from core.ledger.normalise import fold

MOVE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _money(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # N_ template
    text: Callable[[Move], str]
    sort: Callable[[Move], Any]
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("month", N_("Month"), lambda m: m.month_end.strftime("%Y-%m"), lambda m: m.month_end),
    Column("customer", N_("Customer"), lambda m: m.customer, lambda m: m.customer.casefold()),
    Column("salesperson", N_("Salesperson"), lambda m: m.after.salesperson or "",
           lambda m: m.after.salesperson or ""),
    Column("move", N_("Move"), lambda m: move_name(m.kind), lambda m: MOVES.index(m.kind)),
    Column("from", N_("From"), lambda m: side_name(m.from_group),
           lambda m: -1 if m.from_group is None else GROUP_RANK[m.from_group]),
    Column("to", N_("To"), lambda m: side_name(m.to_group), lambda m: GROUP_RANK[m.to_group]),
    Column("changed", N_("Criteria changed"), changed_text, changed_text),
    Column("why", N_("Why"), reasons_text, reasons_text),
    Column("revenue_before", N_("Revenue before"),
           lambda m: _money(m.before.revenue_12m if m.before else None),
           lambda m: m.before.revenue_12m if m.before else -1.0, True),
    Column("revenue", N_("Revenue now"), lambda m: _money(m.after.revenue_12m),
           lambda m: m.after.revenue_12m, True),
    Column("grade", N_("Grade"), lambda m: (f"{m.before.grade} → " if m.before else "")
           + m.after.grade, lambda m: m.after.grade),
    Column("list", N_("List"), lambda m: list_name(m.after.list) if m.after.list else "",
           lambda m: m.after.list or ""),
    Column("days", N_("Days overdue"), lambda m: str(m.after.max_days_overdue or ""),
           lambda m: m.after.max_days_overdue, True),
)


class MoveModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.moves: list[Move] = []

    def set_moves(self, moves: list[Move]) -> None:
        self.beginResetModel()
        self.moves = list(moves)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.moves)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        move, column = self.moves[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(move)
        if role == MOVE_ROLE:
            return move
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "why":
            return "\n".join(m.text for m in move.reasons)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section].title)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.moves:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.moves) - 1,
                                                               len(COLUMNS) - 1))


class MoveFilter(QSortFilterProxyModel):
    """One month (or all), one kind of move (or all), and a search on name and salesperson."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.month: str | None = None
        self.kind: str | None = None
        self.search = ""

    def set_filter(self, **values: str | None) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            if name == "search":
                self.search = fold(value or "")
            else:
                setattr(self, name, value or None)
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        move: Move = self.sourceModel().moves[row]  # type: ignore[attr-defined]
        if self.month and move.month_end.strftime("%Y-%m") != self.month:
            return False
        if self.kind and move.kind != self.kind:
            return False
        if self.search:
            return self.search in fold(f"{move.customer} {move.after.salesperson or ''}")
        return True

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        moves = self.sourceModel().moves  # type: ignore[attr-defined]
        key = COLUMNS[left.column()].sort
        return key(moves[left.row()]) < key(moves[right.row()])

    def move_at(self, row: int) -> Move | None:
        index = self.index(row, 0)
        return index.data(MOVE_ROLE) if index.isValid() else None
