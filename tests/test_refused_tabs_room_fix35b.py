"""The import dialog at 150 % (1280 x 800, or the smallest it gets) with a workbook refused
for its order tabs' amount, 成交额 (fix35b).

The refusals' lines took their room from the fields above, down to the fields' least
height: the fields showed the 客户 row alone, the 金额 row the red line under the page asks
to choose was out of sight, and the second tab's refusal was still cut. Now the room comes
from the preview below first, the fields keep the row the refusal asks for and are scrolled
to it, and each refused tab's words show whole. QT_SCALE_FACTOR=1.5 scales pixels, not the
page's own sizes: the dialog at its 150 % size here is the page the clerk sees there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from test_import_tabs_screens34 import mapping_page
from test_order_tabs_left_out_dialog35 import MANY, ORDERS

from core import i18n
from ui.importing.dialog import ImportDialog

# the page at 150 %: on a 1280 x 800 screen (fitted, ui.widgets) and on the reviewer's 800 x 800
SIZES = [(805, 453), (674, 485), (980, 700)]


def _workbook(tmp_path: Path) -> Path:
    blank = [None] * (len(MANY) - len(ORDERS))
    return write_xlsx(tmp_path / "台账2025.xlsx", {
        "1月": [MANY, ["PO-1", "Acme Trading", date(2025, 1, 10), 10000, "USD", *blank]],
        "2月": [MANY, ["PO-3", "Acme Trading", date(2025, 2, 5), 8000, "USD", *blank]],
        "收款": [["客户", "收款日期", "收款金额"], ["Acme Trading", date(2025, 2, 15), 6000]]})


def _in_sight(widget: QWidget, viewport: QWidget) -> bool:
    """Is all of `widget` inside `viewport` (a scroll area's)?"""
    corner = widget.mapTo(viewport, widget.rect().topLeft())
    return QRect(0, 0, viewport.width(), viewport.height()).contains(
        QRect(corner, widget.size()))


def _sized(qtbot, tmp_path: Path, language: str, size: tuple[int, int]) -> ImportDialog:
    dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", _workbook(tmp_path), language)
    wanted = dialog.minimumSizeHint().expandedTo(dialog.size().__class__(*size))
    dialog.resize(wanted)
    view = dialog.editor.tabs
    # the least it gets once its pages are laid out (their words may widen it past `size`)
    qtbot.waitUntil(lambda: dialog.size() == dialog.minimumSizeHint().expandedTo(wanted) and all(
        view.rowHeight(row) == view.sizeHintForRow(row) > 3 * view.fontMetrics().height()
        for row in (0, 1)), timeout=3000)
    QApplication.processEvents()  # the list's room taken, once its rows took their height
    return dialog


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_amount_row_the_refusal_asks_for_is_in_sight(qtbot, tmp_path: Path,
                                                         language: str, size) -> None:
    """Before, at 674 x 485 in Chinese: the fields 70 px high, the 客户 row alone shown."""
    dialog = _sized(qtbot, tmp_path, language, size)
    editor, viewport = dialog.editor, dialog.editor.scroll.viewport()
    assert _in_sight(editor.combo("amount"), viewport)
    assert _in_sight(editor.labels["amount"], viewport)
    assert "“金额”" in dialog.message.text() or "Amount" in dialog.message.text()
    i18n.set_language("en")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_refusal_shows_whole_when_chosen(qtbot, tmp_path: Path, language: str,
                                              size) -> None:
    """Before: the second tab's refusal cut at the list's foot (the list shorter than a row
    at 674 x 485 once the fields kept their row)."""
    dialog = _sized(qtbot, tmp_path, language, size)
    view = dialog.editor.tabs
    for row in (0, 1):
        view.scrollTo(view.model().index(row, 0))
        top, height = view.rowViewportPosition(row), view.rowHeight(row)
        assert top >= 0 and top + height <= view.viewport().height(), (row, top, height)
    i18n.set_language("en")
