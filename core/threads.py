"""How soon a thread waiting for Python's lock gets it from a thread running Python.

CPython makes the running thread let go only once another has waited a switch interval for
the lock (5 ms by default). The import's helper threads (the sheet read ahead, the batches
written) let go of the lock for their C work (calamine's parse, zlib, SQLite's steps) and must
take it back after each: at 5 ms a time while the import's thread ran Python, the sheet read
ahead took 0.13 s a tab for 0.065 s of work and the import's thread waited for it (perf49p).
The window's GUI thread asks for it on every click and repaint (ui.task_outcome).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# At most this long a thread running Python keeps the lock once another asks for it. A click
# or a repaint asks for it again and again (each call into the table's model): at 5 ms a
# header clicked while an analysis ran waited up to 3.3 s for its answer, at 1 ms at most
# 0.9 s, the median unchanged (bench/: "sort click while the window analyses"). Shorter still
# trades the running thread's time for little more.
SWITCH_INTERVAL = 0.001

_guard = threading.Lock()
_held = [0, 0.0]  # how many are within shared_lock, and the interval before the first came in


@contextmanager
def shared_lock() -> Iterator[None]:
    """Within it, the switch interval is at most SWITCH_INTERVAL; the last to leave puts back
    the one before the first came in (the window's, as short already, stays as it is)."""
    with _guard:
        if not _held[0]:
            _held[1] = sys.getswitchinterval()
            sys.setswitchinterval(min(_held[1], SWITCH_INTERVAL))
        _held[0] += 1
    try:
        yield
    finally:
        with _guard:
            _held[0] -= 1
            if not _held[0]:
                sys.setswitchinterval(_held[1])
