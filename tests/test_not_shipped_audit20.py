"""A product line whose ship-date cell says 未出货 (未发货, TBA, "not shipped") under a line of
its order that has shipped has not shipped: it is not owed, nor overdue, until a date comes.

Before, the word was read as a blank cell, and a blank on a second product line goes with the
first line's ship date (docs/analysis.md, "The customer account": the clerk who writes the date
once means it for the lines below). So the clerk's own "not shipped" made the part look owed
since the first shipment, and its customer a late payer for the stop-loss list. A blank cell
still goes with the line above it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import titled, write_xlsx
from test_fast_analysis import _compare
from test_fast_import import _same_import
from test_lists_by_hand import HEADER, OA30, row

from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

SHIP = HEADER.index("出货日期")


def said(line: list[object], words: str) -> list[object]:
    """The row with its ship-date cell written in words."""
    line[SHIP] = words
    return line


def order(no: str, customer: str, second: str | None, *, month: str = "2025-09") -> list[list]:
    """A sofa shipped on the 1st and paid on time, and a table whose ship-date cell says
    `second` (None: blank)."""
    shipped = row(no, customer, f"{month}-01", 10_000, product="沙发", terms=OA30,
                  ship=f"{month}-01", got=10_000, got_on=f"{month}-28")
    table = row(no, customer, f"{month}-01", 8_000, product="餐桌", terms=OA30)
    return [shipped, said(table, second) if second else table]


SEPTEMBER = [*order("NS-1", "Said Co", "未出货"), *order("BL-1", "Blank Co", None),
             *order("TB-1", "Later Co", "TBA"), *order("EN-1", "English Co", "not shipped")]
DECEMBER = [  # the year-to-date workbook's December tab: Later Co's table has shipped
    *order("TB-1", "Later Co", None)[:1],
    row("TB-1", "Later Co", "2025-09-01", 8_000, product="餐桌", terms=OA30,
        ship="2025-12-10"),
    row("AN-1", "Anchor", "2025-12-01", 5_000, terms=OA30, ship="2025-12-02",
        due="2025-12-31", got=5_000, got_on="2025-12-31")]


def ledger(folder: Path) -> Path:
    return write_xlsx(folder / "2025年台账.xlsx", {"9月": titled([HEADER, *SEPTEMBER]),
                                                   "12月": titled([HEADER, *DECEMBER])})


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CustomerMetrics]:
    folder = tmp_path_factory.mktemp("not_shipped")
    [result] = import_files(folder / "firm.sqlite", [ledger(folder)])
    assert result.status == "imported", result.message
    conn = connect(folder / "firm.sqlite")
    try:
        analysis = analyse(conn)
    finally:
        conn.close()
    assert analysis.as_of == date(2025, 12, 31)
    return {c.customer: c for c in analysis.customers}


def test_a_line_said_not_shipped_is_not_owed(found: dict[str, CustomerMetrics]) -> None:
    """Before: 8,000 open, 91 days past due since the sofa's shipment: black. A blank cell
    still goes with the line above it (the documented reading, unchanged); a date a later
    tab fills in ships the line on it."""
    for customer in ("Said Co", "English Co"):
        c = found[customer]
        assert (c.open_amount, c.overdue_amount) == (0, 0) and c.list != "black", customer
        [table] = [r for r in c.receivables if r.amount == 8_000]
        assert (table.shipped, table.ship_date, table.days_overdue) == (False, None, 0)
    blank = found["Blank Co"]
    assert (blank.overdue_amount, blank.max_days_overdue, blank.list) == (8_000, 91, "black")
    # "TBA" in September, shipped on 10 December on the December tab: due 9 January
    later = found["Later Co"]
    [table] = [r for r in later.receivables if r.amount == 8_000]
    assert (table.shipped, table.ship_date, table.due_date) == (
        True, date(2025, 12, 10), date(2026, 1, 9))
    assert (later.open_amount, later.overdue_amount) == (8_000, 0) and later.list != "black"


def test_a_later_files_blank_keeps_it_unshipped(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """September's file sent again, Said Co's table's price corrected and its ship-date cell
    left blank: a blank keeps what was stored, the table is still not shipped. Both importers
    store the same, and the fast and the reference analyses read it alike."""
    first = ledger(tmp_path)
    sofa, table = order("NS-1", "Said Co", None)
    table[HEADER.index("金额")] = 8_500  # and the table's price corrected
    again = write_xlsx(tmp_path / "9月台账（更正）.xlsx", {"9月": titled([HEADER, sofa, table])})
    results = _same_import(tmp_path, [first], [again])
    assert [r.status for r in results] == ["imported", "imported"]
    conn = connect(tmp_path / "fast.sqlite")
    try:
        c = {m.customer: m for m in analyse(conn, as_of=date(2025, 12, 31)).customers}
        assert conn.execute("SELECT ship_date_known FROM order_lines WHERE product = '餐桌' "
                            "AND order_id = (SELECT id FROM orders WHERE order_no = 'NS-1')"
                            ).fetchone()[0] == 2
    finally:
        conn.close()
    assert c["Said Co"].overdue_amount == 0 and c["Said Co"].list != "black"
    (tmp_path / "both").mkdir()
    _compare(tmp_path / "fast.sqlite", tmp_path / "both", monkeypatch, [None])
