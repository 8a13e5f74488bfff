"""key44: a file named as the copy after the change (修改后, 修订后, 更正后) is the corrected copy
of the month's file, as 修订 or v2 is; the copy before the change (修改前) stays the older. Each
scenario is written by openpyxl, imported one file at a time by the app's import and the
reference import (compared after every file), the account read as the customers list reads it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_break34a_refunds import TYPED
from test_import_order36 import A as PLAIN
from test_lists_audit30 import row
from test_ord41_order import Sheets
from test_ord42_order import _typo
from test_ord43_order import _imported, _open

from core.ledger.revised_files import revised, revises

AFTER = ["修改后", "修订后", "更正后", "修正后"]


def _march(received: float, on: str) -> Sheets:
    """MT-1 50,000 of 03-01, shipped 03-05: `received` by `on`."""
    return {"台账": [TYPED, [*row("MT-1", "Mumbai Mart", "2025-03-01", 50_000, "2025-03-05",
                                 received, on), None, None]]}


@pytest.mark.parametrize("word", ["修订", *AFTER])
@pytest.mark.parametrize("order", ["AB", "BA"])
def test_the_copy_after_the_change_revises_the_month(tmp_path: Path, word: str,
                                                     order: str) -> None:
    """March's book says 45,000 of MT-1's 50,000 came 03-12 (a typo); 台账 2025-03 修改后.xlsx
    says 4,500 came 03-10, its day earlier than the typo's. Hand count: 45,500 open at 06-30
    in either order, as with 修订. Before: 修改后 revised nothing, so the typo imported after
    it, dated later, was taken (5,000 open)."""
    files = {"A": (PLAIN, _march(45_000, "2025-03-12")),
             "B": (f"台账 2025-03 {word}.xlsx", _march(4_500, "2025-03-10"))}
    db, _results = _imported(tmp_path, files, order)
    assert _open(db) == 45_500


@pytest.mark.parametrize("word", ["修改", "修订", "更正", "修正"])
def test_after_and_before_the_change(word: str) -> None:
    """修改后 revises the plain name and its 修改前 copy, never the other way; 修改前 revises
    nothing (tests/test_copies_and_dates_fix35f.py: the older copy)."""
    after, before = f"台账 2025-04 {word}后.xlsx", f"台账 2025-04 {word}前.xlsx"
    assert revised(after) and revises(after, "台账 2025-04.xlsx")
    assert not revises("台账 2025-04.xlsx", after)
    assert not revised(before) and not revises(before, "台账 2025-04.xlsx")
    assert revises(after, "台账 2025-04 (1).xlsx")
    assert revises(f"台账 2025-04 {word}后2.xlsx", after)


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_word_after_no_revision_word_is_no_revision(tmp_path: Path, order: str) -> None:
    """Guard: 台账 2025-03 后.xlsx or 以后 is no revision: the file imported last counts as
    before (the typo imported last: 5,000 open; the 4,500 last: 45,500)."""
    assert not revised("台账 2025-03 后.xlsx") and not revised("台账 2025-03 以后.xlsx")
    files = {"A": (PLAIN, _typo(45_000)), "B": ("台账 2025-03 后.xlsx", _typo(4_500))}
    db, _results = _imported(tmp_path, files, order)
    assert _open(db) == (45_500 if order == "AB" else 5_000)
