"""lin38: a big file's packed sheet keeps, beside its rows' keys, which rows are sales, credit
notes and sales whose note names no return (core.ledger.ledger_file._facts): the passes
before and after the write that ask only that (moving a credit note out of a sale's place,
dropping a return a sale's note no longer names) read it without unpacking a record, and
find exactly what the records say."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_import_order36 as order36

import core.ledger.held_sheets as held
from core.ledger.credit_lines import CREDITED
from core.ledger.held_sheets import HeldSheet
from core.ledger.ledger_file import LedgerFile
from core.ledger.noted_returns import NOTED
from core.ledger.orders import SheetGroups
from core.ledger.record import AMOUNT, CREDIT_NOTE, CURRENCY, FIELDS, NOTES, ORDER_DATE, ROW, SHEET

# (amount, credit note, note, line key's tail): what each row of a month's tab is
ROWS = [
    (15_000.0, False, None, "#1"),  # a sale
    (-3_000.0, True, None, "#1"),  # a credit note
    (15_000.0, False, "3000退货", "#1"),  # a sale whose note names a return of 3,000
    (8_000.0, False, None, NOTED + "#0"),  # a sale keyed as a noted return's
    (2_000.0, False, None, CREDITED + "#0"),  # a sale keyed apart as a credit note's
    (0.0, False, None, "#1"),  # a payment's own row, worth nothing
    (-500.0, True, "退货", "#2"),  # a second credit note
]


def _sheet(name: str) -> tuple[list[tuple[object, ...]], SheetGroups]:
    records = []
    for i, (amount, credit, note, _tail) in enumerate(ROWS):
        cells: list[object] = [None] * len(FIELDS)
        cells[SHEET], cells[ROW], cells[ORDER_DATE] = name, i + 3, f"2025-0{i + 1}-10"
        cells[AMOUNT], cells[CREDIT_NOTE], cells[NOTES], cells[CURRENCY] = (
            amount, credit, note, "USD")
        records.append(tuple(cells))
    keys = [f"n:mt-{name}-{i}|台灯{tail}" for i, (*_, tail) in enumerate(ROWS)]
    n = len(ROWS)
    return records, SheetGroups(list(range(n)), [0] * n, keys, [False] * n)


def _asked(ledger: LedgerFile) -> tuple[list[object], ...]:
    return list(ledger.sale_keys()), list(ledger.credit_notes()), list(ledger.bare_sales())


def _ledger(monkeypatch: pytest.MonkeyPatch, loose_rows: int) -> LedgerFile:
    monkeypatch.setattr(held, "LOOSE_ROWS", loose_rows)
    ledger = LedgerFile()
    for name in ("1月", "2月"):
        ledger.held.add(name, *_sheet(name))
    return ledger


def test_a_packed_sheet_names_the_sales_and_credit_notes_its_records_would(monkeypatch):
    """Two tabs of seven rows each: the sales are the 15,000, the noted 15,000 and the 8,000
    (not the credit notes, the row keyed apart as a credit note's nor the payment's 0); the
    credit notes the -3,000 and -500 with their days; the bare sales only the first 15,000 of
    each tab (a sale whose note names a return, or keyed as a noted return's, is none). The
    same, packed or loose, and packed without a record unpacked."""
    loose = _asked(_ledger(monkeypatch, 1_000))
    sales, notes, bare = loose
    assert sales == [f"n:mt-{m}-{i}|台灯{ROWS[i][3]}" for m in ("1月", "2月") for i in (0, 2, 3)]
    assert notes == [(f"n:mt-{m}-{i}|台灯{ROWS[i][3]}", f"2025-0{i + 1}-10", ROWS[i][0])
                     for m in ("1月", "2月") for i in (1, 6)]
    assert bare == [(m, 3, f"n:mt-{m}-0|台灯#1") for m in ("1月", "2月")]
    packed = _ledger(monkeypatch, 0)
    assert all(s.records is None for s in packed.held.sheets)

    def unpacked(self: HeldSheet) -> object:
        raise AssertionError(f"sheet {self.name} unpacked")

    monkeypatch.setattr(HeldSheet, "unpacked", unpacked)
    assert _asked(packed) == loose


def test_a_credit_note_moved_out_of_a_sale_s_place_from_packed_sheets(tmp_path: Path,
                                                                     monkeypatch):
    """order36's case, every sheet packed: the note alone, then the sale, then May's file
    re-sending the sale with the note below it. Hand count: 12,000 open, revenue 12,000 (the
    note moved out of the sale's place found again by the packed sheet's sale keys and credit
    notes), not 9,000."""
    monkeypatch.setattr(held, "LOOSE_ROWS", 1)
    order36.test_the_credit_note_s_file_sent_again_after_the_sale_adds_nothing(
        tmp_path, "台账 2025-05.xlsx")


def test_a_noted_return_taken_out_of_a_packed_sheet_goes(tmp_path: Path, monkeypatch):
    """order36's case, every sheet packed: March's MT-1 15,000 noted "3000退货" (12,000 open),
    then March sent again without the note: 15,000 open, revenue 15,000, the return named as
    removed (the packed sheet's bare sales)."""
    monkeypatch.setattr(held, "LOOSE_ROWS", 1)
    order36.test_a_sale_s_noted_return_taken_out_of_the_file_sent_again_goes(
        tmp_path, order36.A)
