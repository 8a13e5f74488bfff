"""The pyramid's geometry: band heights by share, label blocks beside them, and the layout the
widget keeps between paints (ui.customers.pyramid)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPolygonF


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
