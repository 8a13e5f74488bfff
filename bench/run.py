"""TradeTier's benchmark: import (and its preview), update, analysis, table, exports, start-up
and tier movements.

    python bench/run.py [--quick] [--sizes 10k,100k,1M] [--only import,update,analysis,sort,
                        export,startup,movements] [--runs 3] [--label before]
                        [--naive-python PATH] [--flavour clerk]

Ledgers are generated once into the cache folder (bench/.cache). Every measure runs --runs times,
each in a fresh process, and the median seconds, the peak memory and the ratio to the naive
baselines measured in the same run are printed and written into docs/performance.md, in the
section of --label ("before" is the baseline; the optimising work adds "after"). Results
accumulate per label in the cache, so a 1M run can be added to an earlier 10k/100k run.
--quick: 10k only, one run each, no profiles, the report into the cache folder (a smoke check).
--flavour clerk: the sizes' ledgers as a clerk's book (bench/clerk_book.py: receipt rows without
a sum, a 收款登记 tab a year, notes), labelled "100k clerk" in the table; the naive path reads
the same file.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import report  # noqa: E402
from bench.measures import BY_KEY, GROUPS, entry_key  # noqa: E402
from bench.sizes import (  # noqa: E402
    Size,
    ledger_paths,
    movements_size,
    parse_size,
    table_size,
)
from bench.spawn import Run, spawn  # noqa: E402

DEFAULT_CACHE = ROOT / "bench" / ".cache"
DEFAULT_NAIVE = DEFAULT_CACHE / "naive-venv" / ("Scripts" if sys.platform == "win32" else "bin")
PROFILE_SIZE_ROWS = 100_000
ONCE = "once"  # the column of measures that do not depend on the ledger size


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.cache: Path = args.cache
        self.work = self.cache / "work"
        self.work.mkdir(parents=True, exist_ok=True)
        self.probe = [sys.executable, "-m", "bench.probe"]
        self.results_path = self.cache / f"results-{args.label}.json"
        self.results: dict = {}
        if self.results_path.is_file() and not args.fresh:
            self.results = json.loads(self.results_path.read_text(encoding="utf-8"))
        self.results.setdefault("entries", {})
        self.results.setdefault("sizes", {})
        self.touched: set[str] = set()  # the entries this invocation measured
        self.invocation: dict = {}
        self.ui_env = {"QT_QPA_PLATFORM": "offscreen", "TRADETIER_HOME": str(self.work / "home"),
                       "XDG_CONFIG_HOME": str(self.work / "config")}

    # --- bookkeeping -----------------------------------------------------------------------
    def record(self, key: str, size: str, run: Run, seconds: float | None = None,
               **extra: object) -> None:
        found = run.report
        entry = {"seconds": found.get("seconds") if seconds is None else seconds,
                 "cpu": found.get("cpu"), "peak_mb": run.peak_mb, "wall": run.wall,
                 "done": found.get("done"), **extra}
        self.touched.add(entry_key(key, size))
        runs = self.entries.setdefault(entry_key(key, size), {"runs": []})["runs"]
        runs.append(entry)
        shown = "—" if entry["seconds"] is None else f"{entry['seconds']:.3f} s"
        peak = "" if run.peak_mb is None else f", peak {run.peak_mb:,.0f} MB"
        print(f"    {BY_KEY[key].title} [{size}]: {shown}{peak}", flush=True)
        self.save()

    @property
    def entries(self) -> dict:
        return self.results["entries"]

    def fresh(self, key: str, size: str) -> None:
        """This invocation measures key at size anew: earlier runs of it are dropped."""
        self.entries.pop(entry_key(key, size), None)
        self.touched.add(entry_key(key, size))

    def save(self) -> None:
        """Write the results, keeping what another invocation wrote meanwhile (a 1M run beside
        a table run): this one's own entries win, the rest is taken from the file."""
        if self.results_path.is_file():
            stored = json.loads(self.results_path.read_text(encoding="utf-8"))
            entries = {**{key: value for key, value in stored.get("entries", {}).items()
                          if key not in self.touched},  # dropped by fresh() stays dropped
                       **{key: value for key, value in self.entries.items()
                          if key in self.touched}}
            sizes = {**stored.get("sizes", {}), **self.results["sizes"]}
            invocations = [i for i in stored.get("invocations", [])
                           if i["when"] != self.invocation.get("when")]
            self.results.update(
                entries=entries, sizes=sizes,
                invocations=sorted([*invocations, self.invocation] if self.invocation
                                   else invocations, key=lambda i: i["when"]))
            for key in ("profiles", "machine"):
                if key in stored and key not in self.results:
                    self.results[key] = stored[key]
        self.results_path.write_text(json.dumps(self.results, indent=1, ensure_ascii=False),
                                     encoding="utf-8")

    def wants(self, group: str) -> bool:
        return group in self.args.only

    def repeat(self, key: str, size: str, once: Callable[[], None]) -> None:
        self.fresh(key, size)
        for _ in range(self.args.runs):
            once()

    # --- ledgers and databases -------------------------------------------------------------
    def database(self, size: Size, base: Path) -> Path:
        """The size's imported database, imported (untimed) when no measure has made it yet."""
        db = self.cache / "db" / f"{size.key}.sqlite"
        if not db.is_file():
            db.parent.mkdir(parents=True, exist_ok=True)
            spawn(self.probe, "import", [str(base), str(db)])
        return db

    def updated(self, size: Size, db: Path, update: Path, made: Path | None = None) -> Path:
        """The size's store after the update month (every customer's money then came from
        two files): `made` by the update measure, else updated (untimed) when none is kept
        (an import measure drops it with the store it was made from)."""
        updated = self.cache / "db" / f"{size.key}-update.sqlite"
        if made is not None:
            shutil.copyfile(made, updated)
        elif not updated.is_file():
            spawn(self.probe, "update", [str(db), str(update), str(updated)])
        return updated

    def describe(self, size: Size, base: Path, update: Path, db: Path) -> None:
        conn = sqlite3.connect(db)
        try:
            counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for table in ("order_lines", "orders", "customers")}
        finally:
            conn.close()
        self.results["sizes"][size.label] = {
            "rows": size.rows, "months": size.months, "customers_made": size.customers,
            "lines": counts["order_lines"], "orders": counts["orders"],
            "customers": counts["customers"], "ledger_mb": base.stat().st_size / 1e6,
            "update_mb": update.stat().st_size / 1e6}
        self.save()

    # --- the measures ----------------------------------------------------------------------
    def size(self, size: Size) -> None:
        print(f"== {size.label}: {size.rows:,} rows, {size.customers:,} customers, "
              f"{size.months} months", flush=True)
        base, update = ledger_paths(self.cache, size)
        label, work_db = size.label, self.work / "work.sqlite"
        db = self.cache / "db" / f"{size.key}.sqlite"
        if self.wants("import"):
            self.repeat("import", label, lambda: self.record("import", label, spawn(
                self.probe, "import", [str(base), str(work_db)])))
            db.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(work_db, db)
            (db.parent / f"{size.key}-update.sqlite").unlink(missing_ok=True)
            self.repeat("naive_import", label, lambda: self.naive_import(base, label))
            preview_db = self.work / "preview.sqlite"
            self.repeat("preview", label, lambda: self.record("preview", label, spawn(
                self.probe, "preview", [str(base), str(preview_db)])))
        db = self.database(size, base)
        self.describe(size, base, update, db)
        if self.wants("update"):
            self.repeat("update", label, lambda: self.record("update", label, spawn(
                self.probe, "update", [str(db), str(update), str(work_db)])))
            self.updated(size, db, update, made=work_db)
        if self.wants("analysis"):
            self.repeat("analyse", label, lambda: self.record("analyse", label, spawn(
                self.probe, "analyse", [str(db)])))
            self.repeat("as_of_change", label, lambda: self.record("as_of_change", label, spawn(
                self.probe, "as_of_change", [str(db)])))
            self.repeat("as_of_typed", label, lambda: self.typed(db, label))
            updated = self.updated(size, db, update)
            for key, command, store in (
                    ("customers_json", "customers", db), ("report_json", "report", db),
                    ("customers_json_update", "customers", updated),
                    ("report_json_update", "report", updated)):
                self.repeat(key, label, lambda key=key, command=command, store=store: self.record(
                    key, label, spawn(self.probe, "command", [command, "--json", "--db",
                                                              str(store)])))
            self.repeat("naive_analysis", label, lambda: self.record(
                "naive_analysis", label, spawn([sys.executable, "-m", "bench.naive"],
                                               "analysis", [str(db)])))
        if self.wants("export"):
            self.repeat("last_month_check", label, lambda: self.record(
                "last_month_check", label, spawn(self.probe, "last_month_check", [str(db)])))
            for kind in ("stop-loss", "restructuring"):
                key = f"export_{kind.replace('-', '_')}"
                out = self.work / f"{kind}.xlsx"
                self.repeat(key, label, lambda key=key, kind=kind, out=out: self.record(
                    key, label, spawn(self.probe, "command", [
                        "export", kind, "--db", str(db), "-o", str(out)])))
        if self.wants("startup"):
            self.repeat("first_window", label, lambda: self.first_window(db, label))
            self.fresh("last_table", label)
            self.repeat("filled_table", label, lambda: self.window_start(db, label))

    def window_start(self, db: Path, label: str) -> None:
        """The filled table, and the last start's table shown before it (not on a first start,
        nor after a write to the database)."""
        run = spawn(self.probe, "window", [str(db)], self.ui_env)
        self.record("filled_table", label, run)
        if run.report.get("from_last_start"):
            self.record("last_table", label, run, seconds=run.report["table"])

    def typed(self, db: Path, label: str) -> None:
        run = spawn(self.probe, "as_of_typed", [str(db)], self.ui_env)
        self.record("as_of_typed", label, run, worst=run.report["worst"])

    def naive_import(self, base: Path, label: str) -> None:
        run = spawn([self.args.naive_python, "-m", "bench.naive"], "import",
                    [str(base), str(self.work / "naive.sqlite")])
        if run.report.get("missing"):
            print(f"    naive import skipped: {run.report['missing']} is not installed for "
                  f"{self.args.naive_python} (see docs/performance.md)", flush=True)
            return
        self.record("naive_import", label, run)

    def help(self) -> None:
        run = spawn(self.probe, "main", ["--help"])
        self.record("help", ONCE, run, seconds=run.wall)

    def first_window(self, db: Path, label: str) -> None:
        run = spawn(self.probe, "main", ["--db", str(db)],
                    {**self.ui_env, "TRADETIER_EXIT_AFTER_SHOW": "1"})
        found = re.search(r"TRADETIER_FIRST_WINDOW ([0-9.]+)", run.stdout)
        if not found:
            raise SystemExit(f"no TRADETIER_FIRST_WINDOW line in:\n{run.stdout}")
        self.record("first_window", label, run, seconds=float(found.group(1)))

    def once(self) -> None:
        if self.wants("startup"):
            print("== start-up", flush=True)
            self.repeat("help", ONCE, self.help)
        if self.wants("sort"):
            size = table_size(self.args.quick)
            print(f"== customer table: {size.label}", flush=True)
            base, _update = ledger_paths(self.cache, size)
            db = self.database(size, base)
            self.fresh("sort_click", size.label)
            self.fresh("filter_key", size.label)
            self.fresh("busy_click", size.label)
            self.fresh("idle_click", size.label)
            self.fresh("idle_key", size.label)
            for _ in range(self.args.runs):
                run = spawn(self.probe, "table", [str(db)], self.ui_env)
                self.record("sort_click", size.label, run, worst=run.report["worst"])
                self.record("filter_key", size.label, run, seconds=run.report["filter_seconds"],
                            worst=run.report["filter_worst"])
                busy = spawn(self.probe, "busy_click", [str(db)], self.ui_env)
                self.record("busy_click", size.label, busy, worst=busy.report["worst"])
                self.idle_click(db, size.label)

    def idle_click(self, db: Path, label: str) -> None:
        """Clicks and keystrokes while the idle worker stores last month's snapshot, on a copy
        of db without its snapshots (as after an import)."""
        work_db = self.work / "idle.sqlite"
        shutil.copyfile(db, work_db)
        with sqlite3.connect(work_db) as conn:
            conn.execute("DELETE FROM snapshot_customers")
            conn.execute("DELETE FROM snapshots")
        conn.close()
        run = spawn(self.probe, "idle_click", [str(work_db)], self.ui_env)
        self.record("idle_click", label, run, worst=run.report["worst"])
        self.record("idle_key", label, run, seconds=run.report["key_seconds"],
                    worst=run.report["key_worst"])

    def movements(self) -> None:
        """The first `movements` on a database: every month end's snapshot computed."""
        size = movements_size(self.args.quick)
        print(f"== tier movements: {size.label}", flush=True)
        base, _update = ledger_paths(self.cache, size)
        db = self.database(size, base)
        work_db = self.work / "movements.sqlite"
        self.fresh("movements", size.label)
        for _ in range(self.args.runs):
            shutil.copyfile(db, work_db)  # no snapshots stored yet
            self.record("movements", size.label, spawn(self.probe, "command", [
                "movements", "--json", "--db", str(work_db)]))

    def measure(self) -> None:
        self.results["machine"] = report.machine(self.args.naive_python)
        what = (f"{','.join(s.label for s in self.args.sizes)} {','.join(self.args.only)} "
                f"×{self.args.runs}")
        self.invocation = {"when": self.results["machine"]["when"], "what": what,
                           "load_before": report.load_average(), "load_after": None}
        for size in self.args.sizes:
            self.size(size)
        self.once()
        if self.wants("movements"):
            self.movements()
        if self.args.profile:
            self.profiles(self.args.sizes)
        self.invocation["load_after"] = report.load_average()
        self.save()

    def profiles(self, sizes: list[Size]) -> None:
        """cProfile of the import and the analysis at 100k (or the nearest size measured)."""
        size = min(sizes, key=lambda s: abs(s.rows - PROFILE_SIZE_ROWS))
        base, _update = ledger_paths(self.cache, size)
        db = self.database(size, base)
        print(f"== profiles at {size.label}", flush=True)
        found = {}
        for kind, args in (("import", [str(base), str(self.work / "profiled.sqlite")]),
                           ("analyse", [str(db)])):
            if not self.wants("import" if kind == "import" else "analysis"):
                continue  # profiles follow --only: what this invocation measures
            out = self.cache / f"profile-{self.args.label}-{kind}-{size.key}.prof"
            run = spawn(self.probe, "profile", [kind, str(out), *args])
            found[kind] = {"file": str(out), "size": size.label,
                           "seconds": run.report.get("seconds")}
        self.results["profiles"] = {**self.results.get("profiles", {}), **found}
        self.save()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k only, one run, no profiles")
    parser.add_argument("--sizes", help="ledger sizes in rows, e.g. 10k,100k,1M")
    parser.add_argument("--only", help=f"measure groups, from {','.join(GROUPS)}")
    parser.add_argument("--runs", type=int, help="runs per measure (default 3, quick 1)")
    parser.add_argument("--label", default="before", help="the report section: before, after")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--out", type=Path, help="the report (default docs/performance.md; "
                        "quick: performance-quick.md in the cache)")
    parser.add_argument("--naive-python", default=None, help="a Python with the bench extra "
                        "(pandas) for the naive import (default: bench/.cache/naive-venv)")
    parser.add_argument("--profile", action=argparse.BooleanOptionalAction, default=None,
                        help="profile the 100k import and analysis (default: not when quick)")
    parser.add_argument("--flavour", choices=("plain", "clerk"), default="plain",
                        help="the ledgers: plain (the bench's own) or a clerk's book")
    parser.add_argument("--fresh", action="store_true", help="forget earlier runs of --label")
    parser.add_argument("--report-only", action="store_true",
                        help="measure nothing: write the report from the stored results")
    args = parser.parse_args(argv)
    args.sizes = [parse_size(s) for s in (args.sizes or ("10k" if args.quick else
                                                         "10k,100k,1M")).split(",")]
    if args.flavour != "plain":  # its own label: its figures sit beside the plain ones
        args.sizes = [replace(s, label=f"{s.label} {args.flavour}", flavour=args.flavour)
                      for s in args.sizes]
    args.only = [g.strip() for g in (args.only or ",".join(GROUPS)).split(",")]
    unknown = set(args.only) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s) {', '.join(sorted(unknown))}; choose from {GROUPS}")
    args.runs = args.runs or (1 if args.quick else 3)
    args.profile = (not args.quick) if args.profile is None else args.profile
    args.out = args.out or (args.cache / "performance-quick.md" if args.quick
                            else ROOT / "docs" / "performance.md")
    if args.naive_python is None:
        venv_python = DEFAULT_NAIVE / ("python.exe" if sys.platform == "win32" else "python")
        args.naive_python = str(venv_python) if venv_python.is_file() else sys.executable
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    ignore = args.cache / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")
    bench = Bench(args)
    if not args.report_only:
        bench.measure()
    print()
    print(report.console_table(bench.results))
    report.write(args.out, args.label, bench.results)
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
