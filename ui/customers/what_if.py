"""The customer table's "What if we stop supplying these…": the what-if for the rows selected.

The table's context menu (built by corrections.OverrideActions for the customer under the
mouse) gains this one entry; it works on the whole selection, so the owner can try any group
of customers before the black list decides for them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from core.analysis.model import Analysis, CustomerMetrics
from core.i18n import N_, tr
from ui.customers.table_model import CUSTOMER_ROLE
from ui.printing.what_if import WhatIfDialog


def selected_customers(table: QTableView) -> list[CustomerMetrics]:
    """The customers of the selected rows, in the table's order."""
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    model = table.model()
    return [model.index(row, 0).data(CUSTOMER_ROLE) for row in rows]


def add_what_if(menu: QMenu, analysis: Analysis | None, customers: list[CustomerMetrics],
                parent: QWidget) -> QAction | None:
    """Put the what-if at the top of a customer menu; None while nothing is selected."""
    if analysis is None or not customers:
        return None
    action = QAction(tr(N_("What if we stop supplying these ({count})…"),
                        count=len(customers)), menu)
    action.setObjectName("action_what_if")
    action.triggered.connect(lambda: _open(analysis, customers, parent))
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    menu.insertSeparator(first)
    return action


def _open(analysis: Analysis, customers: list[CustomerMetrics], parent: QWidget) -> None:
    """The dialog belongs to the window (found by its object name) and goes when closed."""
    dialog = WhatIfDialog(analysis, customers, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
