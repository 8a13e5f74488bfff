"""Size of the onedir bundle and start-up time to the first window (the README quotes both).

Run after ``python build_scripts/build.py``:

    .venv/bin/python bench/bench_bundle.py [--bundle dist/TradeTier] [--runs 5] [--source] [--quick]

Size: the bundle folder as installed (bytes in files, and blocks on disk where the OS says), and
the installer next to it when one was built. Start-up: the bundle is started with
TRADETIER_EXIT_AFTER_SHOW, which makes ui/app.py note the seconds since the process started
once the event loop has shown the main window, and quit; the bench takes the median of several
runs, first with no database (a first start) and then with the twelve sample ledgers imported
(a normal month). ``--source`` measures ``python main.py`` the same way, for comparison. The
window is drawn offscreen unless ``--display`` is given, so this runs on CI too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE_NAME = "TradeTier.exe" if sys.platform == "win32" else "TradeTier"


def folder_size(folder: Path) -> tuple[int, int | None]:
    """(bytes in files, bytes of disk blocks or None where the OS has no st_blocks)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    apparent = sum(p.stat().st_size for p in files)
    blocks = [getattr(p.stat(), "st_blocks", None) for p in files]
    on_disk = None if None in blocks else sum(b * 512 for b in blocks)  # type: ignore[operator]
    return apparent, on_disk


def start_once(command: list[str], home: Path, display: bool) -> tuple[float, float]:
    """One start: (seconds to the first window as the app saw it, seconds until it exited)."""
    with tempfile.TemporaryDirectory() as scratch:
        note = Path(scratch) / "first-window.txt"
        env = dict(os.environ, TRADETIER_HOME=str(home), TRADETIER_EXIT_AFTER_SHOW=str(note))
        if not display:
            env["QT_QPA_PLATFORM"] = "offscreen"
        env["TRADETIER_T0"] = repr(time.time())
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        wall = time.perf_counter() - started
        if done.returncode != 0 or not note.exists():
            raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
        return float(note.read_text(encoding="utf-8").split()[1]), wall


def measure(label: str, command: list[str], home: Path, runs: int, display: bool) -> dict:
    first, wall = zip(*(start_once(command, home, display) for _ in range(runs)), strict=True)
    result = {"label": label, "runs": runs, "median_s": statistics.median(first),
              "min_s": min(first), "max_s": max(first), "median_exit_s": statistics.median(wall)}
    print(f"  {label:<34} first window {result['median_s']:.2f} s median "
          f"(min {result['min_s']:.2f}, max {result['max_s']:.2f}; process exit "
          f"{result['median_exit_s']:.2f} s)")
    return result


def import_samples(command: list[str], home: Path) -> None:
    samples = sorted((ROOT / "resources" / "sample").glob("*.xlsx"))
    env = dict(os.environ, TRADETIER_HOME=str(home))
    subprocess.run([*command, "import", *map(str, samples), "--db", str(home / "tradetier.sqlite")],
                   env=env, check=True, capture_output=True)


def bench(name: str, command: list[str], runs: int, display: bool, quick: bool) -> list[dict]:
    print(f"Start-up of {name} ({runs} runs each):")
    results = []
    with tempfile.TemporaryDirectory() as home_dir:
        home = Path(home_dir)
        results.append(measure("first start (no database)", command, home, runs, display))
        if not quick:
            import_samples(command, home)
            results.append(measure("with the 12 sample ledgers", command, home, runs, display))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "TradeTier")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", action="store_true", help="also time python main.py")
    parser.add_argument("--quick", action="store_true", help="only the first-start case")
    parser.add_argument("--display", action="store_true", help="use the real display")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    exe = args.bundle / EXE_NAME
    if not exe.is_file():
        print(f"No bundle at {args.bundle}: run python build_scripts/build.py first.",
              file=sys.stderr)
        return 1
    apparent, on_disk = folder_size(args.bundle)
    figures: dict = {"bundle": str(args.bundle), "bundle_bytes": apparent,
                     "bundle_disk_bytes": on_disk}
    print(f"Bundle {args.bundle}: {apparent / 1e6:.1f} MB in files"
          + (f", {on_disk / 1e6:.1f} MB on disk" if on_disk else ""))
    installers = sorted(args.bundle.parent.glob("TradeTier-*-setup.exe"))
    if installers:
        figures["installer"] = str(installers[-1])
        figures["installer_bytes"] = installers[-1].stat().st_size
        print(f"Installer {installers[-1].name}: {installers[-1].stat().st_size / 1e6:.1f} MB")
    figures["bundle_start"] = bench("the bundle", [str(exe)], args.runs, args.display,
                                    args.quick)
    if args.source:
        figures["source_start"] = bench("python main.py", [sys.executable,
                                        str(ROOT / "main.py")], args.runs, args.display,
                                        args.quick)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
