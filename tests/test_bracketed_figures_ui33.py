"""The customer panel's "Why this tier" card at 150 %: the M line "average order 34,672
against 90,599 (2 × 45,300)" broke inside its brackets ("(2 ×" on one line, "45,300)" on the
next), a sum split over two lines. Now the bracketed figure stays one unit, in both languages.

The label's text is laid out with QTextLayout at 1.5 × the label's font over a range of
widths, and no line may end inside the brackets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from types import SimpleNamespace  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from test_ux17_welcome_wrap import _lines  # noqa: E402

from core import i18n  # noqa: E402
from core.analysis.rfmt import WindowFigures, _size_criterion  # noqa: E402
from ui.customers.panel import CustomerPanel  # noqa: E402

WIDTHS = range(60, 700, 2)


def _line_ends(text: str, font: QFont, width: int) -> list[int]:
    """Where each wrapped line but the last ends (its last character's index + 1)."""
    ends, at = [], 0
    for line in _lines(text, font, width)[:-1]:
        at += len(line)
        ends.append(at)
    return ends


def _breaks_inside_brackets(text: str, font: QFont) -> list[int]:
    start = max(text.rfind("("), text.rfind("（"))
    end = max(text.rfind(")"), text.rfind("）"))
    assert 0 <= start < end
    return [w for w in WIDTHS if any(start < e <= end for e in _line_ends(text, font, w))]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_m_line_keeps_its_bracketed_figure_together(qtbot, language):
    i18n.set_language(language)
    try:
        figures = WindowFigures(3, 104016, 104016, None, None, {}, {}, priced=3)
        m = _size_criterion(figures, 45299.5, 2)
        customer = SimpleNamespace(rfmt={"m": m})
        panel = CustomerPanel()
        qtbot.addWidget(panel)
        panel._criteria(customer)  # type: ignore[arg-type]
        label = panel.criteria_rows["m"][2]
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        plain = m.detail.text
        assert "34,672" in plain and "90,599" in plain and "45,300" in plain
        assert _breaks_inside_brackets(plain, font), "the widths tried never broke it before"
        assert label.text().replace("\u00a0", " ") == plain
        assert _breaks_inside_brackets(label.text(), font) == []
    finally:
        i18n.set_language("en")
