"""The benchmark cannot rot: a quick run on a tiny ledger prints and writes its figures.

Only that the measures ran and gave numbers is checked, never how fast (timings live in bench/).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time

import pytest
from conftest import ROOT

from core.analysis import last_table

TYPED = ("the window: a new as-of date on screen, taken while the last analysis's lifetime "
         "values are worked out (median / worst)")
NUMBER = r"\d+(?:\.\d+)? s \(CPU \d+(?:\.\d+)? s\) · [\d,]+ MB"


def test_quick_bench_prints_and_writes_the_measures(tmp_path):
    out = tmp_path / "performance.md"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--sizes", "2k", "--only",
         "import,analysis,sort", "--cache", str(tmp_path / "cache"), "--out", str(out),
         "--naive-python", sys.executable],
        cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    table = done.stdout.split("\n\n")[-2]
    rows = {line.split("  ")[0]: line for line in table.splitlines()}
    for title in ("import into an empty database", "analysis: core.analysis.run.analyse",
                  "the window's as-of change: analyse a month earlier with the lines kept",
                  "customers --json", "report --json",
                  "customers --json, the store after the update month (every customer's money "
                  "from two files)", "report --json, the store after the update month",
                  "naive analysis: a per-customer Python loop"):
        assert re.search(NUMBER, rows[title]), (title, table)
    assert re.search(r"\d+\.\dx naive \(CPU \d+\.\dx\)",
                     rows["analysis: core.analysis.run.analyse"])
    assert not any(line.startswith(("update month", "export", "main.py")) for line in rows)

    results = json.loads((tmp_path / "cache" / "results-before.json").read_text("utf-8"))
    imported = results["entries"]["import|2k"]["runs"][0]["done"]
    assert imported["inserted"] == results["sizes"]["2k"]["lines"] == 2000
    assert results["sizes"]["2k"]["orders"] < 2000  # some orders have several lines
    # the import dialog's preview, measured beside the import: the rows it says the import
    # takes and leaves out are the import's
    previewed = results["entries"]["preview|2k"]["runs"][0]["done"]
    assert previewed["taken"] == imported["inserted"]
    assert previewed["held"] + previewed["skipped"] == imported["skipped"] > 0
    assert re.search(NUMBER, rows["import dialog's preview: every tab read and counted"])
    analysed = results["entries"]["analyse|2k"]["runs"][0]["done"]["customers"]
    naive = results["entries"]["naive_analysis|2k"]["runs"][0]["done"]["customers"]
    assert analysed == results["sizes"]["2k"]["customers"] == naive
    changed = results["entries"]["as_of_change|2k"]["runs"][0]["done"]
    assert changed["kept"] and 0 < changed["customers"] <= analysed
    typed = results["entries"]["as_of_typed|2k"]["runs"][0]
    assert typed["done"]["changes"] == 4 and typed["worst"] >= typed["seconds"] > 0
    assert re.search(r"\d+\.\d+ s / \d+\.\d+ s", rows[TYPED]), table
    assert 0 < typed["done"]["customers"] <= analysed  # the table of the last date typed

    busy = results["entries"]["busy_click|2k customers"]["runs"][0]["done"]
    assert busy["analysis_seconds"] > 0 and busy["customers"] > 0  # clicks: as many as fit
    idle = results["entries"]["idle_click|2k customers"]["runs"][0]
    assert idle["done"]["step_seconds"] > 0 and idle["done"]["clicks"] > 0  # it stored
    assert idle["worst"] >= idle["seconds"] > 0
    assert results["entries"]["idle_key|2k customers"]["runs"][0]["done"]["keystrokes"] > 0
    sorted_ = results["entries"]["sort_click|2k customers"]["runs"][0]
    assert sorted_["worst"] >= sorted_["seconds"] > 0

    text = out.read_text("utf-8")
    assert "<!-- bench:before -->" in text and "<!-- /bench:before -->" in text
    assert re.search(r"\| import into an empty database \| " + NUMBER, text)


def test_the_as_of_probe_waits_for_the_analysis_after_the_last_table(tmp_path):
    """A second start shows the table the first kept before its analysis lands: the probe
    of a typed date must not take that table for the analysis (it asked for an earlier
    date with no analysis on screen, failed in the slot and waited for ever)."""
    sys.path.insert(0, str(ROOT))
    from bench.ledgers import write_ledgers
    from bench.sizes import parse_size
    from bench.spawn import spawn

    base, db = tmp_path / "ledger.xlsx", tmp_path / "firm.sqlite"
    write_ledgers(parse_size("2k"), base, tmp_path / "update.xlsx")
    probe = [sys.executable, "-m", "bench.probe"]
    env = {"QT_QPA_PLATFORM": "offscreen", "TRADETIER_HOME": str(tmp_path / "home")}
    spawn(probe, "import", [str(base), str(db)], env=env)
    for start in ("first", "second"):  # the second finds the first's table kept
        typed = spawn(probe, "as_of_typed", [str(db)], env=env, timeout=120).report
        assert typed["done"]["changes"] == 4, start
    assert list((tmp_path / "home" / "cache" / last_table.KIND).glob("*.json"))


def test_a_probe_that_hangs_fails_once_its_time_is_up():
    sys.path.insert(0, str(ROOT))
    from bench.spawn import Failed, spawn

    hangs = [sys.executable, "-c", "import threading; threading.Event().wait()"]
    with pytest.raises(Failed, match="exited"):
        spawn(hangs, "none", [], timeout=1)


def test_probes_run_the_app_compiled_as_installed(monkeypatch):
    """A machine writing no bytecode had every probe compile the app's modules again (0.3 s of
    a 100k import, perf49c): the probes read them from the bench's cache, compiled once."""
    from bench import spawn

    env = spawn.compiled_env({"PYTHONDONTWRITEBYTECODE": "1", "LANG": "C"})
    assert "PYTHONDONTWRITEBYTECODE" not in env and env["LANG"] == "C"
    assert env["PYTHONPYCACHEPREFIX"] == str(spawn.PYCACHE)
    monkeypatch.setattr(spawn.compile_once, "done", False, raising=False)
    spawn.compile_once()
    tag = sys.implementation.cache_tag
    compiled = spawn.PYCACHE / ROOT.relative_to(ROOT.anchor) / "core" / "ledger"
    assert (compiled / f"importer.{tag}.pyc").is_file()
    # a probe is given that environment, whatever the bench's own says
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    probe = [sys.executable, "-c", "import json, sys; json.dump({'prefix': sys.pycache_prefix, "
             "'writes': not sys.dont_write_bytecode}, open(sys.argv[2], 'w'))"]
    run = spawn.spawn(probe, "env", [])
    assert run.report == {"prefix": str(spawn.PYCACHE), "writes": True}


def _burn() -> None:
    end = time.process_time() + 0.3
    while time.process_time() < end:
        pass


def test_a_probe_counts_the_cpu_of_the_processes_its_work_started():
    """A big workbook's tabs are read in a process of their own (core.ledger.tabs_apart): a
    measure counting the import's process alone showed 4 CPU s for 7 (perf51)."""
    import multiprocessing

    from bench.probe import timed

    def work() -> None:
        process = multiprocessing.get_context("spawn").Process(target=_burn)
        process.start()
        process.join()

    assert timed(work)["cpu"] >= 0.3
