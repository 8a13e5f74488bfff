"""A printed list's headings are emphasised without being drawn twice (ui30).

WenQuanYi Micro Hei, the CJK font a Linux box prints with (and the tests' own, conftest.py), has
no bold face: Qt made bold by drawing each bold line twice, and a copy from the PDF read every
title, table header and alert doubled ("黑名单 黑名单", "客户 客户", "止止损损"). The
emphasis is now bold only where the font has a bold face (Microsoft YaHei on Windows); else a
title is set larger, a table header keeps its shading and an alert its colour."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import pdf_text
from pypdf import PdfReader
from PySide6.QtGui import QFont, QTextCursor
from test_printing import long_analysis

from core import i18n
from ui.printing import pages as printing
from ui.printing import paging


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def test_a_printed_heading_reads_once_from_the_pdf(tmp_path: Path):
    assert printing.cjk_family() == "WenQuanYi Micro Hei"  # the tests' font: no bold face
    assert not paging.has_bold_face()
    i18n.set_language("zh_CN")
    path = printing.write_pdf(long_analysis(40), "stop_loss", tmp_path / "止损.pdf")
    count = len(PdfReader(path).pages)
    assert count > 4  # the black list runs over pages: its later pages say "(continued)"
    for page in range(1, count + 1):
        text = pdf_text(path, page)
        # one table a page, its header once: before, "建议措施 建议措施"
        assert text.count("建议措施") == 1, (page, text[:400])
        assert text.count("回款风险") == 1, (page, text[:400])
    first, second = pdf_text(path, 1), pdf_text(path, 2)
    # the title, then the alert naming it (the header band names the workbook)
    assert first.count("进入黑名单的战略或核心客户") == 1
    assert first.count("黑名单") == 2, first[:400]
    assert second.count("黑名单（续）") == 1, second[:300]


def test_a_heading_stays_emphasised(tmp_path: Path):
    """Larger than the text under it where the font has no bold face, bold where it has."""
    i18n.set_language("zh_CN")
    document = printing.list_document(long_analysis(4), "black")
    title = QTextCursor(document.begin())
    title.movePosition(QTextCursor.MoveOperation.NextCharacter)
    heading = title.charFormat().font()
    body = document.defaultFont()
    assert heading.pointSizeF() > printing.TITLE_POINTS > body.pointSizeF()
    assert heading.weight() < QFont.Weight.DemiBold  # no bold the font cannot draw
    # the continued title painted on page 2 is emphasised the same way
    assert paging.emphasised_font(paging.CONTINUED_POINTS).pointSizeF() \
        > paging.CONTINUED_POINTS
    # where the font has a bold face, emphasis is bold at the title's own size
    paging.has_bold_face.cache_clear()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(paging.QtGui.QFontDatabase, "styles", lambda family: ["Bold"])
            patch.setattr(paging.QtGui.QFontDatabase, "weight", lambda family, face: 700)
            assert paging.has_bold_face()
            assert paging.emphasis(12.0) == "font-weight: bold; font-size: 12pt;"
            assert paging.emphasised_font(10.0).bold()
    finally:
        paging.has_bold_face.cache_clear()
