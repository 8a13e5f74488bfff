"""fix41c: what rv41b proved of ord41's import-order rules. Each scenario is written by
openpyxl, imported one file at a time in every order by the app's import and the reference
import (compared after every file), the customer's figures at 06-30 counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_fast_import import _same_import
from test_import_order36 import A, B
from test_lists_audit30 import row
from test_ord41_order import EVERY, REVISION, _imported, _late, _line, _received

from core.ledger.revised_files import revises


@pytest.mark.parametrize("note", [None, "退票 bounced"])
@pytest.mark.parametrize("order", EVERY)
def test_a_revision_to_nothing_received_takes_the_receipt_back(tmp_path: Path, order: str,
                                                               note: str | None):
    """March's book lists MT-1 (15,000, due 04-04) without a receipt, April's says 4,500 of
    04-15, April's revision says 0 received (undated, or dated 04-15 noted 退票): the clerk's
    last word, nothing received. Hand count: 15,000 open, 87 days past due (04-04 to 06-30),
    in all six orders. Before: the revision before April's book crashed April's import
    (TypeError comparing an undated kept total), and after it the 0 read as "nothing since",
    10,500 open, 11 days (ABC, BAC, BCA)."""
    revised = ({"台账": [_received()["台账"][0], _line(0, "2025-04-15", note)]} if note
               else _received(0))
    files = {"A": (A, _received()), "B": (B, _received(4_500, "2025-04-15")),
             "C": (REVISION, revised)}
    assert _late(_imported(tmp_path, files, order)) == (15_000, [("MT-1", 15_000, 87)])


@pytest.mark.parametrize("order", EVERY)
def test_a_month_s_revision_stands_over_a_later_book_s_same_day(tmp_path: Path, order: str):
    """March's book says MT-1's 4,500 came 03-10, April's book carries 4,500 of 03-10 on, and
    March's revision (台账 2025-03 修订.xlsx) corrects it to 4,000 of 03-10: the clerk's
    deliberate word. Hand count: 11,000 open, paid 03-10 before its due 04-04 (0 days), in all
    six orders. Before: 11,000 only imported March, April, revision; the revision before or
    between the books gave 10,500 (April's later-dated book won the same day's figure)."""
    april = _received(4_500, "2025-03-10")  # with April's new order: another file's bytes
    april["台账"].append([*row("LT-2", "Lima Trading", "2025-04-02", 2_000, "2025-04-05"), None,
                          None])
    files = {"A": (A, _received(4_500, "2025-03-10")), "B": (B, april),
             "C": ("台账 2025-03 修订.xlsx", _received(4_000, "2025-03-10"))}
    assert _late(_imported(tmp_path, files, order)) == (11_000, [("MT-1", 11_000, 0)])


@pytest.mark.parametrize("order", EVERY)
def test_a_second_revision_is_the_last_word_in_every_order(tmp_path: Path, order: str):
    """April's book says MT-1's 6,000 came 04-15, its revision (修订) 5,000 of 04-10, its second
    revision (台账 2025-04 修订2.xlsx) 5,500 of 04-12: the last word. Hand count: 9,500 open,
    8 days past due (04-04 to 04-12), in all six orders. Before: 修订2 was no revision (its
    number after the word), and the order gave 9,500 / 8, 10,000 / 6 or 9,000 / 11."""
    files = {"A": (B, _received(6_000, "2025-04-15")),
             "B": (REVISION, _received(5_000, "2025-04-10")),
             "C": ("台账 2025-04 修订2.xlsx", _received(5_500, "2025-04-12"))}
    assert _late(_imported(tmp_path, files, order)) == (9_500, [("MT-1", 9_500, 8)])


@pytest.mark.parametrize(("name", "other", "revises_it"), [
    ("台账 2025-04 修订2.xlsx", "台账 2025-04 修订.xlsx", True),
    ("台账 2025-04 修订2.xlsx", "台账 2025-04.xlsx", True),
    ("台账 2025-04 修订.xlsx", "台账 2025-04 修订2.xlsx", False),
    ("台账 2025-04 修订.xlsx", "台账 2025-04 修订版.xlsx", False),
    ("台账 修订 2025-04.xlsx", "台账 2025-04.xlsx", True),  # a year after the word: no number
    ("台账 2025-04 修订2.xlsx", "台账 2025-03.xlsx", False),
])
def test_a_revision_s_number_ranks_it(name: str, other: str, revises_it: bool):
    """修订2 revises its month's 修订 and the original, never the other way round; digits
    after the word with a space (a year) are no revision's number."""
    assert revises(name, other) is revises_it


@pytest.mark.parametrize("noted", [True, False])
@pytest.mark.parametrize("tabs", [("定金", "中期款", "尾款"), ("尾款", "中期款", "定金"),
                                  ("中期款", "定金", "尾款")])
def test_three_payment_tabs_settle_the_order(tmp_path: Path, tabs, noted: bool):
    """One file whose tabs 定金, 中期款 and 尾款 say MT-1's 4,500 came 03-02, 4,500 04-02 and
    6,000 05-20 (each row noted so, or only its tab named so), tabs in the order `tabs`: the
    three payments settle MT-1 15,000. Hand count: nothing open, in every tab order. Before:
    two payments were added, never three: 9,000 open (days 46) or 10,500."""
    rows = {"定金": _line(4_500, "2025-03-02", "定金" if noted else None),
            "中期款": _line(4_500, "2025-04-02", "中期款" if noted else None),
            "尾款": _line(6_000, "2025-05-20", "尾款" if noted else None)}
    book = {"A": (B, {tab: [TYPED, rows[tab]] for tab in tabs})}
    assert _late(_imported(tmp_path, book, "A")) == (0, [("MT-1", 0, 0)])


@pytest.mark.parametrize("tabs", [("定金", "尾款"), ("尾款", "定金")])
def test_two_payment_tabs_added_are_not_said_to_be_read_as_the_total(tmp_path: Path, tabs):
    """One file whose 定金 tab says MT-1's 4,500 came 03-02 and whose 尾款 tab says 10,500 came
    04-20, each row noted so: the two payments are added (nothing open), and the report does
    not say the later tab's figure was "read as the total to date", in either tab order.
    Before: tabs 定金, 尾款 gave that note (wrong: the figures were added), 尾款, 定金 none."""
    rows = {"定金": _line(4_500, "2025-03-02", "定金"), "尾款": _line(10_500, "2025-04-20", "尾款")}
    path = write_xlsx(tmp_path / B, {tab: [TYPED, rows[tab]] for tab in tabs})
    result = _same_import(tmp_path, [path])[0]
    assert [m.code for m in result.warnings if m.code.startswith("monthly_receipts")] == []
    assert _late(tmp_path / "fast.sqlite") == (0, [("MT-1", 0, 0)])


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_payment_tabs_in_two_files_settle_the_order(tmp_path: Path, order: str):
    """March's book has only a tab 定金 (MT-1's 4,500 of 03-02), April's only a tab 尾款
    (10,500 of 04-20), no row noted: the two payments settle MT-1 15,000, as the two tabs of
    one file do. Hand count: nothing open, in both orders. Before: 4,500 open, 16 days."""
    files = {"A": (A, {"定金": [TYPED, _line(4_500, "2025-03-02")]}),
             "B": (B, {"尾款": [TYPED, _line(10_500, "2025-04-20")]})}
    assert _late(_imported(tmp_path, files, order)) == (0, [("MT-1", 0, 0)])
