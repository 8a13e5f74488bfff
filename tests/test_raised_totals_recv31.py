"""A received total another file raised, across files (recv31).

A ledger's 已收金额 is the total to date, dated with its latest receipt, and a later file's
figure replaced the stored one: March's 4,000 by 03-25 became May's 9,000 by 04-28 with
nothing kept of the 4,000. So a bank-slips file's 5,000 wire of 04-28 could not be matched to
the line (the twice30 rule, core.ledger.booked_twice._running_totals, matches a total to ALL the
wires that make it, and the 4,000 is on no slip): counted beside the 9,000, a bad payer read
as 2,000 in credit. And a month's receipt added to a stored one (recv30) dated all of it on the
later day. A line now keeps its earlier totals (schema 15, core.ledger.receipt_history); the
analysis reads each step on its own day and matches a step to the payments of its days.

Hand counts with the defaults: OA 30 (due = ship + 30); black for more than 60 days past due
with an average order in W under 20,000 USD; A = 2025-06-30.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from databases import before_schema_15, migration_fails
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d, imported
from test_lists_audit29 import RECEIPTS_HEADER, owed
from test_lists_audit30 import HEADER, PAYER, row
from test_lists_audit30 import MARCH as AUDIT30_MARCH
from test_lists_audit30 import MAY as AUDIT30_MAY
from test_monthly_receipts29 import PAYER as RECEIPTS_PAYER
from test_monthly_receipts29 import received
from test_stored_receipts30 import MONTH
from test_stored_receipts30 import row as receipts_row

from core.store import SCHEMA_VERSION, connect

MARCH = [HEADER, row("C-1", "Cairo Trade", "2025-03-01", 12_000, "2025-03-20", 4_000,
                     "2025-03-25"), PAYER]
MAY = [HEADER, row("C-1", "Cairo Trade", "2025-03-01", 12_000, "2025-03-20", 9_000,
                   "2025-04-28", status="上月结转"), PAYER]
MARCH_STEP = '[["2025-03-25", 4000.0, "台账 2025-03.xlsx"]]'  # (date, total, file)
SLIPS = [RECEIPTS_HEADER, ["Cairo Trade", d("2025-04-28"), 5_000, "水单"]]


def _files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {"mar": write_xlsx(folder / "台账 2025-03.xlsx", {"台账": MARCH}),
            "may": write_xlsx(folder / "台账 2025-05.xlsx", {"5月": MAY}),
            "bank": write_xlsx(folder / "银行水单 2025-04.xlsx", {"收款": SLIPS})}


def _history(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT received_amount, received_date, received_history "
                            "FROM order_lines WHERE received_history IS NOT NULL").fetchall()


@pytest.mark.parametrize("order", [("mar", "may", "bank"), ("bank", "mar", "may"),
                                   ("mar", "bank", "may"), ("may", "mar", "bank")])
def test_a_wire_raising_another_file_s_total_is_counted_once(tmp_path, order):
    """C-1 12,000 shipped 03-20, due 04-19. March's file: 4,000 received by 03-25; May's
    carried row: 9,000 by 04-28; the bank's file: the 5,000 wire of 04-28. Hand count: 4,000
    + 5,000 = 9,000 paid, 3,000 open 72 days, average order 12,000: black. Before: 14,000
    paid, nothing open, 2,000 credit, no list. Any order of the three files (May's before
    March's: March's total is kept out as older, audit30, and is history all the same)."""
    files = _files(tmp_path / "ledgers")
    db = tmp_path / "firm.sqlite"
    for name in order:
        imported(db, files[name])
    cairo = by_name(at(db))["Cairo Trade"]
    assert owed(cairo) == {"C-1@2025-04-19": (3_000, 72)}
    assert (cairo.open_amount, cairo.credit_on_account, cairo.list) == (3_000, 0, "black")
    # March's file imported after May's is the line's source, not its total's: the history
    # names May's file as the total's (recv33)
    late = order.index("mar") > order.index("may")
    assert _history(db) == [(9_000, "2025-04-28", f'{MARCH_STEP[:-1]}, "台账 2025-05.xlsx"]'
                             if late else MARCH_STEP)]


def test_only_the_step_s_own_payments_are_cleared(tmp_path):
    """The bank's file names orders. Cairo: C-1 4,000 → 9,000, the slip 5,000 of 04-28
    naming C-1: one money, 3,000 open (before: 2,000 credit). Where the slips are other money
    nothing is cleared, real money is never dropped on a guess: 5,000 on 04-28 naming C-2
    (another order), or a 3,000 of 04-10 beside a 5,000 of 04-28 (together 8,000, not the
    step's 5,000). Oslo: O-1 12,000 4,000 → 9,000, the
    slip 5,000 naming C-2: 9,000 + 5,000 = 14,000 paid of 12,000 + (C-2 none stored): 2,000
    credit. Riga: R-1 the same rows, slips 3,000 (04-10) and 5,000 (04-28): 17,000 paid of
    12,000: 5,000 credit."""
    folder = tmp_path / "ledgers"
    folder.mkdir()
    march = [HEADER, MARCH[1], row("O-1", "Oslo Mobler", "2025-03-01", 12_000, "2025-03-20", 4_000,
                         "2025-03-25"),
             row("R-1", "Riga Wood", "2025-03-01", 12_000, "2025-03-20", 4_000, "2025-03-25"),
             PAYER]
    may = [HEADER, *([*line[:9], "上月结转"] for line in march[1:4]), PAYER]
    for line in may[1:4]:
        line[7], line[8] = 9_000, d("2025-04-28")
    header = ["合同号", "客户", "收款日期", "收款金额"]
    slips = [header, ["C-1", "Cairo Trade", d("2025-04-28"), 5_000],
             ["C-2", "Oslo Mobler", d("2025-04-28"), 5_000],
             [None, "Riga Wood", d("2025-04-10"), 3_000],
             [None, "Riga Wood", d("2025-04-28"), 5_000]]
    db = tmp_path / "firm.sqlite"
    for path in (write_xlsx(folder / "mar.xlsx", {"台账": march}),
                 write_xlsx(folder / "may.xlsx", {"台账": may}),
                 write_xlsx(folder / "bank.xlsx", {"收款": slips})):
        imported(db, path)
    customers = by_name(at(db))
    cairo, oslo, riga = (customers[name] for name in ("Cairo Trade", "Oslo Mobler",
                                                      "Riga Wood"))
    assert (cairo.open_amount, cairo.credit_on_account) == (3_000, 0)
    assert (oslo.open_amount, oslo.credit_on_account) == (0, 2_000)
    assert (riga.open_amount, riga.credit_on_account) == (0, 5_000)


def test_the_reference_import_keeps_the_same_history(tmp_path):
    files = _files(tmp_path / "ledgers")
    results = _same_import(tmp_path, [files["mar"]], [files["may"]], [files["bank"]])
    assert [r.status for r in results] == ["imported"] * 3
    assert _history(tmp_path / "slow.sqlite") == _history(tmp_path / "fast.sqlite") == [
        (9_000, "2025-04-28", MARCH_STEP)]


def test_a_month_s_receipt_added_keeps_the_earlier_part_on_its_own_day(tmp_path):
    """A-1 5,000 shipped 02-18, due 03-20. March's file: 3,000 received 03-20; April's file
    lists A-1 again with 2,000 on 04-18, this month's receipt (recv30: added, 5,000 stored).
    Hand count at 03-31: 3,000 paid on its due day, 2,000 open. Before: the 5,000 was dated
    04-18, so at 03-31 nothing was paid: 5,000 open. At 06-30: settled."""
    folder = tmp_path / "ledgers"
    folder.mkdir()
    a1 = row("A-1", "Athens Casa", "2025-02-10", 5_000, "2025-02-18", 3_000, "2025-03-20")
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(folder / "mar.xlsx", {"台账": [HEADER, a1, PAYER]}))
    april = [*a1[:7], 2_000, d("2025-04-18"), None]
    report = imported(db, write_xlsx(folder / "apr.xlsx", {"台账": [HEADER, april, PAYER]}))
    assert "added to what was stored" in report
    athens = by_name(at(db, d("2025-03-31")))["Athens Casa"]
    assert [(r.order_no, round(r.open, 2)) for r in athens.receivables] == [("A-1", 2_000)]
    assert by_name(at(db))["Athens Casa"].open_amount == 0
    assert _history(db) == [(5_000, "2025-04-18", '[["2025-03-20", 3000.0, "mar.xlsx"]]')]


def test_a_failed_schema_15_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    """A file schema 14 left opens with the column added; the migration failing leaves it
    at 14 without it."""
    files = _files(tmp_path / "ledgers")
    db = tmp_path / "firm.sqlite"
    imported(db, files["mar"])
    with sqlite3.connect(db) as old:
        before_schema_15(old)
        old.execute("PRAGMA user_version = 14")
    old.close()

    def state() -> tuple[int, list[str]]:
        with sqlite3.connect(db) as conn:
            columns = [r[1] for r in conn.execute("PRAGMA table_info(order_lines)")]
            return conn.execute("PRAGMA user_version").fetchone()[0], columns

    before = state()
    assert before[0] == 14 and "received_history" not in before[1]
    migration_fails(db, monkeypatch)
    assert state() == before
    connect(db).close()
    after = state()  # the later migrations' columns after it
    assert after[0] == SCHEMA_VERSION
    assert after[1][:len(before[1]) + 1] == [*before[1], "received_history"]


def test_one_file_name_every_month_is_no_correction_of_another_month(tmp_path):
    """The firm keeps 台账.xlsx in each month's folder (audit30's season): May's imported
    first (C-1 12,000 received by 04-28), then March's (4,000 by 03-25). Hand count: C-1 paid
    in full, Cairo Bazaar owes nothing. Before: the shared name read March's row as May's
    file corrected, its 4,000 replaced the 12,000: 8,000 owed again, 72 days, black. The
    history keeps March's total all the same, and the reference import agrees."""
    folder = tmp_path / "ledgers"
    (folder / "2025-03").mkdir(parents=True)
    (folder / "2025-05").mkdir()
    march = write_xlsx(folder / "2025-03" / "台账.xlsx", {"台账": AUDIT30_MARCH})
    may = write_xlsx(folder / "2025-05" / "台账.xlsx", {"5月": AUDIT30_MAY})
    results = _same_import(tmp_path, [may], [march])
    assert [r.status for r in results] == ["imported"] * 2
    cairo = by_name(at(tmp_path / "fast.sqlite"))["Cairo Bazaar"]
    assert (cairo.open_amount, cairo.list) == (0, None)
    assert ('[["2025-03-25", 4000.0, "台账.xlsx"]]',) in [
        h[2:] for h in _history(tmp_path / "fast.sqlite")]



def test_one_file_name_every_month_adds_next_month_s_receipt(tmp_path):
    """台账.xlsx in each month's folder, headed 本月收款 without receipt dates (recv30's
    month-headed file): March 3,000, April 2,000 on A-1 (5,000). Hand count: 5,000 in, paid.
    Before: April's 台账.xlsx was taken for March's imported again, its 2,000 for part of the
    3,000 stored: 3,000 in, 2,000 owed."""
    head = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", MONTH]
    rounds = []
    for folder, figure in (("2025-03", 3_000), ("2025-04", 2_000)):
        (tmp_path / folder).mkdir()
        rounds.append([write_xlsx(tmp_path / folder / "台账.xlsx", {"台账": [
            head, receipts_row(figure, None)[:8], RECEIPTS_PAYER[:8]]})])
    results = _same_import(tmp_path, *rounds)
    assert [r.status for r in results] == ["imported"] * 2
    assert received(tmp_path / "fast.sqlite")["A-1"][0] == 5_000


def test_a_payment_march_s_import_judged_stays_money_of_its_own(tmp_path):
    """March's workbook: C-1's row 4,000 by 03-25 and its 收款 tab two 4,000 wires of 03-25
    (its import takes one for the row's, the other is money of its own); May's carried row
    9,000 by 04-28; the bank's file the 5,000 of 04-28. Hand count: C-1 paid 4,000 + 5,000,
    the second 4,000 pays its last 3,000 and leaves 1,000 credit. Before: the second 4,000
    and the 5,000 were taken for the 9,000's running total to 04-28 (twice30 across files),
    the 4,000 lost: 3,000 open, black. A payment of the file that wrote a step of the total
    was judged by that file's import, and is no copy of it."""
    folder = tmp_path / "ledgers"
    folder.mkdir()
    wire = ["Cairo Trade", d("2025-03-25"), 4_000, "水单"]
    db = tmp_path / "firm.sqlite"
    for path in (write_xlsx(folder / "台账 2025-03.xlsx", {"台账": MARCH,
                                                         "收款": [RECEIPTS_HEADER, wire, wire]}),
                 write_xlsx(folder / "台账 2025-05.xlsx", {"5月": MAY}),
                 write_xlsx(folder / "银行水单 2025-04.xlsx", {"收款": SLIPS})):
        imported(db, path)
    cairo = by_name(at(db))["Cairo Trade"]
    assert (cairo.open_amount, cairo.credit_on_account, cairo.list) == (0, 1_000, None)
