"""Lists the window joins in code are each language's (win42): "A、B" in Chinese, not the
English "A, B" beside Chinese words (core.i18n.listed, clauses)."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from test_credit import A, change, db  # noqa: F401 - the fixture
from test_movements_view import _open_movements, firm  # noqa: F401 - the fixture

from core import i18n
from core.analysis.run import analyse
from core.rules import Rules
from core.store import connect
from ui.customers.panel_cards import CreditCard
from ui.customers.table_model import COLUMN_INDEX, COLUMNS, header_tip
from ui.importing.summary import _where


class _Asker(QObject):
    asked = Signal(str)  # the card's "?" asks for its guide page here


def _in_chinese(read):  # type: ignore[no-untyped-def]
    i18n.set_language("zh_CN")
    try:
        return read()
    finally:
        i18n.set_language("en")


def test_the_list_columns_tip_names_the_lists_the_chinese_way() -> None:
    column = COLUMNS[COLUMN_INDEX["list"]]
    assert ", " in header_tip(column, Rules.defaults())
    tip = _in_chinese(lambda: header_tip(column, Rules.defaults()))
    assert "、" in tip and ", " not in tip, tip  # was "白名单, 观察名单, …"


def test_the_result_pages_places_on_two_sheets_part_the_chinese_way() -> None:
    found = [("1月", 3, "x"), ("2月", 5, "x")]
    assert "; " in _where(found)
    said = _in_chinese(lambda: _where(found))
    assert "；" in said and "; " not in said, said


def test_the_twelve_months_line_lists_the_kinds_the_chinese_way(qtbot, firm: Path) -> None:  # noqa: F811
    window, page = _open_movements(qtbot, firm)
    assert page.history is not None and page.history.year is not None
    assert ", " in page.year.text()
    i18n.set_language("zh_CN")
    try:
        window.retranslate()
        said = page.year.text()
        assert "、" in said and ", " not in said, said
    finally:
        i18n.set_language("en")


def test_the_credit_cards_group_members_are_listed_the_chinese_way(qtbot, db: Path) -> None:  # noqa: F811
    change(db, "group", "Sister A", "Sister B", "--as", "Pair")
    with closing(connect(db)) as conn:
        analysis = analyse(conn, A)
    [sister] = [c for c in analysis.customers if c.customer == "Sister A"]
    card = CreditCard(_Asker().asked)
    qtbot.addWidget(card)
    card.show_customer(analysis, sister)
    assert "Sister A, Sister B" in card.text.text()
    i18n.set_language("zh_CN")
    try:
        card.show_customer(analysis, sister)
        assert "Sister A、Sister B" in card.text.text(), card.text.text()
    finally:
        i18n.set_language("en")
