"""Time and peak memory of refusing each broken or hostile workbook, as a user would meet them.

Run: ``.venv/bin/python bench/bench_hostile.py [--genuine ROWS]``. Every file of the corpus
(tests/data/broken/, the large ones generated into a temporary folder) goes through ``main.py
import`` in its own process; the table shows its exit code, wall time, the process's peak memory
and the refusal. ``--genuine ROWS`` also writes a genuine ledger of ROWS rows (bench/ledgers.py's,
as bench/run.py measures: month tabs of 17 columns) and prints what its zip directory declares,
the figures behind the limits in core/ledger/readers/guard.py, and how long the look for formulas
and Excel errors takes over its sheets (1,000,000 rows takes some minutes to write: the ledger
and its update file, the second one left unread here).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BROKEN = ROOT / "tests" / "data" / "broken"

sys.path.insert(0, str(BROKEN))

import make_corpus  # noqa: E402 - the corpus script lives beside its files

from core.ledger.readers.guard import check_zip  # noqa: E402


def run_import(path: Path, db: Path, home: Path) -> tuple[int, float, float, str]:
    """Exit code, seconds, peak resident MB of the child, and its refusal code."""
    env = {**os.environ, "TRADETIER_HOME": str(home)}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "import", "--json",
                                "--db", str(db), str(path)], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    output = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    try:
        message = json.loads(output)["files"][0]["message"] or {}
    except (ValueError, KeyError, IndexError):
        message = {}
    return process.returncode, seconds, usage.ru_maxrss / 1024, str(message.get("code", "-"))


def genuine(rows: int, folder: Path) -> None:
    from bench.ledgers import write_ledgers
    from bench.sizes import parse_size

    path = folder / f"genuine-{rows}.xlsx"
    start = time.perf_counter()
    write_ledgers(parse_size(str(rows)), path, folder / f"genuine-{rows}-update.xlsx")
    print(f"\ngenuine ledger of {rows:,} rows written in {time.perf_counter() - start:.0f} s, "
          f"{path.stat().st_size / 1e6:.1f} MB")
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        print(f"  {member.filename:<32} {member.file_size / 1e6:10.1f} MB unpacked  {ratio:6.1f}:1")
    print(f"  declared in all: {sum(m.file_size for m in members) / 1e6:.1f} MB")
    start = time.perf_counter()
    check_zip(path)
    print(f"  check before reading: passed in {(time.perf_counter() - start) * 1000:.1f} ms")
    scan_sheets(path)


def scan_sheets(path: Path) -> None:
    """The look for formulas saved without a value and cells showing an Excel error, every
    sheet, as the import makes it on its read-ahead thread (the cost of naming #REF!)."""
    from python_calamine import CalamineWorkbook

    from core.ledger.readers.formulas import Formulas

    names = CalamineWorkbook.from_path(str(path)).sheet_names
    formulas, start = Formulas(path), time.perf_counter()
    found = [formulas.scan(name) for name in names]
    print(f"  formulas and error cells of {len(names)} sheets looked for in "
          f"{time.perf_counter() - start:.2f} s: {sum(len(f) for f, _ in found)} formulas, "
          f"{sum(len(e) for _, e in found)} errors")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--genuine", type=int, metavar="ROWS")
    args = parser.parse_args()
    corpus = make_corpus
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        start = time.perf_counter()
        large = corpus.write_large(work / "large")
        print(f"large files generated in {time.perf_counter() - start:.1f} s")
        files = {**{name: BROKEN / name for name in corpus.SMALL}, **large}
        print(f"{'file':<28} {'size':>9} {'exit':>4} {'time':>7} {'peak':>8}  refusal")
        for name, path in files.items():
            code, seconds, peak, refusal = run_import(path, work / "bench.sqlite", work)
            print(f"{name:<28} {path.stat().st_size / 1e6:7.2f}MB {code:>4} {seconds:6.2f}s "
                  f"{peak:6.0f}MB  {refusal}")
        for name in ("zip_bomb.xlsx", "ratio_bomb.xlsx", "many_parts.xlsx"):
            start = time.perf_counter()
            try:
                check_zip(large[name])
            except Exception as refused:  # noqa: BLE001 - a refusal is the expected outcome
                outcome = getattr(refused, "code", type(refused).__name__)
            else:
                outcome = "passed"
            print(f"check_zip({name}): {outcome} in "
                  f"{(time.perf_counter() - start) * 1000:.1f} ms")
        if args.genuine:
            genuine(args.genuine, work)


if __name__ == "__main__":
    main()
