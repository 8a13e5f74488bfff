"""Long work off the GUI thread: core's plain functions run on a worker, the window stays live.

A task is a callable taking ``progress`` and ``cancel`` keyword arguments (core's convention).
It runs on a QThread; progress comes back as a queued signal and the outcome with the thread's
own queued ``finished``, so only the main thread ever touches widgets, and no Qt object lives
on, moves to or is deleted on the worker (see ``_Worker``). The runner runs one task at a
time: SQLite has one writer, and a second request waits its turn. Work nobody asked for
(``Runner.when_idle``) runs only while nothing else is asked, and gives way at once.

Widgets hand work over with ``Runner.run(owner, work, on_success=…, on_failure=…)``, Anki's
``CollectionOp(...).success().failure()``: the outcome reaches the owner's callables through
slots of a small object that goes with the task, and not once the owner is gone.

A task whose thread has started belongs to the application (``_home``), not to its runner, until
that thread has ended: Qt aborts the whole process when a QThread still running is deleted, and
a runner goes with its window or dialog, which a test's teardown, a parent's deletion or the
app's quitting can delete while the work is still at its cancel check. ``running()`` lists
them (the tests' conftest fails a test that leaves one running).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from ui.app_end import WAIT_MS, Ending
from ui.task_outcome import NO_OUTCOME, outcome_of
from ui.task_outcome import Failure as Failure  # what every owner of a task is told
from ui.task_outcome import share_the_gil as share_the_gil

log = logging.getLogger("tradetier")


class _Worker(QThread):
    """The thread runs the work itself (``run`` is overridden) and lives, like everything
    of a task, on the GUI thread: no object is moved to the worker or back, none is deleted
    there, and the only Qt call the worker makes is emitting ``progressed``, which PySide
    does with the GIL released.

    Why it matters: the worker holds the GIL while it runs Python, and a Qt call that takes
    one of Qt's internal mutexes with the GIL held (``moveToThread``, ``connect``, ``delete``)
    can meet the GUI thread holding that mutex while it waits for the GIL (``~QObject`` of a
    deleteLater'd widget asks PySide whether Python overrides a virtual): each waits for the
    other for ever. The work itself should not call Qt either, for the same reason."""

    progressed = Signal(float, str)

    def __init__(self, work: Callable[..., Any], stop: threading.Event,
                 parent: QObject) -> None:
        super().__init__(parent)
        self.work: Callable[..., Any] | None = work
        self.stop = stop
        self.go = threading.Event()  # cleared: the work waits at its next cancel check
        self.go.set()
        self.outcome: tuple[str, object] = NO_OUTCOME

    def run(self) -> None:  # on the worker thread
        if self.work is not None:  # None once its outcome was delivered
            self.outcome = outcome_of(self.work, self.progressed.emit, self.stopped)

    def stopped(self) -> bool:
        """The work's cancel check, on the worker: while paused it waits here, the GIL let
        go (Task.pause), until it may go on or is stopped; then whether it is stopped."""
        self.go.wait()
        return self.stop.is_set()


# Every task whose thread was started and whose end has not yet been handled (Task.start,
# Task._on_thread_finished): what running() looks at.
_STARTED: set[Task] = set()


def _home() -> QObject | None:
    """Who holds a started task until its thread has ended: the application, which outlives
    every window, dialog and runner (None without one: the task keeps the parent it has)."""
    return QCoreApplication.instance()


def running() -> list[Task]:
    """The tasks whose thread is running now, whichever runner started them."""
    return [task for task in _STARTED if task.thread_running()]


def stop_all(msecs: int | Ending = WAIT_MS) -> list[Task]:
    """Ask every running task to stop and wait for them all, up to `msecs` in all (or until the
    app's end's clock runs out); those still running after it (work that does not look at its
    cancel check)."""
    ending = msecs if isinstance(msecs, Ending) else Ending(msecs)
    left = running()
    for task in left:
        task.cancel()
    for task in left:
        task.wait(ending.left())
    return running()


def name_of(work: object) -> str:
    """A task's work by its function's name (a partial's too), for a report."""
    while isinstance(work, partial):
        work = work.func
    return str(getattr(work, "__qualname__", None) or getattr(work, "__name__", None)
               or repr(work))


class Task(QObject):
    """One piece of work on its own thread; connect to the signals, then call start()."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[..., Any], parent: QObject | None = None,
                 kind: str | None = None, idle: bool = False) -> None:
        super().__init__(parent)
        self.kind = kind  # what a later request of the same kind replaces (Runner.run)
        self.idle = idle  # work nobody waits for: any request stops it (Runner.when_idle)
        self.rank = 0  # an idle work's: a lower one runs first
        self.pausable = False  # an idle work's that waits while the user works (Runner.aside)
        self.replaced = False
        self.name = name_of(work)  # what running() reports; the work itself is let go of
        self._stop = threading.Event()
        self._thread = _Worker(work, self._stop, self)  # owned by the task, so they go together
        # Queued: the worker's signals are handled here, on the GUI thread, never on the
        # worker's. The thread's own `finished` comes once run() has returned, after every
        # progress report, and carries nothing across: the outcome is read from the thread.
        queued = Qt.ConnectionType.QueuedConnection
        self._thread.progressed.connect(self._on_progress, queued)
        self._thread.finished.connect(self._on_thread_finished, queued)
        self.running = False

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        self.progressed.emit(fraction, message)

    @Slot()
    def _on_thread_finished(self) -> None:
        self._thread.wait()  # run() has returned; this only lets the thread's end settle
        self.running = False
        _STARTED.discard(self)  # the application lets go of it with its deleteLater below
        kind, value = self._thread.outcome
        self._thread.work = None  # let go of the work here, on the GUI thread
        self._thread.outcome = NO_OUTCOME
        if self.replaced:
            kind = "cancelled"  # a newer request's outcome is the one to show
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()

    def start(self) -> None:
        """The thread starts; till it has ended the task is the application's (see the
        module's docstring), so the runner's owner can go meanwhile without taking it along."""
        home = _home()
        if home is not None:
            self.setParent(home)
        _STARTED.add(self)
        self.running = True
        self._thread.start()

    def thread_running(self) -> bool:
        """Whether the work is on its thread now (started, not yet returned)."""
        return shiboken6.isValid(self._thread) and self._thread.isRunning()

    def cancel(self) -> None:
        self._stop.set()
        self._thread.go.set()  # a paused work winds down at once

    def pause(self) -> None:
        """The work waits at its next cancel check (no progress, Python's lock left to the
        window) until :meth:`go_on`; a task asked to stop is not held back."""
        if not self._stop.is_set():
            self._thread.go.clear()

    def go_on(self) -> None:
        self._thread.go.set()

    @property
    def paused(self) -> bool:
        return not self._thread.go.is_set()

    def asked_to_stop(self) -> bool:
        """Cancelled or replaced: its thread is only winding down to its next cancel check."""
        return self._stop.is_set()

    def replace(self) -> None:
        """A newer request of this task's kind came: it stops at its next cancel check and
        its outcome, whatever it is, is reported as a cancel."""
        self.replaced = True
        self.cancel()

    def drop(self) -> None:
        """Replaced before it started: it never runs, and is reported cancelled."""
        self.replaced = True
        self._thread.work = None
        self.cancelled.emit()
        self.finished.emit()

    def wait(self, msecs: int = WAIT_MS) -> bool:
        """Block until the work has returned (the window is closing); True if it did in time."""
        return self._thread.wait(msecs)


class _Reply(QObject):
    """A task's outcome delivered to its owner's callables through slots. It is the task's
    child and goes with it; the callables are let go once the task has finished, and none is
    called once the owner's Qt object is gone, so a deleted dialog is never called back.

    While the runner is closed (its window closed: Runner.shutdown, until resume) the owner
    hears of the task as of a cancelled one, on_cancel then on_finished, whatever its outcome:
    no progress, result or failure paints a closed window; its busy state still ends."""

    def __init__(self, task: Task, runner: Runner, owner: QObject | None,
                 on_success: Callable[[Any], object],
                 on_failure: Callable[[Failure], object],
                 on_progress: Callable[[float, str], object] | None,
                 on_cancel: Callable[[], object] | None,
                 on_finished: Callable[[], object] | None) -> None:
        super().__init__(task)
        self._runner: Runner | None = runner
        self._owner = owner
        self._success: Callable[[Any], object] | None = on_success
        self._failure: Callable[[Failure], object] | None = on_failure
        self._progress, self._cancel, self._finished = on_progress, on_cancel, on_finished
        if on_progress is not None:
            task.progressed.connect(self.progressed)
        task.succeeded.connect(self.succeeded)
        task.failed.connect(self.failed)
        task.cancelled.connect(self.cancelled)
        task.finished.connect(self.finished)

    def _live(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _closed(self) -> bool:
        """Whether the runner's window is closed (see the class's docstring)."""
        return self._runner is not None and self._runner.closed

    @Slot(float, str)
    def progressed(self, fraction: float, message: str) -> None:
        if self._progress is not None and self._live() and not self._closed():
            self._progress(fraction, message)

    @Slot(object)
    def succeeded(self, result: object) -> None:
        if self._closed():
            self.cancelled()
        elif self._success is not None and self._live():
            self._success(result)

    @Slot(object)
    def failed(self, failure: Failure) -> None:
        if self._closed():
            log.warning("not shown, its window closed: %s", failure.text)
            self.cancelled()
        elif self._failure is not None and self._live():
            self._failure(failure)

    @Slot()
    def cancelled(self) -> None:
        if self._cancel is not None and self._live():
            self._cancel()

    @Slot()
    def finished(self) -> None:
        if self._finished is not None and self._live():
            self._finished()
        # Let go of the owner here, in a slot: were the last reference to a dialog dropped
        # while Qt deletes this object, the dialog's end would call into a half-gone reply.
        self._runner = self._owner = self._success = self._failure = None
        self._progress = self._cancel = self._finished = None


@dataclass(eq=False)
class _IdleWork:
    """What :meth:`Runner.when_idle` was given, until it has ended."""

    owner: QObject | None
    work: Callable[..., Any]
    on_success: Callable[[Any], object]
    on_failure: Callable[[Failure], object]
    rank: int
    pausable: bool


class Runner(QObject):
    """Runs tasks one after another: one writer to the database at a time."""

    busy = Signal(bool)  # true while a task someone asked for is queued or running
    stepping = Signal(bool)  # a pausable idle work started (True) or none runs now (False)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[Task] = []
        self.current: Task | None = None
        self._idle: dict[int, _IdleWork] = {}  # by rank
        # Set by shutdown: the owner is closing and may be deleted at its next event, and Qt
        # aborts the whole process when a QThread still running is deleted. A task finishing
        # during the shutdown can ask for more (an import's end asks for an analysis): it is
        # kept queued, never started, until resume().
        self.closed = False
        self.ending: Ending | None = None  # the clock the shutdown started: the app's end's
        self.aside = False  # the user is at work: pausable idle work waits (step_aside)

    def submit(self, work: Callable[..., Any], kind: str | None = None,
               replaces: tuple[str, ...] = ()) -> Task:
        self._replace(replaces)
        if self.current is not None and self.current.idle:
            self.current.replace()  # the request does not wait behind work nobody asked for
        task = Task(work, self, kind)
        task.finished.connect(self._next)
        task.finished.connect(task.deleteLater)  # after every other slot of `finished`
        self._queue.append(task)
        if self.current is None:
            self._next()
        return task

    def run(self, owner: QObject | None, work: Callable[..., Any], *,
            on_success: Callable[[Any], object], on_failure: Callable[[Failure], object],
            on_progress: Callable[[float, str], object] | None = None,
            on_cancel: Callable[[], object] | None = None,
            on_finished: Callable[[], object] | None = None, kind: str | None = None,
            replaces: tuple[str, ...] = ()) -> Task:
        """Queue ``work(progress=, cancel=)``; its outcome goes to the callables, on the GUI
        thread, while ``owner`` lives: on_success(result) or on_failure(Failure) or on_cancel(),
        then on_finished() whichever it was. Earlier work of a kind in `replaces` is no longer
        wanted (an analysis at a date the user has left): see :meth:`_replace`."""
        task = self.submit(work, kind, replaces)
        _Reply(task, self, owner, on_success, on_failure, on_progress, on_cancel, on_finished)
        return task

    def _replace(self, kinds: tuple[str, ...]) -> None:
        """Tasks of these kinds still queued are dropped, and the running one is told to
        stop, so the new request does not wait behind work whose outcome nobody will see.
        Only reads are given a kind: no write is replaced."""
        if not kinds:
            return
        for task in [task for task in self._queue if task.kind in kinds]:
            self._queue.remove(task)
            task.finished.disconnect(self._next)  # it was never the current task
            task.drop()
        if self.current is not None and self.current.kind in kinds:
            self.current.replace()

    def when_idle(self, owner: QObject | None, work: Callable[..., Any], *,
                  on_success: Callable[[Any], object],
                  on_failure: Callable[[Failure], object], rank: int = 0,
                  pausable: bool = False) -> None:
        """Run `work` while nothing else is asked of the worker, until it succeeds or fails
        (on_success / on_failure, as for :meth:`run`). Whatever is asked meanwhile stops it at
        its next cancel check and goes first; it starts again from the beginning once the
        worker is idle, so it must leave nothing half done when stopped. One such work a
        `rank` at a time: this one replaces the last of its rank (stopped if running), and
        the lower ranks' go first (one of a higher rank running stops for it). Not `busy`:
        nobody waits. `pausable`: it waits at its cancel checks while the user is at work
        (:meth:`step_aside`), for work that holds no write open meanwhile."""
        self._idle[rank] = _IdleWork(owner, work, on_success, on_failure, rank, pausable)
        if self.current is None:
            self._next()
        elif self.current.idle and self.current.rank >= rank:
            self.current.replace()

    def forget_idle(self) -> None:
        """The work given to :meth:`when_idle` is no longer wanted (another database open)."""
        self._idle.clear()
        if self.current is not None and self.current.idle:
            self.current.replace()

    def _idle_task(self) -> Task | None:
        """The lowest rank's idle work's task, started afresh (None: no idle work whose
        owner lives)."""
        self._idle = {rank: wanted for rank, wanted in self._idle.items()
                      if wanted.owner is None or shiboken6.isValid(wanted.owner)}
        if not self._idle:
            return None
        wanted = self._idle[min(self._idle)]
        task = Task(wanted.work, self, idle=True)
        task.rank, task.pausable = wanted.rank, wanted.pausable
        if task.pausable and self.aside:
            task.pause()
        ended = partial(self._idle_ended, wanted)
        task.succeeded.connect(ended)  # before the reply's: the next task is chosen knowing it
        task.failed.connect(ended)
        task.finished.connect(self._next)
        task.finished.connect(task.deleteLater)
        _Reply(task, self, wanted.owner, wanted.on_success, wanted.on_failure, None, None, None)
        return task

    def step_aside(self, aside: bool) -> None:
        """The user is at work (True: a click or a key) or has been quiet a while (False):
        pausable idle work waits at its next cancel check, or goes on (ui.step_aside)."""
        self.aside = aside
        current = self.current
        if current is not None and current.pausable:
            (current.pause if aside else current.go_on)()

    def _idle_ended(self, wanted: _IdleWork, _outcome: object) -> None:
        """Succeeded or failed: not run again (a stop is neither, and it runs again)."""
        if self._idle.get(wanted.rank) is wanted:
            del self._idle[wanted.rank]

    @Slot()
    def _next(self) -> None:
        stepped = self.current is not None and self.current.pausable
        if self.closed:
            self.current = None
        else:
            self.current = self._queue.pop(0) if self._queue else self._idle_task()
        self.busy.emit(self.current is not None and not self.current.idle)
        if stepped != (self.current is not None and self.current.pausable):
            self.stepping.emit(not stepped)  # ui.step_aside watches input only meanwhile
        if self.current is not None:
            self.current.start()

    def resume(self) -> None:
        """The owner is shown again after a shutdown: queued work starts."""
        if self.closed:
            self.closed = False
            if self.current is None:
                self._next()

    def shutdown(self) -> None:
        """Cancel everything and wait, up to WAIT_MS on the app's end's clock (`ending`), so no
        thread outlives the window; nothing asked for afterwards starts (see ``closed``)."""
        self.closed, self.ending = True, Ending()
        self._idle.clear()
        for task in self._queue:
            task.cancel()
        self._queue.clear()
        if self.current is not None:
            self.current.cancel()
            if not self.current.wait(self.ending.left()):  # goes on, the app's (Task.start)
                log.warning("%s still running after its window closed", self.current.name)
