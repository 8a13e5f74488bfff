"""The movement view: tier counts month over month as a flow chart, and who moved and why.

Its figures come from core.analysis.movements on the runner: the snapshots it needs are read
from the database, or computed (and kept) where missing or out of date, with progress and a
cancel button, since a firm with years of data waits for an analysis per month end the first
time. The view computes only when shown, so the rest of the window never waits for it.
"""

from __future__ import annotations

import calendar
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.actions.cell_looks import plain_letters
from core.analysis.dataset import months_before
from core.analysis.movements import History
from core.analysis.names import MOVES, move_name, side_heading
from core.analysis.snapshots import month_end
from core.i18n import N_, listed, tr
from ui import operations
from ui.movements.flow import WORKING, FlowChart
from ui.movements.model import (
    COLUMN_INDEX,
    COLUMNS,
    CUT_LAST,
    NARROWED,
    MoveFilter,
    MoveModel,
)
from ui.movements.widths import cut_in_stages, spread
from ui.sort_header import sortable
from ui.tasks import Runner, Task
from ui.widgets import CutInMiddle, TitlesHeader, compact_rows, tab_moves_on

SHOWN_MONTHS = 12  # the range first shown: the year up to the analysis date
WHY_CHARS = 45  # "Why" keeps this many characters while cutting the names makes room,
NARROW_CHARS = 8  # nor a cut column narrower than this many, nor than its title
NAME_CHARS = 16  # nor the customer's name, which the meeting reads the row by


def _month_end(text: str) -> date:
    year, month = (int(part) for part in text.split("-"))
    return date(year, month, calendar.monthrange(year, month)[1])


class Said(QLabel):
    """A line of progress that takes no room while it says nothing: empty, it kept a blank
    line above the chart, a row of the table fewer at 150 %."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setVisible(bool(text))


class MovementsPage(QWidget):
    computed = Signal()  # new figures are on screen (tests wait for it)
    failed = Signal(object)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.db_path: Path | None = None
        self.as_of: date | None = None
        self.history: History | None = None
        self.task: Task | None = None
        self._stale = True
        self._again = False  # asked again while a request was being worked out
        self._ends: list[date] = []
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_month, self.to_month = QComboBox(), QComboBox()
        self.from_month.setObjectName("movements_from")
        self.to_month.setObjectName("movements_to")
        for combo in (self.from_month, self.to_month):
            combo.activated.connect(lambda _: self.refresh())
        self.kind = QComboBox()
        self.kind.setObjectName("movements_kind")
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.month = QComboBox()
        self.month.setObjectName("movements_month")
        # filled after it is first shown: sized then, it cut "All months" to "All mont"
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month.currentIndexChanged.connect(self._month_chosen)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(search=text))
        self.status = Said()
        self.status.setText("")  # nothing to say yet: no blank line
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.year = QLabel()
        self.year.setWordWrap(True)
        self.chart = FlowChart()
        self.chart.monthSelected.connect(self._chart_month)
        self.model = MoveModel(self)
        self.proxy = MoveFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        tab_moves_on(self.table)
        self.table.setObjectName("movements_table")
        self.table.setHorizontalHeader(TitlesHeader(self.table))
        # never cut: Qt elides "Revenue\nbefore" as one line, "Reven…" at its two-line width
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)
        # a name cut keeps its end: "Store (Branch 1)" and "(Branch 2)" both read "Store (Bra…"
        # cut at the right; whole in its tooltip. "Why" is cut at the right, keeping its start.
        # Not wrapped: Qt cut a wrapped name's first line at the right whatever the mode
        CutInMiddle(self.table, (COLUMN_INDEX[key] for key in NARROWED))
        self.table.setWordWrap(False)
        self.table.setModel(self.proxy)
        sortable(self.table)
        # newest month first, as chosen here: it was Qt's default indicator (the first column,
        # descending), which Fusion drew "Month ▲" over 2025-12 (ui.sort_header)
        self.table.sortByColumn(COLUMN_INDEX["month"], Qt.SortOrder.DescendingOrder)
        # the sort arrow's room moves to the column sorted by (ui.widgets.TitlesHeader)
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.fit_columns())
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        compact_rows(self.table)  # one line a row, as every other table of the window
        self._contents: dict[int, int] = {}  # each column's width for its contents, but Why's
        # the chosen row's whole reason, read without hovering: at 150 % "Why" kept about 13
        # characters of its sentence ("first valid order…"), the rest only in its tooltip
        self.why = QLabel(wordWrap=True)
        self.why.setObjectName("movements_why")
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_why())
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsRemoved,
                       self.proxy.rowsInserted):
            signal.connect(lambda *_: self._show_why())
        self.table.viewport().installEventFilter(self)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        controls = QHBoxLayout()
        for widget in (self.from_label, self.from_month, self.to_label, self.to_month):
            controls.addWidget(widget)
        controls.addSpacing(12)
        controls.addWidget(self.month)
        controls.addWidget(self.kind)
        controls.addWidget(self.search, 1)
        progress = QHBoxLayout()
        progress.addWidget(self.status, 1)
        progress.addWidget(self.cancel_button)
        moves = QWidget()
        under = QVBoxLayout(moves)
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.table, 1)
        under.addWidget(self.why)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(moves)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        column = QVBoxLayout(self)
        column.addLayout(controls)
        column.addLayout(progress)
        column.addWidget(self.year)
        column.addWidget(split, 1)

    # --- the data --------------------------------------------------------------------------
    def set_source(self, db_path: Path, as_of: date | None) -> None:
        """A new analysis is on screen: the moves are recomputed when next shown (or now,
        if shown), up to the analysis date's month."""
        changed = db_path != self.db_path
        self.db_path, self.as_of = Path(db_path), as_of
        self.chart.set_waiting(False)
        if changed:
            self._ends = []
        self._stale = True
        if self.isVisible():
            self.refresh()

    def set_waiting(self, waiting: bool) -> None:
        """No analysis on screen (the last start's table, or another database just opened):
        the moves shown go, and the chart says they come with the analysis."""
        self.chart.set_waiting(waiting)
        if not waiting:
            return
        self.cancel()  # of the database left: the next analysis need not wait behind it
        self.db_path, self.as_of, self.history, self._ends = None, None, None, []
        self._stale = True
        self.chart.set_periods([])
        self.model.set_rows([])
        self._fill_range()
        self._fill_months()
        self._year_text()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.activate()

    def activate(self) -> None:
        """Shown (its tab chosen, or View → Tier movement): compute if out of date."""
        if self._stale and self.db_path is not None:
            self.refresh()

    def _range(self) -> tuple[date | None, date | None]:
        if self._ends and self.from_month.count():
            first, last = (_month_end(combo.currentData()) for combo in (self.from_month,
                                                                         self.to_month))
            return min(first, last), max(first, last)
        if self.as_of is None:
            return None, None
        return month_end(months_before(self.as_of, SHOWN_MONTHS - 1)), self.as_of

    def _source(self) -> tuple[Path | None, date | None]:
        """What the moves shown are of: the database and the analysis date on screen."""
        return self.db_path, self.as_of

    def refresh(self) -> None:
        """Work the moves out on the runner, one request at a time: asked again meanwhile
        (another range, or a new analysis on screen), they are worked out again after."""
        if self.db_path is None:
            return
        if self.task is not None:
            self._stale = self._again = True
            return
        self._stale = self._again = False
        first, last = self._range()
        self.status.setText(tr(WORKING))
        self.chart.set_working(True)
        self.cancel_button.show()
        source = self._source()
        self.task = self.runner.run(
            self, partial(operations.movements, self.db_path, first, last),
            on_success=partial(self._show, source), on_failure=self.failed.emit,
            on_progress=partial(self._progressed, source),
            on_cancel=partial(self._cancelled, source), on_finished=self._finished)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progressed(self, source: tuple[Path | None, date | None], fraction: float,
                    message: str) -> None:
        if source == self._source():
            self.status.setText(f"{fraction:.0%} {message}")

    def _cancelled(self, source: tuple[Path | None, date | None]) -> None:
        self._stale, self._again = True, False
        self.status.setText(tr(N_(
            "Stopped. The month ends already worked out are kept; the rest follow next time."))
            if source == self._source() else "")

    def _finished(self) -> None:
        self.task = None
        self.chart.set_working(False)
        self.cancel_button.hide()
        if self._again and self.isVisible():
            self.refresh()

    def _show(self, source: tuple[Path | None, date | None],
              result: tuple[History, list[date]]) -> None:
        """The moves worked out, unless they are of a database or a date no longer on
        screen: a request outlives the switch (minutes of month ends at a million orders)."""
        if source != self._source():
            self.status.setText("")
            return
        self.history, ends = result
        self.status.setText("")
        if ends != self._ends:
            self._ends = ends
            self._fill_range()
        self.chart.set_periods(self.history.periods)
        self.model.set_rows([m for p in self.history.periods for m in p.moves])
        self._fill_months()
        self._year_text()
        self.fit_columns()
        self.computed.emit()

    def fit_columns(self) -> None:
        """Each column as wide as its content; "Why", last, takes what the others leave but
        never less than WHY_CHARS (its whole sentence is its tooltip), so the figures stay on
        screen beside the names and the reason can still be read. Where that is more than the
        window has (1280 px on "All months", a larger scale), room is taken from "Why" and
        then the names (whole in their tooltips and under the table), never a month, a figure
        or a title: a scrollbar hid "Why" off to the right, and titles cut to five characters
        read "Rev…" twice (gui38). The names are cut first; only where the window is narrower
        still (150 % on 1280 × 800) the words too (Move, From, To, Criteria changed, List), to
        NARROW_CHARS, each whole in its tooltip (win44)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # a stretched section ignores the width set here
        # one month chosen: each row's month is the one picked above and in the chart, and its
        # column's room goes to the names (gui38: titles whole, "Liberty Home …" cut)
        self.table.setColumnHidden(COLUMN_INDEX["month"], self.month.currentData() is not None)
        self.table.resizeColumnsToContents()
        why = COLUMN_INDEX["why"]
        self._contents = {n: self.table.columnWidth(n) for n in range(len(COLUMNS))
                          if n != why and not self.table.isColumnHidden(n)}
        self._lay_columns()

    def _lay_columns(self) -> None:
        """The widths fitted to the contents shared out over the table's width now (again
        when the window is resized or a scrollbar comes or goes)."""
        if not self._contents:
            return
        why = COLUMN_INDEX["why"]
        chars = self.table.fontMetrics().averageCharWidth()
        least = max(self.table.horizontalHeader().sectionSizeHint(why), chars * WHY_CHARS)
        widths = dict(self._contents)
        room = self.table.viewport().width()
        over = sum(widths.values()) + least - room
        header = self.table.horizontalHeader()
        why_floor = max(header.sectionSizeHint(why), header.minimumSectionSize())
        # "Why" goes first where it cannot have its WHY_CHARS (its reasons are whole under the
        # table: at its title's width it read "fir…", a cut name reads nowhere), then the
        # names are cut; never a title (two lines, columns.two_lines): Qt elides a two-line
        # title as one line, and at 150 % on 1280 × 800 (853 px of Qt's) the titles over
        # narrower cells read "Rev…" twice, "Criteri…" and "Sale…" at 5 characters
        self.table.setColumnHidden(why, over > 0)
        over -= least if over > 0 else 0
        # a name's title is never cut ("ustome" at 150 %); still wider than the window, the
        # words and the names to NARROW_CHARS, widest first (win44: it scrolled sideways)
        floors = [{COLUMN_INDEX[key]: max(header.sectionSizeHint(COLUMN_INDEX[key]), chars * (
            NAME_CHARS if key == "customer" and keys is NARROWED else NARROW_CHARS))
            for key in keys} for keys in (NARROWED, CUT_LAST)]
        widths = cut_in_stages(widths, over, floors)
        if self.table.isColumnHidden(why):  # its room to the others: no blank strip at the right
            widths = spread(widths, room, {n: header.sectionSizeHint(n) for n in widths})
        for n, width in widths.items():
            if self.table.columnWidth(n) != width:
                self.table.setColumnWidth(n, width)
        # "Why" takes the rest: kept at 36 characters, the table sat wider than its window
        # behind a horizontal scrollbar (16 px at 1280 px; at 150 %, more)
        if not self.table.isColumnHidden(why):
            self.table.setColumnWidth(why, max(room - sum(widths.values()), why_floor))

    def _show_why(self) -> None:
        """The chosen move, whole, under the table: who, which month, from where to where, and
        every reason on a line of its own. The first row is chosen where none is, so the
        reason is there to read as soon as the table is."""
        current = self.table.currentIndex()
        if not current.isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))  # shown again from its signal
            return
        move = self.proxy.move_at(current.row()) if current.isValid() else None
        if move is None:
            self.why.setText("")
            return
        head = tr(N_("{customer}, {month}: {before} → {after}"),
                  customer=plain_letters(move.customer),
                  month=move.month_end.strftime("%Y-%m"), before=side_heading(move.from_group),
                  after=side_heading(move.to_group))
        self.why.setText("\n".join([head, *(m.text for m in move.reasons)]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._lay_columns()
        return super().eventFilter(watched, event)

    def _fill_range(self) -> None:
        first, last = self._range_shown()
        for combo, wanted in ((self.from_month, first), (self.to_month, last)):
            combo.blockSignals(True)
            combo.clear()
            for end in self._ends:
                combo.addItem(end.strftime("%Y-%m"), end.strftime("%Y-%m"))
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            combo.blockSignals(False)

    def _range_shown(self) -> tuple[str, str]:
        periods = self.history.periods if self.history else []
        if not periods:
            return "", ""
        return periods[0].month, periods[-1].month

    def _fill_months(self) -> None:
        """The month filter: every month shown, the chart's choice selected."""
        current = self.chart.selected()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(tr(N_("All months")), None)
        for period in self.history.periods if self.history else []:
            self.month.addItem(period.month, period.month)
        self.month.setCurrentIndex(max(self.month.findData(current), 0))
        self.month.blockSignals(False)
        self.proxy.set_filter(month=self.month.currentData())

    def _chart_month(self, month: str) -> None:
        self.month.setCurrentIndex(max(self.month.findData(month), 0))

    def _month_chosen(self) -> None:
        month = self.month.currentData()
        self.proxy.set_filter(month=month)
        self.fit_columns()  # fitted to the month first shown, "All months" read "Lo…"
        if month:
            self.chart.select(month)

    def _kind_chosen(self) -> None:
        self.proxy.set_filter(kind=self.kind.currentData())
        self.fit_columns()

    def _year_text(self) -> None:
        if self.history is None:  # nothing worked out: no word on the data's first year
            self.year.setText("")
            return
        year = self.history.year
        if year is None or year.since is None:
            self.year.setText(tr(N_("Twelve months back is before the data starts: no "
                                    "year-on-year comparison yet.")))
            return
        kinds = year.kind_counts()
        self.year.setText(tr(N_("Over twelve months ({first} → {last}): {moves}"),
                             first=year.since.strftime("%Y-%m"), last=year.month,
                             moves=listed([f"{kinds[k]} {move_name(k)}" for k in MOVES])))

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.from_label.setText(tr(N_("Months from")))
        self.to_label.setText(tr(N_("through")))
        self.cancel_button.setText(tr(N_("Cancel")))
        self.search.setPlaceholderText(tr(N_("Search customer or salesperson")))
        self.month.setToolTip(tr(N_("The month end whose moves the table lists; a click on "
                                    "the chart chooses it too")))
        self.kind.setToolTip(tr(N_("The kind of move the table lists")))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(tr(N_("All moves")), None)
        for code in MOVES:
            self.kind.addItem(move_name(code), code)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        if self.month.count():
            self.month.setItemText(0, tr(N_("All months")))
        self.model.retranslate()
        if self._contents:  # fitted to the other language's words: "Whit…", "alesperso"
            self.fit_columns()
        self._year_text()
        self._show_why()
        self.chart.update()
