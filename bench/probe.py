"""One measure of the project, in a process of its own: ``python -m bench.probe NAME RESULT ARGS``.

bench/run.py starts a fresh process per run, so the peak memory it reads back (wait4) is this
measure's alone. The timed region covers the work only (imports done, inputs in place); the
seconds, the CPU seconds of the region and what was done are written to RESULT as JSON.
sqlite-utils' and openpyxl's optional imports of pandas and numpy are refused, as the bundle
leaves both out (build_scripts/tradetier.spec): a development environment that has them (the
bench extra, another task's dependency) would otherwise be measured slower than what ships.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXCLUDED = ("pandas", "numpy")
OPTIONAL_USERS = ("sqlite_utils", "openpyxl")  # import them only when they happen to be there


class _Excluded:
    """A meta-path finder that makes the excluded packages look absent to their optional users
    (the project's own code, were it to need numpy, still gets it)."""

    @staticmethod
    def find_spec(name: str, path: object = None, target: object = None) -> None:
        if name.split(".")[0] not in EXCLUDED:
            return None
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__", "").startswith(
                ("importlib", "_frozen_importlib")):
            frame = frame.f_back
        caller = frame.f_globals.get("__name__", "") if frame is not None else ""
        if caller.split(".")[0] in OPTIONAL_USERS:
            raise ImportError(f"{name} is left out of the bundle and of the benchmark")
        return None


def exclude_bundle_extras() -> None:
    sys.meta_path.insert(0, _Excluded())  # type: ignore[arg-type]


def children_cpu() -> float:
    """The CPU seconds of this process's children that have ended and been waited for (a big
    workbook's tabs are read in a process of their own: core.ledger.tabs_apart); 0 where the
    system does not say (Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(work: Callable[[], object]) -> dict:
    """The work's seconds and CPU seconds, its helper processes' counted with its own."""
    started, cpu, helpers = time.perf_counter(), time.process_time(), children_cpu()
    done = work()
    return {"seconds": time.perf_counter() - started,
            "cpu": time.process_time() - cpu + children_cpu() - helpers, "done": done}


def import_ledger(ledger: str, db: str) -> dict:
    from core.ledger.importer import import_files

    Path(db).unlink(missing_ok=True)
    return timed(lambda: _import_counts(import_files(Path(db), [Path(ledger)])))


def update_month(base_db: str, ledger: str, db: str) -> dict:
    from core.ledger.importer import import_files

    shutil.copyfile(base_db, db)
    return timed(lambda: _import_counts(import_files(Path(db), [Path(ledger)])))


def preview(ledger: str, db: str) -> dict:
    """What the import dialog reads when a file is chosen: every tab whole, its rows counted
    as the import will take, hold and skip them (before anything is written)."""
    from core.ledger.preview import preview_file
    from core.store import connect

    Path(db).unlink(missing_ok=True)
    conn = connect(Path(db))

    def read() -> dict:
        found = preview_file(conn, Path(ledger))
        if found.refusal is not None or not found.sheets:
            raise SystemExit(f"preview refused: {found.refusal}")
        counts = [sheet.counts for sheet in found.sheets]
        return {"tabs": len(counts), "taken": sum(c.taken for c in counts),
                "held": sum(c.held for c in counts), "skipped": sum(c.skipped for c in counts)}

    return timed(read)


def _import_counts(results: list) -> dict:
    [result] = results
    if result.status != "imported":
        raise SystemExit(f"import {result.status}: {result.message}")
    return {"inserted": result.counts.inserted, "updated": result.counts.updated,
            "unchanged": result.counts.unchanged, "skipped": len(result.skipped)}


def analyse(db: str) -> dict:
    from core.analysis.run import analyse as run_analysis
    from core.store import connect

    conn = connect(Path(db))
    held: list[object] = []  # freed after the clock stops: the window frees the last analysis
    # only once the new one is on screen, so its 0.08 s (100k) is no wait for the user
    return timed(lambda: _held(held, run_analysis(conn)))


def as_of_change(db: str) -> dict:
    """The window's as-of change: an analysis a month before the last, with the lines the
    window's first analysis kept (core.analysis.kept_rows), as the app does it."""
    from datetime import timedelta

    from core.analysis.kept_rows import KeptRows
    from core.analysis.run import analyse as run_analysis
    from core.store import connect

    conn = connect(Path(db))
    kept = KeptRows(Path(db))
    first = run_analysis(conn, kept=kept)
    earlier = first.as_of.replace(day=1) - timedelta(days=1)
    del first
    held: list[object] = []
    return timed(lambda: {**_held(held, run_analysis(conn, earlier, kept=kept)),
                          "kept": kept.kept})


def _held(held: list[object], analysis: Any) -> dict:
    """What an analysis measure reports, the analysis kept in `held` past the timed region."""
    held.append(analysis)
    return {"customers": len(analysis.customers)}


def last_month_check(db: str) -> dict:
    """The restructuring export's check of last month's snapshot, with no fingerprints kept
    from an earlier check of the file (core.analysis.fingerprints_seen): every ledger line read
    and fingerprinted, as after any write."""
    from core.analysis import fingerprints_seen, snapshots
    from core.analysis.kept_files import kept_for
    from core.store import connect

    conn = connect(Path(db))
    kept_for(Path(db), fingerprints_seen.KIND).unlink(missing_ok=True)
    wanted = snapshots.month_ends(conn)[-2:-1]
    return timed(lambda: {"stale": len(snapshots.stale(conn, wanted))})


# What the measured commands run, imported before the clock starts: the command modules load
# it only when a command runs (so that --help need not), and a measure times the work alone.
COMMAND_MODULES = ("core.analysis.run", "core.analysis.firm", "core.analysis.serialise",
                   "core.analysis.movements", "core.actions.export", "core.recovery",
                   "core.store")


def command(*argv: str) -> dict:
    """A headless command as main.py runs it, its output thrown away."""
    import importlib

    from core.cli.main import run

    for name in COMMAND_MODULES:
        importlib.import_module(name)

    with open(os.devnull, "w", encoding="utf-8") as sink:
        found = timed(lambda: run(list(argv), out=sink, err=sink))
    if found["done"] != 0:
        raise SystemExit(f"{' '.join(argv)} exited {found['done']}")
    return found


def main_py(*argv: str) -> dict:
    """main.py itself, as a person starts it (the parent times the whole process)."""
    import runpy

    sys.argv = [str(ROOT / "main.py"), *argv]
    try:
        runpy.run_path(str(ROOT / "main.py"), run_name="__main__")
    except SystemExit as leaving:
        if leaving.code:
            raise
    return {}


def profile(kind: str, out: str, *args: str) -> dict:
    """The import or the analysis under cProfile, its statistics dumped to out."""
    import cProfile

    work = {"import": import_ledger, "analyse": analyse}[kind]
    profiler = cProfile.Profile()
    profiler.enable()
    found = work(*args)
    profiler.disable()
    profiler.dump_stats(out)
    return found


PROBES: dict[str, Callable[..., dict]] = {
    "import": import_ledger, "preview": preview, "update": update_month, "analyse": analyse,
    "as_of_change": as_of_change, "last_month_check": last_month_check, "command": command,
    "main": main_py, "profile": profile,
}


UI_PROBES = ("table", "window", "as_of_typed", "as_of_ahead", "busy_click",  # probe_ui.py's
             "idle_click")


def main(argv: list[str]) -> int:
    exclude_bundle_extras()
    sys.path.insert(0, str(ROOT))
    name, result, *args = argv
    if name in UI_PROBES:
        from bench import probe_ui

        found = getattr(probe_ui, name)(*args)
    else:
        found = PROBES[name](*args)
    Path(result).write_text(json.dumps(found), encoding="utf-8")
    if name in UI_PROBES:  # leave before Qt's objects meet the final collection
        sys.stdout.flush()
        os._exit(0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
