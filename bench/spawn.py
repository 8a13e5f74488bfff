"""Running one measure in a fresh process and reading back its time and peak memory.

Peak memory is the child's own high-water mark as the kernel kept it (``os.wait4``'s
``ru_maxrss``), so no measure is charged for another's memory. Where there is no wait4
(Windows) the figure is left empty.

Every probe runs the app's modules compiled, as the installed app ships them and as the naive
path's pandas and openpyxl run from site-packages: an environment that writes no bytecode
(``PYTHONDONTWRITEBYTECODE``, set on some machines) had each probe compile the app's ~210
modules again, 0.3 s of a 100k import and a quarter of a 10k one (perf49c). They are compiled
once, into the bench's cache (``PYTHONPYCACHEPREFIX``), before the first probe.
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
PYCACHE = ROOT / "bench" / ".cache" / "pycache"
_COMPILED = {"PYTHONPYCACHEPREFIX": str(PYCACHE)}


def compiled_env(env: dict[str, str]) -> dict[str, str]:
    """`env` with the app's bytecode read from (and written to) the bench's cache."""
    out = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**out, **_COMPILED}


def compile_once() -> None:
    """The app's modules compiled into the bench's cache, once a bench process."""
    if not getattr(compile_once, "done", False):
        subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", "core", "ui", "bench",
                        "main.py"], cwd=ROOT, env=compiled_env(dict(os.environ)), check=True,
                       stdout=subprocess.DEVNULL)
        compile_once.done = True  # type: ignore[attr-defined]


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
        compile_once()
        environment = compiled_env(dict(os.environ, **(env or {})))
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
