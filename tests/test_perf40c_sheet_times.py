"""The per-tab probe of the reading of the sheets (bench/sheet_times.py, perf40c) cannot rot:
it times every tab in file order, stops where asked, and leaves no database behind.

Only that each tab was measured is checked, never how fast.
"""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
from conftest import ROOT

HEADER = ["订单号", "客户名称", "下单日期", "金额", "币种"]


def _ledger(path, tabs):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for month in range(1, tabs + 1):
        sheet = book.create_sheet(f"2025-{month:02d}")
        sheet.append(HEADER)
        for n in range(month + 2):  # tab m holds m + 2 orders
            sheet.append([f"PO{month:02d}{n:03d}", f"客户{n}", f"2025-{month:02d}-{n + 1:02d}",
                          100.0 + n, "USD"])
    book.save(path)


def _run(tmp_path, *args):
    out = tmp_path / "tabs.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.sheet_times", str(tmp_path / "ledger.xlsx"), "--json",
         str(out), *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8")), done.stdout


def test_every_tab_is_timed_in_file_order(tmp_path):
    _ledger(tmp_path / "ledger.xlsx", 4)
    tabs, printed = _run(tmp_path)
    assert [t["name"] for t in tabs] == ["2025-01", "2025-02", "2025-03", "2025-04"]
    assert [t["rows"] for t in tabs] == [4, 5, 6, 7]  # the header and the orders
    for tab in tabs:  # the reading loop's work, its records and the calamine read measured
        assert {"body", "records", "calamine", "LedgerFile.add", "control"} <= tab.keys()
    assert printed.splitlines()[-1].split("\t")[:2] == ["sum", "22"]
    assert not list(tmp_path.glob("*.sqlite"))


def test_tabs_stops_after_the_tabs_asked_and_no_pack_still_reads(tmp_path):
    _ledger(tmp_path / "ledger.xlsx", 4)
    tabs, _ = _run(tmp_path, "--tabs", "2", "--no-pack")
    assert [t["name"] for t in tabs] == ["2025-01", "2025-02"]
    assert all("body" in t for t in tabs)
