"""Long work off the GUI thread: core's plain functions run on a worker, the window stays live.

A task is a callable taking ``progress`` and ``cancel`` keyword arguments (core's convention).
It runs on a QThread; progress, the result and failures come back as queued signals, so only the
main thread ever touches widgets. The runner runs one task at a time: SQLite has one writer,
and a second request waits its turn.

Widgets hand work over with ``Runner.run(owner, work, on_success=…, on_failure=…)``, Anki's
``CollectionOp(...).success().failure()``: the outcome reaches the owner's callables through
slots of a small object that goes with the task, and not once the owner is gone.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from core.messages import Cancelled, Refusal

log = logging.getLogger("tradetier")


@dataclass
class Failure:
    """What went wrong, for the error dialog: the user's text and the details to copy."""

    text: str
    details: str
    refusal: bool  # a refused request (bad input), not a bug


class _Job(QObject):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Callable[..., Any]) -> None:
        super().__init__()
        self.work = work
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        # Back to the GUI thread before reporting: whoever frees this object later (Qt or
        # Python's collector) then does so on the thread that owns it, never a finished one.
        app = QCoreApplication.instance()
        self._run()
        if app is not None:
            self.moveToThread(app.thread())
        self._report()

    def _run(self) -> None:
        self.outcome: tuple[str, object] = ("cancelled", None)
        try:
            result = self.work(progress=self._progress, cancel=self.stop.is_set)
        except Cancelled:
            self.outcome = ("cancelled", None)
        except Refusal as refusal:
            self.outcome = ("failed", Failure(refusal.text, refusal.code, True))
        except Exception as error:  # noqa: BLE001 - reported to the user, logged in full
            log.exception("task failed")
            self.outcome = ("failed", Failure(f"{type(error).__name__}: {error}",
                                              traceback.format_exc(), False))
        else:
            self.outcome = ("succeeded", result)

    def _report(self) -> None:
        kind, value = self.outcome
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()

    def _progress(self, fraction: float, message: str) -> None:
        self.progressed.emit(fraction, message)


class Task(QObject):
    """One piece of work on its own thread; connect to the signals, then call start()."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)  # owned by the task, so they go together
        self._job = _Job(work)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        # Slots of this object (which lives on the GUI thread): the connections are queued,
        # so the worker's signals are handled on the GUI thread, never on the worker's.
        self._job.progressed.connect(self._on_progress)
        self._job.succeeded.connect(self._on_succeeded)
        self._job.failed.connect(self._on_failed)
        self._job.cancelled.connect(self._on_cancelled)
        self.running = False

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        self.progressed.emit(fraction, message)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, failure: object) -> None:
        self._finish()
        self.failed.emit(failure)
        self.finished.emit()

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()
        self.finished.emit()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        self._job.stop.set()

    def wait(self, msecs: int = 30000) -> bool:
        return self._thread.wait(msecs)

    def end(self, msecs: int = 30000) -> bool:
        """Wait for the work, then let its thread go even though the GUI thread will not
        deliver its outcome any more (the window is closing): otherwise the thread would sit
        in its event loop until the wait ran out."""
        self._thread.quit()
        return self._thread.wait(msecs)


class _Reply(QObject):
    """A task's outcome delivered to its owner's callables through slots. It is the task's
    child and goes with it; the callables are let go once the task has finished, and none is
    called once the owner's Qt object is gone, so a closed dialog is never called back."""

    def __init__(self, task: Task, owner: QObject | None, on_success: Callable[[Any], object],
                 on_failure: Callable[[Failure], object],
                 on_progress: Callable[[float, str], object] | None,
                 on_cancel: Callable[[], object] | None,
                 on_finished: Callable[[], object] | None) -> None:
        super().__init__(task)
        self._owner = owner
        self._success, self._failure = on_success, on_failure
        self._progress, self._cancel, self._finished = on_progress, on_cancel, on_finished
        if on_progress is not None:
            task.progressed.connect(self.progressed)
        task.succeeded.connect(self.succeeded)
        task.failed.connect(self.failed)
        task.cancelled.connect(self.cancelled)
        task.finished.connect(self.finished)

    def _live(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(float, str)
    def progressed(self, fraction: float, message: str) -> None:
        if self._progress is not None and self._live():
            self._progress(fraction, message)

    @Slot(object)
    def succeeded(self, result: object) -> None:
        if self._success is not None and self._live():
            self._success(result)

    @Slot(object)
    def failed(self, failure: Failure) -> None:
        if self._failure is not None and self._live():
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
        self._owner = self._success = self._failure = None
        self._progress = self._cancel = self._finished = None


class Runner(QObject):
    """Runs tasks one after another: one writer to the database at a time."""

    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[Task] = []
        self.current: Task | None = None

    def submit(self, work: Callable[..., Any]) -> Task:
        task = Task(work, self)
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
            on_finished: Callable[[], object] | None = None) -> Task:
        """Queue ``work(progress=, cancel=)``; its outcome goes to the callables, on the GUI
        thread, while ``owner`` lives: on_success(result) or on_failure(Failure) or on_cancel(),
        then on_finished() whichever it was."""
        task = self.submit(work)
        _Reply(task, owner, on_success, on_failure, on_progress, on_cancel, on_finished)
        return task

    @Slot()
    def _next(self) -> None:
        self.current = self._queue.pop(0) if self._queue else None
        self.busy.emit(self.current is not None)
        if self.current is not None:
            self.current.start()

    def shutdown(self) -> None:
        """Cancel everything and wait, so no thread outlives the window."""
        for task in self._queue:
            task.cancel()
        self._queue.clear()
        if self.current is not None:
            self.current.cancel()
            self.current.end()
