"""lin36: the rules run after the write ask each row's sheet, row number and line key; a big
file's packed sheet answers from a small pack of its own, its records left packed, and says
exactly what its records would."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_break32 import _owed
from test_break34a_refunds import SHORT, TYPED
from test_fast_import import _same_import
from test_fix34b_returns import PAID
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import row

import core.ledger.held_sheets as held
from core.ledger.held_sheets import HeldSheets
from core.ledger.orders import SheetGroups
from core.ledger.record import FIELDS, ROW, SHEET
from core.ledger.report import import_report


def _sheet(name: str, rows: int) -> tuple[list[tuple], SheetGroups]:
    records = []
    for i in range(rows):
        cells: list[object] = [None] * len(FIELDS)
        cells[SHEET], cells[ROW] = name, i + 3
        records.append(tuple(cells))
    return records, SheetGroups(list(range(rows)), [0] * rows,
                                [f"n:pi-{name}-{i}|台灯#1" for i in range(rows)], [False] * rows)


@pytest.mark.parametrize("loose_rows", [0, 1_000])
def test_written_rows_read_back_the_same_packed_or_loose(loose_rows):
    """Three month tabs of 400, 0 and 250 rows: every row's (sheet, row, key) in file order,
    the 650 of them, whether each sheet is packed (loose_rows 0) or not; a packed sheet's
    records stay packed, and unpacked give the same keys."""
    sheets = HeldSheets(loose_rows=loose_rows)
    expected = []
    for name, rows in (("1月", 400), ("2月", 0), ("3月", 250)):
        records, groups = _sheet(name, rows)
        sheets.add(name, records, groups)
        copy, copy_groups = _sheet(name, rows)  # an equal copy to compare with
        expected += [(r[SHEET], r[ROW], k) for r, k in zip(copy, copy_groups.keys, strict=True)]
    assert len(expected) == 650 and expected[0] == ("1月", 3, "n:pi-1月-0|台灯#1")
    assert list(sheets.written_rows()) == expected
    packed = [s for s in sheets.sheets if s.packed is not None]
    assert len(packed) == (3 if loose_rows == 0 else 0)
    assert all(s.records is None for s in packed)
    assert [g.keys for _, _, g in sheets] == [_sheet(name, rows)[1].keys for name, rows in
                                              (("1月", 400), ("2月", 0), ("3月", 250))]


OTHERS = [[*row(f"F-{n}", f"Buyer {n}", "2025-02-01", 1_000 + n, "2025-02-05", 1_000 + n,
                "2025-02-20"), None, None] for n in range(1, 31)]


def test_a_refund_dropped_from_a_packed_sheet(tmp_path: Path, monkeypatch):
    """Every sheet packed (a budget of one loose row): May's file, thirty buyers paid in full,
    then Rio's R-1 and R-2 paid (15,000) and a return of 2,000 noted 退货退款, row 35; May
    sent again, the row now 退货退款，抵扣下批货款 and R-2 paid 3,000 of 5,000. Read from the
    packed rows' keys as from the records: row 35 named as no longer making a refund, Rio
    nothing open and no credit (13,000 sold, 13,000 paid), white; the same database and
    report as the reference import."""
    monkeypatch.setattr(held, "LOOSE_ROWS", 1)
    first = [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", "退货退款"]
    then = [*first[:-1], "退货退款，抵扣下批货款"]
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    may = write_xlsx(tmp_path / "1" / "台账 2025-05.xlsx",
                     {"台账": [TYPED, *OTHERS, *PAID, first]})
    again = write_xlsx(tmp_path / "2" / "台账 2025-05.xlsx",
                       {"台账": [TYPED, *OTHERS, *SHORT, then]})
    _same_import(tmp_path, [may])
    results = _same_import(tmp_path, [again])
    rio = by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))["Rio Rugs"]
    open_, listed, overdue = _owed(rio)
    assert (open_, overdue, rio.credit_on_account, listed) == (0, {}, 0, "white")
    report = import_report(results[0])
    assert "1 row of “台账 2025-05.xlsx” no longer makes a refund of its return" in report
    assert "台账 35" in report
