"""Draw TradeTier's icon, the customer pyramid, into resources/icons/ (.png and .ico).

The icon is drawn with Qt offscreen rather than kept as a hand-made binary, so anyone can change
it and redraw it: ``python build_scripts/make_icon.py``. The outputs are committed because the
build (PyInstaller's exe icon, Inno Setup's installer icon) must not depend on a screen. Every
size is drawn at its own resolution, not scaled down from 256 px, so 16 px stays crisp; the .ico
holds small sizes as classic bitmaps (what older Explorer views and Inno Setup expect) and
256 px as PNG (as Windows does).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_FROM = 256  # sizes from here on are stored as PNG inside the .ico
BACKGROUND = "#1f4e79"
# Top to bottom: strategic, core, long tail. The bands' areas are the pyramid's 20/30/50
# (a band ends at the square root of the cumulative share, since a triangle's area grows with
# the square of its height).
BANDS = (("#f2b134", 0.20), ("#5dade2", 0.30), ("#d6eaf8", 0.50))


def draw(size: int):  # type: ignore[no-untyped-def]
    """One square image of the icon at size x size pixels, transparent outside the tile."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tile = QRectF(0, 0, size, size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BACKGROUND))
    painter.drawRoundedRect(tile, size * 0.18, size * 0.18)
    top, bottom = size * 0.16, size * 0.84
    left, right = size * 0.12, size * 0.88
    apex_x = size / 2
    gap = max(size * 0.035, 0.8) if size >= 24 else 0.0
    y, cumulative = top, 0.0
    for colour, share in BANDS:
        cumulative += share
        band_bottom = top + (bottom - top) * min(cumulative, 1.0) ** 0.5

        def x_at(height: float, side: float) -> float:
            return apex_x + (side - apex_x) * (height - top) / (bottom - top)

        y0 = y + (gap / 2 if y > top else 0)
        y1 = band_bottom - (gap / 2 if band_bottom < bottom else 0)
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x_at(y0, left), y0), QPointF(x_at(y0, right), y0),
                                   QPointF(x_at(y1, right), y1), QPointF(x_at(y1, left), y1)]))
        painter.fillPath(path, QColor(colour))
        y = band_bottom
    painter.end()
    return image


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def dib_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    """A 32-bit BGRA bitmap as an .ico entry: header, bottom-up pixels, then the AND mask."""
    from PySide6.QtGui import QImage

    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    mask_rows = []
    mask_stride = ((size + 31) // 32) * 4
    for y in range(size - 1, -1, -1):
        line = bytes(argb.constScanLine(y))[: size * 4]  # little-endian ARGB32 is B, G, R, A
        rows.append(line)
        bits = bytearray(mask_stride)
        for x in range(size):
            if line[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    return header + b"".join(rows) + b"".join(mask_rows)


def ico_bytes(images: dict[int, object]) -> bytes:
    """An .ico file holding every size (ICONDIR, one ICONDIRENTRY each, then the images)."""
    entries = [(size, png_bytes(img) if size >= PNG_FROM else dib_bytes(img))
               for size, img in sorted(images.items())]
    offset = 6 + 16 * len(entries)
    out = [struct.pack("<HHH", 0, 1, len(entries))]
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    out.extend(data for _, data in entries)
    return b"".join(out)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: draw(size) for size in SIZES}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "tradetier.png").write_bytes(png_bytes(images[256]))
    (OUT / "tradetier.ico").write_bytes(ico_bytes(images))
    for name in ("tradetier.png", "tradetier.ico"):
        print(OUT.relative_to(ROOT) / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
