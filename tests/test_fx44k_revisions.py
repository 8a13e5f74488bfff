"""fx44k: the copy after the change (修改后) sent beside the copy before it (修改前) revises it,
as it does the month's plain name. Written by openpyxl, imported one file at a time by the
app's import and the reference import (tables compared after each), in either order."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_key44_revisions import _march
from test_ord43_order import _imported, _open

from core.ledger.revised_files import revised, revises

AFTER = ["修改后", "修改后版", "修改后的", "最终修改后", "修订后", "更正后"]


@pytest.mark.parametrize("after", AFTER)
@pytest.mark.parametrize("order", ["AB", "BA"])
def test_the_copy_after_beside_the_copy_before(tmp_path: Path, after: str, order: str) -> None:
    """台账 2025-03 修改前.xlsx says 45,000 of MT-1's 50,000 came 03-12 (the typo); 台账
    2025-03 修改后.xlsx says 4,500 came 03-10. Hand count: 45,500 open at 06-30, either order.
    Before: neither revised the other (stems "台账 2025-03 修改前" and "台账 2025-03"), the
    typo dated later won: 5,000 open."""
    files = {"A": ("台账 2025-03 修改前.xlsx", _march(45_000, "2025-03-12")),
             "B": (f"台账 2025-03 {after}.xlsx", _march(4_500, "2025-03-10"))}
    db, _results = _imported(tmp_path, files, order)
    assert _open(db) == 45_500


@pytest.mark.parametrize("after", AFTER)
def test_after_revises_before_and_the_plain_name(after: str) -> None:
    """修改后 (and 修改后版, 修改后的, 最终修改后) revises the plain name and each copy before
    the change, never the other way; 修改前 and the plain name revise neither."""
    name = f"台账 2025-04 {after}.xlsx"
    assert revised(name)
    for other in ("台账 2025-04.xlsx", "台账 2025-04 修改前.xlsx", "台账 2025-04 修订前.xlsx"):
        assert revises(name, other) and not revises(other, name)
    assert not revises("台账 2025-04 修改前.xlsx", "台账 2025-04.xlsx")
    assert not revises("台账 2025-04.xlsx", "台账 2025-04 修改前.xlsx")
    assert not revises(name, "台账 2025-05 修改前.xlsx")


@pytest.mark.parametrize("word", ["售后", "后续", "以后", "最终"])
def test_after_words_that_are_no_revision(word: str) -> None:
    """Guard: 售后 (after-sales), 后续, 以后, 最终 alone revise nothing."""
    assert not revised(f"台账 2025-04 {word}.xlsx")
    assert not revises(f"台账 2025-04 {word}.xlsx", "台账 2025-04.xlsx")
