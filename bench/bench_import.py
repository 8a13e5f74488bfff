"""Import timing on a large ledger: reading, normalising and writing 100,000 rows.

Run: ``.venv/bin/python bench/bench_import.py [ROWS]``. Prints the time of each stage and rows per
second, for the first import and for a re-import of the same rows (all unchanged).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.ledger.importer import import_files  # noqa: E402
from core.ledger.layout import find_layouts  # noqa: E402
from core.ledger.readers import read_workbook  # noqa: E402
from core.ledger.rows import read_records  # noqa: E402

HEADER = ["发票号", "产品代码", "产品描述", "数量", "发票日期", "单价", "客户编号", "国家",
          "币种", "贸易条款", "付款方式", "出货日期", "已收金额", "收款日期", "业务员", "成本",
          "备注"]


def write_ledger(path: Path, rows: int, seed: int = 7) -> None:
    """A retail-style ledger: invoices of several lines, numeric customer ids, text dates."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("订单")
    sheet.append(HEADER)
    invoice, day = 536365, date(2024, 1, 1)
    written = 0
    while written < rows:
        invoice += 1
        day += timedelta(minutes=rng.randint(0, 90)) if False else timedelta(
            days=rng.random() < 0.02)
        customer = float(rng.randint(12346, 18287))
        for _ in range(min(rng.randint(1, 12), rows - written)):
            qty, price = rng.randint(1, 48), round(rng.uniform(0.3, 30), 2)
            sheet.append([str(invoice), f"P{rng.randint(10000, 99999)}", "ITEM", qty,
                          day.strftime("%m/%d/%Y"), price, customer, "United Kingdom", "GBP",
                          "FOB", "OA 30 days", day, None, None, "张伟", round(qty * price * .7, 2),
                          None])
            written += 1
    book.save(path)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xlsx"
        start = time.perf_counter()
        write_ledger(path, rows)
        print(f"wrote {rows:,} rows in {time.perf_counter() - start:.1f} s (openpyxl)")
        start = time.perf_counter()
        book = read_workbook(path)
        read_s = time.perf_counter() - start
        start = time.perf_counter()
        layouts, _ = find_layouts(book, {}, {})
        records = read_records(layouts[0]).records
        parse_s = time.perf_counter() - start
        print(f"read (calamine) {read_s:.2f} s; normalise {parse_s:.2f} s "
              f"({len(records) / parse_s:,.0f} rows/s)")
        db = Path(folder) / "bench.sqlite"
        start = time.perf_counter()
        [first] = import_files(db, [path])
        first_s = time.perf_counter() - start
        print(f"first import {first_s:.2f} s: {first.counts.inserted:,} inserted "
              f"({rows / first_s:,.0f} rows/s)")
        copy = Path(folder) / "big-copy.xlsx"
        copy.write_bytes(path.read_bytes() + b"")
        write_ledger(copy, rows)  # same rows, another file: every row compared, none written
        start = time.perf_counter()
        [again] = import_files(db, [copy])
        again_s = time.perf_counter() - start
        print(f"re-import {again_s:.2f} s: {again.counts.unchanged:,} unchanged, "
              f"{again.counts.updated} updated; ratio to first import {again_s / first_s:.2f}")


if __name__ == "__main__":
    main()
