"""`main.py screenshot --view movements` waited its whole 5 minutes and more on the sample: the
tab's end was signalled (the runner idle, the month ends computed) before the page let go of its
task, so the wait looked at a state not yet set and never looked again. ui.screenshot.wait_until
looks once more after the signal's other slots have run."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ui.screenshot import wait_until


class _Work(QObject):
    ended = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def end(self) -> None:
        self.ended.emit()  # told first, as a task's `finished` reaches the runner first
        self.done = True


def test_a_state_set_just_after_its_signal_ends_the_wait(qtbot):
    work = _Work()
    QTimer.singleShot(0, work.end)
    # what a wait that missed it would see at its end: the state gone again (a later tab's work)
    QTimer.singleShot(5_000, lambda: setattr(work, "done", False))
    assert wait_until(lambda: work.done, work.ended, timeout_ms=10_000)


def test_a_wait_whose_state_never_comes_gives_up(qtbot):
    work = _Work()
    QTimer.singleShot(0, work.ended.emit)
    assert not wait_until(lambda: work.done, work.ended, timeout_ms=200)
