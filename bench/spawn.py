"""Running one measure in a fresh process and reading back its time and peak memory.

Peak memory is the child's own high-water mark as the kernel kept it (``os.wait4``'s
``ru_maxrss``), so no measure is charged for another's memory. Where there is no wait4
(Windows) the figure is left empty.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    """One process: its own report (seconds of the timed region, what it did) and its peak."""

    wall: float  # the whole process, start to exit
    peak_mb: float | None
    report: dict = field(default_factory=dict)
    stdout: str = ""


class Failed(Exception):
    pass


def _max_rss_mb(usage: object) -> float:
    kilobytes = usage.ru_maxrss  # type: ignore[attr-defined]
    return kilobytes / (1 << 20) if sys.platform == "darwin" else kilobytes / 1024  # bytes there


def spawn(command: list[str], name: str, args: list[str], env: dict[str, str] | None = None,
          timeout: float = 7200) -> Run:
    """Run ``command NAME RESULT ARGS`` (the probes' convention) and read RESULT back; raise
    Failed with the end of its stderr when it fails."""
    with tempfile.TemporaryDirectory(prefix="tradetier-bench-") as scratch:
        result, out, err = (Path(scratch) / name for name in ("result.json", "out", "err"))
        environment = dict(os.environ, **(env or {}))
        environment["TRADETIER_T0"] = repr(time.time())
        started = time.perf_counter()
        with out.open("wb") as stdout, err.open("wb") as stderr:
            argv = [*command, name, str(result), *args]
            process = subprocess.Popen(argv, cwd=ROOT,
                                       env=environment, stdout=stdout, stderr=stderr)
            peak = None
            if hasattr(os, "wait4"):
                watchdog = threading.Timer(timeout, process.kill)  # a probe stuck: fails
                watchdog.start()
                try:
                    _pid, status, usage = os.wait4(process.pid, 0)
                finally:
                    watchdog.cancel()
                code = os.waitstatus_to_exitcode(status)
                process.returncode = code
                peak = _max_rss_mb(usage)
            else:  # pragma: no cover - Windows
                try:
                    code = process.wait(timeout)
                except subprocess.TimeoutExpired:  # a probe stuck: fails, as above
                    process.kill()
                    code = process.wait()
        wall = time.perf_counter() - started
        if code != 0:
            raise Failed(f"{' '.join(argv)} exited {code}:\n"
                         f"{err.read_text(encoding='utf-8', errors='replace')[-3000:]}")
        report = json.loads(result.read_text(encoding="utf-8")) if result.is_file() else {}
        return Run(wall, peak, report, out.read_text(encoding="utf-8", errors="replace"))
