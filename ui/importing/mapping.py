"""The mapping page of the import dialog: which column feeds which field, and the first rows.

A clerk recognises a ledger by its own column titles and first rows, not by field names, so each
field shows its label in the user's language with an example value, and the preview table shows
the sheet's header text with the field each column feeds. The reading runs on the worker
(ui.operations.preview); the widgets only draw what it found.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import N_, tr, with_note
from core.ledger.fields import FIELDS, REQUIRED, Field, worded
from core.ledger.preview import FilePreview, SheetPreview
from core.ledger.read_as import Reading
from core.ledger.report import REMEMBERED, passed_text
from ui import style
from ui.importing.file_state import FileState
from ui.importing.preview_table import PreviewModel
from ui.importing.tabs_table import (
    SKIPPED,
    TABS_IN_SIGHT,
    TABS_SAID,
    TAKEN,
    SpannedWords,
    TabsModel,
)
from ui.widgets import compact_rows, tab_moves_on

MISSING_STYLE = f"QComboBox {{ background: {style.MISSING_FIELD}; }}"
# Required fields first: they decide whether a file can be imported at all.
ORDERED: tuple[Field, ...] = (tuple(f for f in FIELDS if f.name in REQUIRED)
                              + tuple(f for f in FIELDS if f.name not in REQUIRED))


def field_label(field: Field, words: Mapping[str, str] | None = None) -> str:
    """The label a user reads: their language's name and, in grey and that language's
    brackets ("客户 *（例如 …）"), a value they would know.
    A sheet's `words` (a payments sheet's amount is the money received: fields.worded, as
    the report and the preview's heads say it) name the field: its rows read "Amount *"."""
    named = worded(field.name, words or {})
    example = html.escape(tr(N_("e.g. {example}"), example=named.example))
    name = html.escape(tr(named.label))
    if field.name in REQUIRED:
        name = f"<b>{name} *</b>"
    return f'{name}<span style="color:{style.CONTEXT}">{with_note("", example)}</span>'


class MappingEditor(QWidget):
    """One file's mapping: a dropdown per field over the sheet's headers, and the preview."""

    mappingEdited = Signal(dict)  # the whole user mapping, field -> header ("" = not used)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: FileState | None = None
        self.sheet_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.busy_label = QLabel()
        self.busy = QProgressBar(maximumHeight=14, textVisible=False)
        self.refusal_label = QLabel(wordWrap=True, styleSheet=f"color: {style.BAD}")
        self.labels: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        self.values: dict[str, QLabel] = {}
        self.grid_titles = [QLabel(), QLabel(), QLabel()]
        self.optional_title = QLabel()
        self.more = QToolButton(checkable=True, autoRaise=True)
        self.more.setObjectName("more_fields")
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.toggled.connect(lambda _on: self._fold())
        self.model = PreviewModel(self)
        self.table = QTableView(editTriggers=QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_moves_on(self.table)
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        # every ledger tab with its counts; the one chosen is previewed below it
        self.tab = 0
        self.roomless: list[int] | None = None  # the panes' sizes before refusals took room
        self.tabs_model = TabsModel(self)
        self.tabs = QTableView(editTriggers=QAbstractItemView.EditTrigger.NoEditTriggers,
                               selectionBehavior=QAbstractItemView.SelectionBehavior.SelectRows,
                               selectionMode=QAbstractItemView.SelectionMode.SingleSelection)
        self.tabs.setObjectName("import_tabs")
        self.tabs_title = QLabel(wordWrap=True, styleSheet=f"color: {style.CONTEXT}")
        tab_moves_on(self.tabs)
        compact_rows(self.tabs)
        SpannedWords(self.tabs)
        # a refusal's lines taller than the list scrolled through, not cut at the list's foot
        self.tabs.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tabs.horizontalHeader().setStretchLastSection(False)  # the counts beside their titles
        self.tabs.setModel(self.tabs_model)
        # once the view has taken the new width (during the resize the row measured the old)
        self.tabs.horizontalHeader().sectionResized.connect(
            self._fit_refusals, Qt.ConnectionType.QueuedConnection)
        # a quarter's tabs in sight however small the dialog (at 150 % on a 1280x800 screen
        # the splitter left one tab and a half, a three-month workbook's third tab hidden)
        self.tabs.setMinimumHeight(self.tabs.horizontalHeader().sizeHint().height()
                                   + TABS_IN_SIGHT * self.tabs.verticalHeader().defaultSectionSize()
                                   + 2 * self.tabs.frameWidth())
        self.tabs.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_tab(current.row()))
        self._build()
        self.retranslate()

    def _build(self) -> None:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(12)
        for column, title in enumerate(self.grid_titles):
            title.setStyleSheet("font-weight: bold")
            grid.addWidget(title, 0, column, Qt.AlignmentFlag.AlignBottom)
        # the values' column gives way first: its heading goes on two lines rather than
        # widen the page past a 1280-pixel screen at 150 % (its values are cut, whole in
        # their tooltips)
        self.grid_titles[2].setWordWrap(True)
        row = 1
        for field in ORDERED:
            if field is ORDERED[len(REQUIRED)]:
                line = QFrame(frameShape=QFrame.Shape.HLine, frameShadow=QFrame.Shadow.Sunken)
                grid.addWidget(line, row, 0, 1, 3)
                grid.addWidget(self.optional_title, row + 1, 0, 1, 3)
                row += 2
            label = QLabel(textFormat=Qt.TextFormat.RichText)
            combo = QComboBox(minimumContentsLength=14, sizeAdjustPolicy=QComboBox.SizeAdjustPolicy
                              .AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _i, name=field.name: self._edited(name))
            value = QLabel(styleSheet=f"color: {style.CONTEXT}", wordWrap=True)
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.labels[field.name], self.combos[field.name] = label, combo
            self.values[field.name] = value
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(value, row, 2)
            row += 1
        grid.addWidget(self.more, row, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.setRowStretch(row + 1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_widget)
        self.scroll = scroll
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical,
                                             childrenCollapsible=False)
        splitter.addWidget(scroll)
        tabs = QWidget()
        column = QVBoxLayout(tabs)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.tabs_title)
        column.addWidget(self.tabs, 1)
        splitter.addWidget(tabs)
        splitter.addWidget(self.table)
        splitter.setSizes([280, 110, 170])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.sheet_label, self.refusal_label, self.busy_label, self.busy):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        for title, text in zip(self.grid_titles, (N_("Ledger field"), N_("Column in the file"),
                                                  N_("First value → as it will be read")),
                               strict=True):
            title.setText(tr(text))
        # on two lines at most, not one character a line: a Chinese heading may wrap anywhere
        bold = QFont(self.grid_titles[2].font())
        bold.setBold(True)
        self.grid_titles[2].setMinimumWidth(max(QFontMetrics(bold).horizontalAdvance(word)
                                                for word in self.grid_titles[2].text().split()))
        self.optional_title.setText(tr(N_("Optional: a missing column only turns off what needs "
                                          "it")))
        self.optional_title.setStyleSheet(f"color: {style.CONTEXT}")
        for field in FIELDS:
            combo = self.combos[field.name]
            if combo.count():
                combo.setItemText(0, tr(N_("— not used —")))
            self.labels[field.name].setToolTip(
                tr(N_("Required: without this column no row can be imported."))
                if field.name in REQUIRED else "")
        self.model.retranslate()
        self.tabs_model.retranslate()
        self.tabs_title.setText(tr(TABS_SAID))
        self.show_state(self.state)

    def combo(self, name: str) -> QComboBox:
        return self.combos[name]

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() or "" for name, combo in self.combos.items()
                if combo.currentData()}

    def show_state(self, state: FileState | None) -> None:
        """Draw one file: its sheets, the user's mapping in the combos, the first rows."""
        if state is not self.state:
            self.tab = 0  # another file: its first tab
        self.state = state
        preview = state.preview if state else None
        self.tabs_model.set_preview(preview)
        self.tab = min(self.tab, max(self.tabs_model.rowCount() - 1, 0))
        refusal = (state.refusal_text if state and state.refusal
                   else state.failure if state else None)
        self.refusal_label.setText(refusal or "")
        self.refusal_label.setVisible(bool(refusal))
        self.set_busy(bool(state and state.busy), state.fraction if state else None)
        self.show_tab(self.tab)
        self._fit_tabs()

    def _fit_tabs(self) -> None:
        """Each count beside its title; a tab of a file the import refuses says why across
        its counts' cells and the rest of the row, on as many lines as the words take."""
        refused = self.tabs_model.refused_rows()
        self.tabs.clearSpans()
        rows = self.tabs.verticalHeader()
        for row in range(self.tabs_model.rowCount()):  # a refusal's lines not kept by the
            rows.resizeSection(row, rows.defaultSectionSize())  # next file's tab of its row
        self.tabs.horizontalHeader().setStretchLastSection(bool(refused))
        self.tabs.resizeColumnsToContents()
        for row in refused:
            self.tabs.setSpan(row, TAKEN, 1, SKIPPED - TAKEN + 1)
            for column in range(TAKEN, SKIPPED):  # their titles' width, not the words'
                self.tabs.setColumnWidth(
                    column, self.tabs.horizontalHeader().sectionSizeHint(column))
        self._fit_refusals()

    def _fit_refusals(self) -> None:
        """A refusal's lines as many as its words take at the list's width now: fitted once,
        at the width the list had when the file was shown, its end was cut ("…") once the
        dialog took its size."""
        refused = self.tabs_model.refused_rows()
        for row in refused:
            self.tabs.resizeRowToContents(row)
        if refused:
            self._room_for_refusals()
        elif self.roomless is not None:  # the refusals gone: the fields their room again
            self.splitter.setSizes(self.roomless)
            self.roomless = None

    def _room_for_refusals(self) -> None:
        """The list as tall as its rows, its room taken from the preview below down to its
        least height, then from the fields above down to the rows the refusal asks for, which
        are scrolled to: taken from the fields down to their least, at 150 % they showed the
        客户 row alone, the 金额 row the red line under the page asks to choose out of sight."""
        view, sizes = self.tabs, self.splitter.sizes()
        rows = sum(view.rowHeight(row) for row in range(self.tabs_model.rowCount()))
        grow = rows + view.horizontalHeader().height() + 2 * view.frameWidth() - view.height()
        below = min(max(grow, 0), max(sizes[2] - self.table.minimumSizeHint().height(), 0))
        above = min(max(grow - below, 0), max(sizes[0] - self._asked_height(), 0))
        if below or above:
            self.roomless = self.roomless or sizes
            self.splitter.setSizes([sizes[0] - above, sizes[1] + below + above,
                                    sizes[2] - below])
        asked = self._asked()
        for widget in (self.labels[asked[-1]], self.combos[asked[0]]):  # the first on top
            self.scroll.ensureWidgetVisible(widget, 0, self.scroll.frameWidth())

    def _asked(self) -> list[str]:
        """The required fields the tab shown is refused for (the red line's), else all."""
        missing = self.state.tab_missing(self.tab) if self.state else []
        return [name for name in REQUIRED if name in missing] or list(REQUIRED)

    def _asked_height(self) -> int:
        """The fields' height that shows the rows the refusal asks for whole."""
        rows = [widget.geometry() for name in self._asked()
                for widget in (self.labels[name], self.combos[name])]
        spacing = self.scroll.widget().layout().verticalSpacing()
        return (max(r.bottom() for r in rows) - min(r.top() for r in rows) + 1
                + 2 * (spacing + self.scroll.frameWidth()))

    def show_tab(self, index: int) -> None:
        """Preview the workbook's `index`-th ledger tab under the columns chosen above, as the
        import will read it (FileState.tab_mapping): its counts once the file is read again."""
        preview = self.state.preview if self.state else None
        sheets = preview.sheets if preview else []
        self.tab = index if 0 <= index < len(sheets) else 0
        sheet = sheets[self.tab] if sheets else None
        row = self.tabs.selectionModel()
        if sheets and row.currentIndex().row() != self.tab:
            row.blockSignals(True)
            self.tabs.selectRow(self.tab)
            row.blockSignals(False)
        self.sheet_label.setText(sheet_summary(preview, self.tab))
        mapping = self.state.tab_mapping(self.tab) if self.state else {}
        self.model.set_sheet(sheet, mapping, preview.date_order if preview else None)
        self.table.resizeColumnsToContents()
        self._fill(sheet, self.state.mapping if self.state and not self.tab else mapping)
        self._mark()
        self._fold()

    def _fill(self, sheet: SheetPreview | None, mapping: Mapping[str, str]) -> None:
        """The dropdowns over the headers of the tab shown, each at the column it reads there:
        a workbook's 收款 tab has columns its order tabs have not, and the first tab's were
        listed whichever was shown (core applies a choice to the tabs that have its header)."""
        headers = list(dict.fromkeys(h for h in sheet.headers if h)) if sheet else []
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr(N_("— not used —")), "")
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(mapping.get(name, "")), 0))
            combo.setEnabled(sheet is not None)
            combo.blockSignals(False)
        for field in FIELDS:
            self.labels[field.name].setText(field_label(field, self._words()))

    def _words(self) -> dict[str, str]:
        """The tab shown's fields read as another (a 收款 tab's amount is the money received)."""
        return self.state.tab_words(self.tab) if self.state else {}

    def set_busy(self, busy: bool, fraction: float | None = None) -> None:
        """Reading a large file takes seconds: say so, and show how far it got."""
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        if busy:
            name = self.state.path.name if self.state else ""
            self.busy_label.setText(tr(N_("Reading {file}…"), file=name))
            if fraction is None:
                self.busy.setRange(0, 0)
            else:
                self.busy.setRange(0, 1000)
                self.busy.setValue(int(fraction * 1000))

    def _edited(self, name: str) -> None:
        header = self.combos[name].currentData() or ""
        if header:  # a column feeds one field: the field that had it gives it up, as in core
            for other, combo in self.combos.items():
                if other != name and combo.currentData() == header:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        mapping = self.mapping()
        if self.state is not None:
            self.state.choose_on_tab(self.tab, name, header)
            if self.tab:  # the first tab's columns stay the page's: read again below
                mapping = dict(self.state.mapping)
            self.state.mapping = mapping  # the tab shown under it at once, read again below
            self.model.set_sheet(self.model.sheet, self.state.tab_mapping(self.tab))
        self._mark()
        self.mappingEdited.emit(mapping)

    def _mark(self) -> None:
        """Highlight required fields without a column and show each column's first value."""
        missing = (self.state.tab_missing(self.tab) if self.state and self.state.has_sheet
                   else [])
        for name, combo in self.combos.items():
            combo.setStyleSheet(MISSING_STYLE if name in missing else "")
            self.labels[name].setStyleSheet(f"color: {style.BAD}" if name in missing else "")
            header = combo.currentData() or ""
            reading = self._first_reading(header)
            self.values[name].setText(reading.text() if reading else "")
            self.values[name].setToolTip(reading.text() if reading else "")
            warned = reading is not None and reading.warning is not None
            self.values[name].setStyleSheet(
                f"color: {style.WANTS_CHOICE if warned else style.CONTEXT}")

    def _first_reading(self, header: str) -> Reading | None:
        """The first non-blank value under a header of a row the import takes (an order, or
        money received), as the import will read it: a skipped row's (a held payment's order
        number, a totals row's figure) was shown as the column's example. None when the
        rows shown that it takes have none; where it takes none of them (a column chosen
        that no row reads), the first row's, its reading saying why it is skipped."""
        sheet = self.model.sheet
        if sheet is None or not header or header not in sheet.headers:
            return None
        column = sheet.headers.index(header)
        taken = [row for row in range(len(sheet.rows)) if self.model.skipped(row) is None]
        filled = [row for row in (taken or range(len(sheet.rows)))
                  if column < len(sheet.rows[row]) and sheet.rows[row][column]]
        return self.model.reading(filled[0], column) if filled else None

    def optional_hidden(self) -> list[str]:
        """The optional fields folded under "More fields": those without a column."""
        return [f.name for f in ORDERED if f.name not in REQUIRED
                and not self.combos[f.name].currentData() and f.name not in self.named_above()]

    def named_above(self) -> set[str]:
        """The optional fields a required row already is: a payments sheet's amount and date
        are the money received and its date (core.ledger.layout.receipts_sheet reads a column
        given to either as the rows' amount or date), so a second "Amount received" row under
        "More fields" left the clerk to guess which to use. One a column feeds stays."""
        return {said for said in self._words().values() if not self.combos[said].currentData()}

    def _fold(self) -> None:
        """Required fields and the columns found always show; the rest on request."""
        folded = [] if self.more.isChecked() else self.optional_hidden()
        named = self.named_above()
        for field in ORDERED:
            shown = field.name not in folded and field.name not in named
            for widget in (self.labels[field.name], self.combos[field.name],
                           self.values[field.name]):
                widget.setVisible(shown)
        count = len(self.optional_hidden())
        self.more.setVisible(bool(count))
        self.more.setText(tr(N_("Fewer fields")) if self.more.isChecked()
                          else tr(N_("More fields ({count})"), count=count))
        self.more.setArrowType(Qt.ArrowType.DownArrow if self.more.isChecked()
                               else Qt.ArrowType.RightArrow)
        self._fit_width()

    def _fit_width(self) -> None:
        """As wide as the rows shown (a payments sheet's "Date received *" is wider than "Order
        date *"), measured again whenever rows are shown or folded: measured once per file, the
        longer rows "More fields" unfolds pushed the last heading past the right edge."""
        self.scroll.widget().layout().activate()  # the rows just shown or hidden counted
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(self.scroll.widget().minimumSizeHint().width() + scrollbar)


def sheet_summary(preview: FilePreview | None, shown: int = 0) -> str:
    """Where the ledger tab `shown` was found (its header row; every tab's is in the tabs
    table), what reading it did that the report will say (SheetPreview.notes: hidden rows,
    months without a day, Excel errors), and what was passed over."""
    if preview is None:
        return ""
    lines = []
    for sheet in preview.sheets[shown:shown + 1]:
        line = tr(N_("Sheet “{sheet}”: header in row {row}"), sheet=sheet.name,
                  row=sheet.header_row)
        if sheet.remembered:
            line = with_note(line, tr(REMEMBERED))
        lines.append(html.escape(line))
        lines.extend(f'<span style="color:{style.WANTS_CHOICE}">{html.escape(note.text)}</span>'
                     for note in sheet.notes)
    if preview.passed:
        passed = tr(N_("Passed over: {sheets}"), sheets=passed_text(preview.passed))
        lines.append(f'<span style="color:{style.CONTEXT}">{html.escape(passed)}</span>')
    return "<br>".join(lines)
