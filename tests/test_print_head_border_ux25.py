"""A page of a long list that starts inside its table shows the repeated header with its top
border, as the first page does.

Before, page 2 on of a long black list began the header's slice at the table frame's top, which
Qt puts at the first cell's text: the border and the cell's padding above it were cut off, so the
header's shading began flush with its words and no line closed the table at the top. The pages are
painted onto the recording device of test_print_spacing_ux24, here keeping only the borders that
the painter's clip lets through onto the paper.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from test_print_spacing_ux24 import DPI, Line, Paper, Recorder
from test_printing import long_analysis

from core import i18n
from ui.printing import pages as printing
from ui.printing.paging import footer_texts, header_of, paint_pages


class ClippedRecorder(Recorder):
    """Notes a border only where the clip lets it onto the page, as the PDF shows it."""

    def drawRects(self, rects) -> None:  # noqa: N802 - Qt's name
        painter = self.painter()
        clip = (painter.transform().mapRect(painter.clipBoundingRect())
                if painter.hasClipping() else None)
        before = len(self.rules)
        super().drawRects(rects)
        if clip is not None:
            kept = [r for r in self.rules[before:] if r.top() >= clip.top() - 0.5
                    and r.bottom() <= clip.bottom() + 0.5]
            self.rules[before:] = kept


class ClippedPaper(Paper):
    def __init__(self) -> None:
        super().__init__()
        self.engine = ClippedRecorder()


def page(number: int) -> ClippedRecorder:
    """Page `number` (0-based) of a long black list, as its paint engine receives it."""
    document = printing.list_document(long_analysis(), "black")
    paper = ClippedPaper()
    painter = QPainter(paper)
    try:
        paint_pages(document, painter, QRectF(0, 0, 3300, 2300), header_of(document),
                    footer_texts(), only=number)
    finally:
        painter.end()
    return paper.engine


def _header_top(lines: list[Line], first_column: str) -> float:
    """The top of the header row: of its first column's heading."""
    return min(line.top for line in lines if line.text == first_column)


@pytest.mark.parametrize(("language", "customer"), [("en", "Customer"), ("zh_CN", "客户")])
def test_every_page_shows_the_tables_top_border(qapp, language: str, customer: str):
    i18n.set_language(language)
    try:
        first, second = page(0), page(1)
    finally:
        i18n.set_language("en")
    for drawn in (first, second):
        top = _header_top(drawn.lines, customer)
        # a border across the table (its cells' tops together) just above the heading:
        # within the border and the cell's padding, 1.5 mm
        above = [r for r in drawn.rules if top - DPI * 1.5 / 25.4 <= r.top() < top]
        assert sum(r.width() for r in above) > 2500, (language, top, sorted(
            (r.top(), r.width()) for r in drawn.rules)[:5])
    # and page 2's header stands as far under its border as page 1's
    gap = [_header_top(d.lines, customer) - max(r.top() for r in d.rules
                                                if r.top() < _header_top(d.lines, customer))
           for d in (first, second)]
    assert gap[1] == pytest.approx(gap[0], abs=0.5)
