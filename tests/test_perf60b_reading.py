"""perf60b: a sheet's columns are read by their distinct values, each column hashed once.

The 100k bench ledger's reading made a set of the same column again and again: the ditto test
hashed every cell of every column, the date columns were made sets for their day-month order
and again for their dates, the first columns again for their totals words, the customers again
for a repeated header. Each mapped column is now made a set once, after its dittos are filled,
and every parser of it is handed that set; a row's due date is still told once per terms text
and day, whatever row asks it.
"""

from __future__ import annotations

import builtins
import importlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.ledger import sheet_columns
from core.ledger.ditto import fill_dittos
from core.ledger.importer import import_files
from core.ledger.terms import parse_payment_terms

# the modules that parse a sheet's columns (totals_words: perf60b's, rows' before)
PARSING = ("cells", "ditto", "rows", "sheet_columns", "totals_words")

HEAD = ["订单号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "状态"]


def _book() -> list[list[object]]:
    """A clerk's month: two buyers, a 同上 under a buyer's name, a blank currency cell, an
    unshipped order, one cancelled, and the month's 合计 under it all."""
    book: list[list[object]] = [HEAD]
    for n in range(1, 7):
        book.append([f"PO-{n:02d}", "华美贸易有限公司" if n % 2 else "Zenith Home GmbH",
                     date(2025, 3, n), 1_000.0 * n, "USD", "T/T 30天", date(2025, 3, 10 + n),
                     None])
    book.append(["PO-07", "同上", date(2025, 3, 7), 2_500.0, None, "T/T 60天", None, None])
    book.append(["PO-08", "Zenith Home GmbH", date(2025, 3, 8), 800.0, "EUR", "O/A 45天",
                 date(2025, 3, 20), "已取消"])
    book.append(["合计", None, None, 24_300.0, None, None, None, None])
    return book


def test_every_column_is_hashed_once_and_the_import_is_the_row_by_row_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """March's book into an empty store: no column of the sheet is made a set twice by its
    parsers (on main the dates were twice, the first columns and the customers again); the
    import is the row-by-row import's, 同上 read as the buyer above it."""
    made: list[object] = []  # every column made a set (kept: no id reused)
    real_set = builtins.set

    def counted(*args: Any) -> Any:
        made.extend(args)
        return real_set(*args)

    for name in PARSING:
        try:
            module = importlib.import_module(f"core.ledger.{name}")
        except ImportError:
            continue
        monkeypatch.setattr(module, "set", counted, raising=False)
    read: list[sheet_columns.SheetColumns] = []
    real_init = sheet_columns.SheetColumns.__init__

    def init(self: sheet_columns.SheetColumns, *args: Any) -> None:
        real_init(self, *args)
        read.append(self)

    monkeypatch.setattr(sheet_columns.SheetColumns, "__init__", init)
    book = write_xlsx(tmp_path / "files" / "2025年03月订单台账.xlsx", {"3月": _book()})
    [counted_import] = import_files(tmp_path / "counted.sqlite", [book])
    assert counted_import.status == "imported"
    [columns] = read
    raw = columns.first_cells(8) + [columns.raw_of(name) for name in columns.layout.mapping]
    times = {id(column): sum(1 for m in made if m is column) for column in raw}
    assert times and max(times.values()) == 1, times
    monkeypatch.undo()
    [result] = _same_import(tmp_path, [book])
    assert result.status == "imported"


def test_the_dittos_filled_give_each_columns_values_as_filled() -> None:
    """The set handed to a column's parsers is the column as read: 同上 the name above it, not
    a text of its own; a column without a ditto is as it came, and the row takes the name."""
    data: list[Any] = [["Acme Ltd", 1.0], ["同上", 2.0], ["Beta GmbH", 2.0], ["〃", 3.0]]
    columns: dict[int, Any] = {0: tuple(r[0] for r in data), 1: tuple(r[1] for r in data)}
    distinct = fill_dittos(columns, data)
    assert distinct == {0: {"Acme Ltd", "Beta GmbH"}, 1: {1.0, 2.0, 3.0}}
    assert list(columns[0]) == ["Acme Ltd", "Acme Ltd", "Beta GmbH", "Beta GmbH"]
    assert data[1] == ["Acme Ltd", 2.0] and data[3] == ["Beta GmbH", 3.0]


def test_a_due_date_is_told_by_its_own_terms_and_day() -> None:
    """Two rows of one terms text shipped on two days fall due apart; two shipped on one day
    under two terms too; a row giving its own due date keeps it, its twin is told; an
    unshipped row is told from its order date; L/C at sight falls due as it ships."""
    from core.ledger.told_due import told_due  # sheet_columns' before perf60b
    texts = ["T/T 30天", "T/T 30天", "T/T 60天", "T/T 30天", "T/T 30天", "T/T 30天", "L/C"]
    terms = [(text, parse_payment_terms(text)) for text in texts]
    given = [None, None, None, "2025-05-01", None, None, None]
    ships = ["2025-03-11", "2025-03-12", "2025-03-11", "2025-03-11", "2025-03-11", None,
             "2025-03-11"]
    orders = ["2025-03-01"] * 5 + ["2025-03-05", "2025-03-01"]
    days = {d: date.fromisoformat(d) for d in {*ships, *orders} if d}
    due, told = told_due(given, terms, ships, orders, days)
    assert due == ["2025-04-10", "2025-04-11", "2025-05-10", "2025-05-01", "2025-04-10",
                   "2025-04-04", "2025-03-11"]
    assert told == [1, 1, 1, 0, 1, 1, 1]
