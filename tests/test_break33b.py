"""break33b: the recv33 rules tried with the ledgers clerks keep otherwise. Each test gives the
files, the hand count and what the user saw before.

Defaults: OA 30 (D-1 shipped 03-01, due 03-31); days overdue run to the latest receipt the
ledger records up to the as-of date (a payer's, on the days checked).
"""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
import test_received_steps_recv32 as deposits
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import PAYER
from test_recv33 import CAIRO, _c1, _steps
from test_recv_order32 import MONTHLY

DALIAN = "Dalian Deco"
line = deposits.row


def _deposit_file(received: float | None, on: str | None, *days: str) -> list[list[object]]:
    """D-1 10,000 shipped 03-01 (due 03-31), deposit 5,000 on 02-10, its 已收 as written."""
    return [deposits.HEADER, line("D-1", DALIAN, "2025-02-01", 10_000, "2025-03-01", received,
                                  on, (5_000, "2025-02-10")), *deposits.payer(*days)]


def _feb_apr(folder: Path, received: float | None, on: str | None) -> list[Path]:
    """February's file with D-1's 已收 as given, April's with 5,000 on 04-20."""
    return [write_xlsx(folder / "台账 2025-02.xlsx",
                       {"2月": _deposit_file(received, on, "2025-02-20")}),
            write_xlsx(folder / "台账 2025-04.xlsx",
                       {"4月": _deposit_file(5_000, "2025-04-20", *DAYS)})]


DAYS = ("2025-04-30", "2025-06-30")


def _dalian(db: Path) -> dict[str, tuple[float, str | None, dict[str, tuple[float, int]]]]:
    return {day: _owed(by_name(at(db, d(day)))[DALIAN]) for day in DAYS}


DEPOSIT_ONLY = {"2025-04-30": (5_000, None, {"D-1": (5_000, 30)}),
                "2025-06-30": (5_000, "black", {"D-1": (5_000, 91)})}


# --- 1. a running total that is the deposit alone, re-sent on a later day ----------------

@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_the_deposit_re_sent_later_in_a_running_total_is_still_the_deposit(
        tmp_path: Path, order: tuple[int, int]) -> None:
    """The clerk keeps 已收 as everything received so far, 收款日期 the day the row was last
    touched: February's file 已收 5,000 on 02-10 (the deposit's day: the deposit itself), April's
    the same 5,000 on 04-20. Only the deposit came in: 5,000 open, 91 days past due at 06-30,
    black. Before: imported in order, April's 5,000 of 04-20 read as the balance beside the
    5,000 deposit (recv33's rule): D-1 paid, Dalian on no list; imported April first, black."""
    folder = tmp_path / "ledgers"
    files = _feb_apr(folder, 5_000, "2025-02-10")
    _same_import(tmp_path, *[[files[i]] for i in order])
    assert _dalian(tmp_path / "fast.sqlite") == DEPOSIT_ONLY


def test_the_deposit_on_a_later_tab_of_one_workbook_is_still_the_deposit(tmp_path: Path
                                                                         ) -> None:
    """One workbook, a tab a month, the same row on the 2月 tab (5,000 on 02-10) and the 4月
    tab (5,000 on 04-20); then the workbook re-sent with only its 4月 tab: the same 5,000 open.
    Before: paid, on no list."""
    folder = tmp_path / "ledgers"
    book = write_xlsx(folder / "台账 2025.xlsx", {
        "2月": _deposit_file(5_000, "2025-02-10", "2025-02-20"),
        "4月": _deposit_file(5_000, "2025-04-20", *DAYS)})
    _same_import(tmp_path, [book])
    assert _dalian(tmp_path / "fast.sqlite") == DEPOSIT_ONLY
    again = write_xlsx(folder / "台账 2025.xlsx", {
        "4月": _deposit_file(5_000, "2025-04-20", *DAYS)})
    _same_import(tmp_path, [again])
    assert _dalian(tmp_path / "fast.sqlite") == DEPOSIT_ONLY


def test_a_balance_written_apart_is_still_the_balance(tmp_path: Path) -> None:
    """Guard: February's file leaves 已收 blank (the clerk writes the balance there once paid),
    April's 5,000 on 04-20 beside the 5,000 deposit: the balance, paid (recv33)."""
    folder = tmp_path / "ledgers"
    files = _feb_apr(folder, None, None)
    _same_import(tmp_path, [files[0]], [files[1]])
    assert _dalian(tmp_path / "fast.sqlite") == {"2025-04-30": (0, None, {}),
                                                 "2025-06-30": (0, None, {})}


# --- 2. a month's file (本月收款) sent again under another name or from another folder -----

def _month_file(path: Path, month: int, received: float, on: str) -> Path:
    """C-1 20,000 (shipped 03-20, due 04-19) under 本月收款: the month's receipt."""
    return write_xlsx(path, {f"{month}月": [MONTHLY, _c1(received, on, month), PAYER]})


def test_a_month_s_file_sent_again_renamed_restates_its_month_s_receipt(tmp_path: Path
                                                                        ) -> None:
    """本月收款: March's file 4,000 on 03-25, April's 5,000 on 04-20: 9,000 of 20,000, 11,000
    open 72 days at 06-30. April's file sent again renamed (台账 2025-04 修改.xlsx) with the
    receipt re-dated 04-22, then once more under its own name from another folder, dated
    04-23: the same April receipt each time, 11,000 open (dated 04-22: 修改 is the later by
    its name, the files' rows running to the same day, dates35). A receipt of its own in May's file
    (3,000 on 05-10) is still added: 8,000 open. Before: each re-send was another 5,000
    received: 6,000 open, then 1,000 (Cairo off the lists with 10,000 unpaid)."""
    folder = tmp_path / "ledgers"
    db = tmp_path / "fast.sqlite"
    _same_import(tmp_path, [_month_file(folder / "台账 2025-03.xlsx", 3, 4_000, "2025-03-25")],
                 [_month_file(folder / "台账 2025-04.xlsx", 4, 5_000, "2025-04-20")])
    assert _owed(by_name(at(db))[CAIRO]) == (11_000, "watch", {"C-1": (11_000, 72)})
    _same_import(tmp_path, [_month_file(folder / "台账 2025-04 修改.xlsx", 4, 5_000,
                                        "2025-04-22")])
    assert _steps(db)[:3] == (9_000, "2025-04-22", [("2025-03-25", 4_000, "台账 2025-03.xlsx")])
    _same_import(tmp_path, [_month_file(folder / "resent" / "台账 2025-04.xlsx", 4, 5_000,
                                        "2025-04-23")])
    # the two files' rows run to the same day (the payer's 06-30): the name adding 修改 is the
    # later-saved, its 04-22 stands in either order (dates35; before, the one imported last)
    assert _steps(db)[:2] == (9_000, "2025-04-22")
    assert _owed(by_name(at(db))[CAIRO]) == (11_000, "watch", {"C-1": (11_000, 72)})
    _same_import(tmp_path, [_month_file(folder / "台账 2025-05.xlsx", 5, 3_000, "2025-05-10")])
    assert _owed(by_name(at(db))[CAIRO]) == (8_000, "watch", {"C-1": (8_000, 72)})


# --- 3. a month's receipt without its date, in files named by the month without a year ----

@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_an_undated_receipt_of_a_file_named_without_its_year(tmp_path: Path,
                                                             order: tuple[int, ...]) -> None:
    """本月收款 in files named 3月台账.xlsx, 4月台账.xlsx, 5月台账.xlsx (tab Sheet1, no year
    anywhere): March 4,000 on 03-25, April 5,000 with no date, May 3,000 on 05-10, any
    order. April's receipt is April's, of the year nearest the line's other receipt: by
    2025-04-30. Hand count as recv33's: 16,000 open at 03-31, 11,000 at 04-30, 8,000 at
    05-31. Before: recv33's month end needed a year in the name; in order April's 5,000 was
    dated March's 03-25 (11,000 at 03-31), and in four orders of six it was lost or half lost
    (13,000 or 11,000 open at 05-31, Cairo that much more overdue)."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / f"{month}月台账.xlsx", {"Sheet1": [
        MONTHLY, _c1(received, on, month), PAYER]}) for month, received, on in (
            (3, 4_000, "2025-03-25"), (4, 5_000, None), (5, 3_000, "2025-05-10"))]
    _same_import(tmp_path, *[[files[i]] for i in order])
    db = tmp_path / "fast.sqlite"
    assert _steps(db)[:3] == (12_000, "2025-05-10", [
        ("2025-03-25", 4_000, "3月台账.xlsx"), ("2025-04-30", 9_000, "4月台账.xlsx")])
    assert [round(by_name(at(db, d(day)))[CAIRO].open_amount) for day in (
        "2025-03-31", "2025-04-30", "2025-05-31")] == [16_000, 11_000, 8_000]


def test_another_figure_of_a_file_named_after_the_same_month_is_its_own(tmp_path: Path
                                                                        ) -> None:
    """Guard: March's file 4,000 on 03-25, then 台账 2025-03_04.xlsx (March to April: no
    one month's file, tabs33) with 5,000 on 04-20: another figure is no re-send of March's
    receipt, both count: 9,000 in, 11,000 open."""
    folder = tmp_path / "ledgers"
    db = tmp_path / "fast.sqlite"
    _same_import(tmp_path, [_month_file(folder / "台账 2025-03.xlsx", 3, 4_000, "2025-03-25")],
                 [_month_file(folder / "台账 2025-03_04.xlsx", 4, 5_000, "2025-04-20")])
    assert _steps(db)[:3] == (9_000, "2025-04-20", [("2025-03-25", 4_000, "台账 2025-03.xlsx")])
    assert by_name(at(db))[CAIRO].open_amount == 11_000
