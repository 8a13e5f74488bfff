"""The customer panel's order history sorts by a header click (ui30), on the values, not
their text: amounts as numbers, dates as dates, order numbers as people count them, and a
blank cell (no due date, nothing open) last whichever way round.

Before, a click on the header did nothing: the orders stayed newest first, so the clerk
looking for the customer's largest order or the first one falling due read down the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from test_lists_by_hand import OA30, row
from test_main_window import visible_customers
from test_order_history_ux20 import ledger_window

from core import i18n
from ui.customers.orders_model import COLUMN_INDEX

ROWS = [
    row("SC-1", "Sort Co", "2025-02-01", 9_500, terms=OA30, ship="2025-02-10",
        due="2025-03-12", got=9_500, got_on="2025-03-10"),
    row("SC-2", "Sort Co", "2025-03-05", 125_400, terms=OA30, ship="2025-03-10",
        due="2025-04-09"),
    row("SC-3", "Sort Co", "2025-06-01", 21_000, terms=OA30, ship="2025-12-05",
        due="2026-01-04"),
    row("SC-10", "Sort Co", "2025-11-20", 64_000, terms=OA30),
    row("OT-1", "Other Ltd", "2025-12-10", 1_000, terms=OA30, ship="2025-12-12",
        due="2026-01-11"),
]


def _numbers(table: QTableView) -> list[str]:
    """The order numbers as the table shows them, top to bottom."""
    model = table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _click_header(qtbot, table: QTableView, key: str) -> list[str]:
    header = table.horizontalHeader()
    column = COLUMN_INDEX[key]
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == column
    return _numbers(table)


def test_the_order_history_sorts_by_a_header_click(qtbot, tmp_path: Path):
    window = ledger_window(qtbot, tmp_path, ROWS)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.search.setText("sort co")
    assert visible_customers(window) == ["Sort Co"]
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(0, 1)).center())
    orders = window.panel.orders
    assert _numbers(orders) == ["SC-10", "SC-3", "SC-2", "SC-1"]  # newest first, as before
    # the largest first on the first click (as text "9,500" came first and "125,400" last)
    assert _click_header(qtbot, orders, "amount") == ["SC-2", "SC-10", "SC-3", "SC-1"]
    assert _click_header(qtbot, orders, "amount") == ["SC-1", "SC-3", "SC-10", "SC-2"]
    # SC-10 after SC-3, not between SC-1 and SC-2 as text would put it
    assert _click_header(qtbot, orders, "order_no") == ["SC-1", "SC-2", "SC-3", "SC-10"]
    # what is open, the most first; then the least first: the orders with nothing open last
    # both ways (SC-10 has not shipped, SC-1 is paid)
    assert _click_header(qtbot, orders, "open") == ["SC-2", "SC-3", "SC-10", "SC-1"]
    assert _click_header(qtbot, orders, "open") == ["SC-3", "SC-2", "SC-10", "SC-1"]
    # due dates as dates, and the order without one (not shipped) last both ways
    assert _click_header(qtbot, orders, "due_date") == ["SC-3", "SC-2", "SC-1", "SC-10"]
    assert _click_header(qtbot, orders, "due_date") == ["SC-1", "SC-2", "SC-3", "SC-10"]
    # statuses by what needs the clerk first, not alphabetically ("not shipped" < "open")
    assert _click_header(qtbot, orders, "status") == ["SC-3", "SC-2", "SC-10", "SC-1"]
    assert _click_header(qtbot, orders, "due_date") == ["SC-3", "SC-2", "SC-1", "SC-10"]
    assert _click_header(qtbot, orders, "due_date") == ["SC-1", "SC-2", "SC-3", "SC-10"]
    # the sort holds when the language changes (the panel shows the customer anew)
    i18n.set_language("zh_CN")
    window.retranslate()
    assert _numbers(orders) == ["SC-1", "SC-2", "SC-3", "SC-10"]
    assert orders.model().headerData(COLUMN_INDEX["due_date"], Qt.Orientation.Horizontal) \
        == "应收日期"
