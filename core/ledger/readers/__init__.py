"""Any ledger file a Chinese export office sends, as raw sheets of cell values.

Clerks import whatever their ERP, OA system, Excel or WPS wrote, often under a misleading name:
an ``.xls`` that is really XML Spreadsheet 2003 or an HTML table, a GB18030 CSV, a WPS ``.et``.
So the format is decided from the bytes, never from the extension, and every way a file can fail
becomes a :class:`~core.messages.Refusal` naming the file and what to do, never a traceback.
Nothing here interprets headers or values: the layout and row modules do, from these raw cells.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from core.i18n import N_
from core.messages import Refusal
from core.progress import Steps

__all__ = ["Cell", "RawSheet", "Workbook", "is_owner_file", "read_workbook"]

Cell = str | int | float | bool | date | datetime | time | None
Merged = tuple[int, int, int, int]

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet"
HTML_MARKERS = ("<html", "<!doctype html", "<table", "<meta")
HEAD_SIZE = 8192
# The extensions under which calamine picks the right reader; it trusts the name, so a
# misnamed file is handed to it as a copy under the first one.
CALAMINE_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xlsm": (".xlsm", ".xlsx"), "xlsb": (".xlsb",),
                     "ods": (".ods",), "xls": (".xls",)}
# Control bytes that never occur in a text export; a few of them mean the file is binary.
CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
GB_CODECS = {"gb2312", "gbk", "gb18030"}


@dataclass
class RawSheet:
    name: str
    rows: list[list[Cell]]
    hidden: bool = False
    merged: list[Merged] = field(default_factory=list)
    first_row_number: int = 1
    first_col: int = 0


@dataclass
class Workbook:
    path: Path
    format: str
    sheets: list[RawSheet]
    encoding: str | None = None
    # Worksheets present in the file that could not be read (a damaged part of the file); the
    # importer can say which months are missing instead of importing less without a word.
    skipped: list[str] = field(default_factory=list)


def is_owner_file(path: Path) -> bool:
    """Excel/WPS write "~$name.xlsx" (LibreOffice ".~lock.name#") next to an open workbook; they
    hold a user name, not a ledger, and a folder import must pass over them silently."""
    return Path(path).name.startswith(("~$", ".~"))


def read_workbook(path: Path, steps: Steps | None = None, sheet: str | None = None) -> Workbook:
    """Read every sheet (or only `sheet`) of a ledger file of any supported format."""
    path = Path(path)
    head = read_bytes(path, HEAD_SIZE)
    if not head:
        raise refusal("file_empty", N_(
            "{file} is empty (0 bytes). Export or save the ledger again and import the new "
            "file."), path)
    kind = _sniff(head)
    is_et = path.suffix.lower() == ".et"
    _report(steps, 0.0, path.name)
    try:
        if kind in ("zip", "ole"):
            from core.ledger.readers.calamine import _read_calamine  # needs this module's types

            return _read_calamine(path, kind, steps, sheet, "et" if is_et else None)
        if is_et:
            raise _et_refusal(path)
        return _read_text_formats(path, kind, steps, sheet)
    except Refusal as refused:
        if is_et and refused.code in ("not_a_workbook", "workbook_damaged"):
            raise _et_refusal(path) from refused
        raise


# --- shared helpers (also used by readers_markup) -------------------------------------------


def refusal(code: str, template: str, path: Path, **params: object) -> Refusal:
    """Every refusal names the file: the clerk often imports a whole folder at once."""
    return Refusal(code, template, file=path.name, **params)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, with the ways Windows refuses a read turned into advice."""
    try:
        if path.is_dir():  # Windows answers "permission denied", which would mislead
            raise IsADirectoryError(str(path))
        with path.open("rb") as handle:
            return handle.read() if limit is None else handle.read(limit)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise refusal("file_not_found", N_(
            "{file} was not found. It may have been moved, renamed or deleted; choose it "
            "again."), path) from exc
    except PermissionError as exc:
        raise refusal("file_locked", N_(
            "{file} is in use by another program. Close it in Excel/WPS and try again."),
            path) from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: OSError) -> Refusal:
    return refusal("file_unreadable", N_(
        "{file} could not be read ({error}). Copy it to a folder on this computer and try "
        "again."), path, error=exc.strerror or str(exc))


def decode_text(path: Path, data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text exports come from Chinese ERPs: a BOM decides, then what the file declares, then
    strict UTF-8, then GB18030 (a superset of GB2312/GBK, which old systems still write)."""
    for encoding in _encoding_candidates(data, declared):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise refusal("encoding_unknown", N_(
        "The text in {file} is in a character encoding TradeTier does not recognise. Open it in "
        "Excel or WPS, save it as an Excel workbook (.xlsx) and import that file."), path)


def codec_name(label: str | None) -> str | None:
    """Python's name for a declared charset; GB2312/GBK labels widen to GB18030 because files
    labelled GB2312 routinely hold GBK characters."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return "gb18030" if name in GB_CODECS else name


def _encoding_candidates(data: bytes, declared: str | None) -> list[str]:
    if data.startswith(codecs.BOM_UTF8):
        return ["utf-8-sig"]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]
    candidates = [name for name in (codec_name(declared), "utf-8", "gb18030") if name]
    return list(dict.fromkeys(candidates))


def _report(steps: Steps | None, fraction: float, message: str) -> None:
    if steps is not None:
        steps.report(fraction, message)


def _et_refusal(path: Path) -> Refusal:
    return refusal("wps_et_unreadable", N_(
        "{file} is in WPS's own spreadsheet format, which TradeTier cannot read. Open it in WPS "
        "and save it as an Excel workbook (File → Save As → Excel Workbook .xlsx), then import "
        "the .xlsx file."), path)


def _damaged(path: Path, detail: object) -> Refusal:
    return refusal("workbook_damaged", N_(
        "{file} is damaged or incomplete (it may have been cut off while copying or "
        "downloading). Open it in Excel or WPS to repair it, or export it again, then import "
        "the saved copy."), path, detail=str(detail))


def _not_a_workbook(path: Path) -> Refusal:
    return refusal("not_a_workbook", N_(
        "{file} is not a spreadsheet TradeTier can read. Open it in Excel or WPS, save it as an "
        "Excel workbook (.xlsx) and import that file."), path)


def _password(path: Path) -> Refusal:
    return refusal("password_protected", N_(
        "{file} is protected with a password. Open it in Excel or WPS, remove the password "
        "(File → Info → Protect Workbook → Encrypt with Password, clear it), save it and import "
        "it again."), path)


def _choose(path: Path, names: list[str], sheet: str | None) -> list[str]:
    if sheet is None:
        return names
    if sheet in names:
        return [sheet]
    raise refusal("sheet_not_found", N_(
        "{file} has no sheet named \"{sheet}\". Sheets in the file: {sheets}."), path,
        sheet=sheet, sheets=", ".join(names))


def _finish(path: Path, fmt: str, sheets: list[RawSheet], skipped: list[str],
            encoding: str | None = None) -> Workbook:
    if not sheets:
        if skipped:
            raise _damaged(path, f"no readable sheet among {skipped}")
        raise refusal("no_sheets", N_(
            "{file} contains no sheet with cells to read (only charts, or nothing at all). Check "
            "that you chose the right file."), path)
    for raw in sheets:
        raw.merged = clip_merged(raw.merged, len(raw.rows))
    return Workbook(path, fmt, sheets, encoding, skipped)


def clip_merged(merged: list[Merged], height: int) -> list[Merged]:
    """Keep merged ranges inside `rows`, so `rows[first_row]` always exists for the caller."""
    return sorted((r1, c1, min(r2, height - 1), c2)
                  for r1, c1, r2, c2 in merged if 0 <= r1 < height and c1 >= 0)


# --- format detection -----------------------------------------------------------------------


def _sniff(head: bytes) -> str:
    """zip, ole, pdf, xml2003, html, xml (some other XML) or text."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.lstrip().startswith(b"%PDF"):
        return "pdf"
    text = _head_text(head)
    if not text.startswith("<"):
        return "text"
    if text.startswith(("<?xml", "<?mso", "<workbook")) and (
            SPREADSHEET_NS in text or "<workbook" in text):
        return "xml2003"
    if any(marker in text for marker in HTML_MARKERS):
        return "html"
    return "xml" if text.startswith("<?xml") else "text"


def _head_text(head: bytes) -> str:
    """The start of the file as lower-case text, good enough to spot markup in any encoding."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    return text.lstrip("\ufeff \t\r\n").lower()


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\0" in sample:
        return True
    controls = sum(sample.count(byte) for byte in CONTROL_BYTES)
    return controls > len(sample) * 0.02


# --- calamine: xlsx, xlsm, xlsb, ods, xls, et -----------------------------------------------


def _read_text_formats(path: Path, kind: str, steps: Steps | None,
                       sheet: str | None) -> Workbook:
    if kind == "pdf":
        raise refusal("not_a_workbook", N_(
            "{file} is a PDF document, not a spreadsheet. Ask for the ledger as an Excel file "
            "(.xlsx) and import that."), path)
    if kind == "xml":
        raise _not_a_workbook(path)
    data = read_bytes(path)
    encoding: str | None = None
    if kind == "xml2003":
        from core.ledger.readers.markup import read_xml2003  # needs RawSheet from here

        sheets = read_xml2003(path, data)
    elif kind == "html":
        from core.ledger.readers.markup import read_html

        sheets, encoding = read_html(path, data)
    elif path.suffix.lower() in (".xlsx", ".xlsm", ".xlsb"):
        raise _not_a_workbook(path)  # an .xls may be an ERP's text export; these never are
    else:
        sheets, encoding = _read_csv(path, data)
    by_name = {raw.name: raw for raw in sheets}
    chosen = _choose(path, list(by_name), sheet)
    for index, name in enumerate(chosen):
        _report(steps, index / len(chosen), name)
    _report(steps, 1.0, path.name)
    fmt = {"xml2003": "xml2003", "html": "html"}.get(kind, "csv")
    return _finish(path, fmt, [by_name[name] for name in chosen], [], encoding)


def _read_csv(path: Path, data: bytes) -> tuple[list[RawSheet], str]:
    """Every value stays a string: the normaliser decides what "00123" or "1,234" means."""
    if _looks_binary(data) and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _not_a_workbook(path)
    text, encoding = decode_text(path, data)
    text, delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows: list[list[Cell]] = [[value if value != "" else None for value in row]
                                  for row in reader]
    except csv.Error as exc:
        raise _damaged(path, exc) from exc
    return [RawSheet(path.stem, rows)], encoding


def _delimiter(text: str) -> tuple[str, str]:
    """Excel's "sep=;" first line when present, else the delimiter that splits the first lines
    into the most consistent number of fields (title rows above the header are common)."""
    first, _, rest = text.partition("\n")
    hint = first.strip()
    if hint.lower().startswith("sep=") and len(hint) == 5:
        return rest, hint[4]
    sample = text[:65536]
    if len(text) > len(sample):
        sample = sample.rpartition("\n")[0]
    best, best_score = ",", (False, 0.0, 0)
    for delimiter in (",", "\t", ";"):
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample, newline=""),
                                                     delimiter=delimiter) if row][:50]
        except csv.Error:
            continue
        if not counts:
            continue
        width, times = Counter(counts).most_common(1)[0]
        score = (width > 1, times / len(counts), width)
        if score > best_score:
            best, best_score = delimiter, score
    return text, best
