"""Print: choose a list or tier and whose copy, then preview, print, save a PDF, or write one
PDF per salesperson with the lines to paste into each chat.

Everything on paper comes from ui.printing.pages, which lays out core's own rows: the preview, the
printer and the PDF share one painter, so what the owner previews is what the meeting gets.
Writing many PDFs runs on the app's worker (ui.tasks.Runner) when one is given, so the
window stays live; refusals (a locked file, a read-only folder) are shown in words.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.actions import export, plans
from core.analysis.model import Analysis
from core.analysis.names import TIERS, list_heading, sheet_name
from core.analysis.what_if import on_list
from core.i18n import N_, listed, tr, with_note
from core.messages import Refusal
from ui import prefs
from ui.errors import show_failed
from ui.printing import pages as printing
from ui.printing.what_if import WhatIfPanel
from ui.tasks import Failure, Runner, Task
from ui.widgets import WholeScroll, fitted

CHOICES = tuple(code for codes in printing.BOOKS.values() for code in codes)
FILES_SHOWN = 8  # the salespeople's PDFs named, the rest "…" (the folder holds them all)
CANCELLED = N_("Writing the PDF was cancelled; nothing was saved.")


def _write_pdf(analysis: Analysis, which: str, path: Path, salesperson: str | None,
               progress: object = None, cancel: object = None) -> Path:
    """write_pdf in the worker's calling convention."""
    return printing.write_pdf(analysis, which, path, salesperson=salesperson)


class PrintDialog(QDialog):
    """The chooser and its three ways out: preview (print or PDF), one PDF, a PDF each."""

    def __init__(self, analysis: Analysis, parent: QWidget | None = None,
                 default: str = "black", runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.analysis, self.runner = analysis, runner
        self.task: Task | None = None
        self.folder: Path | None = None
        self._keys: list[str | None] = [None, *export.salespeople(analysis)]
        self.group = QButtonGroup(self)
        self.radios = {code: QRadioButton(self) for code in CHOICES}
        self.lists_box, self.tiers_box = QGroupBox(self), QGroupBox(self)
        self.leap_box = QGroupBox(self)
        for box, book in ((self.lists_box, "stop_loss"), (self.tiers_box, "restructuring"),
                          (self.leap_box, "leap")):
            column = QVBoxLayout(box)
            for code in printing.BOOKS[book]:
                self.group.addButton(self.radios[code])
                column.addWidget(self.radios[code])
            column.addStretch(1)
        self.what_if = WhatIfPanel(self)  # before the black list is printed: what it means
        self.what_if_area = WholeScroll(self.what_if, self)  # scrolls on a small screen
        self.group.buttonToggled.connect(lambda *_: self._show_what_if())
        self.copy_label, self.copy_for = QLabel(self), QComboBox(self)
        self.copy_for.addItems([""] * len(self._keys))
        self.copy_for.currentIndexChanged.connect(self._name_lists)
        self.copy_for.currentIndexChanged.connect(lambda _: self._show_what_if())
        self.copy_label.setBuddy(self.copy_for)
        self.preview_button, self.pdf_button = QPushButton(self), QPushButton(self)
        self.each_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.each_button.clicked.connect(self.salesperson_pdfs)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        # no firm name set: the pages say the app's name, and where to set the firm's is said
        self.firm_hint = QLabel(self)
        self.firm_hint.setWordWrap(True)
        self.firm_hint.setVisible(plans.firm_not_set(analysis.rules) is not None)
        self.summaries_label = QLabel(self)
        self.summaries = QPlainTextEdit(self)
        self.summaries.setReadOnly(True)
        self.copy_button, self.folder_button = QPushButton(self), QPushButton(self)
        self.copy_button.clicked.connect(self.copy_summaries)
        self.folder_button.clicked.connect(self.open_folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._show_summaries_area(False)
        self.folder_button.setVisible(False)  # until something is written: then its folder
        self.choose(default if default in CHOICES else "black")
        self.retranslate()
        self.resize(fitted(self, self.sizeHint().width(), self.sizeHint().height()))

    def _lay_out(self) -> None:
        boxes = QHBoxLayout()
        boxes.addWidget(self.lists_box)
        boxes.addWidget(self.tiers_box)
        boxes.addWidget(self.leap_box)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_label)
        copy_row.addWidget(self.copy_for, 1)
        actions = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.each_button):
            actions.addWidget(button)
        chat = QHBoxLayout()
        chat.addStretch(1)
        chat.addWidget(self.copy_button)
        chat.addWidget(self.folder_button)
        main = QVBoxLayout(self)
        main.addLayout(boxes)
        main.addWidget(self.what_if_area, 100)
        main.addLayout(copy_row)
        main.addWidget(self.firm_hint)
        main.addLayout(actions)
        main.addWidget(self.status)
        main.addWidget(self.summaries_label)
        main.addWidget(self.summaries, 100)
        main.addLayout(chat)
        # the room neither the what-if nor the chat lines take (a watch list, a tier): the
        # choice boxes were stretched into it, three empty frames down to the buttons
        main.addStretch(1)
        main.addWidget(self.buttons)

    # -- the choice ---------------------------------------------------------------------

    def choose(self, which: str) -> None:
        """Select a list ("black", "watch", "white") or tier sheet ("strategic", …)."""
        if which not in self.radios:
            raise ValueError(f"unknown list {which!r}")
        self.radios[which].setChecked(True)

    def _show_what_if(self) -> None:
        """The what-if beside the owner's black list; a salesperson's copy has no figures."""
        shown = self.which() == "black" and self.salesperson() is None
        if shown:
            self.what_if.show_for(self.analysis, on_list(self.analysis, "black"),
                                  N_("If supply to the black list stopped"))
        self.what_if_area.setVisible(shown)

    def which(self) -> str:
        return next(code for code, radio in self.radios.items() if radio.isChecked())

    def choose_salesperson(self, salesperson: str | None) -> None:
        """None: the owner's copy with every customer; a name ('' for nobody's): their copy."""
        self.copy_for.setCurrentIndex(self._keys.index(salesperson))

    def salesperson(self) -> str | None:
        return self._keys[max(self.copy_for.currentIndex(), 0)]

    def document(self) -> QTextDocument:
        return printing.list_document(self.analysis, self.which(),
                                      salesperson=self.salesperson())

    def default_name(self) -> str:
        """'Black list_2025-12-31.pdf': the list as titled on the page, and the date."""
        title = printing.header_of(self.document())[1]
        return f"{export._file_name(title)}_{self.analysis.as_of.isoformat()}.pdf"

    # -- preview and print --------------------------------------------------------------

    def paint_on(self, printer: QPrinter) -> int:
        """What the preview asks for: every page painted onto its printer; the page count."""
        document = self.document()
        painter = QPainter(printer)
        try:
            rect = printing.page_rect(printer, printer.resolution())
            return printing.paint_pages(document, painter, rect, printing.header_of(document),
                                        printing.footer_texts())
        finally:
            painter.end()

    def preview_dialog(self) -> QPrintPreviewDialog:
        """Qt's preview on an A4 landscape printer; it prints or saves a PDF itself."""
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setPageLayout(printing.a4_landscape())
        self._printer.setDocName(printing.header_of(self.document())[1])
        dialog = QPrintPreviewDialog(self._printer, self)
        dialog.paintRequested.connect(self.paint_on)
        return dialog

    def preview(self) -> None:
        self.preview_dialog().exec()

    # -- PDF files ----------------------------------------------------------------------

    def save_pdf(self) -> None:
        start = str((self.folder or Path(prefs.folder("pdf"))) / self.default_name())
        path, _ = QFileDialog.getSaveFileName(self, tr(N_("Save as PDF")), start,
                                              tr(N_("PDF files (*.pdf)")))
        if path:  # a long list takes a while: on the worker when there is one
            prefs.remember_folder("pdf", path)
            target = Path(path) if Path(path).suffix else Path(path + ".pdf")
            self._run(partial(_write_pdf, self.analysis, self.which(), target,
                              self.salesperson()), self._saved)

    def save_pdf_to(self, path: Path | str) -> Path | None:
        """Write the chosen list as a PDF here and now; None (the reason shown) if refused."""
        try:
            written = printing.write_pdf(self.analysis, self.which(), path,
                                         salesperson=self.salesperson())
        except Refusal as refusal:
            self._fail(Failure(refusal.text, refusal.code, True, refusal.code))
            return None
        self._saved(written)
        return written

    def _saved(self, written: Path) -> None:
        self.folder = written.parent
        self.status.setText(tr(N_("Saved {file}"), file=str(written)))
        self.folder_button.setVisible(True)  # the PDF is to be sent or opened: its folder

    def salesperson_pdfs(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr(N_("Choose a folder for the salespeople's PDFs")),
            str(self.folder or prefs.folder("pdf")))
        if folder:
            prefs.remember_folder("pdf", folder)
            self.make_salesperson_pdfs(folder)

    def make_salesperson_pdfs(self, folder: Path | str) -> Task | None:
        """One PDF per salesperson of the chosen list's workbook into folder: on the runner
        (the task is returned; results arrive by signal) or, without one, right here."""
        self.folder = Path(folder)
        return self._run(partial(printing.pdfs_per_salesperson, self.analysis, self.folder,
                                 self.which()), self._written)

    def _run(self, work: Callable[..., Any], done: Callable[[Any], None]) -> Task | None:
        """work(progress=, cancel=) on the runner, done(result) on the GUI thread after; or
        both right here without a runner."""
        if self.runner is None:
            try:
                done(work(progress=None, cancel=None))
            except Refusal as refusal:
                self._fail(Failure(refusal.text, refusal.code, True, refusal.code))
            return None
        self._busy(True)
        self.task = self.runner.run(self, work, on_success=done, on_failure=self._fail,
                                    on_progress=self._progressed, on_cancel=self._cancelled,
                                    on_finished=self._finished)
        return self.task

    def _progressed(self, fraction: float, message: str) -> None:
        self.status.setText(message)

    def _cancelled(self) -> None:
        self.status.setText(tr(CANCELLED))

    def _finished(self) -> None:
        self.task = None
        self._busy(False)

    def _written(self, results: list[tuple[Path, str]]) -> None:
        said = [summary for _, summary in results if summary]
        self.summaries.setPlainText("\n\n".join(said))
        self._show_summaries_area(bool(said))
        self.folder_button.setVisible(True)
        self.status.setText(tr(N_("{count} PDF files written to {folder}: {files}"),
                               count=len(results), folder=str(self.folder),
                               files=listed([path.name for path, _ in results], FILES_SHOWN)))

    def _fail(self, failure: Failure) -> None:
        self.status.setText(failure.text)
        show_failed(self, failure)

    def _busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.pdf_button, self.each_button):
            button.setEnabled(not busy)

    def _show_summaries_area(self, shown: bool) -> None:
        for widget in (self.summaries_label, self.summaries, self.copy_button):
            widget.setVisible(shown)

    def copy_summaries(self) -> str:
        """The selected lines, or all of them, onto the clipboard for WeChat."""
        text = self.summaries.textCursor().selectedText().replace("\u2029", "\n")
        text = text or self.summaries.toPlainText()
        QGuiApplication.clipboard().setText(text)
        return text

    def open_folder(self) -> None:
        if self.folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()  # nothing is written after a cancel
        super().reject()

    # -- language -----------------------------------------------------------------------

    def _name_lists(self) -> None:
        """A salesperson's copy names the lists by what to do, as on the paper, with the name
        the screen uses beside it so the owner knows which is which."""
        sales = self.salesperson() is not None
        for code in printing.BOOKS["stop_loss"]:
            self.radios[code].setText(with_note(list_heading(code, True),
                                                      list_heading(code)) if sales
                                      else list_heading(code))

    def retranslate(self) -> None:
        self.setWindowTitle(tr(N_("Print action lists")))
        self.lists_box.setTitle(tr(N_("Stop-loss lists")))
        self.tiers_box.setTitle(tr(N_("Restructuring plan by tier")))
        self.leap_box.setTitle(tr(N_("Leap phase")))
        for code in printing.BOOKS["leap"]:
            self.radios[code].setText(printing.which_title(self.analysis, code))
        self.what_if.retranslate()
        for tier in (*TIERS, "prospect"):
            self.radios[tier].setText(sheet_name(tier))
        self.copy_label.setText(tr(N_("Copy for:")))
        hint = plans.firm_not_set(self.analysis.rules)  # the one rule `export` says it by
        self.firm_hint.setText(hint.text if hint else "")
        for index, key in enumerate(self._keys):
            self.copy_for.setItemText(index, tr(N_("Owner (all customers)")) if key is None
                                      else export.salesperson_label(key))
        self._name_lists()
        self.preview_button.setText(tr(N_("Preview…")))
        self.pdf_button.setText(tr(N_("Save as PDF…")))
        self.each_button.setText(tr(N_("One PDF per salesperson…")))
        self.each_button.setToolTip(tr(N_(
            "Each salesperson's own customers, without cost or margin, ready to send by "
            "WeChat; with three lines to paste into the chat.")))
        self.summaries_label.setText(tr(N_("Lines to paste into each salesperson's chat:")))
        self.copy_button.setText(tr(N_("Copy the lines")))
        self.folder_button.setText(tr(N_("Open folder")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
