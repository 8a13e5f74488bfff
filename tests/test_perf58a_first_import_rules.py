"""perf58a: a first import into an empty store asks no rule of other files' lines.

Three rules after the write look only at lines another file stored, or that were stored before
this write: a 代付 payment stored from an earlier file booked to the customer this file first
sells to (`book_stored`), a stored changer's wire naming papers now sold (`split_stored`), an
order an earlier copy listed that this one leaves out, or one such a file's leaving out had
cancelled (`deleted_orders`). Into a store holding no order every line is this file's, written
now: each read every line of a 100k first import for nothing (0.05 s on one core). Each is still
asked, and finds what it found, where the store held an order before the file.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from ledgers import write_xlsx
from test_acct51a_deleted_order import HEAD, JULY, N2, _august
from test_fast_import import _same_import
from test_perf50_tail import _counted
from test_stop38_paid_for_stored import ORBIT, PAYER, _receipts

from core.ledger import importer
from core.ledger.importer import import_files
from core.ledger.report import import_report

RULES = ("book_stored", "split_stored", "deleted_orders")


def _spied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    for name in RULES:
        monkeypatch.setattr(importer, name, partial(_counted, asked, name,
                                                    getattr(importer, name)))
    return asked


def test_a_first_import_asks_none_of_them_and_the_next_file_each(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """July's ledger into an empty store: none of the three asked, the store and the report
    the row-by-row import's (which asks them). August's copy without N-2, the bank's 代付
    slips for Orbit Tech, then the orders first selling to it, into the store holding July: all
    three asked each time; N-2 taken as deleted as the row-by-row import has it, the stored
    slips booked to Orbit Tech."""
    asked = _spied(monkeypatch)
    folder = tmp_path / "files"
    july = write_xlsx(folder / "2025年07月订单台账.xlsx", {"7月": [HEAD, *JULY]})
    orbit = write_xlsx(folder / "订单.xlsx", {"订单": ORBIT})
    [first] = _same_import(tmp_path, [july])
    assert first.status == "imported" and asked == []
    august = write_xlsx(folder / "2025年08月订单台账.xlsx", {"8月": [HEAD, *_august(
        [row for row in JULY if row is not N2])]})
    [moved] = _same_import(tmp_path, [august])
    results = [moved, *import_files(tmp_path / "fast.sqlite", [
        _receipts(folder, "代Orbit Tech LLC付款"), orbit])]  # the row-by-row import: no 代付
    assert [r.status for r in results] == ["imported"] * 3
    assert sorted(set(asked)) == sorted(RULES) and len(asked) == 3 * len(RULES)
    assert "N-2" in import_report(results[0])
    conn = sqlite3.connect(tmp_path / "fast.sqlite")
    assert conn.execute("SELECT count(*) FROM customers WHERE name = ?", (PAYER,)).fetchone() \
        == (0,)  # its slips booked to Orbit Tech: the payer no customer


def _written(db: Path, file_name: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """A file's lines and orders as stored, without the store's ids: comparable across stores."""
    conn = sqlite3.connect(db)
    lines = conn.execute(
        "SELECT o.order_key, c.key, l.* FROM order_lines l JOIN orders o ON o.id = l.order_id "
        "JOIN customers c ON c.id = o.customer_id WHERE l.first_file = ?", (file_name,))
    names = [d[0] for d in lines.description]
    kept = [i for i, name in enumerate(names) if name not in ("id", "order_id")]
    found = sorted(tuple(row[i] for i in kept) for row in lines)
    orders = sorted(tuple(row) for row in conn.execute(
        "SELECT o.order_key, o.order_no, o.order_date, o.status, o.currency, c.key FROM orders o "
        "JOIN customers c ON c.id = o.customer_id WHERE o.order_key IN (SELECT o.order_key FROM "
        "orders o JOIN order_lines l ON l.order_id = o.id WHERE l.first_file = ?)", (file_name,)))
    conn.close()
    return found, orders


def test_a_file_into_an_empty_store_is_written_as_into_one_holding_another_firm_s(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same month (a cancelled order, a payment on two invoices, a 代付 slip naming a buyer
    of the same file) into an empty store (the three rules not asked) and into a store holding
    another workbook's unrelated buyers (asked): its lines, orders and notes the same."""
    month = [HEAD, *JULY,
             ["K-1", "Kilo AG", date(2025, 7, 3), "收纳盒", 4_000, "USD", "OA 30 days",
              date(2025, 7, 9), None, None, "取消"],
             ["A-3/A-4", "Alpha Ltd", date(2025, 7, 20), None, 0, "USD", None, None, 2_500,
              date(2025, 7, 28), None],
             [None, PAYER, date(2025, 7, 22), None, None, "USD", None, None, 1_200,
              date(2025, 7, 22), "代Gamma Srl付款"]]
    ledger = write_xlsx(tmp_path / "2025年07月订单台账.xlsx", {"7月": month})
    other = write_xlsx(tmp_path / "订单.xlsx", {"订单": ORBIT})
    asked = _spied(monkeypatch)
    [alone] = import_files(tmp_path / "empty.sqlite", [ledger])
    assert alone.status == "imported" and asked == []
    import_files(tmp_path / "filled.sqlite", [other])
    asked.clear()
    [beside] = import_files(tmp_path / "filled.sqlite", [ledger])
    assert beside.status == "imported" and sorted(asked) == sorted(RULES)
    assert import_report(alone) == import_report(beside)
    assert _written(tmp_path / "empty.sqlite", ledger.name) == _written(
        tmp_path / "filled.sqlite", ledger.name)
