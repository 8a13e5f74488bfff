"""The import dialog shows every tab of a workbook, each with what the import will do with its
rows (screens34).

A clerk's workbook of month tabs (1月, 2月, a 回款 tab of wires): the preview showed the 1月 tab
alone, five of its rows, and no count; the 回款 tab's wire naming S-77, an order neither the
file nor the database lists, was seen only in the report, and so was its unreadable 出货日期.
Now a table lists each tab with the rows the import will take, hold (a payment for an order
not imported yet) and skip, the same figures as the import's report; choosing a tab previews
its rows, and the held row names its unreadable cell in the report's words.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import SHIPPED_SAMPLE
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_import_dialog import _dialog, _import
from test_received_only_payrow31 import HEADER

from core import i18n
from core.ledger.importer import import_files
from core.ledger.preview import PREVIEW_ROWS, preview_file
from core.store import connect
from ui.importing.dialog import MAPPING, ImportDialog
from ui.importing.tabs_table import HELD, SKIPPED, TAB, TAKEN

COST = [*HEADER, "成本"]
UNREAD_SHIP = "2025-14-01"
TITLES = {"en": ["Tab", "Header row", "To import", "Held", "Skipped"],
          "zh_CN": ["工作表", "表头行", "将导入", "暂缓", "跳过"]}
CELL_SAID = {"en": f"column “出货日期”: “{UNREAD_SHIP}” is not a date",
             "zh_CN": f"“{UNREAD_SHIP}”不是日期"}


def sale(n: int, month: int, customer: str = "Sunrise") -> list[object]:
    return [f"S-{month}{n:02d}", customer, "销售", date(2025, month, 1 + n % 27), 1000 + n,
            "USD", "T/T 30 days", date(2025, month, 2 + n % 26), None, None, None, 500]


def wire(order_no: str, ship: object) -> list[object]:
    """A wire of Sunrise's naming `order_no`, no order date, its sum only received."""
    return [order_no, "Sunrise", None, None, None, "USD", None, ship, 2_000,
            date(2025, 3, 30), None, None]


def workbook(tmp_path: Path) -> Path:
    """1月: 24 sales (more than the preview shows), a totals row and one amount 待定; 2月:
    three sales and a 2月31日; 回款: a wire paying S-101 of 1月 (taken), one naming S-77 that no
    one lists (held), its 出货日期 unreadable, and one naming S-78 (held)."""
    jan = [COST, *[sale(n, 1) for n in range(24)],
           ["合计", None, None, None, sum(1000 + n for n in range(24))],
           ["S-X1", "Acme", "销售", date(2025, 1, 5), "待定", "USD", *[None] * 6]]
    feb = [COST, *[sale(n, 2, "Acme") for n in range(3)],
           ["S-X2", "Acme", "销售", "2025-02-31", 10, "USD", *[None] * 6]]
    pay = [COST, wire("S-101", None), wire("S-77", UNREAD_SHIP), wire("S-78", None)]
    return write_xlsx(tmp_path / "2025年1-3月.xlsx", {"1月": jan, "2月": feb, "回款": pay})


def tabs_shown(dialog: ImportDialog) -> list[list[str]]:
    model = dialog.editor.tabs.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def mapping_page(qtbot, db: Path, path: Path, language: str) -> ImportDialog:
    """The dialog in `language`, `path` read, its mapping page shown by a click on Next."""
    i18n.set_language(language)
    dialog = _dialog(qtbot, db, [path])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MAPPING
    return dialog


def choose_tab(qtbot, dialog: ImportDialog, name: str) -> None:
    """A click on the tab's row, as the clerk chooses it."""
    view = dialog.editor.tabs
    row = next(r for r, cells in enumerate(tabs_shown(dialog)) if cells[TAB] == name)
    rect = view.visualRect(view.model().index(row, TAB))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_tab_is_listed_with_the_counts_the_import_reports(qtbot, tmp_path: Path,
                                                               language: str) -> None:
    dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", workbook(tmp_path), language)
    view = dialog.editor.tabs
    assert view.isVisible()
    titles = [view.model().headerData(c, Qt.Orientation.Horizontal)
              for c in range(view.model().columnCount())]
    assert titles == TITLES[language]
    caption = dialog.editor.tabs_title
    assert caption.isVisible() and ("工作表" in caption.text()) == (language == "zh_CN")
    shown = tabs_shown(dialog)
    assert shown == [["1月", "1", "24", "0", "2"], ["2月", "1", "3", "0", "1"],
                     ["回款", "1", "1", "2", "0"]]
    # the first tab's rows: more than five of them
    assert dialog.editor.model.sheet.name == "1月"
    assert dialog.editor.model.rowCount() == PREVIEW_ROWS > 5
    choose_tab(qtbot, dialog, "2月")
    model = dialog.editor.model
    assert model.sheet.name == "2月" and model.rowCount() == 4
    assert "2025-02-31" in model.headerData(3, Qt.Orientation.Vertical,
                                            Qt.ItemDataRole.ToolTipRole)
    assert "2月" in dialog.editor.sheet_label.text()
    [result] = _import(qtbot, dialog)
    i18n.set_language("en")
    assert result.status == "imported"
    taken = {sheet.name: sheet.rows for sheet in result.sheets}
    skipped = {name: sum(s.sheet == name for s in result.skipped) for name in taken}
    assert {cells[TAB]: int(cells[TAKEN]) for cells in shown} == taken
    assert {cells[TAB]: int(cells[HELD]) + int(cells[SKIPPED]) for cells in shown} == skipped


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_held_row_skipped_names_its_unreadable_cell(qtbot, tmp_path: Path,
                                                      language: str) -> None:
    i18n.set_language(language)
    dialog = _dialog(qtbot, tmp_path / "firm.sqlite", [workbook(tmp_path)])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    choose_tab(qtbot, dialog, "回款")
    model = dialog.editor.model
    assert model.sheet.name == "回款"

    def row_said(index: int) -> str:
        return model.headerData(index, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)

    said = row_said(1)  # row 3: S-77
    assert "S-77" in said and CELL_SAID[language] in said
    assert "3" in said.splitlines()[-1]  # its row named, as the report names it
    ship = COST.index("出货日期")
    assert CELL_SAID[language] in model.data(model.index(1, ship), Qt.ItemDataRole.ToolTipRole)
    assert "S-78" in row_said(2) and UNREAD_SHIP not in row_said(2)  # its own cells only
    assert UNREAD_SHIP not in (row_said(0) or "")  # the wire taken says nothing of it


@pytest.mark.parametrize("name", ["订单台账_2025-12.xlsx", "订单台账_2025-06.xlsx"])
def test_the_counts_of_a_sample_ledger_are_its_import_s(tmp_path: Path, name: str) -> None:
    """Core's counts, before anything is written, against what the import then reports."""
    db, path = tmp_path / "firm.sqlite", SHIPPED_SAMPLE / name
    with connect(db) as conn:
        preview = preview_file(conn, path)
    [result] = import_files(db, [path])
    assert result.status == "imported"
    taken = {sheet.name: sheet.rows for sheet in result.sheets}
    assert {s.name: s.counts.taken for s in preview.sheets} == taken
    assert sum(s.counts.held + s.counts.skipped for s in preview.sheets) == len(result.skipped)
