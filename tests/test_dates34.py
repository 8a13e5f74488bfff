"""dates34: how files, tabs and receipts are dated (a receipt without its date on a first
import, a tab named "3-4月", a January-named file kept all year, a typo'd year, a file read
again after a reader upgrade). Each test's docstring gives the hand count and what the user
saw before."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_recv33 import CAIRO, _c1
from test_recv_order32 import MONTHLY

from core.ledger.report import import_report
from core.ledger.tab_month import TabMonth, sheet_month


def _open(db: Path, *days: str) -> list[int]:
    return [round(by_name(at(db, d(day)))[CAIRO].open_amount) for day in days]


# --- 2. a tab named after two months sharing one 月 ("3-4月") ---------------------------------

def test_two_months_sharing_one_month_word_are_a_range() -> None:
    """"3-4月" and "三-四月" are March to April, as "3月-4月" is; "3月" stays March alone."""
    assert sheet_month("3-4月") == TabMonth(None, 3, span=True, last=4)
    assert sheet_month("3至4月台账") == TabMonth(None, 3, span=True, last=4)
    assert sheet_month("三-四月") == TabMonth(None, 3, span=True, last=4)
    assert sheet_month("3月") == TabMonth(None, 3)
    assert sheet_month("3-4") is None


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_an_undated_receipt_on_a_tab_named_3_4(tmp_path: Path, order: tuple[int, ...]) -> None:
    """台账 2025-03.xlsx (tab 3月) 4,000 on 03-25; 台账 2025.xlsx, its tab "3-4月", 5,000 with
    no date under 本月收款: it came in by the range's last month's end, 04-30. Hand count:
    C-1 20,000: 16,000 open at 03-31, 11,000 at 04-30, and the report says so. Before: the
    tab named no month, the 5,000 was stored undated (imported first, March's receipt then
    replaced it: 16,000 open at 04-30)."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / "台账 2025-03.xlsx", {"3月": [MONTHLY, _c1(4_000, "2025-03-25",
                                                                         3)]}),
             write_xlsx(folder / "台账 2025.xlsx", {"3-4月": [MONTHLY, _c1(5_000, None, 4)]})]
    results = _same_import(tmp_path, *[[files[i]] for i in order])
    assert _open(tmp_path / "fast.sqlite", "2025-03-31", "2025-04-30") == [16_000, 11_000]
    ranged = results[order.index(1)]
    assert "named after more than one month" in import_report(ranged)


# --- 1. a receipt without its date on a line's first import -----------------------------------

def test_an_undated_receipt_on_a_first_import_is_said_with_its_day(tmp_path: Path) -> None:
    """台账 2025-04.xlsx, tab 4月, imported first: C-1 5,000 under 本月收款, its date blank, and
    B-1 3,000 dated 04-12. Hand count: C-1's 5,000 counted on 04-30 (15,000 open at 04-30,
    20,000 at 04-29); the report names the file, the day, the order and its row, in both
    languages; B-1's dated receipt is not named. Before: the receipt was dated without a
    word (only a file named after a range of months said so)."""
    paid = _c1(3_000, "2025-04-12", 3)
    paid[:2] = ["B-1", "Bravo"]
    path = write_xlsx(tmp_path / "ledgers" / "台账 2025-04.xlsx", {"4月": [
        MONTHLY, _c1(5_000, None, 3), paid]})
    [result] = _same_import(tmp_path, [path])
    assert _open(tmp_path / "fast.sqlite", "2025-04-29", "2025-04-30") == [20_000, 15_000]
    [note] = [w.text for w in result.warnings if w.code == "stored_receipts_dated"]
    assert ("“台账 2025-04.xlsx”: 1 order's receipt of the month (本月收款) has no date: "
            "counted as received on 2025-04-30" in note)
    assert "C-1" in note and "4月" in note and "B-1" not in note
    assert note in import_report(result)
    [chinese] = in_chinese(lambda: [w.text for w in result.warnings
                                    if w.code == "stored_receipts_dated"])
    assert "2025-04-30" in chinese and "没有填写日期" in chinese and "C-1" in chinese
