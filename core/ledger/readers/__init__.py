"""Any ledger file a Chinese export office sends, as raw sheets of cell values.

Clerks import whatever their ERP, OA system, Excel or WPS wrote, often under a misleading name:
an ``.xls`` that is really XML Spreadsheet 2003 or an HTML table, a GB18030 CSV, a WPS ``.et``.
So the format is decided from the bytes, never from the extension, and handed to the module for
that format; every way a file can fail becomes a :class:`~core.messages.Refusal` naming the
file and what to do, never a traceback. Nothing here interprets headers or values: the layout
and row modules do, from these raw cells.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from core.i18n import N_
from core.ledger.readers import calamine, html, text, xml2003
from core.ledger.readers.calamine import HoldsOrders
from core.ledger.readers.formulas import typed_errors
from core.ledger.readers.guard import check_markup
from core.ledger.readers.sheets import (
    Cell,
    RawSheet,
    UnreadableSheet,
    Workbook,
    WorkbookStream,
    choose,
    et_refusal,
    finish,
    not_a_workbook,
    read_bytes,
    refusal,
    report,
    text_named,
)
from core.messages import Refusal
from core.progress import Steps

__all__ = ["LEDGER_SUFFIXES", "Cell", "RawSheet", "UnreadableSheet", "Workbook", "WorkbookStream",
           "is_owner_file", "open_workbook", "read_bytes", "read_workbook"]

# The names a folder's ledgers go by, and the file picker's filter. The format is read from the
# bytes, but a folder holds letters and photos too: these are the files worth opening. .xlsb and
# .ods were read but missing here, so a folder dropped in passed them over (rv50d).
LEDGER_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".et", ".ods", ".csv", ".txt", ".html",
                   ".htm", ".xml")

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet"
HTML_MARKERS = ("<html", "<!doctype html", "<table", "<meta")
HEAD_SIZE = 8192


def is_owner_file(path: Path) -> bool:
    """Excel/WPS write "~$name.xlsx" (LibreOffice ".~lock.name#") next to an open workbook; they
    hold a user name, not a ledger, and a folder import must pass over them silently."""
    return Path(path).name.startswith(("~$", ".~"))


def read_workbook(path: Path, steps: Steps | None = None, sheet: str | None = None) -> Workbook:
    """Read every sheet (or only `sheet`) of a ledger file of any supported format."""
    path = Path(path)
    kind, is_et, head = _kind(path)
    report(steps, 0.0, path.name)
    with _et_refusals(path, is_et):
        if kind in ("zip", "ole"):
            return calamine.read(path, kind, steps, sheet, "et" if is_et else None)
        if is_et:
            raise et_refusal(path)
        return _read_text_formats(path, kind, head, steps, sheet)


def open_workbook(path: Path, steps: Steps | None = None, sheet: str | None = None,
                  clean: bool = False, holds_orders: HoldsOrders | None = None,
                  tabs: tuple[int, int] | None = None) -> WorkbookStream:
    """The workbook's sheets one at a time (the import's way: one sheet's cells in memory at
    a time). A workbook's sheets are read when the stream gets to them, calamine's empty
    cells left as "" (`clean`: None, as read_workbook gives them); text formats are parsed
    whole here, with `steps` as they go. `holds_orders`: may a tab left unread hold
    orders (core.ledger.unread_tabs.holds_orders), asked of one stretched by a far entry
    before calamine builds it. `tabs`: a workbook's sheets from the first to before the
    second of these places alone (core.ledger.tabs_apart)."""
    path = Path(path)
    kind, is_et, head = _kind(path)
    report(steps, 0.0, path.name)
    with _et_refusals(path, is_et):
        if kind in ("zip", "ole"):
            stream = calamine.open_stream(path, kind, sheet, "et" if is_et else None,
                                          clean=clean, holds_orders=holds_orders, tabs=tabs)
            stream.again = partial(open_workbook, path, None, sheet, clean, holds_orders)
            return stream
        if is_et:
            raise et_refusal(path)
        book = _read_text_formats(path, kind, head, steps, sheet)
    return WorkbookStream(path, book.format, len(book.sheets), iter(book.sheets), book.encoding)


def _kind(path: Path) -> tuple[str, bool, bytes]:
    head = read_bytes(path, HEAD_SIZE)
    if not head:
        raise refusal("file_empty", N_(
            "{file} is empty (0 bytes). Export or save the ledger again and import the new "
            "file."), path)
    return sniff(head), path.suffix.lower() == ".et", head


@contextmanager
def _et_refusals(path: Path, is_et: bool) -> Iterator[None]:
    """A WPS .et that holds no workbook calamine can read is refused as WPS's own format."""
    try:
        yield
    except Refusal as refused:
        if is_et and refused.code in ("not_a_workbook", "workbook_damaged"):
            raise et_refusal(path) from refused
        raise


def sniff(head: bytes) -> str:
    """zip, ole, pdf, xml2003, html, xml (some other XML) or text."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.lstrip().startswith(b"%PDF"):
        return "pdf"
    start = _head_text(head)
    if not start.startswith("<"):
        return "text"
    if start.startswith(("<?xml", "<?mso", "<workbook")) and (
            SPREADSHEET_NS in start or "<workbook" in start):
        return "xml2003"
    if any(marker in start for marker in HTML_MARKERS):
        return "html"
    return "xml" if start.startswith("<?xml") else "text"


def _head_text(head: bytes) -> str:
    """The start of the file as lower-case text, good enough to spot markup in any encoding."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        start = head.decode("utf-16", errors="ignore")
    else:
        start = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    return start.lstrip("\ufeff \t\r\n").lower()


def _read_text_formats(path: Path, kind: str, head: bytes, steps: Steps | None,
                       sheet: str | None) -> Workbook:
    """XML Spreadsheet 2003, HTML tables and CSV/TSV text: read whole, then the sheet chosen."""
    if kind == "pdf":
        raise refusal("not_a_workbook", N_(
            "{file} is a PDF document, not a spreadsheet. Ask for the ledger as an Excel file "
            "(.xlsx) and import that."), path)
    check_markup(path, head, kind)
    if kind == "xml":
        raise not_a_workbook(path)
    data = read_bytes(path)
    encoding: str | None = None

    def parsed(fraction: float) -> None:  # parsing is most of the work: 0 to 0.9
        report(steps, 0.9 * fraction, path.name)

    if kind == "xml2003":
        sheets = xml2003.read(path, data, parsed)
    elif kind == "html":
        sheets, encoding = html.read(path, data, parsed)
    elif path.suffix.lower() in (".xlsx", ".xlsm", ".xlsb"):
        # an .xls may be an ERP's text export; these never are
        raise not_a_workbook(path) if text.looks_binary(data) else text_named(path)
    else:
        sheets, encoding = text.read(path, data)
    for raw in sheets:
        typed_errors(raw)
    by_name = {raw.name: raw for raw in sheets}
    chosen = choose(path, list(by_name), sheet)
    for index, name in enumerate(chosen):
        report(steps, 0.9 + 0.1 * index / len(chosen), name)
    report(steps, 1.0, path.name)
    fmt = {"xml2003": "xml2003", "html": "html"}.get(kind, "csv")
    return finish(path, fmt, [by_name[name] for name in chosen], [], encoding)
