"""A table over a list of rows described by columns, and the proxy that filters and sorts it.

The customer table and the table of tier moves are both this: each column says how a row reads
and how it sorts, data() reads the row object it holds (no copies into items), and the proxy
compares the Python sort keys themselves, so tens of thousands of rows sort and filter at once.
A subclass adds only what is its own: colours and tooltips (``extra``), which rows pass
(``accepts``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from core.i18n import tr
from core.ledger.normalise import fold

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str
    title: str  # N_ template ("RFMT" stays as it is)
    text: Callable[[R], str]
    sort: Callable[[R], Any]
    numeric: bool = False


class ColumnModel(QAbstractTableModel):
    columns: tuple[Column[Any], ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra(row, column, role)

    def extra(self, row: Any, column: Column[Any], role: int) -> Any:
        """Colours, tooltips: what a table adds for one of its cells."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title = self.columns[section].title
            return title if title == "RFMT" else tr(title)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               len(self.columns) - 1))


class ColumnFilter(QSortFilterProxyModel):
    """Filters as attributes (None: all), a search folded like customer names are."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.search = ""

    def set_filter(self, **values: str | None) -> None:
        """Change some filters at once."""
        self.beginFilterChange()
        for name, value in values.items():
            if name == "search":
                self.search = fold(value or "")
            else:
                setattr(self, name, value or None)
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        return self.accepts(self.sourceModel().rows[row])  # type: ignore[attr-defined]

    def accepts(self, row: Any) -> bool:
        return True

    def matches(self, *texts: str | None) -> bool:
        """Whether the search is found in these texts (always, without a search)."""
        return not self.search or self.search in fold(" ".join(t for t in texts if t))

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        """Compare the Python sort keys themselves: Qt cannot order tuples held in QVariants."""
        rows = self.sourceModel().rows  # type: ignore[attr-defined]
        key = self.sourceModel().columns[left.column()].sort  # type: ignore[attr-defined]
        return bool(key(rows[left.row()]) < key(rows[right.row()]))

    def row_at(self, row: int) -> Any:
        index = self.index(row, 0)
        return index.data(ROW_ROLE) if index.isValid() else None
