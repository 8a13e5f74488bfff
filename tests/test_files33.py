"""files33: the faults break33 left in a clerk's months of files (a spaced receipt word, a begun
next-month tab, a typo'd year, two copies of one month's file, a payments file before its
orders). Each test's docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break32 import _owed
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

# --- 1. a receipt word spaced out in the status or type cell (收  款, 回 款) -------------------

SOFIA = "Sofia Deco"


def _sofia(said: str, column: str) -> list[list[object]]:
    """S-1 5,000 shipped 2024-12-31 (OA 30: due 01-30), S-2 8,000 shipped 03-12 (due 04-11), a
    wire of 5,000 on 04-20 on a row of its own, 金额 blank, its word in `column`."""
    typed = column == "类型"
    header = [*HEADER, "类型"] if typed else HEADER

    def line(values: list[object], kind: object = None) -> list[object]:
        return [*values, kind] if typed else values
    paid = row("", SOFIA, None, None, None, 5_000, "2025-04-20",  # type: ignore[arg-type]
               None if typed else said)
    paid[3] = None
    return [header, line(row("S-1", SOFIA, "2024-12-20", 5_000, "2024-12-31")),
            line(row("S-2", SOFIA, "2025-03-05", 8_000, "2025-03-12")),
            line(paid, said if typed else None)]


@pytest.mark.parametrize("column", ["状态", "类型"])
@pytest.mark.parametrize("said", ["收  款", "回 款"])
def test_a_receipt_word_typed_with_a_space_is_money_received(tmp_path: Path, said: str,
                                                             column: str) -> None:
    """A clerk lines the type up with the column's three-character words (收  款, as 取  消).
    Hand count at 04-30 (days to 04-20, the file's last date): the 5,000 of 04-20 pays S-1:
    S-2's 8,000 open, 9 days past due.
    Before: the row was dropped without a word: 13,000 open, 80 days past due."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账 2025-04.xlsx",
                                       {"4月": _sofia(said, column)})])
    sofia = by_name(at(tmp_path / "fast.sqlite", d("2025-04-30")))[SOFIA]
    assert _owed(sofia)[::2] == (8_000, {"S-2": (8_000, 9)})
