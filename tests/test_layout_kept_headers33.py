"""The window's layout comes back as the user left it (headers33): its size, where the
splitter between the lists and the customer panel sits, and the one between the pyramid and
the table, across a close and a new start, at 100 % and at 150 % on a 1280 × 800 screen.
Each start is a new window reading the preferences the last one wrote (in a process at the
scale); the arrangement left differs from a first start's, so it is the kept one that shows."""

from __future__ import annotations

import pytest
from test_screens31 import SAMPLE_APP, at_scale

SCRIPT = SAMPLE_APP + """
from ui.screenshot import worth_showing

def settle():
    for _ in range(4):
        app.processEvents()

def layout(window):
    return {"size": [window.width(), window.height()], "split": window.split.sizes(),
            "left": window.left_split.sizes()}

found = {}
for start in ("first", "again"):
    window = MainWindow(db)
    window.show()
    window.refresh()
    wait_settled(window)
    window.select_customer(worth_showing(window.analysis).customer_id)
    settle()
    found[start] = layout(window)
    if start == "first":  # arranged as a user does: smaller, panel and pyramid dragged
        room = window.screen().availableGeometry()
        window.resize(round(room.width() * 0.95), round(room.height() * 0.9))
        settle()
        total = sum(window.split.sizes())
        window.split.setSizes([total * 2 // 3, total - total * 2 // 3])
        total = sum(window.left_split.sizes())
        window.left_split.setSizes([total // 2, total - total // 2])
        settle()
        found["left"] = layout(window)
    window.close()
    settle()
print(json.dumps(found))
"""


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_the_layout_left_is_the_layout_found(tmp_path, scale):
    found = at_scale(SCRIPT, tmp_path, scale, screen=(1280, 800))
    assert found["left"] != found["first"]  # the user's own arrangement, not the first
    assert found["again"] == found["left"]
