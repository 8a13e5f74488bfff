"""hidden36: the import dialog's preview reads note36's rows as the import does. A 收款 row
skipped as a refund still under way (退款中, of a credit note's sum) showed as money received,
taken; a sale whose note names a returned sum (3000退货已退回) showed as a plain sale. Now
each tab's counts are the import's and the rows say what the import does with them."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_break34a_refunds import TYPED
from test_fix34b_returns import PAID
from test_import_tabs_screens34 import choose_tab, mapping_page
from test_late33 import PAYMENTS
from test_lists_audit28 import d
from test_lists_audit30 import row

from core import i18n
from core.ledger.importer import import_files
from core.ledger.preview import FilePreview, preview_file
from core.store import connect

NOTED_SALE = [*row("MT-1", "Mumbai Textiles", "2025-03-01", 15_000, "2025-03-15", 12_000,
                   "2025-04-10"), None, "3000退货已退回"]
RETURNED = [*row("R-1", "Rio Rugs", "2025-03-20", -2_000, None), "退货", None]
UNDER_WAY = ["Rio Rugs", d("2025-03-25"), -2_000, "退款中"]
OWN_RETURN = {"en": "a sale, and a return of 3,000.00 USD its note names: a credit note on its "
                    "order",
              "zh_CN": "一笔销售，另有其备注写明的 3,000.00 USD 退货：记为其订单的贷项"}
SKIPPED = {"en": "a refund still under way", "zh_CN": "退款尚在办理中"}


def _workbook(tmp_path: Path) -> Path:
    """台账: Rio's R-1 and R-2 paid, 2,000 of R-1's goods back (退货), Mumbai's MT-1 noted
    3000退货已退回 (row 6); 收款: -2,000 of Rio's, its refund under way (row 2)."""
    return write_xlsx(tmp_path / "台账 2025-05.xlsx", {
        "台账": [TYPED, *PAID, RETURNED, NOTED_SALE], "收款": [PAYMENTS, UNDER_WAY]})


def _preview(db: Path, path: Path) -> FilePreview:
    with connect(db) as conn:
        return preview_file(conn, path)


def test_the_preview_counts_note36_s_rows_as_the_import_does(tmp_path: Path) -> None:
    """台账: 5 rows taken (the noted sale one row, though read as a sale and its return);
    收款: nothing taken, 1 skipped. Before: 收款 1 taken and none skipped (the import then
    taking none, skipping one), MT-1's row said nothing of its return."""
    db, path = tmp_path / "firm.sqlite", _workbook(tmp_path)
    preview = _preview(db, path)
    counts = {s.name: (s.counts.taken, s.counts.held, s.counts.skipped) for s in preview.sheets}
    assert counts == {"台账": (5, 0, 0), "收款": (0, 0, 1)}
    [result] = import_files(db, [path])
    assert {s.name: s.rows for s in result.sheets} == {"台账": 5, "收款": 0}
    assert {name: taken for name, (taken, _, _) in counts.items()} == {
        s.name: s.rows for s in result.sheets}
    assert sum(c[2] for c in counts.values()) == len(result.skipped)
    [ledger, payments] = preview.sheets
    assert ledger.row_notes[4].text == OWN_RETURN["en"]
    assert payments.row_notes[0].code == "refund_under_way_row"


def test_the_preview_reads_a_return_the_store_holds_as_the_import_does(tmp_path: Path
                                                                        ) -> None:
    """The same workbook once imported: its return is in the store, the preview of it again
    still reads the note once (the import's count: 5 taken on 台账, 1 skipped on 收款)."""
    db, path = tmp_path / "firm.sqlite", _workbook(tmp_path)
    import_files(db, [path])
    counts = {s.name: (s.counts.taken, s.counts.skipped) for s in _preview(db, path).sheets}
    assert counts == {"台账": (5, 0), "收款": (0, 1)}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_dialog_says_each_row_as_the_import_reads_it(qtbot, tmp_path: Path,
                                                         language: str) -> None:
    dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", _workbook(tmp_path), language)
    model = dialog.editor.model
    said = model.headerData(4, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert OWN_RETURN[language] in said
    amount = TYPED.index("金额")
    cell = model.index(4, amount)
    assert cell.data().endswith("15,000.00")  # taken, not "not imported" nor struck out
    assert model.data(cell, Qt.ItemDataRole.FontRole) is None
    choose_tab(qtbot, dialog, "收款")
    said = model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert SKIPPED[language] in said
    i18n.set_language("en")
