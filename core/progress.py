"""The convention for long work: a plain function reports progress and polls a cancel check.

The UI runs such functions on a worker thread (Orange3's way); the command line passes a
printer or nothing. Cancelling raises :class:`core.messages.Cancelled` before anything is
written, so a cancelled import leaves the database as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from core.messages import Cancelled

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]
# SQLite steps between two looks at the cancel check during a read with no loop of its own to
# check it in (the fingerprints' read of every ledger line: ~1.5 s at 100,000 lines)
STOP_CHECK = 1000
# How long a thread running Python may keep the GIL once another asks for it (CPython's default
# is 5 ms). The window's GUI thread asks again and again while a worker runs (each call into a
# table's model): with the default, a header clicked while an analysis ran waited up to 3.3 s
# for its answer; at 1 ms at most 0.9 s, the median unchanged (bench/: "sort click while the
# window analyses"); set for the whole app (ui.task_outcome). An import's writing thread asks
# after each statement's step while the import's thread prepares the next rows: a 100k first
# import's writer waited 0.43 s for it at 5 ms, 0.28 s at 1 ms, 0.24 at 0.5 (the write 1.79,
# 1.67, 1.73 s; the import's thread's CPU up 4 % and 10 %); set while it writes, on the command
# line too (core.ledger.batches, perf58a). Shorter still trades the running thread's time for
# little more.
SWITCH_INTERVAL = 0.001


def no_progress(fraction: float, message: str) -> None:
    """The progress callback of work nobody watches."""


def never_cancel() -> bool:
    return False


def check(cancel: CancelFn | None) -> None:
    """Raise Cancelled if asked to: for work with no progress of its own to report."""
    if cancel is not None and cancel():
        raise Cancelled()


class Steps:
    """Maps the progress of a sub-step into its share of the whole job."""

    def __init__(self, progress: ProgressFn | None, cancel: CancelFn | None,
                 start: float = 0.0, end: float = 1.0) -> None:
        self.progress = progress or no_progress
        self.cancel = cancel or never_cancel
        self.start, self.end = start, end

    def report(self, fraction: float, message: str = "") -> None:
        if self.cancel():
            raise Cancelled()
        fraction = min(max(fraction, 0.0), 1.0)
        self.progress(self.start + (self.end - self.start) * fraction, message)

    def sub(self, start: float, end: float) -> Steps:
        span = self.end - self.start
        return Steps(self.progress, self.cancel, self.start + span * start, self.start + span * end)


@contextmanager
def stoppable(conn: sqlite3.Connection, cancel: CancelFn) -> Iterator[None]:
    """SQLite's own work on `conn` stopped when `cancel` says so, as Cancelled: a write it
    interrupts is rolled back whole (every snapshot is stored in one transaction)."""
    conn.set_progress_handler(lambda: int(cancel()), STOP_CHECK)
    try:
        yield
    except sqlite3.OperationalError:  # "interrupted"
        if cancel():
            raise Cancelled() from None
        raise
    finally:
        conn.set_progress_handler(None, STOP_CHECK)
