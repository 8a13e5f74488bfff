"""A payments sheet's "Amount received *" set to "— not used —" stays so (payrow32).

File → Import, Next, on a 收款 sheet (客户, 收款日期, 收款金额, 实收): the clerk sets the
required "Amount received *" row to "— not used —". The file was read again with "amount"
unmapped, which a payments sheet has no column for anyway (its received figure is read as
the rows' amount, core.ledger.layout.receipts_sheet): the reading gave 收款金额 back to the
row, and the clerk's choice was undone, unlike any other row's. It is kept now: the row stays
unused and marked missing, nothing can be imported until a column is chosen.
"""

from __future__ import annotations

import pytest
from test_import_dialog import _choose, _import, _wait_read
from test_paymap31 import TWO_FIGURES, WORDS, language, mapping_page, rows_shown  # noqa: F401

from core.store import connect


def choose_received(qtbot, dialog, header: str) -> None:
    """The clerk's column for "Amount received *" ("" for "— not used —"), read again: kept."""
    _choose(dialog.editor.combo("amount"), header)
    _wait_read(qtbot, dialog)
    assert dialog.editor.combo("amount").currentData() == header


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_not_used_for_the_amount_received_is_kept(qtbot, monkeypatch, tmp_path,
                                                 language):  # noqa: F811
    received, day, _ordered = WORDS[language]
    dialog = mapping_page(qtbot, monkeypatch, tmp_path, {"收款": TWO_FIGURES})
    editor = dialog.editor
    assert editor.combo("amount").currentData() == "收款金额"
    choose_received(qtbot, dialog, "")
    assert editor.combo("received_amount").currentData() in (None, "")
    shown = rows_shown(editor)
    assert f"{received} *" in shown and f"{day} *" in shown, shown
    assert editor.combo("order_date").currentData() == "收款日期"
    assert dialog.states[0].missing() == ["amount"]
    assert not dialog.import_button.isEnabled()
    # then the net column: the sheet stays payments, of 11,980 and 990
    choose_received(qtbot, dialog, "实收")
    _import(qtbot, dialog)
    with connect(tmp_path / "firm.sqlite") as conn:
        paid = conn.execute("SELECT sum(amount), sum(received_amount) FROM order_lines")
        assert tuple(paid.fetchone()) == (0, 12_970)
