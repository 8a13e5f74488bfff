"""The benchmark cannot rot: a quick run on a tiny ledger prints and writes its figures.

Only that the measures ran and gave numbers is checked, never how fast (timings live in bench/).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import ROOT

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
                  "naive analysis: a per-customer Python loop"):
        assert re.search(NUMBER, rows[title]), (title, table)
    assert re.search(r"\d+\.\dx naive \(CPU \d+\.\dx\)",
                     rows["analysis: core.analysis.run.analyse"])
    assert not any(line.startswith(("update month", "export", "main.py")) for line in rows)

    results = json.loads((tmp_path / "cache" / "results-before.json").read_text("utf-8"))
    imported = results["entries"]["import|2k"]["runs"][0]["done"]
    assert imported["inserted"] == results["sizes"]["2k"]["lines"] == 2000
    assert results["sizes"]["2k"]["orders"] < 2000  # some orders have several lines
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
    sorted_ = results["entries"]["sort_click|2k customers"]["runs"][0]
    assert sorted_["worst"] >= sorted_["seconds"] > 0

    text = out.read_text("utf-8")
    assert "<!-- bench:before -->" in text and "<!-- /bench:before -->" in text
    assert re.search(r"\| import into an empty database \| " + NUMBER, text)
