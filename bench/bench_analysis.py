"""Analysis timing on a large firm: 20,000 customers and 100,000 order lines.

Run: ``.venv/bin/python bench/bench_analysis.py [CUSTOMERS] [ROWS]``. Builds the ledger as a CSV
(quick to write), imports it, then times the analysis and the firm report, and prints the
analysis time per 1,000 customers.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.analysis.firm import report  # noqa: E402
from core.analysis.run import analyse  # noqa: E402
from core.ledger.importer import import_files  # noqa: E402
from core.store import connect  # noqa: E402

HEADER = ["合同号", "客户名称", "国家", "业务员", "下单日期", "产品名称", "金额", "币种", "成本",
          "贸易条款", "付款方式", "出货日期", "已收金额", "收款日期"]
TERMS = ["L/C at sight", "T/T 30% deposit, balance before shipment", "OA 60 days", "D/P at sight",
         "30% T/T, 70% against B/L copy", "月结30天"]


def write_ledger(path: Path, customers: int, rows: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        for n in range(rows):
            customer = int(customers * rng.random() ** 2)  # a few big, many small
            day = start + timedelta(days=rng.randint(0, 729))
            amount = round(rng.lognormvariate(9, 1.2), 2)
            ship = day + timedelta(days=rng.randint(10, 60))
            paid = rng.random() < 0.85
            out.writerow([f"PI{n:07d}", f"Customer {customer:05d}", "USA", f"Sales {customer % 7}",
                          day.isoformat(), "Item", amount, "USD", round(amount * 0.78, 2),
                          rng.choice(["FOB", "CIF", "CIP", "EXW", "DDP"]), rng.choice(TERMS),
                          ship.isoformat() if ship < date(2025, 12, 31) else "",
                          amount if paid else "",
                          (ship + timedelta(days=rng.randint(0, 90))).isoformat() if paid else ""])


def main() -> None:
    customers = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        ledger, db = Path(folder) / "big.csv", Path(folder) / "big.sqlite"
        write_ledger(ledger, customers, rows)
        started = time.perf_counter()
        import_files(db, [ledger])
        print(f"import {rows:,} rows: {time.perf_counter() - started:.1f} s")
        conn = connect(db)
        started = time.perf_counter()
        analysis = analyse(conn, as_of=date(2025, 12, 31))
        seconds = time.perf_counter() - started
        print(f"analysis of {len(analysis.customers):,} customers: {seconds:.2f} s "
              f"({seconds / len(analysis.customers) * 1000:.3f} s per 1,000 customers)")
        started = time.perf_counter()
        report(analysis)
        print(f"firm report: {time.perf_counter() - started:.2f} s")
        shape = ", ".join(f"{s.tier} {s.count}" for s in analysis.shape)
        print(f"shape: {shape}")


if __name__ == "__main__":
    main()
