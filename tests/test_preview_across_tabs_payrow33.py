"""The import preview says what the import will do with a payment row naming an order on
another tab (payrow33).

Sunrise's 20,000 wire on the 回款 tab, its type and 金额 blank, names S-01, an order on the 7月
tab; the import matches it across the workbook's tabs (and against the store) and books it as
money received. The preview read one tab at a time and showed the row struck out, "no amount,
only 20,000.00 received: write the order's amount…", so a clerk who believed it typed 收款 on a
row that needed nothing, or left the file unimported. The preview now matches it with the
import's own function (core.ledger.received_only.matched).
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_clerks_month import _by_drop, _by_menu, stored
from test_import_dialog import _dialog, _import, _tree_texts
from test_main_window import open_window
from test_received_only_payrow31 import HEADER, PAYER, SALE, wire

from core import i18n
from core.i18n import tr
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.preview import FilePreview, preview_file
from core.ledger.read_as import PAYMENT_ROW
from core.store import connect
from ui.importing.dialog import MAPPING, ImportDialog

WAIT = 30000
# an order of Sunrise's imported last month, which a wire of this month's file names
JUNE = ["S-09", "Sunrise", "销售", date(2025, 6, 2), 9_000, "USD", "T/T 30 days",
        date(2025, 6, 9), None, None, None]
REFUSED = "no amount, only 20,000.00 received: write the order's amount"


def workbook(tmp_path: Path) -> Path:
    """The wires' tab first (the dialog shows a workbook's first ledger tab): S-01 on the 7月
    tab, S-02 on none (refused), S-09 imported last month."""
    return write_xlsx(tmp_path / "2025-07.xlsx", {
        "回款": [HEADER, wire(kind=None), wire(kind=None, order_no="S-02"),
                 wire(kind=None, order_no="S-09")],
        "7月": [HEADER, SALE, PAYER]})


def june(tmp_path: Path, db: Path) -> None:
    [result] = import_files(db, [write_xlsx(tmp_path / "2025-06.xlsx",
                                            {"6月": [HEADER, JUNE]})])
    assert result.status == "imported"


def previewed(preview: FilePreview) -> tuple[set[tuple[str, int]], set[tuple[str, int, str]]]:
    """The rows the preview says are money received, and those it says are skipped (why)."""
    paid, skipped = set(), set()
    for sheet in preview.sheets:
        for index, note in sheet.row_notes.items():
            row = sheet.header_row + 1 + index
            if note.code == PAYMENT_ROW.code:
                paid.add((sheet.name, row))
            else:
                skipped.add((sheet.name, row, note.text))
    return paid, skipped


def done(db: Path, result: FileResult) -> tuple[set[tuple[str, int]], set[tuple[str, int, str]]]:
    """The rows the import booked as money received, and those it skipped (why)."""
    paid = {(str(sheet), int(row)) for sheet, row in stored(
        db, "SELECT source_sheet, source_row FROM order_lines WHERE amount = 0 "
            "AND received_amount > 0")}
    return paid, {(s.sheet, s.row, s.message.text) for s in result.skipped}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_preview_matches_a_wire_to_another_tabs_order_as_the_import_does(
        tmp_path: Path, language: str) -> None:
    i18n.set_language(language)
    db = tmp_path / "firm.sqlite"
    june(tmp_path, db)
    path = workbook(tmp_path)
    with connect(db) as conn:
        preview = preview_file(conn, path)
    paid, skipped = previewed(preview)
    [result] = import_files(db, [path])
    assert result.status == "imported"
    assert (paid, skipped) == done(db, result)
    assert paid == {("回款", 2), ("回款", 4)}
    [(sheet, row, text)] = skipped
    assert (sheet, row) == ("回款", 3) and "20,000.00" in text
    assert (REFUSED in text) == (language == "en")


def test_the_preview_of_one_tab_chosen_matches_as_its_import_does(tmp_path: Path) -> None:
    """Only the 回款 tab chosen: the import reads no other tab, nor does the preview."""
    db = tmp_path / "firm.sqlite"
    june(tmp_path, db)
    path = workbook(tmp_path)
    with connect(db) as conn:
        preview = preview_file(conn, path, sheet="回款")
    [result] = import_files(db, [path], sheet="回款")
    assert previewed(preview) == done(db, result)
    assert previewed(preview)[0] == {("回款", 4)}  # S-01's tab unread: S-02 and S-01 skipped


def shown(dialog: ImportDialog) -> tuple[int, list[int], list[int]]:
    """What the dialog's preview table shows of the first tab: its rows, those said to be money
    received and those said to be skipped (struck out), by their row numbers."""
    model = dialog.editor.model
    rows = model.rowCount()

    def note(row: int) -> str:
        return model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) or ""

    def number(row: int) -> int:
        return int(model.headerData(row, Qt.Orientation.Vertical))

    paid = [number(r) for r in range(rows) if note(r) == tr(PAYMENT_ROW.text)]
    struck = [number(r) for r in range(rows)
              if model.data(model.index(r, 0), Qt.ItemDataRole.FontRole) is not None
              and model.data(model.index(r, 0), Qt.ItemDataRole.FontRole).strikeOut()]
    return rows, paid, struck


def test_the_import_dialog_shows_the_wire_as_money_received(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite"
    june(tmp_path, db)
    dialog = _dialog(qtbot, db, [workbook(tmp_path)])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MAPPING
    assert dialog.editor.model.sheet.name == "回款"
    assert shown(dialog) == (3, [2, 4], [3])
    model = dialog.editor.model
    assert REFUSED in model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    [result] = _import(qtbot, dialog)
    assert result.status == "imported"
    assert done(db, result) == ({("回款", 2), ("回款", 4)}, {
        ("回款", 3, result.skipped[0].message.text)})


def report_text(dialog: ImportDialog) -> str:
    """The result page's sentences and its details, as the clerk reads them."""
    page = dialog.result_page
    return "\n".join([page.summary.text(), html.unescape(re.sub(r"<[^>]+>", "\n",
                                                               page.files.text())),
                      *_tree_texts(dialog)])


@pytest.mark.parametrize("how", [_by_menu, _by_drop])
def test_a_workbook_dropped_on_the_window_previews_as_it_imports(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: object) -> None:
    """File → Import or a drop on the window: the preview's rows read, matched and held are
    the import report's rows taken and skipped on that tab."""
    db = tmp_path / "firm.sqlite"
    june(tmp_path, db)
    window = open_window(qtbot, db)
    how(window, workbook(tmp_path), monkeypatch)  # type: ignore[operator]
    dialog = window.commands.dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    rows, paid, struck = shown(dialog)
    assert (rows, len(paid), len(struck)) == (3, 2, 1)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    text = report_text(dialog)
    assert f"“回款”: header in row 1, {rows - len(struck)} rows taken" in text
    assert (f"{len(paid)} rows typed as payments (rows {paid[0]}, {paid[1]}) were read as "
            "money received") in text
    assert f"{len(struck)} row skipped, no amount, only 20,000.00 received" in text
    assert f"“回款” row {struck[0]}" in text
    dialog.close()
