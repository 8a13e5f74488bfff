"""The text of a printed PDF, read back as a reader would, on every machine.

pypdf is pure Python and installed by the test command (the `dev` extra), so a PDF's text is
checked on Windows CI and on a bare Linux alike; before, the tests read it with poppler's
pdftotext only where that happened to be installed, and passed without reading it elsewhere.
A PDF whose text cannot be read fails the test that asked: a check is never skipped quietly.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

# A glyph whose font gives no Unicode for it reads as U+FFFD or as a private-use code point:
# the CJK font embedded without its ToUnicode map would read so, and no word would be checked.
_UNREADABLE = re.compile("[\ufffd\ue000-\uf8ff]")


def pdf_text(path: Path, page: int | None = None, *, layout: bool = False) -> str:
    """The words of the whole PDF, or of page `page` (from 1), one space apart: Qt's PDF breaks
    a line of text where the font changes (Latin beside CJK) and a cell's text where it wraps,
    so lines are not kept. `layout` reads the page line by line (the page header with its date
    in one piece); without it a table cell wrapped over several lines reads in one piece."""
    try:
        reader = PdfReader(path)
        chosen = reader.pages if page is None else [reader.pages[page - 1]]
        mode = "layout" if layout else "plain"
        text = "\n".join(p.extract_text(extraction_mode=mode) for p in chosen)
    except Exception as error:  # noqa: BLE001 - any reason it cannot be read fails the test
        pytest.fail(f"{path}: the PDF's text cannot be read: {error!r}")
    if not text.strip():
        pytest.fail(f"{path}: the PDF has no text to read")
    if unreadable := _UNREADABLE.findall(text):
        pytest.fail(f"{path}: {len(unreadable)} glyphs read as no character: {text[:300]!r}")
    return " ".join(text.split())



def pdf_lines(path: Path) -> list[str]:
    """The PDF's printed lines in the order they are painted, one space between their words:
    a table cell's text wrapped over three lines reads as three lines one after the other, so
    where a line ended is checked (a unit left from its number, a word broken at its hyphen).
    A line is the text painted at one height, one piece after another: Qt's PDF starts a new
    piece of text where the font changes (Latin beside CJK), which the plain reading takes for
    a new line. Cells of a table row painted one after another at the same height (one line
    each) read as one line, ended by the first line of the next cell that wraps."""
    lines: list[tuple[float, str]] = []

    def painted(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if not text.strip():
            return
        height = round(tm[5] * cm[3] + cm[5], 1)
        if lines and abs(lines[-1][0] - height) < 0.5:
            lines[-1] = (height, lines[-1][1] + text)
        else:
            lines.append((height, text))

    try:
        for page in PdfReader(path).pages:
            page.extract_text(visitor_text=painted)
            lines.append((-1.0, ""))  # a page's last line never runs on into the next's
    except Exception as error:  # noqa: BLE001 - any reason it cannot be read fails the test
        pytest.fail(f"{path}: the PDF's text cannot be read: {error!r}")
    found = [" ".join(text.split()) for _, text in lines if text.strip()]
    if not found:
        pytest.fail(f"{path}: the PDF has no text to read")
    return found
