"""The preview table of the import dialog: the sheet's first rows as the import will read them.

Apart from the mapping page that shows it because it answers a different question: the page is
the user's choice of columns, this model is what each cell becomes under that choice (its date
order, decimal mark, scale, and the rows the import skips), read by core.ledger.read_as with
the import's own readers.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from core.i18n import tr, with_note
from core.ledger.fields import FIELD_BY_NAME, Field, worded
from core.ledger.layout import field_scale
from core.ledger.preview import SheetPreview
from core.ledger.read_as import Reading, read_cell, taken_note
from core.messages import Message
from ui import style

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The first rows of the sheet under its own header, with the field each column feeds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet: SheetPreview | None = None
        self.mapping: dict[str, str] = {}
        self.date_order = "mdy"  # the firm's setting, where no column settles it

    def set_sheet(self, sheet: SheetPreview | None, mapping: dict[str, str],
                  date_order: str | None = None) -> None:
        self.beginResetModel()
        self.sheet, self.mapping = sheet, dict(mapping)
        self.date_order = date_order or self.date_order
        self.endResetModel()

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.headers)

    def field_of(self, column: int) -> Field | None:
        header = self.sheet.headers[column] if self.sheet else ""
        if not header:
            return None
        # The first field naming the header wins, as core's mapping does.
        for name, mapped in self.mapping.items():
            if mapped == header:
                return FIELD_BY_NAME[name]
        return None

    def reading(self, row: int, column: int) -> Reading:
        """The cell as the import will read it, with the column's date order and decimal
        mark."""
        assert self.sheet is not None
        cells = self.sheet.rows[row]
        raw = cells[column] if column < len(cells) else ""
        field = self.field_of(column)
        name = field.name if field else None
        settled = self.sheet.date_orders.get(name or "", "")
        scale = field_scale(name, self.sheet.headers[column]) if name else 1.0
        return read_cell(name, raw, settled or self.date_order, bool(settled),
                         self.sheet.decimal_marks.get(name or "", ""), scale,
                         self.sheet.row_notes.get(row), self.sheet.date_years,
                         self.sheet.date_named)

    def skipped(self, row: int) -> Message | None:
        """Why the import takes this row for no order (a subtotal, a row it skips)."""
        note = self.sheet.row_notes.get(row) if self.sheet else None
        return None if note is None or taken_note(note) else note

    def said_of(self, row: int) -> str:
        """What the import does with a row it takes for no order, and, of a held row it skips,
        its cells it cannot read (:meth:`cells_of`)."""
        note = self.sheet.row_notes.get(row) if self.sheet else None
        return (note.text if note else "") + self.cells_of(row)

    def cells_of(self, row: int) -> str:
        """A held row's cells the import cannot read, a line each, in the import report's words
        (core: SheetPreview.row_cells): the clerk who imports its order's file first corrects
        them too. "" for any other row."""
        cells = self.sheet.row_cells.get(row, []) if self.sheet else []
        return "".join("\n" + m.text for m in cells)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.sheet is None or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            reading = self.reading(index.row(), index.column())
            return Reading(reading.raw, reading.value).text()  # the warning in the tooltip
        skipped = self.skipped(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.reading(index.row(), index.column()).text()
            if skipped and skipped.text not in text:  # the amount's says it already
                text = with_note(text, skipped.text) if text else skipped.text
            return text + self.cells_of(index.row())
        if role == Qt.ItemDataRole.FontRole and skipped and skipped.text not in (
                self.reading(index.row(), index.column()).text()):  # its word stays legible
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.field_of(index.column()) is None or skipped:
                return QBrush(QColor(style.CONTEXT))
            if self.reading(index.row(), index.column()).warning:
                return QBrush(QColor(style.WANTS_CHOICE))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.sheet is None:
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.ToolTipRole:
            return self.said_of(section) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.sheet.header_row + 1 + section)
        header = self.sheet.headers[section] or "—"
        field = self.field_of(section)
        scale = field_scale(field.name, header) if field else 1.0
        unit = f" ×{scale:,.0f}" if scale != 1.0 else ""
        named = worded(field.name, self.sheet.words).label if field else None
        return f"{header}\n→ {tr(named) if named else '—'}{unit}"
