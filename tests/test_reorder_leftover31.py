"""A re-ordered row brought back with 已恢复 counts once (core.ledger.leftover_lines).

mar.xlsx: PO-1's two rows of one product, row 2 (key #0) 8,000 已取消 and row 3 (#1) 2,000, the
late payer's. The clerk deletes the cancelled row: the 2,000 row moves up into row 2 and key
#0. The guard does not take its 正常 for a correction (#0 stays cancelled, 2,000 open) and the
report says to write 已恢复 where the order went ahead. The clerk does. Before: #0 came back at
the row's 2,000 and #1, the same row's line before it moved, stayed stored and live: 4,000 open
where the file shows 2,000. Each import runs through both imports, which must agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from test_cancel_correction28c import imported, imported_with
from test_cancel_guard29 import LOT, lines, lot
from test_words_audit14 import AMOUNT, PAYER, late_payer, row

from core.ledger.report import import_report


def _removed(result) -> list[str]:  # noqa: ANN001
    return [w.text for w in result.warnings if w.code == "leftover_lines_removed"]


@pytest.mark.parametrize("at_once", [False, True])
def test_a_re_ordered_row_reinstated_counts_once(tmp_path: Path, at_once: bool) -> None:
    """已恢复 written after the refused re-ordering, or in the same edit as the deletion: one
    line of 2,000, owed once, and the report names the row. Before: 4,000 open."""
    mar = tmp_path / "mar.xlsx"
    imported(tmp_path, mar, [row("PO-1", status="已取消"), lot("正常"), PAYER])
    if not at_once:
        db = imported(tmp_path, mar, [lot("正常"), PAYER])
        assert late_payer(db).open_amount == LOT
    db, result = imported_with(tmp_path, mar, [lot("已恢复"), PAYER])
    assert lines(db) == [("0", LOT, None)]
    assert late_payer(db).open_amount == LOT
    [note] = _removed(result)
    assert "“mar.xlsx”" in note and "PO-1 (“台账” row 2)" in note and "counts once" in note
    assert note in import_report(result)
    [note] = in_chinese(lambda: _removed(result))
    assert "“mar.xlsx”中有 1 行" in note and "PO-1（“台账”第 2 行）" in note and "只计一次" in note


def test_only_the_row_s_own_earlier_line_goes(tmp_path: Path) -> None:
    """The same re-ordering brought back (before: 4,000 open, now 2,000); beside it, a file
    whose lot row is deleted and whose 8,000 row says 已恢复 in its place: that row cannot be
    the lot moved up (another amount), and the lot's line stays as any deleted row's does:
    10,000 open."""
    mar = tmp_path / "moved" / "mar.xlsx"
    imported(mar.parent, mar, [row("PO-1", status="已取消"), lot("正常"), PAYER])
    imported(mar.parent, mar, [lot("正常"), PAYER])
    db = imported(mar.parent, mar, [lot("已恢复"), PAYER])
    assert late_payer(db).open_amount == LOT
    kept = tmp_path / "kept" / "mar.xlsx"
    imported(kept.parent, kept, [row("PO-1", status="已取消"), lot("正常"), PAYER])
    db, result = imported_with(kept.parent, kept, [row("PO-1", status="已恢复"), PAYER])
    assert lines(db) == [("0", AMOUNT, None), ("1", LOT, None)] and not _removed(result)
    assert late_payer(db).open_amount == AMOUNT + LOT
