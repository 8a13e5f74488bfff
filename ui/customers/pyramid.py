"""The tier pyramid: the firm's actual shape against its target (20/30/50 by default), a filter.

The bands are sized by the actual shares of active customers, because the gap between the
actual and the target shape is the diagnosis the owner came for; each band keeps a minimum
height so a tier of none or of one in 20,000 can still be read and clicked. The numbers sit in a
column beside the pyramid (the top band is too narrow to hold them at any share). Every text is
laid out once per size, data and language (never on a mouse move: hovering only repaints), and
every size comes from rect() and the widget's font, so it holds from a side panel to a full
screen at 200 % scaling. The counts drawn are the analysis's numbers, never read back out of a
translated sentence.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from core.analysis.model import Analysis, TierShape
from core.analysis.names import (
    BOXED_LISTS,
    DORMANT_COUNT,
    PROSPECT_COUNT,
    TIERS,
    group_heading,
    list_heading,
    pinned_template,
)
from core.i18n import N_, NP_, amount_text, tr
from ui import style
from ui.customers.pyramid_layout import Layout, lay_out
from ui.overview.charts import INK, MUTED, draw_text, pct

BOXES = (("group", "prospect"), ("group", "dormant"),
         *(("list", code) for code in BOXED_LISTS))
TARGETS = tuple(("tier", t) for t in TIERS) + BOXES




class PyramidWidget(QWidget):
    """Three bands and a box for each group and list outside them (BOXES); a click asks the
    window to filter the customer table."""

    filterRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._analysis: Analysis | None = None
        self.waiting = False  # the last start's table is shown: the analysis is on its way
        self._shape: dict[str, TierShape] = {}
        self._counts: dict[tuple[str, str], int] = dict.fromkeys(BOXES, 0)
        self._selected: tuple[str, str] | None = None
        self._hover: tuple[str, str] | None = None
        self._layout: Layout | None = None  # until the size, data or language changes
        self.layouts = 0  # how many times it was laid out (tests count them)
        self.drawn: list[tuple[str, str, QRectF]] = []  # (shown, full text, rect) of last paint
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    # --- data ------------------------------------------------------------------------------
    def set_waiting(self, waiting: bool) -> None:
        self.waiting = waiting
        self.retranslate()

    def set_analysis(self, analysis: Analysis | None) -> None:
        self._analysis, self.waiting = analysis, False
        self._shape = {s.tier: s for s in analysis.shape} if analysis else {}
        people = analysis.customers if analysis else []
        found = Counter(("group", c.tier) for c in people)  # one pass, tens of thousands
        found.update(("list", c.list) for c in people)
        self._counts = {box: found[box] for box in BOXES}
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr(N_("Customer pyramid")))
        counts = {t: f"{self._shape[t].count:,}" if t in self._shape else "0" for t in TIERS}
        self.setAccessibleDescription(self.empty_text() or tr(N_(
            "{strategic} strategic, {core} core and {long_tail} long-tail customers; "
            "{prospects}, {dormant}, {black} on the black list, {confirm} with payment to "
            "confirm"), **counts,
            prospects=tr(PROSPECT_COUNT, count=self._counts[("group", "prospect")]),
            dormant=tr(DORMANT_COUNT, count=self._counts[("group", "dormant")]),
            **{code: f"{self._counts[('list', code)]:,}" for code in BOXED_LISTS}))
        self._relayout()

    def _relayout(self) -> None:
        self._layout = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self._layout = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._layout = None
        super().changeEvent(event)

    def active(self) -> int:
        return sum(s.count for s in self._shape.values())

    def selected(self) -> tuple[str, str] | None:
        return self._selected

    def set_selected(self, kind: str, value: str | None) -> None:
        """Mirror a filter chosen elsewhere (the table's combo boxes) without emitting."""
        self._selected = (kind, value) if kind and value and (kind, value) in TARGETS else None
        self.update()

    # --- texts (tests read these) -------------------------------------------------------------
    def band_texts(self, tier: str) -> list[str]:
        """Name, count, actual / target share, shares of revenue and gross profit."""
        s = self._shape.get(tier)
        count = s.count if s else 0
        texts = [group_heading(tier), tr(N_("1 customer")) if count == 1 else tr(
            N_("{count} customers"), count=f"{count:,}")]
        if s is None:
            return texts
        texts.append(tr(N_("{actual} / {target} target"), actual=pct(s.share),
                        target=pct(s.target_share)))
        if s.gross_profit_share is None:
            texts.append(tr(N_("revenue {revenue}"), revenue=pct(s.revenue_share)))
        else:
            texts.append(tr(N_("revenue {revenue} · profit {profit}"),
                            revenue=pct(s.revenue_share), profit=pct(s.gross_profit_share)))
        return texts

    def box_texts(self, kind: str, value: str) -> list[str]:
        name = list_heading(value) if kind == "list" else group_heading(value)
        return [name, f"{self._counts[(kind, value)]:,}"]

    def empty_text(self) -> str | None:
        if self._analysis is None and self.waiting:
            return tr(N_("The pyramid is drawn once the analysis is done."))
        if self._analysis is None:
            return tr(N_("No analysis yet. Import a ledger to see the customer pyramid."))
        if not self.active():
            return tr(N_("No active customers: nobody placed a valid order in the {months} "
                         "months to {date}."), months=self._analysis.rules.window_months,
                      date=self._analysis.as_of.isoformat())
        return None

    def tooltip_text(self, kind: str, value: str) -> str:
        """The full numbers behind a band or a box, for the hover tooltip."""
        a, s = self._analysis, self._shape.get(value)
        if a is None or (kind == "tier" and s is None):
            return ""
        cur, months = a.base_currency, a.rules.window_months
        count = f"{s.count if s else self._counts[(kind, value)]:,}"
        if s is not None:
            lines = [tr(N_("{tier}: {count} of {active} active customers"), count=count,
                        tier=group_heading(value), active=f"{self.active():,}"),
                     tr(N_("share {share}, target {target} ({cap} places)"),
                        share=f"{s.share:.1%}", target=pct(s.target_share), cap=f"{s.cap:,}"),
                     tr(N_("revenue {amount} {currency} ({share})"), amount=amount_text(s.revenue),
                        currency=cur, share=f"{s.revenue_share:.1%}"),
                     tr(N_("gross profit unknown: not every customer has a cost"))
                     if s.gross_profit is None else
                     tr(N_("gross profit {amount} {currency} ({share}), margin {margin}"),
                        amount=amount_text(s.gross_profit), currency=cur,
                        share="–" if s.gross_profit_share is None  # the firm's not positive
                        else f"{s.gross_profit_share:.1%}",
                        margin="–" if s.margin is None else f"{s.margin:.1%}")]
        elif value == "prospect":
            lines = [tr(NP_("{count:,} prospect: its only orders are trials.",
                            "{count:,} prospects: their only orders are trials."),
                        count=self._counts[(kind, value)])]
        elif value == "dormant":
            lines = [tr(N_("{count} dormant: no valid order in the {months} months to {date}."),
                        count=count, months=months, date=a.as_of.isoformat())]
        elif value == "confirm":
            lines = [tr(N_("{count} on {list}: past due, but the data records no receipts; "
                           "ask whether they paid before holding supply."), count=count,
                        list=tr(pinned_template(value) or ""))]
        else:
            lines = [tr(N_("{count} on the black list: the stop-loss rule says suspend supply "
                           "and collect."), count=count)]
        return "\n".join([*lines, tr(N_("Click to list these customers; click again to list "
                                        "all."))])

    # --- geometry ---------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 320)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, 180)

    def _geometry(self) -> Layout:
        if self._layout is None:
            self._layout = lay_out(
                self, {key: self.box_texts(*key)[0] for key in BOXES},
                {t: self._shape[t].share if t in self._shape else 0.0 for t in TIERS},
                {t: self.band_texts(t) for t in TIERS}, {t: self._count(t) for t in TIERS})
            self.layouts += 1
        return self._layout

    def _count(self, tier: str) -> int:
        shape = self._shape.get(tier)
        return shape.count if shape else 0

    def band_rect(self, kind: str, value: str) -> QRectF:
        g = self._geometry()
        return (g.bands[value].boundingRect() if kind == "tier" else g.boxes[(kind, value)])

    def band_at(self, point: QPointF) -> tuple[str, str] | None:
        g, point = self._geometry(), QPointF(point)
        for key, rect in g.boxes.items():
            if self._analysis is not None and rect.contains(point):
                return key
        if self._analysis is None or not self.active():
            return None
        for tier in TIERS:
            if (g.bands[tier].containsPoint(point, Qt.FillRule.OddEvenFill)
                    or g.labels[tier].contains(point)):
                return ("tier", tier)
        return None

    # --- events -----------------------------------------------------------------------------
    def _toggle(self, hit: tuple[str, str] | None) -> None:
        self._selected = None if hit is None or hit == self._selected else hit
        self.update()
        self.filterRequested.emit(*(self._selected or ("", "")))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._toggle(self.band_at(event.position()))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        hit = self.band_at(event.position())
        if hit != self._hover:
            self._hover = hit
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else
                           Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Arrows move the filter from band to box, Escape clears it: no mouse needed."""
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1,
                Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()))
        if step and self._analysis is not None:
            index = TARGETS.index(self._selected) + step if self._selected else 0
            self._selected = None
            self._toggle(TARGETS[index % len(TARGETS)])
        elif event.key() == Qt.Key.Key_Escape and self._selected:
            self._toggle(None)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.band_at(QPointF(event.pos()))
            text = self.tooltip_text(*hit) if hit else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- painting ---------------------------------------------------------------------------
    def _text(self, p: QPainter, rect: QRectF, text: str, flags: Qt.AlignmentFlag,
              color: QColor = INK) -> None:
        self.drawn.append((draw_text(p, rect, text, flags, color), text, QRectF(rect)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        self.drawn = []
        g = self._geometry()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(g.font)
        empty = self.empty_text()
        if self._analysis is not None:
            for tier in TIERS:
                self._paint_band(p, g, tier, empty is not None)
            for key, rect in g.boxes.items():
                self._paint_box(p, g, key, rect)
        if empty:  # over the dashed outline, or alone when there is no analysis at all
            where = g.area if self._analysis else QRectF(self.rect()).adjusted(9, 9, -9, -9)
            flags = int(Qt.AlignmentFlag.AlignCenter) | Qt.TextFlag.TextWordWrap
            p.setFont(g.font)
            p.setPen(MUTED)
            p.fillRect(p.boundingRect(where, flags, empty).adjusted(-4, -4, 4, 4),
                       self.palette().window())
            p.drawText(where, flags, empty)
            self.drawn.append((empty, empty, where))
        p.end()

    def _outline(self, p: QPainter, key: tuple[str, str], line: float) -> None:
        if key == self._selected:
            p.setPen(QPen(QColor(style.SELECTED), max(2.5, line / 6)))
        else:
            p.setPen(Qt.PenStyle.NoPen)

    def _paint_band(self, p: QPainter, g: Layout, tier: str, empty: bool) -> None:
        fill, on_fill, beside = (QColor(c) for c in style.TIER_COLOURS[tier])
        band, label, key = g.bands[tier], g.labels[tier], ("tier", tier)
        if empty:
            p.setPen(QPen(QColor(style.EMPTY_OUTLINE), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(band)
            return
        if not self._count(tier):  # an empty tier: faded, still there to click
            fill.setAlpha(90)
            on_fill = INK
        p.setBrush(fill.lighter(112) if key == self._hover else fill)
        self._outline(p, key, g.line)
        p.drawPolygon(band)
        if key == self._selected:
            p.setPen(Qt.PenStyle.NoPen)
            tint = QColor(style.SELECTED)
            tint.setAlpha(style.SELECTED_LABEL_ALPHA)
            p.setBrush(tint)
            p.drawRoundedRect(label, 4, 4)
        box = band.boundingRect()
        in_band = g.in_band[tier]
        if in_band is not None:
            p.setFont(in_band)
            self._text(p, box, g.numbers[tier], Qt.AlignmentFlag.AlignHCenter, on_fill)
        p.setPen(QPen(beside, 1))
        right = (band[1].x() + band[2].x()) / 2
        p.drawLine(QPointF(right + 3, box.center().y()),
                   QPointF(label.left() - 2, label.top() + g.line / 2))
        for i, text in enumerate(g.lines[tier]):
            p.setFont(g.label_fonts[min(i, 2)])
            self._text(p, QRectF(label.left() + 4, label.top() + i * g.line, label.width() - 6,
                                 g.line), text, Qt.AlignmentFlag.AlignLeft,
                       beside if i == 0 else (INK if i == 1 else MUTED))

    def _paint_box(self, p: QPainter, g: Layout, key: tuple[str, str], rect: QRectF) -> None:
        fill, ink = (QColor(c) for c in style.BOX_COLOURS[key[1]])
        p.setBrush(fill.lighter(108) if key == self._hover else fill)
        self._outline(p, key, g.line)
        p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        title, count = self.box_texts(*key)
        inner = rect.adjusted(g.line * 0.4, 0, -g.line * 0.4, 0)
        top = rect.center().y() - g.line
        assert g.box_fonts is not None
        title_font, count_font = g.box_fonts
        p.setFont(title_font)
        self._text(p, QRectF(inner.left(), top, inner.width(), g.line), title,
                   Qt.AlignmentFlag.AlignHCenter, ink)
        p.setFont(count_font)
        self._text(p, QRectF(inner.left(), top + g.line, inner.width(), g.line * 1.1), count,
                   Qt.AlignmentFlag.AlignHCenter, ink)
