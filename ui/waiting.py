"""What the window shows while a database's analysis is made (half a minute at a million
orders): the customer table the last start showed, while it still holds; else, for a
database whose orders are in, the tabs waiting with no rows yet. Only a database without
orders shows the welcome page: a firm whose ledgers are in is never asked for them again.

Until the analysis lands the pyramid, the panel, the overview and the moves say it is on its
way, and nothing can be acted on (core.analysis.last_table keeps only the table's columns).
A table from before a write made outside the window (an import on the command line, another
start's setting: ``LastTable.outdated``) is shown all the same, the banner above it saying so.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from core.analysis.model import Analysis, CustomerMetrics
from core.i18n import N_, tr
from core.rules import Rules
from ui.customers.banner import WarningBanner
from ui.customers.browser import CustomerBrowser
from ui.customers.panel import CustomerPanel
from ui.customers.pyramid import PyramidWidget
from ui.date_bar import DateBar
from ui.movements.page import MovementsPage
from ui.operations import StartView
from ui.overview.page import OverviewPage


class Screens(Protocol):
    """What is shown of the main window while it waits for an analysis."""

    analysis: Analysis | None
    stack: QStackedWidget
    tabs: QWidget
    welcome: QWidget
    browser: CustomerBrowser
    banner: WarningBanner
    pyramid: PyramidWidget
    panel: CustomerPanel
    overview: OverviewPage
    movements: MovementsPage
    dates: DateBar
    status: QLabel


def show_waiting(window: Screens, customers: list[CustomerMetrics], rules: Rules,
                 waiting: bool = True, outdated: date | None = None) -> None:
    """No analysis on screen: these rows (the last start's, or none), the pyramid and the
    panel waiting for the analysis (unless none is on its way), nothing to act on;
    `outdated`: the rows' as-of date when made before a write since, which the banner says."""
    window.browser.show_customers(customers, rules, waiting)
    window.banner.set_outdated(outdated)
    window.pyramid.set_analysis(None)
    window.pyramid.set_waiting(waiting)
    window.panel.set_waiting(waiting)
    window.overview.set_waiting(waiting)
    window.movements.set_waiting(waiting)


def show_start(window: Screens, start: StartView) -> None:
    """What the database shows until its analysis lands, which then replaces it (and says
    what is wrong with the database, if anything is)."""
    if window.analysis is not None:
        return
    table = start.table
    if not start.has_orders:
        window.stack.setCurrentWidget(window.welcome)
        window.status.setText("")
        return
    window.stack.setCurrentWidget(window.tabs)
    show_waiting(window, table.customers if table else [], start.rules,
                 outdated=table.as_of if table and table.outdated else None)
    if table is None:
        window.status.setText(tr(N_("Working out the analysis of the orders in this "
                                    "database…")))
        return
    window.dates.show(table.as_of, table.receipts_date)
    window.status.setText(tr(N_(
        "{customers} customers as the last start showed them, as of {as_of}; working out "
        "the analysis again…"), customers=len(table.customers), as_of=table.as_of.isoformat()))
