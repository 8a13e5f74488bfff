"""fix34b: a far received date is read as a typo of the year only where that reading falls
nearer the file's month than the date as written and not before its row's order (or, with
none, ship) date: a December file saved in April keeps April's payment."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, row

from core.ledger.older_status import file_day


@pytest.mark.parametrize("ordered", ["2025-11-01", "2025-03-01"])
def test_a_december_file_saved_in_april_keeps_april_s_payment(tmp_path: Path,
                                                             ordered: str) -> None:
    """台账 2025-12.xlsx: Oslo's X-0 (4,000, 2025-01-05, shipped 01-10, OA 30) paid 02-08;
    X-1 (10,000, ordered {ordered}, shipped 4 days later, OA 30) paid 2026-04-10, the clerk
    updating the file in April; Other's Y-1 of 12-01 open. Hand count at 2026-04-30: X-1 paid
    on 2026-04-10 as written, late. Before: read as a typo of 2025-04-10, before X-1's order
    (the reviewer's ledger, fixed since by break34c) or, ordered in March, 8 months before
    the file's month where the date as written is 3 past it: X-1 paid early or on time."""
    shipped = f"{ordered[:8]}{int(ordered[8:]) + 4:02d}"
    path = write_xlsx(tmp_path / "台账 2025-12.xlsx", {"台账": [
        HEADER, row("X-0", "Oslo Home", "2025-01-05", 4_000, "2025-01-10", 4_000, "2025-02-08"),
        row("X-1", "Oslo Home", ordered, 10_000, shipped, 10_000, "2026-04-10"),
        row("Y-1", "Other", "2025-12-01", 1_000, "2025-12-05")]})
    [result] = _same_import(tmp_path, [path])
    oslo = by_name(at(tmp_path / "fast.sqlite", d("2026-04-30")))["Oslo Home"]
    assert {r.order_no: r.paid_on for r in oslo.receivables} == {
        "X-0": d("2025-02-08"), "X-1": d("2026-04-10")}
    assert not [w for w in result.warnings if w.code == "date_year_typo"]
    assert [w for w in result.warnings if w.code == "date_beyond_month"]


def test_a_far_receipt_is_read_as_the_nearer_of_the_two_years() -> None:
    """December 2025's file, dates from 2025-01-05: 2026-04-10 (100 days past December) is no
    typo of 2025-04-10 (235 days before it); 2026-10-10 (283 days past) is 2025-10-10 (52
    before), but not for a row shipped 2025-11-05 with no order date; 2026-12-15 is 12-15."""
    found = file_day([[("12月", 2, "2025-01-05", None, "2025-02-08"),
                       ("12月", 3, "2025-03-01", None, "2026-04-10"),
                       ("12月", 4, "2025-03-01", None, "2026-10-10"),
                       ("12月", 5, None, "2025-11-05", "2026-10-11"),
                       ("12月", 6, "2025-12-01", None, "2026-12-15")]], "台账 2025-12.xlsx")
    assert [(b.day, b.meant) for b in found.beyond] == [
        ("2026-04-10", None), ("2026-10-10", "2025-10-10"), ("2026-10-11", None),
        ("2026-12-15", "2025-12-15")]


def test_a_far_receipt_on_a_month_s_tab_is_weighed_by_that_tab_s_month() -> None:
    """A year's workbook named for December: April's tab's 2026-04-29 is 2025-04-29 (in the
    tab's month; 364 days past it as written), as dates34 read it, however far from December."""
    found = file_day([[("4月", 2, "2025-04-05", None, "2026-04-29"),
                       ("12月", 3, "2025-12-01", None, "2025-12-20")]], "台账 2025-12.xlsx")
    assert [(b.day, b.meant) for b in found.beyond] == [("2026-04-29", "2025-04-29")]
