"""The printed lists read back from the written workbooks and PDFs, third pass (print36c).

The ledger is print36b's (tests/test_print36b_lists.py), imported by the app's import: Titan
Holdings and Pacifico on the black list, Late Forty on the watch list ("Collect 10,000 USD
overdue; new orders only on T/T in advance or L/C at sight."), Titan the one strategic
customer (a price to check, no terms to check), Good One and Good Two core customers (terms to
check, no price and no upgrade). No firm name is set.
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from pdf_reading import pdf_text
from test_print36b_lists import _analysis, _db, _export, _said, _unspaced

from core import APP_NAME, i18n
from core.actions import plans
from core.actions.paper import header_width
from core.analysis.names import list_heading, sheet_name
from core.cli.main import run
from core.i18n import tr
from core.setting_words import explanation_text
from core.settings import SETTINGS

WATCH_ACTION = "Collect 10,000 USD overdue; new orders only on T/T in advance or L/C at sight."


def _pdf_file(document, path: Path) -> Path:  # noqa: ANN001 - a QTextDocument
    from ui.printing.pages import pdf_bytes

    data, _ = pdf_bytes(document)
    path.write_bytes(data)
    return path


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


# --- 1. a list's notes running onto the next page say whose they are --------------------------

def test_the_black_list_s_notes_on_a_page_of_their_own_carry_the_list_s_title(qapp,
                                                                              tmp_path: Path):
    """Before: where the black list's notes ran onto page 2 of the owner's PDF (the sample's
    Chinese stop-loss PDF: "贵公司的数据…" on top of page 2), that page named no list; a page
    starting inside the table said "Black list (continued)" already. Since win44 no page
    begins among the notes: the table's last row goes on with them, under its header."""
    from ui.printing.pages import list_document
    from ui.printing.paging import CONTINUED

    analysis = _analysis(tmp_path)
    title = tr(CONTINUED, title=list_heading("black"))
    assert title == "Black list (continued)"
    went_over = 0
    for extra in range(0, 44, 2):  # the lines on top push the list down the first page
        lines = [f"Line {n} on top of the list." for n in range(extra)]
        path = _pdf_file(list_document(analysis, "black", extra=lines), tmp_path / f"{extra}.pdf")
        for page in range(2, _pages(path) + 1):
            text = pdf_text(path, page)
            assert title in text, (extra, page, text[:200])
            assert "Reason for the list" in text, (extra, page)  # a row under its header
            went_over += 1
    assert went_over  # the list ran onto a second page


def test_the_chinese_title_repeated_over_the_notes_says_continued_in_chinese(qapp,
                                                                            tmp_path: Path):
    from ui.printing.pages import list_document
    from ui.printing.paging import CONTINUED

    analysis = _analysis(tmp_path)
    i18n.set_language("zh_CN")
    try:
        title = tr(CONTINUED, title=list_heading("black"))
        seen = False
        for extra in range(20, 44, 2):
            document = list_document(analysis, "black", extra=["表格上方的一行说明。"] * extra)
            path = _pdf_file(document, tmp_path / f"zh-{extra}.pdf")
            for page in range(2, _pages(path) + 1):
                text = _unspaced(pdf_text(path, page))
                assert _unspaced(title) in text, (extra, page)
                assert "列入原因" in text, (extra, page)  # never the notes alone (win44)
                seen = True
    finally:
        i18n.set_language("en")
    assert title == "黑名单（续）"
    assert seen


# --- 2. no Chinese header leaves a character on a line of its own -----------------------------

def _lone(header: str, text: str) -> list[str]:
    """The header's characters read alone between spaces in the PDF's text (a line of one
    character), where the header itself does not set it apart."""
    chars = [ch for ch in header if not ch.isspace()]
    found = re.search(r"\s*".join(map(re.escape, chars)), text)
    assert found, (header, text[:300])
    own = set(header.split())
    return [piece for piece in found.group().split()
            if len(piece) == 1 and unicodedata.category(piece) == "Lo" and piece not in own]


@pytest.mark.parametrize("book", ["stop_loss", "restructuring", "leap"])
def test_chinese_pdf_headers_never_end_with_one_character_on_its_own_line(qapp, tmp_path: Path,
                                                                          book: str):
    """Before: "首笔有效订" over "单" (the leap PDF's Not yet eligible), "近 12 个" over
    "月订单数" (every restructuring tier)."""
    from ui.printing.pages import _core_document, write_pdf

    analysis = _analysis(tmp_path)
    i18n.set_language("zh_CN")
    try:
        document = _core_document(analysis, book, None)
        path = write_pdf(analysis, book, tmp_path / f"{book}.pdf")
    finally:
        i18n.set_language("en")
    lone = {}
    for number, table in enumerate(document.tables, start=1):
        text = pdf_text(path)
        for column in table.printed():
            if found := _lone(column.header, text):
                lone[(number, column.header)] = found
    assert lone == {}
    if book == "leap":
        assert "首笔有效订单" in pdf_text(path)


# --- 3. columns as wide as what they hold -------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_an_empty_check_column_is_as_narrow_as_its_header_in_the_workbook(qapp, tmp_path: Path,
                                                                        lang: str):
    """Before: the strategic sheet's empty "Terms check" stood 24 widths wide (21 in Chinese)
    while its "Price check" was narrowed to 19; the core sheet's empty "Price check" and
    "Upgrade chance" as wide as if they held text."""
    book = _export(tmp_path, "restructuring", lang)
    heads = _said(lang, lambda: {key: tr(word) for key, word in (  # noqa: PLW0108
        ("price", "Price check"), ("terms", "Terms check"), ("upgrade", "Upgrade chance"),
        ("notes", "Notes"))})
    widths = {}
    for tier in ("strategic", "core"):
        sheet = book[_said(lang, lambda t=tier: sheet_name(t))]
        row = next(r for r in sheet.iter_rows() if any(c.value == heads["price"] for c in r))
        widths[tier] = {key: sheet.column_dimensions[c.column_letter].width
                        for c in row for key, head in heads.items() if c.value == head}
    narrow = {key: max(header_width(head), 6) + 2 for key, head in heads.items()}
    strategic, core = widths["strategic"], widths["core"]
    assert strategic["terms"] == narrow["terms"]  # holds nothing on Titan's tier
    assert strategic["price"] > narrow["price"] and strategic["upgrade"] > narrow["upgrade"]
    assert core["price"] == narrow["price"] and core["upgrade"] == narrow["upgrade"]
    assert core["terms"] > 2 * narrow["terms"] - 4  # the terms to move to, written out
    assert strategic["notes"] == core["notes"] == 12  # there to write in by hand: room kept


def test_an_empty_check_column_is_as_narrow_as_its_header_in_the_pdf(qapp, tmp_path: Path):
    """The PDF's strategic tier: "Terms check", empty, gives its room to the texts."""
    from ui.printing.column_widths import measures, widths
    from ui.printing.pages import _core_document

    analysis = _analysis(tmp_path)
    i18n.set_language("zh_CN")
    try:
        table = _core_document(analysis, "restructuring", None).tables[0]
        columns = table.printed()
        shares = dict(zip([c.key for c in columns], widths(columns, table.rows), strict=True))
        m = measures()
        terms = next(c for c in columns if c.key == "terms_check")
        header = m.bold.horizontalAdvance(terms.header) + m.pad
    finally:
        i18n.set_language("en")
    assert shares["terms_check"] / 100 * m.line == pytest.approx(header, abs=1)
    assert shares["price"] > shares["terms_check"] and shares["upgrade"] > shares["terms_check"]


# --- 4. L/C, T/T kept whole at a line's end -------------------------------------------------------

def test_a_slashed_term_is_never_split_over_two_lines_in_the_pdf(qapp, tmp_path: Path):
    """Before: the watch list's action read "…new orders only on T/T in advance or L/" over
    "C at sight." (the sample's owner PDF, Protea Trading); a word joiner that kept them
    together was copied out of the PDF with the text. Laid out at every width a column gets,
    Qt on its own splits "L/C" or "T/T" at some of them; the printed PDF never does."""
    from PySide6.QtGui import QTextDocument

    from ui.printing.pages import BODY_POINTS, list_document, print_font

    analysis = _analysis(tmp_path)
    book = pdf_text(_pdf_file(list_document(analysis, "stop_loss"), tmp_path / "book.pdf"))
    assert WATCH_ACTION in book
    # what follows the moved term is laid out again: the white list's words once went blank
    rule = plans.list_rule("white", False, analysis.rules)
    assert f"{list_heading('white')} " in book and _unspaced(rule) in _unspaced(book)
    assert "Good One" in book and "Good Two" in book
    split_by_qt, split_printed = [], []
    for percent in range(12, 40):
        html = (f'<table width="{percent}%" border="1"><tr><td>{WATCH_ACTION}</td></tr>'
                "</table><p>The note under the list.</p>")
        plain = QTextDocument()
        plain.setDefaultFont(print_font(BODY_POINTS))
        plain.setHtml(html)
        path = _pdf_file(plain, tmp_path / f"{percent}.pdf")
        text = pdf_text(path)
        if "L/ C" in text or "T/ T" in text:
            split_printed.append(percent)
        assert "L/C" in text and "T/T" in text, (percent, text)
        assert "The note under the list." in text  # laid out again after a move, not blank
        bare = QTextDocument()  # the same cell laid out by Qt alone, nothing moved
        bare.setDefaultFont(print_font(BODY_POINTS))
        bare.setHtml(html)
        bare.setPageSize(plain.pageSize())
        block = bare.rootFrame().childFrames()[0].firstCursorPosition().block()
        bare.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        ends = [block.text()[:layout.lineAt(i).textStart()] for i in range(1, layout.lineCount())]
        if any(end.endswith(("L/", "T/")) for end in ends):
            split_by_qt.append(percent)
    assert split_printed == []
    assert split_by_qt  # the widths tried include those where Qt splits a term


# --- 5. the firm name's fallback said where the name is set -------------------------------------

@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_export_without_a_firm_name_says_how_to_set_it(tmp_path: Path, lang: str):
    """Before: `export` wrote "TradeTier" on top of every page without a word."""
    db = _db(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "lists.xlsx"
    code = run(["--lang", lang, "export", "--db", str(db), "-o", str(target), "stop-loss"],
               out, err)
    assert code == 0, err.getvalue()
    assert out.getvalue().splitlines() == [str(target)]  # stdout names the file alone
    said = err.getvalue()
    assert f"“{APP_NAME}”" in said
    assert 'tradetier settings set firm_name "' in said and f'--db "{db}"' in said
    assert ("尚未设置公司名称" in said) == (lang == "zh_CN")
    # the command said works, and then nothing more is said
    code = run(["--lang", lang, "settings", "set", "firm_name", "宁波海曙进出口有限公司",
                "--db", str(db)], io.StringIO(), io.StringIO())
    assert code == 0
    err = io.StringIO()
    assert run(["--lang", lang, "export", "--db", str(db), "-o", str(target), "stop-loss"],
               io.StringIO(), err) == 0
    assert "firm_name" not in err.getvalue()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_firm_name_setting_s_help_says_what_prints_without_it(lang: str):
    """Before: "Your firm's name, printed on every list." — not what an empty one prints."""
    firm = next(s for s in SETTINGS if s.key == "firm_name")
    said = _said(lang, lambda: explanation_text(firm))
    assert f"“{APP_NAME}”" in said and "{" not in said
    assert ("页眉" in said) == (lang == "zh_CN")
