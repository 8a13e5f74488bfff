"""View → Corrections to customers cut "What it does" at the dialog's edge: at 1280 × 800 a
group's sentence read "“Liberty Imports Co.” joined the group “Sister Co”: their exposure is
summ", and the Note column lay wholly past it, reached only by scrolling sideways (gui36: the
dialog reviewed with nine corrections in it). The dialog now takes the width its columns need
as far as the screen allows, and where it cannot, "What it does" wraps within the room left.
"""

from __future__ import annotations

from test_credit_ui import (
    WAIT,
    answer_group,
    menu_of,
    select_rows,
    window,  # noqa: F401 - the fixture
)

from ui.customers.corrections_view import COLUMNS, CorrectionsDialog
from ui.main_window import MainWindow

WHAT = [column.key for column in COLUMNS].index("what")


def _every_sentence_whole(dialog: CorrectionsDialog) -> bool:
    table = dialog.table
    if table.horizontalScrollBar().maximum() > 0:  # a column past the edge
        return False
    return all(table.rowHeight(row) >= table.sizeHintForRow(row)  # its wrapped lines
               for row in range(dialog.proxy.rowCount()))


def test_what_each_correction_does_is_read_without_scrolling_sideways(
        qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: F811
    sisters = ["Sister A", "Sister B", "Sister C"]
    select_rows(window, sisters)
    answer_group(monkeypatch, "The Lin family's trading companies")
    menu = menu_of(window, "Sister A")
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        next(a for a in menu.actions() if a.objectName() == "correction_group").trigger()
    menu.close()
    monkeypatch.setattr(CorrectionsDialog, "open", lambda self: self.show())
    window.commands.actions["corrections"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, CorrectionsDialog)
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 3, timeout=WAIT)  # a row a sister
    said = dialog.proxy.index(0, WHAT).data()
    assert said.endswith(" joined the group “The Lin family's trading companies”: their "
                         "exposure is summed.")
    qtbot.waitUntil(lambda: _every_sentence_whole(dialog), timeout=5000)
    dialog.resize(dialog.width() - 100, dialog.height())  # made narrower by hand: wraps more
    qtbot.waitUntil(lambda: _every_sentence_whole(dialog), timeout=5000)
    dialog.close()
