"""An .ods's date cells shown as a month alone (2025年4月 typed in LibreOffice or WPS: the
month's 1st, in a date style of its year and month without its day).

calamine reads such a cell as the 1st, and a receipt "2025年4月" was in on 04-01 without a
word, while an xlsx's is read as the month and named (core.ledger.readers.formulas
.shown_months). The date styles and the cell styles using them are in content.xml's automatic
styles or styles.xml's named ones; a cell takes its own style, or its column's default one.
A table is walked for them only where such a style exists (most files: none). Every such
cell is found, as calamine reads every one: the sheet's grid is under the cap
(core.ledger.readers.extent)
"""

from __future__ import annotations

import re

_DATE_STYLE = re.compile(rb'<number:date-style\b[^>]*?\bstyle:name="([^"]*)"[^>]*>(.*?)'
                         rb"</number:date-style>", re.DOTALL)
_STYLE_TAG = re.compile(rb"<style:style\b([^>]*)>")
_NAME = re.compile(rb'\bstyle:name="([^"]*)"')
_DATA_STYLE = re.compile(rb'\bstyle:data-style-name="([^"]*)"')
_PARENT = re.compile(rb'\bstyle:parent-style-name="([^"]*)"')
_COLUMN = re.compile(rb"<table:table-column\b([^>]*?)/?>")
_ROW = re.compile(rb"<table:table-row(?![\w-])([^>]*?)(/?)>")
_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
_STYLE = re.compile(rb'\btable:style-name="([^"]*)"')
_DEFAULT = re.compile(rb'\btable:default-cell-style-name="([^"]*)"')
_COLUMNS = re.compile(rb'table:number-columns-repeated="(\d+)"')
_ROWS = re.compile(rb'table:number-rows-repeated="(\d+)"')

Cells = frozenset[tuple[int, int]]


def month_styles(xml: bytes, shared: bytes = b"") -> frozenset[bytes]:
    """The names of the cell styles showing a date's year and month without its day, from
    content.xml's automatic styles and styles.xml's (`shared`): a named cell style (月份) and
    its date style are kept there, and a month typed in a cell of that style was read as the
    1st without a word. A style without a date style of its own takes its parent's."""
    body = xml.find(b"<office:body")
    heads = (xml[:len(xml) if body == -1 else body], shared)
    months = {m[1] for head in heads for m in _DATE_STYLE.finditer(head)
              if b"<number:month" in m[2] and b"<number:year" in m[2]
              and b"<number:day" not in m[2]}
    if not months:
        return frozenset()
    data: dict[bytes, bytes | None] = {}
    parents: dict[bytes, bytes] = {}
    for head in heads:
        for tag in _STYLE_TAG.finditer(head):
            named, own, parent = (_NAME.search(tag[1]), _DATA_STYLE.search(tag[1]),
                                  _PARENT.search(tag[1]))
            if named is not None:
                data[named[1]] = own[1] if own else None
                if parent is not None:
                    parents[named[1]] = parent[1]
    found = set()
    for name in data:
        style: bytes | None = name
        for _ in range(8):  # a chain of parents, never a loop
            if style is None or data.get(style) is not None:
                break
            style = parents.get(style)
        if style is not None and data.get(style) in months:
            found.add(name)
    return frozenset(found)


def month_cells(xml: bytes, start: int, end: int, styles: frozenset[bytes]) -> Cells:
    """(row number, column from A) of the table's date cells in one of `styles`."""
    if not any(xml.find(b'table:style-name="%s"' % style, start, end) != -1
               or xml.find(b'default-cell-style-name="%s"' % style, start, end) != -1
               for style in styles):
        return frozenset()
    first_row = xml.find(b"<table:table-row", start, end)
    defaults = _column_defaults(xml, start, end if first_row == -1 else first_row)
    found: set[tuple[int, int]] = set()
    number = 0
    for row in _ROW.finditer(xml, start, end):
        repeated = _ROWS.search(row[1])
        count = int(repeated[1]) if repeated else 1
        if not row[2]:
            close = xml.find(b"</table:table-row>", row.end(), end)
            cells = xml[row.end():end if close == -1 else close]
            if b'office:value-type="date"' in cells:
                for column in _dated(cells, defaults, styles):
                    found.update((number + 1 + n, column) for n in range(count))
        number += count
    return frozenset(found)


def _column_defaults(xml: bytes, start: int, end: int) -> list[bytes | None]:
    """Each column's default cell style, from the table's columns (none past the last)."""
    found: list[bytes | None] = []
    for column in _COLUMN.finditer(xml, start, end):
        repeated = _COLUMNS.search(column[1])
        style = _DEFAULT.search(column[1])
        found.extend([style[1] if style else None] * min(int(repeated[1]) if repeated else 1,
                                                        16_384 - len(found)))
    return found


def _dated(cells: bytes, defaults: list[bytes | None], styles: frozenset[bytes]) -> list[int]:
    """The columns of a row's date cells in a month's style (their own or their column's)."""
    at, found = 0, list[int]()
    for cell in _CELL.finditer(cells):
        repeated = _COLUMNS.search(cell[1])
        count = int(repeated[1]) if repeated else 1
        if b'office:value-type="date"' in cell[1]:
            own = _STYLE.search(cell[1])
            style = own[1] if own else defaults[at] if at < len(defaults) else None
            if style in styles:
                found.extend(range(at, at + count))
        at += count
    return found
