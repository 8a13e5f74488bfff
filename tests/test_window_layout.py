"""The window's first size, before the user arranged it: 1280 × 800, never bigger than the
screen (a 1280 × 800 screen at 150 % has 853 × 533 to give); what the user arranged is kept."""

from __future__ import annotations

from ui import prefs, window_layout
from ui.main_window import MainWindow


def test_a_first_start_opens_no_bigger_than_the_screen(qtbot, tmp_path):
    prefs.preferences().remove(window_layout.GEOMETRY)
    window = MainWindow(tmp_path / "firm.sqlite")
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    wanted = [min(side, free) for side, free in zip(
        window_layout.FIRST_SIZE, (room.width(), room.height()), strict=True)]
    assert [window.width(), window.height()] == wanted
    window.resize(700, 500)
    window_layout.save(window)
    again = MainWindow(tmp_path / "firm.sqlite")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
