"""The customer account in the window: the warnings above the lists, the confirm list among
the filters and beside the pyramid, "–" for a grade nobody can give, estimated ship dates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_account_analysis import no_receipts_firm
from test_main_window import open_window, visible_customers

from core import i18n
from core.analysis.names import list_heading
from core.analysis.order_history import order_lines


def test_without_receipts_the_window_says_so_and_lists_who_to_confirm(qtbot, tmp_path):
    window = open_window(qtbot, no_receipts_firm(tmp_path))
    assert window.banner.isVisibleTo(window)
    assert window.banner.text().startswith("The data records no receipts in the window")
    assert window.list_filter.findData("confirm") >= 0
    assert window.pyramid.box_texts("list", "confirm") == [list_heading("confirm"), "1"]
    centre = window.pyramid.band_rect("list", "confirm").center().toPoint()
    qtbot.mouseClick(window.pyramid, Qt.MouseButton.LeftButton, pos=centre)
    assert visible_customers(window) == ["Late Forever"]
    assert window.list_filter.currentData() == "confirm"
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(0, 1)).center())
    assert window.panel.grade.text().startswith("–")
    assert window.panel.list_text.text().startswith(list_heading("confirm") + ":")
    from ui.customers.table_model import COLUMN_INDEX

    grade = window.model.index(window.model.customers.index(window.panel.customer),
                               COLUMN_INDEX["grade"])
    assert window.model.data(grade) == "–"
    i18n.set_language("zh_CN")
    window.retranslate()
    assert window.banner.text().startswith("数据中在分析期内没有任何收款记录")


def test_estimated_ship_dates_say_so_in_the_orders_table(qtbot, tmp_path):
    from account_cli import d, ledger

    header = ["合同号", "客户", "下单日期", "金额", "付款方式", "已收金额", "收款日期"]
    rows = [["QH-1", "Quiet Harbor", d("2025-02-01"), 5_000, "OA 30 days", 5_000,
             d("2025-06-28")]]
    window = open_window(qtbot, ledger(tmp_path, header, rows))
    c = window.analysis.customer("Quiet Harbor")
    [line] = order_lines(window.analysis, c)
    assert (line.ship_date, line.ship_estimated) == (d("2025-03-03"), True)
    assert window.banner.text().startswith("1 invoice comes from a sheet without a ship-date")
