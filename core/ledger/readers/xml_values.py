"""XML Spreadsheet 2003's cell values and the attributes that place a cell, row or sheet.

A Data element's text is read by its ss:Type as calamine reads an .xlsx cell (a date for a
whole day, a time for a time-only cell), so a ledger exported as XML imports as the same ledger
saved from Excel; an attribute is read with or without its namespace, since some generators
leave it out, and a broken one means what a missing one does (core.ledger.readers.xml2003).
"""

from __future__ import annotations

from datetime import date, datetime

from core.ledger.readers.sheets import Cell
from core.ledger.readers.xml_names import SEPARATOR

SS = "urn:schemas-microsoft-com:office:spreadsheet"
QUALIFIED = {name: f"{SS}{SEPARATOR}{name}"
             for name in ("Name", "Index", "MergeAcross", "MergeDown", "Span", "Type")}
# Excel writes a time-only cell as a time on its day zero.
EXCEL_DAY_ZERO = date(1899, 12, 31)


def xml_value(text: str, kind: str | None) -> Cell:
    """A Data element's value by its ss:Type (rich text's runs joined)."""
    if text == "":
        return None
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "DateTime":
        return xml_datetime(text)
    if kind == "Boolean":
        return text.strip().lower() in ("1", "true")
    return text


def xml_datetime(text: str) -> Cell:
    """date for a whole day and time for a time-only cell, as calamine gives them."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return text
    if moment.date() == EXCEL_DAY_ZERO:
        return moment.time()
    if moment.hour == moment.minute == moment.second == moment.microsecond == 0:
        return moment.date()
    return moment


def attribute(attrib: dict[str, str], name: str) -> str | None:
    """ss:Name, or a bare Name: some generators leave the namespace out."""
    value = attrib.get(QUALIFIED[name])
    return value if value is not None else attrib.get(name)


def count_of(attrib: dict[str, str], name: str) -> int:
    try:
        return max(int(attribute(attrib, name) or 0), 0)
    except ValueError:
        return 0


def index_of(attrib: dict[str, str], default: int) -> int:
    """ss:Index is 1-based; a missing or broken one means "right after the previous"."""
    try:
        index = int(attribute(attrib, "Index") or 0)
    except ValueError:
        return default
    return index - 1 if index > 0 else default
