"""The import dialog: choose or drop ledgers, check each one's columns, import, read the result.

Every file is read on the worker as soon as it is chosen, so a 100,000-row ledger never freezes
the window; the clerk sees at once which files are refused and why, corrects a column once (the
store remembers the corrected layout for next month) and imports with a progress bar and Cancel.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import N_, listed, tr, with_note
from core.ledger.readers import LEDGER_SUFFIXES, is_owner_file
from core.ledger.report import beside_name
from ui import operations, prefs, style
from ui.importing.file_state import FileState
from ui.importing.mapping import MappingEditor
from ui.importing.result import ProgressPage, ResultPage, WrapDelegate
from ui.tasks import Failure, Runner, Task
from ui.widgets import fit_to_screen

FILES, MAPPING, PROGRESS, RESULT = range(4)


def _button(layout: QHBoxLayout, slot: object) -> QPushButton:
    button = QPushButton()
    button.clicked.connect(slot)
    layout.addWidget(button)
    return button


class ImportDialog(QDialog):
    """Files → columns → progress → result; all reading and writing on the runner's worker:
    the window's, which the dialog never shuts down, so a dialog closed can be opened again."""

    importFinished = Signal(list)  # the FileResults, when an import has written or refused

    def __init__(self, db_path: Path, runner: Runner, files: list[Path] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.runner = runner
        self.states: list[FileState] = []
        self.tasks: dict[int, Task] = {}  # id(state) -> its reading
        self.setAcceptDrops(True)
        self.resize(980, 700)  # fitted to the free screen area when shown
        self._placed = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self._files_page())
        self.stack.addWidget(self._mapping_page())
        self.progress_page = ProgressPage()
        self.progress_page.ended.connect(self._import_ended)
        self.stack.addWidget(self.progress_page)
        self.result_page = ResultPage()
        self.stack.addWidget(self.result_page)
        self.message = QLabel(wordWrap=True, styleSheet=f"color: {style.BAD}")
        bar = QHBoxLayout()
        self.back_button = _button(bar, lambda: self._go(FILES))
        bar.addStretch(1)
        self.next_button = _button(bar, lambda: self._go(MAPPING))
        self.import_button = _button(bar, self.start_import)
        self.close_button = _button(bar, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(bar)
        self.retranslate()
        if files:
            self.add_files(files)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """980 × 700 where the screen has room; at 150 % on a 1080p screen, the free area."""
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            fit_to_screen(self, 980, 700)
        for state in self.states:  # shown again: a reading its close cancelled is asked again
            task = self.tasks.get(id(state))  # (else "reading…" and Import greyed for good)
            if state.busy and task is not None and task.asked_to_stop():
                self._read(state)

    # --- pages ------------------------------------------------------------------------------

    def _files_page(self) -> QWidget:
        page = QWidget()
        self.files_intro = QLabel(wordWrap=True)
        self.files_list = QTreeWidget(columnCount=2, rootIsDecorated=False)
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files_list.setColumnWidth(0, 260)
        WrapDelegate(self.files_list)
        buttons = QHBoxLayout()
        self.add_button = _button(buttons, self._choose_files)
        self.remove_button = _button(buttons, self.remove_selected)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.files_intro)
        layout.addWidget(self.files_list, 1)
        layout.addLayout(buttons)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.file_label = QLabel()
        self.file_combo = QComboBox(sizeAdjustPolicy=QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.file_combo.currentIndexChanged.connect(self._show_file)
        self.editor = MappingEditor()
        self.editor.mappingEdited.connect(self._mapping_edited)
        row = QHBoxLayout()
        row.addWidget(self.file_label)
        row.addWidget(self.file_combo)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(tr(N_("Import ledgers")))
        self.files_intro.setText(tr(N_(
            "Choose the month's order ledgers, or drop them here. Each file is checked before "
            "anything is written: Excel, WPS, CSV and ERP exports are read.")))
        self.files_list.setHeaderLabels([tr(N_("Ledger file")), tr(N_("What was found"))])
        self.add_button.setText(tr(N_("&Add files…")))
        self.remove_button.setText(tr(N_("&Remove")))
        self.file_label.setText(tr(N_("Ledger file:")))
        self.back_button.setText(tr(N_("< &Back")))
        self.next_button.setText(tr(N_("&Next >")))
        self.import_button.setText(tr(N_("&Import")))
        self.close_button.setText(tr(N_("&Close")))
        self.editor.retranslate()
        self.progress_page.retranslate()
        self.result_page.retranslate()
        self._refresh()

    # --- files ------------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        """Add files (a folder adds its ledgers); Excel's ~$ lock files and repeats are skipped."""
        if self.importing:
            return
        if self.stack.currentIndex() == RESULT:  # a new round
            self.states.clear()
            self.result_page.show_outcome(None)
            self.stack.setCurrentIndex(FILES)
        known = {s.path.resolve() for s in self.states}
        for path in map(Path, paths):
            found = (sorted(p for p in path.iterdir() if p.suffix.lower() in LEDGER_SUFFIXES)
                     if path.is_dir() else [path])
            for file in found:
                if is_owner_file(file) or file.resolve() in known:
                    continue
                known.add(file.resolve())
                state = FileState(file)
                self.states.append(state)
                self._read(state)
        self._refresh()

    def remove_selected(self) -> None:
        rows = sorted({self.files_list.indexOfTopLevelItem(i)
                       for i in self.files_list.selectedItems()}, reverse=True)
        for row in rows:
            state = self.states.pop(row)
            task = self.tasks.pop(id(state), None)
            if task is not None:
                task.cancel()
        self._refresh()

    def _choose_files(self) -> None:
        start = str(self.states[-1].path.parent) if self.states else prefs.folder("import")
        patterns = " ".join(f"*{s}" for s in LEDGER_SUFFIXES)
        names, _ = QFileDialog.getOpenFileNames(
            self, tr(N_("Add ledger files")), start,
            f"{tr(N_('Order ledgers ({patterns})'), patterns=patterns)};;"
            f"{tr(N_('Any file ({patterns})'), patterns='*')}")
        if names:
            prefs.remember_folder("import", names[0])
        self.add_files([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if not self.importing and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

    # --- reading (previews) -----------------------------------------------------------------

    def _read(self, state: FileState) -> None:
        """Read the file with the clerk's columns; a reading of it still running is stopped
        (its outcome, stale, never shown): a column chosen while a 100,000-row file was read
        waited for that reading to end before its own began."""
        state.busy, state.fraction = True, None
        kind = f"preview {id(state)}"
        self.tasks[id(state)] = self.runner.run(
            self, partial(operations.preview, self.db_path, state.path, state.overrides()),
            on_progress=partial(self._read_progress, state),
            on_success=partial(self._read_done, state),
            on_failure=partial(self._read_failed, state), kind=kind, replaces=(kind,))

    def _read_progress(self, state: FileState, fraction: float, _message: str = "") -> None:
        state.fraction = fraction
        self._refresh_list()
        if state is self.current_state:
            self.editor.set_busy(True, fraction)

    def _read_done(self, state: FileState, preview: object) -> None:
        if state not in self.states:
            return
        state.take(preview)  # type: ignore[arg-type]
        self._refresh(state)

    def _read_failed(self, state: FileState, failure: Failure) -> None:
        state.busy, state.failure = False, failure.text
        self._refresh(state)

    def _mapping_edited(self, mapping: dict[str, str]) -> None:
        state = self.current_state
        if state is None:
            return
        state.mapping = mapping
        self._read(state)
        self.editor.set_busy(True)
        self._refresh_list()
        self._update_buttons()

    @property
    def current_state(self) -> FileState | None:
        index = self.file_combo.currentIndex()
        return self.states[index] if 0 <= index < len(self.states) else None

    def _show_file(self) -> None:
        self.editor.show_state(self.current_state)

    # --- importing --------------------------------------------------------------------------

    @property
    def importing(self) -> bool:
        return self.progress_page.task is not None

    def start_import(self) -> None:
        """Each file with the mapping the user chose for it; untouched files as detected."""
        if self.importing or not self.import_button.isEnabled():
            return
        self.progress_page.start(self.runner, self.db_path,
                                 [(s.path, s.overrides()) for s in self.states])
        self._go(PROGRESS)

    def _import_ended(self, outcome: operations.ImportOutcome | None, failure: str | None
                      ) -> None:
        self.result_page.show_outcome(outcome, failure)
        self._go(RESULT)
        if outcome is not None and outcome.results:
            self.importFinished.emit(list(outcome.results))

    # --- navigation and state ---------------------------------------------------------------

    def _go(self, page: int) -> None:
        if page == MAPPING and self.current_state is not None:
            wanting = [s for s in self.states if s.missing()]
            if wanting and self.current_state not in wanting:
                self.file_combo.setCurrentIndex(self.states.index(wanting[0]))
        self.stack.setCurrentIndex(page)
        self._update_buttons()

    def done(self, result: int) -> None:
        """Closing while importing cancels the import first (the dialog stays till it has
        ended); the readings still running are cancelled, and end on the window's runner (read
        again if the dialog is shown again)."""
        if self.importing:
            self.progress_page.cancel()
            return
        for task in self.tasks.values():
            task.cancel()
        super().done(result)

    def _refresh(self, changed: FileState | None = None) -> None:
        """Bring the list, the file chooser and the buttons in line with the states."""
        self._refresh_list()
        names = [s.path.name for s in self.states]
        if [self.file_combo.itemText(i) for i in range(self.file_combo.count())] != names:
            current = self.current_state
            self.file_combo.blockSignals(True)
            self.file_combo.clear()
            self.file_combo.addItems(names)
            if current in self.states:
                self.file_combo.setCurrentIndex(self.states.index(current))
            self.file_combo.blockSignals(False)
            changed = self.current_state
        if changed is None or changed is self.current_state:
            self.editor.show_state(self.current_state)
        self._update_buttons()

    def _refresh_list(self) -> None:
        """Update the rows in place: rebuilding them would lose the user's selection."""
        while self.files_list.topLevelItemCount() > len(self.states):
            self.files_list.takeTopLevelItem(self.files_list.topLevelItemCount() - 1)
        for row, state in enumerate(self.states):
            item = self.files_list.topLevelItem(row) or QTreeWidgetItem(self.files_list)
            text, colour = file_status(state)
            for column, value in enumerate((state.path.name, text)):
                item.setText(column, value)
                item.setToolTip(column, str(state.path) if column == 0 else text)
            item.setForeground(1, QBrush(QColor(colour)) if colour
                               else self.files_list.palette().text())

    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        self.back_button.setVisible(page == MAPPING)
        self.next_button.setVisible(page == FILES)
        self.next_button.setEnabled(bool(self.states))
        self.import_button.setVisible(page in (FILES, MAPPING))
        self.close_button.setVisible(page != PROGRESS)
        self.remove_button.setEnabled(bool(self.states))
        problem = self.import_problem() if page in (FILES, MAPPING) else None
        self.import_button.setEnabled(bool(self.states) and problem is None)
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem))

    def import_problem(self) -> str | None:
        """Why Import is disabled, in words; None when it can run."""
        if not self.states:
            return None
        for state in self.states:
            missing = state.missing()
            if missing:
                fields = listed([state.field_name(name) for name in missing])
                return tr(N_("Choose a column for {fields} in {file}, or remove the file."),
                          fields=fields, file=state.path.name)
        if any(s.busy for s in self.states):
            return tr(N_("Reading the files…"))
        if all(s.refused for s in self.states):
            return tr(N_("None of these files can be imported."))
        return None


def file_status(state: FileState) -> tuple[str, str | None]:
    """The files page's word on a file, and its colour: red refused, orange needs a choice."""
    if state.busy:
        percent = f" {state.fraction:.0%}" if state.fraction else ""
        return tr(N_("Reading the file…")) + percent, None
    if state.failure:
        return state.failure, style.BAD
    if state.refusal_text and not state.has_sheet:
        return state.refusal_text, style.BAD
    missing = state.missing()
    if missing:
        fields = listed([state.field_name(name) for name in missing])
        return tr(N_("No column found for {fields}: choose it on the next page."),
                  fields=fields), style.WANTS_CHOICE
    preview = state.preview
    assert preview is not None
    text = tr(N_("{format}, ledger in {sheets}"), format=preview.file_format or "?",
              sheets=listed([f"“{s.name}”" for s in preview.sheets]))
    if state.refusal:
        return text + " — " + beside_name(state.refusal), style.BAD
    if state.overrides():
        text = with_note(text, tr(N_("columns chosen by you")))
    return text, None
