"""A table over a list of rows described by columns, and the proxy that filters and sorts it.

The customer table and the table of tier moves are both this: each column says how a row reads
and how it sorts, data() reads the row object it holds (no copies into items), and the proxy
compares the Python sort keys themselves, so tens of thousands of rows sort and filter at once.
A subclass adds only what is its own: colours and tooltips (``extra``), which rows pass
(``accepts``).

Names sort as people look them up: Chinese by pinyin, Latin without regard to case, through
Qt's own collation (QCollator with the Chinese locale: ICU's pinyin order, which puts 阿联酋
before 德国). Amounts and days sort largest first on the first click of their header, because
the biggest overdue is what the clerk is looking for.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
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
    sort: Callable[[R], Any]  # a text here is collated (pinyin), anything else compared as is
    numeric: bool = False
    tip: str = ""  # N_ template: the header's tooltip, where the title is a short form
    descending: bool | None = None  # first click sorts largest first (numbers do by default)

    @property
    def first_order(self) -> Qt.SortOrder:
        down = self.numeric if self.descending is None else self.descending
        return Qt.SortOrder.DescendingOrder if down else Qt.SortOrder.AscendingOrder


@functools.cache
def collator() -> QCollator:
    """Chinese order (pinyin) for Han characters, case-blind for Latin, digits as numbers."""
    found = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setNumericMode(True)
    return found


def collated(texts: list[str]) -> dict[str, int]:
    """Each distinct text's place in the collation: sorting then compares plain integers."""
    ordered = sorted(set(texts), key=functools.cmp_to_key(collator().compare))
    return {text: number for number, text in enumerate(ordered)}


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
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title if column.title == "RFMT" else tr(column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return tr(column.tip)
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # the header's first click
            return column.first_order
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
        self._ranks: dict[int, dict[str, int]] = {}  # a text column's collation, once a sort

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt API
        super().setSourceModel(model)
        model.modelReset.connect(self._ranks.clear)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._ranks.clear()  # new rows or a new language since the last sort
        super().sort(column, order)

    def filtered(self) -> bool:
        """Whether any filter or the search hides rows."""
        return self.rowCount() != self.sourceModel().rowCount()

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
        """Compare the Python sort keys themselves (Qt cannot order tuples held in QVariants);
        texts by their place in the collation."""
        rows = self.sourceModel().rows  # type: ignore[attr-defined]
        key = self.sourceModel().columns[left.column()].sort  # type: ignore[attr-defined]
        a, b = key(rows[left.row()]), key(rows[right.row()])
        if isinstance(a, str) and isinstance(b, str):
            ranks = self._ranks.get(left.column())
            if ranks is None or a not in ranks or b not in ranks:
                ranks = self._ranks[left.column()] = collated([key(r) for r in rows])
            return ranks[a] < ranks[b]
        return bool(a < b)

    def row_at(self, row: int) -> Any:
        index = self.index(row, 0)
        return index.data(ROW_ROLE) if index.isValid() else None
