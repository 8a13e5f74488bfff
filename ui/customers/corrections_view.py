"""View → Corrections: every correction in force, with its date, each one taken back on its own.

"Undo the last change" only reaches the latest correction, and an excluded customer leaves the
table with no row to right-click. Here every merge, pin, exclusion, project tag, credit limit,
insurance and group is listed (those waiting for their customer to appear in a ledger too),
newest first, and the button under the list takes back the one selected — unmerge, include
again, unpin, judge on the usual window, the ledger's limit or insurance again, out of the
group — however long ago it was made. All reading and writing runs on the window's runner.
Each kind core stores has its word here: a kind without one would stop the list painting.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.i18n import N_, tr
from core.messages import Message
from core.overrides import OverrideRow
from ui import operations, style
from ui.column_filter import ColumnFilter
from ui.columns import ROW_ROLE, Column, ColumnModel
from ui.errors import show_failed
from ui.sort_header import sortable
from ui.tasks import Failure, Runner, Task
from ui.widgets import EmptyNote, compact_rows, delete_after, fitted, tab_moves_on

KINDS = {"merge": N_("Merged"), "pin_list": N_("Pinned to a list"),
         "pin_tier": N_("Pinned to a tier"), "exclude": N_("Left out"),
         "project": N_("Project buyer"), "credit_limit": N_("Credit limit"),
         "insure": N_("Credit insurance"), "group": N_("Group")}
TAKE_BACK = {"merge": N_("Unmerge"), "pin_list": N_("Unpin"), "pin_tier": N_("Unpin"),
             "exclude": N_("Include again"), "project": N_("Judge on the usual window"),
             "credit_limit": N_("The ledger's limit again"),
             "insure": N_("The ledger's insurance again"), "group": N_("Out of the group")}


COLUMNS: tuple[Column[OverrideRow], ...] = (
    Column("date", N_("Date"), lambda r: r.made_at, lambda r: r.created_at, descending=True),
    Column("kind", N_("Correction"), lambda r: tr(KINDS[r.kind]), lambda r: tr(KINDS[r.kind])),
    Column("customer", N_("Customer"), lambda r: r.customer, lambda r: r.customer),
    Column("what", N_("What it does"), lambda r: r.description.text,
           lambda r: r.description.text),
    Column("note", N_("Note"), lambda r: r.note or "", lambda r: r.note or ""),
)
WHAT = [column.key for column in COLUMNS].index("what")
LEAST_WHAT = 30  # "What it does" wraps at no fewer than this many widths of "x"
# the kinds of correction are named once, in the dialog's heading
NONE_YET = N_("No corrections yet: the analysis reads the ledgers as they are. Any correction "
              "you set from a customer's right-click menu is listed here, and can be taken back "
              "here.")


class CorrectionModel(ColumnModel):
    columns = COLUMNS

    def extra(self, row: OverrideRow, column: Column[OverrideRow], role: int) -> Any:
        if not row.known and role == Qt.ItemDataRole.ToolTipRole:
            return tr(N_("This customer is in no imported ledger yet: the correction waits "
                         "for it."))
        return None


class CorrectionsDialog(QDialog):
    """The list and one button; `changed` once a correction was taken back."""

    changed = Signal()

    def __init__(self, db_path: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("corrections_dialog")
        self.db_path, self.runner = Path(db_path), runner
        self.reverting: Task | None = None
        self.loaded = False  # the list read once: "none yet" is said only then
        self.model = CorrectionModel(self)
        self.proxy = ColumnFilter(self)
        self.proxy.setSourceModel(self.model)
        self.intro = QLabel(wordWrap=True)
        self.table = QTableView()
        tab_moves_on(self.table)
        self.table.setModel(self.proxy)
        sortable(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        compact_rows(self.table)
        # the notes as wide as they are: stretched, they took the width "What it does" needs
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        # no rows: the words across the table, no bare header over a blank box
        self.empty = EmptyNote(self.table)
        self.empty.setObjectName("no_corrections")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.message = QLabel(wordWrap=True)
        self.take_back = QPushButton()
        self.take_back.setObjectName("take_back")
        self.take_back.clicked.connect(self.revert_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.take_back, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(fitted(self, 900, 480))
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(tr(N_("Corrections to customers")))
        self.intro.setText(tr(N_(
            "Merges, pins, exclusions, project buyers, credit limits, insurance and groups you "
            "set, newest first. Select one to take it back; the analysis follows at once.")))
        self.model.retranslate()
        self._said_empty()
        self._selected()

    def reload(self) -> None:
        self.runner.run(self, partial(operations.corrections, self.db_path),
                        on_success=self._show, on_failure=self._failed)

    def _show(self, rows: list[OverrideRow]) -> None:
        self.loaded = True
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        # as wide as its columns, as far as the screen allows: at 1280 × 800 a group's
        # sentence was cut at "their exposure is summ" and the notes lay past the edge
        frame = self.width() - self.table.viewport().width()
        wanted = frame + self._others() + self.table.sizeHintForColumn(WHAT) + 2
        if wanted > self.width():
            self.resize(fitted(self, wanted, self.height()))
        self._fit_what()
        self._said_empty()
        self._selected()

    def _said_empty(self) -> None:
        """The empty state's words in the table's place while it has no row."""
        empty = self.loaded and not self.model.rowCount()
        self.table.horizontalHeader().setVisible(not empty)
        self.empty.setText(tr(NONE_YET) if empty else "")

    def _fit_what(self) -> None:
        """"What it does" within the room the other columns leave, its sentence wrapped over
        as many lines as it takes: whole on a screen too narrow for it on one line (150 %)."""
        table = self.table
        if not self.proxy.rowCount():
            return
        others = self._others()
        least = LEAST_WHAT * table.fontMetrics().horizontalAdvance("x")
        room = max(table.viewport().width() - others, least)
        one_line = table.sizeHintForColumn(WHAT)
        table.setColumnWidth(WHAT, min(one_line, room))
        table.resizeRowsToContents()

    def _others(self) -> int:
        """The width of every column but "What it does", each as wide as its contents."""
        return sum(self.table.columnWidth(n) for n in range(len(COLUMNS)) if n != WHAT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The table's own width changed (the dialog resized, a scroll bar come or gone)."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_what()
        return super().eventFilter(watched, event)

    def selected(self) -> OverrideRow | None:
        rows = self.table.selectionModel().selectedRows()
        found: OverrideRow | None = rows[0].data(ROW_ROLE) if rows else None
        return found

    def select(self, kind: str, customer: str) -> bool:
        """Select the correction of this kind on this customer (by name); whether found."""
        for row in range(self.proxy.rowCount()):
            found = self.proxy.row_at(row)
            if found.kind == kind and found.customer == customer:
                self.table.selectRow(row)
                return True
        return False

    def _selected(self) -> None:
        row = self.selected()
        self.take_back.setEnabled(row is not None and row.known)
        self.take_back.setText(tr(TAKE_BACK[row.kind]) if row else tr(N_("Take back")))

    def revert_selected(self) -> None:
        row = self.selected()
        if row is None or not row.known:
            return
        self.take_back.setEnabled(False)
        self.reverting = self.runner.run(
            self, partial(operations.revert_override, self.db_path, row.kind, row.customer_key),
            on_success=self._reverted, on_failure=self._failed)

    def reject(self) -> None:
        delete_after(self, self.reverting)  # closed while it runs: the window still refreshes
        super().reject()

    def _reverted(self, message: Message) -> None:
        self.message.setStyleSheet("")
        self.message.setText(message.text)
        self.changed.emit()
        self.reload()

    def _failed(self, failure: Failure) -> None:
        self.message.setStyleSheet(f"color: {style.BAD}")
        self.message.setText(failure.text)
        if not failure.refusal:
            show_failed(self, failure)
        self._selected()
