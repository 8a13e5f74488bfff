"""What every reader hands back (raw sheets of cell values) and the refusals they share.

Each format module (calamine workbooks, CSV text, XML Spreadsheet 2003, HTML tables) builds
:class:`RawSheet` objects and finishes with :func:`finish`; every way a file can fail becomes a
:class:`~core.messages.Refusal` built here, naming the file and saying what to do.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from core.i18n import N_
from core.messages import Listed, Message, Noted, Refusal
from core.progress import Steps

Cell = str | int | float | bool | date | datetime | time | None
Merged = tuple[int, int, int, int]

GB_CODECS = {"gb2312", "gbk", "gb18030"}


@dataclass
class RawSheet:
    name: str
    rows: list[list[Cell]]
    hidden: bool = False
    merged: list[Merged] = field(default_factory=list)
    first_row_number: int = 1
    first_col: int = 0
    # formula cells saved without a value, read as empty: (row number, column from A) ->
    # the formula (core.ledger.readers.formulas)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    # cells showing an Excel error (#REF!, #N/A), read as empty: (row, column) -> the error
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    # the numbers of its rows hidden in the workbook (xlsx: readers.formulas.hidden_rows)
    hidden_rows: frozenset[int] = frozenset()


@dataclass(frozen=True)
class UnreadableSheet:
    """A worksheet present in the file that the reader could not read (a damaged part)."""

    name: str
    hidden: bool
    reason: str
    # a sheet left unread for its size: its last cell ("XFD1048576"), rows and columns
    beyond: tuple[str, int, int] | None = None
    # a hidden one's: the texts of its first rows (readers.tab_heads), its header judged by them
    head: list[list[str | None]] | None = None


@dataclass
class WorkbookStream:
    """A workbook whose sheets are read one at a time, as they are asked for: an import needs
    one sheet's cells at a time, never the whole file's. `count`: how many sheets will come
    (readable or not). Close it when done with it (the file stays open until then)."""

    path: Path
    format: str
    count: int
    sheets: Iterator[RawSheet | UnreadableSheet]
    encoding: str | None = None
    # the same workbook opened again (a picklable call, `tabs=(first, end)` for some of its
    # sheets: a big file's read in two processes, core.ledger.tabs_apart); None where its
    # sheets were parsed whole (text formats)
    again: Callable[..., WorkbookStream] | None = None
    # what its sheets hold open, let go also where they were never asked for
    release: Callable[[], object] | None = None
    # its sheets read no further than this place, none parsed ahead past it (a big file's
    # first tabs read by the import, the others in another process); None: text formats
    stop: Callable[[int], object] | None = None

    def close(self) -> None:
        close = getattr(self.sheets, "close", None)
        if close is not None:
            close()
        if self.release is not None:
            self.release()


@dataclass
class Workbook:
    path: Path
    format: str
    sheets: list[RawSheet]
    encoding: str | None = None
    # The layout finder refuses the file when one of these may hold a month of orders, instead
    # of importing less without a word.
    unreadable: list[UnreadableSheet] = field(default_factory=list)

    @property
    def skipped(self) -> list[str]:
        return [sheet.name for sheet in self.unreadable]


def refusal(code: str, template: str, path: Path, **params: object) -> Refusal:
    """Every refusal names the file: the clerk often imports a whole folder at once."""
    return Refusal(code, template, file=path.name, **params)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, with the ways Windows refuses a read turned into advice."""
    if path.is_dir():  # Windows answers "permission denied", which would mislead
        raise is_a_folder(path)
    try:
        with path.open("rb") as handle:
            return handle.read() if limit is None else handle.read(limit)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise refusal("file_not_found", N_(
            "{file} was not found. It may have been moved, renamed or deleted; choose it "
            "again."), path) from exc
    except PermissionError as exc:
        raise refusal("file_locked", N_(
            "{file} could not be opened: another program (Excel, WPS) has it open, or this "
            "user may not read it. Close it and try again, or copy it into a folder of your "
            "own."),
            path) from exc
    except OSError as exc:
        raise unreadable(path, exc) from exc


def is_a_folder(path: Path) -> Refusal:
    """A folder chosen as a file (a month's files saved into "3月.xlsx"): "not found" sent
    the clerk looking for a file that was right there."""
    return refusal("file_not_found", N_(
        "{file} is a folder, not a ledger file. Choose the ledger files inside it."), path)


def unreadable(path: Path, exc: OSError) -> Refusal:
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


def report(steps: Steps | None, fraction: float, message: str) -> None:
    if steps is not None:
        steps.report(fraction, message)


def et_refusal(path: Path) -> Refusal:
    return refusal("wps_et_unreadable", N_(
        "{file} is in WPS's own spreadsheet format, which TradeTier cannot read. Open it in WPS "
        "and save it as an Excel workbook (File → Save As → Excel Workbook .xlsx), then import "
        "the .xlsx file."), path)


def damaged(path: Path, detail: object) -> Refusal:
    return refusal("workbook_damaged", N_(
        "{file} is damaged or incomplete (it may have been cut off while copying or "
        "downloading). Open it in Excel or WPS to repair it, or export it again, then import "
        "the saved copy."), path, detail=str(detail))


def not_a_workbook(path: Path) -> Refusal:
    return refusal("not_a_workbook", N_(
        "{file} is not a spreadsheet TradeTier can read. Open it in Excel or WPS, save it as an "
        "Excel workbook (.xlsx) and import that file."), path)


def text_named(path: Path) -> Refusal:
    """Plain text (a CSV) under an Excel workbook's name: read as one, it would be read as
    whatever text it holds; said what it is, the clerk knows to rename or save it."""
    return refusal("not_a_workbook", N_(
        "{file} holds plain text (a CSV file), not an Excel workbook. If it is the ledger, "
        "rename it to end in .csv and import it, or open it in Excel or WPS and save it as an "
        "Excel workbook (.xlsx)."), path)


def password(path: Path) -> Refusal:
    return refusal("password_protected", N_(
        "{file} is protected with a password. Open it in Excel or WPS, remove the password "
        "(File → Info → Protect Workbook → Encrypt with Password, clear it), save it and import "
        "it again."), path)


def choose(path: Path, names: list[str], sheet: str | None) -> list[str]:
    if sheet is None:
        return names
    if sheet in names:
        return [sheet]
    raise refusal("sheet_not_found", N_(
        "{file} has no sheet named \"{sheet}\". Sheets in the file: {sheets}."), path,
        sheet=sheet, sheets=", ".join(names))


def finish(path: Path, fmt: str, sheets: list[RawSheet], unreadable: list[UnreadableSheet],
           encoding: str | None = None) -> Workbook:
    if not sheets:
        raise nothing_readable(path, unreadable)
    for raw in sheets:
        raw.merged = clip_merged(raw.merged, len(raw.rows))
    return Workbook(path, fmt, sheets, encoding, unreadable)


def clip_merged(merged: list[Merged], height: int) -> list[Merged]:
    """Keep merged ranges inside `rows`, so `rows[first_row]` always exists for the caller."""
    return sorted((r1, c1, min(r2, height - 1), c2)
                  for r1, c1, r2, c2 in merged if 0 <= r1 < height and c1 >= 0)


def nothing_readable(path: Path, unreadable: list[UnreadableSheet]) -> Refusal:
    """A file without one sheet that could be read: too large, damaged, or holding none."""
    beyond = [u for u in unreadable if u.beyond is not None]
    if beyond:
        return too_large(path, beyond[0])
    if unreadable:
        return damaged(path, "; ".join(f"{u.name}: {u.reason}" for u in unreadable))
    return refusal("no_sheets", N_(
        "{file} contains no sheet with cells to read (only charts, or nothing at all). Check "
        "that you chose the right file."), path)


def too_large(path: Path, sheet: UnreadableSheet) -> Refusal:
    """A sheet left unread for an entry far beyond its ledger (core.ledger.readers.extent);
    a hidden one said to be hidden, as "go to that sheet" finds no such tab (rv39c F6)."""
    cell, rows, columns = sheet.beyond or ("", 0, 0)
    return refusal("sheet_too_large", N_(
        "{file}: sheet “{sheet}”{hidden} has an entry in cell {cell}, far below or to the right "
        "of its ledger, so it spans {rows} rows × {columns} columns, far more than the ledger "
        "needs, and nothing from this file was imported. Open the file in Excel or WPS, go to "
        "that sheet, press Ctrl+End to find the entry, delete the rows and columns after "
        "the ledger, save and import the file again."),
        path, sheet=sheet.name, cell=cell, rows=f"{rows:,}", columns=f"{columns:,}",
        hidden=Message("sheet_hidden_where", HIDDEN_WHERE) if sheet.hidden else "")


HIDDEN_WHERE = N_(" (hidden in the workbook: right-click a tab › Unhide)")


def spares_too_large(path: Path, sheets: list[UnreadableSheet]) -> Refusal:
    """Tabs passed over (hidden spares, notes) each stretched by a far entry, whose grids
    together pass the cap calamine may build for an .xls (it builds every tab as it opens
    the file): each named, with its far cell; naming only the tab that crossed the cap sent
    the clerk to clear it and be refused again for the one before."""
    cells = sum(sheet.beyond[1] * sheet.beyond[2] for sheet in sheets if sheet.beyond)
    return refusal("sheet_too_large", N_(
        "{file}: the sheets {sheets} are passed over (hidden, or notes), but each has an entry "
        "far below or to the right of its contents (the cell in brackets). The app still has "
        "to build such sheets when it opens the file, and it counts them together: together "
        "they span {cells} cells, far more than a ledger needs, so nothing from this file was "
        "imported. Open the file in Excel or WPS, unhide those sheets (right-click a tab › "
        "Unhide), go to each, press Ctrl+End to find the entry, delete the rows and columns "
        "after its contents, save and import the file again."),
        path, sheets=Listed([Noted(f"“{sheet.name}”", sheet.beyond[0] if sheet.beyond else "")
                             for sheet in sheets]), cells=f"{cells:,}")


def far_tabs(path: Path, ledgers: list[UnreadableSheet], spares: list[UnreadableSheet]
             ) -> Refusal:
    """Every tab stretched by a far entry that stops the import, named once, whatever the tab
    order: those that may hold orders (`ledgers`), and the `spares` passed over whose grids
    together pass the cap. Refused for the first found, the clerk cleared it and was refused
    again for the next (rv40b F3: four hidden 备用 named two by two; 备用1, 备用2, then a
    hidden 出口台账)."""
    if not ledgers:
        return spares_too_large(path, spares)
    if len(ledgers) == 1 and not spares:
        return too_large(path, ledgers[0])
    held = Listed([Noted(f"“{sheet.name}”", Message("far_cell_hidden", N_("{cell}, hidden"), {
        "cell": sheet.beyond[0] if sheet.beyond else ""}) if sheet.hidden else
        sheet.beyond[0] if sheet.beyond else "") for sheet in ledgers])
    passed = Message("far_spares", N_(
        " The sheets {sheets} are passed over (hidden, or notes), but each has an entry far "
        "below or to the right of its contents too, and together they span {cells} cells, "
        "more than the app can build when it opens the file."), {
        "sheets": Listed([Noted(f"“{sheet.name}”", sheet.beyond[0] if sheet.beyond else "")
                          for sheet in spares]),
        "cells": f"{sum(s.beyond[1] * s.beyond[2] for s in spares if s.beyond):,}"}) \
        if spares else ""
    return refusal("sheet_too_large", N_(
        "{file}: the sheets {sheets} may hold orders, and each has an entry far below or to the "
        "right of its ledger (the cell in brackets), so nothing from this file was imported: "
        "the rest without them would leave their orders out without a word.{spares} Open the "
        "file in Excel or WPS, unhide the hidden sheets (right-click a tab › Unhide), go to "
        "each sheet named, press Ctrl+End to find the entry, delete the rows and columns after "
        "its contents, save and import the file again."), path, sheets=held, spares=passed)
