"""The printed lists read back from the written PDFs and workbooks, fourth pass (print38).

Each PDF is written by the print path (ui.printing.paging.pdf_bytes, what the print dialog
saves) and read back line by line with pypdf (tests/pdf_reading.py); the workbooks by the
command a user runs (`main.py export`) and read back with openpyxl. The sample is the shipped
December ledger imported by the app's import (conftest's sample_db); the other ledger is
print36b's (tests/test_print36b_lists.py), whose confirm-payment list is empty.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from pdf_reading import pdf_lines
from test_print36b_lists import _analysis, _export, _said

from core import i18n
from core.actions import plans
from core.actions.paper import header_width
from core.analysis.model import Analysis
from core.analysis.names import LISTS, list_heading, sheet_name
from core.analysis.run import analyse
from core.i18n import N_, tr
from core.store import connect

SAMPLE_AS_OF = date(2025, 12, 31)
# As the sample's lists word them (core.actions: stop_loss, leap, restructuring).
ZH_REASON = ("YF25-0163（INV25-0153）：未收 6,029 USD，逾期 165 天（上限 60 天），"
             "平均订单 7,792 USD，低于 20,000 USD")
ZH_LEAP = "首笔有效订单在 2025-01-05：须不晚于 2023-12-31（合作满 24 个月）"
ZH_UNITS = ("6,029USD", "165天", "60天", "7,792USD", "20,000USD", "24个月")
EN_TERMS = ("Mostly on D/P, riskier than Long-tail customers should carry: move to Deposit + "
            "balance before shipment or safer terms.")
EN_PLAN = ("Dedicated account manager with a bilingual team; supply-chain finance (receivable "
           "financing) for 35–45% margins, invoice INV25-0153 of 2025-12-31.")


def _sample(sample_db: Path, tmp_path: Path) -> Analysis:
    conn = connect(shutil.copy(sample_db, tmp_path / "sample.sqlite"))
    try:
        return analyse(conn, SAMPLE_AS_OF)
    finally:
        conn.close()


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _cell_pdf(text: str, percent: int, path: Path, printed: bool = True) -> list[str]:
    """`text` in a table cell `percent` of the line wide with a note under it, through the
    print path; `printed` False: the same PDF with the line breaks left to Qt alone."""
    from PySide6.QtGui import QTextDocument

    from ui.printing import paging
    from ui.printing.pages import BODY_POINTS, print_font

    document = QTextDocument()
    document.setDefaultFont(print_font(BODY_POINTS))
    document.setHtml(f'<table width="{percent}%" border="1"><tr><td>{text}</td></tr></table>'
                     "<p>The note under the list.</p>")
    keep = paging.keep_terms_whole
    if not printed:
        paging.keep_terms_whole = lambda _document: None
    try:
        data, _ = paging.pdf_bytes(document)
    finally:
        paging.keep_terms_whole = keep
    path.write_bytes(data)
    lines = pdf_lines(path)
    assert "The note under the list." in lines  # laid out again after a move, not blank
    return lines


def _cell_lines(lines: list[str], text: str) -> list[list[str]]:
    """Each run of consecutive lines that reads `text` (a wrapped cell, its lines in order);
    its first line may start with the cells painted before it on the row's first line
    (pdf_reading.pdf_lines), which are not counted out."""
    whole, found = _unspaced(text), []
    for start, first in enumerate(lines):
        head = _unspaced(first)
        for size in range(1, len(whole) + 1):
            if not head.endswith(whole[:size]):
                continue
            read, end = whole[:size], start
            while read != whole and end + 1 < len(lines) and whole.startswith(read):
                end += 1
                read += _unspaced(lines[end])
            if read == whole:
                found.append(lines[start:end + 1])
                break
    return found


# --- 1. Chinese: a number with its unit and a bracketed phrase kept on one line -------------

def test_a_chinese_number_keeps_its_unit_and_a_bracket_its_phrase_where_the_line_allows(
        qapp, tmp_path: Path):
    """Before: "（合作满 24 个" over "月）" (the sample's leap PDF, every Not yet eligible row),
    "逾期 165 天（上限 60" over "天）" (the black list). Laid out at every width a column gets:
    a number and its unit are never apart; a bracketed phrase Qt splits is kept whole at
    some widths (where its line has room and the cell no more lines for it)."""
    units_apart, whole_printed, whole_by_qt = [], set(), set()
    for percent in range(12, 44, 2):
        for name, text in (("reason", ZH_REASON), ("leap", ZH_LEAP)):
            for printed in (True, False):
                lines = _cell_pdf(text, percent, tmp_path / f"{name}{percent}{printed}.pdf",
                                  printed)
                [cell] = _cell_lines(lines, text)
                apart = [unit for unit in ZH_UNITS if unit in _unspaced(text)
                         and not any(unit in _unspaced(line) for line in cell)]
                if printed:
                    assert apart == [], (percent, cell)
                else:
                    units_apart += apart
                if any("（合作满24个月）" in _unspaced(line) for line in cell):
                    (whole_printed if printed else whole_by_qt).add((name, percent))
    assert units_apart  # Qt alone splits them at some of these widths
    assert whole_by_qt < whole_printed


def test_the_sample_s_leap_pdf_keeps_twenty_four_months_in_one_bracket(qapp, sample_db: Path,
                                                                      tmp_path: Path):
    """The sample's Chinese leap PDF: 23 strategic customers not yet eligible, each "须不晚于
    2023-12-31（合作满 24 个月）"; before, the bracket's last character began the next line."""
    from ui.printing.pages import write_pdf

    analysis = _sample(sample_db, tmp_path)
    i18n.set_language("zh_CN")
    try:
        lines = pdf_lines(write_pdf(analysis, "leap", tmp_path / "leap.pdf"))
    finally:
        i18n.set_language("en")
    brackets = [line for line in lines if "（合作满" in line]
    assert len(brackets) >= 20
    assert all("（合作满 24 个月）" in line for line in brackets), brackets[:3]
    assert not any(line.startswith("月）") for line in lines)


# --- 2. English: a line breaks at a space, not at a word's hyphen ------------------------------

def test_an_english_cell_breaks_at_spaces_not_inside_a_hyphenated_word(qapp, tmp_path: Path):
    """Before: "…riskier than Long-" over "tail customers…" (the sample's restructuring PDF,
    every long-tail row with terms to check), "supply-" over "chain finance" (the strategic
    tier's plan). A line never ends inside Long-tail, supply-chain, 35–45%, INV25-0153,
    2025-12-31 or D/P; Qt alone ends one there at some of these widths."""
    ends = re.compile(r"[A-Za-z0-9][-–/]$")
    by_qt = []
    for percent in range(10, 44, 2):
        for name, text in (("terms", EN_TERMS), ("plan", EN_PLAN)):
            lines = _cell_pdf(text, percent, tmp_path / f"{name}{percent}.pdf")
            [cell] = _cell_lines(lines, text)
            assert not [line for line in cell if ends.search(line)], (percent, cell)
            assert " ".join(cell) == " ".join(text.split())  # nothing added to the words
            bare = _cell_lines(_cell_pdf(text, percent, tmp_path / "bare.pdf", False), text)
            by_qt += [line for line in bare[0] if ends.search(line)]
    assert any(line.endswith("supply-") for line in by_qt)  # Qt alone splits a word there


# --- 3. an empty list keeps its Customer column ------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_an_empty_list_s_sheet_keeps_its_customer_column_wide(qapp, tmp_path: Path, lang: str):
    """Before: the empty confirm-payment sheet's Customer column stood 10 widths wide in
    English (8 in Chinese), narrower than its Salesperson column, as an empty check column
    is narrowed to its header; the filled lists' stood 26 and more. It keeps the name
    column's width, as a column left to write in does; the empty check columns stay narrow."""
    book = _export(tmp_path, "stop-loss", lang)
    name_column = _said(lang, plans.customer_columns)[0]
    heads = _said(lang, lambda: (tr(N_("Customer")), tr(N_("Reason for the list"))))
    for code, empty in (("confirm", True), ("black", False)):
        sheet = book[_said(lang, lambda c=code: list_heading(c))[:31]]
        header = next(r for r in sheet.iter_rows() if r[0].value == heads[0])
        widths = {c.value: sheet.column_dimensions[c.column_letter].width for c in header}
        assert widths[heads[0]] >= header_width(heads[0]) + 2
        assert widths[heads[0]] >= 24  # a name reads on one line, filled or not
        if empty:
            assert widths[heads[0]] == name_column.max_width
            assert widths[heads[1]] <= 12  # the empty reason column stays narrow


def test_an_empty_list_s_customer_column_in_the_pdf_is_its_widest(qapp, tmp_path: Path):
    """The PDF's empty confirm-payment table: before, its Customer column was the narrowest
    (13.9 digits of the sample's Chinese line, 7.4 on the leap book's empty referral list,
    beside a Salesperson column of 22.3 and 15.8)."""
    from ui.printing.column_widths import measures, widths
    from ui.printing.pages import _core_document

    analysis = _analysis(tmp_path)
    for lang in ("en", "zh_CN"):
        table = _said(lang, lambda: _core_document(analysis, "stop_loss", None)).tables[
            LISTS.index("confirm")]
        assert table.rows == []
        columns = table.printed()
        shares = dict(zip([c.key for c in columns], widths(columns, table.rows), strict=True))
        name = next(c for c in columns if c.key == plans.NAME)
        assert shares[plans.NAME] / 100 * measures().line >= name.max_width * measures().digit
        assert shares[plans.NAME] == max(shares.values()), (lang, shares)


# --- 4. "Upgrade chance" as wide as its text needs ---------------------------------------------

def test_the_sample_s_long_tail_upgrade_chance_takes_no_more_lines_than_its_terms_check(
        qapp, sample_db: Path, tmp_path: Path):
    """Before: the sample's English restructuring PDF gave the long-tail tier's "Upgrade
    chance" 14 digits for its 59 ("One criterion short of Core customer: any one of F, M, T
    passed is enough." on six lines, seven on some rows) while each name kept one line of
    30 digits: the room was shared by the texts' lengths alone, not as they wrap. A name now
    shares its room down to two lines; every row is as tall as its longest text needs."""
    from ui.printing.pages import write_pdf

    analysis = _sample(sample_db, tmp_path)
    lines = pdf_lines(write_pdf(analysis, "restructuring", tmp_path / "plans.pdf"))
    upgrade = "One criterion short of Core customer: any one of F, M, T passed is enough."
    terms = ("Mostly on Deposit + balance against documents, riskier than Long-tail customers "
             "should carry: move to Deposit + balance before shipment or safer terms.")
    upgrade_cells, terms_cells = _cell_lines(lines, upgrade), _cell_lines(lines, terms)
    assert len(upgrade_cells) >= 20 and len(terms_cells) >= 15
    assert max(map(len, upgrade_cells)) <= max(map(len, terms_cells))
    assert max(map(len, upgrade_cells)) <= 4
    from ui.printing.column_widths import NAME_LINES

    names = [c.customer for c in analysis.customers if c.tier == "long_tail"]
    for name in names:
        for cell in _cell_lines(lines, name):
            assert len(cell) <= NAME_LINES, cell


# --- 5. every word of a book printed once its pieces are moved ---------------------------------

@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_paragraph_and_cell_of_the_sample_s_books_is_printed(qapp, sample_db: Path,
                                                                  tmp_path: Path, lang: str):
    """The pieces a line would split are moved after a first layout, and Qt lays out again
    only what changed: made one move at a time (60 moves in the sample's six PDFs), with the
    long-tail widths of the next change the Chinese restructuring PDF's last section, the
    prospects, printed without its title, its facts and its plan: laid out without lines,
    never painted. Every block of every book is read back."""
    from ui.printing.pages import BOOKS, list_document, pdf_bytes

    analysis = _sample(sample_db, tmp_path)
    i18n.set_language(lang)
    try:
        for book in BOOKS:
            document = list_document(analysis, book)
            data, _ = pdf_bytes(document)
            path = tmp_path / f"{book}.pdf"
            path.write_bytes(data)
            printed = _unspaced("".join(pdf_lines(path)))
            missing, block = [], document.begin()
            while block.isValid():
                if (text := _unspaced(block.text().replace("\u2028", ""))) not in printed:
                    missing.append(text[:40])
                block = block.next()
            assert missing == [], (book, missing[:5])
            assert (_unspaced(sheet_name("prospect")) in printed) == (book == "restructuring")
    finally:
        i18n.set_language("en")
