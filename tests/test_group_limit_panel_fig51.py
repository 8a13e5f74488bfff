"""The panel's group credit card gives the stop-loss limit in the firm's currency, as the list
card and the printed lists weigh and print it (fig51, after rv51b: "Overdue exposure of the
group 39,037 EUR (stop-loss above 50,000 USD)" beside "under the 46,296 EUR limit")."""

from __future__ import annotations

from ledgers import build, receivables_ledger
from PySide6.QtCore import QDate, Qt
from test_main_window import open_window, visible_customers

from core.credit_terms import group
from core.rates import set_rate

WAIT = 30000


def test_the_group_card_gives_the_limit_the_lists_weigh(qtbot, tmp_path):
    conn = build(tmp_path, receivables_ledger(), receipts_date="2025-12-31",
                 base_currency="EUR")
    set_rate(conn, "EUR", "2020-01-01", 1.08)  # 50,000 USD = 46,296 EUR
    group(conn, ["Payer", "Big Debtor"], "Lin family")
    conn.commit()
    conn.close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.as_of_edit.setDate(QDate(2025, 12, 31))
    window.search.setText("Payer")
    assert visible_customers(window) == ["Payer"]
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(0, 1)).center())
    text = window.panel.credit_card.text.text()
    assert "Lin family" in text and "(stop-loss above 46,296 EUR)" in text
    assert "USD" not in text
    assert round(window.analysis.exposure_limit) == 46_296  # one figure, weighed and shown
    window.commands.actions["lang_zh_CN"].trigger()
    text = window.panel.credit_card.text.text()
    assert "超过 46,296 EUR即止损" in text and "美元" not in text
