"""Each tab's CPU in the import's reading of the sheets, by the tab's place in the file (perf40c).

    python -m bench.sheet_times LEDGER.xlsx [--tabs N] [--no-pack] [--json OUT]

Runs `core.ledger.importer.import_files` into a scratch database and stops when the sheets are
read (before the review and the write). For each tab it gives the main thread's CPU
(`time.thread_time`) of the reading loop's work on it ("body": its layout, records, grouping and
holding), the read-ahead thread's calamine read, and the main calls inside the body. A per-tab
figure climbing with the tab's place says something accumulates; a flat one higher than a
smaller file's says it is the tab's size. `--tabs N` stops after N tabs; `--no-pack` keeps every
sheet loose (core.ledger.held_sheets: the 1M ledger's whole would then pass the memory bound,
keep N small). A fixed allocation (`control`) is timed before each tab: if it climbs, the
machine or the allocator slows everything, not the import's own steps.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import core.ledger.file_reader as file_reader
import core.ledger.held_sheets as held_sheets
import core.ledger.importer as importer
import core.ledger.readers.calamine as calamine
from core.ledger.ledger_file import LedgerFile
from core.ledger.orders import OrderBook
from core.ledger.rows import read_records
from core.ledger.sheet_columns import SheetColumns

Times = dict[str, dict[str, float]]


class _Read(BaseException):
    """The sheets are read: the import stops there (no Refusal: nothing catches it)."""


def _timed(times: Times, current: list[str], fn: Callable[..., Any], key: str,
           name_of: Callable[..., str] | None = None) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            name = name_of(*args) if name_of is not None else current[0]
            tab = times.setdefault(name, {})
            tab[key] = tab.get(key, 0.0) + time.thread_time() - start
    return timed


def _control() -> int:
    """A fixed allocation and walk, about a tab's rows: the machine's own pace."""
    rows = [[f"C{i % 3000}", i * 1.5, str(i), None, i % 7] * 4 for i in range(8000)]
    kept = {(r[0], r[2]): tuple(r) for r in rows}
    return sum(map(len, kept.values()))


def measure(path: Path, tabs: int | None, pack: bool) -> list[dict[str, Any]]:
    times: Times = {}
    current = [""]
    order: list[str] = []
    if not pack:
        held_sheets.LOOSE_ROWS = held_sheets.BIG_FILE_LOOSE_ROWS = 1 << 40
    calamine._calamine_sheet = _timed(  # type: ignore[assignment]
        times, current, calamine._calamine_sheet, "calamine", lambda _book, name, *_: name)
    file_reader.read_records = _timed(times, current, read_records, "records")
    for cls, method in ((LedgerFile, "add"), (OrderBook, "add"), (SheetColumns, "__init__"),
                        (held_sheets.HeldSheets, "add")):
        setattr(cls, method, _timed(times, current, getattr(cls, method),
                                    f"{cls.__name__}.{method}"))
    opened = importer.open_workbook

    def open_workbook(*args: Any, **kwargs: Any) -> Any:
        stream = opened(*args, **kwargs)
        stream.sheets = each(stream.sheets)
        return stream

    def each(sheets: Iterator[Any]) -> Iterator[Any]:
        for number, raw in enumerate(sheets):
            if tabs is not None and number >= tabs:
                raise _Read
            start = time.thread_time()
            _control()
            current[0] = raw.name
            order.append(raw.name)
            tab = times.setdefault(raw.name, {})
            tab["control"] = time.thread_time() - start
            tab["rows"] = len(getattr(raw, "rows", []))
            start = time.thread_time()
            yield raw
            tab["body"] = time.thread_time() - start

    def reached(name: str) -> None:
        if name == "read":
            raise _Read

    importer.open_workbook = open_workbook
    importer.reached = reached
    with tempfile.TemporaryDirectory(prefix="tradetier-bench-") as folder, suppress(_Read):
        importer.import_files(Path(folder) / "db.sqlite", [path])
    return [{"tab": number, "name": name, **times.get(name, {})}
            for number, name in enumerate(order)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("--tabs", type=int)
    parser.add_argument("--no-pack", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    rows = measure(args.ledger, args.tabs, not args.no_pack)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    keys = ["rows", "control", "calamine", "body", "records", "LedgerFile.add", "OrderBook.add",
            "HeldSheets.add", "SheetColumns.__init__"]
    print("tab", *keys, sep="\t")
    for row in rows:
        print(row["tab"], *(row.get(k, 0) if k == "rows" else f"{row.get(k, 0) * 1000:.0f}"
                            for k in keys), sep="\t")
    print("sum", *(sum(r.get(k, 0) for r in rows) if k == "rows"
                   else f"{sum(r.get(k, 0) for r in rows):.2f}" for k in keys), sep="\t")
    print("(ms a tab, s in the sum; thread CPU)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
