"""A sheet's cells cleaned at C speed (perf66a, core.ledger.readers.calamine._clean_rows):
calamine's "" for an empty cell becomes None, a duration its number of days, exactly as the
cell-by-cell pass did (`clean_value`), which now runs only on a sheet holding a duration.

The book: Rio Casa's PO-R1 10,000 OA 30 shipped 03-01, its 收款金额 and 收款日期 left empty
(due 03-31: 91 days at 06-30, black: the book records receipts), Kobe's PO-K1 8,000 paid in
full on 04-20 (nothing owed), Other Co's June sale paid on 06-30.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fix57i_cancel_went_ahead import HEAD, OTHER, _po
from test_lists_audit28 import at, by_name

from core.ledger.importer import import_files
from core.ledger.readers import calamine, read_workbook
from core.ledger.readers.calamine import clean_value
from core.ledger.readers.sheets import RawSheet

RIO, KOBE = "Rio Casa Ltda", "Kobe Trading KK"


def _kobe() -> list[object]:
    row = _po(paid=8_000, on="2025-04-20")
    row[0], row[1], row[3], row[5], row[6] = "PO-K1", KOBE, "灯罩", 8, 8_000
    return row


def _book(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "2025外贸台账.xlsx", {"3月": [HEAD, _po(), _kobe()],
                                                     "6月": [HEAD, OTHER]})


def _sheets(path: Path) -> dict[str, list[list[object]]]:
    return {s.name: [list(row) for row in s.rows] for s in read_workbook(path).sheets
            if isinstance(s, RawSheet)}


def _raw(path: Path) -> dict[str, list[list[object]]]:
    """The cells as calamine gives them, cleaned a cell at a time (the reference)."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return {name: [[clean_value(v) for v in row]
                   for row in book.get_sheet_by_name(name).iter_rows()]
            for name in book.sheet_names}


def test_empty_cells_are_none_and_nothing_else_moves(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Every "" None, every other cell its value and type (text, numbers, dates), as the
    cell-by-cell pass gives them; on a sheet without a duration that pass is never asked
    (main asked it of every cell of every row holding an empty one: fails)."""
    path = _book(tmp_path)
    reference = _raw(path)
    asked: list[object] = []

    def cell(value: object) -> object:
        asked.append(value)
        return clean_value(value)

    monkeypatch.setattr(calamine, "clean_value", cell)
    sheets = _sheets(path)
    assert asked == []
    assert sheets == reference
    for name, rows in sheets.items():
        for row, expected in zip(rows, reference[name], strict=True):
            assert [type(v) for v in row] == [type(v) for v in expected]
    assert "" not in {v for row in sheets["3月"] for v in row if isinstance(v, str)}
    rio = next(row for row in sheets["3月"] if row[0] == "PO-R1")
    assert rio[11] is None and rio[12] is None and rio[6] == 10_000
    assert rio[2] == date(2025, 2, 20)  # a date stays a date


def test_a_sheet_with_a_duration_is_cleaned_cell_by_cell(tmp_path: Path) -> None:
    """A duration-formatted cell (a credit term typed as 30 days in a [h]:mm cell) is 30.0 days;
    the empty cells of its sheet None, on the rows with a duration and without one alike."""
    path = write_xlsx(tmp_path / "durations.xlsx", {"账期": [
        ["客户", "账期", "备注", "金额"],
        ["Rio Casa Ltda", timedelta(days=30), "", 10_000],
        ["Kobe Trading KK", None, "预付", 8_000],
        ["Other Co", timedelta(hours=36), None, None]]})
    sheets = _sheets(path)
    assert sheets["账期"] == [["客户", "账期", "备注", "金额"],
                             ["Rio Casa Ltda", 30.0, None, 10_000],
                             ["Kobe Trading KK", None, "预付", 8_000],
                             ["Other Co", 1.5, None, None]]
    assert sheets == _raw(path)


def test_the_account_of_empty_receipt_cells(tmp_path: Path) -> None:
    """Imported: Rio's empty 收款金额 is no money received — 10,000, 91 days, black; Kobe's
    8,000 paid in full, Other Co paid: nothing owed, on no list."""
    db = tmp_path / "db.sqlite"
    [result] = import_files(db, [_book(tmp_path)])
    assert result.status == "imported", result.message
    accounts = {name: (round(c.open_amount), c.max_days_overdue,
                       c.list if c.list in ("black", "watch") else None)
                for name, c in by_name(at(db, date(2025, 6, 30))).items()}
    assert accounts == {RIO: (10_000, 91, "black"), KOBE: (0, 0, None),
                        OTHER[1]: (0, 0, None)}
