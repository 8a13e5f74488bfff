"""Small QPainter charts: benchmark bars, a Pareto curve, a receivables aging bar.

Drawn by hand rather than with QtCharts because QtCharts is not in PySide6-Essentials (the
installer stays small) and because these charts need little more than bars, one curve and text
that must stay legible from a narrow side panel to a full screen at 200 % scaling: every size is
derived from the widget's font and rect(), never from pixel constants. Labels passed in are
already translated; the charts' own words are msgids translated at paint time, so a language
switch needs only a repaint.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.analysis.firm import BENCHMARKS, BOTTOM_SHARE, TOP_SHARE, running_shares, top_count
from core.analysis.names import BUCKETS, DAYS, bucket_name
from core.i18n import N_, amount_text, tr
from ui import style

INK, MUTED, TRACK, GRID = (QColor(c) for c in (style.INK, style.MUTED, style.TRACK, style.GRID))
OURS, GOAL, BENCH = QColor(style.OURS), QColor(style.GOAL), QColor(style.INK)


def pct(share: float | None) -> str:
    """A share as a whole percent, but never 0 % or 100 % for a share that is neither."""
    if share is None:
        return "–"
    if 0 < share < 0.005:
        return "<1%"
    if 0.995 <= share < 1:
        return ">99%"
    return f"{share:.0%}"


def scaled_font(widget: QWidget, factor: float = 1.0, bold: bool = False) -> QFont:
    """The widget's own font scaled, so system font size and display scaling carry through."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    else:
        font.setPixelSize(max(8, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def draw_text(p: QPainter, rect: QRectF, text: str, flags: Qt.AlignmentFlag,
              color: QColor = INK) -> str:
    """Draw one line elided to the rect's width; returns what was drawn (tests read it)."""
    shown = QFontMetricsF(p.font()).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    p.setPen(color)
    p.drawText(rect, int(flags | Qt.AlignmentFlag.AlignVCenter) | Qt.TextFlag.TextSingleLine,
               shown)
    return shown


class BenchmarkRow(NamedTuple):
    label: str
    value: float | None  # a share 0..1, or days when unit is "days"
    benchmark: float | None
    goal: float | None = None
    unit: str = "share"
    color: str | None = None
    absent: str | None = None  # said for no value where "no data" is not why (a loss)


class BenchmarkBars(QWidget):
    """Ours against a reference, one row each: label, then a bar with the reference marked.

    `paired` draws the reference as a second bar under ours (the pyramid's target shape)
    instead of a marker line (the article's benchmarks).
    """

    def __init__(self, reference: str = N_("article {value}"), paired: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference, self.paired = reference, paired
        self._rows: list[BenchmarkRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Iterable[tuple]) -> None:
        self._rows = [BenchmarkRow(*row) for row in rows]
        self.updateGeometry()
        self.update()

    def rows(self) -> list[BenchmarkRow]:
        return list(self._rows)

    def _fmt(self, row: BenchmarkRow, value: float | None) -> str:
        if value is None:
            return tr(N_("no data"))
        return tr(DAYS, days=value) if row.unit == "days" else pct(value)

    def row_texts(self, index: int) -> list[str]:
        """Label, our value, the reference (with the goal when there is one)."""
        row = self._rows[index]
        ref = tr(self.reference, value=self._fmt(row, row.benchmark))
        if row.goal is not None:
            ref += " · " + tr(N_("goal {value}"), value=self._fmt(row, row.goal))
        ours = row.absent if row.value is None and row.absent else self._fmt(row, row.value)
        return [row.label, ours, ref]

    def _line(self) -> float:
        return QFontMetricsF(scaled_font(self)).height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, round(max(1, len(self._rows)) * self._line() * 2.7 + 4))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        line, width = self._line(), float(self.width())
        small = scaled_font(self, 0.9)
        texts = [self.row_texts(i) for i in range(len(self._rows))]
        p.setFont(small)
        ref_w = max((QFontMetricsF(small).horizontalAdvance(t[2]) + line * 0.6 for t in texts),
                    default=0)
        ref_w = min(ref_w, width * 0.45)
        for i, (row, (label, value, ref)) in enumerate(zip(self._rows, texts, strict=True)):
            top = 2 + i * line * 2.7
            p.setFont(scaled_font(self, 1.0, bold=True))
            value_w = QFontMetricsF(p.font()).horizontalAdvance(value) + 4
            draw_text(p, QRectF(width - value_w, top, value_w, line), value,
                      Qt.AlignmentFlag.AlignRight)
            p.setFont(scaled_font(self))
            draw_text(p, QRectF(0, top, width - value_w - line * 0.5, line), label,
                      Qt.AlignmentFlag.AlignLeft)
            bar = QRectF(0, top + line * 1.2, max(10.0, width - ref_w), line * 0.9)
            self._draw_bar(p, row, bar)
            p.setFont(small)
            draw_text(p, QRectF(bar.right() + line * 0.6, bar.top(), ref_w - line * 0.6,
                                bar.height()), ref, Qt.AlignmentFlag.AlignLeft, MUTED)
        p.end()

    def _draw_bar(self, p: QPainter, row: BenchmarkRow, bar: QRectF) -> None:
        known = [v for v in (row.value, row.benchmark, row.goal) if v is not None]
        if row.unit == "share":
            top = max([1.0, *known])
        else:
            top = max(known) * 1.15 if known and max(known) > 0 else 1.0

        def x(v: float) -> float:
            return bar.left() + bar.width() * max(0.0, v) / top

        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(TRACK)
        p.drawRoundedRect(bar, 2, 2)
        color = QColor(row.color) if row.color else OURS
        if self.paired:
            half = bar.height() / 2
            if row.value is not None:
                p.setBrush(color)
                p.drawRect(QRectF(bar.left(), bar.top(), x(row.value) - bar.left(), half))
            if row.benchmark is not None:
                p.setBrush(QColor(style.TARGET_BAR))
                p.drawRect(QRectF(bar.left(), bar.top() + half + 1, x(row.benchmark) -
                                  bar.left(), half - 1))
            return
        if row.value is not None:
            p.setBrush(color)
            p.drawRoundedRect(QRectF(bar.left(), bar.top(), x(row.value) - bar.left(),
                                     bar.height()), 2, 2)
        reach = bar.height() * 0.45  # both marks stand out above and below the bar
        for value, pen_color, dashed in ((row.benchmark, BENCH, False), (row.goal, GOAL, True)):
            if value is None:
                continue
            pen = QPen(pen_color, max(2.0, bar.height() / 8))
            if dashed:  # dashes short enough to show several over the bar's height, as the
                pen.setDashPattern([2.0, 1.5])  # caption says; Qt's DashLine shows one
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawLine(QPointF(x(value), bar.top() - reach), QPointF(x(value),
                                                                     bar.bottom() + reach))


class ParetoChart(QWidget):
    """Cumulative share of profit (or revenue) against the share of customers, best first.

    The crossing at 20 % of customers uses the same count as the firm report (at least one,
    20 % rounded half up), so the curve and the benchmark bar never disagree.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[float] = []
        self._curve: list[float] = []
        self.benchmark: float | None = BENCHMARKS["top20_profit_share"]
        self.y_title = N_("cumulative share of gross profit")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_values(self, values: Iterable[float],
                   benchmark: float | None = BENCHMARKS["top20_profit_share"],
                   y_title: str = N_("cumulative share of gross profit")) -> None:
        self._values = sorted((float(v) for v in values), reverse=True)
        self._curve = running_shares(self._values)
        self.benchmark, self.y_title = benchmark, y_title
        self.update()

    def values(self) -> list[float]:
        return list(self._values)

    def curve(self) -> list[float]:
        """Cumulative shares, one per customer; the last is 1.0 (empty when nothing to show)."""
        return list(self._curve)

    def top_count(self) -> int:
        return top_count(len(self._curve))

    def top_share(self) -> float | None:
        return self._curve[self.top_count() - 1] if self._curve else None

    def annotation(self) -> list[str]:
        if not self._curve:  # customers earning and losing: their total is what is not positive
            return [tr(N_("nothing to show: the customers' total is not positive")
                       if any(v > 0 for v in self._values) else
                       N_("nothing to show: no customer with a positive total"))]
        lines = [tr(N_("top 20% of customers ({count}): {share}"),
                    count=f"{self.top_count():,}", share=pct(self.top_share()))]
        if self.benchmark is not None:
            lines.append(tr(N_("article {value}"), value=pct(self.benchmark)))
        return lines

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, 240)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        line = QFontMetricsF(scaled_font(self)).height()
        return QSize(200, round(line * 10))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = scaled_font(self, 0.9)
        p.setFont(font)
        fm = QFontMetricsF(font)
        line = fm.height()
        top_y = max([1.0, *self._curve])
        plot = QRectF(fm.horizontalAdvance("100%") + line * 0.5, line * 1.4, 0, 0)
        plot.setRight(self.width() - fm.horizontalAdvance("100%") / 2 - 2)
        plot.setBottom(self.height() - line * 2.4)
        draw_text(p, QRectF(0, 0, self.width(), line), tr(self.y_title),
                  Qt.AlignmentFlag.AlignLeft, MUTED)
        draw_text(p, QRectF(plot.left(), self.height() - line * 1.1, plot.width(), line),
                  tr(N_("share of customers, best first")), Qt.AlignmentFlag.AlignHCenter, MUTED)

        def at(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + plot.width() * x,
                           plot.bottom() - plot.height() * y / top_y)

        p.setPen(QPen(GRID, 1))
        for step in (0, 0.2, 0.4, 0.6, 0.8, 1.0):
            p.setPen(QPen(GRID, 1))
            p.drawLine(at(0, step), at(1, step))
            draw_text(p, QRectF(0, at(0, step).y() - line / 2, plot.left() - line * 0.3, line),
                      f"{step:.0%}", Qt.AlignmentFlag.AlignRight, MUTED)
        for step in (0, TOP_SHARE, BOTTOM_SHARE, 1.0):  # the article's groups
            x = at(step, 0).x()
            draw_text(p, QRectF(x - line * 2, plot.bottom() + 2, line * 4, line), f"{step:.0%}",
                      Qt.AlignmentFlag.AlignHCenter, MUTED)
        p.setPen(QPen(GRID, 1, Qt.PenStyle.DashLine))
        p.drawLine(at(0, 0), at(1, 1))  # every customer alike
        if self._curve:
            n = len(self._curve)
            stride = max(1, n // max(1, int(plot.width() * 2)))
            points = [at(0, 0)] + [at((i + 1) / n, self._curve[i])
                                   for i in range(0, n, stride)] + [at(1, self._curve[-1])]
            p.setPen(QPen(OURS, max(2.0, line / 7)))
            p.drawPolyline(QPolygonF(points))
            cross = at(self.top_count() / n, self.top_share() or 0)
            p.setPen(QPen(BENCH, 1, Qt.PenStyle.DashLine))
            p.drawLine(at(self.top_count() / n, 0), cross)
            p.drawLine(at(0, self.top_share() or 0), cross)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(OURS)
            p.drawEllipse(cross, line / 4, line / 4)
            if self.benchmark is not None:
                p.setBrush(QColor(style.PAPER))
                p.setPen(QPen(BENCH, 1.5))
                p.drawEllipse(at(TOP_SHARE, self.benchmark), line / 5, line / 5)
        lines = self.annotation()
        box_w = min(plot.width() * 0.7, max(fm.horizontalAdvance(t) for t in lines) + line)
        box = QRectF(plot.right() - box_w, plot.bottom() - line * (len(lines) + 0.6), box_w,
                     line * (len(lines) + 0.4))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(*style.VEIL))
        p.drawRect(box)
        for i, text in enumerate(lines):
            draw_text(p, QRectF(box.left() + line / 2, box.top() + line * (0.2 + i),
                                box.width() - line, line), text, Qt.AlignmentFlag.AlignLeft,
                      INK if i == 0 else MUTED)
        p.end()


class AgingBar(QWidget):
    """Open receivables by age: one stacked bar, then a legend line per bucket with its amount."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buckets: dict[str, float] = dict.fromkeys(BUCKETS, 0.0)
        self.currency = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_buckets(self, buckets: dict[str, float], currency: str = "") -> None:
        self._buckets = {b: float(buckets.get(b, 0.0) or 0.0) for b in BUCKETS}
        self.currency = currency
        self.update()

    def buckets(self) -> dict[str, float]:
        return dict(self._buckets)

    def total(self) -> float:
        return sum(max(0.0, v) for v in self._buckets.values())

    def legend_texts(self) -> list[tuple[str, str, str]]:
        """Per bucket: its name, the amount with the currency, its share of what is open."""
        total = self.total()
        return [(bucket_name(b), f"{amount_text(v)} {self.currency}".strip(),
                 pct(max(0.0, v) / total) if total else "")
                for b, v in self._buckets.items()]

    def _line(self) -> float:
        return QFontMetricsF(scaled_font(self)).height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(180, round(self._line() * (1.8 + 1.25 * len(BUCKETS)) + 4))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(scaled_font(self))
        line, width, total = self._line(), float(self.width()), self.total()
        bar = QRectF(0, 2, width, line * 1.3)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(TRACK)
        p.drawRoundedRect(bar, 3, 3)
        x = bar.left()
        for b, v in self._buckets.items():
            if total and v > 0:
                w = bar.width() * v / total
                p.setBrush(QColor(style.AGING_COLOURS[b]))
                p.drawRect(QRectF(x, bar.top(), w, bar.height()))
                x += w
        if not total:
            draw_text(p, bar, tr(N_("no open receivables")), Qt.AlignmentFlag.AlignHCenter,
                      MUTED)
        amount_w = min(width * 0.55, max(QFontMetricsF(p.font()).horizontalAdvance(t[1])
                                         for t in self.legend_texts()) + line)
        share_w = QFontMetricsF(p.font()).horizontalAdvance("100%") + line * 0.5
        for i, (name, amount, share) in enumerate(self.legend_texts()):
            top = bar.bottom() + line * (0.5 + 1.25 * i)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(style.AGING_COLOURS[BUCKETS[i]]))
            p.drawRoundedRect(QRectF(0, top + line * 0.2, line * 0.8, line * 0.6), 2, 2)
            draw_text(p, QRectF(line * 1.2, top, width - line * 1.2 - amount_w - share_w, line),
                      name, Qt.AlignmentFlag.AlignLeft)
            draw_text(p, QRectF(width - amount_w - share_w, top, amount_w, line), amount,
                      Qt.AlignmentFlag.AlignRight)
            draw_text(p, QRectF(width - share_w, top, share_w, line), share,
                      Qt.AlignmentFlag.AlignRight, MUTED)
        p.end()
