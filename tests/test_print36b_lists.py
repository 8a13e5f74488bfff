"""The printed lists read back from the written workbooks and PDFs, second pass (print36b).

A ledger written here with openpyxl is imported into a real SQLite file by the app's import;
the workbooks are written by the command a user runs (`main.py export`) and read back with
openpyxl, the PDFs by the print dialog's own writer and read back with pypdf.

As of 2025-12-31 the ledger holds two customers on the black list — "Ｐａｃｉｆｉｃｏ Comercial
Ltda." (typed full-width by a Chinese input method: 8,000 USD unpaid, 116 days past due) and
Titan Holdings (one order of 1,000,000,000.00 USD unpaid, 85 days) —, Late Forty on the watch
list (10,000 USD, 55 days), Good One and Good Two on the white list, Good Three on none. No
receipts are missing, so the confirm-payment list is empty. No firm name is set.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import openpyxl
import pytest
from languages import in_chinese
from ledgers import COLUMNS, order, write_xlsx
from pdf_reading import pdf_text
from test_movements_audit14 import BAR, JULY

from core import APP_NAME, i18n, settings_store
from core.actions import export, moved, plans
from core.actions.cell_looks import MONEY_FORMAT
from core.analysis.model import Analysis
from core.analysis.names import LISTS, list_heading
from core.analysis.run import analyse
from core.cli.main import run
from core.i18n import N_, tr
from core.ledger.importer import import_files
from core.store import connect

AS_OF = date(2025, 12, 31)
WIDE = "Ｐａｃｉｆｉｃｏ Comercial Ltda."
PLAIN = "Pacifico Comercial Ltda."
BILLION = 1_000_000_000
FIRM = "宁波海曙进出口有限公司"
MOVE_WORDS = (moved.SHEET, N_("Why"), N_("Criteria changed"))  # the moves sheet, two headers
T = TypeVar("T")


def _rows() -> list[list[object]]:
    rows = [order("P1", WIDE, "2025-06-01", 8_000, cost=6_000, ship="2025-07-01",
                  due="2025-08-01"),
            order("T1", "Titan Holdings", "2025-07-01", BILLION, cost=700_000_000,
                  ship="2025-08-01", due="2025-09-01"),
            order("L1", "Late Forty", "2025-08-01", 10_000, cost=8_000, ship="2025-09-01",
                  due="2025-10-01")]
    for n, who in enumerate(("Good One", "Good Two", "Good Three")):
        amount = 50_000 - n * 10_000  # every other month, paid on the day it falls due
        rows += [order(f"G{n}-{m}", who, f"2025-{m:02d}-05", amount, cost=amount * 0.6,
                       ship=f"2025-{m:02d}-10", due=f"2025-{m:02d}-25", received=amount,
                       received_on=f"2025-{m:02d}-25") for m in range(1, 12, 2)]
    return rows


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "firm.sqlite"
    if not db.exists():
        path = write_xlsx(tmp_path / "台账 2025.xlsx", {"台账": [COLUMNS, *_rows()]})
        [result] = import_files(db, [path])
        assert result.status == "imported", result.message
    return db


def _analysis(tmp_path: Path) -> Analysis:
    conn = connect(_db(tmp_path))
    try:
        found = analyse(conn, AS_OF)
    finally:
        conn.close()
    lists = {c.customer: c.list for c in found.customers}
    assert lists == {WIDE: "black", "Titan Holdings": "black", "Late Forty": "watch",
                     "Good One": "white", "Good Two": "white", "Good Three": None}
    return found


def _export(tmp_path: Path, kind: str, lang: str, db: Path | None = None,
            as_of: date = AS_OF) -> openpyxl.Workbook:
    db = db or _db(tmp_path)
    target = tmp_path / f"{kind}-{lang}.xlsx"
    out, err = io.StringIO(), io.StringIO()
    code = run(["--lang", lang, "export", "--db", str(db), "--as-of", as_of.isoformat(),
                "-o", str(target), kind], out, err)
    assert code == 0, err.getvalue()
    return openpyxl.load_workbook(target)


def _said(lang: str, said: Callable[[], T]) -> T:
    """What `said()` gives in the language `lang`."""
    return in_chinese(said) if lang == "zh_CN" else said()


def _pdf(analysis: Analysis, which: str, path: Path, lang: str = "en",
         salesperson: str | None = None) -> str:
    """The PDF's words, written in `lang` the way the print dialog writes it."""
    from ui.printing import pages as printing

    i18n.set_language(lang)
    try:
        return pdf_text(printing.write_pdf(analysis, which, path, salesperson=salesperson))
    finally:
        i18n.set_language("en")


def _unspaced(text: str) -> str:
    """A line may wrap anywhere in Chinese, and the reader puts a space there."""
    return "".join(text.split())


# --- 1. the note on suspending supply stands under the lists that suspend ---------------------

@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_suspension_note_is_printed_under_the_black_and_confirm_lists_only(
        qapp, tmp_path: Path, lang: str):
    """Before: "Suspending supply is a recommendation…" under the watch list (tighten terms)
    and the white list ("protect supply") too, on every page of the owner's stop-loss PDF."""
    analysis = _analysis(tmp_path)
    note = "".join(_said(lang, lambda: tr(plans.SUSPENSION_NOTE)).split())  # read unspaced
    under = {code: note in _unspaced(_pdf(analysis, code, tmp_path / f"{code}.pdf", lang))
             for code in LISTS}
    assert under == {"black": True, "confirm": True, "watch": False, "white": False}
    # a salesperson's copy alike: the held list carries it, the good-standing one does not
    sales = {code: note in _unspaced(_pdf(analysis, code, tmp_path / f"{code}-s.pdf", lang, ""))
             for code in ("black", "white")}
    assert sales == {"black": True, "white": False}


# --- 2. one name for a customer typed full-width ------------------------------------------------

def test_a_full_width_name_is_one_name_in_the_workbook_the_pdf_and_the_what_if_panel(
        qtbot, tmp_path: Path):
    """Before: "Pacifico Comercial Ltda." in the PDF, "Ｐａｃｉｆｉｃｏ Comercial Ltda." in
    the workbook's black list, in the print dialog's what-if panel beside it and in the chat
    line sent with a salesperson's PDF."""
    from ui.printing.dialog import PrintDialog

    book = _export(tmp_path, "stop-loss", "en")
    black = book[list_heading("black")]
    names = [row[0] for row in black.iter_rows(min_row=2, values_only=True) if row[0]]
    assert names == ["Titan Holdings", PLAIN]  # the biggest overdue first
    wide = [cell.coordinate for ws in book.worksheets for row in ws.iter_rows()
            for cell in row if isinstance(cell.value, str) and "Ｐ" in cell.value]
    assert wide == []
    analysis = _analysis(tmp_path)
    assert PLAIN in _pdf(analysis, "black", tmp_path / "black.pdf")
    # the chat line sent with a salesperson's PDF names it as the PDF does
    assert f"Collect first: Titan Holdings (1,000,000,000 USD, 85 days), {PLAIN} (8,000 USD, " \
        "116 days)" in export.chat_summary(analysis, "")
    dialog = PrintDialog(analysis)
    qtbot.addWidget(dialog)
    dialog.choose("black")
    assert dialog.what_if.names.text() == f"Titan Holdings, {PLAIN}"
    i18n.set_language("zh_CN")
    try:
        dialog.what_if.retranslate()  # and listed as Chinese lists: no English comma
        assert dialog.what_if.names.text() == f"Titan Holdings、{PLAIN}"
    finally:
        i18n.set_language("en")


# --- 3. the facts line under each PDF title prints the overview's counts ---------------------

def _facts(sheet: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, object]:
    """The overview's facts: label and value, from "Lists as of" to the first blank row."""
    found: dict[str, object] = {}
    for label, value, *_ in sheet.iter_rows(min_row=3, values_only=True):
        if found and label is None:
            break
        if label is not None and value is not None:
            found[str(label)] = value
    return found


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize(("kind", "book"), [("restructuring", "restructuring"),
                                            ("leap", "leap")])
def test_the_pdf_facts_line_prints_every_count_of_the_overview(qapp, tmp_path: Path, lang: str,
                                                               kind: str, book: str):
    """Before: only the dates and texts reached paper; "Referral candidates 0" or the
    customers to reprice stood in the workbook's overview alone."""
    facts = _facts(_export(tmp_path, kind, lang).worksheets[0])
    counts = {label: value for label, value in facts.items() if isinstance(value, int)}
    assert len(counts) >= 2, facts
    text = _unspaced(_pdf(_analysis(tmp_path), book, tmp_path / f"{book}.pdf", lang))
    colon = "：" if lang == "zh_CN" else ":"
    for label, value in counts.items():
        assert _unspaced(f"{label}{colon}{value}") in text, (label, value)
    if kind == "leap":
        assert f"{'可邀请推荐的客户' if lang == 'zh_CN' else 'Referralcandidates'}{colon}0" \
            in text


# --- 4. without a firm name ------------------------------------------------------------------

def test_without_a_firm_name_the_page_header_names_the_app_and_the_dialog_says_where_to_set_it(
        qtbot, tmp_path: Path):
    """Before: the left of every page header stood empty in the workbook and the PDF."""
    from ui.printing.dialog import PrintDialog
    from ui.printing.pages import list_document
    from ui.printing.paging import header_of

    book = _export(tmp_path, "stop-loss", "en")
    assert {ws.oddHeader.left.text for ws in book.worksheets} == {APP_NAME}
    assert book.worksheets[0]["A2"].value is None  # no firm is made up under the title
    analysis = _analysis(tmp_path)
    assert header_of(list_document(analysis, "stop_loss"))[0] == APP_NAME
    first = pdf_text(Path(_write(analysis, tmp_path / "lists.pdf")), 1, layout=True)
    assert first.startswith(APP_NAME)
    dialog = PrintDialog(analysis)
    qtbot.addWidget(dialog)
    assert not dialog.firm_hint.isHidden()
    assert "Settings → General → Firm name" in dialog.firm_hint.text()
    assert f"“{APP_NAME}”" in dialog.firm_hint.text()

    conn = connect(_db(tmp_path))
    try:
        settings_store.put(conn, "firm_name", FIRM)
        named = analyse(conn, AS_OF)
    finally:
        conn.close()
    book = _export(tmp_path, "stop-loss", "zh_CN")
    assert {ws.oddHeader.left.text for ws in book.worksheets} == {FIRM}
    assert book.worksheets[0]["A2"].value == FIRM
    dialog = PrintDialog(named)
    qtbot.addWidget(dialog)
    assert dialog.firm_hint.isHidden()


def _write(analysis: Analysis, path: Path) -> Path:
    from ui.printing import pages as printing

    return printing.write_pdf(analysis, "stop_loss", path)


# --- 5. a figure is never cut to #### ---------------------------------------------------------

def test_money_columns_are_as_wide_as_the_widest_figure_written(qapp, tmp_path: Path):
    """Before: "Overdue receivable (USD)" held to 16 widths, 1,000,000,000.00 (16 characters)
    showed as ######## on Titan's row."""
    book = _export(tmp_path, "stop-loss", "en")
    cut = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.number_format == MONEY_FORMAT and isinstance(cell.value, int | float):
                    shown = i18n.amount_text(cell.value)
                    width = ws.column_dimensions[cell.column_letter].width
                    if width < len(shown) + 1:
                        cut.append((ws.title, cell.coordinate, shown, width))
    assert cut == []
    black = book[list_heading("black")]
    assert any(cell.value == BILLION for row in black.iter_rows() for cell in row)
    assert "1,000,000,000" in _pdf(_analysis(tmp_path), "black", tmp_path / "black.pdf")


# --- 6. a move's reasons in Chinese ------------------------------------------------------------

def test_a_move_s_reasons_are_joined_as_each_language_joins_clauses(tmp_path: Path):
    """Upper's three criteria passed in July (tests/test_movements_audit14): its Why joined
    them with "; " in the Chinese workbook too, and its criteria changed "F, M, T"."""
    rows = [order("U1", "Upper", "2025-06-05", 10_000, cost=7_000, incoterm="CIF"),
            order("U2", "Upper", "2025-07-05", 50_000, cost=35_000),
            *[order(f"V{k}", "Vee", f"2025-06-0{k + 4}", 40_000, cost=28_000) for k in (1, 2)],
            *[order(f"K{k}", "Keeper", f"2025-06-0{k}", 90_000, cost=50_000) for k in (1, 2)],
            *[order(f"T{n}", f"Tail {n}", "2025-06-10", 1_000, cost=800, incoterm=None)
              for n in range(1, 8)]]
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": [COLUMNS, *rows]})
    db = tmp_path / "moves.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    conn = connect(db)
    try:
        settings_store.put(conn, "m_benchmark_usd", BAR)
    finally:
        conn.close()
    said = {}
    for lang in ("en", "zh_CN"):
        book = _export(tmp_path, "restructuring", lang, db, JULY)
        sheet, why, changed = _said(lang, lambda: [tr(w) for w in MOVE_WORDS])
        heads = [cell.value for cell in book[sheet][1]]
        row = next(r for r in book[sheet].iter_rows(min_row=2, values_only=True)
                   if r[0] == "Upper")
        said[lang] = (row[heads.index(why)], row[heads.index(changed)])
    why, changed = said["zh_CN"]
    assert why.count("；") == 2 and "; " not in why, why
    assert changed == "F、M、T"
    why, changed = said["en"]
    assert why.count("; ") == 2 and "；" not in why, why
    assert changed == "F, M, T"


# --- looked at on paper: notes said once, no page without text --------------------------------

def test_the_analysis_notes_are_printed_once_in_a_whole_book_and_under_a_list_printed_alone(
        qapp, tmp_path: Path, sample_db: Path):
    """Before: the rates note and the tier-margin note were printed under the black list, then
    again under the confirm, watch and white lists (under every tier of the restructuring
    plan): on the sample the owner's stop-loss PDF spent its ninth page on them alone."""
    db = tmp_path / "sample.sqlite"
    db.write_bytes(sample_db.read_bytes())
    conn = connect(db)
    try:
        analysis = analyse(conn)
    finally:
        conn.close()
    others = plans.other_notes(analysis)
    assert others
    note = _unspaced(others[0])
    for book in ("stop_loss", "restructuring", "leap"):
        text = _unspaced(_pdf(analysis, book, tmp_path / f"{book}.pdf"))
        assert text.count(note) == 1, book
    assert note in _unspaced(_pdf(analysis, "white", tmp_path / "white.pdf"))  # alone: said


def test_a_table_ending_at_a_page_s_foot_prints_no_page_of_its_own_border(qapp):
    """The text ends within the page and only the table's bottom border and the empty block
    Qt keeps after a table stand below it: before, they made a second page with nothing on
    it (the owner's white list on the sample, page 9 of 9)."""
    from PySide6.QtGui import QTextDocument

    from ui.printing.paging import pages_of

    document = QTextDocument()
    rows = "".join(f"<tr><td>Customer {n}</td><td>{n},000.00</td></tr>" for n in range(20))
    document.setHtml(f'<p>White list</p><table border="1" cellpadding="2" '
                     f'style="margin-bottom: 12px;">{rows}</table>')
    document.setTextWidth(600)
    last = document.documentLayout().blockBoundingRect(  # "19,000.00", the last cell's
        document.find("19,000.00").block()).bottom()
    assert document.size().height() > last + 5  # the border and the empty block below
    [page] = pages_of(document, last + 1)
    assert page[1] == document.size().height()  # the border printed under the last row
