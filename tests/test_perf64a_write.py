"""perf64a: a first import's new lines made in one step, a batch's statements in the caller's
thread; the store and the account as before (nothing read or written differs).

- A line a row inserts is built as it is stored (core.ledger.line_values.LineMaker.values with
  `new`): standing (正常, 已恢复) no status, no due date not derived (0), a carried row's blank
  ship date no known shipment; before, the values were built and then rebuilt by `inserted`,
  two or three tuples a line. The rows still read as the row-by-row reference import reads
  them, every table alike, and the account follows from them.
- A batch's statements and their values are made by the caller (core.ledger.batches), which has
  time while the last batch is written; the writing thread only runs them.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, imported
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.ledger import batches as batches_module
from core.ledger.batches import Batches

HEAD = ["发票号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期", "已收金额",
        "收款日期", "状态", "备注"]
AS_OF = date(2025, 6, 30)
XIAN, YARRA, ZETA = "Xian Home Ltd", "Yarra Trading Co", "Zeta Imports SA"


def _row(no: str, customer: str, ordered: date, amount: float, shipped: date | None,
         paid: float | None = None, status: str | None = None, note: str | None = None
         ) -> list[object]:
    return [no, customer, ordered, "Cotton towels", amount, "USD", "OA 30 days", shipped,
            paid, date(2025, 6, 25) if paid else None, status, note]


def _book(tmp_path: Path, name: str = "台账.xlsx", x1_paid: float | None = None) -> Path:
    return write_xlsx(tmp_path / name, {"台账": [
        HEAD,
        # shipped 03-08, due 04-07 (its terms); 正常 stands
        _row("X-1", XIAN, date(2025, 3, 1), 5000, date(2025, 3, 8), x1_paid, "正常"),
        _row("X-2", XIAN, date(2025, 4, 1), 6000, date(2025, 4, 8), status="已取消"),
        # 已恢复 stands too: shipped 05-02, due 06-01
        _row("Y-1", YARRA, date(2025, 4, 25), 3000, date(2025, 5, 2), status="已恢复"),
        # last month's balance carried, its ship-date cell blank: owed, not an order waiting to
        # ship (stored due 05-31 from its order date; the analysis estimates its shipment)
        _row("Y-2", YARRA, date(2025, 5, 1), 2000, None, note="上月结转"),
        _row("Z-1", ZETA, date(2025, 5, 10), 4000, date(2025, 5, 15), 4000)]})


def _lines(db: Path) -> dict[str, tuple[object, ...]]:
    conn = sqlite3.connect(db)
    return {row[0]: row[1:] for row in conn.execute(
        "SELECT o.order_no, l.status, l.due_date, l.due_derived, l.ship_date_known, "
        "l.carried_forward, l.status_row IS NOT NULL FROM order_lines l "
        "JOIN orders o ON o.id = l.order_id")}


def _account(db: Path) -> dict[str, tuple[object, ...]]:
    found = customers(db, AS_OF)["by_name"]
    return {name: (round(c["open_amount"] or 0), c["max_days_overdue"],
                   c["list"] if c["list"] in ("black", "watch") else None)
            for name, c in found.items()}


def test_a_first_imports_new_lines_are_stored_as_the_row_by_row_import_stores_them(
        tmp_path: Path) -> None:
    """Every table as the reference import writes it, after the first file and after the
    same file sent again with X-1 paid (its lines then merged, not inserted); each line's
    status, due date, derivation and known shipment as the rules give them."""
    first = _book(tmp_path / "in")
    [result] = _same_import(tmp_path, [first])
    assert result.status == "imported" and result.counts.inserted == 5
    assert _lines(tmp_path / "fast.sqlite") == {
        "X-1": (None, "2025-04-07", 1, 1, 0, 0),  # 正常 stands: no status
        "X-2": ("cancelled", "2025-05-08", 1, 1, 0, 1),  # its own row wrote the cancellation
        "Y-1": (None, "2025-06-01", 1, 1, 0, 0),  # 已恢复 stands
        "Y-2": (None, "2025-05-31", 1, 0, 1, 0),  # carried, ship date blank: not known
        "Z-1": (None, "2025-06-14", 1, 1, 0, 0)}
    again = _book(tmp_path / "in", "台账 (2).xlsx", x1_paid=5000)
    [update] = _same_import(tmp_path, [again])
    assert update.status == "imported" and update.counts.inserted == 0


def test_the_account_of_a_first_import(tmp_path: Path) -> None:
    """Days run to the receipts' date, Zeta's 06-25 (before the as-of 06-30): Xian owes
    X-1's 5,000, due 04-07, 79 days late, black (X-2 cancelled, not owed); Yarra Y-1's 3,000
    (due 06-01, 24 days) and the carried Y-2's 2,000 (shipment estimated at its order date 05-01
    + 30 days, due 06-30: not late), no list; Zeta paid. Wrong were 正常 or 已恢复 kept as a
    status, or the carried row's shipment taken as known with no date (Y-2 then not shipped:
    Yarra 3,000)."""
    db = imported(tmp_path / "firm.sqlite", _book(tmp_path))
    assert _account(db) == {XIAN: (5000, 79, "black"), YARRA: (5000, 24, None),
                            ZETA: (0, 0, None)}


def test_a_batchs_statements_are_made_in_the_callers_thread(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """The column choice and the statements' values made where insert is called; the writing
    thread runs the statements only; the rows written in order, the empty column left out."""
    conn = sqlite3.connect(tmp_path / "t.sqlite", check_same_thread=False)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT)")
    made: list[str] = []
    statements = Batches._statements

    def spied(self: Batches, *args: object) -> object:
        made.append(threading.current_thread().name)
        return statements(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Batches, "_statements", spied)
    run: list[tuple[str, str]] = []
    original = Batches._run

    def ran(self: Batches, work: list[tuple[str, object, bool]]) -> None:
        run.extend((threading.current_thread().name, sql.split(" VALUES")[0])
                   for sql, _, _ in work)
        original(self, work)  # type: ignore[arg-type]

    monkeypatch.setattr(Batches, "_run", ran)
    rows = [(i, f"r{i}", None) for i in range(1, 2 * batches_module.ROWS_A_STATEMENT + 12)]
    with Batches(conn) as batches:
        batches.insert("t", ("id", "a", "b"), rows)
        with pytest.raises(ValueError, match="another width"):  # at the call, in this thread
            batches.insert("t", ("id", "a", "b"), [(9999, "x")])
    assert made == [threading.current_thread().name] * 2
    assert {name for name, _ in run} != {threading.current_thread().name}
    assert all(name.startswith("tradetier-write") for name, _ in run)
    assert {sql for _, sql in run} == {"INSERT INTO t(id, a)"}
    assert conn.execute("SELECT id, a, b FROM t ORDER BY rowid").fetchall() == rows
