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


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_not_used_for_the_amount_received_is_kept(qtbot, monkeypatch, tmp_path,
                                                 language):  # noqa: F811
    received = WORDS[language][0]
    dialog = mapping_page(qtbot, monkeypatch, tmp_path, {"收款": TWO_FIGURES})
    editor = dialog.editor
    assert editor.combo("amount").currentData() == "收款金额"
    _choose(editor.combo("amount"), "")
    _wait_read(qtbot, dialog)
    assert editor.combo("amount").currentData() == ""
    assert editor.combo("received_amount").currentData() in (None, "")
    assert f"{received} *" in rows_shown(editor), rows_shown(editor)
    assert dialog.states[0].missing() == ["amount"]
    assert not dialog.import_button.isEnabled()
    assert f"{WORDS[language][1]} *" in rows_shown(editor), rows_shown(editor)
    assert editor.combo("order_date").currentData() == "收款日期"
    # then the net column: the sheet stays payments, of 11,980 and 990
    _choose(editor.combo("amount"), "实收")
    _wait_read(qtbot, dialog)
    assert editor.combo("amount").currentData() == "实收"
    _import(qtbot, dialog)
    conn = connect(tmp_path / "firm.sqlite")
    lines = conn.execute("SELECT sum(amount), sum(received_amount) FROM order_lines").fetchone()
    assert tuple(lines) == (0, 12_970)
