"""The proxy over a ColumnModel (ui.columns) that filters its rows and never sorts them.

Which rows pass is decided once per filter state and kept; a search typed further looks
only at the rows the shorter one let through; each row's search texts are folded once, while
the window is idle after the rows arrive, so a keystroke over 20,000 customers compares texts
without calling Python per row. A table's subclass says which texts are searched
(``searched``) and what its other filters let through (``admits``).
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, Qt, QTimer

from core.ledger.normalise import fold
from ui.collation import WARM_SLICE
from ui.columns import CELL_FLAGS, ROW_ROLE, Index

SEEN_STATES = 32  # filter states whose outcome is kept (a word typed and erased again)


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
        self._haystacks: list[str] | None = None  # per row of the model, in its `rows` order
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
        self._haystacks = None
        self._passes = self._judged()
        self._shown, self._place = self._mapped()
        self.endResetModel()
        self._warm_later()

    def _warm_later(self) -> None:
        """Fold the rows' texts at idle, unless a search in force has just done it; either
        way a warm-up of older rows stops."""
        self._generation += 1
        if self._haystacks is None:
            QTimer.singleShot(0, self, functools.partial(self._warm, self._generation))

    def _warm(self, generation: int, start: int = 0, taken: list[str] | None = None) -> None:
        """Every row's search text folded while the window is idle after the rows arrive, a
        slice of rows an event-loop turn, so that the first keystroke only compares (folding
        20,000 customers' texts at once takes a tenth of a second or more)."""
        model = self.sourceModel()
        if generation != self._generation or model is None:
            return
        taken = [] if taken is None else taken
        taken += self._folded_rows(model.rows[start:start + WARM_SLICE])
        if start + WARM_SLICE < len(model.rows):
            QTimer.singleShot(0, self, functools.partial(self._warm, generation,
                                                         start + WARM_SLICE, taken))
        elif self._haystacks is None:
            self._haystacks = taken  # each row's, in `rows` order

    def _judged(self, within: list[bool] | None = None) -> list[bool]:
        """Whether each row of the model passes, looking only at those `within` passes: the
        search against each row's folded texts (a keystroke is then one comparison a row,
        no call into Python), the other filters only where one is set."""
        model = self.sourceModel()
        if model is None:
            return []
        rows = model.rows
        found = [True] * len(rows) if within is None else list(within)
        if self.search:
            search = self.search
            found = [passed and search in haystack
                     for passed, haystack in zip(found, self._row_haystacks(), strict=True)]
        if any(getattr(self, name, None) for name in self._names - {"search"}):
            admits = self.admits
            found = [passed and admits(row) for passed, row in zip(found, rows, strict=True)]
        return found

    def _row_haystacks(self) -> list[str]:
        """Each row's searched texts, folded, in `rows` order: taken once per set of rows."""
        if self._haystacks is None:
            self._haystacks = self._folded_rows(self.sourceModel().rows)
        return self._haystacks

    def _folded_rows(self, rows: list[Any]) -> list[str]:
        searched, haystack = self.searched, self._haystack
        return [haystack(searched(row)) for row in rows]

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
        """The rows' values changed in place: their texts, and so what passes, may have too."""
        self._haystacks = None
        self._seen.clear()
        passes = self._judged()
        self._warm_later()  # (and a warm-up under way for the old texts stops)
        if passes != self._passes:
            self._about_to_relayout()
            self._passes = passes
            self._relayout()
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

    def sorted_by(self) -> tuple[int, Qt.SortOrder]:
        """The rows' order, as the model sorted them (the proxy keeps it: it only filters)."""
        found: tuple[int, Qt.SortOrder] = self.sourceModel().sorted_by()
        return found

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

    def admits(self, row: Any) -> bool:
        """Whether a row passes the filters other than the search (a table names its own)."""
        return True

    def searched(self, row: Any) -> tuple[str | None, ...]:
        """The texts of a row the search looks in (a table names its own)."""
        return ()

    def _haystack(self, texts: tuple[str | None, ...]) -> str:
        folded = self._folded.get(texts)
        if folded is None:
            folded = self._folded[texts] = fold(" ".join(t for t in texts if t))
        return folded

    def row_at(self, row: int) -> Any:
        index = self.index(row, 0)
        return index.data(ROW_ROLE) if index.isValid() else None
