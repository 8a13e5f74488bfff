"""Plain-text tables for the terminal, aligned even with Chinese text (two columns wide)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if width(out + ch) > limit - 1:
            return out + "…"
        out += ch
    return out


def table(header: Sequence[str], rows: Sequence[Sequence[object]], right: set[int] | None = None,
          limits: dict[int, int] | None = None) -> str:
    """Columns padded to their widest cell; numbers (columns in `right`) aligned right. Text
    as the lists print it (full-width letters plain, cell_looks.plain_letters): a name in
    full-width letters took twice its width and pushed every column after it right."""
    # on demand: the lists' module brings openpyxl, which `--help` never loads
    from core.actions.cell_looks import plain_letters

    right, limits = right or set(), limits or {}
    cells = [[clip(plain_letters("" if v is None else str(v)), limits.get(i, 60))
              for i, v in enumerate(row)]
             for row in [list(header), *rows]]
    widths = [max(width(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for number, row in enumerate(cells):
        parts = []
        for i, text in enumerate(row):
            pad = " " * (widths[i] - width(text))
            parts.append(pad + text if i in right else text + pad)
        lines.append("  ".join(parts).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"
