"""The writer's ids, new lines, stored flags, merged currencies and kept first dates are held by
the order's rank apart from the orders (line_ids.Numbered, order_dates.FileDates.first_dates),
not as six slots of every Order (perf66b): the 1M import's reading holds 770,000 orders.

January's book: Rio Casa's PO-A1 (LED灯 10,000 and 灯罩 2,000, O/A 30, shipped 01-10: due
02-09) and Kobe's PO-K1 1,000, paid. February's book lists first a new order, Kobe's PO-N1
3,000 (shipped 02-05: due 03-07), then PO-A1 dated 02-03 (stored 01-05: the first date kept),
its LED灯 paid 4,000 on 02-20, its 灯罩 with a blank currency cell, and a new product, 包装盒
1,500 (shipped 02-10: due 03-12) — a new line of a stored order, numbered after the stored
lines, while the new order PO-N1 takes the next order id. Kobe's PO-D1 (桌子 3,000, not
shipped: due from its order date, owed nothing yet) is dated 01-05 in January, 02-03 in
February: its first date kept, its due stays 02-04 (from 02-03 it would be 03-05). Every
table and report is compared with the reference (row-by-row) import after each file.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ledgers import write_xlsx
from test_acct53b_codes_forms_sales import OA
from test_fast_import import _same_import
from test_fix57i_cancel_went_ahead import HEAD
from test_fix59f_paid_revival_elsewhere import KOBE, PAYMENTS, RIO
from test_lists_audit28 import at, by_name

from core.ledger import writer
from core.ledger.importer import import_files
from core.ledger.line_ids import Numbered
from core.ledger.order_sums import Order

d = date.fromisoformat


def _row(number: str, buyer: str, day: str, product: str, amount: float, ship: str | None,
         paid: float | None = None, on: str | None = None, currency: str | None = "USD"
         ) -> list[object]:
    shipped = d(ship) if ship else None  # a blank: the stored line's ship date stands
    return [number, buyer, d(day), product, 100, amount / 100, amount, currency, OA, shipped,
            shipped, paid, d(on) if on else None, None, None]


def _status(row: list[object], status: str) -> list[object]:
    return [*row[:-1], status]


JANUARY = [HEAD, _row("PO-A1", RIO, "2025-01-05", "LED灯", 10_000, "2025-01-10"),
           _row("PO-A1", RIO, "2025-01-05", "灯罩", 2_000, "2025-01-10"),
           _row("PO-K1", KOBE, "2025-01-08", "陶瓷杯", 1_000, "2025-01-12", 1_000, "2025-01-20"),
           _row("PO-D1", KOBE, "2025-01-05", "桌子", 3_000, None)]
FEBRUARY = [HEAD, _row("PO-N1", KOBE, "2025-02-02", "花瓶", 3_000, "2025-02-05"),
            _row("PO-A1", RIO, "2025-02-03", "LED灯", 10_000, None, 4_000, "2025-02-20"),
            _row("PO-A1", RIO, "2025-02-03", "灯罩", 2_000, None, currency=None),
            _row("PO-A1", RIO, "2025-02-03", "包装盒", 1_500, "2025-02-10"),
            _row("PO-D1", KOBE, "2025-02-03", "桌子", 3_000, None)]
# another buyer's paid sale: the books run to 04-15, so the account is taken there
APRIL = [HEAD, _row("PO-O1", "Other Co", "2025-04-01", "陶瓷杯", 1_000, "2025-04-10", 1_000,
                    "2025-04-15")]


def _states(db: Path, on: str) -> dict[str, tuple[int, int, str | None]]:
    """Each buyer's (open, days past due, black or watch list)."""
    return {name: (round(c.open_amount), c.max_days_overdue,
                   c.list if c.list in ("black", "watch") else None)
            for name, c in by_name(at(db, d(on))).items() if name in (RIO, KOBE)}


def _lines(db: Path) -> list[tuple[int, str, str, float]]:
    """Each line's id, its order's number, its product and amount, by id."""
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT l.id, o.order_no, l.product, l.amount FROM order_lines l "
                            "JOIN orders o ON o.id = l.order_id ORDER BY l.id").fetchall()


def test_a_stored_orders_new_line_and_a_new_order_keep_their_own_ids(tmp_path: Path) -> None:
    """After February: PO-A1 keeps its id 1 and gets 包装盒 as line 6 (after PO-D1's line 4
    and PO-N1's 5: the file's new lines in first-seen order of their orders), PO-N1 is order
    4. At 04-15 Rio owes 6,000 + 2,000 (due 02-09: 65 days, black) + 1,500 (due 03-12) =
    9,500; Kobe 3,000 (due 03-07: 39 days, watch). Had the new line gone to PO-N1's id, Rio
    would owe 8,000 and Kobe 4,500."""
    january = write_xlsx(tmp_path / "1月" / "2025年1月台账.xlsx", {"1月": JANUARY})
    february = write_xlsx(tmp_path / "2月" / "2025年2月台账.xlsx", {"2月": FEBRUARY, "4月": APRIL})
    first, second = _same_import(tmp_path, [january], [february])
    assert (first.status, second.status) == ("imported", "imported"), second.message
    [later] = [w.text for w in second.warnings if w.code == "later_order_dates"]
    assert "PO-A1" in later and "PO-N1" not in later
    db = tmp_path / "fast.sqlite"
    assert _lines(db) == [(1, "PO-A1", "LED灯", 10_000), (2, "PO-A1", "灯罩", 2_000),
                          (3, "PO-K1", "陶瓷杯", 1_000), (4, "PO-D1", "桌子", 3_000),
                          (5, "PO-N1", "花瓶", 3_000), (6, "PO-A1", "包装盒", 1_500),
                          (7, "PO-O1", "陶瓷杯", 1_000)]
    with sqlite3.connect(db) as conn:
        orders = conn.execute("SELECT id, order_no, order_date FROM orders ORDER BY id").fetchall()
    assert orders == [(1, "PO-A1", "2025-01-05"), (2, "PO-K1", "2025-01-08"),
                      (3, "PO-D1", "2025-01-05"), (4, "PO-N1", "2025-02-02"),
                      (5, "PO-O1", "2025-04-01")]  # PO-A1's and PO-D1's first dates kept
    with sqlite3.connect(db) as conn:  # 01-05 + 30, not 02-03's + 30 (03-05)
        assert conn.execute("SELECT due_date FROM order_lines WHERE id = 4").fetchall() == [
            ("2025-02-04",)]
    assert _states(db, "2025-04-15") == {RIO: (9_500, 65, "black"), KOBE: (3_000, 39, "watch")}


def test_both_books_in_one_store_first_and_again(tmp_path: Path) -> None:
    """February's book alone into an empty store (a first import: every order new, its ids
    in first-seen order), then January's: PO-A1 is February's order 2 (PO-N1 first), and
    January's rows are its stored lines (dated earlier: the date moves back to 01-05, no
    order dated later); PO-K1 is order 5, its line 7 (after April's PO-O1). The account as in
    the test above."""
    january = write_xlsx(tmp_path / "1月" / "2025年1月台账.xlsx", {"1月": JANUARY})
    february = write_xlsx(tmp_path / "2月" / "2025年2月台账.xlsx", {"2月": FEBRUARY, "4月": APRIL})
    results = _same_import(tmp_path, [february], [january])
    assert [r.status for r in results] == ["imported", "imported"]
    assert not [w for r in results for w in r.warnings if w.code == "later_order_dates"]
    db = tmp_path / "fast.sqlite"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT order_date FROM orders WHERE order_no = 'PO-A1'"
                            ).fetchall() == [("2025-01-05",)]
    assert [line[:3] for line in _lines(db)] == [
        (1, "PO-N1", "花瓶"), (2, "PO-A1", "LED灯"), (3, "PO-A1", "灯罩"), (4, "PO-A1", "包装盒"),
        (5, "PO-D1", "桌子"), (6, "PO-O1", "陶瓷杯"), (7, "PO-K1", "陶瓷杯")]
    assert _states(db, "2025-04-15") == {RIO: (9_500, 65, "black"), KOBE: (3_000, 39, "watch")}


def test_the_writers_values_are_no_slots_of_an_order() -> None:
    """An Order holds what the reading sums up only; the writer's six values are Numbered's
    (main: 29 slots, 264 bytes an order)."""
    assert not {"id", "stored", "new_lines", "first_new_line", "first_date",
                "stored_currency"} & set(Order.__slots__)
    assert len(Order.__slots__) == 20
    numbered = Numbered([])
    assert (len(numbered.ids), len(numbered.stored), numbered.currency) == (0, 0, [])


def _spied_orders(monkeypatch: pytest.MonkeyPatch) -> list[list[Order]]:
    """The orders the writer numbers, as the reading left them."""
    seen: list[list[Order]] = []
    real = writer.number_lines

    def spy(batches: Any, held: Any, orders: list[Order], *rest: Any) -> Any:
        seen.append(orders)
        return real(batches, held, orders, *rest)

    monkeypatch.setattr(writer, "number_lines", spy)
    return seen


def test_what_few_orders_have_is_kept_for_those_alone(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """March (O/A 30, shipped 03-01: due 03-31, 91 days at 06-30): Rio's PO-P1 10,000 plain;
    Kobe's PO-C1 8,000 已取消 and PO-X1 6,000 有争议 (a dispute: shown apart, never black);
    Rio's PO-W1 5,000, which Kobe's wire of 5,000 on the 收款明细 tab pays (counted as Rio's
    money, paid for him: 代付). Only PO-C1 (a sale cancelled), PO-X1 (one disputed) and PO-W1
    (a receipt row) get a Rare, PO-P1 none; the orders' statuses are stored as before
    (cancelled, disputed); Rio owes PO-P1's 10,000 (91 days, black) and nothing of PO-W1,
    Kobe nothing open (the cancelled sale no debt, the dispute apart). Had the tallies been
    lost, PO-C1 and PO-X1 would be stored with no status (the orders' table's own word)."""
    seen = _spied_orders(monkeypatch)
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {
        "3月": [HEAD, _row("PO-P1", RIO, "2025-02-20", "LED灯", 10_000, "2025-03-01"),
               _status(_row("PO-C1", KOBE, "2025-02-20", "灯罩", 8_000, "2025-03-01"), "已取消"),
               _status(_row("PO-X1", KOBE, "2025-02-20", "花瓶", 6_000, "2025-03-01"), "有争议"),
               _row("PO-W1", RIO, "2025-02-20", "桌子", 5_000, "2025-03-01")],
        "收款明细": [PAYMENTS, [d("2025-04-10"), KOBE, "PO-W1", 5_000, "USD", None]],
        "6月": [HEAD, _row("PO-O1", "Other Co", "2025-06-01", "陶瓷杯", 1_000, "2025-06-10",
                          1_000, "2025-06-30")]})
    [result] = import_files(tmp_path / "fast.sqlite", [book])  # (the reference import says
    assert result.status == "imported", result.message  # no 代付 note: not compared here)
    [orders] = seen
    rare = {o.order_no: (o.rare.receipts, o.rare.cancelled, o.rare.disputed, o.payers)
            for o in orders if o.rare is not None}
    assert rare == {"PO-C1": (0, 1, 0, None), "PO-X1": (0, 0, 1, None),
                    "PO-W1": (1, 0, 0, None)}
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        assert conn.execute("SELECT order_no, status FROM orders ORDER BY id").fetchall() == [
            ("PO-P1", None), ("PO-C1", "cancelled"), ("PO-X1", "disputed"), ("PO-W1", None),
            ("PO-O1", None)]
    assert _states(tmp_path / "fast.sqlite", "2025-06-30") == {RIO: (10_000, 91, "black"),
                                                                KOBE: (0, 0, None)}
