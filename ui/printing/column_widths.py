"""How wide each column of a printed list is: what its texts need, within an A4 landscape line.

The workbook's widths (core.actions.workbook) are Excel's units for a sheet a spreadsheet
shrinks to the page; the PDF is laid out by Qt at full size, so its widths are measured here
in the printing font, from what each column holds on this list.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from PySide6.QtGui import QFontMetricsF

from core.actions.cell_looks import decimal_text, plain_letters
from core.actions.paper import HEADER_LINES, line_pieces
from core.actions.workbook import NAME, Column
from core.i18n import amount_text
from ui.printing.paging import MARGIN_MM, emphasised_font, print_font
from ui.printing.wrapping import header_lines, header_pieces, two_line_width

BODY_POINTS = 8.5  # the printed columns (about 160 widths) across A4 landscape, unclipped
# The lines a customer's name may wrap onto where its row is as tall anyway (_by_length): in
# the long-tail tier, five lines a row for its terms to check, the names kept on one line
# left "Upgrade chance" 14 digits for its 59, six or seven lines on the last pages.
NAME_LINES = 2


def cell_text(value: Any, kind: str) -> str:
    """A value as the Excel cell's number format shows it: an amount in whole units, as the
    window and the row's reason say it (core.i18n.amount_text; the PDF printed "89,860.08"
    beside a reason saying "89,860 USD")."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(value)
    if kind == "money" and isinstance(value, int | float):
        return amount_text(value)
    if kind == "percent" and isinstance(value, int | float):
        return f"{value:.1%}"
    if kind == "decimal" and isinstance(value, int | float):
        return decimal_text(value)
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value)


def printed(value: str) -> str:
    """A text as it prints: as every list shows it (core.actions.cell_looks.plain_letters,
    the workbook's and the what-if panel's rule too)."""
    return plain_letters(value)


@dataclass(frozen=True)
class Measures:
    """The printing font's measures, in the units of the table's line."""

    plain: QFontMetricsF
    bold: QFontMetricsF  # a table header's
    digit: float
    pad: float  # a cell's padding and borders
    line: float  # A4 landscape within the margins


def measures() -> Measures:
    font = print_font(BODY_POINTS)
    plain, bold = QFontMetricsF(font), QFontMetricsF(emphasised_font(BODY_POINTS, title=False))
    digit = plain.horizontalAdvance("0")
    return Measures(plain, bold, digit, digit * 1.6,
                    (297 - 2 * MARGIN_MM) / 25.4 * plain.fontDpi())


def widths(columns: Sequence[Column], rows: Sequence[dict[str, Any]]) -> list[float]:
    """Percent widths that fit an A4 landscape line: numbers and dates never break, nor does a
    header's word (a Chinese header breaks only where wrapping.header_lines breaks it); a
    text column is as wide as what it holds, and the texts that wrap share their room by how
    much of it each needs (_by_length). A column of texts holding none on this list (no
    terms to check among the strategic customers) is as narrow as its header: kept at its
    full width, the Chinese strategic sheet's empty "Terms check" stood 24 widths wide beside
    a "Price check" wrapped onto five lines. A column there to write in by hand (Notes)
    keeps room for it, and so does an empty list's Customer column (workbook.NAME); the
    customer's name gives way last."""
    m = measures()
    texts = [[printed(cell_text(row.get(c.key), c.kind)) for row in rows] for c in columns]
    cells = [[[m.plain.horizontalAdvance(line) for line in text.splitlines()] for text in column]
             for column in texts]
    want, least, blank = [], [], []
    wide = [max((w for cell in column for w in cell), default=0.0) + m.pad for column in cells]
    for c, widest in zip(columns, wide, strict=True):
        head = max([m.bold.horizontalAdvance(w.strip()) for w in header_pieces(c.header)]
                   + [3 * m.digit]) + m.pad
        full = c.max_width * m.digit + m.pad
        empty = c.kind == "text" and widest <= m.pad
        blank.append(empty and (not c.wrap or c.key == NAME))  # there to write in, by hand
        if c.kind != "text" or (empty and not blank[-1]):
            want.append(max(head, widest))
            least.append(want[-1])
        else:
            want.append(max(head, full if blank[-1] else min(widest, full)))
            floor = 6 if blank[-1] else 10 if c.wrap else 14
            least.append(max(head, min(want[-1], floor * m.digit + m.pad)))
    found, need = list(want), sum(want) - m.line
    if need < 0:  # room to spare: the texts that wrap take it, as much as each lacks
        grow = [t - w if c.wrap and w < t else 0.0
                for c, w, t in zip(columns, want, wide, strict=True)]
        grow = grow if any(grow) else [1.0] * len(columns)
        found = [w - need * g / sum(grow) for w, g in zip(want, grow, strict=True)]
    names = [c.key == NAME for c in columns]
    order = [2 if name else 0 if empty else 1 for name, empty in zip(names, blank, strict=True)]
    for group in ([i for i, rank in enumerate(order) if rank == step] for step in range(3)):
        give = sum(found[i] - least[i] for i in group)  # the empty columns first
        if need <= 0 or give <= 0:
            continue
        share = min(1.0, need / give)
        for i in group:
            found[i] -= (found[i] - least[i]) * share
        need -= give * share
    pool = [i for i, c in enumerate(columns) if c.wrap and (names[i] or found[i] < wide[i])]
    found = _by_length(found, least, texts, pool, [names[i] for i in pool], m)
    found = _two_line_headers(found, least, columns, texts, m)
    found = _name_not_narrower(found, columns, texts, m)
    total = sum(found) or 1.0
    return [w * 100 / total for w in found]


def _by_length(found: list[float], least: list[float], texts: list[list[str]],
               pool: list[int], names: list[bool], m: Measures) -> list[float]:
    """The room of the texts that wrap (`pool`) shared so that the rows take the fewest lines
    (a row as tall as its tallest cell): held each to its max_width, a strategic customer's
    "Price check" (95 widths of text) wrapped onto five lines beside an "Upgrade chance" of
    28. From the widths found, room is moved a few digits at a time from one column to
    another while that makes the rows shorter; rows alike counted once. A text's lines are
    counted as they wrap, a word at a time (_wrapped): counted by its length alone, the
    long-tail tier's "Upgrade chance" was given 14 digits for its 59, five lines by length
    and six or seven as printed, on every row of the last pages. A name (`names`, one a
    column of the pool) gives of its room down to NAME_LINES lines, never more."""
    if len(pool) < 2:
        return found
    pad = m.pad / m.digit
    advance = cache(lambda text: m.plain.horizontalAdvance(text) / m.digit)
    wrapped = _wrapped(advance)
    rows = Counter(tuple(texts[i][r] for i in pool) for r in range(len(texts[pool[0]])))
    kinds, counts = list(rows), list(rows.values())
    lows = [math.ceil(least[i] / m.digit) for i in pool]
    highs = [max(low, math.ceil(max([advance(line) for row in kinds
                                     for line in row[k].splitlines()], default=0) + pad))
             for k, low in enumerate(lows)]

    @cache
    def lines(k: int, units: int) -> tuple[int, ...]:
        inside = max(units - pad, 1.0)
        return tuple(sum(wrapped(line, inside) for line in row[k].splitlines()) or 1
                     for row in kinds)

    for k, name in enumerate(names):  # the narrowest a name column reads on NAME_LINES
        start = min(max(int(found[pool[k]] // m.digit), lows[k]), highs[k])
        while name and lows[k] < start and max(lines(k, lows[k])) > NAME_LINES:
            lows[k] += 1

    def height(split: Sequence[int]) -> int:
        each = [lines(k, units) for k, units in enumerate(split)]
        return sum(n * max(column[j] for column in each) for j, n in enumerate(counts))

    room = int(sum(found[i] for i in pool) // m.digit)
    split = [min(max(int(found[i] // m.digit), low), high)
             for i, low, high in zip(pool, lows, highs, strict=True)]
    best = height(split)
    for step in (16, 8, 4, 2, 1):
        for _ in range(60):
            moves = [(height(moved), moved) for a in range(len(pool)) for b in range(len(pool))
                     if a != b and split[a] - step >= lows[a]
                     and (moved := [u - step if k == a else u + step if k == b else u
                                    for k, u in enumerate(split)])[b] <= highs[b]
                     and sum(moved) <= room]
            if not moves or min(moves)[0] >= best:
                break
            best, split = min(moves)
    spare = sum(found[i] for i in pool) - sum(split) * m.digit
    shared = [units * m.digit + spare / len(pool) for units in split]
    return [shared[pool.index(i)] if i in pool else w for i, w in enumerate(found)]


def _two_line_headers(found: list[float], least: list[float], columns: Sequence[Column],
                      texts: list[list[str]], m: Measures) -> list[float]:
    """A header on more than two lines widened to read on two (wrapping.two_line_width), with
    room taken from the columns that have it to spare: each as narrow as it can be with no
    row taller, its header on two lines at most, a one-line text broken only at a space and
    a name on NAME_LINES; the columns of figures and texts first, then an empty column
    (Notes), the customer's name last. A number column as wide as its header's widest word
    read "Gross" / "margin" / "(12" / "months)", and the empty referral list's "Gross profit
    in the window (USD)" took five lines beside a wide empty Customer column. Where the room
    to spare is not enough (rows taller), the header takes what there is: the English
    long-tail tier's "Orders in 12 months" keeps three lines."""
    found, bold = list(found), m.bold.horizontalAdvance
    heads = [printed(c.header) for c in columns]
    wrapped = _wrapped(cache(lambda text: m.plain.horizontalAdvance(text) / m.digit))

    def head_lines(i: int, width: float) -> int:
        return len(header_lines(heads[i], width - m.pad, bold))

    def lines(i: int, width: float) -> list[int]:
        inside = max((width - m.pad) / m.digit, 1.0)
        return [sum(wrapped(line, inside) for line in text.splitlines()) or 1
                for text in texts[i]]

    def narrowest(j: int, tall: list[int]) -> float:
        """How narrow column j can be with no row taller (`tall`: each row's lines), a text on one
        line broken only at a space (a term "凭客户确认放货" read "凭客户确认放" over "货") and a
        name on NAME_LINES at most."""
        most, now = NAME_LINES if columns[j].key == NAME else 0, lines(j, found[j])
        limit = [min(t, max(n, most)) if most else t for n, t in zip(now, tall, strict=True)]
        keep = max(HEADER_LINES, head_lines(j, found[j]))
        low = max([least[j]] + [m.plain.horizontalAdvance(word) + m.pad
                                for text in {t for t, n in zip(texts[j], now, strict=True)
                                             if n == 1} for word in text.split()])
        high = max(low, found[j])
        for _ in range(12):
            mid = (low + high) / 2
            fits = head_lines(j, mid) <= keep and all(
                n <= t for n, t in zip(lines(j, mid), limit, strict=True))
            low, high = (low, mid) if fits else (mid, high)
        return min(found[j], high + (m.digit / 2 if any(texts[j]) else 0.0))  # as Qt measures

    rank = [2 if c.key == NAME else 1 if c.kind == "text" and not any(texts[i]) else 0
            for i, c in enumerate(columns)]  # the name last, an empty column before it
    givers = [[i for i, r in enumerate(rank) if r == step] for step in range(3)]
    order = sorted(range(len(columns)), key=lambda i: -head_lines(i, found[i]))
    for i in (i for i in order if head_lines(i, found[i]) > HEADER_LINES):
        need = two_line_width(heads[i], bold) + m.pad - found[i]
        tall = [max(row) for row in zip(*(lines(j, found[j]) for j in range(len(columns))),
                                        strict=True)]
        for group in givers:
            spare = {j: found[j] - narrowest(j, tall) for j in group if j != i}
            total = sum(spare.values())
            if need <= 0 or total <= 0:
                continue
            share = min(1.0, need / total)
            for j, room in spare.items():
                found[j] -= room * share
            found[i] += total * share
            need -= total * share
    return found


def _name_not_narrower(found: list[float], columns: Sequence[Column], texts: list[list[str]],
                       m: Measures) -> list[float]:
    """The customer's name never narrower than another column of short texts (a sentence,
    wrapped, may be wider): on the empty English referral list the name, giving its room
    last to the titles of the amounts, was left at 7.2 % of the line beside a Salesperson of
    7.5 % (its title's one word). What it lacks is taken from the empty columns there to
    write in by hand (Notes), each down to its title on two lines: the names written in are
    longer than any salesperson's (win40)."""
    names = [i for i, c in enumerate(columns) if c.key == NAME]
    others = [k for k, c in enumerate(columns)  # a salesperson, a grade; not a sentence
              if c.kind == "text" and c.key != NAME and not c.wrap]
    if not names or not others:
        return found
    found, name = list(found), names[0]
    widest = max(found[k] for k in others)
    for k in others:
        if found[name] >= widest:
            break
        if not any(texts[k]) and found[k] < widest:  # empty: there to write in by hand
            floor = two_line_width(printed(columns[k].header), m.bold.horizontalAdvance) + m.pad
            give = min(widest - found[name], max(0.0, found[k] - floor))
            found[k], found[name] = found[k] - give, found[name] + give
    return found


def _wrapped(advance: Callable[[str], float]) -> Callable[[str, float], int]:
    """The lines a text takes in a cell `inside` digits wide (`advance`: a text's width in
    digits), broken as it prints: between words (core.actions.paper.line_pieces, the
    workbook's rule too), a word longer than the cell where it must."""
    @cache
    def lines(line: str, inside: float) -> int:
        count, used = 1, 0.0
        for piece in line_pieces(line):
            size = advance(piece.rstrip())
            if used and used + size > inside:
                count, used = count + 1, 0.0
            if size > inside:
                extra = math.ceil(size / inside) - 1
                count, used = count + extra, size - extra * inside
            else:
                used += advance(piece)
        return count
    return lines
