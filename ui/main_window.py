"""The main window: dates and commands on top, pyramid and customers, the selected customer.

It holds no figures of its own: every view is fed from one Analysis computed on the runner, and
every command goes through core, exactly as the command line does. What it holds is which page
is up for the database open (the welcome page, the tabs, or ui.unopened's) and the analysis
fed to them; the tabs are ui.window_tabs (the Customers tab ui.customers.tab), the menus
ui.window_commands, the status bar ui.status_line.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME, APP_NAME_ZH, ownership
from core.analysis import letting_go
from core.analysis.ahead import Ahead
from core.analysis.firm import FirmReport
from core.analysis.kept_rows import KeptRows
from core.analysis.model import Analysis
from core.analysis.value import put_on
from core.i18n import N_, tr
from core.messages import Message
from core.rules import Rules
from core.unusable import IN_USE
from ui import operations, sample_mode, waiting, window_layout
from ui.changes import changes_text, counts
from ui.customers.corrections import OverrideActions
from ui.customers.credit import CreditActions
from ui.date_bar import DateBar
from ui.errors import show_failed
from ui.notices_dialog import show_notices
from ui.status_line import StatusLine
from ui.step_aside import StepAside
from ui.tasks import Failure, Runner
from ui.unopened import Unopened
from ui.welcome import WelcomePage
from ui.window_commands import WindowCommands
from ui.window_tabs import WindowTabs

if TYPE_CHECKING:
    from core.analysis.clv import LifetimeValues

# the runner's kinds of the window's reads: a new analysis replaces the last one still running
ANALYSIS, LIFETIME, LAST_TABLE = "analysis", "lifetime_values", "last_table"


def _ignored(_outcome: object) -> None:
    """The table kept for the next start, or not: nothing to say (unkept, the next start
    waits for its analysis)."""


class MainWindow(QMainWindow):
    analysed = Signal()  # a new analysis is on screen (tests wait for it)
    valued = Signal()  # its customers' lifetime values are on screen too
    last_month_ready = Signal()  # the snapshot before its as-of date is stored (tests wait)
    ahead_ready = Signal()  # the month ends before its as-of date are analysed (tests wait)

    def __init__(self, db_path: Path, runner: Runner | None = None,
                 remember: bool = True) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.remember = remember  # False: a screenshot or self-test leaves no trace
        self.runner = runner or Runner(self)
        self.stepping_aside = StepAside(self.runner, self)  # the idle work waits for clicks
        self.analysis: Analysis | None = None
        self.report: FirmReport | None = None
        self.as_of: date | None = None  # None: the latest date in the data
        self._kept: KeptRows | None = None  # the last analysis's lines, for the next one
        self.ahead: Ahead[operations.Analysed] | None = None  # analyses kept by date
        self._counts_before: dict[tuple[str, str], int] | None = None  # a setting's change
        self._noticed: Path | None = None  # the database whose opening notices were taken
        self.overrides = OverrideActions(self.runner, self)
        self.overrides.changed.connect(self._override_done)
        self.overrides.failed.connect(self.show_failure)
        self.credit = CreditActions(self.overrides)  # its changes are corrections too
        self.commands = WindowCommands(self, self.runner)
        self.overrides.listRequested.connect(self.commands.show_corrections)
        self.setAcceptDrops(True)
        self._build()
        self.commands.build_menus(self.menuBar())
        self.browser.pyramid_button.setDefaultAction(self.commands.actions["show_pyramid"])
        self._fill_toolbar()
        self.retranslate()
        window_layout.restore(self)

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.addToolBar(self.toolbar)
        self.dates = DateBar()
        self.as_of_edit, self.receipts_edit = self.dates.as_of_edit, self.dates.receipts_edit
        self.as_of_edit.dateChanged.connect(self._as_of_changed)
        self.receipts_edit.dateChanged.connect(self._receipts_changed)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.importRequested.connect(lambda: self.commands.import_files([]))
        self.welcome.sampleRequested.connect(self.commands.open_sample)
        self.tabs = WindowTabs(self.overrides, self.credit, self.current_analysis, self.runner,
                               self.commands.show_help, self.show_failure)
        # the names the commands, the tests and the self-test use
        self.customers, self.overview, self.movements = (
            self.tabs.customers, self.tabs.overview, self.tabs.movements)
        self.split, self.left_split = self.customers, self.customers.left_split
        self.pyramid, self.browser, self.banner, self.panel = (
            self.customers.pyramid, self.customers.browser, self.customers.banner,
            self.customers.panel)
        self.model, self.proxy, self.table = self.browser.model, self.browser.proxy, \
            self.browser.table
        self.search = self.browser.search
        self.tier_filter, self.grade_filter = (self.browser.combos[k] for k in ("tier", "grade"))
        self.list_filter, self.sales_filter = (self.browser.combos[k]
                                               for k in ("list", "salesperson"))
        self.unopened = Unopened(  # a damaged database, or one in use: no welcome page
            self, retry=lambda: (self.commands.safety.check(self.db_path), self.refresh()),
            usable=lambda problem: self.commands.database_usable(problem))
        self.unopened.page.restoreRequested.connect(lambda: self.commands.safety.restore())
        self.unopened.page.otherRequested.connect(self.commands.choose_database)
        for page in (self.welcome, self.tabs, self.unopened.page):
            self.stack.addWidget(page)
        self.sample_banner = sample_mode.SampleBanner()
        self.sample_banner.ownRequested.connect(lambda: self.commands.open_own_database())
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.sample_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_line = StatusLine(self.statusBar(), self.runner.busy)
        self.status = self.status_line.text  # the word ui.waiting and the tests set and read

    @property
    def sample(self) -> bool:
        """Whether the database open is the bundled sample's."""
        return sample_mode.is_sample(self.db_path)

    def show_pyramid(self, shown: bool) -> None:
        """The pyramid above the table, or the whole height for the table (remembered)."""
        self.pyramid.setVisible(shown)
        if self.remember:
            window_layout.pyramid_shown(shown)

    def _fill_toolbar(self) -> None:
        self.dates.add_to(self.toolbar)
        self.toolbar.addSeparator()
        for action in self.commands.toolbar_actions():
            self.toolbar.addAction(action)

    def retranslate(self) -> None:
        title = f"{APP_NAME_ZH} {APP_NAME} — {self.db_path.name}"
        self.setWindowTitle(f"{tr(sample_mode.TITLE)} · {title}" if self.sample else title)
        self.sample_banner.setVisible(self.sample)
        self.status_line.retranslate(self.db_path)
        self.dates.retranslate(self.analysis.rules if self.analysis else Rules.defaults())
        for widget in (self.welcome, self.unopened.page, self.tabs, self.sample_banner):
            widget.retranslate()
        self.commands.retranslate()
        self._update_status()

    # --- the analysis ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Analyse again on the runner: the window stays live meanwhile. The lines fetched
        for the last analysis of this database serve again while it is unchanged; the
        analyses kept for other dates go (an import, an undo, a setting changed them)."""
        if self.ahead is not None:
            self.ahead.forget()
        self._analyse()

    def _analyse(self) -> None:
        """The analysis at the date asked, on the runner; one kept for that date
        (core.analysis.ahead: made ahead, or shown before) is shown while it holds."""
        if self._kept is None or self._kept.path != self.db_path:
            self._kept = KeptRows(self.db_path)
        if self.ahead is None or self.ahead.path != self.db_path:
            self.ahead = Ahead(self.db_path)
        # the date the user has left is not analysed to the end first, nor valued after
        self.runner.run(self, partial(operations.analyse, self.db_path, self.as_of, self._kept,
                                      self.ahead),
                        on_success=self._show_analysis, on_failure=self._not_analysed,
                        kind=ANALYSIS, replaces=(ANALYSIS, LIFETIME))

    def _not_analysed(self, failure: Failure) -> None:
        """The analysis failed: the last start's table, and the word that an analysis is on
        its way, go with it."""
        if self.analysis is None:
            waiting.show_waiting(self, [], Rules.defaults(), waiting=False)
            self.status.setText("")
        self.show_failure(failure)

    def show_last_table(self) -> None:
        """At start, first of all: what the database shows until its analysis lands (the
        last start's table while it still holds: ui.waiting)."""
        self.runner.run(self, partial(operations.start_view, self.db_path),
                        on_success=partial(waiting.show_start, self),
                        on_failure=self._start_refused,
                        kind=LAST_TABLE, replaces=(LAST_TABLE,))

    def _start_refused(self, failure: Failure) -> None:
        """The last start's table unread: nothing is said until the analysis lands, which
        says what is wrong, but a file in use is said now, not after the check's wait too
        (damage is the check's to say, with the copy it can offer)."""
        if failure.code == IN_USE:
            self.unopened.take(failure)

    def _show_analysis(self, result: operations.Analysed) -> None:
        analysis, report, has_data = result.analysis, result.report, result.has_data
        selected = self.customers.chosen()
        left = [self.analysis] if self.analysis is not None else []  # let go of below
        self.analysis, self.report = analysis, report
        self.unopened.clear()
        self.stack.setCurrentWidget(self.tabs if has_data else self.welcome)
        if has_data:
            self.dates.show(analysis.as_of, analysis.receipts_date)
        else:  # the welcome page: the dates of no orders are no dates
            self.dates.show_nothing()
        self.dates.set_enabled(has_data)
        self.overview.set_data(analysis, report)
        self.movements.set_source(self.db_path, analysis.as_of)
        self.overrides.show(self.db_path, analysis, result.last_change)
        self.customers.show_analysis(analysis)
        self.customers.select_customer(selected)
        self._update_status()
        self.dates.retranslate(analysis.rules)
        if self._counts_before is not None:
            self.show_status(changes_text(self._counts_before, counts(analysis)), 15000)
            self._counts_before = None
        if has_data:  # painted before the worker's next task: its Python would hold the lock
            self.repaint()  # against each cell the table paints (0.4 s more at 100k)
        if self.remember and self.as_of is None and has_data:  # for the next start to show
            self.runner.run(self, partial(operations.keep_table, self.db_path, result),
                            on_success=_ignored, on_failure=_ignored)
        if analysis.lifetime is None and has_data:
            self.runner.run(self, partial(operations.lifetime_values, self.db_path, analysis),
                            on_success=partial(self._valued, analysis),
                            on_failure=self.show_failure, kind=LIFETIME, replaces=(LIFETIME,))
        self._take_notices()  # asked before the idle work, which it would stop
        self._store_last_month(analysis, has_data)
        self._analyse_ahead(analysis, has_data)
        if left:  # freed in one go here, it would hold the GUI thread (1.8 s at 1M orders)
            letting_go.let_go_in_background(left)
        self.analysed.emit()

    def _take_notices(self) -> None:
        """Once an opening: what opening the database did to the customers (two spellings of
        one buyer now one, a pin dropped for a later one) said once, in a box, as the file's
        other findings on opening are (a screenshot or self-test leaves them to be said)."""
        if self._noticed == self.db_path or not self.remember:
            return
        self._noticed = self.db_path
        self.runner.run(self, partial(operations.take_notices, self.db_path),
                        on_success=self._tell, on_failure=_ignored)

    def _tell(self, notices: list[Message]) -> None:
        if notices:
            show_notices(self, notices)

    def _store_last_month(self, analysis: Analysis, has_data: bool) -> None:
        """Last month's snapshot, which the restructuring export compares with, stored from
        this analysis's lines while the worker is idle; any request stops it and goes first
        (it runs again after): an export asked before it ends works the snapshot out itself."""
        kept = self.kept_lines()
        if not has_data or kept is None:
            self.runner.forget_idle()
            return
        self.runner.when_idle(self, partial(operations.store_last_month, self.db_path,
                                            analysis.as_of, kept),
                              on_success=self._last_month_stored, on_failure=_ignored)

    def _analyse_ahead(self, analysis: Analysis, has_data: bool) -> None:
        """The month ends before this analysis's date analysed from its lines while the
        worker is idle, after last month's snapshot (the lowest rank): picking one of them
        shows it at once. Any request stops it; it runs again after, from where it stopped.
        A click or key pauses it till a quiet second (ui.step_aside)."""
        kept = self.kept_lines()
        if has_data and kept is not None and self.ahead is not None:
            self.runner.when_idle(self, partial(operations.analyse_ahead, self.db_path,
                                                analysis.as_of, kept, self.ahead),
                                  on_success=lambda _days: self.ahead_ready.emit(),
                                  on_failure=_ignored, rank=1, pausable=True)

    def _last_month_stored(self, stored: bool) -> None:
        """Last month's snapshot is current (tests wait for it; nothing on screen changes)."""
        if stored:
            self.last_month_ready.emit()

    def _valued(self, analysis: Analysis, values: LifetimeValues[int]) -> None:
        """The lifetime values worked out after the analysis: into the table and the panel
        (an analysis replaced meanwhile is let go)."""
        if analysis is not self.analysis:
            return
        analysis.lifetime = put_on(analysis.customers, values)
        self.customers.values_changed(analysis)
        self.valued.emit()

    def _update_status(self) -> None:
        """The welcome page (no orders) says nothing, as no analysis does."""
        self.status_line.show(None if self.stack.currentWidget() is self.welcome
                              else self.analysis)

    def _as_of_changed(self, day: QDate) -> None:
        self.as_of = date(day.year(), day.month(), day.day())
        self._counts_before = None  # the lists move with the date: no setting's doing
        self.statusBar().clearMessage()  # "no list changed" would stand over lists that did
        self._analyse()

    def _receipts_changed(self, day: QDate) -> None:
        self.save_setting("receipts_date", day.toString("yyyy-MM-dd"))

    def settings_changed(self) -> None:
        """The rules changed: analyse again and say what that did to the lists and tiers."""
        if self.analysis is not None:
            self._counts_before = counts(self.analysis)
        self.refresh()

    def save_setting(self, key: str, value: str) -> None:
        """Store one rule on the runner, then analyse again with it."""
        self.runner.run(self, partial(operations.save_setting, self.db_path, key, value),
                        on_success=self._setting_saved, on_failure=self.show_failure)

    def _setting_saved(self, _value: object) -> None:
        self.settings_changed()

    # --- the customers ------------------------------------------------------------------------
    def select_customer(self, customer_id: int | None) -> None:
        self.customers.select_customer(customer_id)

    def _override_done(self, text: str) -> None:
        self.show_status(text, 8000)
        self.refresh()

    def show_failure(self, failure: Failure) -> None:
        if not self.unopened.take(failure):
            show_failed(self, failure)

    def show_status(self, text: str, msecs: int) -> None:
        self.statusBar().showMessage(text, msecs)

    def show_movements(self) -> None:
        self.tabs.show_movements()

    def current_analysis(self) -> Analysis | None:
        return self.analysis

    def kept_lines(self) -> KeptRows | None:
        """The lines of the analysis on screen, kept (None if none are): the restructuring
        export cuts its last month's from them instead of reading them again."""
        return self._kept if self._kept is not None and self._kept.path == self.db_path else None

    def has_orders(self) -> bool:
        """Whether the database shown has orders (else the welcome page is up)."""
        return self.stack.currentWidget() is self.tabs

    def open_sample(self) -> None:
        self.commands.open_sample()

    # --- window ------------------------------------------------------------------------------
    def open_database(self, path: Path, chosen: bool = True) -> None:
        """Open another database; `chosen` False (the sample tried from the welcome page) is
        not reopened at the next start."""
        self.db_path = Path(path)
        self.runner.forget_idle()  # the last file's snapshot step
        self.as_of = None
        self._counts_before = None
        self._noticed = None
        self.unopened.clear()
        if self.remember and not ownership.is_foreign_file(self.db_path):
            # another program's file is refused: neither on the recent list nor reopened at
            # the next start in place of the firm's own
            self.commands.remember_recent(self.db_path, chosen)
        # the last database's customers go at once: shown while this one is analysed (half a
        # minute at a million orders), a correction would go to that file, an export its lists
        left = [self.analysis] if self.analysis is not None else []
        self.analysis = self.report = None
        self.customers.clear()
        self.overview.set_data(None)
        waiting.show_waiting(self, [], Rules.defaults())
        self.dates.show_nothing()
        self.status.setText("")
        if left:
            letting_go.let_go_in_background(left)
        if self.browser.clear_filters():
            self.show_status(tr(N_("Search and filters cleared: {file} is open."),
                                file=self.db_path.name), 10000)
        self.retranslate()
        self.show_last_table()
        self.commands.safety.check(self.db_path)
        self.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.unopened.code is None:
            event.acceptProposedAction()
            self.commands.import_files(paths)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Shown again after a close: its work may run again, and what the close cut short is
        asked again (the close hears a late analysis as a cancel: ui.tasks._Reply), else a
        window closed during its analysis stayed on "analysing…" for good."""
        if self.runner.closed:
            self.runner.resume()
            self.refresh()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.unopened.clear()  # no more tries of a file in use
        self.runner.shutdown()
        if not self.remember:
            super().closeEvent(event)
            return
        window_layout.save(self)
        super().closeEvent(event)
