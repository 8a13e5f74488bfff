"""lin38: a big file's packed sheet keeps, beside its rows' keys, which rows are sales, credit
notes and sales whose note names no return (core.ledger.ledger_file._facts): the passes
before and after the write that ask only that (moving a credit note out of a sale's place,
dropping a return a sale's note no longer names) read it without unpacking a record, and
find exactly what the records say. merge38: order38's passes too, the sales' days, the file's
returns of their own read as no credit note (filed_returns.held_return) and its receipts
written without their date (lot_balances), from the same small pack."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import test_import_order36 as order36
import test_import_order38 as order38

import core.ledger.held_sheets as held
from core.ledger.credit_lines import CREDITED
from core.ledger.filed_returns import credited
from core.ledger.held_sheets import HeldSheet
from core.ledger.ledger_file import LedgerFile
from core.ledger.noted_returns import NOTED
from core.ledger.orders import SheetGroups
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    FIELDS,
    NOTES,
    ORDER_DATE,
    ORDER_NO,
    RECEIVED,
    RECEIVED_DATE,
    ROW,
    SHEET,
    SHIP_DATE,
    STATUS_TEXT,
)

SHIPPED = "2025-03-05"
# (amount, credit note, note, line key's tail, status as written, shipped, received, its day,
# order number written): what each row of a month's tab is
ROWS = [
    (15_000.0, False, None, "#1", None, SHIPPED, 12_000.0, "2025-04-10", True),  # a paid sale
    (-3_000.0, True, None, "#1", "退货", None, None, None, True),  # a credit note
    # a sale whose note names a return of 3,000, 4,000 received with no day
    (15_000.0, False, "3000退货", "#1", None, SHIPPED, 4_000.0, None, True),
    (8_000.0, False, None, NOTED + "#0", None, SHIPPED, None, None, True),  # keyed as noted
    (2_000.0, False, None, CREDITED + "#0", None, SHIPPED, None, None, True),  # keyed apart
    (0.0, False, None, "#1", None, None, 1_500.0, None, True),  # a payment's row, no day
    (-500.0, True, "退货", "#2", None, None, None, None, True),  # a second credit note
    (3_000.0, False, None, "#3", "退货", None, None, None, True),  # a return of its own
    (3_000.0, False, None, "#4", "退货", "2025-04-21", None, None, True),  # 退货, yet shipped
    (2_500.0, False, None, "#5", "退货被拒", None, None, None, True),  # the return refused
    (1_000.0, False, None, "#6", "已退货", None, None, None, False),  # 退货, no order number
]
MONTHS = ("1月", "2月")


def _key(name: str, i: int) -> str:
    return f"n:mt-{name}-{i}|台灯{ROWS[i][3]}"


def _day(i: int) -> str:
    return f"2025-{i + 1:02d}-10"


def _sheet(name: str) -> tuple[list[tuple[object, ...]], SheetGroups]:
    records = []
    for i, (amount, credit, note, _tail, status, shipped, received, on, numbered) in (
            enumerate(ROWS)):
        cells: list[object] = [None] * len(FIELDS)
        cells[SHEET], cells[ROW], cells[ORDER_DATE] = name, i + 3, _day(i)
        cells[AMOUNT], cells[CREDIT_NOTE], cells[NOTES], cells[CURRENCY] = (
            amount, credit, note, "USD")
        cells[STATUS_TEXT], cells[SHIP_DATE], cells[RECEIVED], cells[RECEIVED_DATE] = (
            status, shipped, received, on)
        cells[ORDER_NO] = f"MT-{i}" if numbered else None
        records.append(tuple(cells))
    keys = [_key(name, i) for i in range(len(ROWS))]
    n = len(ROWS)
    return records, SheetGroups(list(range(n)), [0] * n, keys, [False] * n)


def _asked(ledger: LedgerFile) -> tuple[list[object], ...]:
    return (list(ledger.sale_keys()), list(ledger.credit_notes()), list(ledger.bare_sales()),
            list(ledger.returned_keys()), list(ledger.typed_receipts()))


def _ledger(monkeypatch: pytest.MonkeyPatch, loose_rows: int) -> LedgerFile:
    monkeypatch.setattr(held, "LOOSE_ROWS", loose_rows)
    ledger = LedgerFile()
    for name in MONTHS:
        ledger.held.add(name, *_sheet(name))
    return ledger


def _no_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on a packed sheet's records unpacked fails the test."""
    def unpacked(self: HeldSheet) -> object:
        raise AssertionError(f"sheet {self.name} unpacked")

    monkeypatch.setattr(HeldSheet, "unpacked", unpacked)


def test_a_packed_sheet_names_the_sales_and_credit_notes_its_records_would(monkeypatch):
    """Two tabs of eleven rows each. The sales, with their days and sums: the paid 15,000, the noted
    15,000, the 8,000, the +3,000 退货 row that was shipped, the 2,500 whose return was refused
    and the 1,000 whose 已退货 row has no order number (not the credit notes, the row keyed
    apart as a credit note's, the payment's 0, nor the +3,000 退货 row not shipped: a return
    of its own, read as no credit note, and the only one of the returned keys). The credit
    notes the -3,000 and -500 with their days; the bare sales the sales whose note names no
    return and keyed as no noted return's, and that return row (as its record says); the
    receipts written without their day the noted sale's 4,000 and the payment row's 1,500
    (not the paid sale's 12,000 of 04-10). The same, packed or loose, and packed without a
    record unpacked."""
    loose = _asked(_ledger(monkeypatch, 1_000))
    sales, notes, bare, returned, typed = loose
    assert sales == [(_key(m, i), _day(i), ROWS[i][0]) for m in MONTHS
                     for i in (0, 2, 3, 8, 9, 10)]
    assert notes == [(_key(m, i), _day(i), ROWS[i][0]) for m in MONTHS for i in (1, 6)]
    assert bare == [(m, i + 3, _key(m, i)) for m in MONTHS for i in (0, 7, 8, 9, 10)]
    assert returned == [_key(m, 7) for m in MONTHS]
    assert typed == [(_key(m, i), figure) for m in MONTHS for i, figure in ((2, 4_000),
                                                                            (5, 1_500))]
    packed = _ledger(monkeypatch, 0)
    assert all(s.records is None for s in packed.held.sheets)
    _no_unpacking(monkeypatch)
    assert _asked(packed) == loose


def test_a_packed_sheet_s_return_made_a_credit_note_is_asked_as_one(monkeypatch):
    """A later tab's sale makes an earlier tab's +3,000 退货 row the credit note it is (core.
    ledger.tab_notes: re-keyed, stored -3,000): its sheet packed again keeps its facts, so the
    row is now a credit note of -3,000 under its new key, no return of its own and no bare
    sale, the same as the loose sheet reworked, and asked without a record unpacked."""
    apart = _key("1月", 7).replace("#3", f"{CREDITED}#0")
    answers = []
    for loose_rows in (1_000, 0):
        ledger = _ledger(monkeypatch, loose_rows)
        ledger.held.rework(0, 7, apart, credited)
        answers.append(ledger)
    loose = _asked(answers[0])
    assert (apart, _day(7), -3_000.0) in loose[1] and apart not in loose[3]
    assert loose[3] == [_key("2月", 7)] and ("1月", 10, apart) not in loose[2]
    assert answers[1].held.sheets[0].light() is not None
    _no_unpacking(monkeypatch)
    assert _asked(answers[1]) == loose


def _guarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sheet packed, and a sheet unpacked while one of the five passes reading the
    small pack works out its next answer fails the test (the write, and the rest of the
    import, still unpack as they must)."""
    monkeypatch.setattr(held, "LOOSE_ROWS", 0)
    inside = [False]
    unpacked = HeldSheet.unpacked

    def watched(self: HeldSheet) -> object:
        if inside[0] and self.records is None:
            raise AssertionError(f"sheet {self.name} unpacked for a pass of its small pack")
        return unpacked(self)

    def guard(method: Callable[[LedgerFile], Iterator[object]]
              ) -> Callable[[LedgerFile], Iterator[object]]:
        def run(self: LedgerFile) -> Iterator[object]:
            answers = method(self)
            while True:
                inside[0] = True
                try:
                    answer = next(answers)
                except StopIteration:
                    return
                finally:
                    inside[0] = False
                yield answer
        return run

    monkeypatch.setattr(HeldSheet, "unpacked", watched)
    for name in ("sale_keys", "credit_notes", "bare_sales", "returned_keys", "typed_receipts"):
        monkeypatch.setattr(LedgerFile, name, guard(getattr(LedgerFile, name)))


def test_a_credit_note_moved_out_of_a_sale_s_place_from_packed_sheets(tmp_path: Path,
                                                                     monkeypatch):
    """order36's case, every sheet packed: the note alone, then the sale, then May's file
    re-sending the sale with the note below it. Hand count: 12,000 open, revenue 12,000 (the
    note moved out of the sale's place found again by the packed sheet's sale keys and credit
    notes), not 9,000."""
    _guarded(monkeypatch)
    order36.test_the_credit_note_s_file_sent_again_after_the_sale_adds_nothing(
        tmp_path, "台账 2025-05.xlsx")


def test_a_noted_return_taken_out_of_a_packed_sheet_goes(tmp_path: Path, monkeypatch):
    """order36's case, every sheet packed: March's MT-1 15,000 noted "3000退货" (12,000 open),
    then March sent again without the note: 15,000 open, revenue 15,000, the return named as
    removed (the packed sheet's bare sales)."""
    _guarded(monkeypatch)
    order36.test_a_sale_s_noted_return_taken_out_of_the_file_sent_again_goes(
        tmp_path, order36.A)


def test_a_positive_return_s_file_before_its_sale_from_packed_sheets(tmp_path: Path,
                                                                     monkeypatch):
    """order38's case, every sheet packed: MT-1 sold 15,000 (12,000 received) and its +3,000
    退货 row (not shipped) in a file of its own, in every order. Hand count: nothing open,
    revenue 12,000 (the return's line marked from the packed sheet's returned keys, made a
    credit note by the sale's file from its packed sales' days), not 3,000 open, revenue
    3,000."""
    _guarded(monkeypatch)
    order38.test_a_positive_return_s_file_imported_before_its_sale(tmp_path)


@pytest.mark.parametrize("tabs", [("台账", "退货"), ("退货", "台账")])
def test_a_return_tab_before_its_sale_tab_packed(tmp_path: Path, monkeypatch, tabs):
    """order38's case, every sheet packed: one workbook, a 台账 tab selling MT-1 15,000
    (12,000 paid) and a 退货 tab with its +3,000 row, not shipped, in either tab order (the
    退货 tab first: its packed sheet reworked, the row made a credit note). Hand count: nothing
    open, revenue 12,000."""
    _guarded(monkeypatch)
    order38.test_a_workbook_s_return_tab_before_its_sale_tab(tmp_path, order38._return_row,
                                                            tabs)


@pytest.mark.parametrize("order", ["march first", "april first"])
def test_an_older_reader_s_typed_receipt_from_packed_sheets(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, order: str) -> None:
    """order38's case, every sheet packed: an older reader's database, March's S-1 first lot
    8,000 with 4,000 received written without its day, April's second lot 4,000, both
    re-imported in either order. Hand count: 8,000 open as 4,000 on each lot (82 and 51 days),
    the firm's 4,000 kept from the packed sheet's typed receipts (not 12,000 open)."""
    _guarded(monkeypatch)
    order38.test_an_older_reader_s_database_re_imported_keeps_the_firm_s_receipt(
        tmp_path, monkeypatch, order, "台账 2025-03.xlsx")
