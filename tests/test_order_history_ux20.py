"""The customer panel's order history says what the analysis reads: an order its credit notes
take wholly is returned, not a live order; a part the ledger says has not shipped (未出货) says
so, neither blank nor dated by the part that shipped.

Before, the returned order MX-2 read "paid" in black like any sale, the order whose table was
marked 未出货 showed the sofa's ship date alone, and an order marked 未出货 throughout showed a
blank ship date and "paid"."""

from __future__ import annotations

from pathlib import Path

from ledgers import titled, write_xlsx
from PySide6.QtCore import Qt
from test_lists_by_hand import HEADER, OA30, row
from test_main_window import open_window, visible_customers

from core import i18n
from core.ledger.importer import import_files

SHIP = HEADER.index("出货日期")


def said(line: list[object], words: str) -> list[object]:
    line[SHIP] = words
    return line


ROWS = [
    row("MX-1", "Mixed Co", "2025-03-01", 20_000, terms=OA30, ship="2025-03-10",
        due="2025-04-09", got=20_000, got_on="2025-04-08"),
    row("MX-2", "Mixed Co", "2025-04-01", 30_000, terms=OA30, ship="2025-04-10",
        due="2025-05-10"),
    row("CN-MX", "Mixed Co", "2025-05-01", 30_000, terms=None, kind="退货", ref="MX-2"),
    row("MX-3", "Mixed Co", "2025-09-01", 10_000, product="沙发", terms=OA30, ship="2025-09-01",
        got=10_000, got_on="2025-09-28"),
    said(row("MX-3", "Mixed Co", "2025-09-01", 8_000, product="餐桌", terms=OA30), "未出货"),
    said(row("MX-4", "Mixed Co", "2025-11-01", 6_000, terms=OA30), "not shipped"),
    row("AN-1", "Anchor", "2025-12-01", 5_000, terms=OA30, ship="2025-12-02", due="2025-12-31",
        got=5_000, got_on="2025-12-31"),
]


def ledger_window(qtbot, tmp_path: Path, rows: list[list[object]]):
    """The app's window, in English, on a firm whose one ledger holds `rows`, imported."""
    ledger = write_xlsx(tmp_path / "2025年台账.xlsx", {"2025": titled([HEADER, *rows])})
    [result] = import_files(tmp_path / "firm.sqlite", [ledger])
    assert result.status == "imported", result.message
    i18n.set_language("en")
    return open_window(qtbot, tmp_path / "firm.sqlite")


def shown(window, column: int) -> dict[str, str]:
    """Per order number, the text the orders table shows in `column`."""
    model = window.panel.orders_model
    return {model.index(r, 0).data(): model.index(r, column).data()
            for r in range(model.rowCount())}


def test_the_panel_marks_a_returned_order_and_a_part_not_shipped(qtbot, tmp_path: Path):
    window = ledger_window(qtbot, tmp_path, ROWS)
    window.search.setText("mixed")
    assert visible_customers(window) == ["Mixed Co"]
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(0, 1)).center())
    assert window.panel.name.text() == "Mixed Co"
    assert shown(window, 9) == {"MX-4": "not shipped", "MX-3": "paid",
                                "CN-MX": "credit note", "MX-2": "returned (credited in full)",
                                "MX-1": "paid"}
    assert shown(window, 5) == {"MX-4": "not shipped", "MX-3": "2025-09-01, part not shipped",
                                "CN-MX": "", "MX-2": "2025-04-10", "MX-1": "2025-03-10"}
    model = window.panel.orders_model
    returned = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "MX-2")
    assert model.index(returned, 9).data(Qt.ItemDataRole.FontRole).strikeOut()
    # three orders, as the tier card counts them: the returned one and the credit note are none
    assert "3 valid orders" in window.panel.tier_text.text()
    i18n.set_language("zh_CN")
    window.retranslate()
    assert shown(window, 9)["MX-2"] == "已退货（全额冲减）"
    assert shown(window, 5)["MX-3"] == "2025-09-01，部分未出货"
    assert shown(window, 5)["MX-4"] == shown(window, 9)["MX-4"] == "未出货"
