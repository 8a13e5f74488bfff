"""Last month's snapshot checked in a process of its own while this month is analysed.

The restructuring export needs two things: the analysis at its as-of date, and the stored
snapshot of the month end before, which is checked against a fingerprint of every ledger
line (1.4–2 s at 100,000 lines) and analysed again when stale. Both are Python work, and one
process runs Python on one core, so done in turn they took their sum. On a second core they
take the longer of the two: the other process opens the database, checks last month's
snapshot and stores it if stale, exactly as :func:`movements.last_month` does, and ends. This
process then reads it; the fingerprints that process worked out are kept
(:mod:`fingerprints_seen`), so the read checks nothing again.

- Not when the snapshot is current by the fingerprints kept since the last check (an
  export, the movements or the window's idle step stored it): it is read here at once, and a
  process would cost its start alone.
- Only for a ledger of at most :data:`fetch.KEEP_LINES` lines: a stale snapshot means two
  analyses side by side, and a million lines' analysis alone is near a gigabyte. A bigger
  ledger is checked first and analysed after, as before.
- The other process writes at most one snapshot, through the same guarded write as ever; this
  one writes nothing meanwhile, so there is still one writer at a time.
- If it cannot start, fails or is stopped, nothing is lost: the read finds the snapshot
  missing or stale and checks it here, as before, only later.
- ``spawn`` everywhere, never ``fork``: a fork of a process with threads (the app's, the
  import's) may hang, and Windows has only spawn. A frozen build calls
  ``multiprocessing.freeze_support()`` first thing (main.py), or the copy would start the app.

The window's idle step (:func:`store_apart`) runs the same check in a process of its own for
another reason: on the window's worker thread its 5 s of Python at 100,000 lines held the
lock every click and keystroke of the customer table needs (each waited up to a second).
There it is work nobody waits for, at a lower priority, and it stops when asked: the runner's
worker waits for it, so a request the step gives way to starts once the process has ended,
and there is still one writer at a time.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event
from pathlib import Path

from core.analysis import snapshots
from core.analysis.fetch import too_many_to_keep
from core.analysis.movements import CHECKING, LastMonth, last_month
from core.helper_process import leave_after
from core.i18n import tr
from core.progress import Steps, never_cancel, stoppable
from core.testpoints import reached

STOP_POINT = "last-month-beside"  # where a test holds the other process (core.testpoints)
WAIT_STEP = 0.1  # seconds between looks at the cancel check while waiting for the other
# How long a stop asked of the idle step's process may take before it is ended outright: it
# looks at the stop at least every 0.2 s of its work (the analysis's checks, SQLite's
# progress handler). Ended so, SQLite rolls its unfinished write back at the next open.
STOP_GRACE = 2.0
IDLE_NICENESS = 10  # the idle step's priority, below the window's (where the system has one)
BELOW_NORMAL_PRIORITY_CLASS = 0x00004000  # Windows' counterpart (winbase.h), which has no nice


def lower_priority() -> None:
    """The idle step's process below the window's priority, on every system: the window's
    clicks and keystrokes come first when both want a core. Windows has no ``os.nice``, so
    there its priority class is set below normal. Best effort: a system that refuses (a policy,
    a sandbox) leaves the step at the window's priority, which is no reason to stop it."""
    try:
        if sys.platform == "win32":
            _below_normal()
        elif hasattr(os, "nice"):
            os.nice(IDLE_NICENESS)
    except OSError:
        pass


def _below_normal() -> None:
    """SetPriorityClass on this process (its pseudo-handle), through ctypes: no dependency
    for one call."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL(  # type: ignore[attr-defined,unused-ignore]  # Windows alone
        "kernel32", use_last_error=True)
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.SetPriorityClass.argtypes = (wintypes.HANDLE, wintypes.DWORD)
    kernel32.SetPriorityClass.restype = wintypes.BOOL
    kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS)


def check_and_store(db: str, as_of: date, latest: date | None,
                    asked: Event | None = None) -> None:
    """In the other process: check last month's snapshot, store it if missing or stale.
    Silent whatever happens (its exit code says how it went): a traceback from a helper
    process on the user's terminal would say nothing they can act on, and this process checks
    again anyway (core.helper_process.leave_after). `asked`: set when the idle step is to stop
    (it then stores nothing, and runs below the window's priority). It leaves once its
    connection is closed."""
    def work() -> None:
        if asked is not None:
            lower_priority()
        cancel = never_cancel if asked is None else asked.is_set
        from core.store import connect

        conn = connect(Path(db))
        try:
            reached(STOP_POINT)
            with stoppable(conn, cancel):
                snapshots.store_missing(conn, [snapshots.previous_month_end(as_of)],
                                        Steps(None, cancel), latest=latest)
        finally:
            conn.close()

    leave_after(work)


class Beside:
    """The other process at work, and what became of it."""

    def __init__(self, process: BaseProcess, as_of: date, latest: date | None,
                 asked: Event | None = None) -> None:
        self.process, self.as_of, self.latest, self.asked = process, as_of, latest, asked

    def wait(self, steps: Steps) -> None:
        """Until the other process has ended; Cancelled when `steps` is asked to stop."""
        message = tr(CHECKING)
        while self.process.is_alive():
            steps.report(0.0, message)  # raises Cancelled when asked to stop
            self.process.join(WAIT_STEP)

    def finish(self, conn: sqlite3.Connection, steps: Steps | None = None) -> LastMonth:
        """Wait for the other process, then read last month's snapshot (checked here too if
        the other did not finish its check)."""
        steps = steps or Steps(None, None)
        self.wait(steps)
        return last_month(conn, self.as_of, steps, self.latest)

    @property
    def succeeded(self) -> bool:
        """Whether the other process ended having done its check (the self-test asks)."""
        return not self.process.is_alive() and self.process.exitcode == 0

    def stop(self) -> None:
        """Asked to stop first where it can be (it then rolls its write back itself), else
        or when it does not within STOP_GRACE, ended; returns once it has."""
        if self.asked is not None and self.process.is_alive():
            self.asked.set()
            self.process.join(STOP_GRACE)
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


@contextmanager
def started(db: Path, conn: sqlite3.Connection, as_of: date, latest: date | None
            ) -> Iterator[Beside | None]:
    """The check of last month's snapshot started in a process of its own; None where it
    is not (a ledger too big to analyse twice at once, a snapshot current by the last check,
    or no process could be started), and the caller checks it first, as before. Leaving the
    block stops the process if still at work (an error or a cancel here)."""
    if too_many_to_keep(conn) or snapshots.current_as_seen(
            conn, [snapshots.previous_month_end(as_of)]) is not None:
        yield None  # current as the last check left it (the window's, after its analysis):
        return  # read here at once, no process started for it
    process = multiprocessing.get_context("spawn").Process(
        target=check_and_store, args=(str(db), as_of, latest), daemon=True,
        name="tradetier-last-month")
    try:
        process.start()
    except OSError:
        yield None
        return
    beside = Beside(process, as_of, latest)
    try:
        yield beside
    finally:
        beside.stop()


def store_apart(db: Path, as_of: date, steps: Steps) -> bool:
    """The window's idle step: last month's snapshot checked, and stored if missing or stale,
    in a process of its own (see the module's docstring); returns once that process has
    ended, True if it did its check. Cancelled when `steps` is asked to stop, once the process
    has stopped (storing nothing) or been ended."""
    context = multiprocessing.get_context("spawn")
    asked = context.Event()
    process = context.Process(target=check_and_store, args=(str(db), as_of, None, asked),
                              daemon=True, name="tradetier-last-month-idle")
    process.start()
    beside = Beside(process, as_of, None, asked)
    try:
        beside.wait(steps)
    finally:
        beside.stop()
    return process.exitcode == 0
