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
