"""acct51f: rv51c's review of an order deleted from next month's copy (core.ledger.deleted_orders).

f15: the update month held every key the file wrote as a Python set, a sorted list and their
JSON in SQLite: the 1M update month's peak 1,383,204 KB where it was 935,804 KB without the
step, over the 1 GB cap. The lines the file lists are now found a chunk of keys at a time.
"""

from __future__ import annotations

import sqlite3
import tracemalloc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct51a_deleted_order import AUG, HEAD, JULY, N2, S1, _august, _months, _nordic, _row
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

import core.ledger.written_keys as written_keys
from core.ledger.deleted_orders import deleted_orders
from core.ledger.report import import_report
from core.ledger.write_counts import WriteCounts
from core.store import connect

LINES = 8_000


class _Status:
    """The file's dates as deleted_orders asks them (core.ledger.older_status.FileStatus)."""

    def latest(self) -> str:
        return "2025-12-31"

    def day(self) -> str:
        return "2025-12-31"


def _key(n: int) -> str:
    return f"o:pi24{n:07}|玻璃调料瓶套装 红色小号#0"


def stored_lines(tmp_path: Path, count: int) -> sqlite3.Connection:
    """A store holding `count` lines of one order (keys :func:`_key`) from 11月.xlsx."""
    conn = connect(tmp_path / "db.sqlite")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO customers (id, key, name) VALUES (1, 'acme', 'Acme Ltd')")
    conn.execute("INSERT INTO orders (id, order_key, customer_id, order_date, currency) "
                 "VALUES (1, 'o:1', 1, '2025-03-01', 'USD')")
    conn.executemany(
        "INSERT INTO order_lines (order_id, line_key, amount, currency, source_file, "
        "source_sheet, source_row) VALUES (1, ?, 100, 'USD', '11月.xlsx', '台账', ?)",
        [(_key(n), n + 2) for n in range(count)])
    conn.execute("COMMIT")
    return conn


def test_an_update_month_holds_no_set_of_every_key_it_wrote(tmp_path: Path,
                                                          monkeypatch) -> None:
    """8,000 lines stored from last month's file, this month's file lists them all, asked
    500 keys at a time: nothing deleted, and the step's Python peak stays under 400 kB (a set,
    a sorted list and the JSON of the 8,000 keys: 2.3 MB)."""
    monkeypatch.setattr(written_keys, "CHUNK", 500)
    conn = stored_lines(tmp_path, LINES)

    def written(mark: str = "") -> Iterator[tuple[str, int, str]]:
        return (("台账", n + 2, _key(n)) for n in range(LINES) if mark in _key(n))

    tracemalloc.start()
    try:
        said = deleted_orders(conn, "12月.xlsx", written, WriteCounts(listed={"11月.xlsx"}),
                             _Status())  # type: ignore[arg-type]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert said == []
    assert peak < 400_000, peak
    standing = conn.execute("SELECT count(*) FROM order_lines WHERE status IS NULL")
    assert standing.fetchone()[0] == LINES


OMEGA = "Omega Bad Co"
X1_SHORT = _row("X-1", OMEGA, "2025-03-01", 3_000, "2025-03-05", 2_970, "2025-03-20")
X2 = _row("X-2", OMEGA, "2025-06-01", 7_000, "2025-06-05", terms="OA 30 days")  # due 07-05


def _omega(tmp_path: Path) -> tuple[float, float, str | None]:
    c = by_name(at(tmp_path / "fast.sqlite", AUG))[OMEGA]
    return c.open_amount, c.overdue_amount, c.list


def test_an_order_paid_within_the_firms_tolerance_dropped_is_no_deletion(
        tmp_path: Path) -> None:
    """f14: X-1's 3,000 received 2,970 (a 30 USD bank charge: 1 %, inside the firm's 50 USD
    tolerance, so the account has it paid), dropped from August's copy as closed. On main its
    own 0.5 % said unpaid: X-1 cancelled, the 2,970 became credit paying X-2's 7,000 (open
    4,030). Hand count at 08-31: X-1 paid, X-2 7,000 open and overdue 57 days; nothing named."""
    july = [*JULY, X1_SHORT, X2]
    _, august = _months(tmp_path, {"订单台账": july},
                        {"订单台账": [r for r in _august(july) if r is not X1_SHORT]})
    assert _omega(tmp_path)[:2] == (7_000, 7_000)
    assert "taken as deleted" not in august


def _cuikuan(tmp_path: Path, *steps: list[tuple[str, dict[str, list[list]]]]) -> list[str]:
    """Each import's files (name, tabs), imported in turn by both imports: their reports. A
    file holding what an earlier one holds is a copy of its bytes, as a clerk's copy is (two
    workbooks written apart differ in the second openpyxl stamps in them)."""
    folder = tmp_path / "files"
    folder.mkdir(parents=True)
    written: dict[str, Path] = {}

    def write(name: str, tabs: dict[str, list[list]]) -> Path:
        path, same = folder / name, written.get(repr(tabs))
        if same is not None:
            path.write_bytes(same.read_bytes())
            return path
        written[repr(tabs)] = write_xlsx(path, {tab: [HEAD, *rows] for tab, rows in tabs.items()})
        return path

    rounds = [[write(name, tabs) for name, tabs in step] for step in steps]
    return [import_report(r) for r in _same_import(tmp_path, *rounds)]


def test_an_order_a_cuikuan_workbook_lists_first_is_not_deleted(tmp_path: Path) -> None:
    """f2: N-2 (15,000, due 06-30) moved out of August's copy into a 催款 workbook, picked first
    in the same import. Main cancelled it though a file of that import lists it (Nordic 0, on no
    list). Hand count at 08-31: 15,000 open and overdue 62 days; nothing named deleted."""
    august = [r for r in _august(JULY) if r is not N2]
    reports = _cuikuan(tmp_path, [("2025年07月订单台账.xlsx", {"订单台账": JULY})],
                       [("8月催款.xlsx", {"催款": [N2]}),
                        ("2025年08月订单台账.xlsx", {"订单台账": august})])
    assert _nordic(tmp_path)[:2] == (15_000, 15_000)
    assert not any("taken as deleted" in report for report in reports)


def test_an_order_a_cuikuan_workbook_listed_stays_owed_month_after_month(
        tmp_path: Path) -> None:
    """f1: each month the ledger's copy first, then the 催款 workbook listing N-2; September's
    催款 is August's unchanged ("already imported"). Main: August cancelled N-2 and the 催款
    brought it back, September cancelled it again for good (Nordic 0). Hand count at 09-30:
    15,000 open and overdue 92 days; September's import names nothing deleted."""
    august = [r for r in _august(JULY) if r is not N2]
    reports = _cuikuan(tmp_path, [("2025年07月订单台账.xlsx", {"订单台账": JULY})],
                       [("2025年08月订单台账.xlsx", {"订单台账": august}),
                        ("8月催款.xlsx", {"催款": [N2]})],
                       [("2025年09月订单台账.xlsx", {"订单台账": [*august, S1]}),
                        ("9月催款.xlsx", {"催款": [N2]})])
    assert _nordic(tmp_path, date(2025, 9, 30))[:2] == (15_000, 15_000)
    assert "already imported" in reports[-1] or "imported before" in reports[-1]
    assert "taken as deleted" not in reports[-2]


def test_a_deleted_order_an_earlier_dated_row_lists_again_stands_again(tmp_path: Path) -> None:
    """August's copy (tab 2025年08月) leaves N-2 out, then the 催款 workbook, whose rows are
    all dated before August, lists it (正常). The writer kept the later file's cancellation
    and dropped its file's name (read as a line stored before schema 10): N-2 stayed cancelled
    with nothing naming it (Nordic 0). Hand count at 08-31: 15,000 open and overdue 62 days,
    the 催款 import says it stands again."""
    august = [r for r in _august(JULY) if r is not N2]
    reports = _cuikuan(tmp_path, [("2025年07月订单台账.xlsx", {"2025年07月": JULY})],
                       [("2025年08月订单台账.xlsx", {"2025年08月": august}),
                        ("8月催款.xlsx", {"催款": [N2]})])
    assert _nordic(tmp_path)[:2] == (15_000, 15_000)
    assert "it stands again" in reports[-1]


def test_an_order_number_typo_corrected_reads_as_renumbered(tmp_path: Path) -> None:
    """f6: August's copy writes N-2 as N-20 (the typo corrected: same customer, date, sum).
    Counted once (15,000 open, not 30,000), and the report says N-2 reads as renumbered N-20,
    where main said N-2 was "taken as deleted (cancelled)"."""
    n20 = ["N-20", *N2[1:]]
    _, august = _months(tmp_path, {"订单台账": JULY},
                        {"订单台账": [n20 if r is N2 else r for r in _august(JULY)]})
    assert _nordic(tmp_path)[:2] == (15_000, 15_000)
    assert "read as the order renumbered, not deleted, and counted once, as N-20" in august
    assert "taken as deleted" not in august
