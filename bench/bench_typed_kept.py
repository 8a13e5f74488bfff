"""CPU time an import spends weighing again the typed payment rows earlier files kept.

Run: ``python bench/bench_typed_kept.py [N ...]`` (default 1000 4000 12000). March's file sells
N orders (10,000 each, 3,000 deposit under each), April's types each order's 7,000 balance
apart, noted 还差2000: N lines kept in meta "typed_apart" (core.ledger.typed_apart). Then
``weigh_typed`` is timed as a one-row import of another buyer's file calls it (the file wrote
no typed row, no kept line's order changed). rv66f measured 6.9 s CPU at 12,000 kept lines
(each order's lines read anew at each import, orders × lines grouped in a loop); fix66l weighs
again only the lines whose order's lines changed since (their mark), so this is the cost of
fetching and marking them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.ledger.importer import import_files  # noqa: E402
from core.ledger.typed_apart import _kept, weigh_typed  # noqa: E402
from core.store import connect  # noqa: E402

HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "品名", "出货日期",
        "收款", "收款日期", "状态", "备注"]


def _write(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "台账"
    for row in [HEAD, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def measure(at: Path, count: int) -> tuple[int, float]:
    """The kept lines and the CPU seconds of one weighing with nothing changed."""
    march: list[list[object]] = []
    april: list[list[object]] = []
    for i in range(count):
        number, buyer = f"2025-{10000 + i}", f"Buyer {i:05d} Co"
        march += [[number, buyer, date(2025, 3, 1), 10_000, "USD", "OA 30天", "LED灯",
                   date(2025, 3, 20), None, None, "", ""],
                  [None] * 6 + ["定金30%", None, 3_000, date(2025, 3, 2), "", "已收"]]
        april.append([number, buyer] + [None] * 4 + ["尾款70%", None, 7_000, date(2025, 4, 20),
                                                      "", "还差2000"])
    db = at / f"kept{count}.sqlite"
    import_files(db, [_write(at / f"m{count}.xlsx", march)])
    import_files(db, [_write(at / f"a{count}.xlsx", april)])
    conn = connect(db)
    try:
        kept = len(_kept(conn)[0])
        start = time.process_time()
        weigh_typed(conn, lambda kind: [], [])
        return kept, time.process_time() - start
    finally:
        conn.rollback()
        conn.close()


def main(counts: list[int]) -> None:
    with tempfile.TemporaryDirectory(prefix="typed_kept_") as folder:
        for count in counts:
            kept, seconds = measure(Path(folder), count)
            print(f"{count:>6} orders  {kept:>6} kept lines  weigh_typed {seconds:.3f} s CPU")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 4000, 12000])
