"""The customer table at a clerk's desk: action columns first, headers never cut, amounts
largest first on the first click, Chinese by pinyin, the count that follows the filter, the
selection kept through every new analysis, filters cleared (and said so) on another database,
the pyramid folded away and remembered, dates typed the way clerks type them."""

from __future__ import annotations

from ledgers import build, receivables_ledger, ten_customers
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QImage
from test_main_window import open_window, visible_customers

from core import i18n
from core.analysis.model import CustomerMetrics
from ui import prefs
from ui.customers.table_model import COLUMN_INDEX, COLUMNS, CustomerFilter, CustomerModel
from ui.main_window import MainWindow

WAIT = 30000
COUNTRIES = ["英国", "日本", "加拿大", "澳大利亚", "法国", "美国", "德国", "阿联酋"]


def _header_click(qtbot, window: MainWindow, key: str) -> None:
    header = window.table.horizontalHeader()
    column = COLUMN_INDEX[key]
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_action_columns_come_before_the_figures_behind_the_tier():
    keys = [c.key for c in COLUMNS]
    actions = [keys.index(k) for k in ("overdue", "days", "grade", "list", "stop_loss")]
    details = [keys.index(k) for k in ("country", "orders", "revenue", "avg_order", "margin",
                                       "recency", "rfmt")]
    assert keys[:2] == ["tier", "customer"] and max(actions) < min(details)


def _shown_at_1280(qtbot, tmp_path) -> MainWindow:
    """Ten customers in a window on screen at 1280 × 800."""
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_amounts_sort_largest_first_on_the_first_click(qtbot, tmp_path):
    window = _shown_at_1280(qtbot, tmp_path)
    window.table.scrollTo(window.proxy.index(0, COLUMN_INDEX["revenue"]))
    _header_click(qtbot, window, "revenue")
    revenues = [window.proxy.customer_at(r).revenue_12m for r in range(window.proxy.rowCount())]
    assert revenues == sorted(revenues, reverse=True) and revenues[0] > revenues[-1]


def test_chinese_names_sort_by_pinyin_and_latin_ignores_case(qapp):
    rows = [CustomerMetrics(n, name, country, None, "core")
            for n, (name, country) in enumerate(zip(
                ["beta", "Alpha", "中国客户", "阿里", "Gamma", "澳门"], COUNTRIES, strict=False))]
    model, proxy = CustomerModel(), CustomerFilter()
    model.set_customers(rows)
    proxy.setSourceModel(model)
    proxy.sort(COLUMN_INDEX["country"], Qt.SortOrder.AscendingOrder)
    shown = [proxy.customer_at(r).country for r in range(proxy.rowCount())]
    # in English a country is shown and sorted by its English name (ui39s)
    assert shown == ["澳大利亚", "加拿大", "法国", "日本", "英国", "美国"]
    i18n.set_language("zh_CN")  # in Chinese as written, by its pinyin
    model.retranslate()
    shown = [proxy.customer_at(r).country for r in range(proxy.rowCount())]
    assert shown == ["澳大利亚", "法国", "加拿大", "美国", "日本", "英国"]  # ao fa jia mei ri ying
    proxy.sort(COLUMN_INDEX["customer"], Qt.SortOrder.AscendingOrder)
    names = [proxy.customer_at(r).customer for r in range(proxy.rowCount())]
    assert names.index("阿里") < names.index("澳门") < names.index("中国客户")  # a, ao, zhong
    assert names.index("Alpha") < names.index("beta") < names.index("Gamma")


def test_headers_are_never_cut_in_either_language(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    header = window.table.horizontalHeader()
    for language in ("en", "zh_CN"):
        window.commands.actions[f"lang_{language}"].trigger()
        for number in range(len(COLUMNS)):
            assert window.table.columnWidth(number) >= header.sectionSizeHint(number), (
                language, window.model.headerData(number, Qt.Orientation.Horizontal))


def test_the_stop_loss_column_draws_its_mark(qtbot, tmp_path):
    build(tmp_path, receivables_ledger(), receipts_date="2025-12-31").close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.as_of_edit.setDate(QDate(2025, 12, 31))
    row = visible_customers(window).index("Day SixtyOne")
    cell = window.proxy.index(row, COLUMN_INDEX["stop_loss"])
    assert cell.data() == "yes"
    icon = cell.data(Qt.ItemDataRole.DecorationRole)
    image: QImage = icon.toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.red() > 150 and centre.green() < 80  # red, painted: no glyph to go missing
    other = window.proxy.index(visible_customers(window).index("Payer"),
                               COLUMN_INDEX["stop_loss"])
    assert other.data() == "" and other.data(Qt.ItemDataRole.DecorationRole) is None


def test_the_count_follows_the_filter_and_offers_to_clear_it(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    count = window.browser.count
    total = len(window.analysis.customers)
    assert count.text() == f"Showing {total} of {total}"
    window.tier_filter.setCurrentIndex(window.tier_filter.findData("core"))
    shown = window.proxy.rowCount()
    assert 0 < shown < total and f"Showing {shown} of {total}" in count.text()
    assert "Clear filters" in count.text()
    window.search.setText("no such customer at all")
    assert window.proxy.rowCount() == 0
    assert count.text() == f"Showing 0 of {total}"  # why: across the empty table
    empty = window.browser.empty
    assert empty.isVisibleTo(window) and "No customer matches" in empty.text()
    empty.linkActivated.emit("clear")
    assert window.proxy.rowCount() == total and window.search.text() == ""
    assert window.tier_filter.currentIndex() == 0
    assert not empty.isVisibleTo(window)


def test_the_selected_customer_stays_selected_after_every_new_analysis(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    row = visible_customers(window).index("C4")
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(row, 1)).center())
    assert window.panel.name.text() == "C4"
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.commands.actions["refresh"].trigger()
    assert window.browser.current_customer().customer == "C4"
    assert window.panel.name.text() == "C4"
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.as_of_edit.setDate(QDate(2025, 11, 30))
    assert window.browser.current_customer().customer == "C4"
    selected = {window.proxy.customer_at(i.row()).customer
                for i in window.table.selectionModel().selectedRows()}
    assert selected == {"C4"}


def test_another_database_clears_search_and_filters_and_says_so(qtbot, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        build(folder, ten_customers()).close()
    window = open_window(qtbot, first / "firm.sqlite")
    window.search.setText("C1")
    window.list_filter.setCurrentIndex(window.list_filter.findData("black"))
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.open_database(second / "firm.sqlite")
    assert window.search.text() == "" and window.list_filter.currentIndex() == 0
    assert window.proxy.rowCount() == len(window.analysis.customers)
    assert "Search and filters cleared" in window.statusBar().currentMessage()


def test_the_pyramid_folds_away_and_stays_folded(qtbot, tmp_path):
    window = _shown_at_1280(qtbot, tmp_path)
    assert window.pyramid.isVisible()
    assert window.pyramid.height() < window.browser.height()  # the table gets the room
    tall = window.table.height()
    window.browser.pyramid_button.click()  # the button beside the count: the View action
    assert not window.pyramid.isVisible()
    qtbot.waitUntil(lambda: window.table.height() > tall)
    assert not window.commands.actions["show_pyramid"].isChecked()
    window.close()
    again = open_window(qtbot, tmp_path / "firm.sqlite")
    again.show()
    qtbot.waitExposed(again)
    assert not again.pyramid.isVisible()
    again.commands.actions["show_pyramid"].trigger()
    assert again.pyramid.isVisible()
    assert str(prefs.preferences().value("window/pyramid")).lower() == "true"


def test_dates_typed_as_clerks_type_them(qtbot, tmp_path):
    build(tmp_path, ten_customers()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    box = window.as_of_edit
    for typed in ("2025/9/30", "2025-9-30", "2025年9月30日"):
        box.edit.selectAll()
        if typed.isascii():
            qtbot.keyClicks(box.edit, typed)
        else:  # what an input method commits (QTest types Latin keys only)
            box.edit.insert(typed)
        with qtbot.waitSignal(window.analysed, timeout=WAIT):
            qtbot.keyClick(box.edit, Qt.Key.Key_Return)
        assert window.analysis.as_of.isoformat() == "2025-09-30"
        assert box.edit.text() == "2025-09-30"
        with qtbot.waitSignal(window.analysed, timeout=WAIT):
            box.setDate(QDate(2025, 12, 31))
    box.edit.selectAll()
    qtbot.keyClicks(box.edit, "2025/13/45")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert not box.valid and window.analysis.as_of.isoformat() == "2025-12-31"


def test_the_window_says_sample_data_and_reopens_only_on_what_was_chosen(qtbot, tmp_path,
                                                                         monkeypatch):
    from core.paths import default_db_path, sample_db_path
    from ui import sample_mode, window_commands

    own = tmp_path / "own" / "firm.sqlite"
    own.parent.mkdir()
    build(own.parent, ten_customers()).close()
    bundled = tmp_path / "resources" / "sample"  # one small ledger stands in for the twelve
    bundled.mkdir(parents=True)
    (own.parent / "ledger.xlsx").rename(bundled / "sample.xlsx")
    monkeypatch.setattr(window_commands, "resource_dir", lambda: tmp_path / "resources")
    window = open_window(qtbot, own)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.open_database(own)  # chosen, as File → Open does
    assert not window.sample_banner.isVisibleTo(window) and "Sample" not in window.windowTitle()
    with qtbot.waitSignal(window.analysed, timeout=120000):
        window.commands.actions["sample"].trigger()
    assert window.db_path == sample_db_path()
    assert window.windowTitle().startswith("Sample data — not your ledger")
    assert window.sample_banner.isVisibleTo(window)
    assert sample_mode.start_database() == own  # the sample was tried, not chosen
    asked: list[bool] = []
    monkeypatch.setattr(sample_mode, "ask_before_import",
                        lambda parent: asked.append(True) or sample_mode.OWN)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames",
                        staticmethod(lambda *a, **k: ([], "")))
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.commands.actions["import"].trigger()
    assert asked and window.db_path == own and not window.sample_banner.isVisibleTo(window)
    window.open_database(sample_db_path())  # chosen by name (File → Open or Recent)
    assert sample_mode.start_database() == sample_db_path()
    assert default_db_path() != sample_db_path()
    assert window.sample_banner.isVisibleTo(window)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):  # the banner's way out
        qtbot.mouseClick(window.sample_banner.own_button, Qt.MouseButton.LeftButton)
    assert window.db_path == own and not window.sample_banner.isVisibleTo(window)
