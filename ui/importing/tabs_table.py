"""The import dialog's list of a workbook's ledger tabs, each with what the import will do with
its rows, and the tab chosen for the preview below it.

A clerk imports a workbook of month tabs (1月 … 12月): the dialog showed the first tab alone,
five rows of it, and no count, so a tab read as no ledger, or one whose rows were mostly
skipped, went unseen until the report. The counts are core's (core.ledger.preview.RowCounts,
the whole tab read as the import reads it); this model only shows them, in the tabs' order.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from core.i18n import N_, tr, with_note
from core.ledger.layout import HIDDEN
from core.ledger.preview import FilePreview, SheetPreview
from core.ledger.report import beside_name
from core.messages import Message
from ui import style
from ui.widgets import wrapped_height

Index = QModelIndex | QPersistentModelIndex

# the table's caption, above it
TABS_SAID = N_("The ledger tabs the import reads, in the workbook's order: choose one to see "
               "its first rows below.")
# the tabs the list keeps in sight at the dialog's smallest (a quarter's months)
TABS_IN_SIGHT = 3
# each column's title, and its tooltip: what the count means
COLUMNS = (
    (N_("Tab"), TABS_SAID),
    (N_("Header row"), N_("The row holding the tab's column titles.")),
    (N_("To import"), N_("Rows the import will take: orders, and payments received.")),
    (N_("Held"), N_("Payments naming an order that is not in the database yet, nor on another "
                    "tab: skipped now, taken once the file listing that order is imported "
                    "first and this file again.")),
    (N_("Skipped"), N_("Rows the import leaves out: totals and subtotals, and rows it cannot "
                       "read (each named in its report).")),
)
TAB, HEADER_ROW, TAKEN, HELD, SKIPPED = range(len(COLUMNS))
# a hidden tab's tooltip: read as the ledger's (core.ledger.workbook_layouts.hidden_ledger)
HIDDEN_READ = N_("Hidden in the workbook, this tab has the ledger's header: the import reads "
                 "it as part of the book. If it is not, move it out of the workbook before "
                 "importing.")
# where the counts of a tab of a file the import refuses would be (one cell over the three):
# the import's own words of the refusal (core: SheetPreview.refused)
REFUSED = N_("Will be refused: {reason}")


class TabsModel(QAbstractTableModel):
    """One row per ledger tab of a previewed file, with its counts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheets: list[SheetPreview] = []

    def set_preview(self, preview: FilePreview | None) -> None:
        self.beginResetModel()
        self.sheets = list(preview.sheets) if preview else []
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.sheets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        sheet, column = self.sheets[index.row()], index.column()
        if sheet.refused is not None and column >= TAKEN:
            return self._refused(sheet.refused, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            counts = sheet.counts
            name = with_note(sheet.name, tr(HIDDEN)) if sheet.hidden else sheet.name
            return (name, str(sheet.header_row), f"{counts.taken:,}", f"{counts.held:,}",
                    f"{counts.skipped:,}")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TAB:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(HIDDEN_READ if sheet.hidden and column == TAB else COLUMNS[column][1])
        return None

    def refused_rows(self) -> list[int]:
        """The tabs whose counts cells are one, saying the refusal (the view spans them)."""
        return [row for row, sheet in enumerate(self.sheets) if sheet.refused is not None]

    @staticmethod
    def _refused(refusal: Message, column: int, role: int) -> object:
        said = tr(REFUSED, reason=beside_name(refusal))
        if role == Qt.ItemDataRole.DisplayRole:
            return said if column == TAKEN else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return said
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(style.BAD))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(COLUMNS[section][1])
        return None


class SpannedWords(QStyledItemDelegate):
    """A refused tab's reason, one cell over the counts' columns, as tall as its words at the
    width of the columns it covers: Qt's own delegate measured it a pixel or two short at
    150 %, and its last line ended "…, or choose it under “Column in the fil…"."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.setItemDelegate(self)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        row, column = index.row(), index.column()
        span = self.view.columnSpan(row, column)
        if span <= 1:
            return hint
        width = sum(self.view.columnWidth(c) for c in range(column, column + span))
        height = wrapped_height(option.fontMetrics, width, str(index.data() or ""))
        return QSize(hint.width(), max(hint.height(), height))
