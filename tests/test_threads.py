"""perf49p: an import shortens Python's switch interval while it runs, so the sheet read ahead
and the batches' writing thread take the lock back from the import's thread within 1 ms (at
5 ms a tab took 0.13 s to read for 0.065 s of work, and the import's thread waited for it);
what was set before is put back, however the import ends, and the window's 1 ms stays
(tests/test_import.py: an import runs within it)."""

from __future__ import annotations

import sys
import threading

import pytest

from core.threads import SWITCH_INTERVAL, shared_lock


@pytest.fixture
def default_interval():
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    yield
    sys.setswitchinterval(before)


def test_within_it_the_interval_is_short_and_put_back_after(default_interval):
    with shared_lock():
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
        with shared_lock():  # nested: the outer one still holds it
            pass
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
    assert sys.getswitchinterval() == pytest.approx(0.005)
    with pytest.raises(RuntimeError), shared_lock():
        raise RuntimeError("refused")
    assert sys.getswitchinterval() == pytest.approx(0.005)


def test_two_threads_overlapping_leave_the_interval_as_it_was(default_interval):
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[float] = []

    def second() -> None:
        assert first_in.wait(10)
        with shared_lock():
            second_in.set()
            assert first_out.wait(10)
            seen.append(sys.getswitchinterval())  # the first left: still short for this one

    helper = threading.Thread(target=second)
    helper.start()
    with shared_lock():
        first_in.set()
        assert second_in.wait(10)
    first_out.set()
    helper.join(10)
    assert seen == [pytest.approx(SWITCH_INTERVAL)]
    assert sys.getswitchinterval() == pytest.approx(0.005)


def test_a_shorter_interval_set_before_is_kept(default_interval):
    sys.setswitchinterval(0.0005)
    with shared_lock():
        assert sys.getswitchinterval() == pytest.approx(0.0005)
    assert sys.getswitchinterval() == pytest.approx(0.0005)

