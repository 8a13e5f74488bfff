"""Opening a database whose import read placeholder order numbers as the number "-" (schema 8
and before): every such order is split into the orders today's import makes of its rows.

The old state is written by hand from today's import: the rows each placeholder named put
into one order keyed "o:" and the placeholder, of its first row's customer, dated at the
earliest, their lines keyed under it, as the old import stored them.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from databases import before_schema_10
from ledgers import write_xlsx
from test_words_audit14 import AMOUNT, HEADER, PAYER, late_payer, row

from core.ledger import placeholder_rows
from core.ledger.importer import import_files
from core.ledger.keys import line_key
from core.ledger.normalise import fold
from core.store import SCHEMA_VERSION, connect

OLD = 8  # the schema that stored them so


def _as_old_code_stored(db: Path, marks: dict[int, str], numbers: dict[int, str] | None = None,
                        credited: dict[int, str] | None = None) -> None:
    """`marks`: ledger row -> the placeholder its order-number cell held; `numbers` and
    `credited`: rows whose invoice number and credited number the old import stored as one."""
    old = sqlite3.connect(db)
    for mark in dict.fromkeys(marks.values()):
        rows = [r for r, m in marks.items() if m == mark]
        lines = old.execute(
            f"SELECT l.id, l.order_id, l.product FROM order_lines l WHERE source_row IN "
            f"({', '.join('?' * len(rows))}) ORDER BY source_row", rows).fetchall()
        orders = [order_id for _, order_id, _ in lines]
        first, key = orders[0], "o:" + fold(mark)
        earliest = old.execute(f"SELECT MIN(order_date) FROM orders WHERE id IN "
                               f"({', '.join('?' * len(orders))})", orders).fetchone()[0]
        old.execute("UPDATE orders SET order_key = ?, order_no = ?, order_date = ? WHERE id = ?",
                    (key, mark, earliest, first))
        positions: Counter[str] = Counter()
        for line_id, order_id, product in lines:
            old.execute("UPDATE order_lines SET order_id = ?, line_key = ? WHERE id = ?",
                        (first, line_key(key, product, positions[fold(product or "")]), line_id))
            positions[fold(product or "")] += 1
            if order_id != first:
                old.execute("DELETE FROM orders WHERE id = ?", (order_id,))
    for column, cells in (("invoice_no", numbers or {}), ("credit_ref", credited or {})):
        old.executemany(f"UPDATE order_lines SET {column} = ? WHERE source_row = ?",
                        [(text, r) for r, text in cells.items()])
    before_schema_10(old)
    old.execute(f"PRAGMA user_version = {OLD}")
    old.commit()
    old.close()


def _contents(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The orders and lines, by their keys (ids differ between two databases)."""
    conn = sqlite3.connect(db)
    try:
        orders = sorted(conn.execute(
            "SELECT o.order_key, o.order_no, c.key, o.order_date, o.currency, o.status, "
            "o.trial, o.payment_terms FROM orders o JOIN customers c ON c.id = o.customer_id"))
        lines = sorted(conn.execute(
            "SELECT l.line_key, o.order_key, l.product, l.amount, l.invoice_no, l.credit_ref, "
            "l.credit_note, l.status FROM order_lines l JOIN orders o ON o.id = l.order_id"))
        return orders, lines
    finally:
        conn.close()


def _ids(db: Path) -> list[tuple[int, int]]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute("SELECT id, order_id FROM order_lines ORDER BY id"))
    finally:
        conn.close()


COLUMNS = ["订单号", "客户", "下单日期", "产品名称", "金额", "币种", "发票号"]
LEDGER = [  # rows 2-7: the late payer's three "-" rows and a "/" row of another customer
    ["-", "Late Co", date(2025, 2, 20), "Pump", 8_000, "USD", "-"],
    ["-", "Late Co", date(2025, 2, 20), "Valve", 8_000, "USD", None],
    ["-", "Late Co", date(2025, 2, 20), "Pump", 8_000, "USD", None],
    ["/", "Other Co", date(2025, 2, 25), "Pump", 30_000, "EUR", None],
    ["PO-1", "Late Co", date(2025, 2, 10), "Hose", 5_000, "USD", "-"],
    ["PO-1", "Late Co", date(2025, 2, 28), "Hose", -2_000, "USD", "-"],  # a credit note
]


@pytest.mark.parametrize("kept", [True, False])
def test_a_placeholder_order_is_split_into_the_orders_a_fresh_import_makes(tmp_path: Path,
                                                                           kept: bool) -> None:
    """Each placeholder order holds one customer's rows of one date, so what their keys need
    is stored, whether or not the ledger is still there to read again: the migrated database
    holds the orders, keys, statuses and credited numbers of a fresh import of the ledger."""
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [COLUMNS, *LEDGER]})
    db, fresh = tmp_path / "old.sqlite", tmp_path / "fresh.sqlite"
    for path in (db, fresh):
        [result] = import_files(path, [ledger])
        assert result.status == "imported"
    if not kept:
        ledger.unlink()
    _as_old_code_stored(db, {2: "-", 3: "-", 4: "-", 5: "/"}, {2: "-", 6: "-", 7: "-"}, {7: "-"})
    before = _ids(db)
    assert len({order for _, order in before}) == 3  # o:-, o:/ and PO-1
    connect(db).close()
    assert _contents(db) == _contents(fresh)
    after = _ids(db)
    assert [line for line, _ in after] == [line for line, _ in before]  # the lines keep ids
    assert after[0][1] == before[0][1]  # the merged order's id stays with its first line
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def _late_rows(other: bool) -> list[list[object]]:
    """The late payer's three orders of 8,000 on three dates with "-" for a number, and (if
    `other`) another customer's order of 30,000 with "-" as well."""
    late = [row("-"), row("-"), row("-")]
    for number, day in enumerate((date(2025, 2, 20), date(2025, 2, 21), date(2025, 2, 22))):
        late[number][2] = day
    if other:
        late.append(row("-", 30_000))
        late[-1][1:3] = ["Other Co", date(2025, 2, 25)]
    return [*late, PAYER]


def _old_and_fresh(tmp_path: Path, rows: list[list[object]]) -> tuple[Path, Path, Path]:
    """The ledger imported into two databases; the first then as the old import left it."""
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows]})
    db, fresh = tmp_path / "old.sqlite", tmp_path / "fresh.sqlite"
    for path in (db, fresh):
        [result] = import_files(path, [ledger])
        assert result.status == "imported"
    _as_old_code_stored(db, {n: "-" for n in range(2, len(rows) + 1)})
    return ledger, db, fresh


def test_rows_of_several_dates_and_customers_are_read_again_from_their_ledger(tmp_path: Path
                                                                              ) -> None:
    """Three small orders of a late payer on three dates and another customer's, stored as
    one order of 54,000 of the late payer: its average order was over the stop-loss floor.
    The ledger is where it was imported from, unchanged: each row is its own customer's
    order on its own date again, as a fresh import makes it, and the late payer is back on
    the black list with an average order of 8,000."""
    _, db, fresh = _old_and_fresh(tmp_path, _late_rows(other=True))
    c = late_payer(db)  # opening migrates
    assert (c.orders_all, c.average_order, c.open_amount, c.list) == (3, AMOUNT, 3 * AMOUNT,
                                                                      "black")
    assert _contents(db) == _contents(fresh)


@pytest.mark.parametrize("gone", ["moved", "changed", "unreadable"])
def test_rows_whose_ledger_is_gone_take_their_orders_customer_and_date(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gone: str) -> None:
    """The ledger moved, was saved again with more rows since, or fails to read (the file
    must open all the same): a line keeps no order date
    of its own, so each is an order dated as the merged order was (the earliest), and the
    row of that date has exactly the key a fresh import gives it. The late payer's three
    orders of 8,000 are three again, and it is back on the black list."""
    ledger, db, fresh = _old_and_fresh(tmp_path, _late_rows(other=False))
    if gone == "moved":
        ledger.rename(tmp_path / "elsewhere.xlsx")
    elif gone == "changed":
        write_xlsx(ledger, {"台账": [HEADER, *_late_rows(other=True)]})
    else:
        def fails(*_: object) -> None:
            raise KeyError("a reader's fault")

        monkeypatch.setattr(placeholder_rows, "read_ledger", fails)
    c = late_payer(db)
    assert (c.orders_all, c.average_order, c.open_amount, c.list) == (3, AMOUNT, 3 * AMOUNT,
                                                                      "black")
    migrated, wanted = _contents(db)[0], _contents(fresh)[0]
    assert len(migrated) == len(wanted) == 4
    assert next(o for o in wanted if o[3] == "2025-02-20") in migrated
    assert {o[3] for o in migrated if o[1] is None} == {"2025-02-20"}
