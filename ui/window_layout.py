"""The main window's size, splitters, toolbars and pyramid, kept between starts (QSettings,
through ui.prefs): what the user arranged is what the next start shows."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QSplitter, QWidget

from ui import prefs


class MainWindow(Protocol):
    """What this needs of the main window (no import of it: the window imports this)."""

    split: QSplitter
    left_split: QSplitter
    pyramid: QWidget
    commands: Any

    def saveGeometry(self) -> Any: ...  # noqa: N802
    def restoreGeometry(self, geometry: Any) -> bool: ...  # noqa: N802
    def saveState(self) -> Any: ...  # noqa: N802
    def restoreState(self, state: Any) -> bool: ...  # noqa: N802
    def resize(self, width: int, height: int) -> None: ...
    def height(self) -> int: ...
    def screen(self) -> Any: ...

GEOMETRY, STATE, PYRAMID = "window/geometry", "window/state", "window/pyramid"
SPLIT, LEFT = "window/split", "window/left"  # panel beside the lists; pyramid above the table
FIRST_SIZE = (1280, 800)
PYRAMID_SHARE = 0.36  # of the customer column's height, until the user moves it


def restore(window: MainWindow) -> None:
    settings = prefs.preferences()
    geometry = settings.value(GEOMETRY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:  # no bigger than the screen (a 1280 × 800 screen at 150 % has 853 × 533 to give)
        room = window.screen().availableGeometry()
        window.resize(min(FIRST_SIZE[0], room.width()), min(FIRST_SIZE[1], room.height()))
    for key, widget in ((SPLIT, window.split), (LEFT, window.left_split)):
        state = settings.value(key)
        if state is not None:
            widget.restoreState(state)
        elif widget is window.left_split:  # the table gets most of the height
            height = max(window.height() - 160, 400)
            widget.setSizes([round(height * PYRAMID_SHARE),
                             round(height * (1 - PYRAMID_SHARE))])
    state = settings.value(STATE)
    if state is not None:
        window.restoreState(state)
    shown = str(settings.value(PYRAMID, "true")).lower() != "false"
    window.commands.actions["show_pyramid"].setChecked(shown)
    window.pyramid.setVisible(shown)


def pyramid_shown(shown: bool) -> None:
    prefs.preferences().setValue(PYRAMID, shown)


def save(window: MainWindow) -> None:
    settings = prefs.preferences()
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(STATE, window.saveState())
    settings.setValue(SPLIT, window.split.saveState())
    settings.setValue(LEFT, window.left_split.saveState())
