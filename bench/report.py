"""The benchmark's figures as a console table and as a labelled section of docs/performance.md.

The generated section sits between ``<!-- bench:LABEL -->`` markers: a run replaces its own
label's section and leaves the rest of the document (the hand-written reading of the profile,
another label's figures) as it was.
"""

from __future__ import annotations

import os
import platform
import pstats
import subprocess
import sys
from datetime import datetime
from importlib import metadata
from pathlib import Path

from bench.measures import MEASURES, Measure, entry_key, ratio, summarise

ROOT = Path(__file__).resolve().parent.parent
LIBRARIES = ("PySide6-Essentials", "openpyxl", "python-calamine", "sqlite-utils")
NAIVE_VERSIONS = ("import sys, sqlite3, pandas, numpy, openpyxl, sqlite_utils; "
                  "print(pandas.__version__, numpy.__version__, openpyxl.__version__)")
TOP = 20


def load_average() -> list[float] | None:
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        return None


def machine(naive_python: str) -> dict:
    import sqlite3

    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    naive = subprocess.run([naive_python, "-c", NAIVE_VERSIONS], capture_output=True,
                           text=True, check=False)
    return {"cpu": _cpu_model(), "cores": os.cpu_count(), "ram_gb": _ram_gb(),
            "os": platform.platform(), "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "libraries": versions,
            "naive": naive.stdout.split() if naive.returncode == 0 else None,
            "when": datetime.now().isoformat(timespec="seconds"),
            "commit": _commit()}


def _commit() -> str:
    """The last commit of the code measured (not of the bench itself)."""
    found = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h", "--", "core",
                            "ui", "main.py"], capture_output=True, text=True, check=False)
    return found.stdout.strip() or "?"


def _sizes(results: dict) -> list[str]:
    sizes = sorted(results["sizes"], key=lambda label: results["sizes"][label]["rows"])
    once = sorted({key.split("|", 1)[1] for key in results["entries"]} - set(sizes))
    return sizes + once


def _cell(results: dict, measure: Measure, size: str, markdown: bool) -> str | None:
    found = summarise(results["entries"].get(entry_key(measure.key, size), {}).get("runs", []))
    if found is None:
        return None
    fewer = f" ({found.runs} run{'s' if found.runs > 1 else ''})" if found.runs < _runs(
        results, size) else ""
    seconds = _seconds(found.seconds)
    if found.worst is not None:
        seconds += f" / {_seconds(found.worst)}"
    elif found.cpu is not None:
        seconds += f" (CPU {_seconds(found.cpu)})"
    parts = [seconds + fewer]
    if found.peak_mb is not None:
        parts.append(f"{found.peak_mb:,.0f} MB")
    times = ratio(results["entries"], measure, size)
    if times is not None:
        cpu = ratio(results["entries"], measure, size, cpu=True)
        cpu_text = f" (CPU {cpu:.1f}{'×' if markdown else 'x'})" if cpu else ""
        parts.append(f"**{times:.1f}×** naive{cpu_text}" if markdown
                     else f"{times:.1f}x naive{cpu_text}")
    return " · ".join(parts)


def _seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 1 else f"{value:.1f} s"


def _rows(results: dict, markdown: bool) -> tuple[list[str], list[list[str]]]:
    sizes = _sizes(results)
    rows = []
    for measure in MEASURES:
        cells = [_cell(results, measure, size, markdown) for size in sizes]
        if any(cells):
            rows.append([measure.title, *(c or "" for c in cells)])
    return sizes, rows


def console_table(results: dict) -> str:
    sizes, rows = _rows(results, markdown=False)
    header = ["measure", *sizes]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True))
             for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _machine_text(m: dict, invocations: list[dict]) -> str:
    libs = ", ".join(f"{k} {v}" for k, v in m["libraries"].items())
    naive = (f"pandas {m['naive'][0]}, numpy {m['naive'][1]}, openpyxl {m['naive'][2]}"
             if m.get("naive") else "not installed: the naive import was not measured")
    ram = f"{m['ram_gb']:.0f} GB RAM" if m.get("ram_gb") else "RAM unknown"
    return (f"- Machine: {m['cpu']}, {m['cores']} cores, {ram}; {m['os']}\n"
            f"- Python {m['python']}, SQLite {m['sqlite']}; {libs}\n"
            f"- Naive baseline's environment: {naive}\n"
            f"- The app's code at commit {m['commit']}; the machine was shared with other "
            f"work, so wall seconds carry its noise. Invocations, with the load average "
            f"before → after:\n"
            + "\n".join(f"  - {i['when']}: {i['what']}, load {i['load_before']} → "
                        f"{i['load_after']}" for i in invocations))


def _sizes_text(results: dict) -> str:
    rows = [[label, f"{s['rows']:,}", f"{s['orders']:,}", f"{s['customers']:,}",
             str(s["months"]), f"{s['ledger_mb']:.1f} MB"]
            for label, s in sorted(results["sizes"].items(), key=lambda i: i[1]["rows"])]
    return _markdown_table(["size", "ledger rows", "orders", "customers", "month tabs",
                            "xlsx"], rows)


def _function(file: str, line: int, name: str) -> str:
    if file == "~":  # a built-in: its name says it all
        return name.strip("<>").replace("built-in method ", "")
    for marker in ("site-packages/", str(ROOT) + "/", "lib/python3"):
        if marker in file:
            file = file.split(marker, 1)[1].lstrip(".0123456789/")
            break
    return f"{file}:{line}({name})"


def _shown(file: str) -> bool:
    """The probe's own frames and the import machinery are no part of what is measured."""
    return not (file.startswith("<frozen") or Path(file).parent == Path(__file__).parent)


def profile_tables(path: str, top: int = TOP) -> tuple[str, str, int]:
    """Top functions by cumulative and by own time (markdown), and the total calls."""
    stats = pstats.Stats(path)
    entries = stats.stats  # type: ignore[attr-defined]
    header = ["calls", "own s", "cumulative s", "function"]
    tables = []
    for index in (3, 2):  # cumulative, own time
        ranked = sorted(((key, value) for key, value in entries.items() if _shown(key[0])),
                        key=lambda item: item[1][index], reverse=True)[:top]
        rows = [[f"{nc:,}" if nc == cc else f"{nc:,}/{cc:,}", f"{tt:.2f}", f"{ct:.2f}",
                 f"`{_function(file, line, name)}`"]
                for (file, line, name), (cc, nc, tt, ct, _callers) in ranked]
        tables.append(_markdown_table(header, rows))
    return tables[0], tables[1], stats.total_calls  # type: ignore[attr-defined]


def _profiles_text(results: dict, label: str) -> str:
    parts = []
    titles = {"import": "import into an empty database", "analyse": "analysis (analyse())"}
    for kind, found in results.get("profiles", {}).items():
        if not Path(found["file"]).is_file():
            continue
        cumulative, own, calls = profile_tables(found["file"])
        parts.append(f"#### Profile ({label}): {titles[kind]}, {found['size']}\n\n"
                     f"{calls:,} function calls; {found['seconds']:.1f} s under cProfile.\n\n"
                     f"<details><summary>Top {TOP} by cumulative time</summary>\n\n"
                     f"{cumulative}\n\n</details>\n\n"
                     f"<details><summary>Top {TOP} by own time</summary>\n\n{own}\n\n"
                     f"</details>")
    return "\n\n".join(parts)


def _runs(results: dict, size: str) -> int:
    return max((len(entry["runs"]) for key, entry in results["entries"].items()
                if key.endswith(f"|{size}")), default=0)


def section(label: str, results: dict) -> str:
    sizes, rows = _rows(results, markdown=True)
    table = _markdown_table(["measure", *(f"{s} (runs: {_runs(results, s)})" for s in sizes)],
                            rows)
    runs = max((len(e["runs"]) for e in results["entries"].values()), default=0)
    text = [f"### Figures: {label}", "",
            _machine_text(results["machine"], results.get("invocations", [])), "",
            _sizes_text(results), "",
            f"Each cell: median seconds over the runs (up to {runs}, each a fresh process; in "
            "brackets the CPU seconds of the same timed region, less disturbed by other work "
            "on the machine) · "
            "the highest peak memory of those processes · for import and analysis, naive "
            "seconds / project seconds measured in the same run (above 1: the project is "
            "faster; in brackets the same of CPU seconds). Sort and filter cells give "
            "median / worst single click or keystroke. Start-up cells count from the process "
            "start.", "", table]
    profiles = _profiles_text(results, label)
    if profiles:
        text += ["", profiles]
    return "\n".join(text)


def write(out: Path, label: str, results: dict) -> None:
    start, end = f"<!-- bench:{label} -->", f"<!-- /bench:{label} -->"
    block = f"{start}\n{section(label, results)}\n{end}"
    if out.is_file():
        text = out.read_text(encoding="utf-8")
        if start in text and end in text:
            before, rest = text.split(start, 1)
            text = before + block + rest.split(end, 1)[1]
        else:
            text = text.rstrip() + "\n\n" + block + "\n"
    else:
        text = (f"# Performance\n\nWritten by `python bench/run.py` ({sys.argv[0]}).\n\n"
                f"{block}\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
