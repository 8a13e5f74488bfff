"""The main window: dates and commands on top, pyramid and customers, the selected customer.

It holds no figures of its own: every view is fed from one Analysis computed on the runner, and
every command goes through core, exactly as the command line does.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME, APP_NAME_ZH
from core.analysis.firm import FirmReport
from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.names import GRADES, GROUPS, LISTS, group_name, list_name
from core.analysis.value import put_on
from core.i18n import N_, tr
from core.rules import Rules
from ui import operations, prefs
from ui.customers.banner import WarningBanner
from ui.customers.corrections import OverrideActions
from ui.customers.credit import CreditActions
from ui.customers.panel import CustomerPanel
from ui.customers.pyramid import PyramidWidget
from ui.customers.table_model import CustomerFilter, CustomerModel
from ui.customers.what_if import add_what_if, selected_customers
from ui.errors import show_error
from ui.movements.page import MovementsPage
from ui.overview.page import OverviewPage
from ui.tasks import Failure, Runner
from ui.welcome import WelcomePage

if TYPE_CHECKING:
    from core.analysis.clv import LifetimeValues
from ui.window_commands import WindowCommands


def _combo_filter(combo: QComboBox, label: str, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(label, None)
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class MainWindow(QMainWindow):
    analysed = Signal()  # a new analysis is on screen (tests wait for it)
    valued = Signal()  # its customers' lifetime values are on screen too

    def __init__(self, db_path: Path, runner: Runner | None = None,
                 remember: bool = True) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.remember = remember  # False: a screenshot or self-test leaves no trace
        self.runner = runner or Runner(self)
        self.analysis: Analysis | None = None
        self.report: FirmReport | None = None
        self.as_of: date | None = None  # None: the latest date in the data
        self.overrides = OverrideActions(self.runner, self)
        self.overrides.changed.connect(self._override_done)
        self.overrides.failed.connect(self.show_failure)
        self.credit = CreditActions(self.overrides)  # its changes are corrections too
        self.commands = WindowCommands(self, self.runner)
        self.setAcceptDrops(True)
        self._build()
        self.commands.build_menus(self.menuBar())
        self._fill_toolbar()
        self.retranslate()
        self._restore_layout()

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.addToolBar(self.toolbar)
        self.as_of_label, self.receipts_label = QLabel(), QLabel()
        self.as_of_edit, self.receipts_edit = QDateEdit(), QDateEdit()
        for edit in (self.as_of_edit, self.receipts_edit):
            edit.setEnabled(False)  # until an analysis gives them a date
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.dateChanged.connect(self._as_of_changed)
        self.receipts_edit.dateChanged.connect(self._receipts_changed)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.importRequested.connect(lambda: self.commands.import_files([]))
        self.welcome.sampleRequested.connect(self.commands.open_sample)
        self.tabs = QTabWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.pyramid = PyramidWidget()
        self.pyramid.filterRequested.connect(self._pyramid_filter)
        self.model = CustomerModel(self)
        self.proxy = CustomerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("customer_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # what-if
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(search=text))
        self.tier_filter, self.grade_filter = QComboBox(), QComboBox()
        self.list_filter, self.sales_filter = QComboBox(), QComboBox()
        for name, combo in (("tier", self.tier_filter), ("grade", self.grade_filter),
                            ("list", self.list_filter), ("salesperson", self.sales_filter)):
            combo.setObjectName(f"filter_{name}")
            combo.currentIndexChanged.connect(
                lambda _, n=name, c=combo: self._combo_changed(n, c))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.tier_filter, self.grade_filter, self.list_filter, self.sales_filter):
            filters.addWidget(combo, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.left_split = QSplitter(Qt.Orientation.Vertical)
        self.left_split.addWidget(self.pyramid)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        self.banner = WarningBanner()  # no receipts, missing rates: above the lists
        table_layout.addWidget(self.banner)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.table)
        self.left_split.addWidget(table_box)
        column.addWidget(self.left_split)
        self.panel = CustomerPanel()
        self.panel.helpRequested.connect(self.commands.show_help)
        self.panel.actionsRequested.connect(self._panel_menu)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("main_split")
        self.split.addWidget(left)
        self.split.addWidget(self.panel)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.overview = OverviewPage()
        self.overview.helpRequested.connect(self.commands.show_help)
        self.movements = MovementsPage(self.runner)
        self.movements.failed.connect(self.show_failure)
        self.tabs.addTab(self.split, "")
        self.tabs.addTab(self.overview, "")
        self.tabs.addTab(self.movements, "")
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.runner.busy.connect(self._busy)

    def _fill_toolbar(self) -> None:
        for widget in (self.as_of_label, self.as_of_edit, self.receipts_label,
                       self.receipts_edit):
            self.toolbar.addWidget(widget)
        self.toolbar.addSeparator()
        for action in self.commands.toolbar_actions():
            self.toolbar.addAction(action)

    def _busy(self, busy: bool) -> None:
        self.statusBar().showMessage(tr(N_("Working…")) if busy else "", 0)

    def retranslate(self) -> None:
        self.setWindowTitle(f"{APP_NAME_ZH} {APP_NAME} — {self.db_path.name}")
        self.db_label.setText(tr(N_("Database: {path}"), path=str(self.db_path)))
        self.as_of_label.setText(tr(N_(" As of ")))
        self.receipts_label.setText(tr(N_(" Receipts booked to ")))
        self._as_of_tooltip()
        self.receipts_edit.setToolTip(tr(N_(
            "Receipts are only known up to this date; days overdue are counted to it.")))
        self.search.setPlaceholderText(tr(N_("Search customer, country or salesperson")))
        self.tabs.setTabText(0, tr(N_("Customers")))
        self.tabs.setTabText(1, tr(N_("Overview")))
        self.tabs.setTabText(2, tr(N_("Tier movement")))
        self._fill_filters()
        for widget in (self.welcome, self.pyramid, self.panel, self.overview, self.model,
                       self.movements, self.banner):
            widget.retranslate()
        self.commands.retranslate()
        self._update_status()

    def _as_of_tooltip(self) -> None:
        rules = self.analysis.rules if self.analysis else Rules.defaults()
        self.as_of_edit.setToolTip(tr(N_(
            "The analysis date: orders and payments after it are ignored; the window is the "
            "{months} months ending here."), months=rules.window_months))

    def _fill_filters(self) -> None:
        customers = self.analysis.customers if self.analysis else []
        _combo_filter(self.tier_filter, tr(N_("All tiers")),
                      [(group_name(code), code) for code in GROUPS])
        _combo_filter(self.grade_filter, tr(N_("All grades")), [(g, g) for g in GRADES])
        _combo_filter(self.list_filter, tr(N_("All lists")),
                      [(list_name(code), code) for code in LISTS])
        people = sorted({c.salesperson for c in customers if c.salesperson})
        _combo_filter(self.sales_filter, tr(N_("All salespeople")), [(p, p) for p in people])

    # --- the analysis ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Analyse again on the runner: the window stays live meanwhile."""
        self.runner.run(self, partial(operations.analyse, self.db_path, self.as_of),
                        on_success=self._show_analysis, on_failure=self.show_failure)

    def _show_analysis(self, result: operations.Analysed) -> None:
        analysis, report, has_data = result.analysis, result.report, result.has_data
        self.analysis, self.report = analysis, report
        self.stack.setCurrentWidget(self.tabs if has_data else self.welcome)
        for widget in (self.as_of_edit, self.receipts_edit):
            widget.setEnabled(has_data)
        for edit, day in ((self.as_of_edit, analysis.as_of),
                          (self.receipts_edit, analysis.receipts_date)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        selected = self.panel.customer.customer_id if self.panel.customer else None
        first = not self.model.customers
        self.model.set_customers(analysis.customers, analysis.rules)
        if first:  # room for names; the user's own widths are kept after that
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(1, max(self.table.columnWidth(1), 200))
        self.pyramid.set_analysis(analysis)
        self.banner.set_analysis(analysis)
        self.overview.set_data(analysis, report)
        self.movements.set_source(self.db_path, analysis.as_of)
        self._fill_filters()
        self.overrides.show(self.db_path, analysis)
        if analysis.lifetime is None and has_data:
            self.runner.run(self, partial(operations.lifetime_values, self.db_path, analysis),
                            on_success=partial(self._valued, analysis),
                            on_failure=self.show_failure)
        self.select_customer(selected)
        self._update_status()
        self._as_of_tooltip()
        self.analysed.emit()

    def _valued(self, analysis: Analysis, values: LifetimeValues[int]) -> None:
        """The lifetime values worked out after the analysis: into the table and the panel
        (an analysis replaced meanwhile is let go)."""
        if analysis is not self.analysis:
            return
        analysis.lifetime = put_on(analysis.customers, values)
        self.model.retranslate()  # the column's cells, read again
        self.panel.show_customer(analysis, self.panel.customer)
        self.valued.emit()

    def _update_status(self) -> None:
        if not self.analysis:
            self.status.setText("")
            return
        a = self.analysis
        self.status.setText(tr(N_(
            "{customers} customers, {active} active; as of {as_of}, receipts to {receipts}; "
            "amounts in {currency}"), customers=len(a.customers),
            active=sum(c.active for c in a.customers), as_of=a.as_of.isoformat(),
            receipts=a.receipts_date.isoformat(), currency=a.base_currency))

    def _as_of_changed(self, day: QDate) -> None:
        self.as_of = date(day.year(), day.month(), day.day())
        self.refresh()

    def _receipts_changed(self, day: QDate) -> None:
        self.save_setting("receipts_date", day.toString("yyyy-MM-dd"))

    def save_setting(self, key: str, value: str) -> None:
        """Store one rule on the runner, then analyse again with it."""
        self.runner.run(self, partial(operations.save_setting, self.db_path, key, value),
                        on_success=self._setting_saved, on_failure=self.show_failure)

    def _setting_saved(self, _value: object) -> None:
        self.refresh()

    # --- selection and filters ---------------------------------------------------------------
    def select_customer(self, customer_id: int | None) -> None:
        """Select a customer in the table (and so in the panel), or clear the panel."""
        for row in range(self.proxy.rowCount()):
            c = self.proxy.customer_at(row)
            if c is not None and c.customer_id == customer_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                self.panel.show_customer(self.analysis, c)
                return
        self.panel.show_customer(self.analysis, None)

    def _row_changed(self, current: object, previous: object) -> None:
        row = self.table.currentIndex().row()
        self.panel.show_customer(self.analysis, self.proxy.customer_at(row) if row >= 0
                                 else None)

    def _combo_changed(self, name: str, combo: QComboBox) -> None:
        self.proxy.set_filter(**{name: combo.currentData()})
        if name in ("tier", "list"):
            kind = "list" if name == "list" else ("tier" if combo.currentData() in (
                "strategic", "core", "long_tail") else "group")
            value = combo.currentData()
            if value:
                self.pyramid.set_selected(kind, value)

    def _pyramid_filter(self, kind: str, value: str) -> None:
        """A click on a band filters the table; a second click (empty values) clears it."""
        tier = value if kind in ("tier", "group") else None
        listed = value if kind == "list" else None
        for combo, wanted in ((self.tier_filter, tier), (self.list_filter, listed)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            combo.blockSignals(False)
        self.proxy.set_filter(tier=tier, list=listed)

    def _table_menu(self, pos: object) -> None:
        index = self.table.indexAt(pos)  # type: ignore[arg-type]
        customer = self.proxy.customer_at(index.row()) if index.isValid() else None
        if customer is not None:
            menu = self.overrides.menu(customer, self.table)
            selected = selected_customers(self.table)
            self.credit.add_to(menu, customer, self, selected)
            add_what_if(menu, self.analysis, selected, self)
            menu.popup(self.table.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    def _panel_menu(self, customer: CustomerMetrics | None, button: QWidget) -> None:
        if customer is not None:
            menu = self.overrides.menu(customer, button)
            self.credit.add_to(menu, customer, self)
            menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _override_done(self, text: str) -> None:
        self.show_status(text, 8000)
        self.refresh()

    def show_failure(self, failure: Failure) -> None:
        show_error(self, failure.text, "" if failure.refusal else failure.details)

    def show_status(self, text: str, msecs: int) -> None:
        self.statusBar().showMessage(text, msecs)

    def show_movements(self) -> None:
        """The tier-movement tab, its figures worked out now if they are not yet."""
        self.tabs.setCurrentWidget(self.movements)
        self.movements.activate()

    def current_analysis(self) -> Analysis | None:
        return self.analysis

    def open_sample(self) -> None:
        self.commands.open_sample()

    # --- window ------------------------------------------------------------------------------
    def open_database(self, path: Path) -> None:
        self.db_path = Path(path)
        self.as_of = None
        if self.remember:
            self.commands.remember_recent(self.db_path)
        self.panel.show_customer(None, None)
        self.retranslate()
        self.commands.safety.check(self.db_path)
        self.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.commands.import_files(paths)

    def _restore_layout(self) -> None:
        settings = prefs.preferences()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, widget in (("window/split", self.split), ("window/left", self.left_split)):
            state = settings.value(key)
            if state is not None:
                widget.restoreState(state)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.runner.shutdown()
        if not self.remember:
            super().closeEvent(event)
            return
        settings = prefs.preferences()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/split", self.split.saveState())
        settings.setValue("window/left", self.left_split.saveState())
        super().closeEvent(event)
