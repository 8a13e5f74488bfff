"""A received total's dated steps within one workbook, on a line holding a deposit, and beside
a bank-slips file (recv32).

recv31 kept a line's earlier received totals when another file raised it
(order_lines.received_history), and the analysis reads each step on its own day. Three holes:
- within one workbook (a tab a month) the March tab's total was no step: the April tab's
  figure replaced it as a correction, so 5,000 read as received on 04-18 and a line 2,000
  open at 03-31 read 5,000 open;
- a total holding the deposit beside it (定金) was read as the deposit and the rest on the
  total's last day: the 3,000 received on 03-15 was not there at 03-31;
- a bank slip of a deposit line's step, or of the deposit, matched no step (the steps were the
  totals' with the deposit in them) and was counted beside the line: the same 3,000 twice.

Hand counts with the defaults: OA 30 (due = ship + 30). Days overdue run to the latest receipt
the ledger records up to A (core.analysis.receivables), so a payer's receipts are dated on the
as-of days checked. Every as-of date is read fresh and through the window's kept rows moved
back from the latest (core.analysis.kept_rows).
"""

from __future__ import annotations

import itertools
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import d, imported
from test_lists_audit29 import owed

from core.analysis.kept_rows import KeptRows
from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger.receipt_history import read as read_history
from core.store import connect

HEADER = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "定金", "定金日期",
          "已收金额", "收款日期"]


def row(no: str, customer: str, ordered: str, amount: float, ship: str,
        received: float | None = None, on: str | None = None,
        deposit: tuple[float, str] | None = None) -> list[object]:
    held, held_on = deposit or (None, None)
    return [no, customer, d(ordered), amount, "USD", "OA 30 days", d(ship), held, d(held_on),
            received, d(on)]


def payer(*days: str) -> list[list[object]]:
    """A payer's receipts on the as-of days checked: the ledger's receipts run to them."""
    return [row(f"P-{day}", "Payer", "2025-01-05", 100, "2025-01-06", 100, day) for day in days]


def read(db: Path, name: str, days: list[date]
         ) -> dict[date, tuple[dict[str, tuple[float, int]], float]]:
    """Per as-of date: the customer's receivables (open, days overdue) and credit, read fresh;
    the same read through the window's kept rows, as-of moved back from the latest."""
    found = {}
    with connect(db) as conn:
        for day in days:
            found[day] = _seen(analyse(conn, day).customers, name)
        kept = KeptRows(db)
        for day in sorted(days, reverse=True):
            assert _seen(analyse(conn, day, kept=kept).customers, name) == found[day], day
    return found


def _seen(customers: list[CustomerMetrics], name: str
          ) -> tuple[dict[str, tuple[float, int]], float]:
    [customer] = [c for c in customers if c.customer == name]
    return owed(customer), customer.credit_on_account


def _history(db: Path, order_no: str) -> tuple[object, ...]:
    with sqlite3.connect(db) as conn:
        found = conn.execute(
            "SELECT l.received_amount, l.received_date, l.received_history FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id WHERE o.order_no = ?", (order_no,)).fetchone()
    conn.close()
    return tuple(found)


# --- 1. one workbook, a tab a month ---------------------------------------------------------

# A-1 5,000 shipped 02-18, due 03-20: 3,000 received 03-20 (March tab), 5,000 by 04-18 (April
# tab's total) or 2,000 (April tab's month's receipt, core.ledger.monthly_receipts).
STEP = '[["2025-03-20", 3000.0, "台账 2025.xlsx"]]'  # the March tab's (date, total, file)
FEBRUARY = [HEADER, row("A-1", "Athens Casa", "2025-02-10", 5_000, "2025-02-18")]
MARCH = [HEADER, row("A-1", "Athens Casa", "2025-02-10", 5_000, "2025-02-18", 3_000, "2025-03-20"),
         row("B-1", "Bergen Hus", "2025-03-01", 4_000, "2025-03-05", 3_000, "2025-03-20"),
         *payer("2025-03-31")]


def _april(figure: float) -> list[list[object]]:
    """B-1's April row corrects the same receipt of 03-20: no step."""
    return [HEADER, row("A-1", "Athens Casa", "2025-02-10", 5_000, "2025-02-18", figure,
                        "2025-04-18"),
            row("B-1", "Bergen Hus", "2025-03-01", 4_000, "2025-03-05", 3_200, "2025-03-20"),
            *payer("2025-04-30")]


@pytest.mark.parametrize("april", [5_000, 2_000], ids=["total", "month"])
def test_a_workbook_s_march_tab_is_a_step_of_the_april_total(tmp_path, april):
    """Hand count at 03-31: 3,000 of 5,000 received on 03-20, 2,000 open, 11 days past due
    (receipts known to 03-31); at 03-19 all 5,000 open, not yet due; at 04-30 paid, late by
    29 days (04-18). Before: 5,000 open, 11 days at 03-31 (the March tab's 3,000 dated 04-18
    with the April tab's total), as if nothing had come in March; the same two tabs as two
    files read 2,000 open."""
    db = tmp_path / "firm.sqlite"
    imported(db, write_xlsx(tmp_path / "台账 2025.xlsx",
                            {"2月": FEBRUARY, "3月": MARCH, "4月": _april(april)}))
    assert _history(db, "A-1") == (5_000, "2025-04-18", STEP)
    assert _history(db, "B-1") == (3_200, "2025-03-20", None)
    seen = read(db, "Athens Casa", [date(2025, 3, 19), date(2025, 3, 31), date(2025, 4, 30)])
    assert seen[date(2025, 3, 19)] == ({"A-1@2025-03-20": (5_000, 0)}, 0)
    assert seen[date(2025, 3, 31)] == ({"A-1@2025-03-20": (2_000, 11)}, 0)
    assert seen[date(2025, 4, 30)] == ({"A-1@2025-03-20": (0, 0)}, 0)
    with connect(db) as conn:
        [athens] = [c for c in analyse(conn, date(2025, 4, 30)).customers
                    if c.customer == "Athens Casa"]
    assert (athens.on_time_share, athens.late_by) == (0, 29)


def test_the_workbook_imported_again_and_grown_keeps_its_steps(tmp_path):
    """The same workbook (one name, one folder) imported again with a May tab added: its
    first tab corrects what it wrote, its later tabs are steps again; both imports agree.
    A-1 8,000: 3,000 by 03-20, 5,000 by 04-18, 8,000 by 05-16. Before: no step was kept."""
    folder = tmp_path / "ledgers"
    book = folder / "台账 2025.xlsx"
    may = [HEADER, row("A-1", "Athens Casa", "2025-02-10", 8_000, "2025-02-18", 8_000,
                       "2025-05-16")]
    march = [HEADER, [*MARCH[1][:3], 8_000, *MARCH[1][4:]]]
    april = [HEADER, [*_april(5_000)[1][:3], 8_000, *_april(5_000)[1][4:]]]
    first = write_xlsx(book, {"3月": march, "4月": april})
    _same_import(tmp_path / "two", [first])
    db = tmp_path / "two" / "fast.sqlite"
    assert _history(db, "A-1")[2] == STEP
    grown = write_xlsx(book, {"3月": march, "4月": april, "5月": may})
    _same_import(tmp_path / "two", [grown])
    assert _history(db, "A-1") == (8_000, "2025-05-16", f'{STEP[:-1]}, '
                                   '["2025-04-18", 5000.0, "台账 2025.xlsx"]]')


# --- 2. a total holding the deposit --------------------------------------------------------

# D-1 10,000 shipped 03-01, due 03-31: deposit 3,000 on 02-10; received in all 6,000 by 03-15
# (March's file), 10,000 by 04-20 (April's), corrected to 9,000 by 04-20 (a corrected file).
def _deposit_line(received: float, on: str) -> list[object]:
    return row("D-1", "Dalian Deco", "2025-02-01", 10_000, "2025-03-01", received, on,
               (3_000, "2025-02-10"))


DAYS = [date(2025, 3, 14), date(2025, 3, 31), date(2025, 4, 10), date(2025, 4, 30)]
PAID = payer("2025-03-14", "2025-03-31", "2025-04-10", "2025-04-30")


@pytest.mark.parametrize("order", [("mar", "apr", "fix"), ("apr", "fix", "mar"),
                                   ("fix", "mar", "apr"), ("mar", "apr")])
def test_a_total_holding_the_deposit_is_read_by_its_steps(tmp_path, order):
    """Hand count: at 03-14 only the deposit, 7,000 open, not due; at 03-31 3,000 more came
    on 03-15: 4,000 open, due that day; at 04-10 4,000 open 10 days; at 04-30 April's 10,000:
    paid, or with the corrected 9,000: 1,000 open 30 days. Before: 7,000 open at 03-31 and
    04-10 (the total's 3,000 beyond the deposit dated 04-20, its last day)."""
    folder = tmp_path / "ledgers"
    files = {"mar": write_xlsx(folder / "台账 2025-03.xlsx", {"台账": [
                 HEADER, _deposit_line(6_000, "2025-03-15"), *PAID[:2]]}),
             "apr": write_xlsx(folder / "台账 2025-04.xlsx", {"台账": [
                 HEADER, _deposit_line(10_000, "2025-04-20"), *PAID]}),
             "fix": write_xlsx(folder / "台账 2025-04 更正.xlsx", {"台账": [
                 HEADER, _deposit_line(9_000, "2025-04-20"), *PAID]})}
    db = tmp_path / "firm.sqlite"
    for name in order:
        imported(db, files[name])
    seen = read(db, "Dalian Deco", DAYS)
    key = "D-1@2025-03-31"
    assert [seen[day][0][key] for day in DAYS[:3]] == [(7_000, 0), (4_000, 0), (4_000, 10)]
    corrected = "fix" in order  # in every order (ord41: fix, mar, apr read 0 open, as if
    # March's file between them had made April's original no longer the revised one)
    assert seen[DAYS[3]] == ({key: (1_000, 30) if corrected else (0, 0)}, 0)


# --- 3. a running total in the ledger, bank slips in another file --------------------------

# K-1 12,000 shipped 02-20, due 03-22: 4,000 by 03-10, 9,000 by 04-25. D-1 as above, its
# April total 10,000 by 04-20. The bank's slips: some of the same money, one slip a receipt.
SLIPS = {"k1": ["Kobe Craft", "2025-03-10", 4_000], "k2": ["Kobe Craft", "2025-04-25", 5_000],
         "d0": ["Dalian Deco", "2025-02-10", 3_000], "d1": ["Dalian Deco", "2025-03-15", 3_000],
         "d2": ["Dalian Deco", "2025-04-20", 4_000]}
KOBE = [row("K-1", "Kobe Craft", "2025-02-01", 12_000, "2025-02-20", 4_000, "2025-03-10"),
        row("K-1", "Kobe Craft", "2025-02-01", 12_000, "2025-02-20", 9_000, "2025-04-25")]


@pytest.mark.parametrize("slips", [("k2", "d1", "d2"), ("d1",), ("d0",), ("d0", "d2"),
                                   ("k1", "k2", "d0", "d1", "d2")])
def test_slips_of_a_running_total_count_once_in_any_order(tmp_path, slips):
    """Hand count, whatever the slips and the order of the files, as two files or one
    workbook: Kobe 8,000 open at 03-31 (9 days past due: April's money is booked after 03-31,
    so days run to it, fix68f/fix68n; 0 before, to the receipts of 03-15), 3,000
    open at 04-30, 34 days (to 04-25); Dalian 4,000 open at 03-31, paid at 04-30; no credit.
    Before, two files: a slip of Dalian's deposit or of its 03-15 step was counted beside the
    line (3,000 credit); one workbook: Kobe's 04-25 slip beside its 9,000 (2,000 credit, and
    12,000 open at 03-31), Dalian up to 7,000 credit."""
    folder = tmp_path / "ledgers"
    bank = write_xlsx(folder / "银行水单.xlsx", {"收款": [
        ["客户", "收款日期", "收款金额"], *([name, d(day), amount] for name, day, amount in (
            SLIPS[slip] for slip in slips))]})
    march = [HEADER, KOBE[0], _deposit_line(6_000, "2025-03-15")]
    april = [HEADER, KOBE[1], _deposit_line(10_000, "2025-04-20")]
    sets = [{"mar": write_xlsx(folder / "台账 2025-03.xlsx", {"台账": march}),
             "apr": write_xlsx(folder / "台账 2025-04.xlsx", {"台账": april}), "bank": bank},
            {"book": write_xlsx(folder / "台账 2025.xlsx", {"3月": march, "4月": april}),
             "bank": bank}]
    days = [date(2025, 3, 31), date(2025, 4, 30)]
    for files in sets:
        for order in itertools.permutations(files):
            db = tmp_path / f"{'-'.join(order)}.sqlite"
            for name in order:
                imported(db, files[name])
            kobe, dalian = read(db, "Kobe Craft", days), read(db, "Dalian Deco", days)
            assert kobe == {days[0]: ({"K-1@2025-03-22": (8_000, 9)}, 0),
                            days[1]: ({"K-1@2025-03-22": (3_000, 34)}, 0)}, order
            assert dalian == {days[0]: ({"D-1@2025-03-31": (4_000, 0)}, 0),
                              days[1]: ({"D-1@2025-03-31": (0, 0)}, 0)}, order


# --- 2b. a later file's lower total, dated later --------------------------------------------

@pytest.mark.parametrize("order", list(itertools.permutations(("mar", "apr", "may"))))
def test_a_later_lower_total_holds_its_money_from_the_earlier_day(tmp_path, order):
    """D-1 as above; May's file says 9,000 received by 05-10, below April's 10,000 by 04-20:
    April's figure corrected, or 1,000 paid back (the ledger does not say; the report names
    the line). Either way 9,000 had come by 04-20. Hand count: at 04-10 4,000 open 10 days,
    at 04-30 1,000 open 30 days, at 05-31 1,000, 61 days. Before: the 3,000 beyond March's
    6,000 dated 05-10 (4,000 open at 04-30); May's file imported before April's: April's
    10,000 undid May's correction (paid in full)."""
    folder = tmp_path / "ledgers"
    files = {"mar": write_xlsx(folder / "台账 2025-03.xlsx", {"台账": [
                 HEADER, _deposit_line(6_000, "2025-03-15"), *PAID[:2]]}),
             "apr": write_xlsx(folder / "台账 2025-04.xlsx", {"台账": [
                 HEADER, _deposit_line(10_000, "2025-04-20"), *PAID]}),
             "may": write_xlsx(folder / "台账 2025-05.xlsx", {"台账": [
                 HEADER, _deposit_line(9_000, "2025-05-10"), *PAID,
                 *payer("2025-05-31")]})}
    db = tmp_path / "firm.sqlite"
    reports = {name: imported(db, files[name]) for name in order}
    days = [date(2025, 4, 10), date(2025, 4, 30), date(2025, 5, 31)]
    dalian = read(db, "Dalian Deco", days)
    assert [dalian[day][0]["D-1@2025-03-31"] for day in days] == [
        (4_000, 10), (1_000, 30), (1_000, 61)]
    total, day, steps = _history(db, "D-1")
    earlier, wrote = read_history(str(steps), None)  # the total's file where not the line's
    assert (total, day, [list(step[:2]) for step in earlier]) == (
        9_000, "2025-05-10", [["2025-03-15", 6000], ["2025-04-20", 9000]])
    assert wrote in (None, "台账 2025-05.xlsx")
    named = reports["may"] if order.index("may") > order.index("apr") else reports["apr"]
    assert "D-1 (“台账” row 2: 10,000.00 2025-04-20 / 9,000.00 2025-05-10)" in named or (
        "D-1 (“台账” row 2: 9,000.00 2025-05-10 / 10,000.00 2025-04-20)" in named)


def test_both_imports_read_a_lowered_total_alike(tmp_path):
    """May's file, then April's, then March's: both imports keep May's lower total with
    the same steps and name April's higher, earlier figure kept out (before: April's 10,000
    replaced May's 9,000, unnamed)."""
    folder = tmp_path / "ledgers"
    rounds = [[write_xlsx(folder / f"台账 2025-0{month}.xlsx", {"台账": [
        HEADER, _deposit_line(received, on)]})] for month, received, on in (
            (5, 9_000, "2025-05-10"), (4, 10_000, "2025-04-20"), (3, 6_000, "2025-03-15"))]
    results = _same_import(tmp_path, *rounds)
    assert [[w.code for w in r.warnings if w.code.endswith("_kept")] for r in results] == [
        [], ["received_total_lowered_kept"], ["older_received_kept"]]
