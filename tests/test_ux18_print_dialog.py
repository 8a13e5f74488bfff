"""The print dialog with a list that has no what-if beside it (watch, white, a tier): the
three choice boxes keep their height and the room left stays below them. They were stretched
down to the buttons, three empty frames 600 px tall at the dialog's first size."""

from __future__ import annotations

import pytest
from test_actions import make_analysis

from ui.printing.dialog import PrintDialog


@pytest.mark.parametrize("which", ["watch", "white", "strategic", "referral"])
def test_the_choice_boxes_keep_their_height_without_the_what_if(qtbot, which):
    dialog = PrintDialog(make_analysis(), default="black")
    qtbot.addWidget(dialog)
    dialog.resize(540, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.what_if_area.isVisible()
    dialog.choose(which)
    qtbot.waitUntil(lambda: not dialog.what_if_area.isVisible())
    boxes = (dialog.lists_box, dialog.tiers_box, dialog.leap_box)
    tallest = max(box.sizeHint().height() for box in boxes)  # one row: as tall as the tallest
    # the copy-for row and the buttons follow the boxes, the room left below them
    qtbot.waitUntil(lambda: dialog.preview_button.y() < dialog.lists_box.geometry().bottom()
                    + 3 * dialog.preview_button.height())
    assert all(box.height() <= tallest for box in boxes)
