"""The flow chart of tier movement: one stacked column of groups per month end, and between
neighbouring columns a band for every (group before, group after) pair, as wide as the
customers who took that path.

Drawn with QPainter like the overview's charts (QtCharts is not in PySide6-Essentials), every
size from the widget's font and rect. Staying in a group is drawn faintly so the moves stand
out; customers new at a month end enter from the left edge of their column. A click on a
column selects that month (the table below then shows its moves).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.analysis.movements import Period
from core.analysis.names import GROUPS, TIERS, group_heading
from core.i18n import N_, tr
from ui import style
from ui.overview.charts import INK, MUTED, draw_text, scaled_font

WORKING = N_("Working out the month ends…")

SELECTED = QColor(style.SELECTED)


def group_color(code: str) -> QColor:
    """The pyramid's own colours: a tier's fill, prospects' and dormant customers' ink."""
    return QColor(style.TIER_COLOURS[code][0] if code in TIERS
                  else style.BOX_COLOURS[code][1])


@dataclass(frozen=True)
class Band:
    """One drawn flow: between two month ends, from a group (None: new) to a group."""

    month: str
    source: str | None
    target: str
    count: int
    path: QPainterPath


class FlowChart(QWidget):
    monthSelected = Signal(str)  # "2025-06"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._periods: list[Period] = []
        self._selected: str | None = None
        self._bands: list[Band] = []
        self._columns: list[tuple[str, QRectF]] = []
        self.waiting = False  # no analysis yet, one on its way
        self.working = False  # the month ends being worked out: "import a ledger" is wrong then
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    # --- data ------------------------------------------------------------------------------
    def set_periods(self, periods: list[Period]) -> None:
        self._periods = list(periods)
        months = [p.month for p in self._periods]
        if self._selected not in months:
            self._selected = months[-1] if months else None
        self.update()

    def set_waiting(self, waiting: bool) -> None:
        self.waiting = waiting
        self.update()

    def set_working(self, working: bool) -> None:
        self.working = working
        self.update()

    def empty_text(self) -> str:
        """What the chart says with no month ends to draw (tests read it). While they are
        worked out it said "No month ends to show yet: import a ledger." over the sample's
        24 months, under the status saying they were being worked out."""
        if self.working:
            return tr(WORKING)
        if self.waiting:
            return tr(N_("The month ends are worked out once the analysis is done."))
        return tr(N_("No month ends to show yet: import a ledger."))

    def columns(self) -> list[tuple[str, dict[str, int]]]:
        """What each column stacks: the month and its counts per group."""
        return [(p.month, dict(p.counts)) for p in self._periods]

    def flows(self) -> list[tuple[str, str | None, str, int]]:
        """Every band between columns: month, from, to, customers (stays included)."""
        return [(p.month, a, b, n) for i, p in enumerate(self._periods) if i
                for (a, b), n in sorted(p.flows.items(), key=lambda kv: _order(kv[0]))]

    def selected(self) -> str | None:
        return self._selected

    def select(self, month: str) -> None:
        if month != self._selected and month in [p.month for p in self._periods]:
            self._selected = month
            self.update()
            self.monthSelected.emit(month)

    def column_rect(self, month: str) -> QRectF:
        """Where a month's column is drawn (tests click it)."""
        self._layout()
        return next(rect for shown, rect in self._columns if shown == month)

    # --- geometry --------------------------------------------------------------------------
    def _line(self) -> float:
        return QFontMetricsF(scaled_font(self, 0.9)).height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, 300)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, round(self._line() * 12))

    def _layout(self) -> tuple[QRectF, float]:
        """Column rectangles (full height) and customers-to-pixels, the same for every
        column so heights compare across months."""
        line = self._line()
        plot = QRectF(line * 0.5, line * 2.4, self.width() - line, self.height() - line * 4.2)
        count = max(len(self._periods), 1)
        step = plot.width() / count
        bar = max(4.0, min(step * 0.35, line * 2.5))
        gaps = line * 0.3 * (len(GROUPS) - 1)
        most = max([sum(p.counts.values()) for p in self._periods] + [1])
        scale = max(plot.height() - gaps, 1.0) / most
        self._columns = [(p.month, QRectF(plot.left() + step * (i + 0.5) - bar / 2, plot.top(),
                                          bar, plot.height()))
                         for i, p in enumerate(self._periods)]
        return plot, scale

    def _segments(self, period: Period, rect: QRectF, scale: float
                  ) -> dict[str, tuple[float, float]]:
        gap, y, found = self._line() * 0.3, rect.top(), {}
        for group in GROUPS:
            height = period.counts.get(group, 0) * scale
            found[group] = (y, y + height)
            y += height + gap
        return found

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(scaled_font(self, 0.9))
        line = self._line()
        if not self._periods:
            draw_text(p, QRectF(0, 0, self.width(), line * 2), self.empty_text(),
                      Qt.AlignmentFlag.AlignLeft, MUTED)
            p.end()
            return
        plot, scale = self._layout()
        self._legend(p, line)
        segments = [self._segments(period, rect, scale)
                    for period, (_, rect) in zip(self._periods, self._columns, strict=True)]
        self._bands = []
        for i in range(1, len(self._periods)):
            self._draw_flows(p, i, segments[i - 1], segments[i], scale)
        for index, (month, rect) in enumerate(self._columns):
            for group, (top, bottom) in segments[index].items():
                if bottom > top:
                    p.fillRect(QRectF(rect.left(), top, rect.width(), bottom - top),
                               group_color(group))
            if month == self._selected:
                p.setPen(SELECTED)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect.adjusted(-2, -2, 2, 2))
            step = plot.width() / len(self._columns)
            label = month if len(self._columns) <= 14 or index % 3 == 0 else ""
            draw_text(p, QRectF(rect.center().x() - step / 2, plot.bottom() + line * 0.3, step,
                                line), label, Qt.AlignmentFlag.AlignHCenter,
                      INK if month == self._selected else MUTED)
        p.end()

    def _legend(self, p: QPainter, line: float) -> None:
        x = line * 0.5
        for group in GROUPS:
            p.fillRect(QRectF(x, line * 0.4, line * 0.8, line * 0.8), group_color(group))
            text = group_heading(group)
            width = QFontMetricsF(p.font()).horizontalAdvance(text) + line * 0.4
            draw_text(p, QRectF(x + line, line * 0.3, width, line), text,
                      Qt.AlignmentFlag.AlignLeft)
            x += line * 1.6 + width

    def _draw_flows(self, p: QPainter, index: int, before: dict[str, tuple[float, float]],
                    after: dict[str, tuple[float, float]], scale: float) -> None:
        period = self._periods[index]
        left, right = self._columns[index - 1][1], self._columns[index][1]
        out_y = {g: top for g, (top, _) in before.items()}
        in_y = {g: top for g, (top, _) in after.items()}
        for (source, target), count in sorted(period.flows.items(), key=lambda kv: _order(kv[0])):
            height = count * scale
            start_x = left.right() if source else right.left() - (right.left() - left.right()) / 3
            top0 = out_y[source] if source else in_y[target]
            if source:
                out_y[source] += height
            top1 = in_y[target]
            in_y[target] += height
            path = _ribbon(start_x, top0, right.left(), top1, height)
            color = QColor(group_color(source or target))
            color.setAlpha(60 if source == target else 150)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawPath(path)
            self._bands.append(Band(period.month, source, target, count, path))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._layout()
        x = event.position().x()
        for month, rect in self._columns:
            if rect.adjusted(-rect.width(), 0, rect.width(), 0).contains(
                    QPointF(x, rect.center().y())):
                self.select(month)
                return
        super().mousePressEvent(event)

    def band_at(self, point: QPointF) -> Band | None:
        """The flow under a point, for the tooltip: who went where."""
        return next((b for b in reversed(self._bands) if b.path.contains(point)), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        band = self.band_at(event.position())
        if band is None:
            self.setToolTip("")
        else:
            self.setToolTip(tr(N_("{month}: {count} from {source} to {target}"),
                               month=band.month, count=band.count,
                               source=group_heading(band.source) if band.source else tr(
                                   N_("new customers")), target=group_heading(band.target)))
        super().mouseMoveEvent(event)


def _order(pair: tuple[str | None, str]) -> tuple[int, int]:
    """Bands leave and enter each column in the columns' own order, so none cross inside."""
    source, target = pair
    return (-1 if source is None else GROUPS.index(source), GROUPS.index(target))


def _ribbon(x0: float, y0: float, x1: float, y1: float, height: float) -> QPainterPath:
    middle = (x0 + x1) / 2
    path = QPainterPath(QPointF(x0, y0))
    path.cubicTo(QPointF(middle, y0), QPointF(middle, y1), QPointF(x1, y1))
    path.lineTo(QPointF(x1, y1 + height))
    path.cubicTo(QPointF(middle, y1 + height), QPointF(middle, y0 + height),
                 QPointF(x0, y0 + height))
    path.closeSubpath()
    return path
