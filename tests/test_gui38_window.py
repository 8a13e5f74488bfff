"""The window's gui38 pass, each driven through the real window on a real imported database.

The what-if grid showed cents (Revenue given up 12,345.67) beside the customer table's
12,346 and the sentences' "12,346 USD": the window writes amounts one way.

At 150 % on 1280 × 800 (853 × 533 of Qt's pixels) Tier movement's English titles read
"Rev…", "Rev…", "Criteri…", "Sale…": Qt elides a two-line title as if it were one line, and the
layout cut titles to five characters before it cut a name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ledgers import build, order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QStyle
from test_main_window import open_window, visible_customers
from test_movements_view import _open_movements
from test_window_second_pass_gui36b import apps_font, firm, sample  # noqa: F401 - fixtures

from core import i18n
from core.i18n import tr
from ui.customers.browser import KEPT_IN_VIEW, NAME_CHARS
from ui.customers.table_model import COLUMN_INDEX, COLUMNS
from ui.movements import model as moves
from ui.movements.page import NAME_CHARS as MOVE_NAME_CHARS

LANGUAGES = ["en", "zh_CN"]


@pytest.fixture
def cents(tmp_path: Path) -> Path:
    """One late buyer whose figures have cents: 12,345.67 of revenue, 8,000.25 still open."""
    build(tmp_path, [
        order("C1", "Cents Late", "2025-07-01", 8_000.25, cost=6_400.20, ship="2025-07-10",
              due="2025-08-01"),
        order("C2", "Cents Late", "2025-05-01", 4_345.42, cost=3_476.34, ship="2025-05-10",
              due="2025-06-10", received=4_345.42, received_on="2025-06-10"),
        order("B1", "Big Payer", "2025-06-01", 90_000, cost=60_000, ship="2025-06-10",
              due="2025-07-10", received=90_000, received_on="2025-07-10"),
    ], receipts_date="2025-12-31").close()
    return tmp_path / "firm.sqlite"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_what_if_grid_shows_whole_amounts_as_the_table_does(
        qtbot, cents, monkeypatch, language):
    i18n.set_language(language)
    window = open_window(qtbot, cents)
    row = visible_customers(window).index("Cents Late")
    window.table.selectRow(row)
    menus: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, *a: menus.append(self))
    window.table.customContextMenuRequested.emit(
        window.table.visualRect(window.proxy.index(row, 1)).center())
    [menu] = menus
    next(a for a in menu.actions() if a.objectName() == "action_what_if").trigger()
    dialog = window.findChild(QDialog, "what_if_dialog")
    assert dialog is not None
    figures = dialog.panel.figures()
    revenue = figures[tr("Revenue given up ({currency})", currency="USD")]
    at_risk = figures[tr("Receivable at risk ({currency})", currency="USD")]
    table = window.proxy.index(row, COLUMN_INDEX["revenue"]).data()
    assert (revenue, at_risk, table) == ("12,346", "8,000", "12,346")  # was 12,345.67, 8,000.25
    assert not any("." in value for label, value in figures.items()
                   if "USD" in label), figures
    dialog.close()


def _title_whole(header: QHeaderView, section: int) -> bool:
    """Whether the section's title is drawn whole: each of its lines within the section less
    the header's margins, and not elided by Qt (which elides a two-line title as one line)."""
    title = str(header.model().headerData(section, Qt.Orientation.Horizontal))
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    width = header.sectionSize(section) - 2 * margin
    mode = header.textElideMode()
    elided = mode != Qt.TextElideMode.ElideNone and metrics.elidedText(title, mode, width) != title
    return not elided and all(metrics.horizontalAdvance(line) <= width
                              for line in title.split("\n"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("month", ["2025-12", None])  # December, and all months
def test_tier_movement_titles_read_whole_at_150_percent(
        qtbot, firm, apps_font, language, month):  # noqa: F811 - fixtures
    i18n.set_language(language)
    window, page = _open_movements(qtbot, firm)
    window.resize(853, 533)
    window.show()
    qtbot.waitExposed(window)
    page.month.setCurrentIndex(page.month.findData(month))
    table, header = page.table, page.table.horizontalHeader()
    shown = [n for n in range(header.count()) if not header.isSectionHidden(n)]
    cut = [header.model().headerData(n, Qt.Orientation.Horizontal) for n in shown
           if not _title_whole(header, n)]
    assert cut == []  # was "Revenue\nbefore", "Revenue\nnow", "Criteria\nchanged", …
    assert table.horizontalScrollBar().maximum() == 0
    month_column = moves.COLUMN_INDEX["month"]
    # one month chosen: its column says the month chosen in every row, and gives its room
    assert header.isSectionHidden(month_column) == (month is not None)
    # the names keep at least their first words: never cut to nothing
    customer = moves.COLUMN_INDEX["customer"]
    chars = table.fontMetrics().averageCharWidth()
    assert table.columnWidth(customer) >= MOVE_NAME_CHARS * chars


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_customer_table_shows_what_to_act_on_at_150_percent(
        qtbot, firm, apps_font, language):  # noqa: F811 - fixtures
    """At 853 × 533 "Days overdue" sat on one line, as wide as a name, over three digits:
    its title now on two lines, each title whole, the columns to act on (tier, name, overdue,
    days, grade) on screen, the name keeping its NAME_CHARS and the figures behind the tier
    following by scrolling."""
    i18n.set_language(language)
    window = open_window(qtbot, firm)
    window.resize(853, 533)
    window.show()
    qtbot.waitExposed(window)
    browser = window.customers.browser
    table, header = browser.table, browser.table.horizontalHeader()
    browser.fit_columns()
    visible = table.viewport().width()
    on_screen = [COLUMNS[n].key for n in range(header.count())
                 if header.sectionViewportPosition(n) + header.sectionSize(n) <= visible]
    assert on_screen[:KEPT_IN_VIEW] == [c.key for c in COLUMNS[:KEPT_IN_VIEW]], on_screen
    assert [n for n in range(KEPT_IN_VIEW) if not _title_whole(header, n)] == []
    least = NAME_CHARS[0] * table.fontMetrics().horizontalAdvance("x")
    assert table.columnWidth(COLUMN_INDEX["customer"]) >= least
    if language == "en":
        days = COLUMN_INDEX["days"]
        title = tr("Days overdue")
        assert table.columnWidth(days) < table.fontMetrics().horizontalAdvance(title)


def test_every_percentage_the_app_says_is_written_one_way_in_each_language():
    """One rule, both languages: the figure against its sign ("20%", "−100%"), as the article
    and core.actions.plans.percent_text write it; "20 %" beside "20%" read as two styles. Every
    English message (the catalog's ids) and its Chinese (their translations) is checked."""
    from core.paths import resource_dir
    from core.pofile import load_catalog

    spaced = re.compile(r"[\d}][ \u00a0\u202f\u2009]%")
    catalog = load_catalog(resource_dir() / "locale" / "zh_CN")
    said = [text for key, value in catalog.items()
            for text in (*key.split("\x00"), *value.split("\x00"))]
    assert len(said) > 1000
    assert [text for text in said if spaced.search(text)] == []


def test_a_screenshot_of_tier_movement_waits_for_its_month_ends(qtbot, firm):  # noqa: F811
    """scripts/readme_screenshots.py and `main.py screenshot --view movements` switch tabs
    by ui.screenshot.show_tab: the picture was taken as the tab began its work, "Working out
    the month ends…" over an empty chart."""
    from ui.movements.flow import WORKING
    from ui.screenshot import show_tab

    window = open_window(qtbot, firm)
    window.show()
    qtbot.waitExposed(window)
    page = window.tabs.movements
    assert not page.chart._periods  # nothing worked out before the tab is shown
    assert show_tab(window, page)
    assert window.tabs.currentWidget() is page
    assert page.status.text() != tr(WORKING) and not page.chart.working
    assert len(page.chart._periods) == 12 and page.proxy.rowCount() > 0


def test_the_as_of_calendar_picks_a_date_and_the_window_analyses_to_it(qtbot, cents):
    """The one menu action no test triggered (every other is in test_every_action.TESTED):
    the As-of box's calendar, a QWidgetAction in the arrow's menu. Picked on it, a day is
    the date the window analyses to, and the table's figures are those of that day."""
    from datetime import date

    from PySide6.QtCore import QDate, QPoint

    window = open_window(qtbot, cents)
    row = visible_customers(window).index("Cents Late")
    assert window.proxy.index(row, COLUMN_INDEX["revenue"]).data() == "12,346"
    box = window.as_of_edit
    menu = box.button.menu()
    menu.popup(box.button.mapToGlobal(QPoint(0, box.button.height())))  # as the arrow opens it
    qtbot.waitUntil(menu.isVisible)
    assert box.calendar.selectedDate() == box.date()  # it opens on the date shown
    with qtbot.waitSignal(window.analysed, timeout=30000):
        box.calendar.clicked.emit(QDate(2025, 6, 30))  # a click on the 30th of June
    assert not menu.isVisible()
    assert box.edit.text() == "2025-06-30"
    assert window.analysis is not None and window.analysis.as_of == date(2025, 6, 30)
    row = visible_customers(window).index("Cents Late")  # July's 8,000.25 order not yet made
    assert window.proxy.index(row, COLUMN_INDEX["revenue"]).data() == "4,345"
