"""Real workbooks (xlsx, xlsm, xlsb, xls, and WPS .et holding one) through python-calamine.

calamine picks its reader by the file's extension, so a workbook misnamed by an ERP is read from a
copy with the right one; its errors become refusals that name the file and say what to do.
"""

from __future__ import annotations

import shutil
import struct
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, closing, contextmanager
from dataclasses import replace
from datetime import timedelta
from itertools import chain
from pathlib import Path
from typing import Any

import python_calamine
from python_calamine import SheetTypeEnum, SheetVisibleEnum

from core.ledger.readers.biff import Biff, without_cells
from core.ledger.readers.extent import MAX_SHEET_CELLS
from core.ledger.readers.formulas import Formulas, shown_months, typed_errors
from core.ledger.readers.guard import ZIP_ERRORS, check_zip
from core.ledger.readers.ods_parts import OdsParts, without_tables
from core.ledger.readers.sheets import (
    Cell,
    RawSheet,
    UnreadableSheet,
    Workbook,
    WorkbookStream,
    choose,
    damaged,
    far_tabs,
    finish,
    not_a_workbook,
    password,
    read_bytes,
    report,
    unreadable,
)
from core.ledger.readers.xlsb_parts import XlsbParts
from core.ledger.sheet_names import passed_over
from core.ledger.template_tabs import named_template
from core.messages import Refusal
from core.progress import Steps

# The extensions under which calamine picks the right reader; it trusts the name, so a
# misnamed file is handed to it as a copy under the first one.
CALAMINE_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xlsm": (".xlsm", ".xlsx"), "xlsb": (".xlsb",),
                     "ods": (".ods",), "xls": (".xls",)}


# refusals of an OLE file that may be no .xls (a Word document, an xlsx encrypted by Office)
_FORMAT_UNKNOWN = frozenset({"not_a_workbook", "password_protected"})

# what each format's own reader says that calamine does not (errors, hidden rows, far entries)
Parts = Formulas | Biff | OdsParts | XlsbParts | None
HoldsOrders = Callable[[UnreadableSheet], bool]


def read(path: Path, kind: str, steps: Steps | None, sheet: str | None,
         shown_format: str | None) -> Workbook:
    stream = open_stream(path, kind, sheet, shown_format, steps, clean=True)
    sheets: list[RawSheet] = []
    unreadable: list[UnreadableSheet] = []
    with closing(stream):
        for raw in stream.sheets:
            (sheets if isinstance(raw, RawSheet) else unreadable).append(raw)  # type: ignore[arg-type]
    return finish(path, stream.format, sheets, unreadable)


def open_stream(path: Path, kind: str, sheet: str | None, shown_format: str | None,
                steps: Steps | None = None, clean: bool = False,
                holds_orders: HoldsOrders | None = None,
                tabs: tuple[int, int] | None = None) -> WorkbookStream:
    """The workbook opened and its sheets chosen; each sheet is read when the stream gets to
    it. Unless `clean`, empty cells stay calamine's "" (the import's parsers read it as
    empty) instead of being copied row by row into None. `holds_orders`: may a tab left unread
    hold orders (core.ledger.unread_tabs.holds_orders)? `tabs`: only the chosen sheets from
    the first to before the second of these places read (a big file's read in two processes,
    core.ledger.tabs_apart)."""
    if kind == "zip":
        check_zip(path)
    fmt = _zip_format(path) if kind == "zip" else "xls"
    formulas: Parts = Formulas(path) if fmt in ("xlsx", "xlsm") else Biff(path) \
        if fmt == "xls" else OdsParts(path) if fmt == "ods" else XlsbParts(path)
    stack = ExitStack()
    try:
        strays = _strays(path, formulas, holds_orders, sheet)
        source = stack.enter_context(_calamine_source(path, fmt, _emptied(fmt, strays, sheet)))
        book = stack.enter_context(_open_calamine(path, source, kind))
        meta = [m for m in _sheets_metadata(path, book) if m.typ == SheetTypeEnum.WorkSheet]
        hidden = {m.name for m in meta if m.visible != SheetVisibleEnum.Visible}
        chosen = choose(path, [m.name for m in meta], sheet)
    except BaseException as exc:
        stack.close()
        if isinstance(exc, Refusal) and exc.code not in _FORMAT_UNKNOWN:  # named with its
            exc.file_format = exc.file_format or shown_format or fmt  # format, as while reading
        raise
    if tabs is not None:
        chosen = chosen[tabs[0]:tabs[1]]
    end = [len(chosen)]

    def stop(place: int) -> None:
        end[0] = place

    return WorkbookStream(path, shown_format or fmt, len(chosen),
                          _sheets(stack, book, chosen, hidden, steps, path, clean, formulas,
                                  strays, end), release=stack.close, stop=stop)


def _strays(path: Path, formulas: Parts, holds_orders: HoldsOrders | None = None,
            chosen: str | None = None) -> dict[str, tuple[str, int, int]]:
    """An .xls's or .ods's sheets whose far entry leaves their grid mostly empty, refused
    before calamine opens the file (it builds every sheet as it opens: 4.3 s and 1.2 GB for
    IV65536 in an .xls) where they may hold orders (`holds_orders`: core.ledger.unread_tabs,
    the rule every format's unread tab is judged by: a tab named as notes, 全年汇总, is passed
    over whatever its header, rv40b F1; without it sheet_names.passed_over). The others are
    returned, to be left unread and named, while their grids together stay under the cap
    calamine can build: eight hidden 备用 each with "end" in IV65536 took 8.8 s and 4.2 GB
    (rv39c F2). A tab the clerk did not choose (--sheet) is never refused for its orders, only
    counted (rv40b F2). Every far tab is judged before one refusal names them all (rv40b F3)."""
    if not isinstance(formulas, (OdsParts, Biff)):
        return {}
    strays = formulas.strays()
    hidden = formulas.hidden_tabs()
    ledgers: list[UnreadableSheet] = []
    built: list[UnreadableSheet] = []  # the .xls's tabs passed over: calamine builds them
    for name, far in strays.items():
        sheet = UnreadableSheet(name, name in hidden, "", far)
        if chosen is None or name == chosen:
            if (sheet.hidden or named_template(name)) and holds_orders is not None:
                sheet = replace(sheet, head=formulas.head(name))
            if holds_orders(sheet) if holds_orders is not None \
                    else not passed_over(name, sheet.hidden):
                ledgers.append(sheet)
                continue
        if isinstance(formulas, Biff) and chosen in (None, name):  # an .ods's are emptied,
            built.append(sheet)  # and an .xls's the clerk did not choose (_emptied)
    cells = sum(sheet.beyond[1] * sheet.beyond[2] for sheet in built if sheet.beyond)
    if ledgers or cells > MAX_SHEET_CELLS:
        raise far_tabs(path, ledgers, built if cells > MAX_SHEET_CELLS else [])
    return strays


def _emptied(fmt: str, strays: dict[str, tuple[str, int, int]], chosen: str | None
             ) -> set[str]:
    """The far tabs calamine is given emptied, in a copy: an .ods's passed over, and an
    .xls's the clerk did not choose (--sheet 3月: eight hidden 备用 at IV65536 counted to the
    cap refused the file, and under it cost their grids, 4.2 GB)."""
    if fmt == "ods":
        return set(strays)
    return {name for name in strays if name != chosen} if fmt == "xls" and chosen else set()


def _sheets(stack: ExitStack, book: python_calamine.CalamineWorkbook, chosen: list[str],
            hidden: set[str], steps: Steps | None, path: Path, clean: bool,
            formulas: Parts, strays: dict[str, tuple[str, int, int]],
            end: list[int]) -> Iterator[RawSheet | UnreadableSheet]:
    """The sheets in order, each parsed while the one before it is being used.

    calamine lets go of Python's lock while it parses a sheet's XML (about a fifth of a
    monthly tabs ledger's import), so the next tab is parsed on a thread of its own while the
    import turns the current one into records: on two cores that time is hidden. Only one
    sheet is read ahead (memory stays about two sheets' cells), the progress is reported from
    the caller's thread, and a stop (a refusal, a cancel) waits for the sheet being parsed
    before the workbook is closed, as calamine's workbook must not be closed under a read.
    None is read from `end[0]` on (WorkbookStream.stop)."""
    with stack, ThreadPoolExecutor(1, thread_name_prefix="tradetier-sheet") as ahead:
        def read(index: int) -> Future[RawSheet | UnreadableSheet] | None:
            if index >= min(end[0], len(chosen)):
                return None
            name = chosen[index]
            return ahead.submit(_with_formulas, book, name, name in hidden, clean, formulas,
                                strays.get(name))

        upcoming = read(0)
        for index, name in enumerate(chosen):
            if index >= end[0]:
                return
            report(steps, index / len(chosen), name)
            assert upcoming is not None  # one was asked for each name
            sheet = upcoming.result()
            upcoming = read(index + 1)
            yield sheet
        report(steps, 1.0, path.name)


def _zip_format(path: Path) -> str:
    """xlsx, xlsm, xlsb or ods; other ZIPs (a .docx, an archive of ledgers) are refused."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                types = _start(archive, "[Content_Types].xml") if "[Content_Types].xml" in names \
                    else b""
                return "xlsm" if b"macroEnabled" in types else "xlsx"
            if "xl/workbook.bin" in names:
                return "xlsb"
            if "mimetype" in names and _start(archive, "mimetype").startswith(
                    b"application/vnd.oasis.opendocument.spreadsheet"):
                return "ods"
    except ZIP_ERRORS as exc:
        raise damaged(path, exc) from exc
    raise not_a_workbook(path)


def _start(archive: zipfile.ZipFile, name: str) -> bytes:
    """The first megabyte of a small part: enough to tell the format, never a whole bomb."""
    with archive.open(name) as stream:
        return stream.read(1 << 20)


@contextmanager
def _calamine_source(path: Path, fmt: str, emptied: set[str]) -> Iterator[Path]:
    """The path itself when its extension matches the content, else a copy that does; an
    .ods's copy with the tabs `emptied` that are passed over for a far entry (calamine builds
    every tab of an .ods as it opens it: a hidden 备用 with "end" at CV1000000 refused the file
    whole while its xlsx imported, rv39c F5), an .xls's cells of them (biff.without_cells)."""
    suffixes = CALAMINE_SUFFIXES[fmt]
    if path.suffix.lower() in suffixes and not emptied:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="tradetier-", ignore_cleanup_errors=True) as folder:
        copy = Path(folder) / f"ledger{suffixes[0]}"
        try:
            if emptied:
                (without_tables if fmt == "ods" else without_cells)(path, emptied, copy)
            else:
                shutil.copyfile(path, copy)
        except OSError as exc:
            raise unreadable(path, exc) from exc
        except (zipfile.BadZipFile, KeyError, ValueError, RuntimeError, EOFError) as exc:
            raise damaged(path, exc) from exc
        yield copy


def _is_library_failure(exc: BaseException) -> bool:
    """Calamine raises its own errors, and a Rust panic surfaces as a BaseException
    (pyo3's PanicException); both mean a bad file. Ctrl+C and exits must still pass."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _open_calamine(path: Path, source: Path, kind: str) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(source)
    except python_calamine.PasswordError as exc:
        raise password(path) from exc
    except BaseException as exc:
        if not _is_library_failure(exc):
            raise
        if kind == "ole":
            raise _ole_refusal(path, exc) from exc
        raise damaged(path, exc) from exc


def _sheets_metadata(path: Path, book: python_calamine.CalamineWorkbook) -> list:
    try:
        return list(book.sheets_metadata)
    except BaseException as exc:
        if not _is_library_failure(exc):
            raise
        raise damaged(path, exc) from exc


def _ole_refusal(path: Path, exc: BaseException) -> Refusal:
    """An OLE file calamine cannot open: an encrypted xlsx (Office wraps it in OLE with an
    EncryptedPackage stream), another Office document (Word, PowerPoint), or a damaged xls."""
    data = read_bytes(path)
    if _ole_truncated(data):
        return damaged(path, exc)
    if "EncryptedPackage".encode("utf-16-le") in data:
        return password(path)
    has_book = any(name.encode("utf-16-le") + b"\0\0" in data for name in ("Workbook", "Book"))
    if "Workbook stream" in str(exc) or not has_book:
        return not_a_workbook(path)
    return damaged(path, exc)


def _ole_truncated(data: bytes) -> bool:
    """A download cut short loses the sectors the header points to (xls writers put the
    directory and allocation tables at the end), so it must not pass for a non-workbook."""
    if len(data) < 512:
        return True
    shift, = struct.unpack_from("<H", data, 0x1E)
    fat_count, directory = struct.unpack_from("<II", data, 0x2C)
    fat = struct.unpack_from(f"<{min(fat_count, 109)}I", data, 0x4C)
    size = 1 << shift if 7 <= shift <= 16 else 512
    return any((sector + 1) * size + size > len(data) for sector in (directory, *fat)
               if sector < 0xFFFFFFFA)


def _with_formulas(book: python_calamine.CalamineWorkbook, name: str, hidden: bool,
                   clean: bool, formulas: Parts,
                   stray: tuple[str, int, int] | None = None) -> RawSheet | UnreadableSheet:
    """The sheet read, with its formula cells saved without a value, its cells showing an
    Excel error and its hidden rows (on the read-ahead thread: the part is inflated, or the
    .xls's records walked, beside the import's work on the sheet before)."""
    beyond = formulas.oversized(name) if isinstance(formulas, (Formulas, XlsbParts)) \
        else stray
    if beyond is not None:  # calamine's grid of it would abort the process
        head = formulas.head(name) if (hidden or named_template(name)) \
            and formulas is not None else None
        return UnreadableSheet(name, hidden, f"cells to {beyond[0]}", beyond, head)
    sheet = _calamine_sheet(book, name, hidden, clean)
    if isinstance(sheet, UnreadableSheet) and hidden and formulas is not None:
        sheet = replace(sheet, head=formulas.head(name))  # damaged: a hidden ledger's
        # header still refuses the file (rvx2 F2)
    if isinstance(formulas, Formulas) and isinstance(sheet, RawSheet):
        sheet.formulas, sheet.errors, sheet.hidden_rows, months = formulas.scan_all(name)
        shown_months(sheet, months)
    elif isinstance(formulas, (Biff, XlsbParts)) and isinstance(sheet, RawSheet):
        sheet.errors, sheet.hidden_rows, months = formulas.scan(name)
        shown_months(sheet, months)
    elif isinstance(formulas, OdsParts) and isinstance(sheet, RawSheet):
        sheet.hidden_rows, cells = formulas.scan(name)
        shown_months(sheet, cells)  # an .ods's date styles are its own
    if isinstance(sheet, RawSheet):
        typed_errors(sheet)
    return sheet


def _calamine_sheet(book: python_calamine.CalamineWorkbook, name: str, hidden: bool,
                    clean: bool) -> RawSheet | UnreadableSheet:
    try:
        data = book.get_sheet_by_name(name)
        start, end = data.start, data.end
        rows = list(data.iter_rows())
    except BaseException as exc:
        if not _is_library_failure(exc):
            raise
        return UnreadableSheet(name, hidden, str(exc) or type(exc).__name__)
    height = len(rows)
    del rows[_filled_height(rows):]
    if rows and start and start[1]:  # iter_rows starts at the first used column, not at A
        pad = [""] * start[1]
        rows = [pad + row for row in rows]
    try:
        ranges = data.merged_cell_ranges or []
    except BaseException as exc:
        if not _is_library_failure(exc):
            raise
        ranges = []
    # The rows start at A1, but derive the origin from `end` and the size read so row
    # numbers stay right if that ever changes.
    row0 = max(end[0] + 1 - height, 0) if rows and end else 0
    col0 = max(end[1] + 1 - len(rows[0]), 0) if rows and end else 0
    merged = [(r1 - row0, c1 - col0, r2 - row0, c2 - col0) for (r1, c1), (r2, c2) in ranges]
    cells: list[list[Cell]] = _clean_rows(rows) if clean else rows  # type: ignore[assignment]
    return RawSheet(name, cells, hidden, merged, row0 + 1, col0)


def _filled_height(rows: list[list[Any]]) -> int:
    """The rows up to the sheet's last one holding more than spaces: a space typed in
    E1048576 under five orders had every import carry a million empty rows through the
    reading (11.6 s and 650 MB). Looked for from the end: one row where nothing trails."""
    height = len(rows)
    while height and all(type(v) is str and not v.strip() for v in rows[height - 1]):
        height -= 1
    return height


_EMPTY_AS_NONE = {"": None}.get  # get(value, value): None for "", else the value (_clean_rows)


def _clean_rows(rows: list[list[Any]]) -> list[list[Cell]]:
    """One cheap pass: calamine's "" for empty cells becomes None, durations become days.

    Nearly every row of a ledger has an empty cell (93 % of the bench ledger's), few sheets
    a duration: the sheet's cells' types are found once, at C speed, and where none is a
    duration each row holding "" has it replaced at C speed too (`_EMPTY_AS_NONE(value,
    value)`: None for "", the value itself otherwise; calamine's cells are str, int, float,
    bool and dates, none of them equal to "" but "" itself), 8.4 → 4.8 ms a tab of 4,170 rows
    (perf66a). A sheet with a duration is cleaned a cell at a time, as before."""
    if timedelta in set(map(type, chain.from_iterable(rows))):
        for row in rows:
            kinds = set(map(type, row))
            if (str in kinds and "" in row) or timedelta in kinds:
                row[:] = [clean_value(value) for value in row]
        return rows
    for row in rows:
        if "" in row:
            row[:] = map(_EMPTY_AS_NONE, row, row)
    return rows


def clean_value(value: object) -> object:
    """A cell as the parsers expect it: "" is empty, a duration is its number of days."""
    if value == "":
        return None
    if isinstance(value, timedelta):
        return value.total_seconds() / 86400
    return value
