"""An order's date across files (core.ledger.order_dates): L-1 of Late Payer, ordered 03-10,
10,000 USD on T/T 30 days, in a ledger without ship dates (shipment estimated from the order
date). May's file lists it again dated 05-02, paid 10,000 on 05-25. By hand (as of 07-31): the
order dates from March, so it was paid late. Before, May's date replaced March's: the order
became a May order and its buyer read as paying on time (100 % on time, 0 days late).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger.import_result import FileResult
from core.ledger.report import import_report
from core.store import connect

HEADER = ["合同号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "实收金额", "收款日期"]


def row(ordered: str, received: float | None = None, on: str | None = None,
        product: str = "Sofa") -> list[object]:
    return ["L-1", "Late Payer", date.fromisoformat(ordered), product, 10_000, "USD",
            "T/T 30 days", received, on and date.fromisoformat(on)]


def files(tmp_path: Path, march_date: str = "2025-03-10") -> tuple[Path, Path]:
    march = write_xlsx(tmp_path / "2025-03.xlsx", {"3月": [HEADER, row(march_date)]})
    may = write_xlsx(tmp_path / "2025-05.xlsx", {"5月": [
        HEADER, row("2025-05-02", 10_000, "2025-05-25")]})
    return march, may


def payer(db: Path) -> tuple[CustomerMetrics, str]:
    with connect(db) as conn:
        analysis = analyse(conn, as_of=date(2025, 7, 31))
        [(ordered,)] = conn.execute("SELECT order_date FROM orders")
    [found] = [c for c in analysis.customers if c.customer == "Late Payer"]
    return found, ordered


def codes(results: list[FileResult]) -> list[list[str]]:
    return [[w.code for w in r.warnings if w.code != "no_ship_date_column"] for r in results]


def test_a_later_files_date_does_not_move_the_order(tmp_path: Path) -> None:
    march, may = files(tmp_path)
    results = _same_import(tmp_path, [march], [may])
    c, ordered = payer(tmp_path / "fast.sqlite")
    assert ordered == "2025-03-10"
    assert (c.settled_count, c.on_time_share, c.avg_days_late) == (1, 0.0, 16.0)
    assert codes(results) == [[], ["later_order_dates"]]
    assert "L-1 (“5月” row 2: 2025-03-10 / 2025-05-02)" in import_report(results[1])


def test_the_file_that_wrote_the_order_corrects_its_date(tmp_path: Path) -> None:
    """After May's file, the clerk fixes March's 03-10 to 03-12 and imports March's file
    again: the file that alone wrote the order corrects it, and nothing is said."""
    march, may = files(tmp_path)
    _same_import(tmp_path, [march], [may])
    assert payer(tmp_path / "fast.sqlite")[1] == "2025-03-10"
    files(tmp_path, "2025-03-12")
    results = _same_import(tmp_path, [march])
    assert payer(tmp_path / "fast.sqlite")[1] == "2025-03-12"
    assert codes(results) == [[]]


def test_the_months_in_either_order_and_no_correction_from_another_file(
        tmp_path: Path) -> None:
    """May's file first, then March's: March's earlier date is the order's, as in the months'
    order. May's file again (edited elsewhere) is no correction of a date March's file
    gave: the order stays a March order, late, and the note names it."""
    march, may = files(tmp_path)
    first = _same_import(tmp_path, [may], [march])
    assert payer(tmp_path / "fast.sqlite")[1] == "2025-03-10"
    write_xlsx(may, {"5月": [HEADER, row("2025-05-02", 10_000, "2025-05-26")]})
    results = _same_import(tmp_path, [may])
    c, ordered = payer(tmp_path / "fast.sqlite")
    assert ordered == "2025-03-10"
    assert (c.settled_count, c.on_time_share, c.avg_days_late) == (1, 0.0, 17.0)
    # its payment day moved 05-25 -> 05-26 in the file sent again: named as corrected (ord43)
    assert codes(first) == [[], []]
    assert codes(results) == [["later_order_dates", "resent_figures_corrected"]]


CARRIED = ["合同号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期", "实收金额",
           "收款日期", "备注"]


def test_an_order_known_only_from_a_carried_row_is_owed_and_named(tmp_path: Path) -> None:
    """A firm's first file is April's: C-1 of Yolo only on a 上月结转 row (dated 04-01, the
    day it was brought forward, 12,000 open, ship-date cell blank). Before, the blank read as
    not shipped: nothing owed. Now its shipment is estimated from its date (05-01, due 05-31)
    and the report names it. March's file then gives it its line and date: the carried row is
    its balance, 12,000 of revenue (not 24,000), ordered 03-03."""
    def plain(number: str, customer: str, ordered: str, product: str | None, amount: float,
              shipped: str | None, notes: str | None = None) -> list[object]:
        return [number, customer, date.fromisoformat(ordered), product, amount, "USD",
                "T/T 30 days", shipped and date.fromisoformat(shipped), None, None, notes]
    april = write_xlsx(tmp_path / "2025-04.xlsx", {"4月": [
        CARRIED, plain("C-1", "Yolo", "2025-04-01", None, 12_000, None, "上月结转"),
        plain("D-1", "Zed", "2025-04-10", "Lamp", 1_000, "2025-04-12")]})
    march = write_xlsx(tmp_path / "2025-03.xlsx", {"3月": [
        CARRIED, plain("C-1", "Yolo", "2025-03-03", "Sofa", 12_000, "2025-03-05")]})
    first = _same_import(tmp_path, [april])
    assert codes(first) == [["carried_only_orders"]]
    assert "C-1 (“4月” row 2: 2025-04-01)" in import_report(first[0])
    with connect(tmp_path / "fast.sqlite") as conn:
        [yolo] = [c for c in analyse(conn, as_of=date(2025, 7, 31)).customers
                  if c.customer == "Yolo"]
    [owed] = yolo.receivables
    assert (yolo.open_amount, owed.ship_date, owed.due_date) == (
        12_000, date(2025, 5, 1), date(2025, 5, 31))
    _same_import(tmp_path, [march])
    with connect(tmp_path / "fast.sqlite") as conn:
        [yolo] = [c for c in analyse(conn, as_of=date(2025, 7, 31)).customers
                  if c.customer == "Yolo"]
        [(ordered,)] = conn.execute("SELECT order_date FROM orders WHERE order_no = 'C-1'")
    assert (yolo.revenue_12m, yolo.open_amount, ordered) == (12_000, 12_000, "2025-03-03")


def test_a_tabs_orders_ask_the_store_only_for_a_stored_order_dated_later() -> None:
    """perf52: the writer's connection waits for every batch given (the last tab's lines);
    a tab's orders ask for it only where a stored order is dated later by this file, which
    may have written that date (here): not on a first import, not for a new order."""
    from types import SimpleNamespace

    from core.ledger.order_dates import FileDates
    from core.ledger.record import CARRY_FORWARD, CUSTOMER, FIELDS, ORDER_NO
    from core.ledger.writer_sql import O_DATE

    record = [None] * len(FIELDS)
    record[ORDER_NO], record[CUSTOMER], record[CARRY_FORWARD] = "L-1", "Late Payer", False
    order = SimpleNamespace(key="k", only_repeated=False, order_date="2025-05-02", sales=1,
                            rank=0, first_date=None)
    asked: list[int] = []

    class Conn:
        def execute(self, sql: str, args: list[str]) -> list[tuple[str]]:
            return []

    def conn() -> Conn:
        asked.append(1)
        return Conn()

    firsts = [(order, tuple(record))]
    FileDates(True, "2025-05.xlsx").read(conn, firsts, {})  # type: ignore[arg-type]
    assert asked == []  # a new order: nothing to wait for
    stored = [None] * (O_DATE + 1)
    stored[O_DATE] = "2025-03-10"
    FileDates(True, "2025-05.xlsx").read(conn, firsts, {"k": stored})  # type: ignore[arg-type]
    assert asked == [1] and order.order_date == "2025-03-10"  # kept at its first date
