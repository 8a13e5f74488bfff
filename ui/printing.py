"""Action lists on paper and in PDF, with the same rows, columns and words as the Excel lists.

The meeting prints what the workbook holds, so this module only lays out what core.actions
builds (rows, columns, list names, the salesperson copy's wording) and never decides a list
again. QTextDocument has no running header or footer, so the pages are painted here one by one,
firm, list and dates on top and "page X of Y" below. The same painting serves the print
preview, a printer and a PDF file: the preview shows exactly what comes out.
"""

from __future__ import annotations

import html
import os
import secrets
from bisect import bisect_right
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextDocument

from core import APP_NAME
from core.actions import export, plans, restructuring, stop_loss
from core.actions.workbook import Column, Document, Table
from core.analysis.model import Analysis
from core.i18n import N_, tr
from core.progress import CancelFn, ProgressFn, Steps

BOOKS = {"stop_loss": ("black", "watch", "white"),
         "restructuring": ("strategic", "core", "long_tail", "prospect")}
# Windows and macOS fonts first, then what a Linux box has; each has Latin glyphs too.
CJK_FAMILIES = ("Microsoft YaHei", "PingFang", "Noto Sans CJK", "Source Han Sans", "WenQuanYi",
                "SimSun", "SimHei")
BODY_POINTS = 7.5  # 15 columns across A4 landscape stay readable and unclipped
HEADER_POINTS = 7.5
DPI = 300
MARGIN_MM = 10.0
PAGE_TEXT = N_("Page {page} of {pages}")
EMPTY = N_("No customers on this list.")
_HEADER_KEY = "tradetier_header"
BREAK_BEFORE = QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


def book_of(which: str) -> str:
    """The workbook a list or tier sheet belongs to: 'stop_loss' or 'restructuring'."""
    for book, codes in BOOKS.items():
        if which == book or which in codes:
            return book
    raise ValueError(f"unknown list {which!r}")


@cache
def cjk_family() -> str | None:
    """A family with Chinese glyphs, so no text prints as empty boxes; Qt embeds it in a PDF."""
    families = QtGui.QFontDatabase.families()
    for wanted in CJK_FAMILIES:
        found = [f for f in families if wanted.casefold() in f.casefold()]
        if found:
            return min(found, key=len)  # "WenQuanYi Micro Hei" rather than "… Mono"
    return None


def print_font(points: float) -> QFont:
    """The printing font: Chinese-capable everywhere, as Chinese names turn up in any list."""
    font = QFont()
    family = cjk_family()
    if family:
        font.setFamily(family)
    font.setPointSizeF(points)
    return font


def _core_document(analysis: Analysis, book: str, salesperson: str | None) -> Document:
    """core's own workbook content: paper and Excel share every row builder and text."""
    view, label = analysis, None
    if salesperson is not None:
        view = export.for_salesperson(analysis, salesperson)
        label = export.salesperson_label(salesperson)
    builder = stop_loss.document if book == "stop_loss" else restructuring.document
    return builder(view, label, None)


def _cell(value: Any, kind: str) -> str:
    """A value as the Excel cell's number format shows it."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(value)
    if kind == "money" and isinstance(value, int | float):
        return f"{value:,.2f}"
    if kind == "percent" and isinstance(value, int | float):
        return f"{value:.1%}"
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value)


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br/>")


def _widths(columns: Sequence[Column], rows: Sequence[dict[str, Any]]) -> list[float]:
    """Percent widths that fit an A4 landscape line: numbers and dates never break, nor does a
    header word (a Chinese header may break after four characters); names and the texts that
    wrap give way, in the workbook's proportions, when the line is short."""
    font = print_font(BODY_POINTS)
    heavy = QFont(font)
    heavy.setBold(True)
    plain, bold = QFontMetricsF(font), QFontMetricsF(heavy)
    digit = plain.horizontalAdvance("0")
    pad = digit * 1.6
    line = (297 - 2 * MARGIN_MM) / 25.4 * plain.fontDpi()  # A4 landscape, in the same units
    want, least, empty = [], [], []
    for c in columns:
        words = [w if w.isascii() else w[:4] for w in c.header.split()]
        head = max([bold.horizontalAdvance(w) for w in words] + [3 * digit]) + pad
        widest = max([plain.horizontalAdvance(text) for row in rows
                      for text in _cell(row.get(c.key), c.kind).splitlines()] + [0.0]) + pad
        full = c.max_width * digit + pad
        empty.append(c.kind == "text" and widest <= pad)  # there to write in, by hand
        if c.kind != "text":
            want.append(max(head, widest))
            least.append(want[-1])
        else:
            want.append(max(head, full if c.wrap or empty[-1] else min(widest, full)))
            floor = 6 if empty[-1] else 10 if c.wrap else 14
            least.append(max(head, min(want[-1], floor * digit + pad)))
    widths, need = list(want), sum(want) - line
    if need < 0:  # room to spare: the wrapping texts take it
        grow = [c.max_width if c.wrap else 0.0 for c in columns]
        grow = grow if any(grow) else [1.0] * len(columns)
        widths = [w - need * g / sum(grow) for w, g in zip(want, grow, strict=True)]
    for group in ([i for i, e in enumerate(empty) if e], [i for i, e in enumerate(empty) if not e]):
        give = sum(widths[i] - least[i] for i in group)  # the empty columns give way first
        if need <= 0 or give <= 0:
            continue
        share = min(1.0, need / give)
        for i in group:
            widths[i] -= (widths[i] - least[i]) * share
        need -= give * share
    total = sum(widths) or 1.0
    return [w * 100 / total for w in widths]


def _table_html(columns: Sequence[Column], rows: Sequence[dict[str, Any]]) -> str:
    """The sheet's columns at widths in proportion to the workbook's, headers on every page."""
    head = "".join(f'<th width="{width:.1f}%" bgcolor="#DDEBF7">{_text(c.header)}</th>'
                   for c, width in zip(columns, _widths(columns, rows), strict=True))
    body = []
    for number, row in enumerate(rows):
        shade = ' bgcolor="#F4F7FB"' if number % 2 else ""
        cells = "".join(
            f'<td align="{"left" if c.kind == "text" else "right"}">'
            f"{_text(_cell(row.get(c.key), c.kind))}</td>" for c in columns)
        body.append(f"<tr{shade}>{cells}</tr>")
    if not rows:
        body.append(f'<tr><td colspan="{len(columns)}">{_text(tr(EMPTY))}</td></tr>')
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="2" '
            'style="border-collapse: collapse; border-color: #A6A6A6;">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def _intro(book: str, code: str, sales: bool) -> str:
    """What the list asks of the reader: the rule of a stop-loss list, a tier's plan."""
    if book == "stop_loss":
        return tr((plans.SALES_LIST_RULES if sales else plans.LIST_RULES)[code])
    return tr(plans.VALUE_PACKAGE if code == "prospect" else plans.SERVICE_PLANS[code])


def _notes(doc: Document, book: str, code: str, sales: bool,
           analysis: Analysis) -> tuple[list[str], list[str]]:
    """(alerts, notes) under a list: the owner's black list carries the summary's warnings."""
    if book == "stop_loss" and code == "black" and not sales:
        return doc.summary.alerts, doc.summary.notes
    notes = [tr(plans.SUSPENSION_NOTE)] if book == "stop_loss" else []
    if not sales:
        notes += [note.text for note in analysis.notes]
    return [], notes


def _section(doc: Document, table: Table, book: str, code: str, sales: bool,
             analysis: Analysis, first: bool) -> str:
    brk = "" if first else " page-break-before: always;"
    facts = " · ".join(f"{_text(label)}: {_text(_cell(value, 'text'))}"
                       for label, value in doc.summary.facts
                       if isinstance(value, str | date))
    alerts, notes = _notes(doc, book, code, sales, analysis)
    parts = [f'<p style="font-size: 12pt; font-weight: bold; margin-bottom: 2px;{brk}">'
             f"{_text(table.title)}</p>",
             f'<p style="color: #404040; margin-top: 0;">{_text(doc.firm)}'
             f'{" · " if doc.firm else ""}{facts}</p>',
             f"<p>{_text(_intro(book, code, sales))}</p>"]
    parts += [f'<p style="color: #C00000; font-weight: bold;">{_text(a)}</p>' for a in alerts]
    parts.append(_table_html(table.columns, table.rows))
    parts += [f'<p style="margin-top: 6px;">{_text(n)}</p>' for n in notes]
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
    document.setDefaultFont(print_font(BODY_POINTS))
    document.setDocumentMargin(0)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(f"<html><body>{body}</body></html>")
    document.setProperty(_HEADER_KEY, [doc.firm, title, doc.stamp])
    return document


def header_of(document: QTextDocument) -> list[str]:
    """(firm, list, dates): what list_document put in the running header."""
    return [str(v) for v in document.property(_HEADER_KEY) or ("", "", "")]


def footer_texts() -> list[str]:
    return ["", tr(PAGE_TEXT), APP_NAME]


def _band(painter: QPainter, rect: QRectF, texts: Sequence[str], page: int, pages: int) -> None:
    """Left, centre and right texts in one line, each cut with … to its third of the width."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    third = rect.width() / 3
    aligns = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter,
              Qt.AlignmentFlag.AlignRight)
    for index, (text, align) in enumerate(zip(texts, aligns, strict=False)):
        text = text.replace("{page}", str(page)).replace("{pages}", str(pages))
        width = rect.width() if not any(texts[:index] + texts[index + 1:]) else third * 0.98
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)


@dataclass(frozen=True)
class Cut:
    """A place a page may end: between two paragraphs or two table rows. `head` is the table
    header (top, bottom) to repeat when a page starts here, inside a table."""

    y: float
    forced: bool = False
    head: tuple[float, float] | None = None


def cuts(document: QTextDocument) -> list[Cut]:
    """Every place a page may end, so no table row and no paragraph is split across pages
    (Qt's own pagination splits a row whose cells wrap), a table's header stays with its first
    row and the paragraphs above it, and the sections' page breaks hold."""
    layout = document.documentLayout()
    units: dict[tuple[int, int], list[Any]] = {}  # (table or -1, row or block) -> top, bottom…
    tables: dict[int, tuple[float, int]] = {}  # table -> its top, its header rows
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        cursor = QtGui.QTextCursor(block)
        table = cursor.currentTable()
        if table is None:
            key = (-1, block.position())
        else:
            key = (table.firstPosition(), table.cellAt(cursor).row())
            tables.setdefault(key[0], (layout.frameBoundingRect(table).top(),
                                       table.format().headerRowCount()))
        forced = bool(block.blockFormat().pageBreakPolicy() & BREAK_BEFORE)
        unit = units.setdefault(key, [rect.top(), rect.bottom(), False])
        unit[:] = [min(unit[0], rect.top()), max(unit[1], rect.bottom()), unit[2] or forced]
        block = block.next()
    ordered = sorted(units.items(), key=lambda item: item[1][0])
    ys = [(low + top) / 2 if low < top else top
          for (_, (_, low, _)), (_, (top, _, _)) in zip(ordered, ordered[1:], strict=False)]
    head_end = {key[0]: y for (key, _), y in zip(ordered[1:], ys, strict=True)
                if key[0] >= 0 and key[1] == tables[key[0]][1] > 0}
    found = []
    for ((table, row), (_, _, forced)), y in zip(ordered[1:], ys, strict=True):
        if table < 0 or forced:
            found.append(Cut(y, forced))
        elif row > tables[table][1] or (row and not tables[table][1]):
            head = (tables[table][0], head_end[table]) if table in head_end else None
            found.append(Cut(y, False, head))
    return found


def pages_of(document: QTextDocument, height: float) -> list[tuple[float, float, Cut | None]]:
    """(top, bottom, where the page starts) of each page: as much as fits, ending at a cut;
    only a single row taller than a page is split."""
    end, found = document.size().height(), sorted(cuts(document), key=lambda c: c.y)
    ys = [cut.y for cut in found]
    pages: list[tuple[float, float, Cut | None]] = []
    top, start = 0.0, None
    while top < end - 0.5:
        head = start.head if start and start.head else (0.0, 0.0)
        limit = top + max(height - (head[1] - head[0]), height / 2)
        chosen = None
        for cut in islice(found, bisect_right(ys, top + 0.5), None):
            if cut.y > limit:
                break
            chosen = cut
            if cut.forced:
                break
        if end <= limit and not (chosen and chosen.forced):
            chosen, bottom = None, end
        else:
            bottom = chosen.y if chosen else limit
        pages.append((top, bottom, start))
        top, start = bottom, chosen or start
    return pages or [(0.0, end, None)]


def _slice(document: QTextDocument, painter: QPainter, x: float, y: float, width: float,
           top: float, bottom: float) -> None:
    """The document's band top..bottom painted with its top at (x, y)."""
    painter.save()
    painter.translate(x, y - top)
    document.drawContents(painter, QRectF(0, top, width, bottom - top))
    painter.restore()


def paint_pages(document: QTextDocument, painter: QPainter, page_rect: QRectF,
                header: Sequence[str], footer: Sequence[str], *,
                only: int | None = None) -> int:
    """Lay the document out for the painter's device and paint every page (or page `only`,
    0-based) with its header and footer; "{page}"/"{pages}" in them are filled. Between pages
    the device's newPage() is called. Returns the number of pages."""
    device = painter.device()
    painter.setFont(print_font(HEADER_POINTS))
    line = QFontMetricsF(painter.font(), device).height()
    body = QRectF(page_rect.left(), page_rect.top() + line * 1.8, page_rect.width(),
                  page_rect.height() - line * 3.6)
    layout = document.documentLayout()
    layout.setPaintDevice(device)  # measure with the printer's metrics, not the screen's
    try:
        document.setPageSize(QSizeF(body.width(), -1))  # one long page; cut here, not by Qt
        pages = pages_of(document, body.height())
        wanted = range(len(pages)) if only is None else [min(max(only, 0), len(pages) - 1)]
        pen = QPen(QColor("#808080"))
        pen.setWidthF(max(device.logicalDpiY() / 300, 0.5))
        for number, index in enumerate(wanted):
            if number and isinstance(device, QtGui.QPagedPaintDevice):
                device.newPage()
            painter.save()
            painter.setPen(pen)
            top = QRectF(page_rect.left(), page_rect.top(), page_rect.width(), line * 1.2)
            bottom = top.translated(0, page_rect.height() - line * 1.2)
            for y in (top.bottom() + line * 0.2, bottom.top() - line * 0.2):
                painter.drawLine(QPointF(page_rect.left(), y), QPointF(page_rect.right(), y))
            painter.setPen(QColor("#404040"))
            _band(painter, top, header, index + 1, len(pages))
            _band(painter, bottom, footer, index + 1, len(pages))
            painter.restore()
            start, end, cut = pages[index]
            y = body.top()
            if cut and cut.head:
                _slice(document, painter, body.left(), y, body.width(), *cut.head)
                y += cut.head[1] - cut.head[0]
            _slice(document, painter, body.left(), y, body.width(), start, end)
            if index + 1 < len(pages) and pages[index + 1][2] and pages[index + 1][2].head:
                painter.save()  # the table goes on: close its border at the cut
                painter.setPen(QPen(QColor("#A6A6A6"), pen.widthF()))
                y += end - start
                painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y))
                painter.restore()
        return len(pages)
    finally:
        layout.setPaintDevice(None)


def a4_landscape() -> QtGui.QPageLayout:
    """A4 landscape with 10 mm margins: what the workbook's print setup asks for too."""
    return QtGui.QPageLayout(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4),
                             QtGui.QPageLayout.Orientation.Landscape,
                             QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                             QtGui.QPageLayout.Unit.Millimeter)


def page_rect(device: QtGui.QPagedPaintDevice, resolution: int) -> QRectF:
    """The printable area in the painter's coordinates (its origin is the area's corner)."""
    rect = device.pageLayout().paintRectPixels(resolution)
    return QRectF(0, 0, rect.width(), rect.height())


def pdf_bytes(document: QTextDocument) -> tuple[bytes, int]:
    """The PDF in memory and its page count: the file is written only once it is whole."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(a4_landscape())
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator(APP_NAME)
    painter = QPainter(writer)
    try:
        pages = paint_pages(document, painter, page_rect(writer, DPI), header_of(document),
                            footer_texts())
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data()), pages


def page_image(document: QTextDocument, page: int = 0, dpi: int = 110) -> QtGui.QImage:
    """One A4 landscape page as an image, painted as the PDF is: for reviews and previews."""
    layout = a4_landscape()
    image = QtGui.QImage(layout.fullRectPixels(dpi).size(), QtGui.QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_pages(document, painter, QRectF(layout.paintRectPixels(dpi)), header_of(document),
                    footer_texts(), only=page)
    finally:
        painter.end()
    return image


def _write_files(files: Sequence[tuple[Path, bytes]]) -> None:
    """Every file complete under a temporary name beside its target, then moved into place:
    a refused or cancelled run never leaves half a PDF, and names the file to close."""
    temps: list[tuple[Path, Path]] = []
    try:
        for target, data in files:
            if target.is_dir():
                raise export._refusal(target, IsADirectoryError(21, "is a folder"))
            temp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.tmp")
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                with open(temp, "xb") as handle:
                    temps.append((temp, target))
                    handle.write(data)
            except OSError as error:
                raise export._refusal(target, error) from None
        for temp, target in temps:
            try:
                os.replace(temp, target)
            except OSError as error:
                raise export._refusal(target, error) from None
    finally:
        for temp, _ in temps:
            with suppress(OSError):
                temp.unlink(missing_ok=True)


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
    """Each salesperson's own copy as a PDF named like the Excel copies, with the three-line
    chat summary to send beside it. All files are rendered before any is written, so a cancel
    leaves the folder as it was."""
    steps, folder = Steps(progress, cancel), Path(folder)
    book = book_of(which)
    kind = "stop-loss" if book == "stop_loss" else "restructuring"
    stem = Path(export.default_filename(kind, analysis.as_of)).stem
    keys, used = export.salespeople(analysis), set()
    rendered: list[tuple[Path, bytes, str]] = []
    for index, key in enumerate(keys):
        name = f"{stem}_{export._file_name(export.salesperson_label(key))}"
        while name.casefold() in used:
            name += "_"
        used.add(name.casefold())
        target = folder / f"{name}.pdf"
        steps.report(index / len(keys), tr(N_("Writing {file}"), file=target.name))
        summary = export.chat_summary(analysis, key)
        lines = summary.splitlines() if book == "stop_loss" else []
        data, _ = pdf_bytes(list_document(analysis, book, salesperson=key, extra=lines))
        rendered.append((target, data, summary))
    steps.report(1.0, "")  # the last chance to cancel before anything is written
    _write_files([(target, data) for target, data, _ in rendered])
    return [(target, summary) for target, _, summary in rendered]
