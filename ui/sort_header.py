"""The one header every sortable table of the window has: its arrow points up (▲) over the
smallest first, the oldest date, A before Z, in every style.

Qt hands every style the ascending order as "SortDown". The Windows styles draw that ▲
(Explorer's way, and the clerk's); Fusion (Linux, the offscreen tests) draws it ▼, so the
customer table sorted A to Z read "Tier ▼", and the order history, newest first, "Date ▲".
`sortable` puts this header on a table; the tier-movement table's TitlesHeader (ui.widgets)
is one too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QStyleOptionHeader, QTableView, QWidget

Indicator = QStyleOptionHeader.SortIndicator
UP, DOWN = "▲", "▼"


def arrows_inverted() -> bool:
    """Whether the style in force draws Qt's "SortDown" (its ascending order) as ▼."""
    app = QApplication.instance()
    return isinstance(app, QApplication) and app.style().name().casefold() == "fusion"


class SortHeader(QHeaderView):
    """A table's horizontal header whose sort arrow says the order the rows are in: ▲ over
    the smallest first, ▼ over the largest first (`arrow`), whatever the style."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header
        self.setHighlightSections(True)

    def arrow(self) -> str:
        """The arrow this header shows over its sorted column ("" where none is shown)."""
        if not self.isSortIndicatorShown() or self.sortIndicatorSection() < 0:
            return ""
        return UP if self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else DOWN

    def initStyleOptionForIndex(self, option: QStyleOptionHeader,  # noqa: N802 - Qt API
                                logicalIndex: int) -> None:  # noqa: N803
        super().initStyleOptionForIndex(option, logicalIndex)
        if option.sortIndicator != Indicator.None_ and arrows_inverted():
            option.sortIndicator = Indicator.SortUp if self.arrow() == UP else Indicator.SortDown


def sortable(table: QTableView) -> None:
    """Sorted by a header click, under this module's header, showing the top of the new
    order: Qt's view keeps its scroll offset, so the rows the user sorted for (the largest
    first) sat above the first row shown, out of sight. The selection is kept. Call once
    the table has its model, before its header is set up."""
    if not isinstance(table.horizontalHeader(), SortHeader):
        table.setHorizontalHeader(SortHeader(table))
    table.setSortingEnabled(True)
    # after the view's own sort, which setSortingEnabled connected first
    table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: table.scrollToTop())
