"""perf65b: the file's new names weighed for alike customers by the writer while its writing
thread runs the write's last long statements (the file's first read figures copied, the indexes
set aside made again: core.ledger.alike_customers.Weighing); the notes, the store and the account
as before.

A firm's first file writes Nordic Home AB (46,000 paid) and NORDIC  HOME A.B. (8,000 on OA 30,
shipped 2025-11-20, unpaid: due 12-20, 95 days late on 2026-03-25), Sahara Star beside Sahara
Star General Trading, ABC Agency (Lidl) beside ABC Agency (Aldi), and Other Co. The import says
the three pairs (and nothing of Other Co), as the weighing on the import's own thread said them;
it merges nothing: NORDIC HOME A.B. stays 8,000, 95 days, black until the clerk merges.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_import_order36 import A as MARCH_BOOK
from test_import_order36 import B as APRIL_BOOK
from test_ord41_order import _late
from test_ord42_order import _imported, _typo

from core.ledger import alike_customers as alike_module
from core.ledger.alike_customers import Weighing, alike_customers, alike_names
from core.ledger.batches import Batches
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.write_counts import WriteCounts
from core.store import connect

A = date(2026, 3, 25)
HEAD = ["合同号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "已收金额",
        "收款日期"]


def _row(no: str, name: str, ordered: date, shipped: date, amount: float,
         paid: float | None = None, day: date | None = None) -> list[object]:
    return [no, name, ordered, shipped, amount, "USD", "OA 30 days", paid, day]


FIRST = [
    HEAD,
    _row("NH-1", "Nordic Home AB", date(2025, 10, 12), date(2025, 11, 2), 46_000, 46_000,
         date(2025, 12, 1)),
    _row("NH-2", "NORDIC  HOME A.B.", date(2025, 11, 3), date(2025, 11, 20), 8_000),
    _row("SS-1", "Sahara Star", date(2026, 2, 1), date(2026, 2, 5), 3_000, 3_000, A),
    _row("SS-2", "Sahara Star General Trading", date(2026, 2, 2), date(2026, 2, 6), 2_000,
         2_000, A),
    _row("AG-1", "ABC Agency (Lidl)", date(2026, 2, 3), date(2026, 2, 7), 1_500, 1_500, A),
    _row("AG-2", "ABC Agency (Aldi)", date(2026, 2, 4), date(2026, 2, 8), 1_200, 1_200, A),
    _row("X-1", "Other Co", A, A, 1_000, 1_000, A),
]
PAIRS = [("customer_bracketed", {"new": "ABC Agency (Lidl)", "known": "ABC Agency (Aldi)"}),
         ("customer_alike_new", {"new": "Nordic Home AB", "known": "NORDIC HOME A.B."}),
         ("customer_alike_new", {"new": "Sahara Star", "known": "Sahara Star General Trading"})]


def _said(result: FileResult) -> list[tuple[str, dict[str, object]]]:
    return [(w.code, w.params) for w in result.warnings
            if w.code in ("customer_alike_new", "customer_bracketed")]


@pytest.fixture
def weighed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What happened, in order: each weighing ("weighed", with the thread it ran on) and each
    statement the writing thread ran for the writer's last steps (with its thread)."""
    events: list[str] = []
    original, run = alike_module._weighed, Batches._execute_all

    def spied(*args: object) -> object:
        events.append(f"weighed on {threading.current_thread().name}")
        return original(*args)  # type: ignore[arg-type]

    def ran(self: Batches, statements: list[tuple[str, object]]) -> None:
        events.extend(f"{sql.split(' ON ')[0].split(' SELECT ')[0]} on "
                      f"{threading.current_thread().name}" for sql, _ in statements)
        run(self, statements)  # type: ignore[arg-type]

    monkeypatch.setattr(alike_module, "_weighed", spied)
    monkeypatch.setattr(Batches, "_execute_all", ran)
    return events


def test_a_first_imports_alike_names_weighed_once_beside_the_write(
        tmp_path: Path, weighed: list[str]) -> None:
    """The three pairs said, weighed once, not on the import's thread; the account as
    before: the notes merge nothing (NORDIC HOME A.B. 8,000, 95 days, black; Nordic Home AB
    paid, on no list: a pair taken for one customer would have paid NH-2 from NH-1's money)."""
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [write_xlsx(tmp_path / "2025.xlsx", {"台账": FIRST})])
    assert result.status == "imported"
    assert _said(result) == PAIRS
    here = threading.current_thread().name
    writing = [e for e in weighed if not e.startswith("weighed")]
    assert [e.split(" on ")[0] for e in writing] == [
        "INSERT INTO file_receipts", "CREATE INDEX order_lines_amount_file",
        "CREATE INDEX order_lines_order", "CREATE INDEX orders_customer",
        "CREATE INDEX orders_date"]  # as the schema names them, the copy first
    assert all(e.split(" on ")[1].startswith("tradetier-write") for e in writing)
    assert [e for e in weighed if e.startswith("weighed")] == [f"weighed on {here}"]  # once
    found = customers(db, A)["by_name"]
    nordic = found["NORDIC HOME A.B."]
    assert (round(nordic["open_amount"]), nordic["max_days_overdue"], nordic["list"]) == (
        8_000, 95, "black")
    assert round(found["Nordic Home AB"]["open_amount"] or 0) == 0
    assert found["Nordic Home AB"]["list"] not in ("black", "watch")
    assert {name: round(c["open_amount"] or 0) for name, c in found.items()
            if name not in ("NORDIC HOME A.B.", "Nordic Home AB")} == {
        "Sahara Star": 0, "Sahara Star General Trading": 0, "ABC Agency (Lidl)": 0,
        "ABC Agency (Aldi)": 0, "Other Co": 0}


def test_as_the_row_by_row_import_says_them_and_a_later_months_new_spelling(
        tmp_path: Path, weighed: list[str]) -> None:
    """The fast import against the reference import (which weighs after its write): the
    same report and every table alike, after the first file and after April's, whose new
    spelling Nordik Home AB is said beside the stored Nordic Home AB and NORDIC HOME A.B.
    (weighed beside the write too); a month bringing no new name weighs nothing."""
    first = write_xlsx(tmp_path / "in" / "2025.xlsx", {"台账": FIRST})
    april = write_xlsx(tmp_path / "in" / "2026-04.xlsx", {"台账": [
        HEAD, _row("NH-9", "Nordik Home AB", date(2026, 4, 1), date(2026, 4, 3), 5_000)]})
    same = write_xlsx(tmp_path / "in" / "2026-05.xlsx", {"台账": [
        HEAD, _row("NH-10", "Nordic Home AB", date(2026, 5, 1), date(2026, 5, 3), 5_000)]})
    [one], [two], [three] = (_same_import(tmp_path, [f]) for f in (first, april, same))
    assert _said(one) == PAIRS
    assert sorted((code, str(p["new"]), str(p["known"])) for code, p in _said(two)) == [
        ("customer_alike_new", "Nordik Home AB", "NORDIC HOME A.B."),
        ("customer_alike_new", "Nordik Home AB", "Nordic Home AB")]
    assert _said(three) == []
    # the fast import's two months with new names, then the reference import's each once: the
    # names the writer weighed are those alike_customers finds (no second weighing)
    assert weighed.count(f"weighed on {threading.current_thread().name}") == 4


def test_names_changed_since_the_weighing_are_weighed_again(tmp_path: Path,
                                                            weighed: list[str]) -> None:
    """A weighing is used only for the names it weighed: a customer inserted after it (any
    step between the write and the notes) is weighed with the others and its pair said; the
    stale pairs (none: Other Co was the new name then) are not taken."""
    conn = connect(tmp_path / "t.sqlite")
    conn.executemany("INSERT INTO customers(key, name) VALUES (?, ?)",
                     [("nordic home ab", "Nordic Home AB"), ("other co", "Other Co")])
    weighing = Weighing(alike_names(conn), 1)  # Other Co the new one: no pair
    conn.execute("INSERT INTO customers(key, name) VALUES (?, ?)",
                 ("nordic home a.b.", "NORDIC HOME A.B."))
    counts = WriteCounts()
    counts.customers_inserted = 1
    notes = alike_customers(conn, counts, lambda key: key, weighing)
    assert [n.params for n in notes] == [{"new": "NORDIC HOME A.B.", "known": "Nordic Home AB"}]
    assert len(weighed) == 2  # the stale pairs not taken: weighed again


@pytest.mark.parametrize(("order", "march", "april", "again", "owed"), [
    # March, March sent again with its typo corrected, then April's book carrying the typo:
    # the clerk's correction of that month stands over April's carried figure (ord42):
    # 50,000 − 4,500 open, paid by 03-10 before its due, 0 days. March's first read not copied,
    # March again read as a first read, no correction: April's 45,000 kept, 5,000 open
    ("ACB", 45_000, (45_000, 2_000), (4_500, 0), 45_500),
    # March, April, March sent again unchanged (another buyer's row added): no correction,
    # April's 9,000 of 03-10 stands (fx42b): 41,000 open, 0 days
    ("ABC", 4_500, (9_000, 2_000), (4_500, 3_000), 41_000)])
def test_the_first_reads_copy_on_the_writing_thread_tells_a_correction(
        tmp_path: Path, weighed: list[str], order: str, march: float,
        april: tuple[float, float], again: tuple[float, float], owed: float) -> None:
    """March's book imported first into an empty store: what its rows read of each line is
    copied (file_receipts) by the writing thread while the names are weighed. March sent again
    is told a correction of its month (its figure differs from the copy) or not (the same),
    and every table is as the reference import leaves it after each file; the account follows
    (the copy lost: 5,000 open, not 45,500)."""
    files = {"A": (MARCH_BOOK, _typo(march)), "B": (APRIL_BOOK, _typo(*april)),
             "C": (MARCH_BOOK, _typo(*again))}
    db, _ = _imported(tmp_path, files, order)
    assert any(e.startswith("INSERT INTO file_receipts on tradetier-write") for e in weighed)
    assert _late(db) == (owed, [("MT-1", owed, 0)])
