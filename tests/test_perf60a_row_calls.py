"""perf60a: the grouping and the write ask a row's rules only of rows that could answer them.

The 100k bench ledger's first import asked every row whether it was a note or return of its
own (tab_notes), another lot of a stored line (orders._other), what its status cell adds to its
notes (lot_words.kept_notes) and what word its status day is written by (revived_lines.dated_by)
— though its status cell and notes were blank on 83 % of rows, the store held nothing and no
tab held a return. Those rows now ask none of them; the rows that say something ask as before,
and the lines written are the row-by-row import's.
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

from core.ledger import line_values, orders, revived_lines, tab_notes, writer
from core.ledger.importer import import_files
from core.ledger.record import ROW

HEAD = ["订单号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "状态", "备注"]


def _book() -> list[list[object]]:
    """A month of a clerk's book: plain sales with blank status and notes (most rows), one
    cancelled with its day in the status cell, one whose status says its lot went, one noted."""
    rows: list[list[object]] = [HEAD]
    for n in range(1, 9):
        rows.append([f"PO-{n:02d}", "华美贸易有限公司" if n % 2 else "Zenith Home GmbH",
                     date(2025, 3, n), 1_000 * n, "USD", "T/T 30天", date(2025, 3, 10 + n),
                     None, None])
    rows.append(["PO-20", "华美贸易有限公司", date(2025, 3, 2), 6_000, "USD", "T/T",
                 date(2025, 3, 4), "3/5取消", None])  # row 10
    rows.append(["PO-21", "Zenith Home GmbH", date(2025, 3, 3), 4_500, "USD", "T/T",
                 date(2025, 3, 6), "第二批已发", None])  # row 11
    rows.append(["PO-22", "Zenith Home GmbH", date(2025, 3, 3), 2_500, "USD", "T/T",
                 date(2025, 3, 7), None, "客户要求加急"])  # row 12
    return rows


def _spy(asked: list[int], real: Callable[..., Any], at: int) -> Callable[..., Any]:
    """`real`, noting the row number of the record given at argument `at`."""
    def spied(*args: Any) -> Any:
        asked.append(args[at][ROW])
        return real(*args)
    return spied


def test_blank_rows_ask_no_note_lot_or_status_word_rule(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """March's book into an empty store: the eight plain rows (2–9) ask none of the four rules;
    the cancelled, lot and noted rows ask those their cells could answer; the lines are the
    row-by-row import's, the cancel's day and the lot kept in their notes."""
    saw: list[int] = []
    sold: list[int] = []
    other: list[int] = []
    kept: list[int] = []
    dated: list[int] = []
    monkeypatch.setattr(tab_notes.TabNotes, "saw", _spy(saw, tab_notes.TabNotes.saw, 2))
    monkeypatch.setattr(tab_notes.TabNotes, "order_sale",
                        _spy(sold, tab_notes.TabNotes.order_sale, 2))
    monkeypatch.setattr(orders.OrderBook, "_other", _spy(other, orders.OrderBook._other, 2))

    def kept_notes(notes: object, product: object, status: object) -> object:
        kept.append(0 if status is None else 1)
        return real_kept(notes, product, status)

    real_kept = line_values.kept_notes
    monkeypatch.setattr(line_values, "kept_notes", kept_notes)
    real_dated = revived_lines.dated_by
    spied = _spy(dated, real_dated, 1)
    monkeypatch.setattr(revived_lines, "dated_by", spied)
    monkeypatch.setattr(writer, "dated_by", spied)
    book = write_xlsx(tmp_path / "files" / "2025年03月订单台账.xlsx", {"3月": _book()})
    [counted] = import_files(tmp_path / "counted.sqlite", [book])
    assert counted.status == "imported"
    assert saw == [10, 11] and sold == [] and other == []
    assert kept == [1, 1] and dated == [10, 11, 12]
    monkeypatch.undo()  # the same lines as the row-by-row import writes
    [result] = _same_import(tmp_path, [book])
    assert result.status == "imported"
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    notes = dict(conn.execute("SELECT source_row, notes FROM order_lines WHERE notes IS NOT NULL"))
    assert notes == {10: "3/5取消", 11: "第二批", 12: "客户要求加急"}
    assert conn.execute("SELECT count(*) FROM order_lines WHERE status = 'cancelled'"
                        ).fetchone() == (1,)
