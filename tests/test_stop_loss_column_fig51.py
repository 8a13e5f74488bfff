"""The table's stop-loss column follows the list in force (fig51, after rv51b): a customer the
rule catches but pinned white read "yes" with "suspend supply and collect" beside "White list"
(the panel, printed list and workbook said "Protect supply"), and one pinned black showed no
mark though the printed black list named it. `c.stop_loss` (customers --json) stays the rule's."""

from __future__ import annotations

from ledgers import build, receivables_ledger
from PySide6.QtCore import QDate, Qt
from test_main_window import open_window, visible_customers

from core.override_changes import pin
from ui.customers.table_model import COLUMN_INDEX
from ui.widgets import words_width

WAIT = 30000
STOP = COLUMN_INDEX["stop_loss"]


def _window(qtbot, tmp_path):
    conn = build(tmp_path, receivables_ledger(), receipts_date="2025-12-31")
    pin(conn, "Day SixtyOne", "white")  # the rule catches it: 10,000 open, 61 days
    pin(conn, "Payer", "black")  # paid on time: the rule does not
    conn.commit()
    conn.close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.as_of_edit.setDate(QDate(2025, 12, 31))
    return window


def _cell(window, name):
    return window.proxy.index(visible_customers(window).index(name), STOP)


def test_the_mark_follows_the_list_in_force_and_a_pin_says_so(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    caught, held = (window.analysis.customer(n) for n in ("Day SixtyOne", "Payer"))
    assert (caught.list, caught.stop_loss) == ("white", True)  # the rule's verdict is kept
    assert (held.list, held.stop_loss) == ("black", False)
    white = _cell(window, "Day SixtyOne")
    assert white.data() == "rule: yes – pinned"  # beside it the List column: White list
    assert white.siblingAtColumn(COLUMN_INDEX["list"]).data() == "White list"
    assert white.data(Qt.ItemDataRole.DecorationRole) is None  # no red mark: not suspended
    assert "put on the white list by hand" in white.data(Qt.ItemDataRole.ToolTipRole)
    assert "suspend" not in white.data(Qt.ItemDataRole.ToolTipRole)
    black = _cell(window, "Payer")
    assert black.data() == "yes – pinned"
    assert black.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Put on the black list by hand" in black.data(Qt.ItemDataRole.ToolTipRole)
    ruled = [c for c in window.analysis.customers if c.list == "black" and c.stop_loss]
    assert ruled and _cell(window, ruled[0].customer).data() == "yes"
    header = window.model.headerData(STOP, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header.startswith("On the black list") and "Caught by" not in header
    window.commands.actions["lang_zh_CN"].trigger()
    assert _cell(window, "Day SixtyOne").data() == "规则：是（手动改列）"
    assert _cell(window, "Payer").data() == "是（手动列入）"
    assert "白名单" in _cell(window, "Day SixtyOne").data(Qt.ItemDataRole.ToolTipRole)
    assert "手动列入黑名单" in _cell(window, "Payer").data(Qt.ItemDataRole.ToolTipRole)


def test_the_column_sorts_black_first_then_pins(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.proxy.sort(STOP, Qt.SortOrder.AscendingOrder)
    shown = [window.proxy.index(r, STOP).data() for r in range(window.proxy.rowCount())]
    marked = [s for s in shown if s]
    assert marked[0] == "yes" and shown.index("yes – pinned") > shown.index("yes")
    assert shown.index("rule: yes – pinned") > shown.index(
        "yes – pinned")
    assert shown[len(marked):] == [""] * (len(shown) - len(marked))
    window.list_filter.setCurrentIndex(window.list_filter.findData("white"))
    assert "Day SixtyOne" in visible_customers(window) and "Payer" not in visible_customers(window)


def test_the_column_is_as_wide_as_the_words_it_shows(qtbot, tmp_path):
    """The pins' words widen the column only where a pin overrules the rule: fitted to all three
    always, it took 115 px for "yes" and pushed Country off the README's 1280 px window."""
    window = _window(qtbot, tmp_path)
    table, browser = window.table, window.browser
    browser.fit_columns()
    room = table.columnWidth(STOP)
    assert room >= words_width(table, ["rule: yes – pinned"])  # Day SixtyOne's words whole
    unpinned = [c for c in window.analysis.customers if c.customer not in ("Day SixtyOne", "Payer")]
    window.model.set_customers(unpinned, window.model.rules)  # as a database without pins
    browser.fit_columns()
    assert words_width(table, ["yes"]) <= table.columnWidth(STOP) < room
