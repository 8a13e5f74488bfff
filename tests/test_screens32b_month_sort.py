"""The tier-movement table sorted by month with a click on its header, as a clerk does: the
arrow points up over the oldest month first and down over the newest first, in both
languages. On "All months" the table opened under "Month ▲" with 2025-12 first (Qt's own
default order, newest first, drawn by Fusion with its arrow pointing up), and a click gave
"Month ▼" over 2025-01."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionHeader
from test_movements_view import _open_movements

from core import i18n
from core.paths import resource_dir
from ui import operations
from ui.movements.model import COLUMN_INDEX


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def _arrow(header, section: int) -> str:
    """"up" or "down": the sort arrow as the header's style draws it for the section, read
    from its ink (a ▲ is wider at its foot than at its tip)."""
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, section)
    option.rect = QRect(0, 0, 24, 24)
    image = QImage(24, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    header.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option,
                                 painter, header)
    painter.end()
    rows = [w for w in (sum(image.pixelColor(x, y).lightness() < 200 for x in range(24))
                        for y in range(24)) if w]
    assert len(rows) > 1, "no arrow drawn"
    return "up" if rows[-1] > rows[0] else "down"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_month_header_points_up_over_the_oldest_month(qtbot, tmp_path, language):
    i18n.set_language(language)
    db = operations.open_sample(tmp_path / "sample.sqlite", resource_dir() / "sample")
    window, page = _open_movements(qtbot, db)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page.month.setCurrentIndex(0)  # All months
    header, month = page.table.horizontalHeader(), COLUMN_INDEX["month"]

    def months() -> list[str]:
        return [page.proxy.index(r, month).data() for r in range(page.proxy.rowCount())]

    def click() -> None:
        middle = header.sectionViewportPosition(month) + header.sectionSize(month) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(middle, header.height() // 2))

    every = sorted(set(months()))
    assert len(every) == 12
    # opened newest first, under an arrow pointing down
    assert (months()[0], months()[-1]) == (every[-1], every[0])
    assert header.sortIndicatorSection() == month
    assert _arrow(header, month) == "down"
    click()
    assert months() == sorted(months()) and months()[0] == every[0]
    assert _arrow(header, month) == "up"
    click()
    assert months() == sorted(months(), reverse=True) and months()[0] == every[-1]
    assert _arrow(header, month) == "down"
