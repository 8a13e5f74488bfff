"""A clerk's correction of a status, imported again from the same file, is the row's status.

The everyday workflow: the clerk imports 台账 mar.xlsx, sees PO-1 marked 已取消 by mistake,
writes 正常 in the same cell and imports the same file again (its content changed, so it
imports). cancel28 made a plain 正常 on a later row keep a cancellation (a later file's 正常 is
most often the template's default); since then the correction did nothing, the 8,000 the late
payer owes stayed off its account and it dropped off the black list, and nothing said so. The
row that wrote the line (the same file name, from the same folder, the same sheet and row) is
the line's own: what it says now replaces what it said (core.ledger.own_rows). Another file's
正常, a renamed copy's, or the same name in another month's folder still leaves the order
cancelled. Each import runs through both import paths (test_fast_import._same_import).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_cancel_reinstate28 import is_cancelled
from test_fast_import import _same_import
from test_words_audit14 import HEADER, PAYER, row


def ledger(path: Path, status: str | None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_xlsx(path, {"台账": [HEADER, row("PO-1", status=status), PAYER]})


def imported_then(tmp_path: Path, first: Path, then: Path, before: str, after: str) -> Path:
    """`first` written with PO-1's status `before` and imported, then `then` (the same path,
    or another file) written with `after` and imported: the fast import's database."""
    _same_import(tmp_path, [ledger(first, before)])
    results = _same_import(tmp_path, [ledger(then, after)])
    assert [r.status for r in results] == ["imported"]
    return tmp_path / "fast.sqlite"


def test_the_clerk_corrects_a_mistaken_cancellation(tmp_path: Path) -> None:
    """Before: the order stayed cancelled, 0 open, off the black list."""
    mar = tmp_path / "mar.xlsx"
    assert not is_cancelled(imported_then(tmp_path, mar, mar, "已取消", "正常"))


def test_the_clerk_corrects_a_mistaken_normal_to_cancelled(tmp_path: Path) -> None:
    mar = tmp_path / "mar.xlsx"
    assert is_cancelled(imported_then(tmp_path, mar, mar, "正常", "已取消"))


@pytest.mark.parametrize("then", ["apr.xlsx", "mar (2).xlsx", "4月/mar.xlsx"])
def test_another_file_s_normal_still_leaves_the_order_cancelled(tmp_path: Path,
                                                                then: str) -> None:
    """A later file, a renamed copy, or one name kept every month in month folders (the same
    sheet and row): cancel28's rule holds, only 已恢复 brings the order back."""
    db = imported_then(tmp_path, tmp_path / "3月" / "mar.xlsx", tmp_path / then, "已取消",
                       "正常")
    assert is_cancelled(db)
