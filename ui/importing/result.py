"""The import's progress page and its result page (the work is ui.operations.import_files).

The result page opens with a few sentences per file (ui.importing.summary: what was taken, the
skipped rows by kind, what to do about a total that disagrees); the tree of every sheet, row
and check is one click away under "Details". Both say it in the command line's words
(:mod:`core.ledger.report`), so a copied report, the page and the terminal never disagree.
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import N_, NP_, listed, tr
from core.ledger.import_result import FileResult
from core.ledger.report import (
    beside_name,
    folded_count,
    import_report,
    money,
    rows_text,
    sheet_taken,
    status_text,
    totals_line,
)
from core.ledger.rows import ranges_text
from ui import operations, style
from ui.importing.summary import summary_html
from ui.operations import ImportOutcome
from ui.tasks import Failure, Runner, Task
from ui.widgets import wrapped_height

STATUS_COLOUR = {"refused": style.BAD, "already_imported": style.CONTEXT,
                 "skipped": style.CONTEXT}


# The first line's counts, by FileResult status, in this order; only the non-zero are shown.
FILE_COUNTS = {
    "imported": NP_("{count} imported", "{count} imported"),
    "already_imported": NP_("{count} already imported", "{count} already imported"),
    "refused": NP_("{count} refused", "{count} refused"),
    "skipped": NP_("{count} skipped", "{count} skipped"),
}


class ProgressPage(QWidget):
    """The running import: the file being read, a bar, and Cancel (core rolls the file back)."""

    ended = Signal(object, object)  # ImportOutcome or None, the failure text or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self.paths: list[Path] = []
        self.title = QLabel(styleSheet="font-size: 14pt")
        self.file = QLabel()
        self.bar = QProgressBar(minimum=0, maximum=1000)
        self.message = QLabel(styleSheet=f"color: {style.CONTEXT}")
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.file, self.bar, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr(N_("Importing…")))
        self.cancel_button.setText(tr(N_("Cancel import")))

    def start(self, runner: Runner, db_path: Path, jobs: operations.Jobs) -> Task:
        self.paths = [path for path, _ in jobs]
        self.task = runner.run(self, partial(operations.import_files, db_path, jobs),
                               on_progress=self.show_progress, on_success=self._imported,
                               on_failure=self._failed, on_cancel=self._cancelled)
        self.cancel_button.setEnabled(True)
        self.show_progress(0.0, "")
        return self.task

    def show_progress(self, fraction: float, message: str) -> None:
        """The worker reports one fraction for all files; which file it is follows from it."""
        count = len(self.paths)
        number = min(int(fraction * count), count - 1)
        self.bar.setValue(int(fraction * 1000))
        self.file.setText(tr(N_("{file} ({number} of {count})"), file=self.paths[number].name,
                             number=number + 1, count=count))
        self.message.setText(message)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(tr(N_("Cancelling…")))

    def _imported(self, outcome: ImportOutcome) -> None:
        self._end(outcome, None)

    def _failed(self, failure: Failure) -> None:
        self._end(None, failure.text)

    def _cancelled(self) -> None:
        self._end(ImportOutcome([], self.paths[0]), None)

    def _end(self, outcome: ImportOutcome | None, failure: str | None) -> None:
        self.task = None
        self.ended.emit(outcome, failure)


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: a refusal's reason is a sentence, never elided.

    QTreeView wraps text only within the row height its delegate asks for, and the stock
    delegate asks for one line.
    """

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setItemDelegate(self)
        view.header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        width = self.view.header().sectionSize(index.column())
        if index.column() == 0:
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.view.indentation() * depth
        height = wrapped_height(option.fontMetrics, width, str(index.data() or ""))
        return QSize(hint.width(), max(hint.height(), height))


def _item(parent: QTreeWidget | QTreeWidgetItem, texts: list[str], colour: str | None = None
          ) -> QTreeWidgetItem:
    item = QTreeWidgetItem(parent, texts)
    for column, text in enumerate(texts):
        item.setToolTip(column, text)
        if colour:
            item.setForeground(column, QBrush(QColor(colour)))
    return item


class ResultPage(QWidget):
    """A summary per file, then (under "Details") sheets, skipped rows, totals, changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: ImportOutcome | None = None
        self.failure: str | None = None
        self.summary = QLabel(wordWrap=True)
        self.files = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.files.setObjectName("import_summary")
        self.files.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files_scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.files_scroll.setWidget(self.files)
        self.details = QToolButton(checkable=True, autoRaise=True)
        self.details.setObjectName("import_details")
        self.details.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details.toggled.connect(self._show_details)
        self.tree = QTreeWidget(columnCount=3)
        WrapDelegate(self.tree)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.all_notes = QToolButton(checkable=True, autoRaise=True)  # core.ledger.repeated_notes
        self.all_notes.setObjectName("import_all_notes")
        self.all_notes.toggled.connect(lambda _: self.show_outcome(self.outcome, self.failure))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_report)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details)
        buttons.addWidget(self.all_notes)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.files_scroll, 2)
        layout.addWidget(self.tree, 3)
        layout.addLayout(buttons)
        self.tree.setVisible(False)
        self.retranslate()

    def _show_details(self, shown: bool) -> None:
        self.tree.setVisible(shown)
        self.details.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.details.setText(tr(N_("Hide the details")) if shown
                             else tr(N_("Details: every sheet, row and check")))

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([tr(N_("File / sheet")), tr(N_("Status / rows")),
                                   tr(N_("What happened"))])
        self.copy_button.setText(tr(N_("Copy report")))
        self.all_notes.setText(tr(N_("Show all notes")))
        self._show_details(self.details.isChecked())
        self.show_outcome(self.outcome, self.failure)

    def show_outcome(self, outcome: ImportOutcome | None, failure: str | None = None) -> None:
        if outcome is not self.outcome:  # another import's notes: folded again at first
            self.all_notes.blockSignals(True)
            self.all_notes.setChecked(False)
            self.all_notes.blockSignals(False)
        self.outcome, self.failure = outcome, failure
        self.tree.clear()
        results = outcome.results if outcome else []
        self.summary.setText(self._summary())
        self.summary.setStyleSheet(f"color: {style.BAD}" if failure else "font-weight: bold")
        self.files.setText(summary_html(results, self.all_notes.isChecked()))
        self.files_scroll.setVisible(bool(results))
        self.details.setVisible(bool(results))
        self.all_notes.setVisible(any(folded_count(r, r.as_before) for r in results))
        for result in results:
            self._add_file(result)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 120)
        self.copy_button.setEnabled(bool(results))

    def _summary(self) -> str:
        if self.failure:
            return tr(N_("The import stopped with an error: {error}"), error=self.failure)
        if self.outcome is None:
            return ""
        counts: dict[str, int] = defaultdict(int)
        for result in self.outcome.results:
            counts[result.status] += 1
        parts = [tr(FILE_COUNTS[status], count=counts[status])
                 for status in FILE_COUNTS if counts[status]]  # "0 refused" read as news
        text = tr(N_("Files: {counts}."), counts=listed(parts)) if parts else ""
        if self.outcome.cancelled_at is not None:
            text = tr(N_("Import cancelled during {file}: nothing from that file or the ones "
                         "after it was written."), file=self.outcome.cancelled_at.name) \
                + ("\n" + text if self.outcome.results else "")
        return text

    def _add_file(self, result: FileResult) -> None:
        colour = STATUS_COLOUR.get(result.status)
        details = rows_text(result) if result.status == "imported" else (
            beside_name(result.message) if result.message else "")
        top = _item(self.tree, [result.path.name, status_text(result.status, result.file_format),
                                details], colour)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        for sheet in result.sheets:
            _item(top, [sheet.name, str(sheet.rows), sheet_taken(sheet)])
        for passed in result.passed:
            reason = tr(N_("Passed over: {sheets}"), sheets=passed.reason.text)
            _item(top, [passed.name, "", reason], style.CONTEXT)
        self._add_skipped(top, result)
        self._add_checks(top, result)

    def _add_skipped(self, top: QTreeWidgetItem, result: FileResult) -> None:
        grouped: dict[tuple[str, str], list[int]] = defaultdict(list)
        for skip in result.skipped:
            if skip.message.code != "totals_row":  # shown with its check below
                grouped[(skip.sheet, skip.message.text)].append(skip.row)
        if not grouped:
            return
        rows = sum(len(r) for r in grouped.values())
        group = _item(top, [tr(N_("Skipped rows")), str(rows), ""], style.WANTS_CHOICE)
        for (sheet, reason), numbers in grouped.items():
            _item(group, [sheet, ranges_text(numbers), reason])

    def _add_checks(self, top: QTreeWidgetItem, result: FileResult) -> None:
        if result.totals:
            group = _item(top, [tr(N_("Totals rows")), str(len(result.totals)), ""])
            for check in result.totals:
                _item(group, [check.sheet, str(check.row), totals_line(check)],
                      None if check.agrees else style.BAD)
        if result.amount_changes:
            group = _item(top, [tr(N_("Amount changes")), str(len(result.amount_changes)), ""],
                          style.WANTS_CHOICE)
            for change in result.amount_changes:
                _item(group, [change.sheet, str(change.row), tr(N_(
                    "Amount changed: order {order} ({customer}) {product}: {old} → {new} "
                    "{currency} (sheet “{sheet}” row {row})"), order=change.order_no or "—",
                    customer=change.customer, product=change.product or "",
                    old=money(change.old), new=money(change.new), currency=change.currency,
                    sheet=change.sheet, row=change.row)])
        for warning in result.warnings:
            _item(top, [tr(N_("Import note")), "", warning.text], style.WANTS_CHOICE)

    def report_text(self) -> str:
        """The whole result as text, as the command line prints it."""
        results = self.outcome.results if self.outcome else []
        every = self.all_notes.isChecked()
        return "\n".join([self._summary(), *(import_report(r, every) for r in results)])

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
