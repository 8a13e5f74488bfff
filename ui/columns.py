"""A table over a list of rows described by columns; its proxy, which filters, is
ui.column_filter's.

The customer table, the table of tier moves and the lists of corrections and merge
candidates are all this: each column says how a row reads and how it sorts, data() reads the
row object it holds (no copies into items). Sorting never runs Python per comparison: the
model computes a column's sort keys once (per rows, per column), orders its rows with Python's
own sort over them, and shows them in that order. So tens of thousands of rows sort at once.
A subclass adds only what is its own: colours and tooltips (``extra``). Texts sort as people
look them up (ui.collation); amounts and days sort largest first on the first click of their
header, because the biggest overdue is what the clerk is looking for.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from core.analysis.names import RFMT
from core.i18n import tr
from ui.collation import WARM_SLICE, collation_key, not_collated, sort_keys

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
CELL_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
              | Qt.ItemFlag.ItemNeverHasChildren)  # a QAbstractTableModel's cell
Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
# How a model's titles go on two lines (`ColumnModel.title_lines`, `two_lines`): not at all,
# at the space nearest the middle, or a Chinese title of four characters after its first two too
ONE_LINE, AT_A_SPACE, CHINESE_TOO = "one line", "at a space", "chinese too"
# Chinese particles that end the word before them: a title's line never starts with one
_PARTICLES = frozenset("的之了")


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str
    title: str  # N_ template (names.RFMT stays as it is)
    text: Callable[[R], str]
    sort: Callable[[R], Any]  # a text is collated (pinyin), else compared as is; None last
    numeric: bool = False
    tip: str = ""  # N_ template: the header's tooltip, where the title is a short form
    descending: bool | None = None  # first click sorts largest first (numbers do by default)
    # every text the column can show, where they are a few words (a tier, a list): a column
    # fitted to its top rows is fitted to these too, wherever their rows sit
    words: Callable[[], Iterable[str]] | None = None

    @property
    def first_order(self) -> Qt.SortOrder:
        down = self.numeric if self.descending is None else self.descending
        return Qt.SortOrder.DescendingOrder if down else Qt.SortOrder.AscendingOrder


class ColumnModel(QAbstractTableModel):
    """Rows shown in the order of the last sort (``rows`` keeps them as they were given)."""

    columns: tuple[Column[Any], ...] = ()
    title_lines = ONE_LINE  # a title of several words on two lines: narrower over its figures

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._order: list[int] = []  # the place in `rows` of each row shown, in order
        self._keys: dict[int, list[Any]] = {}  # a column's sort keys, in `rows` order
        self._sorted: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._generation = 0  # bumped by each set of rows: a warm-up of older rows stops

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._keys.clear()
        self._order = self._ordered(*self._sorted)
        self.endResetModel()
        self._warm_again()

    def _warm_again(self) -> None:
        self._generation += 1
        QTimer.singleShot(0, self, functools.partial(self._warm, self._generation, 0))

    def _warm(self, generation: int, column: int) -> None:
        """Each column's sort keys taken while the window is idle, a few milliseconds an
        event-loop turn (a slice of a column's new texts collated at a time), so that no
        header's first click waits for them: collating 20,000 names at once takes a tenth of
        a second or more."""
        if generation != self._generation or column >= len(self.columns):
            return
        if column not in self._keys:
            key = self.columns[column].sort
            fresh = not_collated([key(row) for row in self.rows])
            if fresh:
                for text in fresh[:WARM_SLICE]:
                    collation_key(text)
                QTimer.singleShot(0, self, functools.partial(self._warm, generation, column))
                return
            self.sort_keys(column)
        QTimer.singleShot(0, self, functools.partial(self._warm, generation, column + 1))

    def row(self, source_row: int) -> Any:
        """The row shown at this place of the model (before the proxy filters)."""
        return self.rows[self._order[source_row]]

    def place_of(self, wanted: Callable[[Any], bool]) -> int | None:
        """Where the first row `wanted` accepts is shown in the model (None: nowhere)."""
        rows = self.rows
        return next((place for place, number in enumerate(self._order)
                     if wanted(rows[number])), None)

    def sort_keys(self, column: int) -> list[Any]:
        """A column's sort keys, in `rows` order, computed once for these rows."""
        found = self._keys.get(column)
        if found is None:
            key = self.columns[column].sort
            found = self._keys[column] = sort_keys([key(row) for row in self.rows])
        return found

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[int]:
        """The rows' places sorted by a column (stable, as Qt's sort is: ties keep the order
        given, either way), or as given for column -1. A row whose key is None (a blank
        cell: no due date, nothing open) comes last either way, not first one way round."""
        if not 0 <= column < len(self.columns) or not self.rows:
            return list(range(len(self.rows)))
        keys = self.sort_keys(column)
        blank = [place for place, key in enumerate(keys) if key is None]
        filled = [place for place, key in enumerate(keys) if key is not None] if blank \
            else range(len(keys))
        return sorted(filled, key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder) + blank

    def sorted_by(self) -> tuple[int, Qt.SortOrder]:
        """The column the rows were last sorted by (-1: none) and the order they are in."""
        return self._sorted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows shown; the selection and the current row follow their rows."""
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [self._order[index.row()] for index in before]
        self._order = self._ordered(column, order)
        place = [0] * len(self._order)
        for number, row in enumerate(self._order):
            place[row] = number
        self.changePersistentIndexList(before, [
            self.index(place[row], index.column()) for row, index in zip(held, before,
                                                                          strict=True)])
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, place: int, number: int, role: int) -> Any:
        """What data() gives for the row shown at `place` (the proxy asks here directly)."""
        row, column = self.rows[self._order[place]], self.columns[number]
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
            title = column.title if column.title == RFMT else tr(column.title)
            return title if self.title_lines == ONE_LINE else two_lines(
                title, self.title_lines == CHINESE_TOO)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return tr(column.tip)
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # the header's first click
            return column.first_order
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self.values_changed()

    def values_changed(self) -> None:
        """The rows' values (or their words, in another language) changed in place: their
        sort keys are taken again and the rows put back in the order shown in the header, as
        a sort would, the selection following its rows."""
        self._keys.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               len(self.columns) - 1))
            if self._sorted[0] >= 0:
                self.sort(*self._sorted)
        self._warm_again()


def two_lines(title: str, chinese: bool = True) -> str:
    """A title of several words on two lines, broken at the space nearest its middle: on one
    line "Criteria changed", "Revenue before" and "Days overdue" made their columns twice
    as wide as their figures, and at 1280 px "Why" went off screen behind a scrollbar. A
    Chinese title of four characters or more (此前销售额, 逾期天数) breaks after its first two,
    where its words mostly part: on one line they were twice as wide as their figures too
    (not where `chinese` is False: 未下单天数 broke as 未下 / 单天数), never before a particle
    that ends the word before it (_PARTICLES: 变化的指标 read 变化 / 的指标, now 变化的 /
    指标)."""
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    if not spaces:
        wide = chinese and len(title) >= 4 and all(
            unicodedata.east_asian_width(ch) == "W" for ch in title)
        cut = 2
        while cut < len(title) and title[cut] in _PARTICLES:
            cut += 1
        return f"{title[:cut]}\n{title[cut:]}" if wide and cut < len(title) else title
    middle = min(spaces, key=lambda i: abs(len(title) / 2 - i))
    return f"{title[:middle]}\n{title[middle + 1:]}"
