"""A printed list's every page says which list it is: a page that starts inside a list's table
names the list, "(continued)", above the repeated header.

Before, page 2 of a long black list (or of the white list in the whole stop-loss workbook)
began with the column header alone; the running header names the workbook, not the list, so a
loose page of customers to cut could not be told from one of customers to protect."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import pdf_text
from pypdf import PdfReader
from PySide6.QtGui import QPainter
from test_printing import long_analysis

from core import i18n
from ui.printing import paging
from ui.printing.dialog import PrintDialog


class Recording(QPainter):
    """The painter the PDF is painted with, noting every text it draws, in order."""

    drawn: list[str] = []

    def drawText(self, *args: object) -> None:  # noqa: N802 - Qt's name
        Recording.drawn.extend(a for a in args if isinstance(a, str))
        super().drawText(*args)


def pages_drawn(texts: list[str]) -> list[list[str]]:
    """The texts drawn, a list per page: each page begins with its header band, the firm's
    name first, then the footer, then what the page itself says."""
    pages: list[list[str]] = []
    for text in texts:
        if text == texts[0]:
            pages.append([])
        pages[-1].append(text)
    return pages


@pytest.mark.parametrize(("language", "title"), [("en", "Black list"), ("zh_CN", "黑名单")])
def test_every_page_of_a_long_list_names_the_list(qtbot, tmp_path: Path, monkeypatch,
                                                  language: str, title: str):
    monkeypatch.setattr(paging, "QPainter", Recording)
    Recording.drawn = []
    i18n.set_language(language)
    analysis = long_analysis()
    path = tmp_path / "black.pdf"
    try:
        dialog = PrintDialog(analysis, default="black")
        qtbot.addWidget(dialog)
        assert dialog.save_pdf_to(path) is not None
    finally:
        i18n.set_language("en")
    pages = pages_drawn(Recording.drawn)
    assert len(pages) >= 3
    continued = f"{title} (continued)" if language == "en" else f"{title}（续）"
    assert continued not in pages[0]
    for page in pages[1:]:
        assert continued in page, page[:4]
    # What the PDF says, read back page by page: each page names the list, and every black-list
    # customer's row is printed once, its name beside its own salesperson and figures.
    printed = [pdf_text(path, number) for number in range(1, len(PdfReader(path).pages) + 1)]
    assert len(printed) == len(pages)
    assert title in printed[0] and continued not in printed[0]
    for number, text in enumerate(printed[1:], 2):
        assert continued in text, f"page {number}: {text[:200]}"
    everything = " ".join(printed)
    black = [c for c in analysis.customers if c.list == "black"]
    assert len(black) == 122
    for customer in black:  # "Acme Trading 张伟 45,200 75", "Customer 007 … 3,500 68"
        row = (f"{customer.customer} {customer.salesperson} {customer.overdue_amount:,.0f} "
               f"{customer.max_days_overdue}")
        assert everything.count(row) == 1, row
    for other in analysis.customers:
        if other.list != "black":
            assert other.customer not in everything, other.customer
