"""The after-write step that brings back a cancelled line paid on a payments tab
(core.ledger.paid_revivals, fix58e) reads the lines in passes over the table, never once an
order: the import writes with the lines' order_id index set aside, and as first written it
asked a correlated query per order — the 100k bench ledger's first import ran past twelve CPU
minutes where it takes eight seconds (the lead's quiet bench, this session's end).

Counted in SQLite's own steps (a progress handler), not in time: four times the orders must
cost about four times the steps, not sixteen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ledgers import write_xlsx

from core.ledger import payer_own_first, writer
from core.ledger.importer import import_files

HEAD = ["订单号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "收款金额",
        "收款日期", "状态"]


def _book(path: Path, orders: int) -> Path:
    """`orders` orders of 40 buyers, one in fifty cancelled, a payments tab paying a tenth."""
    rows = [[f"PO-{n:05d}", f"Buyer {n % 40:02d} Ltd", f"2025-03-{1 + n % 28:02d}", 1_000 + n,
             "USD", "T/T", f"2025-04-{1 + n % 28:02d}", None, None,
             "已取消" if n % 50 == 0 else None] for n in range(orders)]
    paid = [["订单号", "客户名称", "收款金额", "币种", "收款日期"]] + [
        [f"PO-{n:05d}", f"Buyer {n % 40:02d} Ltd", 1_000 + n, "USD", "2025-05-10"]
        for n in range(0, orders, 10)]
    return write_xlsx(path, {"台账": [HEAD, *rows], "收款明细": paid})


def _steps(tmp_path: Path, orders: int, monkeypatch: pytest.MonkeyPatch) -> int:
    counted = [0]
    real = payer_own_first.payers_paid

    def count(conn: sqlite3.Connection, keys: object, moved: object, file: str,
              moving: list) -> list:
        def tick() -> int:
            counted[0] += 1
            return 0
        conn.set_progress_handler(tick, 100)
        try:
            return real(conn, keys, moved, file, moving)  # type: ignore[arg-type]
        finally:
            conn.set_progress_handler(None, 0)

    monkeypatch.setattr(writer, "payers_paid", count)
    book = _book(tmp_path / f"{orders}" / "2025台账.xlsx", orders)
    [result] = import_files(tmp_path / f"{orders}" / "firm.sqlite", [book])
    assert result.status == "imported", result.message
    return counted[0]


def test_bringing_back_paid_cancels_reads_the_lines_in_passes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = (_steps(tmp_path, n, monkeypatch) for n in (300, 1_200))
    assert small > 0
    assert large < 8 * small, (small, large)
