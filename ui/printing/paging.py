"""Painting a QTextDocument page by page, with a running header and "page X of Y" below.

QTextDocument has neither running headers nor a notion of rows that must not split, so pages
are cut here: a table row or paragraph never breaks across pages, the table header repeats
under the table's title and "(continued)" (a page of a black list must say it is one, not
only its first page), and a section starts on a new page. The same painting serves the
preview, a printer, a PDF file and a PNG, so the preview shows exactly what comes out.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice, takewhile
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextDocument

from core import APP_NAME
from core.i18n import N_, current_language, tr
from ui import style
from ui.language import families
from ui.printing.wrapping import keep_terms_whole

CJK_FAMILIES = ("Microsoft YaHei", "PingFang", "Noto Sans CJK", "Source Han Sans", "WenQuanYi",
                "SimSun", "SimHei")
HEADER_POINTS = 7.5
DPI = 300
MARGIN_MM = 10.0
PAGE_TEXT = N_("Page {page} of {pages}")
CONTINUED = N_("{title} (continued)")
CONTINUED_POINTS = 10.0
EMPHASIS_GROWTH = 1.2  # a title's size where the font has no bold face: emphasis without bold
# The table's title, set on its format by whoever builds the document (pages.list_document):
# a page that starts inside the table names it above the repeated header.
TITLE_PROPERTY = QtGui.QTextFormat.Property.UserProperty.value + 1
HEADER_KEY = "tradetier_header"
BREAK_BEFORE = QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


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
    """The printing font: Chinese-capable everywhere, as Chinese names turn up in any list,
    and in English the system's Latin font first, as on screen (ui.language.families): set in
    the Chinese font, an English page's "…" and quotes printed full-width, "Add files…" with
    a wide gap before its dots. Both fonts are the machine's own; Qt embeds each in a PDF.
    No ligatures: DejaVu Sans joins "fi", and a word copied or searched in the PDF read
    "conﬁrms" (one letter U+FB01), not "confirms"."""
    font = QFont()
    family = cjk_family()
    if family:
        font.setFamilies(families(current_language(), family))
    font.setFeature(QFont.Tag("liga"), 0)
    font.setPointSizeF(points)
    return font


@cache
def has_bold_face() -> bool:
    """Whether the printing family has a bold face of its own (Microsoft YaHei, Noto Sans CJK
    do; WenQuanYi Micro Hei, SimSun do not). Without one Qt makes bold by drawing each line
    twice, and a copy from the PDF read every heading doubled: "止止损损", "客户 客户"."""
    family = cjk_family() or QtGui.QFontInfo(QFont()).family()
    database = QtGui.QFontDatabase
    return any(database.weight(family, face) >= QFont.Weight.DemiBold.value
               for face in database.styles(family))


def emphasis(points: float | None = None) -> str:
    """The CSS of printed emphasis (a title, a table header, an alert): bold where the font
    has a bold face; else the plain weight (a table header keeps its shading, an alert its
    colour), a title `points` large set larger by EMPHASIS_GROWTH instead."""
    if has_bold_face():
        size = f" font-size: {points:g}pt;" if points else ""
        return f"font-weight: bold;{size}"
    size = f" font-size: {points * EMPHASIS_GROWTH:.1f}pt;" if points else ""
    return f"font-weight: normal;{size}"


def emphasised_font(points: float, *, title: bool = True) -> QFont:
    """The printing font as `emphasis` sets it: what a painted title is drawn in, and what a
    table header is measured by (`title` False: no larger)."""
    font = print_font(points)
    if has_bold_face():
        font.setBold(True)
    elif title:
        font.setPointSizeF(points * EMPHASIS_GROWTH)
    return font

def header_of(document: QTextDocument) -> list[str]:
    """(firm, list, dates): what list_document put in the running header."""
    return [str(v) for v in document.property(HEADER_KEY) or ("", "", "")]


def footer_texts() -> list[str]:
    return ["", tr(PAGE_TEXT), APP_NAME]


def _band(painter: QPainter, rect: QRectF, texts: Sequence[str], page: int, pages: int) -> None:
    """Left, centre and right texts in one line: each whole where the three fit the width
    (the centre one as near the middle as the others leave room for), else each cut with …
    to its third. Held to thirds always, the dates on the right lost "printed 2026-12-03"
    to "printed 2026-…" in the system's Latin font, wider than the Chinese font's letters."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    texts = [t.replace("{page}", str(page)).replace("{pages}", str(pages)) for t in texts]
    texts += [""] * (3 - len(texts))
    widths = [metrics.horizontalAdvance(t) for t in texts]
    gap = metrics.averageCharWidth() * 2
    middle = Qt.AlignmentFlag.AlignVCenter
    if sum(widths) + 2 * gap <= rect.width():
        left, centre, right = widths
        x = min(max(rect.center().x() - centre / 2, rect.left() + left + gap),
                rect.right() - right - gap - centre)
        spans = (rect, QRectF(x, rect.top(), centre + gap, rect.height()), rect)
        aligns = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignLeft,
                  Qt.AlignmentFlag.AlignRight)
        for text, span, align in zip(texts, spans, aligns, strict=True):
            painter.drawText(span, int(align | middle), text)
        return
    third = rect.width() / 3
    aligns = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter,
              Qt.AlignmentFlag.AlignRight)
    for index, (text, align) in enumerate(zip(texts, aligns, strict=True)):
        width = rect.width() if not any(texts[:index] + texts[index + 1:]) else third * 0.98
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(rect, int(align | middle), shown)


@dataclass(frozen=True)
class Cut:
    """A place a page may end: between two paragraphs or two table rows. `head` is the table
    header (top, bottom) to repeat when a page starts here, inside a table."""

    y: float
    forced: bool = False
    head: tuple[float, float] | None = None
    # the list's title, said with "(continued)" on a page starting here: above the table's
    # repeated header, or above the notes under it (before, the black list's notes running
    # onto page 2 of the owner's Chinese PDF stood there under no list's name)
    title: str = ""
    row: bool = False  # between two of a table's rows, not among the paragraphs


def cuts(document: QTextDocument) -> list[Cut]:
    """Every place a page may end, so no table row and no paragraph is split across pages
    (Qt's own pagination splits a row whose cells wrap), a table's header stays with its first
    row and the paragraphs above it, and the sections' page breaks hold."""
    layout = document.documentLayout()
    units: dict[tuple[int, int], list[Any]] = {}  # (table or -1, row or block) -> top, bottom…
    tables: dict[int, tuple[int, str]] = {}  # table -> its header rows, title
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        cursor = QtGui.QTextCursor(block)
        held = cursor.currentTable()
        if held is None:
            key = (-1, block.position())
        else:
            key = (held.firstPosition(), held.cellAt(cursor).row())
            tables.setdefault(key[0], (held.format().headerRowCount(),
                                       str(held.format().property(TITLE_PROPERTY) or "")))
        forced = bool(block.blockFormat().pageBreakPolicy() & BREAK_BEFORE)
        unit = units.setdefault(key, [rect.top(), rect.bottom(), False])
        unit[:] = [min(unit[0], rect.top()), max(unit[1], rect.bottom()), unit[2] or forced]
        block = block.next()
    ordered = sorted(units.items(), key=lambda item: item[1][0])
    ys = [(low + top) / 2 if low < top else top
          for (_, (_, low, _)), (_, (top, _, _)) in zip(ordered, ordered[1:], strict=False)]
    head_end = {key[0]: y for (key, _), y in zip(ordered[1:], ys, strict=True)
                if key[0] >= 0 and key[1] == tables[key[0]][0] > 0}
    # A repeated header starts where its table does, at the cut above it: the frame's own top
    # is its first cell's text, under the border and the padding, which the page cut off.
    head_start: dict[int, float] = {}
    for ((table, _), _), y in zip(ordered, [0.0, *ys], strict=True):
        if table >= 0:
            head_start.setdefault(table, y)
    # A section (from one forced break to the next) is one list: a page starting in its
    # paragraphs, the notes under its table, says its table's title too.
    sections: list[int] = []
    titles: dict[int, str] = {}
    for (frame, _), (_, _, forced) in ordered:
        sections.append(sections[-1] + forced if sections else 0)
        if frame >= 0:
            titles.setdefault(sections[-1], tables[frame][1])
    found = []
    for ((table, row), (_, _, forced)), y, section in zip(ordered[1:], ys, sections[1:],
                                                          strict=True):
        if table < 0 or forced:
            found.append(Cut(y, forced, None, "" if forced else titles.get(section, "")))
        elif row > tables[table][0] or (row and not tables[table][0]):
            head = (head_start[table], head_end[table]) if table in head_end else None
            found.append(Cut(y, False, head, tables[table][1], row=True))
    return found


def text_end(document: QTextDocument) -> float:
    """Where the last text printed ends (the lowest bottom of a block holding any)."""
    layout, block, lowest = document.documentLayout(), document.begin(), 0.0
    while block.isValid():
        if block.text().strip():
            lowest = max(lowest, layout.blockBoundingRect(block).bottom())
        block = block.next()
    return lowest


def pages_of(document: QTextDocument, height: float, title_height: float = 0.0
             ) -> list[tuple[float, float, Cut | None]]:
    """(top, bottom, where the page starts) of each page: as much as fits, ending at a cut;
    only a single row taller than a page is split. A page starting inside a titled table
    keeps `title_height` for its "(continued)" line. What stands below the last text (a
    table's bottom border, the empty block Qt keeps after a table) ends the page the text
    ends on, in the margin under it: the owner's white list ending at a page's foot printed
    a ninth page holding its bottom border alone, once the notes said under the black list
    were no longer said again under it."""
    end, found = document.size().height(), sorted(cuts(document), key=lambda c: c.y)
    ys, last = [cut.y for cut in found], text_end(document)
    pages: list[tuple[float, float, Cut | None]] = []
    top, start = 0.0, None
    while top < end - 0.5:
        head = start.head if start and start.head else (0.0, 0.0)
        said = title_height if start and start.title else 0.0
        limit = top + max(height - (head[1] - head[0]) - said, height / 2)
        chosen = None
        for cut in islice(found, bisect_right(ys, top + 0.5), None):
            if cut.y > limit:
                break
            chosen = cut
            if cut.forced:
                break
        if min(end, last) <= limit and not (chosen and chosen.forced):
            chosen, bottom = None, end  # the rest fits, or is blank but for a border
        else:
            if chosen and not chosen.forced and not chosen.row:
                chosen = _with_rows(found, top, chosen, last)
            bottom = chosen.y if chosen else limit
        pages.append((top, bottom, start))
        top, start = bottom, chosen or start
    return pages or [(0.0, end, None)]


def _with_rows(found: Sequence[Cut], top: float, chosen: Cut, last: float) -> Cut:
    """Where a page starting at `top` ends instead of `chosen`, so a list's notes (the
    paragraphs under its table) never start a page of their own: when only they follow
    `chosen` in its section (no table row after it before the next forced break), the page
    ends at its last cut between two of the table's rows, and the table's last row goes on
    with the notes; a page of no such cut ends one paragraph sooner where its last paragraph
    alone goes over. Before, the English stop-loss PDF of a firm's year (list43) printed a
    page 2 titled "Black list (continued)" holding "Revenue is converted at the rate …" alone,
    and (win44) one holding several of the notes and nothing of the table."""
    following = [cut for cut in found if chosen.y < cut.y < last]
    section = list(takewhile(lambda cut: not cut.forced, following))
    if any(cut.row for cut in section):
        return chosen  # the table goes on after it: its title and header say whose it is
    earlier = [cut for cut in found if top + 0.5 < cut.y < chosen.y]
    rows = [cut for cut in earlier if cut.row]
    return rows[-1] if rows else earlier[-1] if earlier and not section else chosen


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
    before = layout.paintDevice()  # the screen's (none): given back when the pages are painted
    layout.setPaintDevice(device)  # measure with the printer's metrics, not the screen's
    try:
        document.setPageSize(QSizeF(body.width(), -1))  # one long page; cut here, not by Qt
        keep_terms_whole(document)  # L/C never split across two lines
        title_font = emphasised_font(CONTINUED_POINTS)
        title_height = QFontMetricsF(title_font, device).height() * 1.4
        pages = pages_of(document, body.height(), title_height)
        wanted = range(len(pages)) if only is None else [min(max(only, 0), len(pages) - 1)]
        pen = QPen(QColor(style.PRINT_FOOTER_RULE))
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
            painter.setPen(QColor(style.PRINT_FIRM))
            _band(painter, top, header, index + 1, len(pages))
            _band(painter, bottom, footer, index + 1, len(pages))
            painter.restore()
            start, end, cut = pages[index]
            y = body.top()
            if cut and cut.title:  # inside a list's table, or among its notes under it
                painter.save()
                painter.setFont(title_font)
                painter.drawText(QRectF(body.left(), y, body.width(), title_height),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                                 tr(CONTINUED, title=cut.title))
                painter.restore()
                y += title_height
            if cut and cut.head:
                _slice(document, painter, body.left(), y, body.width(), *cut.head)
                y += cut.head[1] - cut.head[0]
            _slice(document, painter, body.left(), y, body.width(), start, end)
            following = pages[index + 1][2] if index + 1 < len(pages) else None
            if following is not None and following.head:
                painter.save()  # the table goes on: close its border at the cut
                painter.setPen(QPen(QColor(style.PRINT_RULE), pen.widthF()))
                y += end - start
                painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y))
                painter.restore()
        return len(pages)
    finally:
        layout.setPaintDevice(before)


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
    return bytes(buffer.data().data()), pages


def page_image(document: QTextDocument, page: int = 0, dpi: int = 110) -> QtGui.QImage:
    """One A4 landscape page as an image, painted as the PDF is: for reviews and previews."""
    layout = a4_landscape()
    image = QtGui.QImage(layout.fullRectPixels(dpi).size(), QtGui.QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor(style.PRINT_PAPER))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_pages(document, painter, QRectF(layout.paintRectPixels(dpi)), header_of(document),
                    footer_texts(), only=page)
    finally:
        painter.end()
    return image

