"""The Customers tab: the pyramid over the table (the warnings between them), the selected
customer's panel beside; a band clicked filters the table, a filter picked marks its band, a
row selected fills the panel, and a right click offers the corrections, credit and what-if.

Apart from the main window, which feeds it each analysis and owns what the tab's actions lead
to (the runner, the dialogs' parent, the corrections' changes).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from core.analysis.model import Analysis, CustomerMetrics
from ui.customers.banner import WarningBanner
from ui.customers.browser import CustomerBrowser, tier_kind
from ui.customers.corrections import OverrideActions
from ui.customers.credit import CreditActions
from ui.customers.panel import CustomerPanel
from ui.customers.pyramid import PyramidWidget
from ui.customers.what_if import add_what_if, selected_customers


class CustomersTab(QSplitter):
    def __init__(self, overrides: OverrideActions, credit: CreditActions,
                 analysis: Callable[[], Analysis | None]) -> None:
        """`analysis`: the window's on screen (None while the last start's table shows)."""
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("main_split")
        self.overrides, self.credit, self.analysis = overrides, credit, analysis
        self.pyramid = PyramidWidget()
        self.pyramid.filterRequested.connect(self._pyramid_filter)
        self.browser = CustomerBrowser()
        self.browser.filterChanged.connect(self._combo_changed)
        self.browser.roomWanted.connect(self._widen_table)
        self.arranged = False  # the user moved the panel's edge: its place is theirs
        self.splitterMoved.connect(self._arranged)
        self.table = self.browser.table
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.left_split = QSplitter(Qt.Orientation.Vertical)
        self.left_split.setObjectName("left_split")
        self.left_split.addWidget(self.pyramid)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        self.banner = WarningBanner()  # no receipts, missing rates: above the lists
        table_layout.addWidget(self.banner)
        table_layout.addWidget(self.browser, 1)
        self.left_split.addWidget(table_box)
        self.left_split.setStretchFactor(1, 1)
        self.panel = CustomerPanel()
        self.panel.actionsRequested.connect(self._panel_menu)
        self.addWidget(self.left_split)
        self.addWidget(self.panel)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def _arranged(self, *_args: object) -> None:
        self.arranged = True

    def restoreState(self, state: QByteArray | bytes) -> bool:  # noqa: N802 - Qt's name
        """The edge where the user left it at the last close (ui.window_layout) is theirs."""
        self.arranged = super().restoreState(state)
        return self.arranged

    def _widen_table(self, short: int) -> None:
        """The table given the pixels it lacks to show the columns up to the list, taken
        from the panel beside down to its least width; never where the user set the edge."""
        left, right = self.sizes()
        give = min(short, right - self.panel.minimumSizeHint().width())
        if not self.arranged and give > 0:
            self.setSizes([left + give, right - give])

    def retranslate(self) -> None:
        for widget in (self.pyramid, self.panel, self.browser, self.banner):
            widget.retranslate()

    def chosen(self) -> int | None:
        """The customer in the panel, else the row selected (a row of the last start's table
        has no panel): the one a new analysis selects again."""
        chosen = self.panel.customer or self.browser.current_customer()
        return chosen.customer_id if chosen else None

    def show_analysis(self, analysis: Analysis) -> None:
        self.browser.set_analysis(analysis)
        self.pyramid.set_analysis(analysis)
        self.panel.set_waiting(False)
        self.banner.set_analysis(analysis)

    def values_changed(self, analysis: Analysis) -> None:
        """The lifetime values put on the analysis's customers: their column read again (and
        sorted by them), the panel's customer shown with its value."""
        self.browser.model.values_changed()
        self.panel.show_customer(analysis, self.panel.customer)

    def clear(self) -> None:
        """Another database opened: no customer of the last one is left to act on."""
        self.panel.show_customer(None, None)
        self.banner.set_analysis(None)

    def select_customer(self, customer_id: int | None) -> None:
        """Select a customer in the table (and so in the panel), or clear the panel. A
        customer the filters hide stays in the panel, so a new analysis never loses it."""
        row = self.browser.row_of(customer_id)
        if row is not None:
            self.browser.select_row(row)
        analysis = self.analysis()
        found = next((c for c in analysis.customers if c.customer_id == customer_id),
                     None) if analysis and customer_id is not None else None
        self.panel.show_customer(analysis, found)

    def _row_changed(self, current: object, previous: object) -> None:
        customer = self.browser.current_customer()
        if customer is not None:
            self.panel.show_customer(self.analysis(), customer)

    def _combo_changed(self, name: str, value: object) -> None:
        """A tier or list picked in its box is marked on the pyramid; "all" unmarks it."""
        if name not in ("tier", "list"):
            return
        kind = "list" if name == "list" else tier_kind(str(value))
        if value:
            self.pyramid.set_selected(kind, str(value))
        elif (self.pyramid.selected() or ("",))[0] in (("list",) if name == "list"
                                                        else ("tier", "group")):
            self.pyramid.set_selected("", None)

    def _pyramid_filter(self, kind: str, value: str) -> None:
        """A click on a band filters the table; a second click (empty values) clears it."""
        tier = value if kind in ("tier", "group") else None
        listed = value if kind == "list" else None
        self.browser.set_filters(tier=tier, list=listed)

    def _table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        customer = self.browser.proxy.customer_at(index.row()) if index.isValid() else None
        analysis = self.analysis()
        if customer is not None and analysis is not None:  # (not on the last start's)
            menu = self.overrides.menu(customer, self.table)
            selected = selected_customers(self.table)
            self.credit.add_to(menu, customer, self.window(), selected)
            add_what_if(menu, analysis, selected, self.window())
            menu.popup(self.table.viewport().mapToGlobal(pos))

    def _panel_menu(self, customer: CustomerMetrics | None, button: QWidget) -> None:
        if customer is not None:
            menu = self.overrides.menu(customer, button)
            self.credit.add_to(menu, customer, self.window())
            menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
