"""Named points in a write where a test can stop the process, to prove a kill there loses
nothing.

A test sets ``TRADETIER_STOP_AT`` to a point's name and runs a real import as a subprocess; on
reaching that point the process says so on stderr and waits until it is killed. At a point
:func:`held` it waits instead until it is asked to stop, and then stops as it would
anywhere. Without the variable (always, outside tests) a point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable

ENV = "TRADETIER_STOP_AT"


def reached(name: str) -> None:
    if os.environ.get(ENV) == name:
        sys.stderr.write(f"stopped at {name}\n")
        sys.stderr.flush()
        threading.Event().wait()


HOLD_STEP = 0.01  # seconds between looks at the stop while held


def held(name: str, cancel: Callable[[], bool]) -> None:
    """Where a test holds the work until it is asked to stop (a write under way, say): the
    work then goes on to its next look at the stop, as it would have."""
    if os.environ.get(ENV) == name:
        sys.stderr.write(f"held at {name}\n")
        sys.stderr.flush()
        waiting = threading.Event()
        while not cancel():
            waiting.wait(HOLD_STEP)
