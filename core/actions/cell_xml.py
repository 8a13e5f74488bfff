"""Saving a workbook's cells as openpyxl would, without its element tree per cell.

Without lxml (the bundle leaves it out) openpyxl builds an ElementTree element for every cell
and serialises it through a Python namespace-aware writer: most of the time a restructuring
workbook of a few thousand customers takes to save. The cells the action lists hold — text,
numbers, dates, empty styled cells — are written here as the same bytes straight into the
sheet's stream; anything else (formulas, rich text, hyperlinks, NaN) goes through openpyxl's
own writer. tests/test_cell_xml.py compares both writers' sheets byte for byte.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from xml.etree.ElementTree import _escape_cdata  # type: ignore[attr-defined]

from openpyxl.cell import _writer as cell_writer
from openpyxl.compat import safe_string
from openpyxl.worksheet import _writer as sheet_writer

_ORIGINAL = cell_writer.etree_write_cell
_LOCK = threading.Lock()
UNUSUAL = {"f", "d"}  # formulas, and dates (an epoch, ISO or not): openpyxl's own writer


def plain_xml(coordinate: str, style: str, kind: str, value: Any) -> str | None:
    """A cell's XML as openpyxl's etree_write_cell gives it, for the plain kinds (text,
    numbers, booleans, empty); None for the others, which openpyxl must write itself. `style`
    is ' s="N"' or "". Its attributes are a coordinate, a style number and a type letter:
    nothing in them needs escaping."""
    body = cell_body(kind, value)
    return None if body is None else f'<c r="{coordinate}"{style}{body}'


def cell_body(kind: str, value: Any) -> str | None:
    """What follows a plain cell's coordinate and style: its type, value and end (the same
    for every cell holding this value, wherever it is); None where openpyxl must write it."""
    if kind in UNUSUAL or (kind == "s" and not isinstance(value, str)):
        return None
    head = f' t="{"inlineStr" if kind == "s" else kind}"'
    if value is None or value == "":
        return f"{head} />"
    if kind == "s":
        stripped = value.strip()
        space = ' xml:space="preserve"' if stripped and value != stripped else ""
        return f"{head}><is><t{space}>{_escape_cdata(value)}</t></is></c>"
    text = safe_string(value)
    if not text:  # NaN or infinity: openpyxl's own writes an empty <v />
        return None
    return f"{head}><v>{_escape_cdata(text)}</v></c>"


def write_cell(xf: Any, worksheet: Any, cell: Any, styled: bool | None = None) -> None:
    """openpyxl's etree_write_cell, for the plain kinds of cell, as text."""
    found = None if cell.hyperlink else plain_xml(
        cell.coordinate, f' s="{cell.style_id}"' if styled else "", cell.data_type, cell._value)
    if found is None:
        _ORIGINAL(xf, worksheet, cell, styled)
    else:
        xf._file(found)


@contextmanager
def plain_cells() -> Iterator[None]:
    """While a workbook is saved, its cells go through :func:`write_cell`; with lxml installed
    openpyxl's own (already quick) writer is left in place."""
    if sheet_writer.write_cell is not _ORIGINAL:
        yield
        return
    with _LOCK:
        sheet_writer.write_cell = write_cell
        try:
            yield
        finally:
            sheet_writer.write_cell = _ORIGINAL
