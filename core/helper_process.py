"""A process started beside the app's own to do one piece of work, and leave.

The app starts two: last month's snapshot checked while this month is analysed
(core.analysis.last_month_beside), and a big workbook's tabs read while the import takes them
(core.ledger.tabs_apart). Both are ``spawn``ed (a frozen build's copy runs them from
``multiprocessing.freeze_support()``, main.py), and both leave the same way.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from typing import NoReturn


def leave_after(work: Callable[[], object]) -> NoReturn:
    """`work` done in this helper process, which then leaves: exit code 0 if it returned, 1
    if it raised anything. Silent whatever happens: a traceback from a helper process on the
    user's terminal would say nothing they can act on, and the process that started it reads
    the exit code or does the work itself. Ctrl-C is that process's to handle: it stops this
    one. It leaves by ``os._exit``: tearing down the interpreter frees every object of the
    work (a tenth of a second and more at 100,000 lines) that nobody waits for."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    code = 0
    try:
        work()
    except BaseException:  # noqa: BLE001 - reported by the exit code alone, see above
        code = 1
    os._exit(code)
