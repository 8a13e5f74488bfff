"""What the fourteenth review of the screens found in what pass 14 changed, each seen as the
clerk meets it: the tier movement table's columns cut once another month is chosen (the new
ranking "Why" beside "Lo…"), the prospects sheet's empty "Value package" cells, a base
currency without a rate blaming the currencies that have one, and English commas in Chinese
notes."""

from __future__ import annotations

import pytest
from ledgers import build
from PySide6.QtCore import Qt
from test_movements import _ledger
from test_movements_view import _open_movements

from core import i18n
from ui.movements.model import COLUMN_INDEX as MOVE_COLUMN


def _cut_columns(page) -> list[str]:
    """The columns (but "Why", whose whole sentence is its tooltip) narrower than a row shown
    in them: their cells read "Lo…"."""
    table, why = page.table, MOVE_COLUMN["why"]
    return [page.model.headerData(n, Qt.Orientation.Horizontal) for n in range(page.model.columnCount())
            if n != why and table.sizeHintForColumn(n) > table.columnWidth(n)]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_movement_columns_fit_every_month_the_clerk_chooses(qtbot, tmp_path, language):
    """The columns were fitted to the rows of the month first shown, the latest, which may
    have no move at all: choosing "All months" or another month then read "2025…" for the
    month, "Lo…" for Long tail and "(not a …" beside the ranking reasons. They are fitted
    again to what each choice shows."""
    i18n.set_language(language)
    build(tmp_path, _ledger()).close()
    window, page = _open_movements(qtbot, tmp_path / "firm.sqlite")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for index in range(page.month.count()):
        page.month.setCurrentIndex(index)
        assert _cut_columns(page) == [], page.month.currentText()
    page.month.setCurrentIndex(0)
    for index in range(page.kind.count()):
        page.kind.setCurrentIndex(index)
        assert _cut_columns(page) == [], page.kind.currentText()
