"""fx43c: ord43's re-sent-file rules narrowed where a reviewer proved them wrong. Each
scenario is written by openpyxl, imported one file at a time (the app's import and the
reference import compared after every file, where the account is weighed), and the customer's
account read as `main.py customers --json` reads it, or the import's report, counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_import_order36 import A
from test_lists_audit30 import row
from test_ord42_order import _typo
from test_ord43_order import _imported, _open, _paid, _report, _saved

from core.ledger.revised_files import revised, revises

RESENT = "imported before under this name"


def _book(received: float | None, on: str | None, *others: tuple[str, str],
          dated: bool = True) -> list[list[object]]:
    """A running book (客户台账): MT-1 50,000 of 03-01, shipped 03-05, OA 30 days, `received`
    by `on`; Lima Trading's orders `others` (number, day) of 1,000 each; without its 收款日期
    column where not `dated`."""
    width = 9 if dated else 8
    header = ["合同号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
              "收款日期"]
    return [header[:width], row("MT-1", "Mumbai Mart", "2025-03-01", 50_000, "2025-03-05",
                                received, on)[:width],
            *(row(no, "Lima Trading", day, 1_000, day)[:width] for no, day in others)]


# --- 1. every month's file carrying the template's v2 ----------------------------------------

@pytest.mark.parametrize("order", ["MA", "AM"])
def test_every_month_s_v2_is_no_revision_of_another_month(tmp_path: Path, order: str):
    """Every month's file carries the template's mark: 台账 2025-03 v2.xlsx says 45,000 of
    MT-1's 50,000 came by 03-10 (a typo); 台账 2025-04 v2.xlsx, April's book, carries it on as
    4,500 by 03-10. Neither is the other revised (another month): the later-dated file's
    figure of the day stands, 45,500 open in both orders, as before ord43. ord43 read any
    trailing v2 as a revision: April then March gave 5,000 open, March's report calling its
    own figure the later-dated file's."""
    files = {"M": ("台账 2025-03 v2.xlsx", _typo(45_000)),
             "A": ("台账 2025-04 v2.xlsx", _typo(4_500, 2_000))}
    db, results = _imported(tmp_path, files, order)
    assert _open(db) == 45_500
    march = results[order.index("M")]
    assert not any("later-dated file's or its month's" in str(w) for w in march.warnings)
    assert not revised("台账 2025-03 v2.xlsx") and revised("台账 2025-03 修订.xlsx")


# --- 2. a running book's v2 copy, no month in its name ---------------------------------------

@pytest.mark.parametrize("order", ["ABC", "ACB"])
def test_a_running_book_s_v2_does_not_beat_a_later_dated_total(tmp_path: Path, order: str):
    """A running book without a month in its name: 客户台账.xlsx (March, nothing received on
    MT-1), April's copy saved as 客户台账 v2.xlsx (20,000 by 04-10), May's under the plain name
    (50,000 by 05-10: paid in full). Hand count: nothing open on Mumbai Mart in either order.
    ord43 took the v2 for May's revision: 30,000 open and overdue."""
    files = {"A": ("客户台账.xlsx", {"台账": _book(None, None)}),
             "B": ("客户台账 v2.xlsx", {"台账": _book(20_000, "2025-04-10",
                                                    ("LT-2", "2025-04-02"))}),
             "C": ("客户台账.xlsx", {"台账": _book(50_000, "2025-05-10", ("LT-2", "2025-04-02"),
                                                 ("LT-3", "2025-05-02"))})}
    db, _results = _imported(tmp_path, files, order)
    assert _open(db) == 0


# --- 3. a running book imported monthly: new money is no correction --------------------------

@pytest.mark.parametrize("dated", [False, True])
def test_a_running_book_s_new_money_is_named_no_correction(tmp_path: Path, dated: bool):
    """客户台账.xlsx imported in April (20,000 received on MT-1) and again in May (50,000), with
    no 收款日期 column or with the first receipt's day (03-10) kept. A higher total is money
    received since, whatever its day: the report names no correction (ord43 named 20,000 →
    50,000 as one), and the account takes it (nothing open)."""
    on = "2025-03-10" if dated else None
    db = tmp_path / "firm.sqlite"
    _report(db, write_xlsx(tmp_path / "apr" / "客户台账.xlsx", {"台账": _book(
        20_000, on, ("LT-2", "2025-04-02"), dated=dated)}), "en")
    said = _report(db, write_xlsx(tmp_path / "may" / "客户台账.xlsx", {"台账": _book(
        50_000, on, ("LT-2", "2025-04-02"), ("LT-3", "2025-05-02"), dated=dated)}), "en")
    assert RESENT not in said
    assert _open(db) == 0


# --- 4. a re-sent file's figure kept out by its v2 corrected nothing -------------------------

def test_a_re_sent_figure_kept_out_is_named_no_correction(tmp_path: Path):
    """台账 2025-03.xlsx says 45,000 by 03-10 (a typo); its 台账 2025-03 v2.xlsx 4,500; the
    original sent again with 40,000 (a row added), kept out by its v2: 45,500 open. Its report
    says the v2's figure is kept, and no longer that it corrected 45,000 to 4,500 (the v2's
    figure, not its own)."""
    db = tmp_path / "firm.sqlite"
    _report(db, write_xlsx(tmp_path / "A" / A, _typo(45_000)), "en")
    _report(db, write_xlsx(tmp_path / "B" / "台账 2025-03 v2.xlsx", _typo(4_500)), "en")
    said = _report(db, write_xlsx(tmp_path / "C" / A, _paid(40_000, "2025-03-10")), "en")
    assert _open(db) == 45_500
    assert RESENT not in said and "45,000.00 2025-03-10 → 4,500.00" not in said


# --- 5. the version's other spellings ---------------------------------------------------------

@pytest.mark.parametrize(("old", "new"), [
    ("台账 2025-03 修订.xlsx", "台账 2025-03 修订 v2.xlsx"),
    ("台账2025-03.xlsx", "台账2025-03v2.xlsx"),
    (A, "台账 2025-03 V2版.xlsx"), (A, "台账 2025-03(v2).xlsx"), (A, "台账 2025-03【V2】.xlsx"),
    (A, "台账 2025-03 第2版.xlsx")])
def test_a_version_s_other_spellings_stand(tmp_path: Path, old: str, new: str):
    """The corrected copy (4,500 by 03-10, a row added) imported first under a name ord43 read
    as no revision of the typo's (45,000), the typo's after it. Hand count: 45,500 open (was
    5,000). A version after 修订 adds to its rank; a digit before the v is the name's month's."""
    files = {"B": (new, _paid(4_500, "2025-03-10")), "A": (old, _typo(45_000))}
    db, _results = _imported(tmp_path, files, "BA")
    assert _open(db) == 45_500
    assert revises(new, old) and not revises(old, new)


def test_a_digit_before_a_v_is_a_version_only_after_a_month():
    """Guard: PO123v2 names no month, its v2 the name's own; 2025-03v2 is March's second."""
    assert not revises("PO123v2.xlsx", "PO123.xlsx")
    assert revises("台账2025-03v2.xlsx", "台账2025-03.xlsx")


# --- 6. the older copy weighed against the latest copy saying its time -----------------------

def test_the_older_copy_is_weighed_past_a_copy_saying_no_time(tmp_path: Path):
    """台账 2025-03.xlsx saved 04-02 10:30 (4,500), a copy saying no time read (4,400), the
    typo's copy saved 04-01 09:00 (45,000). Its report now says it looks the older copy,
    against the 04-02 copy (ord43 weighed it against the copy just before only: nothing said),
    and names its 45,000 among the figures it changed."""
    db = tmp_path / "firm.sqlite"
    said = [_report(db, _saved(write_xlsx(tmp_path / k / A, sheets), when), "en")
            for k, sheets, when in (("A", _paid(4_500, "2025-03-10"), "2025-04-02T10:30:00Z"),
                                    ("B", _paid(4_400, "2025-03-10"), "x"),
                                    ("C", _typo(45_000, 2_000), "2025-04-01T09:00:00Z"))]
    assert ("looks the older copy of its name: its workbook was last saved 2025-04-01 09:00, "
            "the copy imported before it 2025-04-02 10:30") in said[2]
    assert "4,400.00 2025-03-10 → 45,000.00 2025-03-10" in said[2]
