"""Run by tests/test_tasks.py in a process of its own: TASKS tasks back to back on the app's
Runner while the GUI thread deletes widget trees (deleteLater) whose signals come from senders
that override a virtual in Python.

That is where a worker calling Qt with the GIL held deadlocks against the GUI thread (see
ui/tasks.py, _Worker): ~QObject of a leaf holds one of Qt's signal-slot mutexes and asks PySide
for the sender's disconnectNotify, which waits for the GIL. Each task holds the GIL a varying
while, so its end meets such a deletion now and then. A watchdog prints every thread's stack
and ends the process when no task has finished for STUCK seconds, so a hang fails the test
instead of hanging the suite. Prints the tasks that ended and those that returned their own
index.
"""

from __future__ import annotations

import faulthandler
import os
import random
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMetaMethod, QObject, Signal, Slot  # noqa: E402 - platform first
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.tasks import Runner  # noqa: E402

SENDERS, LEAVES = 20, 20  # connections per tree: every leaf hears every sender
SPINS = 20_000  # the most loop turns a task holds the GIL for
STUCK = 30  # seconds without a finished task that count as a hang


class Sender(QObject):
    ping = Signal()

    def disconnectNotify(self, signal: QMetaMethod) -> None:  # noqa: N802 - Qt's name
        super().disconnectNotify(signal)


class Leaf(QWidget):
    @Slot()
    def pong(self) -> None:
        """Only here to be connected."""


def work(index: int, spins: int, progress: object, cancel: object) -> int:
    for _ in range(spins):
        pass
    return index


def main(tasks: int) -> None:
    app = QApplication([])
    senders = [Sender() for _ in range(SENDERS)]
    runner, results, turns = Runner(), [], random.Random(tasks)

    def tree() -> QWidget:
        root = QWidget()
        for _ in range(LEAVES):
            leaf = Leaf(root)
            for sender in senders:
                sender.ping.connect(leaf.pong)
        return root

    def next_task() -> None:
        faulthandler.dump_traceback_later(STUCK, exit=True)
        if len(results) == tasks:
            app.quit()
            return
        tree().deleteLater()
        runner.run(None, partial(work, len(results), turns.randrange(SPINS)),
                   on_success=results.append, on_failure=results.append,
                   on_finished=next_task)

    next_task()
    app.exec()
    faulthandler.cancel_dump_traceback_later()
    print(len(results), sum(result == index for index, result in enumerate(results)))


if __name__ == "__main__":
    main(int(sys.argv[1]))
