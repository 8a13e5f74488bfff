"""Named points in a write where a test can stop the process, to prove a kill there loses
nothing.

A test sets ``TRADETIER_STOP_AT`` to a point's name and runs a real import as a subprocess; on
reaching that point the process says so on stderr and waits until it is killed. Without the
variable (always, outside tests) a point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import sys
import threading

ENV = "TRADETIER_STOP_AT"


def reached(name: str) -> None:
    if os.environ.get(ENV) == name:
        sys.stderr.write(f"stopped at {name}\n")
        sys.stderr.flush()
        threading.Event().wait()
