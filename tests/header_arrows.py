"""Reading a table header's sort arrow as a person sees it, and clicking a header as a person
does: shared by the tests of every sortable table."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

from ui.collation import sort_keys
from ui.columns import SORT_ROLE


def painted_arrow(header: QHeaderView, section: int) -> str:
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


def click_header(qtbot, table: QTableView, column: int) -> None:
    """A left click in the middle of the column's header."""
    header = table.horizontalHeader()
    table.scrollTo(table.model().index(0, column))
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(middle, header.height() // 2))


def shown_order(table: QTableView, column: int) -> str:
    """"ascending" or "descending": how the rows on the table run down the column, by their
    sort keys (texts collated, blanks left out); "" where they run neither way."""
    model = table.model()
    keys = [k for k in sort_keys([model.index(r, column).data(SORT_ROLE)
                                  for r in range(model.rowCount())]) if k is not None]
    assert len(set(keys)) > 1, "the column holds one value: any order reads sorted"
    if keys == sorted(keys):
        return "ascending"
    return "descending" if keys == sorted(keys, reverse=True) else ""
