"""key43: an order's lines re-sent in another row order keep their own figures.

MT-1 has two lines in one file, neither naming a product: line A 30,000 paid 30,000 and line B
20,000 paid 5,000 (15,000 open). A line is keyed by its place among the order's lines of its
product (``o:mt-1|#0``, ``#1``): the same file re-sent with the rows swapped (a clerk re-sorted
the sheet) gave A's key to B and B's to A: 40,000 open where 15,000 is, and the report called
it a correction "30,000 → 5,000". A file's lines of an order are now matched to the order's
stored lines by what tells a line (its quantity, unit price, amount, invoice number) first,
by place only among lines alike. Both imports (the app's and tests/reference_import) agree.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d

from core.ledger.importer import import_files
from core.ledger.report import import_report

HEADER = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期", "数量", "单价"]
BUYER = "Mint Trading"


def line(amount: float, paid: float | None, quantity: int, no: str = "MT-1") -> list[object]:
    """A line of MT-1, ordered 03-01, shipped 03-10 on OA 30, paid 03-20 (if at all)."""
    return [no, BUYER, d("2025-03-01"), amount, "USD", "OA 30 days", d("2025-03-10"), paid,
            d("2025-03-20") if paid else None, quantity, round(amount / quantity, 2)]


A, B = line(30_000, 30_000, 300), line(20_000, 5_000, 100)


def _file(path: Path, *rows: list[object]) -> Path:
    return write_xlsx(path, {"3月": [HEADER, *rows]})


def _open(db: Path) -> float:
    return round(sum(r.open for r in by_name(at(db, d("2025-06-30")))[BUYER].receivables), 2)


def _lines(db: Path) -> list[tuple[str, float, float | None]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute("SELECT line_key, amount, received_amount FROM order_lines "
                                 "WHERE line_key LIKE 'o:mt-1|%' ORDER BY line_key"))


def test_the_same_file_re_sent_with_the_rows_swapped(tmp_path: Path) -> None:
    """台账.xlsx imported, then re-sent sorted by amount (B above A): the lines as they were,
    2 unchanged, no correction reported. Before: A's line took B's figures and B's A's (2
    updated), "Amount changed 30,000.00 → 20,000.00" and received "30,000.00 → 5,000.00" taken
    as the file's corrections."""
    first = _file(tmp_path / "first" / "台账.xlsx", A, B)
    again = _file(tmp_path / "again" / "台账.xlsx", B, A)
    results = _same_import(tmp_path, [first], [again])
    assert _open(tmp_path / "fast.sqlite") == 15_000
    assert _lines(tmp_path / "fast.sqlite") == [("o:mt-1|#0", 30_000, 30_000),
                                                ("o:mt-1|#1", 20_000, 5_000)]
    report = import_report(results[1])
    assert (results[1].counts.updated, results[1].counts.unchanged) == (0, 2)
    assert "30,000" not in report and "Amount changed" not in report


def test_next_month_s_file_lists_the_lines_in_another_order(tmp_path: Path) -> None:
    """April's file lists MT-1's lines B then A, B now paid 15,000 (5,000 open): each line
    keeps its own figures, 5,000 open, B's line 1 update. Before: A's line took B's 20,000
    paid 15,000 and B's A's 30,000 paid 30,000 (both "Amount changed", both received figures
    "differ from the ones other files stored")."""
    march = _file(tmp_path / "台账 2025-03.xlsx", A, B)
    april = _file(tmp_path / "台账 2025-04.xlsx", line(20_000, 15_000, 100), A)
    [_, result] = _same_import(tmp_path, [march], [april])
    assert "Amount changed" not in import_report(result)
    assert _open(tmp_path / "fast.sqlite") == 5_000
    assert _lines(tmp_path / "fast.sqlite") == [("o:mt-1|#0", 30_000, 30_000),
                                                ("o:mt-1|#1", 20_000, 15_000)]


def test_a_line_added_between_two_stored_ones(tmp_path: Path) -> None:
    """April's file lists A, a new line C (8,000, nothing paid) and B: C is a new line, A and
    B keep theirs: 23,000 open. Before: C took B's place and kept B's 5,000 received (3,000
    open) and B was a new line paid 5,000 too: 18,000 open, B's payment counted twice."""
    c = line(8_000, None, 80)
    march = _file(tmp_path / "台账 2025-03.xlsx", A, B)
    april = _file(tmp_path / "台账 2025-04.xlsx", A, c, B)
    _same_import(tmp_path, [march], [april])
    assert _open(tmp_path / "fast.sqlite") == 23_000
    assert _lines(tmp_path / "fast.sqlite") == [("o:mt-1|#0", 30_000, 30_000),
                                                ("o:mt-1|#1", 20_000, 5_000),
                                                ("o:mt-1|#2", 8_000, None)]


def test_a_line_corrected_and_moved_keeps_its_place(tmp_path: Path) -> None:
    """April's file lists B then A corrected to 31,000 (310 pieces): B matches its own line,
    A (alike none) takes the place left: 1,000 + 15,000 open."""
    march = _file(tmp_path / "台账 2025-03.xlsx", A, B)
    april = _file(tmp_path / "台账 2025-04.xlsx", B, line(31_000, 30_000, 310))
    _same_import(tmp_path, [march], [april])
    assert _lines(tmp_path / "fast.sqlite") == [("o:mt-1|#0", 31_000, 30_000),
                                                ("o:mt-1|#1", 20_000, 5_000)]


def test_two_identical_lines_stay_by_place(tmp_path: Path) -> None:
    """Two lines alike (100 pieces, 20,000 each), the first paid 20,000, then re-sent with the
    second paid too: told apart by place, as before (0 open)."""
    march = _file(tmp_path / "台账 2025-03.xlsx", line(20_000, 20_000, 100),
                  line(20_000, None, 100))
    april = _file(tmp_path / "台账 2025-04.xlsx", line(20_000, 20_000, 100),
                  line(20_000, 20_000, 100))
    _same_import(tmp_path, [march], [april])
    assert _lines(tmp_path / "fast.sqlite") == [("o:mt-1|#0", 20_000, 20_000),
                                                ("o:mt-1|#1", 20_000, 20_000)]


def test_a_later_tab_of_the_same_workbook_swaps_them(tmp_path: Path) -> None:
    """A year-to-date workbook: the 3月 tab lists A, B; the 4月 tab B (now paid 15,000), A:
    one line each, 5,000 open."""
    path = write_xlsx(tmp_path / "台账.xlsx", {"3月": [HEADER, A, B], "4月": [
        HEADER, line(20_000, 15_000, 100), A]})
    _same_import(tmp_path, [path])
    assert _lines(tmp_path / "fast.sqlite") == [("o:mt-1|#0", 30_000, 30_000),
                                                ("o:mt-1|#1", 20_000, 15_000)]


def test_a_database_of_the_older_reader_then_the_rows_swapped(tmp_path: Path) -> None:
    """Keys stored before this change are kept (the same scheme: place among the product's
    lines; checked by hand against a database main made): a store holding MT-1's lines as
    the older import wrote them, then the file re-sent swapped: 15,000 open."""
    db = tmp_path / "fast.sqlite"
    import_files(db, [_file(tmp_path / "first" / "台账.xlsx", A, B)])
    assert _lines(db) == [("o:mt-1|#0", 30_000, 30_000), ("o:mt-1|#1", 20_000, 5_000)]
    [again] = import_files(db, [_file(tmp_path / "again" / "台账.xlsx", B, A)])
    assert again.status == "imported", again.message
    assert _lines(db) == [("o:mt-1|#0", 30_000, 30_000), ("o:mt-1|#1", 20_000, 5_000)]
    assert _open(db) == 15_000
