"""Every sortable table's header arrow says the order its rows are in (headers33): ▲ over the
smallest first, ▼ over the largest first, on Fusion as on the Windows styles. Only the
tier-movement table's header did; the customer table sorted A to Z read "Tier ▼", the order
history, newest first, "Order date ▲", and so did the corrections list and the merge chooser
(Qt's own header, which Fusion draws the other way round).

Each table is driven as a clerk does: a click on a header, then another; after each, the
order its rows run in (read from them), the model's order, the arrow the style paints and the
one the header reports all agree.
"""

from __future__ import annotations

import pytest
from header_arrows import click_header, painted_arrow, shown_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from test_sorted_tables_ux29b import WAIT, all_months, corrections_listed, shown_window

from core import i18n
from ui.customers.orders_model import COLUMN_INDEX as ORDER_COLUMNS
from ui.customers.table_model import COLUMN_INDEX as CUSTOMER_COLUMNS
from ui.movements.model import COLUMN_INDEX as MOVE_COLUMNS
from ui.sort_header import DOWN, UP, SortHeader


@pytest.fixture
def language(request):
    yield i18n.set_language(request.param)
    i18n.set_language("en")


def clicks_read_as_sorted(qtbot, table: QTableView, column: int) -> None:
    """Two clicks on the column's header: each order once, each shown as it is."""
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    assert QApplication.instance().style().name().casefold() == "fusion"
    seen = set()
    for _ in range(2):
        click_header(qtbot, table, column)
        by, order = table.model().sorted_by()
        assert by == header.sortIndicatorSection() == column
        ascending = order == Qt.SortOrder.AscendingOrder
        assert shown_order(table, column) == ("ascending" if ascending else "descending")
        assert painted_arrow(header, column) == ("up" if ascending else "down")
        assert header.arrow() == (UP if ascending else DOWN)
        seen.add(order)
    assert len(seen) == 2


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_the_customer_table_s_arrow_says_its_order(qtbot, sample_db, tmp_path, language):
    window = shown_window(qtbot, sample_db, tmp_path)
    table = window.tabs.customers.browser.table
    assert painted_arrow(table.horizontalHeader(), 0) == "up"  # opened by tier, A first
    for key in ("tier", "revenue", "grade"):
        clicks_read_as_sorted(qtbot, table, CUSTOMER_COLUMNS[key])


def test_the_order_history_s_arrow_says_its_order(qtbot, sample_db, tmp_path):
    window = shown_window(qtbot, sample_db, tmp_path)
    busiest = max(window.analysis.customers, key=lambda c: c.orders_all)
    window.select_customer(busiest.customer_id)
    orders = window.tabs.customers.panel.orders
    qtbot.waitUntil(lambda: orders.model().rowCount() > 2, timeout=WAIT)
    day = ORDER_COLUMNS["order_date"]
    assert painted_arrow(orders.horizontalHeader(), day) == "down"  # opened newest first
    for key in ("order_date", "amount"):
        clicks_read_as_sorted(qtbot, orders, ORDER_COLUMNS[key])


def test_the_corrections_list_s_arrow_says_its_order(qtbot, sample_db, tmp_path):
    dialog = corrections_listed(qtbot, shown_window(qtbot, sample_db, tmp_path), 6)
    clicks_read_as_sorted(qtbot, dialog.table, 2)  # the customer


def test_the_merge_chooser_s_arrow_says_its_order(qtbot, sample_db, tmp_path):
    window = shown_window(qtbot, sample_db, tmp_path)
    dialog = window.overrides.choose_merge(window.analysis.customers[0], window.table)
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    for column in (0, 2):  # the customer, its orders
        clicks_read_as_sorted(qtbot, dialog.table, column)


def test_the_movements_table_s_arrow_says_its_order(qtbot, sample_db, tmp_path):
    page = all_months(qtbot, shown_window(qtbot, sample_db, tmp_path))
    for key in ("month", "customer"):
        clicks_read_as_sorted(qtbot, page.table, MOVE_COLUMNS[key])


def test_every_sortable_table_of_the_window_has_the_shared_header(qtbot, sample_db, tmp_path):
    window = shown_window(qtbot, sample_db, tmp_path)
    sortable = [t for t in window.findChildren(QTableView) if t.isSortingEnabled()]
    assert len(sortable) >= 3  # customers, order history, tier movement
    assert all(isinstance(t.horizontalHeader(), SortHeader) for t in sortable)
