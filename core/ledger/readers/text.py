"""CSV, TSV and semicolon-separated text, as ERPs export it (often GB18030, often with a
``sep=`` line from Excel). Every value stays a string: the normaliser decides what "00123" or
"1,234" means."""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from core.ledger.readers.sheets import Cell, RawSheet, damaged, decode_text, not_a_workbook

# Control bytes that never occur in a text export; a few of them mean the file is binary.
CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
# UTF-16 without a BOM: the head looked at, and the share of its characters that must be ASCII
# (a zero byte on one side only): a ledger of Chinese names still has its commas and digits.
UTF16_HEAD = 8192
UTF16_ZERO_SHARE = 0.1


def read(path: Path, data: bytes) -> tuple[list[RawSheet], str]:
    """One sheet named after the file, and the encoding the text was in."""
    if looks_binary(data):
        raise not_a_workbook(path)
    content, encoding = decode_text(path, data, utf16_order(data))
    content, delimiter = _delimiter(content)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        rows = _filled_rows(reader)
    except csv.Error as exc:
        raise damaged(path, exc) from exc
    return [RawSheet(path.stem, rows)], encoding


def _filled_rows(reader: Iterator[list[str]]) -> list[list[Cell]]:
    """The rows, "" as None, up to the last one holding a value: an ERP's CSV of one order
    and a million lines of ",,," held them all (1.2 GB). An empty line is kept only once a
    row follows it (by its width), so the rows' numbers stay the file's."""
    rows: list[list[Cell]] = []
    empty: list[int] = []
    for row in reader:
        if not any(row):
            empty.append(len(row))
            continue
        if empty:
            rows.extend([None] * width for width in empty)
            empty.clear()
        rows.append([value if value != "" else None for value in row])
    return rows


def looks_binary(data: bytes) -> bool:
    """Bytes no text export holds: zero bytes (unless the text is UTF-16) or control bytes."""
    sample = data[:65536]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_order(sample):
        return False
    if b"\0" in sample:
        return True
    controls = sum(sample.count(byte) for byte in CONTROL_BYTES)
    return controls > len(sample) * 0.02


def utf16_order(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text written without a BOM (Excel's "Unicode
    text" through some ERPs), else None. Its Latin letters, digits, commas and line ends show
    as a zero byte beside each (after it in LE, before it in BE), its Chinese ones as two
    bytes neither zero; a binary file's zeros fall on both sides alike. The head must then
    decode as text with a delimiter in it: rv50b's LE CSV was refused as not a spreadsheet."""
    sample = data[:UTF16_HEAD - UTF16_HEAD % 2]
    pairs = len(sample) // 2
    odd, even = sample[1:2 * pairs:2].count(0), sample[0:2 * pairs:2].count(0)
    for order, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros < max(2, pairs * UTF16_ZERO_SHARE) or other * 8 > zeros:
            continue
        try:  # a surrogate pair cut by the head's end is not an error
            head = codecs.getincrementaldecoder(order)().decode(sample[:2 * pairs])
        except UnicodeDecodeError:
            continue
        controls = sum(1 for char in head if char < " " and char not in "\t\r\n")
        if controls <= len(head) * 0.02 and any(mark in head for mark in ",\t;"):
            return order
    return None


def _delimiter(content: str) -> tuple[str, str]:
    """Excel's "sep=;" first line when present, else the delimiter that splits the first lines
    into the most consistent number of fields (title rows above the header are common)."""
    first, _, rest = content.partition("\n")
    hint = first.strip()
    if hint.lower().startswith("sep=") and len(hint) == 5:
        return rest, hint[4]
    sample = content[:65536]
    if len(content) > len(sample):
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
    return content, best
