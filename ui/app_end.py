"""The app's end as one clock, from the window's close to the last thread's end.

A closing window waits for its task (ui.tasks.Runner.shutdown), and the app's end, once its
event loop has returned, for every task still running (ui.app.close_down): each wait takes
what is left of the one clock started at the close, so the log says "still waiting" within
WAIT_MS of it. Before (win40), each began a WAIT_MS of its own, and stop_all one a task: the
first word in the log came 60 s after the close, or more.
"""

from __future__ import annotations

import time

# How long the app's end waits for the threads still running before it says so in the log,
# counted from the window's close, and how often it says so again (ui.app.close_down).
WAIT_MS = 30000


def _now_ms() -> float:
    return time.monotonic() * 1000


class Ending:
    """A clock running out `msecs` after it was made."""

    def __init__(self, msecs: int = WAIT_MS) -> None:
        self.until = _now_ms() + msecs

    def left(self) -> int:
        """The milliseconds left, none once it has run out."""
        return max(0, round(self.until - _now_ms()))
