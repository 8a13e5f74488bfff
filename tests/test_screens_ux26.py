"""Faults found walking the window as an owner does (ux26), each read off what a widget shows.

The import dialog's files page, given a ledger whose merged cells (a customer cell merged over
its order's product lines) sit below the five rows the preview shows: before, the preview's own
reading of those rows cut the sheet after them but kept every merged range, fell over the first
one past the cut, and the page said "IndexError: list index out of range" in red beside the file,
with Import greyed out. The shipped sample ledger 订单台账_2025-12.xlsx was one such file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_import_dialog import _dialog

from ui.importing.dialog import file_status

HEADER = ["订单号", "客户", "下单日期", "产品", "金额", "币种"]


def _merged_below_the_preview(tmp_path: Path) -> Path:
    rows = [[f"PI-{n}", f"Buyer {n}", date(2025, 3, n), "杯子", 1000 + n, "USD"]
            for n in range(1, 9)]
    # PI-9 over three product lines, its customer and order number merged (rows 10-12)
    rows += [["PI-9", "Merged Buyer", date(2025, 3, 20), product, 500, "USD"]
             for product in ("杯子", "盘子", "碗")]
    rows[9][:2] = rows[10][:2] = [None, None]
    return write_xlsx(tmp_path / "3月台账.xlsx", {"3月": [HEADER, *rows]},
                      merges={"3月": ["A10:A12", "B10:B12"]})


def test_a_ledger_merged_below_the_preview_reads(qtbot, db_path, tmp_path):
    dialog = _dialog(qtbot, db_path, [_merged_below_the_preview(tmp_path)])
    [state] = dialog.states
    text, colour = file_status(state)
    assert state.failure is None and colour is None, text
    assert "“3月”" in text
    assert dialog.import_button.isEnabled()
