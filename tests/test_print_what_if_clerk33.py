"""The print dialog's "If supply to the black list stopped" card, in a dialog made taller
(clerk33): its heading, the customers it names, its figures and its words stay together at the
top of the card.

Before, the card was stretched to the dialog's height and Qt shared the extra height between
its four parts: in a 1200 × 1400 dialog each was 271 px tall, its line centred in a blank band
(the heading 130 px below the card's edge), gaps a clerk took for a page still loading.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QWidget
from test_main_window import open_window

from ui.printing.dialog import PrintDialog


def _gap(upper: QWidget, lower: QWidget) -> int:
    return lower.geometry().top() - upper.geometry().bottom()


def test_the_what_if_card_keeps_its_lines_together_in_a_tall_dialog(qtbot, sample_db, tmp_path,
                                                                     monkeypatch):
    window = open_window(qtbot, Path(shutil.copy(sample_db, tmp_path / "firm.sqlite")))
    monkeypatch.setattr(PrintDialog, "open", lambda self: self.show())
    window.commands.actions["print"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, PrintDialog)
    dialog.choose("black")
    dialog.resize(1200, 1400)
    qtbot.waitUntil(lambda: dialog.what_if.height() > dialog.what_if.sizeHint().height() + 200)
    card = dialog.what_if
    line = card.fontMetrics().height()
    # each label no taller than its text (a taller one shows its text centred in a blank band)
    assert card.title.height() < 2 * line
    assert card.names.height() < card.names.heightForWidth(card.names.width()) + line
    assert _gap(card.names, card._labels[0][0]) < line
    assert card.words.geometry().top() < card.height() // 2
    assert "Krakow AGD Sp. z o.o." in card.names.text()
