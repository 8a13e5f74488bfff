"""The tabs of a database whose orders are in: its customers (the pyramid, the table and the
selected customer's panel), the overview of the firm, and the tier movement month by month.
The window feeds each the analysis on screen; the tabs say what they are called."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget

from core.analysis.model import Analysis
from core.i18n import N_, tr
from ui.customers.corrections import OverrideActions
from ui.customers.credit import CreditActions
from ui.customers.tab import CustomersTab
from ui.movements.page import MovementsPage
from ui.overview.page import OverviewPage
from ui.tasks import Failure, Runner

TITLES = (N_("Customers"), N_("Overview"), N_("Tier movement"))


class WindowTabs(QTabWidget):
    def __init__(self, overrides: OverrideActions, credit: CreditActions,
                 analysis: Callable[[], Analysis | None], runner: Runner,
                 show_help: Callable[[str], object],
                 show_failure: Callable[[Failure], object]) -> None:
        """`analysis`: the window's on screen; `show_help(topic)`: the guide at a topic."""
        super().__init__()
        self.customers = CustomersTab(overrides, credit, analysis)
        self.customers.panel.helpRequested.connect(show_help)
        self.overview = OverviewPage()
        self.overview.helpRequested.connect(show_help)
        self.movements = MovementsPage(runner)
        self.movements.failed.connect(show_failure)
        for page in (self.customers, self.overview, self.movements):
            self.addTab(page, "")

    def retranslate(self) -> None:
        for index, title in enumerate(TITLES):
            self.setTabText(index, tr(title))
        for page in (self.customers, self.overview, self.movements):
            page.retranslate()

    def show_movements(self) -> None:
        """The tier-movement tab, its figures worked out now if they are not yet."""
        self.setCurrentWidget(self.movements)
        self.movements.activate()
