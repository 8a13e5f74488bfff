"""The import dialog's preview says what the import will do, under the columns the clerk chose
(preview34).

What a clerk met after screens34 listed every tab with its counts:
- a workbook the import refuses for want of a required column listed its tab as 0 / 0 / 0,
  no reason given;
- a column chosen while another tab was previewed reached that tab's rows only once the file
  was read again, and a tab picked before the new reading came showed the old columns;
- "First value → as it will be read" took its example from a row the import skips (a held
  payment's order number, an unreadable date) where the rows it takes had none shown;
- after File → Undo the last import…, the "Undone: …" line did not name the file the
  database as it was is kept as, though the question before it did.
Driven through the real dialog and the window's QAction, in English and Chinese.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import databases
import pytest
from ledgers import write_xlsx
from PySide6.QtCore import QSettings, Qt
from test_data_safety_gui import _trigger
from test_import_dialog import _choose, _dialog, _wait_read
from test_import_tabs_screens34 import (
    COST,
    UNREAD_SHIP,
    choose_tab,
    tabs_shown,
    wire,
    workbook,
)
from test_main_window import open_window
from test_restore_names_copy_ui33 import SayYes

from core import backups, i18n
from core.ledger.importer import import_files
from core.ledger.report import beside_name
from ui.importing.dialog import MAPPING, ImportDialog
from ui.importing.tabs_table import HELD, SKIPPED, TAKEN

SHOTS = Path("/tmp/preview34")


def mapping_page(qtbot, db: Path, path: Path) -> ImportDialog:
    dialog = _dialog(qtbot, db, [path])
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == MAPPING
    return dialog


def shot(dialog: ImportDialog, name: str) -> None:
    """The page as the clerk sees it, for a look at the layout."""
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_workbook_the_import_refuses_says_so_in_its_tab_s_row(qtbot, tmp_path: Path,
                                                               language: str) -> None:
    """No amount column: the import refuses the file; its tab said 0 / 0 / 0 and nothing."""
    headers = ["合同号", "客户名称", "下单日期", "币种", "备注"]
    path = write_xlsx(tmp_path / "3月.xlsx", {"3月": [
        headers, *[[f"S-{n}", "Sunrise", date(2025, 3, n), "USD", "急"] for n in range(1, 4)]]})
    i18n.set_language(language)
    try:
        [refused] = import_files(tmp_path / "other.sqlite", [path])
        assert refused.status == "refused" and refused.message is not None
        # the import's own words, in the language in force, beside the file's name (win43:
        # without its "3月.xlsx: " again)
        said = beside_name(refused.message)
        dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", path)
        shot(dialog, f"refused-{language}")
        [row] = tabs_shown(dialog)
        model = dialog.editor.tabs.model()
        assert [row[c] for c in (TAKEN, HELD, SKIPPED)] != ["0", "0", "0"]
        assert said in row[TAKEN]  # said where the counts would be
        assert said in model.index(0, TAKEN).data(Qt.ItemDataRole.ToolTipRole)
        assert dialog.editor.tabs.columnSpan(0, TAKEN) == SKIPPED - TAKEN + 1
        refuses = {"en": "Will be refused", "zh_CN": "将被拒绝"}[language]
        assert row[TAKEN].startswith(refuses)
        # a column given to the amount: read again, the file is no longer refused
        _choose(dialog.editor.combo("amount"), "备注")  # 急: no figure, each row skipped
        _wait_read(qtbot, dialog)
        [row] = tabs_shown(dialog)
        assert row[TAKEN:SKIPPED + 1] == ["0", "0", "3"]
        assert dialog.editor.tabs.columnSpan(0, TAKEN) == 1
    finally:
        i18n.set_language("en")


def test_a_column_chosen_on_another_tab_reaches_its_rows_and_counts(qtbot, tmp_path: Path
                                                                    ) -> None:
    dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", workbook(tmp_path))
    editor = dialog.editor
    terms = COST.index("付款方式")
    choose_tab(qtbot, dialog, "2月")
    assert tabs_shown(dialog)[1][TAKEN] == "3"
    assert editor.model.field_of(terms).name == "payment_terms"
    _choose(editor.combo("amount"), "付款方式")  # no figure: every row of it skipped
    # at once, before the file is read again: the tab shown reads that column as the amount
    assert editor.model.sheet.name == "2月"
    assert editor.model.field_of(terms).name == "amount"
    assert editor.busy.isVisible()  # read again on the worker, its progress shown
    shot(dialog, "chosen-reading")
    _wait_read(qtbot, dialog)
    shot(dialog, "chosen-read")
    assert editor.model.sheet.name == "2月" and editor.model.field_of(terms).name == "amount"
    # no row taken: the amount's example still says why its rows are skipped
    assert editor.values["amount"].text().startswith("T/T 30 days")
    counts = {cells[0]: cells[TAKEN:SKIPPED + 1] for cells in tabs_shown(dialog)}
    assert counts["2月"] == ["0", "0", "4"] and counts["1月"] == ["0", "0", "26"]


def test_a_tab_picked_before_the_new_reading_shows_the_columns_chosen(qtbot, tmp_path: Path
                                                                      ) -> None:
    dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", workbook(tmp_path))
    editor = dialog.editor
    terms = COST.index("付款方式")
    _choose(editor.combo("amount"), "付款方式")  # on the first tab
    reading = dialog.tasks[id(dialog.current_state)]
    choose_tab(qtbot, dialog, "2月")
    assert editor.model.sheet.name == "2月"
    assert editor.model.field_of(terms).name == "amount"
    _choose(editor.combo("amount"), "金额")  # changed the mind: the stale reading stops
    assert reading.replaced
    assert editor.model.field_of(COST.index("金额")).name == "amount"
    assert editor.model.field_of(terms) is None
    _wait_read(qtbot, dialog)
    assert editor.model.sheet.name == "2月" and editor.model.field_of(terms) is None
    assert tabs_shown(dialog)[1][TAKEN:SKIPPED + 1] == ["3", "0", "1"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_first_value_shown_is_of_a_row_the_import_takes(qtbot, tmp_path: Path,
                                                           language: str) -> None:
    """A 回款 tab whose first wire names an order no one lists (held, skipped): the order
    number shown was that wire's, S-77, and its unreadable ship date the column's example."""
    jan = [COST, ["S-101", "Sunrise", "销售", date(2025, 1, 2), 2_000, "USD", "T/T 30 days",
                  None, None, None, None, 500]]
    path = write_xlsx(tmp_path / "1月回款.xlsx", {"1月": jan, "回款": [
        COST, wire("S-77", UNREAD_SHIP), wire("S-101", None)]})
    i18n.set_language(language)
    try:
        dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", path)
        choose_tab(qtbot, dialog, "回款")
        editor = dialog.editor
        assert editor.model.sheet.name == "回款" and editor.model.skipped(0) is not None
        shot(dialog, f"first-value-{language}")
        assert editor.values["order_no"].text() == "S-101"
        assert editor.values["ship_date"].text() == ""  # the rows taken have none
        assert UNREAD_SHIP not in editor.values["ship_date"].toolTip()
    finally:
        i18n.set_language("en")


@pytest.fixture
def _own_qsettings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_undone_line_names_the_file_the_database_was_kept_as(qtbot, tmp_path, language,
                                                                _own_qsettings) -> None:
    db, _, _ = databases.two_months(tmp_path)
    i18n.set_language(language)
    said = SayYes()
    try:
        window = open_window(qtbot, db)
        with qtbot.waitSignal(window.analysed, timeout=30000):
            _trigger(window, "undo_import")
        qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)
        line = window.statusBar().currentMessage()
        [safety] = [b.path for b in backups.listing(db) if b.reason == "undo"]
        undone = {"en": "Undone: the import of 2月.xlsx.", "zh_CN": "已撤销"}[language]
        kept = {"en": "as it was before the undo, it is kept as",
                "zh_CN": "撤销前的数据库已保存为"}[language]
        assert line.startswith(undone), line
        assert f"{kept} {safety}" in line, line
        assert safety.is_file()
    finally:
        said.timer.stop()
        i18n.set_language("en")
