"""fix57d: the import dialog's preview weighs a deduction as the import does, the whole book's
money (and the store's) at once, not a tab at a time.

Quito's YW25-0066 3,160 USD on the 3月 tab, its 备注 "质量扣款500", its deposit 948 on the row
and the balance 1,712 on the 收款登记 tab naming the order: the import reads 500 deducted, a
credit note on the order, nothing open; the preview showed the row as a plain sale (3,160,
500 of it open as far as it said). Beside it, Karachi's 质量扣款500 whose money is not short
by that (948 + 1,212: 1,000 short) shows a plain sale in both, as the import leaves it open.
Driven through the real dialog, in both languages, and imported from it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_import_dialog import _import
from test_import_preview_preview34 import mapping_page
from test_import_tabs_screens34 import choose_tab

from core import i18n
from ui.importing.dialog import ImportDialog

HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
DEP = "30%定金，70%见提单复印件付款"
QUITO, KARACHI = "Quito Novedades SA", "Karachi Traders"
SAID = {"en": "a sale, and 500.00 USD its note says the buyer deducted: a credit note on its "
              "order",
        "zh_CN": "一笔销售，另有其备注写明的客户扣款 500.00 USD：记为其订单的贷项"}


def _row(no: str, buyer: str) -> list[object]:
    return [no, buyer, date(2025, 3, 1), "雨伞", 1000, 3.16, 3160, "USD", DEP, date(2025, 4, 1),
            date(2025, 4, 1), 948, date(2025, 3, 5), "质量扣款500"]


def _book(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "2025外贸台账.xlsx", {
        "3月": [HEAD, _row("YW25-0066", QUITO), _row("YW25-0067", KARACHI)],
        "收款登记": [["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"],
                 [date(2025, 5, 9), QUITO, 1712, "USD", None, "YW25-0066", None],
                 [date(2025, 5, 9), KARACHI, 1212, "USD", None, "YW25-0067", None]]})


def _amount_tip(dialog: ImportDialog, row: int) -> str:
    model = dialog.editor.model
    [amount] = [c for c in range(model.columnCount()) if model.sheet.headers[c] == "金额"]
    return str(model.index(row, amount).data(Qt.ItemDataRole.ToolTipRole))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_preview_shows_the_deduction_another_tab_s_wire_settles(
        qtbot, tmp_path: Path, language: str) -> None:
    """Quito's row previewed as the sale and its 500 deducted, as the import reads it, the
    words on the row and on its amount; Karachi's as a plain sale; the import from the
    dialog names Quito's deduction. Before: no word on Quito's row."""
    i18n.set_language(language)
    try:
        dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", _book(tmp_path))
        choose_tab(qtbot, dialog, "3月")
        model = dialog.editor.model
        assert model.sheet is not None and model.sheet.name == "3月"
        assert model.said_of(0) == SAID[language]
        assert SAID[language] in _amount_tip(dialog, 0)
        assert model.said_of(1) == ""
        assert SAID[language] not in _amount_tip(dialog, 1)
        assert model.skipped(0) is None  # taken: a sale, not a row left out
        [result] = _import(qtbot, dialog)
    finally:
        i18n.set_language("en")
    said = [w for w in result.warnings if w.code == "noted_deduction"]
    assert [w.params["order"] for w in said] == ["YW25-0066"]
