"""The window's idle work steps aside while the clerk works (asof43b).

The month ends made ahead (core.analysis.ahead) are analysed on the window's worker, in its
process: while that Python runs, each click's answer waits for Python's lock (a sort click
0.145 s at 100,000 lines, 0.087 s without it). So any click or key press in the application
pauses such work at its next cancel check (``Runner.step_aside``: it waits there, the lock let
go, and reports no progress) and a quiet second lets it go on; each input starts that second
again. A date picked meanwhile still stops it (a request replaces idle work, paused or not).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

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
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUTS:
            if not self.runner.aside:
                self.runner.step_aside(True)
            self.quiet.start()  # restarted by each input
        return False
