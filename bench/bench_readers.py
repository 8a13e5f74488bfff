"""Time and peak memory of reading ERP exports: XML Spreadsheet 2003 and HTML tables.

Run: ``python bench/bench_readers.py [--sizes 10k,100k] [--runs 3] [--code DIR ...] [--formats
xml,html]``. The
benchmark's xlsx ledger of each size (bench/.cache/ledgers, written by bench/run.py) is written
again as an XML Spreadsheet 2003 file (one worksheet per month, typed cells) and as an HTML
table (one table per month, every cell text), as OA and ERP systems export them under an .xls
name. Each file is read with ``core.ledger.readers.read_workbook`` in a fresh process per run,
by the code in each --code folder (default: this checkout; give a checkout of an older commit
to compare with it), and the median and least seconds and CPU seconds and the highest peak memory
are printed. The folders take turns run by run, so each sees the same load on a busy machine;
compare the least figures of one run (each is that code with the least interference).
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.sizes import ledger_paths, parse_size  # noqa: E402
from bench.spawn import Run, spawn  # noqa: E402

CACHE = ROOT / "bench" / ".cache"
XML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
            'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n')
PROBE = """
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from core.ledger.readers import read_workbook
started, cpu = time.perf_counter(), time.process_time()
book = read_workbook(Path({path!r}))
done = {{"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
         "done": {{"sheets": len(book.sheets), "rows": sum(len(s.rows) for s in book.sheets)}}}}
Path(sys.argv[2]).write_text(json.dumps(done))
"""


def _sheets(ledger: Path) -> list[tuple[str, list[list[object]]]]:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(ledger))
    return [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]


def _xml_cell(value: object) -> str:
    if value == "" or value is None:
        return "<Cell/>"
    if isinstance(value, bool):
        return f'<Cell><Data ss:Type="Boolean">{int(value)}</Data></Cell>'
    if isinstance(value, int | float):
        return f'<Cell><Data ss:Type="Number">{value!r}</Data></Cell>'
    if isinstance(value, datetime | date):
        return f'<Cell><Data ss:Type="DateTime">{value.isoformat()[:10]}T00:00:00.000</Data></Cell>'
    return f'<Cell><Data ss:Type="String">{escape(str(value))}</Data></Cell>'


def _html_cell(value: object) -> str:
    if value == "" or value is None:
        return "<td></td>"
    if isinstance(value, datetime | date):
        return f"<td>{value.isoformat()[:10]}</td>"
    return f"<td>{html.escape(str(value))}</td>"


def write_exports(ledger: Path, xml_path: Path, html_path: Path) -> None:
    """The ledger as an XML Spreadsheet 2003 file and as HTML tables, each month a sheet."""
    sheets = _sheets(ledger)
    with xml_path.open("w", encoding="utf-8") as out:
        out.write(XML_HEAD)
        for name, rows in sheets:
            out.write(f'<Worksheet ss:Name="{escape(name)}"><Table>\n')
            for row in rows:
                out.write("<Row>" + "".join(map(_xml_cell, row)) + "</Row>\n")
            out.write("</Table></Worksheet>\n")
        out.write("</Workbook>\n")
    with html_path.open("w", encoding="utf-8") as out:
        out.write('<html><head><meta charset="utf-8"></head><body>\n')
        for _name, rows in sheets:
            out.write('<table border="1">\n')
            for row in rows:
                out.write("<tr>" + "".join(map(_html_cell, row)) + "</tr>\n")
            out.write("</table>\n")
        out.write("</body></html>\n")


def exports(size_label: str) -> tuple[Path, Path]:
    size = parse_size(size_label)
    ledger, _update = ledger_paths(CACHE, size)
    folder = CACHE / "exports"
    folder.mkdir(parents=True, exist_ok=True)
    xml_path = folder / f"{ledger.stem}-xml2003.xls"
    html_path = folder / f"{ledger.stem}-html.xls"
    if not (xml_path.is_file() and html_path.is_file()):
        print(f"  writing the {size_label} exports into {folder}", flush=True)
        write_exports(ledger, xml_path, html_path)
    return xml_path, html_path


def measure(codes: list[Path], path: Path, runs: int) -> list[str]:
    """Each code's figures, the codes taking turns run by run."""
    found: dict[Path, list[Run]] = {code: [] for code in codes}
    for _ in range(runs):
        for code in codes:
            found[code].append(spawn(
                [sys.executable, "-c", PROBE.format(root=str(code), path=str(path))], "read", []))
    return [_figures(found[code]) for code in codes]


def _figures(found: list[Run]) -> str:
    seconds = [run.report["seconds"] for run in found]
    cpu = [run.report["cpu"] for run in found]
    peak = max(run.peak_mb or 0 for run in found)
    rows = found[0].report["done"]["rows"]
    return (f"median {statistics.median(seconds):.2f} s (CPU {statistics.median(cpu):.2f} s), "
            f"least {min(seconds):.2f} s (CPU {min(cpu):.2f} s) · {peak:,.0f} MB · {rows:,} rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--code", type=Path, action="append",
                        help="a checkout whose readers to time (repeatable; default this one)")
    parser.add_argument("--formats", default="xml,html", help="xml, html or both")
    args = parser.parse_args(argv)
    codes = args.code or [ROOT]
    formats = args.formats.split(",")
    for label in args.sizes.split(","):
        xml_path, html_path = exports(label)
        for kind, path in (("XML Spreadsheet 2003", xml_path), ("HTML tables", html_path)):
            if kind.split()[0].lower() not in formats:
                continue
            print(f"{label} {kind} ({path.stat().st_size / 1e6:.1f} MB)", flush=True)
            for code, figures in zip(codes, measure(codes, path, args.runs), strict=True):
                print(f"  {code}: {figures}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
