"""perf61b: the grouping finds a sheet's rows typed as payments a column at once.

The 100k bench ledger's first import asked every row whether it was money received typed 收款
(typed_rows.is_receipt_row: row_keys asked each numbered row, each new order asked its first
row), 177,000 calls, though only a row worth nothing can be one and the ledger has none. The
sheet's amounts are weighed once now (typed_rows.receipt_places) and only its rows worth 0 are
asked; a payer's 收款 row before the sale, a buyer's own 收款 and a free sample worth 0 are
read as the row-by-row import reads them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.ledger import buyer_rows, orders, typed_rows
from core.ledger.importer import import_files
from core.ledger.record import AMOUNT, FIELDS, RECEIVED, ROW
from core.ledger.typed_rows import receipt_places

HEAD = ["类型", "订单号", "客户名称", "下单日期", "品名", "金额", "币种", "付款方式", "出货日期",
        "已收金额", "收款日期"]
BUYER, ZENITH, SISTER = "华美贸易有限公司", "Zenith Home GmbH", "义乌华美进出口有限公司"


def _book() -> list[list[object]]:
    """March: the buyer's sister firm's wire for PO-03 booked before its sale (row 2), six
    sales (rows 3–8), a free sample worth 0 (row 9) and the buyer's own 收款 of PO-01 (row 10)."""
    rows: list[list[object]] = [HEAD, ["收款", "PO-03", SISTER, date(2025, 3, 1), None, 2_000,
                                       "USD", None, None, None, date(2025, 3, 1)]]
    for n in range(1, 7):
        rows.append(["销售", f"PO-{n:02d}", BUYER if n % 2 else ZENITH, date(2025, 3, n),
                     "玻璃调料瓶", 1_000 * n, "USD", "T/T 30天", date(2025, 3, 10 + n), None,
                     None])
    rows.append(["销售", "PO-07", ZENITH, date(2025, 3, 8), "样品 赠送", 0, "USD", "T/T",
                 date(2025, 3, 9), None, None])
    rows.append(["收款", "PO-01", BUYER, date(2025, 3, 20), None, 1_000, "USD", None, None,
                 None, date(2025, 3, 20)])
    return rows


def _spy(asked: list[int], real: Callable[..., Any]) -> Callable[..., Any]:
    def spied(record: Any) -> Any:
        asked.append(record[ROW])
        return real(record)
    return spied


def test_only_rows_worth_nothing_are_asked_whether_they_are_payments(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """March's book into an empty store: the grouping asks is_receipt_row of rows 2, 9 and 10
    and of PO-03's sale (row 5: a payment made the order) alone (on main: every numbered row
    and every new order's first); the sister firm's wire is no second buyer of PO-03, and the
    lines are the row-by-row import's."""
    asked: list[int] = []
    spied = _spy(asked, typed_rows.is_receipt_row)
    for module in (orders, buyer_rows):  # the grouping's own asks (not the reading's)
        monkeypatch.setattr(module, "is_receipt_row", spied, raising=False)
    book = write_xlsx(tmp_path / "files" / "2025年03月订单台账.xlsx", {"3月": _book()})
    [counted] = import_files(tmp_path / "counted.sqlite", [book])
    assert counted.status == "imported"
    # rows worth 0, and PO-03's first sale, its order till then the sister firm's wire alone
    assert asked and set(asked) <= {2, 5, 9, 10}, sorted(set(asked))
    monkeypatch.undo()
    [result] = _same_import(tmp_path, [book])
    assert result.status == "imported"
    assert "order_number_shared" not in [w.code for w in result.warnings]
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    owner = conn.execute("SELECT c.name FROM orders o JOIN customers c ON c.id = o.customer_id "
                         "WHERE o.order_no = 'PO-03'").fetchall()
    assert owner == [(BUYER,)]
    assert conn.execute("SELECT sum(received_amount) FROM order_lines").fetchone() == (3_000,)


def test_receipt_places_are_the_rows_is_receipt_row_holds_for() -> None:
    """Worth 0 with money received: a payment; worth 0 without, a blank amount with money, a
    sale with money: none."""
    def record(amount: object, received: object) -> tuple[object, ...]:
        values: list[object] = [None] * len(FIELDS)
        values[AMOUNT], values[RECEIVED] = amount, received
        return tuple(values)

    records = [record(0, 500.0), record(0.0, None), record(None, 300.0), record(1_000, 1_000),
               record(0.0, 0.0), record(-0.0, 20.0)]
    assert receipt_places(records) == {0, 4, 5}
    assert receipt_places(records) == {i for i, r in enumerate(records)
                                       if typed_rows.is_receipt_row(r)}
