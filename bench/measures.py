"""What the benchmark measures, and how each measure's runs are summed up.

A measure is either per ledger size or once (start-up help, the customer table). Those with a
naive counterpart are shown with the ratio naive seconds / project seconds: above 1 the project
is that many times faster than the path a user would write.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

GROUPS = ("import", "update", "analysis", "sort", "export", "startup", "movements")


@dataclass(frozen=True)
class Measure:
    key: str
    group: str
    title: str
    naive: str | None = None  # the key of the naive measure it is compared with
    sized: bool = True  # per ledger size, or once
    baseline: bool = False  # a naive baseline itself


MEASURES: tuple[Measure, ...] = (
    Measure("import", "import", "import into an empty database", naive="naive_import"),
    Measure("naive_import", "import", "naive import: pandas.read_excel + sqlite-utils insert_all",
            baseline=True),
    Measure("preview", "import", "import dialog's preview: every tab read and counted"),
    Measure("update", "update", "update month: the same orders, receipts filled in"),
    Measure("analyse", "analysis", "analysis: core.analysis.run.analyse",
            naive="naive_analysis"),
    Measure("as_of_change", "analysis",
            "the window's as-of change: analyse a month earlier with the lines kept"),
    Measure("as_of_typed", "analysis", "the window: a new as-of date on screen, taken while "
            "the last analysis's lifetime values are worked out (median / worst)"),
    Measure("customers_json", "analysis", "customers --json"),
    Measure("report_json", "analysis", "report --json"),
    Measure("customers_json_update", "analysis", "customers --json, the store after the update "
            "month (every customer's money from two files)"),
    Measure("report_json_update", "analysis", "report --json, the store after the update month"),
    Measure("naive_analysis", "analysis", "naive analysis: a per-customer Python loop",
            baseline=True),
    Measure("last_month_check", "export", "the restructuring export's check of last month's "
            "snapshot, nothing kept (every line's fingerprint)"),
    Measure("export_stop_loss", "export", "export stop-loss (analysis + workbook)"),
    Measure("export_restructuring", "export", "export restructuring (analysis + workbook)"),
    Measure("sort_click", "sort", "customer table: sort click (median / worst)", sized=False),
    Measure("filter_key", "sort", "customer table: filter keystroke (median / worst)",
            sized=False),
    Measure("busy_click", "sort", "customer table: sort click while the window analyses "
            "(median / worst)", sized=False),
    Measure("idle_click", "sort", "customer table: sort click while the idle worker stores "
            "last month's snapshot (median / worst)", sized=False),
    Measure("idle_key", "sort", "customer table: filter keystroke while the idle worker "
            "stores last month's snapshot (median / worst)", sized=False),
    Measure("help", "startup", "main.py --help (whole process)", sized=False),
    Measure("first_window", "startup", "first window (from process start)"),
    Measure("last_table", "startup", "the last start's customer table on screen, the database "
            "unchanged (from process start)"),
    Measure("filled_table", "startup", "filled customer table (from process start)"),
    Measure("movements", "movements", "movements --json, first run (every month end analysed)",
            sized=False),
)
BY_KEY = {m.key: m for m in MEASURES}


@dataclass
class Summary:
    seconds: float
    cpu: float | None
    peak_mb: float | None
    worst: float | None
    runs: int


def summarise(runs: list[dict]) -> Summary | None:
    """Median seconds and CPU over the runs, the highest peak, the worst single event."""
    timed = [r for r in runs if r.get("seconds") is not None]
    if not timed:
        return None
    cpus = [r["cpu"] for r in timed if r.get("cpu") is not None]
    peaks = [r["peak_mb"] for r in timed if r.get("peak_mb") is not None]
    worsts = [r["worst"] for r in timed if r.get("worst") is not None]
    return Summary(statistics.median(r["seconds"] for r in timed),
                   statistics.median(cpus) if cpus else None, max(peaks) if peaks else None,
                   max(worsts) if worsts else None, len(timed))


def ratio(entries: dict, measure: Measure, size: str, cpu: bool = False) -> float | None:
    """Naive median seconds / project median seconds at the same size, when both exist (of
    CPU seconds with cpu: what a quiet machine's wall clock would show)."""
    if not measure.naive:
        return None
    mine = summarise(entries.get(entry_key(measure.key, size), {}).get("runs", []))
    naive = summarise(entries.get(entry_key(measure.naive, size), {}).get("runs", []))
    if not (mine and naive):
        return None
    if cpu:
        return naive.cpu / mine.cpu if naive.cpu and mine.cpu else None
    return naive.seconds / mine.seconds if mine.seconds > 0 else None


def entry_key(measure: str, size: str) -> str:
    return f"{measure}|{size}"
