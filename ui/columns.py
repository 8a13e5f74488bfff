"""A table over a list of rows described by columns, and the proxy that filters it.

The customer table and the table of tier moves are both this: each column says how a row reads
and how it sorts, data() reads the row object it holds (no copies into items). Sorting never
runs Python per comparison: the model computes a column's sort keys once (per rows, per
column), orders its rows with Python's own sort over them, and shows them in that order; the
proxy only filters, against each row's search text folded once. So tens of thousands of rows
sort and filter at once. A subclass adds only what is its own: colours and tooltips
(``extra``), which rows pass (``accepts``). Texts sort as people look them up (ui.collation);
amounts and days sort largest first on the first click of their header, because the biggest
overdue is what the clerk is looking for.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from core.i18n import tr
from core.ledger.normalise import fold
from ui.collation import WARM_SLICE, collation_key, not_collated, sort_keys

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SEEN_STATES = 32  # filter states whose outcome is kept (a word typed and erased again)
CELL_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
              | Qt.ItemFlag.ItemNeverHasChildren)  # a QAbstractTableModel's cell
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


class ColumnModel(QAbstractTableModel):
    """Rows shown in the order of the last sort (``rows`` keeps them as they were given)."""

    columns: tuple[Column[Any], ...] = ()

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
        given, either way), or as given for column -1."""
        if not 0 <= column < len(self.columns) or not self.rows:
            return list(range(len(self.rows)))
        keys = self.sort_keys(column)
        return sorted(range(len(self.rows)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

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
            return column.title if column.title == "RFMT" else tr(column.title)
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


class ColumnFilter(QAbstractProxyModel):
    """Filters as attributes (None: all), a search folded like customer names are.

    It never sorts: a sort is the model's (see :class:`ColumnModel`), shown here in its
    order. Which rows pass is decided in Python once per filter change, over the rows as
    given (each row's search text folded once), and kept: a sort then only picks the rows that
    pass in the new order, where QSortFilterProxyModel would call back into Python for every
    row at every sort and keystroke."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.search = ""
        self._folded: dict[tuple[str | None, ...], str] = {}  # each row's texts, folded once
        self._passes: list[bool] = []  # per row of the model, in its `rows` order
        self._shown: list[int] = []  # the model's places shown, in its order
        self._place: list[int] = []  # per model place, its row here (-1: filtered out)
        self._held: list[tuple[QModelIndex, int]] = []  # persistent indexes through a move
        self._names: set[str] = set()  # the filters ever set
        self._seen: dict[tuple[Any, ...], list[bool]] = {}  # what passed, per filter state
        self._generation = 0  # bumped by each reset: a warm-up of older rows stops

    # --- the model behind ---------------------------------------------------------------------
    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt API
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._reset)
        model.layoutAboutToBeChanged.connect(self._about_to_relayout)
        model.layoutChanged.connect(self._relayout)
        model.dataChanged.connect(self._data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._passes = self._judged()
        self._shown, self._place = self._mapped()
        self.endResetModel()
        self._warm_later()

    def _reset(self) -> None:
        self._seen.clear()  # (the folded texts stay: each is keyed by the texts themselves)
        self._passes = self._judged()
        self._shown, self._place = self._mapped()
        self.endResetModel()
        self._warm_later()

    def _warm_later(self) -> None:
        self._generation += 1
        QTimer.singleShot(0, self, functools.partial(self._warm, self._generation))

    def _warm(self, generation: int, start: int = 0) -> None:
        """Every row's search text folded while the window is idle after the rows arrive, a
        slice of rows an event-loop turn, so that the first keystroke only compares (folding
        20,000 customers' texts at once takes a tenth of a second or more)."""
        model = self.sourceModel()
        if generation != self._generation or model is None:
            return
        for row in model.rows[start:start + WARM_SLICE]:
            self._haystack(self.searched(row))
        if start + WARM_SLICE < len(model.rows):
            QTimer.singleShot(0, self, functools.partial(self._warm, generation,
                                                         start + WARM_SLICE))
    def _judged(self, within: list[bool] | None = None) -> list[bool]:
        """Whether each row of the model passes, looking only at those `within` passes."""
        model = self.sourceModel()
        if model is None:
            return []
        if within is None:
            return [self.accepts(row) for row in model.rows]
        accepts = self.accepts
        return [passed and accepts(row) for passed, row in zip(within, model.rows,
                                                                 strict=True)]

    def _mapped(self) -> tuple[list[int], list[int]]:
        model = self.sourceModel()
        if model is None:
            return [], []
        passes, order = self._passes, model._order  # noqa: SLF001 - its own partner
        shown = [place for place, number in enumerate(order) if passes[number]]
        place = [-1] * len(order)
        for row, at in enumerate(shown):
            place[at] = row
        return shown, place

    def _about_to_relayout(self) -> None:
        """Before the model's rows move (or the rows passing change): note which row each
        persistent index (the selection, the current row) holds, by its place in `rows`."""
        self.layoutAboutToBeChanged.emit()
        order = self.sourceModel()._order  # noqa: SLF001 - its own partner
        self._held = [(QModelIndex(index), order[self._shown[index.row()]])
                      for index in self.persistentIndexList() if index.isValid()]

    def _relayout(self) -> None:
        """The rows moved: the same rows shown in their new order, the selection and the
        current row with them (or gone, where a filter now hides their row)."""
        self._shown, self._place = self._mapped()
        if self._held:
            order = self.sourceModel()._order  # noqa: SLF001
            where = {order[at]: row for row, at in enumerate(self._shown)}
            self.changePersistentIndexList(
                [index for index, _ in self._held],
                [self.index(where[number], index.column()) if number in where
                 else QModelIndex() for index, number in self._held])
        self._held = []
        self.layoutChanged.emit()

    def _data_changed(self, *_args: object) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1,
                                                               self.columnCount() - 1))

    # --- the proxy's own structure ------------------------------------------------------------
    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802 - Qt API
        if not index.isValid() or index.row() >= len(self._shown):
            return QModelIndex()
        return self.sourceModel().index(self._shown[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:  # noqa: N802 - Qt API
        if not index.isValid() or index.row() >= len(self._place):
            return QModelIndex()
        row = self._place[index.row()]
        return self.index(row, index.column()) if row >= 0 else QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._shown)
                                    and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The model's value, asked without building its index: a repaint asks ~7 roles of
        every cell on screen."""
        if not index.isValid():
            return None
        return self.sourceModel().cell(self._shown[index.row()], index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.sourceModel().headerData(section, orientation, role)

    # --- filters --------------------------------------------------------------------------------
    def filtered(self) -> bool:
        """Whether any filter or the search hides rows."""
        return self.rowCount() != self.sourceModel().rowCount()

    def set_filter(self, **values: str | None) -> None:
        """Change some filters at once. What passes is kept per filter state (erasing a
        search comes back to a state seen), and a search typed further looks only at the rows
        that passed the shorter one."""
        before = self._state()
        for name, value in values.items():
            if name == "search":
                self.search = fold(value or "")
            else:
                setattr(self, name, value or None)
            self._names.add(name)
        state = self._state()
        self._about_to_relayout()
        self._seen[before] = self._passes
        found = self._seen.get(state)
        if found is None:
            narrower = (before[1:] == state[1:] and before[0] in state[0]
                        and len(self._passes) == len(self.sourceModel().rows))
            found = self._judged(self._passes if narrower else None)
        while len(self._seen) > SEEN_STATES:
            self._seen.pop(next(iter(self._seen)))
        self._passes = found
        self._relayout()

    def _state(self) -> tuple[Any, ...]:
        """The search, then every other filter's value, in a fixed order (a search typed
        further is the same state but for its first part: see set_filter)."""
        others = sorted(self._names - {"search"})
        return (self.search, *(getattr(self, name, None) for name in others))

    def accepts(self, row: Any) -> bool:
        return True

    def searched(self, row: Any) -> tuple[str | None, ...]:
        """The texts of a row the search looks in (a table names its own)."""
        return ()

    def matches(self, row: Any) -> bool:
        """Whether the search is found in the row's searched texts (always, without one)."""
        return not self.search or self.search in self._haystack(self.searched(row))

    def _haystack(self, texts: tuple[str | None, ...]) -> str:
        folded = self._folded.get(texts)
        if folded is None:
            folded = self._folded[texts] = fold(" ".join(t for t in texts if t))
        return folded

    def row_at(self, row: int) -> Any:
        index = self.index(row, 0)
        return index.data(ROW_ROLE) if index.isValid() else None
