"""The window's win39 pass at 150 % on 1280 × 800 (853 × 533 of Qt's pixels), driven through
the real window on the imported sample ledgers.

The customer table's List column ran past the table's edge in English ("White lis"): the
name gave way only down to the grade, and the panel beside kept its three fifths of two."""

from __future__ import annotations

import pytest
from test_main_window import open_window
from test_window_second_pass_gui36b import apps_font, firm, sample  # noqa: F401 - fixtures

from core import i18n
from ui.customers.table_model import COLUMN_INDEX

LANGUAGES = ["en", "zh_CN"]


def _shown_at_150(qtbot, firm, window=None):  # type: ignore[no-untyped-def]  # noqa: F811
    """The window (the main window on `firm` unless given) shown at 853 × 533."""
    window = window or open_window(qtbot, firm)
    window.resize(853, 533)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_column_is_whole_in_the_customer_table_at_150_percent(
        qtbot, firm, apps_font, language):  # noqa: F811 - fixtures
    i18n.set_language(language)
    window = _shown_at_150(qtbot, firm)
    table = window.customers.browser.table
    header, column = table.horizontalHeader(), COLUMN_INDEX["list"]
    right = lambda: header.sectionViewportPosition(column) + header.sectionSize(column)  # noqa: E731
    qtbot.waitUntil(lambda: right() <= table.viewport().width())  # was 591 > 512 in English
    assert table.horizontalScrollBar().value() == 0
    shown = {table.model().index(row, column).data() for row in range(table.model().rowCount())}
    widest = max(table.fontMetrics().horizontalAdvance(text) for text in shown if text)
    assert widest < header.sectionSize(column)


def test_the_panel_edge_the_user_set_is_kept(qtbot, firm, apps_font):  # noqa: F811
    """The table takes its room from the panel only until the user moves the edge."""
    i18n.set_language("en")
    window = _shown_at_150(qtbot, firm)
    tab = window.customers
    qtbot.waitUntil(lambda: tab.sizes()[0] > 512)  # the table took its room
    sizes = tab.sizes()
    tab.browser.roomWanted.emit(30)  # before the user moved the edge: the panel gives 30
    assert tab.sizes() == [sizes[0] + 30, sizes[1] - 30]
    tab.splitterMoved.emit(sizes[0] + 30, 1)  # as a drag of the edge says
    tab.browser.roomWanted.emit(30)
    assert tab.arranged and tab.sizes() == [sizes[0] + 30, sizes[1] - 30]


def test_the_print_dialog_says_the_firm_name_is_not_set_by_the_one_rule(
        qtbot, firm, monkeypatch):  # noqa: F811 - fixtures
    """The dialog checked the firm name itself beside core.actions.plans.firm_not_set, which
    `export` says it by: one rule now, whatever it holds to be unset and however it says so."""
    from core.actions import plans
    from core.analysis.run import analyse
    from core.messages import Message
    from core.store import connect
    from ui.printing.dialog import PrintDialog

    conn = connect(firm)
    try:
        analysis = analyse(conn)
    finally:
        conn.close()
    said = Message("firm_not_set", "The one rule said it")
    monkeypatch.setattr(plans, "firm_not_set", lambda rules, db=None: said)
    dialog = PrintDialog(analysis)
    qtbot.addWidget(dialog)
    assert not dialog.firm_hint.isHidden()
    assert dialog.firm_hint.text() == "The one rule said it"
    monkeypatch.setattr(plans, "firm_not_set", lambda rules, db=None: None)
    dialog = PrintDialog(analysis)
    qtbot.addWidget(dialog)
    assert dialog.firm_hint.isHidden()


AMOUNT_VIEWS = ["ui/customers/panel.py", "ui/customers/panel_cards.py", "ui/customers/credit.py",
                "ui/customers/pyramid.py", "ui/overview/page.py", "ui/overview/charts.py"]


def test_the_customer_panel_and_overview_write_amounts_by_the_one_formatter():
    """Amounts were written by format specs in these views (`{open:,.0f}` in a message,
    f"{s.revenue:,.0f}"), each its own copy of core.i18n.amount_text's rule."""
    import re

    from core.paths import resource_dir

    root = resource_dir().parent
    inline = re.compile(r"\{[^{}]*:,\.\d+f\}")  # an edit box's plain figure is no amount shown
    assert {path: inline.findall((root / path).read_text(encoding="utf-8"))
            for path in AMOUNT_VIEWS} == dict.fromkeys(AMOUNT_VIEWS, [])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_panel_says_a_late_customers_amounts_as_the_table_does(
        qtbot, firm, monkeypatch, language):  # noqa: F811 - fixtures
    """The text shown is the formatter's: one written another way shows in the panel."""
    from ui.customers import panel

    i18n.set_language(language)
    window = open_window(qtbot, firm)
    late = next(c for c in window.analysis.customers if c.overdue_amount > 1000)
    window.select_customer(late.customer_id)
    shown = window.customers.panel.risk_text.text()
    assert f"{late.open_amount:,.0f}" in shown and f"{late.overdue_amount:,.0f}" in shown
    monkeypatch.setattr(panel, "amount_text", lambda amount: f"<{amount:.0f}>")
    window.customers.panel.show_customer(window.analysis, late)
    assert f"<{late.overdue_amount:.0f}>" in window.customers.panel.risk_text.text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_tier_movement_names_cut_on_all_months_keep_their_start_and_end(
        qtbot, firm, apps_font, language):  # noqa: F811 - fixtures
    """On "All months" at 853 × 533 the English names had 151 px for up to 228: 103 of 261
    read "Liberty Home …", a branch or agent's end customer ("… (for Lidl)") lost. Cut in the
    middle, each keeps its first and last characters; whole in its tooltip."""
    from PySide6.QtCore import Qt
    from test_movements_view import _open_movements

    from ui.movements import model as moves
    from ui.widgets import CutInMiddle

    i18n.set_language(language)
    page = _open_movements(qtbot, firm)[1]
    _shown_at_150(qtbot, firm, page.window())
    page.month.setCurrentIndex(page.month.findData(None))  # All months
    table, column = page.table, moves.COLUMN_INDEX["customer"]
    # a wrapped cell's first line is cut at the right whatever the mode ("Liberty Home …")
    # (the names alone: "Why" keeps its start, tests/test_ui39r_movements_why.py)
    assert isinstance(table.itemDelegateForColumn(column), CutInMiddle) and not table.wordWrap()
    model, metrics = table.model(), table.fontMetrics()
    room = table.columnWidth(column) - 8
    names = [model.index(row, column).data() for row in range(model.rowCount())]
    cut = [name for name in names if metrics.horizontalAdvance(name) > room]
    for name in cut:
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room)
        assert shown.startswith(name[:3]) and shown.endswith(name[-2:]), (name, shown)
        tip = model.index(names.index(name), column).data(Qt.ItemDataRole.ToolTipRole)
        assert name in tip
    assert language == "zh_CN" or cut  # English cuts some at this width
