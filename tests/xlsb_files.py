"""An .xlsb as Excel writes its parts, for the readers' tests: the workbook's tabs
(BrtBundleSh), each sheet's dimension, rows (BrtRowHdr, hidden or not) and cells (numbers,
strings, Excel errors typed or worked out by a formula). No library writes one."""

from __future__ import annotations

import struct
import zipfile
from datetime import date
from pathlib import Path

ERRORS = {"#NULL!": 0x00, "#DIV/0!": 0x07, "#VALUE!": 0x0F, "#REF!": 0x17, "#NAME?": 0x1D,
          "#NUM!": 0x24, "#N/A": 0x2A}


class FormulaError(str):
    """A cell whose formula worked out an Excel error (BrtFmlaError), not one typed."""


def _record(kind: int, body: bytes = b"") -> bytes:
    head = bytes([kind & 0x7F | 0x80, kind >> 7]) if kind > 0x7F else bytes([kind])
    size, length = len(body), b""
    while True:
        length += bytes([size & 0x7F | (0x80 if size > 0x7F else 0)])
        size >>= 7
        if not size:
            break
    return head + length + body


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def _cell(column: int, value: object) -> bytes:
    head = struct.pack("<II", column, 1 if isinstance(value, date) else 0)
    if isinstance(value, date):  # its serial number, in the dates' style (XF 1)
        return _record(0x05, head + struct.pack("<d", (value - date(1899, 12, 30)).days))
    if isinstance(value, FormulaError):  # its value, flags, and a formula of one #N/A token
        return _record(0x0B, head + bytes([ERRORS[value]]) + b"\0\0"
                       + struct.pack("<I", 2) + bytes([0x1C, ERRORS[value]])
                       + struct.pack("<I", 0))
    if isinstance(value, str) and value in ERRORS:
        return _record(0x03, head + bytes([ERRORS[value]]))
    if isinstance(value, str):
        return _record(0x06, head + _wide(value))
    return _record(0x05, head + struct.pack("<d", float(value)))  # type: ignore[arg-type]


def _sheet(rows: dict[int, list[object]], hidden_rows: set[int]) -> bytes:
    """`rows`: row number (from 1) -> its cells from A (None: no cell)."""
    last_row = max(rows)
    last_column = max(len(cells) for cells in rows.values()) - 1
    body = [_record(0x81), _record(0x94, struct.pack("<IIII", 0, last_row - 1, 0, last_column)),
            _record(0x91)]
    for number in sorted(rows):
        flags = 0x1000 if number in hidden_rows else 0
        body.append(_record(0x00, struct.pack("<IIHHBI", number - 1, 0, 300, flags, 0, 0)))
        body.extend(_cell(column, value) for column, value in enumerate(rows[number])
                    if value is not None)
    return b"".join([*body, _record(0x92), _record(0x82)])


def _styles(dates: str) -> bytes:
    """XF 0 General, XF 1 a date in the number format `dates` (BrtFmt 164)."""
    xf = struct.pack("<HH", 0, 0) + b"\0" * 12
    return b"".join([_record(0x267, struct.pack("<I", 1)),
                     _record(0x2C, struct.pack("<H", 164) + _wide(dates)), _record(0x268),
                     _record(0x269, struct.pack("<I", 2)), _record(0x2F, xf),
                     _record(0x2F, struct.pack("<HH", 0, 164) + b"\0" * 12), _record(0x26A)])


def write_xlsb(path: Path, tabs: dict[str, dict[int, list[object]]],
               hidden_rows: dict[str, set[int]] | None = None,
               hidden_tabs: tuple[str, ...] = (), dates: str = "yyyy-mm-dd") -> Path:
    """`tabs`: each tab's name and its rows (row number -> cells from A), in order; a date
    cell is shown in the number format `dates`."""
    book = _record(0x83)  # BrtBeginBook
    rels = ""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, rows) in enumerate(tabs.items(), 1):
            book += _record(0x9C, struct.pack("<II", int(name in hidden_tabs), index)
                            + _wide(f"rId{index}") + _wide(name))
            rels += (f'<Relationship Id="rId{index}" Type="http://schemas.openxmlformats.org/'
                     'officeDocument/2006/relationships/worksheet" '
                     f'Target="worksheets/sheet{index}.bin"/>')
            archive.writestr(f"xl/worksheets/sheet{index}.bin",
                             _sheet(rows, (hidden_rows or {}).get(name, set())))
        book += _record(0x90) + _record(0x9D, b"\0" * 26) + _record(0x84)
        archive.writestr("xl/workbook.bin", book)
        archive.writestr("xl/styles.bin", _styles(dates))
        archive.writestr("xl/_rels/workbook.bin.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
            f'"http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
            "</Relationships>"))
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="bin" ContentType="application/'
            'vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>'))
    return path
