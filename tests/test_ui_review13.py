"""What the thirteenth review of the screens left, each driven as the clerk meets it: one
word for each list and tier wherever it is named, one spelling of RFMT, a readable "Why"
column, an empty table that says why at 150 %, and no date of nobody's choosing while the
first analysis is made."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import build
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox
from test_account_analysis import no_receipts_firm
from test_last_table_window import WAIT, _first_start, _next_start
from test_main_window import open_window
from test_movements import _ledger
from test_movements_view import _open_movements
from test_ui_review_followup import small_screen_window

from core import i18n
from core.actions import restructuring, stop_loss
from core.analysis.names import (
    GROUPS,
    LISTS,
    RFMT,
    TIERS,
    group_heading,
    list_heading,
    pinned_template,
    sheet_name,
)
from core.i18n import tr
from ui.customers.table_model import COLUMN_INDEX
from ui.main_window import MainWindow
from ui.movements import page as movements_page
from ui.movements.model import COLUMN_INDEX as MOVE_COLUMN
from ui.movements.model import COLUMNS as MOVE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent


def _cells(window: MainWindow, key: str) -> set[str]:
    column = COLUMN_INDEX[key]
    return {window.proxy.index(r, column).data() for r in range(window.proxy.rowCount())}


def _items(combo) -> dict[str, str]:
    return {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_confirm_payment_list_has_one_name_on_every_screen(qtbot, tmp_path, language):
    """The pyramid's box said "To confirm" (Chinese 待确认收款) beside a filter, a table, a
    panel, a print dialog and a workbook that say "Confirm-payment list" (待确认收款名单). Every
    place now reads the one name, whole in the pyramid at 1280 × 800, and the box's tooltip no
    longer says its customers are on the black list."""
    i18n.set_language(language)
    window = open_window(qtbot, no_receipts_firm(tmp_path))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    word = list_heading("confirm")
    assert window.pyramid.box_texts("list", "confirm")[0] == word
    window.pyramid.grab()
    assert (word, word) in {(shown, full) for shown, full, _ in window.pyramid.drawn}
    assert _items(window.list_filter)["confirm"] == word
    assert word in _cells(window, "list")
    late = next(c for c in window.analysis.customers if c.list == "confirm")
    window.select_customer(late.customer_id)
    assert window.panel.list_text.text().startswith(word + ":")
    tip = window.pyramid.tooltip_text("list", "confirm")
    assert tr(pinned_template("confirm")) in tip and list_heading("black").lower() not in tip
    window.commands.actions["print"].trigger()
    assert window.commands.dialog.radios["confirm"].text() == word
    assert word in [t.sheet for t in stop_loss.document(window.analysis).tables]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_list_and_tier_reads_the_same_in_every_place(qtbot, tmp_path, language):
    """The English table's tier column said "strategic" and its list column "black list"
    under a pyramid saying "Strategic" and "Black list"; the filters and the right-click menu
    said the lower-case words too. Each now shows the one name a list or tier has standing
    alone, as the pyramid, the print dialog and the workbooks do."""
    i18n.set_language(language)
    build(tmp_path, _ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    assert _items(window.tier_filter) == {code: group_heading(code) for code in GROUPS}
    assert _items(window.list_filter) == {code: list_heading(code) for code in LISTS}
    for tier in TIERS:
        assert window.pyramid.band_texts(tier)[0] == group_heading(tier)
    assert window.pyramid.box_texts("group", "dormant")[0] == group_heading("dormant")
    tiers = {c.tier for c in window.analysis.customers}
    lists = {c.list for c in window.analysis.customers if c.list}
    assert len(tiers) >= 3 and lists  # the ledger has something to show in each column
    assert _cells(window, "tier") == {group_heading(t) for t in tiers}
    assert _cells(window, "list") - {""} == {list_heading(code) for code in lists}
    dialog_words = {code: list_heading(code) for code in LISTS}
    window.commands.actions["print"].trigger()
    radios = window.commands.dialog.radios
    assert {code: radios[code].text() for code in LISTS} == dialog_words
    assert [t.sheet for t in stop_loss.document(window.analysis).tables] == [
        dialog_words[code] for code in LISTS]
    assert [radios[tier].text() for tier in TIERS] == [sheet_name(tier) for tier in TIERS]
    sheets = [t.sheet for t in restructuring.document(window.analysis).tables]
    assert all(sheet_name(tier) in sheets for tier in TIERS)


def test_the_movement_table_names_tiers_and_lists_as_the_pyramid_does(qtbot, tmp_path):
    build(tmp_path, _ledger()).close()
    _window, page = _open_movements(qtbot, tmp_path / "firm.sqlite")
    page.month.setCurrentIndex(0)  # all months
    assert page.proxy.rowCount()
    shown = {page.proxy.index(r, MOVE_COLUMN[key]).data()
             for r in range(page.proxy.rowCount()) for key in ("from", "to")}
    assert shown & {group_heading(code) for code in GROUPS}
    assert not shown & {tr(code) for code in ("strategic", "core", "long tail", "dormant")}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_rfmt_is_spelt_one_way(qtbot, tmp_path, language):
    """Settings had an "R-F-M-T" tab (Chinese "R-F-M-T 指标") and the guide an "R-F-M-T
    model" beside the table's RFMT column and the workbook's "RFMT criteria"."""
    i18n.set_language(language)
    build(tmp_path, _ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.commands.actions["settings"].trigger()
    qtbot.waitUntil(lambda: window.commands.dialog is not None
                    and hasattr(window.commands.dialog, "tabs"), timeout=WAIT)
    tabs = window.commands.dialog.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert any(t.startswith(RFMT) for t in titles), titles
    assert not any("R-F-M-T" in t for t in titles)
    header = window.model.headerData(COLUMN_INDEX["rfmt"], Qt.Orientation.Horizontal)
    assert header == RFMT
    for page in (ROOT / "resources" / "help").rglob("*.html"):
        assert "R-F-M-T" not in page.read_text(encoding="utf-8"), page


def test_why_reads_at_1280_by_800(qtbot, tmp_path):
    """Tier movement's "Why" sat centred over a column as wide as its longest reason, far
    right of the screen at 1280 × 800, and read as a blank header; the month filter read
    "All mont". Why is the last column now, its title at its left edge, as wide as the
    figures leave (never under WHY_CHARS characters) with the whole reason on hover."""
    build(tmp_path, _ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.movements
    with qtbot.waitSignal(page.computed, timeout=WAIT):
        window.commands.actions["movements"].trigger()
    why = MOVE_COLUMN["why"]
    assert why == len(MOVE_COLUMNS) - 1
    align = page.model.headerData(why, Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(align) & Qt.AlignmentFlag.AlignLeft
    table, header = page.table, page.table.horizontalHeader()
    least = table.fontMetrics().averageCharWidth() * movements_page.WHY_CHARS
    assert least <= table.columnWidth(why) <= max(table.viewport().width(), least) + 1
    page.month.setCurrentIndex(0)  # all months: the longest reasons
    longest = max(range(page.proxy.rowCount()), key=lambda r: len(
        page.proxy.index(r, why).data()))
    cell = page.proxy.index(longest, why)
    assert table.fontMetrics().horizontalAdvance(cell.data()) > table.columnWidth(why)
    assert cell.data(Qt.ItemDataRole.ToolTipRole).replace("\n", "; ") == cell.data()
    table.scrollTo(cell)
    left = header.sectionViewportPosition(why)
    assert left >= 0 and left + header.fontMetrics().horizontalAdvance("Why") < header.width()
    qtbot.waitUntil(lambda: _text_room(page.month) >= page.month.fontMetrics().horizontalAdvance(
        page.month.currentText()))  # "All months" whole, once the layout has run


def _text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_match_is_said_across_the_empty_table_at_150_percent(qtbot, tmp_path, language):
    """On a 1280 × 800 screen at 150 % "No customer matches the search and filters (148 in
    all). · Clear filters" wrapped to three lines beside the search. The count keeps one
    line; the table, empty, says why across its rows and offers to clear the filters."""
    window = small_screen_window(qtbot, tmp_path, language)
    browser, total = window.browser, window.model.rowCount()
    assert not browser.empty.isVisible()
    window.search.setText("zzz-no-such-customer")
    qtbot.waitUntil(browser.empty.isVisible)
    count, empty, viewport = browser.count, browser.empty, window.table.viewport()
    line = count.fontMetrics().lineSpacing()
    assert f"{total}" in count.text() and count.heightForWidth(count.width()) < 2 * line
    assert "No customer matches" in empty.text() or "没有客户" in empty.text()
    assert empty.geometry() == viewport.rect()
    words = empty.heightForWidth(empty.width()) - 2 * empty.margin()
    assert words < 2 * empty.fontMetrics().lineSpacing()  # one line across the table
    empty.linkActivated.emit("clear")
    assert window.proxy.rowCount() == total and not empty.isVisible()


def test_the_date_boxes_wait_empty_for_the_first_analysis(qtbot, tmp_path, monkeypatch):
    """While a database's first analysis was made the greyed date boxes showed today's date,
    which the analysis seldom uses (the data's last month end). They are empty now, without
    a greyed example date either, until the analysis fills them; another database opened
    empties them again. The last start's table still shows its own dates."""
    build(tmp_path, _ledger()).close()
    db = tmp_path / "firm.sqlite"
    window, go = _next_start(qtbot, db, monkeypatch)
    boxes = (window.as_of_edit, window.receipts_edit)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=WAIT)
    for box in boxes:
        assert not box.isEnabled()
        assert box.edit.text() == "" and box.edit.placeholderText() == ""
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    analysis = window.analysis
    assert window.as_of_edit.edit.text() == analysis.as_of.isoformat()
    assert window.receipts_edit.edit.text() == analysis.receipts_date.isoformat()
    assert all(box.isEnabled() and box.edit.placeholderText() for box in boxes)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.open_database(tmp_path / "new.sqlite")  # no orders: the welcome page
        assert all(box.edit.text() == "" for box in boxes)
    assert window.stack.currentWidget() is window.welcome
    assert all(box.edit.text() == "" and not box.isEnabled() for box in boxes)


def test_the_last_start_table_keeps_its_own_dates(qtbot, tmp_path, monkeypatch):
    db, _cells_kept = _first_start(qtbot, tmp_path)
    window, go = _next_start(qtbot, db, monkeypatch)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    shown = window.as_of_edit.edit.text()
    assert shown and shown in window.status.text() and not window.as_of_edit.isEnabled()
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        go.set()
    assert window.as_of_edit.edit.text() == window.analysis.as_of.isoformat()
