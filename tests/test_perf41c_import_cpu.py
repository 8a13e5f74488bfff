"""The import's per-row Python cut where the answer depends on a repeated value (perf41c).

Each test imports a real workbook and counts the calls the cut saves, and checks the rows are
read as before: a balance row copying its order's sale is still its payment, a lot said in a
status cell still a lot, a placeholder order number still none, a 退货 row still a return.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ledgers import write_xlsx

import core.ledger.normalise as normalise
import core.ledger.payment_copies as payment_copies
import core.ledger.sheet_fields as sheet_fields
from core.ledger import lot_words
from core.ledger.cells import number_texts
from core.ledger.copy_names import later_copy
from core.ledger.importer import import_files
from core.ledger.revised_files import revises

HEADER = ["订单号", "客户名称", "下单日期", "出货日期", "产品", "金额", "币种", "已收金额",
          "收款日期", "状态", "备注"]
N = 300  # plain orders, each its own customer, day and sum


def _plain(i: int) -> list[object]:
    return [f"PI{i:06d}", f"Buyer {i}", date(2025, 1, 1 + i % 28), date(2025, 2, 1),
            f"Lamp {i % 7}", 1_000 + i, "USD", None, None, None, None]


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[object]:
    """Calls of module.name, counted by their first argument."""
    seen: list[object] = []
    real: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any) -> Any:
        seen.append(args[0])
        return real(*args)
    monkeypatch.setattr(module, name, counted)
    return seen


def _import(tmp_path: Path, rows: list[list[object]]) -> sqlite3.Connection:
    book = write_xlsx(tmp_path / "ledger.xlsx", {"2025-01": [HEADER, *rows]})
    [result] = import_files(tmp_path / "db.sqlite", [book])
    assert result.status == "imported", result.message
    return sqlite3.connect(tmp_path / "db.sqlite")


def test_only_rows_sharing_a_sale_are_folded_for_a_copied_payment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folded = _counting(monkeypatch, payment_copies, "fold")
    kv = ["KV-1", "Kiev Partners", date(2025, 1, 3), date(2025, 1, 20), "Heater", 18_000, "USD"]
    rows = [*map(_plain, range(N)),
            [*kv, 5_400, date(2025, 1, 6), None, "定金"],
            [*kv, 12_600, date(2025, 1, 25), None, "尾款"]]
    conn = _import(tmp_path, rows)
    # the two Kiev rows share customer, day, sum and currency: their number and product
    # folded, each; the 300 others not at all (every row's two before: 604 folds)
    assert sorted(map(str, folded)) == ["Heater", "Heater", "KV-1", "KV-1"]
    amounts = conn.execute("SELECT l.amount, l.received_amount FROM order_lines l JOIN orders o"
                           " ON o.id = l.order_id WHERE o.order_no = 'KV-1'"
                           " ORDER BY l.amount DESC").fetchall()
    assert amounts == [(18_000, 5_400), (0, 12_600)]  # the copy: its payment, no second sale


def test_a_row_lot_is_read_once_for_each_distinct_cells(tmp_path: Path) -> None:
    lot_words._cells_lot.cache_clear()
    rows = [*map(_plain, range(N)),
            ["LT-1", "Lima Trading", date(2025, 1, 2), date(2025, 1, 10), "Sofa", 6_000, "USD",
             None, None, "第二批已发", None]]
    conn = _import(tmp_path, rows)
    info = lot_words._cells_lot.cache_info()
    # 301 rows, 7 products and one status: 8 distinct three cells read, every other a hit
    # (each row read once: into an empty store its lot words are not read to ask it, perf56b)
    assert info.misses == 8, info
    assert info.hits + info.misses >= N, info
    [(notes,)] = conn.execute("SELECT l.notes FROM order_lines l JOIN orders o ON o.id = l.order_id"
                              " WHERE o.order_no = 'LT-1'").fetchall()
    assert notes == "第二批"  # the lot the status cell says, kept on its line (kept_notes)


def test_order_numbers_are_folded_together_for_their_placeholders(
        monkeypatch: pytest.MonkeyPatch) -> None:
    folded = _counting(monkeypatch, normalise, "fold")
    numbers = [f"PI{i:06d}" for i in range(N)] + ["-", "合计", "无", None, "PI000001"]
    read = number_texts(numbers)
    assert read == [*numbers[:N], None, "合计", None, None, "PI000001"]
    # only the texts fold's plain path cannot take are folded one by one (each was, 303)
    assert sorted(map(str, folded)) == ["合计", "无"]


def test_returns_apart_weighs_each_status_once_and_still_finds_a_return(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    weighed = _counting(monkeypatch, sheet_fields, "says_returned")
    mx = ["MX-1", "Mexico Hogar", date(2025, 1, 5)]
    rows = [*map(_plain, range(N)),
            [*mx, date(2025, 1, 9), "Kettle", 9_000, "USD", None, None, "正常", None],
            [*mx, None, "Kettle", 2_000, "USD", None, None, "退货", None]]
    rows[0][9] = "正常"
    conn = _import(tmp_path, rows)
    assert sorted(map(str, weighed)) == ["None", "正常", "退货"]  # 302 rows, 3 texts
    lines = conn.execute("SELECT l.amount, l.credit_note FROM order_lines l JOIN orders o"
                         " ON o.id = l.order_id WHERE o.order_no = 'MX-1'"
                         " ORDER BY l.amount DESC").fetchall()
    assert lines == [(9_000, 0), (-2_000, 1)]  # the 退货 row: a credit note of 2,000


def test_a_sheet_saying_no_return_reads_no_return_apart() -> None:
    n = 5
    rows = [(None,)] * n
    apart = sheet_fields.returns_apart(rows, [True] * n, [1.0] * n, [None] * n,
                                       ["k"] * n, ["A"] * n, ["2025-01-01"] * n)
    assert apart == [False] * n
    sale = sheet_fields.sale_rows([True] * n, [1.0, 1.0, 0.0, 2.0, 1.0],
                                  [None, "2025-01-05", None, None, None], ["k"] * n,
                                  ["A", "A", "A", "B", None],
                                  ["2025-01-02", "2025-01-01", "2025-01-01", "2025-01-03",
                                   "2025-01-01"])
    # A's earliest row is 01-01 (shipped, a sale by its ship date): the 01-02 row unshipped
    # is no sale's own; B's only row is; a row without a number and unshipped is not
    assert sale == [False, True, False, True, False]


def test_an_update_asks_each_pair_of_file_names_once(tmp_path: Path) -> None:
    rows = list(map(_plain, range(N)))
    first = write_xlsx(tmp_path / "台账 2025-01.xlsx", {"2025-01": [HEADER, *rows]})
    for row in rows:  # the month's file again, its receipts filled in
        row[7], row[8] = row[5], date(2025, 2, 20)
    again = write_xlsx(tmp_path / "台账 2025-01 修订.xlsx", {"2025-01": [HEADER, *rows]})
    revises.cache_clear()
    later_copy.cache_clear()
    results = import_files(tmp_path / "db.sqlite", [first])
    results += import_files(tmp_path / "db.sqlite", [again])
    assert [r.status for r in results] == ["imported", "imported"]
    # each stored line the update rewrites asks whether its file is later than the update's:
    # 300 lines, one pair of names, each asked once (each line built two PurePaths and
    # folded both names twice)
    for asked in (revises.cache_info(), later_copy.cache_info()):
        assert asked.hits >= N - 1 and asked.misses <= 3, asked
    conn = sqlite3.connect(tmp_path / "db.sqlite")
    assert conn.execute("SELECT count(*), sum(received_amount = amount) FROM order_lines"
                        ).fetchone() == (N, N)  # the revision's receipts taken


def test_new_names_weighed_against_themselves_are_each_read_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import core.similarity as similarity

    told = _counting(monkeypatch, similarity, "told")
    keyed = _counting(monkeypatch, similarity, "_keys")
    names = ["Apex Trading Ltd", "Apex Tradng Ltd", "Lima Home S.A.", "宁波艾克美贸易有限公司",
             "Nour Home LLC", "Noor Home LLC"]
    pairs = similarity.close_pairs(names, names, rare=50)
    # a first import's new customers are the known ones: each name's words read once (each
    # was twice, as known and as new), and only a name sharing a word with another (perf50:
    # most of a first import's thousands share none; the Chinese name here shares none)
    assert sorted(keyed) == sorted(names)
    assert sorted(told) == sorted(name for name in names if name != "宁波艾克美贸易有限公司")
    assert pairs == [("Nour Home LLC", "Noor Home LLC"), ("Noor Home LLC", "Nour Home LLC")]
