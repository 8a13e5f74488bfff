"""perf59a: a first import asks the store of no buyer, and reads no cancelled order paid by nothing.

Two steps of the 100k bench ledger's first import read for nothing: each sheet's numbers were
counted per buyer and asked of the store (another buyer's, another year's order of the number:
core.ledger.order_buyers) while the store held no order; and each of the file's cancelled
orders had its key and every line read to see whether a payment line paid it back
(core.ledger.paid_revivals) where the file has no payment line at all. Both still run, and
find what they found, where there is something to find.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.ledger import noted_returns, other_ledgers, paid_revivals, payer_own_first
from core.ledger.record import SHEET

HEAD = ["订单号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "状态"]


def _month(month: int) -> list[list[object]]:
    """A month of a clerk's book: N-7 written for two unalike buyers, a cancelled order."""
    return [HEAD,
            [f"N-{month}01", "Alpha Trading Co.", date(2025, month, 2), 12_000, "USD",
             "T/T 30天", date(2025, month, 20), None],
            ["N-7", "Alpha Trading Co.", date(2025, month, 3), 5_000, "USD", "T/T",
             date(2025, month, 21), None],
            ["N-7", "Zenith Home GmbH", date(2025, month, 3), 7_000, "EUR", "T/T",
             date(2025, month, 22), None],
            [f"N-{month}02", "Zenith Home GmbH", date(2025, month, 5), 9_000, "EUR", "L/C",
             None, "已取消"]]


def _spied(asked: list[str], name: str, real: Callable[..., Any], *args: Any) -> Any:
    asked.append(name)
    return real(*args)


def test_a_first_import_asks_the_store_of_no_buyer_the_next_file_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """July into an empty store: the store asked of no number's buyer or year, N-7 two orders
    all the same, as the row-by-row import has it. August into the store holding July: asked."""
    asked: list[str] = []
    for name in ("__call__", "days"):
        real = getattr(other_ledgers.StoredOwners, name)
        monkeypatch.setattr(other_ledgers.StoredOwners, name,
                            lambda self, keys, n=name, r=real: _spied(asked, n, r, self, keys))
    folder = tmp_path / "files"
    july = write_xlsx(folder / "2025年07月订单台账.xlsx", {"7月": _month(7)})
    [first] = _same_import(tmp_path, [july])
    assert first.status == "imported" and asked == []
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    assert conn.execute("SELECT count(*) FROM orders WHERE order_no = 'N-7'").fetchone() == (2,)
    august = write_xlsx(folder / "2025年08月订单台账.xlsx", {"8月": _month(8)})
    [second] = _same_import(tmp_path, [august])
    assert second.status == "imported" and "days" in asked


def _lines_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                sheets: dict[str, list[list[object]]]) -> tuple[list[str], list[tuple]]:
    """The statements paid_revivals asked in a first import of `sheets`, and the lines."""
    said: list[str] = []

    def traced(conn: sqlite3.Connection, keys: object, moving: list) -> list:
        conn.set_trace_callback(said.append)
        try:
            return real(conn, keys, moving)  # type: ignore[arg-type]
        finally:
            conn.set_trace_callback(None)

    real = paid_revivals.paid_back
    monkeypatch.setattr(payer_own_first, "paid_back", traced)
    folder = tmp_path / str(len(sheets))
    book = write_xlsx(folder / "2025台账.xlsx", sheets)
    [result] = partial(_same_import, folder)([book])
    assert result.status == "imported", result.message
    lines = sqlite3.connect(folder / "fast.sqlite").execute(
        "SELECT o.order_no, l.amount, l.status FROM order_lines l JOIN orders o ON "
        "o.id = l.order_id WHERE l.amount > 0 ORDER BY o.order_no").fetchall()
    return said, lines


def test_a_cancelled_order_no_payment_line_pays_is_not_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A book whose cancelled PO-2 no payments tab pays: its lines never read for it (main read
    its key and lines). The same book with a 收款明细 paying PO-2 in full after the cancel:
    read, and brought back, as before."""
    book = [HEAD, ["PO-1", "Alpha Trading Co.", date(2025, 3, 2), 4_000, "USD", "T/T",
                   date(2025, 3, 20), None],
            ["PO-2", "Alpha Trading Co.", date(2025, 3, 5), 10_000, "USD", "T/T", None,
             "3/8已取消"]]
    said, lines = _lines_read(tmp_path, monkeypatch, {"台账": book})
    assert said and not [s for s in said if "JOIN orders o" in s], said
    assert lines == [("PO-1", 4_000, None), ("PO-2", 10_000, "cancelled")]
    paid = [["订单号", "客户名称", "收款金额", "币种", "收款日期"],
            ["PO-2", "Alpha Trading Co.", 10_000, "USD", "2025-05-10"]]
    said, lines = _lines_read(tmp_path, monkeypatch, {"台账": book, "收款明细": paid})
    assert [s for s in said if "JOIN orders o" in s]
    assert lines == [("PO-1", 4_000, None), ("PO-2", 10_000, None)]


def test_a_tab_saying_no_return_and_no_credit_note_is_not_walked_for_its_credits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """March's tab (plain sales) is asked of no row for a return of its own (main asked each);
    April's, whose PO-1 row says 退货, is, and its return is read as the row-by-row import
    reads it."""
    asked: list[object] = []
    real = noted_returns.held_return
    monkeypatch.setattr(noted_returns, "held_return",
                        lambda record, said: _spied(asked, record[SHEET], real, record, said))
    march = [HEAD, ["PO-1", "Alpha Trading Co.", date(2025, 3, 2), 4_000, "USD", "T/T",
                    date(2025, 3, 20), None],
             ["PO-2", "Zenith Home GmbH", date(2025, 3, 5), 6_000, "EUR", "T/T", None, "试单"]]
    april = [HEAD, ["PO-1", "Alpha Trading Co.", date(2025, 4, 12), 1_000, "USD", "T/T", None,
                    "退货"],
             ["PO-3", "Alpha Trading Co.", date(2025, 4, 15), 2_500, "USD", "T/T", None, None]]
    book = write_xlsx(tmp_path / "files" / "2025台账.xlsx", {"3月": march, "4月": april})
    [result] = _same_import(tmp_path, [book])
    assert result.status == "imported", result.message
    assert "3月" not in asked and "4月" in asked, asked
    credits = sqlite3.connect(tmp_path / "fast.sqlite").execute(
        "SELECT count(*) FROM order_lines WHERE credit_note").fetchone()
    assert credits == (1,)
