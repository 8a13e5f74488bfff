"""recv33: a line's received steps as it grows month by month, and a received figure beside a
deposit. Four faults, each with the files a clerk sends; the docstrings give the hand counts.

Defaults: OA 30 (C-1 shipped 03-20, due 04-19; D-1 shipped 03-01, due 03-31); days overdue
run to the latest receipt the ledger records up to the as-of date (a payer's, 06-30 at A).
"""

from __future__ import annotations

import sqlite3
from itertools import permutations
from pathlib import Path

import pytest
import test_received_steps_recv32 as deposits
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import PAYER, row
from test_recv_order32 import MONTHLY

from core.ledger.receipt_history import read
from core.ledger.report import import_report

CAIRO = "Cairo Bazaar"


def _c1(received: float | None, on: str | None, month: int) -> list[object]:
    """C-1 20,000 (shipped 03-20, due 04-19) under 本月收款: the month's receipt."""
    return row("C-1", CAIRO, "2025-03-05", 20_000, "2025-03-20", received, on,
               status="上月结转" if month > 3 else None)


def _month(folder: Path, month: int, received: float | None, on: str | None) -> Path:
    return write_xlsx(folder / f"台账 2025-0{month}.xlsx",
                      {f"{month}月": [MONTHLY, _c1(received, on, month), PAYER]})


def _steps(db: Path, order_no: str = "C-1") -> tuple[float, str, list[tuple[str, float, str]],
                                                        str | None]:
    """The line's total, its day, its earlier steps (day, total, file) and the file that
    wrote the total."""
    with sqlite3.connect(db) as conn:
        total, day, history, source = conn.execute(
            "SELECT l.received_amount, l.received_date, l.received_history, l.source_file "
            "FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.order_no = ?",
            (order_no,)).fetchone()
    conn.close()
    steps, wrote = read(history, source)
    return total, day, [(s[0], s[1], str(s[2])) for s in steps], wrote


# --- 1. a step keeps its own file when an older file is kept out -------------------------

def test_a_step_keeps_its_file_when_an_older_month_comes_late(tmp_path: Path) -> None:
    """本月收款 files: March's 4,000 on 03-25, May's 3,000 on 05-10, then April's 5,000 on
    04-20 (imported late): 12,000 of 20,000 in, 8,000 open 72 days at 06-30. The 05-10
    receipt is May's file's. May's file sent again with it re-dated 05-12: the same 3,000,
    still 8,000 open; April's sent again with its receipt re-dated 04-22: the same. Before:
    the 05-10 receipt was named April's file (the line's source once April's was imported),
    so May's re-dated 3,000 was a receipt of its own (15,000 in, 5,000 open) and April's
    re-dated 5,000 too (20,000 in: paid, on no list)."""
    folder = tmp_path / "ledgers"
    files = [_month(folder, 3, 4_000, "2025-03-25"), _month(folder, 5, 3_000, "2025-05-10"),
             _month(folder, 4, 5_000, "2025-04-20")]
    results = _same_import(tmp_path, *[[f] for f in files])
    db = tmp_path / "fast.sqlite"
    assert _steps(db) == (12_000, "2025-05-10", [
        ("2025-03-25", 4_000, "台账 2025-03.xlsx"), ("2025-04-20", 9_000, "台账 2025-04.xlsx")],
        "台账 2025-05.xlsx")
    assert "an earlier month's file imported late" in import_report(results[2])
    assert _owed(by_name(at(db))[CAIRO]) == (8_000, "watch", {"C-1": (8_000, 72)})
    again = _same_import(tmp_path, [_month(folder, 5, 3_000, "2025-05-12")])
    assert "added to what was stored" not in import_report(again[0])  # its own, re-dated
    assert _steps(db)[:3] == (12_000, "2025-05-12", [
        ("2025-03-25", 4_000, "台账 2025-03.xlsx"), ("2025-04-20", 9_000, "台账 2025-04.xlsx")])
    assert by_name(at(db))[CAIRO].open_amount == 8_000
    _same_import(tmp_path, [_month(folder, 4, 5_000, "2025-04-22")])
    assert _steps(db) == (12_000, "2025-05-12", [
        ("2025-03-25", 4_000, "台账 2025-03.xlsx"), ("2025-04-22", 9_000, "台账 2025-04.xlsx")],
        "台账 2025-05.xlsx")
    assert _owed(by_name(at(db))[CAIRO]) == (8_000, "watch", {"C-1": (8_000, 72)})


def test_a_running_total_s_step_names_the_file_that_wrote_it(tmp_path: Path) -> None:
    """Running totals (已收金额): March 4,000 by 03-25, May 9,000 by 05-10, April's 7,000 by
    04-20 imported after May's (an earlier state, kept out), then June 12,000 by 06-10. The
    steps: 4,000 (March's), 7,000 (April's), 9,000 (May's file). Before: May's 9,000 of
    05-10 was named April's file, the file kept out."""
    folder = tmp_path / "ledgers"
    header = [*MONTHLY[:7], "已收金额", *MONTHLY[8:]]

    def month(number: int, received: float, on: str) -> Path:
        return write_xlsx(folder / f"台账 2025-0{number}.xlsx",
                          {f"{number}月": [header, _c1(received, on, number), PAYER]})
    files = [month(3, 4_000, "2025-03-25"), month(5, 9_000, "2025-05-10"),
             month(4, 7_000, "2025-04-20")]
    _same_import(tmp_path, *[[f] for f in files])
    db = tmp_path / "fast.sqlite"
    assert _steps(db)[2:] == ([("2025-03-25", 4_000, "台账 2025-03.xlsx"),
                               ("2025-04-20", 7_000, "台账 2025-04.xlsx")], "台账 2025-05.xlsx")
    _same_import(tmp_path, [month(6, 12_000, "2025-06-10")])
    assert _steps(db) == (12_000, "2025-06-10", [
        ("2025-03-25", 4_000, "台账 2025-03.xlsx"), ("2025-04-20", 7_000, "台账 2025-04.xlsx"),
        ("2025-05-10", 9_000, "台账 2025-05.xlsx")], "台账 2025-06.xlsx")
    assert _owed(by_name(at(db))[CAIRO]) == (8_000, "watch", {"C-1": (8_000, 72)})


# --- 2. a received figure equal to the deposit, dated later --------------------------------

BALANCE_HEADER = [*deposits.HEADER[:9], "尾款", "尾款日期"]


def test_a_received_figure_equal_to_the_deposit_but_later_is_the_balance(tmp_path: Path
                                                                          ) -> None:
    """D-1 10,000 (shipped 03-01, due 03-31): deposit 5,000 on 02-10, 已收 5,000 on 04-20: the
    deposit and the balance, paid (at 04-10 5,000 open 10 days). Guards, as before: E-1 a
    3,000 deposit and 3,000 received later on 10,000 (with the deposit not the amount: the
    deposit so far, 7,000 open); F-1 5,000 deposit and 5,000 received the same day (the
    deposit itself, 5,000 open); G-1 deposit 5,000, 10,000 received by 04-20 (the total, the
    balance equal to the deposit: paid); H-1 the balance written under 尾款 (paid). Before:
    D-1 read as the deposit alone, 5,000 open 30 days at 04-30, the balance paid unseen."""
    line = deposits.row
    ledger = [deposits.HEADER,
              line("D-1", "Dalian Deco", "2025-02-01", 10_000, "2025-03-01", 5_000, "2025-04-20",
                   (5_000, "2025-02-10")),
              line("E-1", "Essen Deco", "2025-02-01", 10_000, "2025-03-01", 3_000, "2025-04-20",
                   (3_000, "2025-02-10")),
              line("F-1", "Fes Deco", "2025-02-01", 10_000, "2025-03-01", 5_000, "2025-02-10",
                   (5_000, "2025-02-10")),
              line("G-1", "Genoa Deco", "2025-02-01", 10_000, "2025-03-01", 10_000, "2025-04-20",
                   (5_000, "2025-02-10")),
              *deposits.payer("2025-04-10", "2025-04-30")]
    balance = [BALANCE_HEADER, line("H-1", "Hanoi Deco", "2025-02-01", 10_000, "2025-03-01",
                                    5_000, "2025-04-20", (5_000, "2025-02-10"))]
    folder = tmp_path / "ledgers"
    results = _same_import(tmp_path, [write_xlsx(folder / "台账.xlsx", {"台账": ledger}),
                                      write_xlsx(folder / "尾款.xlsx", {"台账": balance})])
    assert [r.status for r in results] == ["imported"] * 2
    assert "beside the deposit" not in import_report(results[0])
    db = tmp_path / "fast.sqlite"
    owed = {day: {name: _owed(c)[::2] for name, c in by_name(at(db, d(day))).items()}
            for day in ("2025-04-10", "2025-04-30")}
    assert owed["2025-04-10"]["Dalian Deco"] == (5_000, {"D-1": (5_000, 10)})
    assert {name: figures for name, figures in owed["2025-04-30"].items()
            if name != "Payer"} == {
        "Dalian Deco": (0, {}), "Essen Deco": (7_000, {"E-1": (7_000, 30)}),
        "Fes Deco": (5_000, {"F-1": (5_000, 30)}), "Genoa Deco": (0, {}),
        "Hanoi Deco": (0, {})}


# --- 3. a month's receipt without its date, in any order -------------------------------

@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_an_undated_month_s_receipt_is_counted_in_its_month(tmp_path: Path,
                                                            order: tuple[int, ...]) -> None:
    """本月收款: March 4,000 on 03-25, April's file 5,000 with no date, May 3,000 on 05-10,
    any import order. April's receipt is April's: by 04-30. Hand count: open 16,000 at 03-31
    (not yet due), 11,000 at 04-30, 8,000 at 05-31. Before: in order, April's 5,000 dated
    March's 03-25 (11,000 open at 03-31); March, May, April: dated May's 05-10 (16,000 open
    at 04-30); April first: March's 4,000 replaced it, 5,000 lost (13,000 open at 05-31)."""
    folder = tmp_path / "ledgers"
    files = [_month(folder, 3, 4_000, "2025-03-25"), _month(folder, 4, 5_000, None),
             _month(folder, 5, 3_000, "2025-05-10")]
    results = _same_import(tmp_path, *[[files[i]] for i in order])
    db = tmp_path / "fast.sqlite"
    assert _steps(db)[:3] == (12_000, "2025-05-10", [
        ("2025-03-25", 4_000, "台账 2025-03.xlsx"), ("2025-04-30", 9_000, "台账 2025-04.xlsx")])
    assert [round(by_name(at(db, d(day)))[CAIRO].open_amount) for day in (
        "2025-03-31", "2025-04-30", "2025-05-31")] == [16_000, 11_000, 8_000]
    april = results[order.index(1)]
    if order.index(1) > 0:  # a stored line's receipt dated by its file's month, and said
        assert "has no date: counted as received on 2025-04-30, the last day of the month" in (
            import_report(april))  # its day said since dates34
        assert "按其工作表或文件名所指月份的月末（2025-04-30）计入" in in_chinese(
            lambda: import_report(april))


# --- 4. a receipt re-dated where two receipts carry its file's name ------------------------

def _book(folder: Path, april_on: str, march_on: str = "2025-03-25", may: bool = False
          ) -> Path:
    """One workbook, a tab a month (本月收款): C-1 4,000 in March and 4,000 in April (two
    equal receipts of different dates), and a May tab's 4,000 on 05-10 once grown."""
    tabs = {"3月": [MONTHLY, _c1(4_000, march_on, 3), PAYER],
            "4月": [MONTHLY, _c1(4_000, april_on, 4)]}
    if may:
        tabs["5月"] = [MONTHLY, _c1(4_000, "2025-05-10", 5)]
    return write_xlsx(folder / "台账 2025.xlsx", tabs)


def test_a_workbook_sent_again_with_a_receipt_re_dated(tmp_path: Path) -> None:
    """The workbook imported, then sent again with April's 4,000 re-dated 04-22, then with
    March's re-dated 03-26, then grown by a May tab: 8,000 in, then 12,000 (8,000 open 72
    days). Before: the re-dated receipt was counted again beside the one of its old date
    (both receipts named the workbook): 12,000 in after April's re-dating, 16,000 after
    March's, 20,000 (paid, on no list) once grown."""
    folder = tmp_path / "ledgers"
    _same_import(tmp_path, [_book(folder, "2025-04-20")])
    db = tmp_path / "fast.sqlite"
    book = "台账 2025.xlsx"
    assert _steps(db) == (8_000, "2025-04-20", [("2025-03-25", 4_000, book)], book)
    _same_import(tmp_path, [_book(folder, "2025-04-22")])
    assert _steps(db) == (8_000, "2025-04-22", [("2025-03-25", 4_000, book)], book)
    assert by_name(at(db))[CAIRO].open_amount == 12_000
    again = _same_import(tmp_path, [_book(folder, "2025-04-22", "2025-03-26")])
    assert "imported late" not in import_report(again[0])  # its own receipt, re-dated
    assert _steps(db) == (8_000, "2025-04-22", [("2025-03-26", 4_000, book)], book)
    _same_import(tmp_path, [_book(folder, "2025-04-22", "2025-03-26", may=True)])
    assert _steps(db) == (12_000, "2025-05-10", [("2025-03-26", 4_000, book),
                                                 ("2025-04-22", 8_000, book)], book)
    assert _owed(by_name(at(db))[CAIRO]) == (8_000, "watch", {"C-1": (8_000, 72)})
