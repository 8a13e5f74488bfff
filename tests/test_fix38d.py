"""fix38d: the reviewer's faults in order38 (/tmp/rv38a), each through the real import (and
the reference import, compared after every file: test_fast_import._same_import). Mumbai
Mart's MT-1 15,000 of 03-01, shipped 03-05, counted by hand at 06-30."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_lots36 as lots36
from ledgers import write_xlsx
from test_break34a_refunds import TYPED
from test_break34d import _open, ordered
from test_fast_import import _same_import
from test_import_order36 import A, _every_order
from test_import_order38 import _noted_sale, _paid_sale
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row
from test_lots35b import _older_reader


def _mumbai(tmp_path: Path) -> tuple[float, float, float]:
    """Mumbai Mart's open amount, credit on account and revenue at 06-30."""
    who = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Mumbai Mart"]
    return round(who.open_amount, 2), round(who.credit_on_account, 2), round(who.revenue_12m, 2)


def _return_of_its_own() -> list[object]:
    """MT-1's return on a row of its own: -3,000 of 04-20 typed 退货."""
    return [*row("MT-1", "Mumbai Mart", "2025-04-20", -3_000, None), "退货", None]


def test_a_later_tab_without_the_note_keeps_the_return_s_own_row(tmp_path: Path):
    """One cumulative workbook: 3月 lists MT-1 (12,000 paid) noted 退货3000; 4月 lists it again
    without the note, and the return's own -3,000 row further down. Hand count: one return,
    nothing open, revenue 12,000. Before: the row took the noted return's line, and the 4月 sale
    without the note removed it as "note taken out": 3,000 open, revenue 15,000, black list."""
    other = [*row("X-1", "Other", "2025-03-02", 500, "2025-03-03"), None, None]
    _same_import(tmp_path, [write_xlsx(tmp_path / A, {
        "3月": [TYPED, _noted_sale(), other],
        "4月": [TYPED, _paid_sale(), other, _return_of_its_own()]})])
    assert _mumbai(tmp_path) == (0, 0, 12_000)


def test_next_month_s_file_without_the_note_and_the_return_s_own_row(tmp_path: Path):
    """A (March): MT-1 noted 退货3000. B (April): MT-1 without the note, the return's own
    -3,000 row below it. Hand count: one return, nothing open, revenue 12,000, in every
    order."""
    other = [*row("X-1", "Other", "2025-03-02", 500, "2025-03-03"), None, None]
    figures = _every_order(tmp_path, {"台账": [TYPED, _noted_sale(), other]},
                           {"台账": [TYPED, _paid_sale(), other, _return_of_its_own()]})
    assert figures[0] == 0 and figures[5] == 12_000


@pytest.mark.parametrize("april_name", ["台账 (1).xlsx", "台账.xlsx", "台账 2025-04.xlsx"])
def test_next_month_s_file_named_as_a_copy_of_an_older_reader_s(tmp_path: Path,
                                                                   april_name: str):
    """An older reader imported March's 2025-03/台账.xlsx: S-1's first lot 8,000, 4,000 received
    typed without a date. April's file, the second lot 4,000 noted 第二批, arrives as 台账
    (1).xlsx (a second download of that name), 台账.xlsx in April's folder, or 台账
    2025-04.xlsx, read by today's reader. Hand count: 8,000 open, 4,000 on each lot. Before:
    the name (1) made April's file March's copy, its older reading's made-up balance: the
    firm's 4,000 cleared, 12,000 open."""
    folder = tmp_path / "ledgers"
    m0 = lots36._file(folder / "y" / "台账 2025-03.xlsx",
                      ordered("S-1", 8_000, "2025-03-10", 80, 4_000))
    march = folder / "2025-03" / "台账.xlsx"
    march.parent.mkdir(parents=True)
    march.write_bytes(m0.read_bytes())
    april = lots36._file(folder / "x" / "台账 2025-04.xlsx",
                         ordered("S-1", 4_000, "2025-04-10", 40, note="第二批"))
    target = folder / "2025-04" / april_name
    target.parent.mkdir(parents=True)
    target.write_bytes(april.read_bytes())
    _same_import(tmp_path, [march])
    _older_reader(tmp_path)
    _same_import(tmp_path, [target])
    assert _open(tmp_path) == [(4_000, 82), (4_000, 51)]
