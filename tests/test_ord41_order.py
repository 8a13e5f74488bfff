"""ord41: results that hung on the order files or tabs were imported in. Each scenario is
written by openpyxl, imported one file at a time in every order by the app's import and the
reference import (compared after every file), the customer's figures at 06-30 counted by
hand."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import A, B
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

from core.ledger.report import import_report

Sheets = dict[str, list[list[object]]]
REVISION = "台账 2025-04 修订.xlsx"  # April's book revised
EVERY = ["".join(p) for p in permutations("ABC")]


def _imported(tmp_path: Path, files: dict[str, tuple[str, Sheets]], order: str) -> Path:
    """The files imported one by one in `order` (each key a letter); the app's database."""
    folder = tmp_path / order
    folder.mkdir()
    paths = {k: write_xlsx(folder / k / name, sheets) for k, (name, sheets) in files.items()}
    results = _same_import(folder, *[[paths[k]] for k in order])
    assert [r.status for r in results] == ["imported"] * len(order)
    return folder / "fast.sqlite"


def _received(amount: float | None = None, on: str | None = None) -> Sheets:
    """MT-1 15,000 of 03-01, shipped 03-05, OA 30 days (due 04-04): `amount` received by `on`."""
    return {"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 15_000, "2025-03-05",
                                 amount, on), None, None]]}


def _late(db: Path) -> tuple[float, list[tuple[str, float, int]]]:
    who = by_name(at(db, d("2025-06-30")))["Mumbai Mart"]
    return (round(who.open_amount, 2),
            [(r.order_no, round(r.open, 2), r.days_overdue) for r in who.receivables])


# --- 1. a revision corrects its month's line whichever file wrote the line last -------------

@pytest.mark.parametrize(("april", "revised", "owed"), [
    ((4_500, "2025-03-10"), (4_500, "2025-04-15"), (10_500, [("MT-1", 10_500, 11)])),
    ((6_000, "2025-04-15"), (5_000, "2025-04-10"), (10_000, [("MT-1", 10_000, 6)])),
])
@pytest.mark.parametrize("order", EVERY)
def test_a_revision_corrects_its_month_in_every_order(tmp_path: Path, order: str, april,
                                                      revised, owed):
    """March's book lists MT-1 without a receipt; April's says `april` (received, day);
    April's revision (台账 2025-04 修订.xlsx) corrects it to `revised`: the clerk's last word.
    Hand count: 15,000 less the revised figure open, days past due from 04-04 to the revised
    day, in all six orders. Before: March's file imported between April's and its revision
    made March's file the line's writer, and the revision no longer its correction: 4,500
    re-dated 04-15 kept 03-10 (0 days, BAC and CAB); 6,000 lowered to 5,000 of 04-10 stayed
    6,000 (9,000 open, 11 days) wherever the revision came after April's book."""
    files = {"A": (A, _received()), "B": (B, _received(*april)),
             "C": (REVISION, _received(*revised))}
    assert _late(_imported(tmp_path, files, order)) == owed


# --- 2. the same total re-dated on a later tab keeps its first day, as in a later file -------

def _line(amount: float, on: str, note: str | None = None) -> list[object]:
    return [*_received(amount, on)["台账"][1][:-1], note]


@pytest.mark.parametrize(("note", "late"), [(None, 0), ("3/10定金被银行退回，4/15重新付款", 11)])
@pytest.mark.parametrize("tabs", [("3月", "4月"), ("4月", "3月")])
def test_a_later_tab_s_same_total_keeps_its_first_day(tmp_path: Path, tabs, note, late):
    """A year's book (台账 2025.xlsx) whose 3月 tab says MT-1's 4,500 came 03-10 and whose 4月
    tab the same 4,500 dated 04-15 (noted `note`), imported once, tabs in the order `tabs`:
    the total did not grow, so no money came 04-15, as with March's and April's files
    (tests/test_imp40_order.py). Hand count: 10,500 open; 0 days past due (due 04-04), in both
    tab orders; 11 where the note says the 03-10 money bounced and was paid again 04-15.
    Before: tabs 3月, 4月 took 04-15 (11 days past due), 4月, 3月 kept 03-10 (0)."""
    rows = {"3月": _line(4_500, "2025-03-10"), "4月": _line(4_500, "2025-04-15", note)}
    book = {"A": ("台账 2025.xlsx", {tab: [TYPED, rows[tab]] for tab in tabs})}
    assert _late(_imported(tmp_path, book, "A")) == (10_500, [("MT-1", 10_500, late)])


# --- 4. a same-day figure corrected in the next month's file --------------------------------

def _same_day(figure: float) -> Sheets:
    """MT-1 50,000 of 03-01, shipped 03-05: `figure` received 03-10."""
    return {"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 50_000, "2025-03-05",
                                 figure, "2025-03-10"), None, None]]}


@pytest.mark.parametrize(("march", "april"), [(45_000, 4_500), (4_500, 45_000)])
@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_same_day_figure_is_the_later_file_s(tmp_path: Path, order: str, march, april):
    """MT-1 50,000; March's book says `march` received 03-10, April's book the same line
    `april` received 03-10 (a typo corrected, either way): April's book is the later word.
    Hand count: 50,000 less April's figure open, in both orders. Before: the last file
    imported won (45,500 or 5,000 open by import order)."""
    files = {"A": (A, _same_day(march)), "B": (B, _same_day(april))}
    db = _imported(tmp_path, files, order)
    assert _late(db) == (50_000 - april, [("MT-1", 50_000 - april, 0)])


def test_the_same_day_figure_kept_is_said(tmp_path: Path):
    """April's 4,500 of 03-10 stored, March's 45,000 of 03-10 imported after it: kept out,
    and the report names the line, its kept and its own figure, in English and Chinese."""
    results = _same_import(tmp_path, [write_xlsx(tmp_path / B, _same_day(4_500))],
                           [write_xlsx(tmp_path / A, _same_day(45_000))])
    said = import_report(results[1])
    assert ("1 order line's received figure in this file differs from the one a later file "
            "stored for the same date received") in said
    assert "MT-1 (“台账” row 2: 4,500.00 / 45,000.00 2025-03-10)" in said
    # the same date received, not "imported the same day" (同一天导入: rv52a)
    assert "本文件中有 1 条订单明细的已收金额，与日期较晚的文件记的同一收款日期的金额不同" in \
        in_chinese(lambda: import_report(results[1]))


# --- 6. a deposit tab and a balance tab of one order ----------------------------------------

@pytest.mark.parametrize("noted", [True, False])
@pytest.mark.parametrize("tabs", [("定金", "尾款"), ("尾款", "定金")])
def test_a_deposit_tab_and_a_balance_tab_are_two_payments(tmp_path: Path, tabs, noted: bool):
    """One file whose 定金 tab says MT-1's 4,500 came 03-02 and whose 尾款 tab says 10,500 came
    04-20 (each row noted so, or only its tab named so), tabs in the order `tabs`: the two
    payments settle MT-1 15,000. Hand count: nothing open, paid 04-20, in both tab orders,
    as April's 尾款 file over March's 定金 file gives (either first). Before: the later tab's
    figure read as the total to date: 4,500 open (tabs 定金, 尾款) or 10,500 (尾款, 定金)."""
    rows = {"定金": _line(4_500, "2025-03-02", "定金" if noted else None),
            "尾款": _line(10_500, "2025-04-20", "尾款" if noted else None)}
    book = {"A": (B, {tab: [TYPED, rows[tab]] for tab in tabs})}
    assert _late(_imported(tmp_path, book, "A")) == (0, [("MT-1", 0, 0)])


def test_a_later_tab_s_total_to_date_is_no_second_payment(tmp_path: Path):
    """The 尾款 tab writing the total to date (15,000 by 04-20) beside the 定金 tab's 4,500:
    one total, not 19,500: nothing open and no credit (the two do not settle the order)."""
    book = {"A": (B, {"定金": [TYPED, _line(4_500, "2025-03-02", "定金")],
                      "尾款": [TYPED, _line(15_000, "2025-04-20", "尾款")]})}
    db = _imported(tmp_path, book, "A")
    assert _late(db) == (0, [("MT-1", 0, 0)])
    assert by_name(at(db, d("2025-06-30")))["Mumbai Mart"].credit_on_account == 0


@pytest.mark.parametrize("tabs", [("定金", "尾款"), ("尾款", "定金")])
def test_the_two_payment_tabs_imported_again_grown(tmp_path: Path, tabs):
    """The book of test_a_deposit_tab_and_a_balance_tab_are_two_payments imported, then
    again with another order added to its first tab: MT-1 still nothing open, no credit
    (the total the first import stored is not added to the tabs' payments again)."""
    rows = {"定金": _line(4_500, "2025-03-02", "定金"), "尾款": _line(10_500, "2025-04-20", "尾款")}
    grown = ["MT-9", *_received()["台账"][1][1:]]  # another order, nothing received
    book = tmp_path / "ledgers" / B
    for extra in ([], [grown]):
        write_xlsx(book, {tab: [TYPED, rows[tab], *(extra if tab == tabs[0] else [])]
                          for tab in tabs})
        _same_import(tmp_path, [book])
        who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
        assert {r.order_no: round(r.open, 2) for r in who.receivables} == {
            "MT-1": 0, **({"MT-9": 15_000} if extra else {})}
        assert who.credit_on_account == 0
