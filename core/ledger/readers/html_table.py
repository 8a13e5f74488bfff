"""One HTML table as its tags arrive, and its cells laid out on a grid as a browser does
(:mod:`core.ledger.readers.html` feeds it).

An export is mostly bare ``<tr>``, ``<td>`` and ``</td>`` tags with text between them. Rows as
most exports write them (:data:`PLAIN_ROWS`) are taken a block at a time, and any other run of
bare row and cell tags with text (:data:`PLAIN_RUN`) a tag at a time in one loop. Both do what
the parser's handlers would do with each tag (the parser's own loop, which takes every tag and
every text on its own, is ten times slower); tests/test_html_plain.py holds them to it.
"""

from __future__ import annotations

import re
from html import unescape

from core.ledger.readers.sheets import Cell, Merged

# Rows as most exports write them: <tr>, cells without attributes each closed, </tr>; the
# space between tags is no cell's text. No possessive quantifiers (*+, ++): Python 3.11.2,
# Debian 12's, matches them wrongly ("\n<" taken as a run, an IndexError reading any HTML
# ledger); each is only ever matched whole at its start, so plain ones match the same.
PLAIN_ROWS = re.compile(r"(?:\s*<tr>(?:\s*<t[dh]>[^<]*</t[dh]>)*\s*</tr>)+")
PLAIN_CELL = re.compile(r"<t[dh]>([^<]*)</t[dh]>")
# Text without markup or character references, and row and cell tags without attributes.
PLAIN_RUN = re.compile(r"(?:[^<&]+|<(?i:/?t[dhr])>)+")
# A cell's text begins and ends at its tags: a space there, left by evening a whole row's
# spacing at once, is no part of the text (a text holds no "<").
TRIMS = tuple((f"{start} ", start) for start in ("<td>", "<th>")) + tuple(
    (f" {end}", end) for end in ("</td>", "</th>"))


class Table:
    """Cells as the HTML gives them, before spans are laid out on a grid."""

    def __init__(self) -> None:
        # a row: its cells (text, colspan, rowspan), or a plain row's texts as a tuple
        self.rows: list[list[tuple[str, int, int]] | tuple[str, ...]] = []
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)

    def start_row(self) -> None:
        self.end_row()
        self._row = []
        self.rows.append(self._row)

    def end_row(self) -> None:
        self.end_cell()
        self._row = None

    def start_cell(self, colspan: int, rowspan: int) -> None:
        if self._cell is not None:
            self.end_cell()
        if self._row is None:
            self.start_row()
        self._cell, self._span = [], (colspan, rowspan)

    def end_cell(self) -> None:
        cell = self._cell
        if cell is not None and self._row is not None:
            self._row.append((" ".join("".join(cell).split()), *self._span))
        self._cell = None

    def add_text(self, text: str) -> None:
        if self._cell is not None:
            self._cell.append(text)

    def take_rows(self, block: str) -> None:
        """Plain rows (:data:`PLAIN_ROWS`), as the parser's handlers would take them tag by
        tag: the open row ends, and each row is its cells' texts, their character references
        read and spacing evened as :meth:`end_cell` does."""
        self.end_row()
        self.rows.extend(map(_plain_cells, block.split("</tr>")[:-1]))

    def take_plain(self, run: str) -> None:
        """A run of text and bare row and cell tags (:data:`PLAIN_RUN`), as the parser's
        handlers would take it tag by tag, in one loop."""
        rows, row, cell, span = self.rows, self._row, self._cell, self._span
        at, size = 0, len(run)
        while at < size:
            following = run.find("<", at + 1)
            part = run[at:following if following > 0 else size]
            at = following if following > 0 else size
            if part[0] != "<":  # text before the run's first tag
                if cell is not None:
                    cell.append(part)
                continue
            if cell is not None:  # every tag here ends the open cell
                if row is not None:
                    row.append((" ".join("".join(cell).split()), *span))
                cell = None
            end = part[1] == "/"
            tag = part[3 if end else 2] in "rR"  # True: a row's tag
            if end:
                row = None if tag else row
                text = part[5:]
            else:
                if tag or row is None:
                    row = []
                    rows.append(row)
                if not tag:
                    cell, span = [], (1, 1)
                text = part[4:]
            if text and cell is not None:
                cell.append(text)
        self._row, self._cell, self._span = row, cell, span

    def grid(self) -> tuple[list[list[Cell]], list[Merged]]:
        """Spans laid out as a browser does: a cell skips columns still covered by a rowspan
        from above; the value sits at the top-left of its merged range only."""
        grid: list[list[Cell]] = []
        merged: list[Merged] = []
        active: list[tuple[int, int, int]] = []  # (last_row, first_col, last_col) of rowspans
        height = len(self.rows)
        for r, found in enumerate(self.rows):
            if active:
                active = [span for span in active if span[0] >= r]
            if isinstance(found, tuple):  # a plain row (:meth:`take_rows`)
                if not active:
                    grid.append([text or None for text in found])
                    continue
                cells = [(text, 1, 1) for text in found]
            else:
                cells = found
            if not active and all(cell[1] == cell[2] == 1 for cell in cells):
                grid.append([text or None for text, _, _ in cells])  # one cell, one column
                continue
            covered = sorted((first, last) for _, first, last in active)
            values: list[Cell] = []
            c = 0
            for text, colspan, rowspan in cells:
                for first, last in covered:
                    if first <= c <= last:
                        c = last + 1
                rowspan = height - r if rowspan == 0 else min(rowspan, height - r)
                values.extend([None] * (c + 1 - len(values)))
                values[c] = text or None
                if colspan > 1 or rowspan > 1:
                    merged.append((r, c, r + rowspan - 1, c + colspan - 1))
                if rowspan > 1:
                    active.append((r + rowspan - 1, c, c + colspan - 1))
                c += colspan
            grid.append(values)
        return grid, merged


def _plain_cells(line: str) -> tuple[str, ...]:
    """A plain row's texts, as the parser and :class:`Table` leave them: references read,
    then the spacing evened (for a row without references, the whole row's at once)."""
    if "&" in line:
        return tuple(" ".join(unescape(text).split()) for text in PLAIN_CELL.findall(line))
    even = " ".join(line.split())
    for spaced, trimmed in TRIMS:
        even = even.replace(spaced, trimmed)
    return tuple(PLAIN_CELL.findall(even))
