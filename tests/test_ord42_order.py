"""ord42: what rv41b proved still hung on the order files were imported in. Each scenario is
written by openpyxl, imported one file at a time in every order by the app's import and the
reference import (compared after every file), the customer's figures at 06-30 counted by
hand, and the import's notes read."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import A, B
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row
from test_ord41_order import Sheets, _late

from core.ledger.import_result import FileResult

TAKEN, KEPT = "same_day_received_taken", "same_day_received_kept"  # the two notes of a day


def _imported(tmp_path: Path, files: dict[str, tuple[str, Sheets]], order: str
              ) -> tuple[Path, list[FileResult]]:
    """The files imported one by one in `order` (each key a letter, each file in a folder of
    its own); the app's database and the imports' results."""
    folder = tmp_path / order
    folder.mkdir()
    paths = {k: write_xlsx(folder / k / name, sheets) for k, (name, sheets) in files.items()}
    results = _same_import(folder, *[[paths[k]] for k in order])
    assert [r.status for r in results] == ["imported"] * len(order)
    return folder / "fast.sqlite", results


def _codes(results: list[FileResult]) -> set[str]:
    return {m.code for r in results for m in r.warnings}


def _typo(received: float, other: float = 0) -> Sheets:
    """MT-1 50,000 of 03-01, shipped 03-05, OA 30 days (due 04-04): `received` by 03-10;
    `other`: with another buyer's order of April's of that amount (a file of other bytes)."""
    return {"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 50_000, "2025-03-05",
                                 received, "2025-03-10"), None, None], *([
        [*row("LT-2", "Lima Trading", "2025-04-02", other, "2025-04-05"), None, None]
    ] if other else [])]}


# --- 1. a month's file sent again corrects its own day over a later month's ----------------

@pytest.mark.parametrize("order", ["ABC", "BAC"])
def test_a_month_sent_again_corrects_its_day_over_a_later_book(tmp_path: Path, order: str):
    """March's book says 45,000 of MT-1's 50,000 came 03-10 (a typo), April's book carries
    45,000 of 03-10 on, then March's book is sent again (the same name, another folder) with
    4,500: the clerk's correction of that month. Hand count: 45,500 open, paid by 03-10 before
    its due (0 days), in both orders, the differing figure of the day named either way.
    Before: March, April, March again gave 45,500 without a word; April first, 5,000 (April's
    45,000 kept as the later book's)."""
    files = {"A": (A, _typo(45_000)), "B": (B, _typo(45_000, 2_000)), "C": (A, _typo(4_500))}
    db, results = _imported(tmp_path, files, order)
    assert _late(db) == (45_500, [("MT-1", 45_500, 0)])
    assert TAKEN in _codes(results[2:])


def test_a_month_sent_again_unchanged_is_not_said_to_differ(tmp_path: Path):
    """Guard: April's book carries March's 4,500 of 03-10 and March's book comes again (another
    folder, another row added) saying the same of MT-1: nothing differs, nothing is named,
    45,500 open."""
    files = {"A": (B, _typo(4_500, 2_000)), "B": (A, _typo(4_500)), "C": (A, _typo(4_500, 3_000))}
    db, results = _imported(tmp_path, files, "ABC")
    assert _late(db) == (45_500, [("MT-1", 45_500, 0)])
    assert not _codes(results) & {TAKEN, KEPT}


# --- 2. a file named without a month is dated by its latest order ----------------------------

@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_book_named_without_a_month_is_dated_by_its_rows(tmp_path: Path, order: str):
    """客户台账.xlsx (no month in its name or tab, its rows ordered in March) says 45,000 of
    MT-1 came 03-10; 台账 2025-04.xlsx says 4,500 of 03-10. The rule: a file whose name and tabs
    name no month is dated by its latest order date's month (March), so April's book is the
    later word. Hand count: 45,500 open in both orders, the day's differing figure named.
    Before: the last imported won without a word: 45,500 or 5,000."""
    files = {"A": ("客户台账.xlsx", _typo(45_000)), "B": (B, _typo(4_500, 3_000))}
    db, results = _imported(tmp_path, files, order)
    assert _late(db) == (45_500, [("MT-1", 45_500, 0)])
    assert _codes(results[1:]) & {TAKEN, KEPT}


# --- 3. a 收款 file restating the sale's own receipt -----------------------------------------

SALE = ["合同号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期",
        "实收金额", "收款日期", "备注"]
PAY = ["合同号", "客户", "下单日期", "金额", "实收金额", "收款日期", "备注"]


def _sale(received: float) -> Sheets:
    """MT-1 10,000 of 03-01, shipped 03-05, OA 30 days: `received` by 03-20."""
    return {"台账": [SALE, ["MT-1", "Mumbai Mart", d("2025-03-01"), "Sofa", 10_000, "USD",
                            "OA 30 days", d("2025-03-05"), received, d("2025-03-20"), None]]}


def _paid(*payments: tuple[str, float]) -> Sheets:
    """A 收款 file's rows naming MT-1: (day, sum) each."""
    return {"收款": [PAY, *[["MT-1", "Mumbai Mart", d("2025-03-01"), 0, got, d(day), None]
                             for day, got in payments]]}


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_payments_file_restating_the_sale_s_receipt_counts_it_once(tmp_path: Path,
                                                                      order: str):
    """Guard (ord41 case 7 as the brief gives it; held on main already): 台账 2025-03.xlsx says
    MT-1's 10,000 came 03-20; 收款 2025-03.xlsx lists the same 10,000 of 03-20 naming MT-1.
    Hand count: one payment, nothing open and nothing on account, in both orders. (The 收款
    file's row a value day later, 03-21, is still counted twice across files: 10,000 on
    account; the analysis does not read the sale rows' notes that tell two wires apart.)"""
    files = {"A": (A, _sale(10_000)), "B": ("收款 2025-03.xlsx", _paid(("2025-03-20", 10_000)))}
    who = by_name(at(_imported(tmp_path, files, order)[0], d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), round(who.credit_on_account, 2)) == (0, 0)


@pytest.mark.parametrize("order", ["".join(p) for p in permutations("AB")])
def test_a_payments_file_s_second_payment_still_counts(tmp_path: Path, order: str):
    """Guard: 台账 says 6,000 of MT-1's 10,000 came 03-20; the 收款 file lists that 6,000 of
    03-20 and a second payment, 4,000 of 04-20. Hand count: 10,000 paid, nothing open,
    nothing on account (the 4,000 counted, the 6,000 once)."""
    files = {"A": (A, _sale(6_000)),
             "B": ("收款 2025-04.xlsx", _paid(("2025-03-20", 6_000), ("2025-04-20", 4_000)))}
    who = by_name(at(_imported(tmp_path, files, order)[0], d("2025-06-30")))["Mumbai Mart"]
    assert (round(who.open_amount, 2), round(who.credit_on_account, 2)) == (0, 0)
    assert str(who.receivables[0].paid_on) == "2025-04-20"  # settled by the 4,000
