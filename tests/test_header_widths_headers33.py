"""The customer table's headers are whole in the font in force (headers33). At 150 % in
English the Grade column was cut: the table was fitted while the window still had the other
language's font (a switch from 中文 sets the system's font first, and Qt hands it to the
widgets after the words are swapped and the columns refitted), so "Grade ▲" ran into its
arrow, and "Days overdue", "Lifetime value" lost their last letters. A larger font (what a
bigger scale or text size gives a table) left every column as wide as the smaller font's,
the customers' names within a fixed 200 to 320 pixels.

Whole means: each header's text, measured with the header's own font, within its column, and
the column as wide as the header asks for its text, margins and sort arrow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTableView
from test_screens31 import SAMPLE_APP, at_scale
from test_sorted_tables_ux29b import shown_window

from ui.customers.browser import NAME_CHARS
from ui.customers.table_model import COLUMN_INDEX
from ui.language import choose_language


@pytest.fixture
def app_font():
    """The app's font and language as they were, after the test (both are the app's)."""
    app = QApplication.instance()
    before = QFont(app.font())
    yield app
    choose_language("en")
    app.setFont(before)


def cut_headers(table: QTableView) -> list[str]:
    """The headers whose text is cut, or runs into the sort arrow (a two-line title by its
    wider line: "Days / overdue", gui38)."""
    header, model = table.horizontalHeader(), table.model()
    cut = []
    for n in range(header.count()):
        title = model.headerData(n, Qt.Orientation.Horizontal)
        if (max(map(header.fontMetrics().horizontalAdvance, title.split("\n")))
                > header.sectionSize(n)
                or header.sectionSize(n) < header.sectionSizeHint(n)):
            cut.append(f"{title}: {header.sectionSize(n)} < {header.sectionSizeHint(n)}")
    return cut


def sorted_by_grade(table: QTableView) -> None:
    table.sortByColumn(COLUMN_INDEX["grade"], Qt.SortOrder.DescendingOrder)
    QApplication.processEvents()


@pytest.mark.parametrize(("first", "then"), [("zh_CN", "en"), ("en", "zh_CN")])
def test_the_headers_are_whole_after_a_language_switch(qtbot, sample_db, tmp_path, app_font,
                                                       first, then):
    choose_language(first)
    window = shown_window(qtbot, sample_db, tmp_path)
    sorted_by_grade(window.table)
    assert cut_headers(window.table) == []
    window.commands.actions[f"lang_{then}"].trigger()
    QApplication.processEvents()  # the window takes the language's font
    assert cut_headers(window.table) == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_headers_are_whole_in_a_larger_font(qtbot, sample_db, tmp_path, app_font,
                                                language):
    choose_language(language)
    window = shown_window(qtbot, sample_db, tmp_path)
    font = QFont(app_font.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    app_font.setFont(font)
    QApplication.processEvents()
    assert window.table.horizontalHeader().fontMetrics().height() > 15  # the larger font
    assert cut_headers(window.table) == []
    least = NAME_CHARS[0] * window.table.fontMetrics().horizontalAdvance("x")
    assert window.table.columnWidth(COLUMN_INDEX["customer"]) >= least  # names grow too
    sorted_by_grade(window.table)
    assert cut_headers(window.table) == []


GRADE_SCRIPT = SAMPLE_APP + """
from ui.customers.table_model import COLUMN_INDEX
from ui.language import use_font
found = {}
for language in ("en", "zh_CN"):
    i18n.set_language(language)
    use_font(language)
    window = MainWindow(db, remember=False)  # a first start: as large as the screen allows
    window.show()
    window.refresh()
    wait_settled(window)
    table, grade = window.table, COLUMN_INDEX["grade"]
    header = table.horizontalHeader()
    found[language] = [header.sectionViewportPosition(grade) + header.sectionSize(grade),
                       table.viewport().width()]
    window.close()
print(json.dumps(found))
"""


def test_the_grade_is_on_screen_at_150_percent(tmp_path):
    """Who, what is overdue and the grade, on a 1280 × 800 screen at 150 % (853 × 533): the
    customer's name gives way (whole on hover). "Grade" stood half past the table's edge."""
    found = at_scale(GRADE_SCRIPT, tmp_path, "1.5", screen=(1280, 800))
    for language, (grade_ends, shown) in found.items():
        assert grade_ends <= shown, language
