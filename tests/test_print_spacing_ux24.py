"""A paragraph under a printed table stands off its border as far as paragraphs stand off each
other, and so does the line above the table.

Before, the note under a list ("Suspending supply is a recommendation: …"; since print36b under
the lists that suspend only, so a salesperson's held list is measured) sat 0.3 mm under the
table's bottom border (3.3 mm between paragraphs elsewhere: a blank line), and the list's rule
above it 0.6 mm over the header's top border. The pages are painted onto a device whose paint
engine notes every line of text and every border as the PDF writer receives them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QPaintDevice, QPaintEngine, QPainter
from test_actions import make_analysis

from core import i18n
from core.actions import plans
from core.analysis.model import Analysis
from ui.printing import pages as printing
from ui.printing.paging import footer_texts, header_of, paint_pages

DPI = 300
_M = QPaintDevice.PaintDeviceMetric
METRICS = {_M.PdmWidth: 3508, _M.PdmHeight: 2480, _M.PdmWidthMM: 297, _M.PdmHeightMM: 210,
           _M.PdmDpiX: DPI, _M.PdmDpiY: DPI, _M.PdmPhysicalDpiX: DPI, _M.PdmPhysicalDpiY: DPI,
           _M.PdmDepth: 32, _M.PdmNumColors: 1 << 24, _M.PdmDevicePixelRatio: 1,
           _M.PdmDevicePixelRatioScaled: 1}


@dataclass(frozen=True)
class Line:
    """A run of text as painted: a line mixing Chinese and Latin comes in runs, one a font."""

    text: str
    baseline: float  # on the page
    top: float  # of the font's ascent
    bottom: float  # of its descent


class Recorder(QPaintEngine):
    """Notes the texts and the borders (thin filled rectangles) painted, on page coordinates."""

    def __init__(self) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.lines: list[Line] = []
        self.rules: list[QRectF] = []

    def begin(self, _device: object) -> bool:
        return True

    def end(self) -> bool:
        return True

    def updateState(self, _state: object) -> None:  # noqa: N802 - Qt's names
        pass

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User

    def drawPixmap(self, *_args: object) -> None:  # noqa: N802
        pass

    def drawPolygon(self, *_args: object) -> None:  # noqa: N802 - the header's and footer's rules
        pass

    def drawLines(self, *_args: object) -> None:  # noqa: N802
        pass

    def drawPath(self, *_args: object) -> None:  # noqa: N802
        pass

    def drawTextItem(self, p, item) -> None:  # noqa: N802
        metrics = QFontMetricsF(item.font(), self.paintDevice())
        y = self.painter().transform().map(p).y()
        self.lines.append(Line(item.text(), y, y - metrics.ascent(), y + metrics.descent()))

    def drawRects(self, rects) -> None:  # noqa: N802
        for rect in rects:
            found = self.painter().transform().mapRect(QRectF(rect))
            if found.height() < found.width() and found.height() < DPI / 50:  # under 0.5 mm
                self.rules.append(found)


class Paper(QPaintDevice):
    def __init__(self) -> None:
        super().__init__()
        self.engine = Recorder()

    def paintEngine(self) -> QPaintEngine:  # noqa: N802
        return self.engine

    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        return METRICS.get(metric, 0)


def painted(analysis: Analysis, which: str, salesperson: str | None = None) -> Recorder:
    """The first page of a list's PDF, as its paint engine receives it."""
    document = printing.list_document(analysis, which, salesperson=salesperson)
    paper = Paper()
    painter = QPainter(paper)
    try:
        paint_pages(document, painter, QRectF(0, 0, 3300, 2300), header_of(document),
                    footer_texts(), only=0)
    finally:
        painter.end()
    return paper.engine


def _row(lines: list[Line], baseline: float) -> tuple[float, float]:
    """(top, bottom) of the printed line on `baseline`, over all its runs."""
    runs = [line for line in lines if abs(line.baseline - baseline) < 1]
    return min(run.top for run in runs), max(run.bottom for run in runs)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_paragraphs_around_a_table_keep_the_pages_spacing(qapp, language: str):
    analysis = make_analysis()
    i18n.set_language(language)
    try:
        # a salesperson's held list: the note on suspending stands under the lists that
        # suspend (black, confirm; no longer under the white list), and the owner's black list
        # has the overview's notes before it (print36b)
        rule = plans.list_rule("black", True, analysis.rules)  # the paragraph above the table
        note = i18n.tr(plans.SUSPENSION_NOTE)  # the one under it
        drawn = painted(analysis, "black", "张伟")
    finally:
        i18n.set_language("en")
    # the first line saying part of the rule, the last part of the note ("客户" heads a column)
    above = _row(drawn.lines, min(r.baseline for r in drawn.lines if r.text in rule))
    below = _row(drawn.lines, max(r.baseline for r in drawn.lines if r.text in note))
    facts = _row(drawn.lines, max(r.baseline for r in drawn.lines if r.bottom < above[0]))
    table = (min(r.top() for r in drawn.rules if r.top() > above[1]),
             max(r.bottom() for r in drawn.rules if r.bottom() < below[0]))
    between_paragraphs = above[0] - facts[1]  # the firm and dates, then the list's rule
    assert between_paragraphs > DPI / 25.4  # a blank line, over 1 mm: the page's spacing
    # as far as that, give or take the border's own width (0.1 mm) and rounding
    assert below[0] - table[1] == pytest.approx(between_paragraphs, abs=DPI / 50)
    assert table[0] - above[1] == pytest.approx(between_paragraphs, abs=DPI / 50)
