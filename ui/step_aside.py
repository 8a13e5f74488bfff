"""The window's idle work steps aside while the clerk works (asof43b).

The month ends made ahead (core.analysis.ahead) are analysed on the window's worker, in its
process: while that Python runs, each click's answer waits for Python's lock (a sort click
0.145 s at 100,000 lines, 0.087 s without it). So any click or key press in the application
pauses such work at its next cancel check (``Runner.step_aside``: it waits there, the lock let
go, and reports no progress) and a quiet second lets it go on; each input starts that second
again. A date picked meanwhile still stops it (a request replaces idle work, paused or not).

The filter is the application's only while such work runs (``Runner.stepping``): installed,
it runs Python for every event in the application (27 calls a header click, 16 of them
Paint), so the window's clicks pay nothing for it otherwise, and it turns every event but
an input one away at its first test.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QInputEvent

from ui.tasks import Runner

QUIET_MS = 1000  # no click nor key this long: the paused work goes on
INPUTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                    QEvent.Type.KeyPress, QEvent.Type.Wheel})


class StepAside(QObject):
    """Watches the application's input for `runner` (its owner's child: it goes with it)."""

    def __init__(self, runner: Runner, parent: QObject) -> None:
        super().__init__(parent)
        self.runner = runner
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(lambda: self.runner.step_aside(False))
        self.watching = False  # the application's event filter (tests)
        runner.stepping.connect(self._watch)

    def _watch(self, stepping: bool) -> None:
        """Watch the input while pausable work runs, and only then. The quiet second left
        running lets the next such work start unpaused (``Runner.aside``)."""
        app = QCoreApplication.instance()
        if app is not None and stepping != self.watching:
            (app.installEventFilter if stepping else app.removeEventFilter)(self)
            self.watching = stepping

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # a QInputEvent's test is five times quicker than reading an event's type
        if isinstance(event, QInputEvent) and event.type() in INPUTS:
            if not self.runner.aside:
                self.runner.step_aside(True)
            self.quiet.start()  # restarted by each input
        return False
