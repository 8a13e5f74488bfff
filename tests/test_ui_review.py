"""What a fresh-eyes review of the screens found, each driven as the clerk meets it: the last
start's table and the tabs beside it while the analysis is made, the first screen's status
line, dialogs on a small screen at 150 %, the tier-movement table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_last_table_window import WAIT, _first_start, _next_start

from core import i18n
from ui.customers.table_model import COLUMN_INDEX
from ui.main_window import MainWindow


def _customer_tip(window: MainWindow, name: str) -> str:
    """The tooltip of a customer's name in the table, as a hover shows it."""
    row = next(r for r in range(window.proxy.rowCount())
               if window.proxy.customer_at(r).customer == name)
    return window.proxy.index(row, COLUMN_INDEX["customer"]).data(Qt.ItemDataRole.ToolTipRole)


def test_the_last_start_table_says_where_the_reasons_are(qtbot, tmp_path, monkeypatch):
    """The analysis's table explains each customer on hover; the last start's keeps no
    reasons, and said nothing at all: now its names say the reasons come with the analysis,
    in the language in force, and the analysis's own reasons replace that."""
    db, _cells = _first_start(qtbot, tmp_path)
    window, go = _next_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    assert window.analysis is None
    tip = _customer_tip(window, "Big Debtor")
    assert "last start" in tip and "once the analysis is done" in tip
    i18n.set_language("zh_CN")
    assert "上次启动" in _customer_tip(window, "Big Debtor")
    i18n.set_language("en")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    debtor = next(c for c in window.analysis.customers if c.customer == "Big Debtor")
    assert debtor.reasons
    assert _customer_tip(window, "Big Debtor") == "\n".join(m.text for m in debtor.reasons)
