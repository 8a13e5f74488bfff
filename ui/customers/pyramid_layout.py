"""The pyramid's geometry: band heights by share, label blocks beside them, and the layout the
widget keeps between paints (ui.customers.pyramid).

Apart from the widget because where things go is arithmetic on a size, a font and the numbers
to show, while the widget is about data, events and painting: the layout is computed from what
it is given (the widget only for its size and font), so it can be read, and tested, without
the widget's state.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPolygonF
from PySide6.QtWidgets import QWidget

from core.analysis.names import TIERS
from ui.overview.charts import scaled_font


def band_heights(shares: list[float], total: float, minimum: float) -> list[float]:
    """Heights proportional to the shares, none under `minimum` (the others give way)."""
    n = len(shares)
    if total <= minimum * n or not any(shares):
        return [total / n] * n
    fixed = [False] * n
    while True:
        free = total - minimum * sum(fixed)
        weight = sum(s for s, f in zip(shares, fixed, strict=True) if not f)
        heights = [minimum if f else free * s / weight for s, f in zip(shares, fixed,
                                                                       strict=True)]
        short = [i for i in range(n) if not fixed[i] and heights[i] < minimum]
        if not short:
            return heights
        for i in short:
            fixed[i] = True


def place_blocks(centers: list[float], heights: list[float], top: float, bottom: float,
                 gap: float) -> list[float]:
    """Tops of label blocks as near their bands' centres as possible, in order, never
    overlapping and inside top..bottom (the caller has trimmed them to fit)."""
    tops: list[float] = []
    for center, height in zip(centers, heights, strict=True):
        floor = tops[-1] + heights[len(tops) - 1] + gap if tops else top
        tops.append(max(center - height / 2, floor))
    limit = bottom
    for i in range(len(tops) - 1, -1, -1):
        tops[i] = min(tops[i], limit - heights[i])
        limit = tops[i] - gap
    return tops


@dataclass
class Layout:
    """Where everything goes at the widget's current size, data and language; kept between
    paints so a mouse move only looks things up."""

    line: float
    scale: float  # of the widget's own font
    font: QFont
    area: QRectF
    bands: dict[str, QPolygonF] = field(default_factory=dict)
    labels: dict[str, QRectF] = field(default_factory=dict)
    boxes: dict[tuple[str, str], QRectF] = field(default_factory=dict)
    lines: dict[str, list[str]] = field(default_factory=dict)  # beside each band
    numbers: dict[str, str] = field(default_factory=dict)  # each band's count, as drawn
    in_band: dict[str, QFont | None] = field(default_factory=dict)  # the count's font, or none
    label_fonts: list[QFont] = field(default_factory=list)  # name, count, shares beside
    box_fonts: tuple[QFont, QFont] | None = None  # a box's title and count


def lay_out(widget: QWidget, titles: dict[tuple[str, str], str], shares: dict[str, float],
            texts: dict[str, list[str]], counts: dict[str, int]) -> Layout:
    """The whole layout at the widget's size and font: `titles` are the boxes' names in
    order, the others are per tier (share of active customers, the lines beside the band, the
    count)."""
    w, h = widget.width(), widget.height()
    grow = min(w / 420, h / 320)  # text grows with the widget, but half as fast
    scale = min(max(1 + (grow - 1) * (0.5 if grow > 1 else 1), 0.9), 1.8)
    font = scaled_font(widget, scale)
    line = QFontMetricsF(font).height()
    margin, gap = max(4.0, line * 0.3), line * 0.5
    area = QRectF(widget.rect()).adjusted(margin, margin, -margin, -margin)
    side = area.width() >= 380  # boxes in a column on the right, else in a row underneath
    box_fonts = (scaled_font(widget, scale * 0.92), scaled_font(widget, scale * 1.1, bold=True))
    # the box column as wide as its longest name (a list's name is never shortened)
    metrics = QFontMetricsF(box_fonts[0])
    named = max(metrics.horizontalAdvance(title) for title in titles.values())
    col_w = min(max(area.width() * 0.2, line * 6, named + line * 0.8 + 2),
                line * 10) if side else 0.0
    main = area.adjusted(0, 0, 0, 0 if side else -line * 2.5 - gap)
    pw = min((area.width() - col_w) * (0.46 if w >= 400 else 0.4), main.height() * 0.95)
    cw = min(area.width() - col_w - pw - gap * (2 if side else 1), line * 18)
    left = area.left() + max(0.0, (area.width() - pw - cw - col_w - gap * 2) / 2)
    main.setLeft(left)
    g = Layout(line, scale, font, QRectF(left, main.top(), pw + gap + cw, main.height()))
    g.box_fonts = box_fonts
    if side:
        n = len(titles)
        box_h = min(line * 3.2, (area.height() - (n - 1) * gap) / n)
        top = area.center().y() - (n * box_h + (n - 1) * gap) / 2
        for i, key in enumerate(titles):
            g.boxes[key] = QRectF(left + pw + cw + 2 * gap, top + i * (box_h + gap), col_w,
                                  box_h)
    else:
        box_w = (area.width() - (len(titles) - 1) * gap) / len(titles)
        for i, key in enumerate(titles):
            g.boxes[key] = QRectF(area.left() + i * (box_w + gap), main.bottom() + gap,
                                  box_w, line * 2.5)
    _layout_bands(widget, g, main, pw, cw, gap, shares, texts, counts)
    return g


def _layout_bands(widget: QWidget, g: Layout, main: QRectF, pw: float, cw: float, gap: float,
                  shares: dict[str, float], texts: dict[str, list[str]], counts: dict[str, int]
                  ) -> None:
    """Trapezoids sized by share; label blocks beside them, as near as space allows."""
    sep, cx, top_w, line = max(2.0, g.line * 0.15), main.left() + pw / 2, pw * 0.22, g.line

    def half(y: float) -> float:
        return (top_w + (pw - top_w) * (y - main.top()) / max(1.0, main.height())) / 2

    y = main.top()
    heights = band_heights([shares[t] for t in TIERS], main.height() - 2 * sep, line * 1.4)
    for tier, height in zip(TIERS, heights, strict=True):
        y2 = y + height
        g.bands[tier] = QPolygonF([QPointF(cx - half(y), y), QPointF(cx + half(y), y),
                                   QPointF(cx + half(y2), y2), QPointF(cx - half(y2), y2)])
        number = g.numbers[tier] = f"{counts[tier]:,}"
        g.in_band[tier] = next((font for font in (scaled_font(widget, g.scale * f, bold=True)
                                                  for f in (1.2, 1.0, 0.85))
                                if _fits(number, font, half((y + y2) / 2) * 2 - line * 0.6,
                                         height)), None)
        name = texts[tier][0]
        g.lines[tier] = [name if g.in_band[tier] is not None else f"{name} · {number}",
                         *texts[tier][2:]]
        y = y2 + sep
    fonts = [QFontMetricsF(scaled_font(widget, g.scale * (1.0 if i < 2 else 0.92),
                                       bold=i == 0)) for i in range(3)]
    widest = max(fonts[i].horizontalAdvance(text) for v in g.lines.values()
                 for i, text in enumerate(v))
    ratio = max(0.85, min(1.0, (cw - 8) / max(1.0, widest)))
    g.label_fonts = [scaled_font(widget, g.scale * ratio * (1.0 if i < 2 else 0.92),
                                 bold=i == 0) for i in range(3)]
    for tier in TIERS:  # a cut-off percentage misleads: the tooltip has the whole line
        g.lines[tier] = [text for i, text in enumerate(g.lines[tier])
                         if i < 2 or fonts[i].horizontalAdvance(text) * ratio < cw - 8]
    while (sum(len(v) for v in g.lines.values()) * line + 2 * sep > main.height()
           and any(len(v) > 1 for v in g.lines.values())):
        longest = max(TIERS, key=lambda t: len(g.lines[t]))
        g.lines[longest] = g.lines[longest][:-1]
    heights = [len(g.lines[t]) * line for t in TIERS]
    centers = [g.bands[t].boundingRect().center().y() for t in TIERS]
    tops = place_blocks(centers, heights, main.top(), main.bottom(), sep)
    for tier, top, height in zip(TIERS, tops, heights, strict=True):
        g.labels[tier] = QRectF(main.left() + pw + gap, top, cw, height)


def _fits(text: str, font: QFont, width: float, height: float) -> bool:
    metrics = QFontMetricsF(font)
    return metrics.horizontalAdvance(text) < width and metrics.height() < height
