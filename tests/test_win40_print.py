"""win40: the printed lists' column widths, as the print path lays out the PDF it writes.

The empty referral list (no candidate: the sample firm) printed its Customer column narrower
than its Salesperson column in English (7.2 % of the line against 7.5 %: 235 against 244
dots): the Customer column had given its room to the headers of the amounts, below the width
of the salesperson's. Now a customer's name is never narrower than another column of text
(ui.printing.column_widths).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import pdf_lines
from test_salesperson_names_lists26 import _analysed as _analysis
from test_window_second_pass_gui36b import firm, sample  # noqa: F401 - fixtures

from core import i18n
from core.actions import leap
from core.actions.workbook import EMPTY
from core.i18n import tr


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("sales", [False, True])
def test_the_empty_referral_lists_customer_column_is_never_narrower_than_another_text(
        qapp, firm, tmp_path: Path, lang: str, sales: bool):  # noqa: F811
    from PySide6.QtGui import QTextTable

    from ui.printing import pages, paging

    analysis = _analysis(firm)
    i18n.set_language(lang)
    try:
        salesperson = analysis.customers[0].salesperson if sales else None
        document = pages.list_document(analysis, "referral", salesperson=salesperson)
        columns = [c for c in leap.columns(analysis.base_currency, sales) if not c.detail]
        data, _ = paging.pdf_bytes(document)  # laid out on the page as it prints
        empty = tr(EMPTY)
    finally:
        i18n.set_language("en")
    assert not leap.rows(analysis, sales)  # the list is empty: no name to size it by
    path = tmp_path / "referral.pdf"
    path.write_bytes(data)
    assert empty in " ".join(pdf_lines(path))  # the PDF printed, its empty list said
    [table] = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    layout = document.documentLayout()
    lefts = [layout.blockBoundingRect(table.cellAt(0, k).firstCursorPosition().block()).x()
             for k in range(table.columns())]
    width = {c.key: lefts[k + 1] - lefts[k] for k, c in enumerate(columns[:-1])}
    texts = [c.key for c in columns[1:-1] if c.kind == "text"]  # Salesperson, risk grade
    assert texts == ["salesperson", "grade"]
    assert all(width["customer"] >= width[key] for key in texts), width  # was 235 vs 244

