"""Action lists on paper and in PDF, with the same rows, columns and words as the Excel lists.

The meeting prints what the workbook holds, so this module only lays out what core.actions
builds (rows, columns, list names, the salesperson copy's wording) and never decides a list
again. QTextDocument has no running header or footer, so the pages are painted here one by one,
firm, list and dates on top and "page X of Y" below. The same painting serves the print
preview, a printer and a PDF file: the preview shows exactly what comes out.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtGui import QTextDocument, QTextTable

from core.actions import export, leap, plans, restructuring, stop_loss
from core.actions.files import write_all
from core.actions.workbook import EMPTY, Column, Document, Table
from core.analysis.model import Analysis
from core.analysis.names import BOXED_LISTS, LISTS, TIERS, list_heading, sheet_name
from core.i18n import N_, labelled, tr
from core.progress import CancelFn, ProgressFn, Steps
from ui import style
from ui.printing.column_widths import BODY_POINTS, Measures, cell_text, measures, printed, widths
from ui.printing.paging import (  # noqa: F401 - re-exported: print_dialog and tests use them
    DPI,
    HEADER_KEY,
    HEADER_POINTS,
    MARGIN_MM,
    PAGE_TEXT,
    TITLE_PROPERTY,
    Cut,
    a4_landscape,
    cjk_family,
    cuts,
    emphasis,
    emphasised_font,
    footer_texts,
    header_of,
    page_image,
    page_rect,
    pages_of,
    paint_pages,
    pdf_bytes,
    print_font,
)
from ui.printing.wrapping import header_lines

# The leap book prints what its workbook holds: the candidates, and the strategic customers
# not yet eligible with what stands in the way (before, the paper said only "No customers on
# this list." where the workbook named 23 strategic customers and why each waits).
BOOKS = {"stop_loss": LISTS, "restructuring": (*TIERS, "prospect"),
         "leap": ("referral", "not_yet")}
BUILDERS = {"stop_loss": stop_loss.document, "restructuring": restructuring.document,
            "leap": leap.document}
FILE_KINDS = {"stop_loss": "stop-loss", "restructuring": "restructuring", "leap": "leap"}
# Windows and macOS fonts first, then what a Linux box has; each has Latin glyphs too.
TITLE_POINTS = 12.0  # a list's title
# The space between paragraphs, and between a table and the paragraphs above and under it (Qt
# sets none around a table: the note under a list sat on its bottom border). A title keeps its
# facts line closer by its own style.
GAP_PX = 12
PARAGRAPHS = f"p {{ margin-top: {GAP_PX}px; margin-bottom: {GAP_PX}px; }}"



def book_of(which: str) -> str:
    """The workbook a list or tier sheet belongs to: 'stop_loss' or 'restructuring'."""
    for book, codes in BOOKS.items():
        if which == book or which in codes:
            return book
    raise ValueError(f"unknown list {which!r}")


def _core_document(analysis: Analysis, book: str, salesperson: str | None) -> Document:
    """core's own workbook content: paper and Excel share every row builder and text."""
    view, label = analysis, None
    if salesperson is not None:
        view = export.for_salesperson(analysis, salesperson)
        label = export.salesperson_label(salesperson)
    return BUILDERS[book](view, label, None)


def _text(value: str) -> str:
    return html.escape(printed(value)).replace("\n", "<br/>")


def _header(column: Column, percent: float, m: Measures) -> str:
    """A header cell's text, a Chinese one broken into lines here (wrapping.header_lines)."""
    room = percent / 100 * m.line - m.pad
    lines = header_lines(printed(column.header), room, m.bold.horizontalAdvance)
    return "<br/>".join(_text(line) for line in lines)


def _table_html(columns: Sequence[Column], rows: Sequence[dict[str, Any]]) -> str:
    """The sheet's columns at widths in proportion to the workbook's, headers on every page."""
    m = measures()
    head = "".join(f'<th width="{width:.1f}%" bgcolor="{style.PRINT_HEADER}" '
                   f'style="{emphasis()}">{_header(c, width, m)}</th>'
                   for c, width in zip(columns, widths(columns, rows), strict=True))
    body = []
    for number, row in enumerate(rows):
        shade = f' bgcolor="{style.PRINT_STRIPE}"' if number % 2 else ""
        cells = "".join(
            f'<td align="{"left" if c.kind == "text" else "right"}">'
            f"{_text(cell_text(row.get(c.key), c.kind))}</td>" for c in columns)
        body.append(f"<tr{shade}>{cells}</tr>")
    if not rows:
        body.append(f'<tr><td colspan="{len(columns)}">{_text(tr(EMPTY))}</td></tr>')
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="2" '
            f'style="border-collapse: collapse; border-color: {style.PRINT_RULE}; '
            f'margin-top: {GAP_PX}px; margin-bottom: {GAP_PX}px;">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def _intro(book: str, code: str, sales: bool, analysis: Analysis) -> str:
    """What the list asks of the reader: the rule of a stop-loss list, a tier's plan."""
    if book == "stop_loss":
        return plans.list_rule(code, sales, analysis.rules, stop_loss.pinned_here(
            stop_loss.members(analysis, code), code))
    if book == "leap":
        return tr(plans.LEAP_NOTE, commission=plans.percent_text(
            analysis.rules.referral_commission_pct))
    return tr(plans.VALUE_PACKAGE if code == "prospect" else plans.SERVICE_PLANS[code])


def _notes(doc: Document, book: str, code: str, sales: bool, analysis: Analysis,
           again: bool = False) -> tuple[list[str], list[str]]:
    """(alerts, notes) under a list: the owner's black list carries the summary's warnings.
    `again`: a later section of a whole book, under whose first section the analysis's own
    notes (plans.other_notes: rates, the tier's margins) are printed already. Said under
    every list, the owner's stop-loss PDF gave them a ninth page of their own, after the
    white list."""
    if book == "stop_loss" and code == "black" and not sales:
        return doc.summary.alerts, doc.summary.notes
    said = set(plans.other_notes(analysis)) if again else set()
    if book == "leap":  # the conditions and the assumptions, the analysis's own notes
        intro = _intro(book, code, sales, analysis)
        return [], [note for note in doc.summary.notes if note != intro and note not in said]
    # the note on suspending goes under the lists whose supply waits on the owner (black,
    # confirm-payment: names.BOXED_LISTS); under the white list ("protect supply") and the
    # watch list (tighten terms) it spoke of an action nobody there is asked to take
    notes = [tr(plans.SUSPENSION_NOTE)] if book == "stop_loss" and code in BOXED_LISTS else []
    if not sales and not again:
        notes += plans.other_notes(analysis)
    return [], notes


def _section(doc: Document, table: Table, book: str, code: str, sales: bool,
             analysis: Analysis, first: bool) -> str:
    brk = "" if first else " page-break-before: always;"
    facts = " · ".join(_text(labelled(label, cell_text(value, "text")))
                       for label, value in doc.summary.facts if cell_text(value, "text"))
    alerts, notes = _notes(doc, book, code, sales, analysis, again=not first)
    intro = _intro(book, code, sales, analysis)  # a tier's plan is its sheet's own note
    lines = [intro] if book in ("stop_loss", "leap") else []
    lines += [note for note in table.notes if note not in lines] or ([] if lines else [intro])
    parts = [f'<p style="{emphasis(TITLE_POINTS)} margin-bottom: 2px;{brk}">'
             f"{_text(table.title)}</p>",
             f'<p style="color: {style.PRINT_FIRM}; margin-top: 0;">{_text(doc.firm)}'
             f'{" · " if doc.firm else ""}{facts}</p>',
             *(f"<p>{_text(text)}</p>" for text in lines)]
    parts += [f'<p style="color: {style.PRINT_ALERT}; {emphasis()}">{_text(line)}</p>'
              for line in doc.summary.banner]  # on every list: it changes what each means
    parts += [f'<p style="color: {style.PRINT_ALERT}; {emphasis()}">{_text(a)}</p>'
              for a in alerts]
    parts.append(_table_html(table.printed(), table.rows))  # as the workbook prints it
    parts += [f"<p>{_text(n)}</p>" for n in notes]
    return "".join(parts)


def list_document(analysis: Analysis, which: str, *, salesperson: str | None = None,
                  firm_name: str = "", extra: Sequence[str] = ()) -> QTextDocument:
    """One list or tier sheet ("black", "core", …) or a whole workbook ("stop_loss",
    "restructuring": one section a list); salesperson set means that salesperson's copy
    (their customers only, collection-priority names, no cost or margin). extra lines (a
    chat summary) go on top. The page header travels with the document for paint_pages."""
    book = book_of(which)
    sales = salesperson is not None
    doc = _core_document(analysis, book, salesperson)
    if firm_name:
        doc.firm = firm_name
    codes = BOOKS[book] if which == book else (which,)
    body = "".join(f"<p>{_text(line)}</p>" for line in extra)
    for index, code in enumerate(codes):
        table = doc.tables[BOOKS[book].index(code)]
        body += _section(doc, table, book, code, sales, analysis, first=index == 0)
    if which == book:
        label = f" – {export.salesperson_label(salesperson)}" if sales else ""
        title = doc.summary.title + label
    else:
        title = doc.tables[BOOKS[book].index(which)].title
    document = QTextDocument()
    # Its layout made by a call that lets other threads run Python: PySide holds the GIL through
    # documentLayout(), whose first call connects the new layout under one of Qt's shared
    # locks; a window destroying a widget under that lock while asking for the GIL (on the main
    # thread, as the salesperson PDFs lay out on the worker) waited on it for good — the test
    # run hung there once. adjustSize() makes it with the GIL released; the width goes back.
    document.adjustSize()
    document.setTextWidth(-1)
    document.setDefaultFont(print_font(BODY_POINTS))
    document.setDocumentMargin(0)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setDefaultStyleSheet(PARAGRAPHS)
    document.setHtml(f"<html><body>{body}</body></html>")
    _title_tables(document, [doc.tables[BOOKS[book].index(code)].title for code in codes])
    document.setProperty(HEADER_KEY, [doc.letterhead, title, doc.stamp])
    return document


def _title_tables(document: QTextDocument, titles: Sequence[str]) -> None:
    """Each section's table carries its list's title (one table a section, in order), which
    a page starting inside it repeats (paging.TITLE_PROPERTY)."""
    tables = [frame for frame in document.rootFrame().childFrames()
              if isinstance(frame, QTextTable)]
    for table, title in zip(tables, titles, strict=True):
        form = table.format()
        form.setProperty(TITLE_PROPERTY, title)
        table.setFormat(form)


def which_title(analysis: Analysis, which: str, sales: bool = True) -> str:
    """A list's or tier sheet's name as its salesperson copy titles it."""
    if which in LISTS:
        return list_heading(which, sales)
    if which in BOOKS["restructuring"]:
        return sheet_name(which)
    return tr(leap.NOT_YET if which == "not_yet" else leap.SHEET)


def _write_files(files: Sequence[tuple[Path, bytes]]) -> None:
    """Every PDF or none (core's all-or-none write): a refused or cancelled run never leaves
    half a PDF, and names the file to close."""
    def write(index: int, handle: BinaryIO) -> None:
        handle.write(files[index][1])

    write_all([target for target, _ in files], write)


def write_pdf(analysis: Analysis, which: str, path: Path | str, *,
              salesperson: str | None = None) -> Path:
    """One list (or a whole workbook, see list_document) as an A4 landscape PDF at path."""
    target = Path(path)
    data, _ = pdf_bytes(list_document(analysis, which, salesperson=salesperson))
    _write_files([(target, data)])
    return target


def pdfs_per_salesperson(analysis: Analysis, folder: Path | str, which: str = "stop_loss",
                         progress: ProgressFn | None = None,
                         cancel: CancelFn | None = None) -> list[tuple[Path, str]]:
    """Each salesperson's own copy of the chosen list (or whole workbook) as a PDF named like
    the Excel copies, with the three-line chat summary to send beside it (the stop-loss
    lists' copies; a plan's summary is empty). All files are
    rendered before any is written, so a cancel leaves the folder as it was."""
    steps, folder = Steps(progress, cancel), Path(folder)
    book = book_of(which)
    stem = Path(export.default_filename(FILE_KINDS[book], analysis.as_of)).stem
    if which != book:  # one list: its name in the file name, as the page titles it
        stem = f"{stem}_{export._file_name(which_title(analysis, which))}"
    keys, used = export.salespeople(analysis), set()
    rendered: list[tuple[Path, bytes, str]] = []
    for index, key in enumerate(keys):
        name = f"{stem}_{export._file_name(export.salesperson_label(key))}"
        while name.casefold() in used:
            name += "_"
        used.add(name.casefold())
        target = folder / f"{name}.pdf"
        steps.report(index / len(keys), tr(N_("Writing {file}"), file=target.name))
        # the chat lines speak of the stop-loss lists: a plan's copy goes without them
        summary = (export.chat_summary(analysis, key) if FILE_KINDS[book] in export.CHAT_KINDS
                   else "")
        data, _ = pdf_bytes(list_document(analysis, which, salesperson=key,
                                          extra=summary.splitlines()))
        rendered.append((target, data, summary))
    steps.report(1.0, "")  # the last chance to cancel before anything is written
    _write_files([(target, data) for target, data, _ in rendered])
    return [(target, summary) for target, _, summary in rendered]
