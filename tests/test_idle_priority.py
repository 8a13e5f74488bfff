"""The window's idle step runs below the window's priority on every system: ``os.nice`` where
there is one, and on Windows, which has none, the process's priority class set below normal
(core.analysis.last_month_beside.lower_priority). Without it, the step's process competed with
the window for the cores there, and clicks in the customer table waited behind it."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from datetime import date

import pytest

from core.analysis import last_month_beside
from core.analysis.last_month_beside import (
    BELOW_NORMAL_PRIORITY_CLASS,
    IDLE_NICENESS,
    check_and_store,
    lower_priority,
)

CURRENT_PROCESS = -1  # the pseudo-handle GetCurrentProcess returns


class _Function:
    """A ctypes function stand-in: called as given, its argtypes and restype settable."""

    def __init__(self, call: Callable[..., object]) -> None:
        self.call = call

    def __call__(self, *args: object) -> object:
        return self.call(*args)


class _Kernel32:
    """Stands for kernel32.dll: records the priority classes asked for."""

    def __init__(self) -> None:
        self.asked: list[tuple[object, ...]] = []
        self.GetCurrentProcess = _Function(lambda: CURRENT_PROCESS)
        self.SetPriorityClass = _Function(self._set)

    def _set(self, *args: object) -> int:
        self.asked.append(args)
        return 1


@pytest.fixture
def niced(monkeypatch) -> list[int]:
    """os.nice recorded, never applied to the test's own process."""
    calls: list[int] = []
    def nice(increment: int) -> int:
        calls.append(increment)
        return 0

    monkeypatch.setattr(os, "nice", nice, raising=False)
    return calls


def _on_windows(monkeypatch) -> _Kernel32:
    kernel32 = _Kernel32()
    loaded: list[str] = []

    def windll(name: str, use_last_error: bool = False) -> _Kernel32:
        loaded.append(name)
        return kernel32

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", windll, raising=False)
    return kernel32


def test_on_windows_the_priority_class_is_set_below_normal(monkeypatch, niced):
    kernel32 = _on_windows(monkeypatch)
    lower_priority()
    assert kernel32.asked == [(CURRENT_PROCESS, BELOW_NORMAL_PRIORITY_CLASS)]
    assert BELOW_NORMAL_PRIORITY_CLASS == 0x00004000
    assert niced == []  # os.nice is not what lowers it there (Windows has none)


def test_elsewhere_the_process_is_niced(monkeypatch, niced):
    monkeypatch.setattr(sys, "platform", "linux")
    lower_priority()
    assert niced == [IDLE_NICENESS]


def test_a_refused_priority_change_does_not_stop_the_step(monkeypatch, niced):
    """A system that will not lower it (a policy, a sandbox) leaves the step at the window's
    priority: it still does its work, as it did where os.nice was missing."""
    def refused(increment: int) -> int:
        raise PermissionError("not allowed")

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(os, "nice", refused, raising=False)
    lower_priority()  # no error


def test_the_idle_steps_process_lowers_itself_on_windows_before_its_work(monkeypatch, niced,
                                                                          tmp_path):
    """check_and_store as the idle step's process runs it (with its stop event), on Windows."""
    kernel32 = _on_windows(monkeypatch)
    seen: list[int] = []

    def store_missing(*args: object, **kwargs: object) -> None:
        seen.append(len(kernel32.asked))  # priority classes asked before the work began

    class Exited(Exception):
        pass

    def leave(code: int) -> None:
        raise Exited(code)

    monkeypatch.setattr(last_month_beside.snapshots, "store_missing", store_missing)
    monkeypatch.setattr(signal, "signal", lambda *args: None)  # the test keeps its Ctrl-C
    monkeypatch.setattr(os, "_exit", leave)
    asked = multiprocessing.get_context("spawn").Event()
    with pytest.raises(Exited) as left:
        check_and_store(str(tmp_path / "firm.sqlite"), date(2025, 6, 30), None, asked)
    assert left.value.args == (0,)
    assert seen == [1]
    assert kernel32.asked == [(CURRENT_PROCESS, BELOW_NORMAL_PRIORITY_CLASS)]
    assert niced == []
