"""A printed English list sets its Latin letters in the system's Latin font and only its
Chinese in the Chinese one; a Chinese list the other way round, as on screen (ui.language).
Every word was set in the Chinese font, whose "…" and quotes are full-width: an English
page's "…" sat centred in a wide gap. Read back from the PDF, each run of text with the font
it is drawn in (pypdf), both fonts embedded."""

from __future__ import annotations

from pathlib import Path

from pdf_reading import pdf_text
from pypdf import PdfReader
from test_actions import make_analysis

from core import i18n
from ui.language import system_family
from ui.printing import pages as printing


def _runs(path: Path) -> list[tuple[str, str]]:
    """(text, the family its font names) of each run of text drawn on the PDF's pages."""
    found: list[tuple[str, str]] = []

    def seen(text, _cm, _tm, font, _size) -> None:
        if text.strip() and font:
            base = str(font.get("/BaseFont", ""))
            found.append((" ".join(text.split()), base.split("+")[-1].lstrip("/")))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=seen)
    return found


def _squashed(family: str) -> str:
    return family.replace(" ", "").casefold()


def test_english_prints_latin_in_a_latin_font_chinese_in_the_chinese_one(
        qapp, tmp_path):
    i18n.set_language("en")
    chinese, latin = _squashed(printing.cjk_family()), _squashed(system_family())
    assert chinese != latin
    path = printing.write_pdf(make_analysis(), "black", tmp_path / "black.pdf")
    runs = _runs(path)

    def fonts_of(word: str) -> set[str]:
        found = {_squashed(f) for text, f in runs if word in text}
        assert found, (word, runs[:20])
        return found

    for words in ("Black list", "Acme Trading", "Suspend supply", "Page 1 of 1"):
        assert fonts_of(words) == {latin}, words
    assert fonts_of("宁波好运") == {chinese}  # a Chinese name among the English
    assert "the owner confirms each case" in pdf_text(path)  # read as typed: no "ﬁ"

    # a Chinese list keeps the Chinese font first: its “quotes”, "…" and "·" full-width, as
    # Chinese sets them (ui.language.use_font)
    i18n.set_language("zh_CN")
    path = printing.write_pdf(make_analysis(), "black", tmp_path / "黑名单.pdf")
    assert {_squashed(f) for text, f in _runs(path) if "黑名单" in text} == {chinese}
