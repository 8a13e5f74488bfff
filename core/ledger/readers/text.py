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


def read(path: Path, data: bytes) -> tuple[list[RawSheet], str]:
    """One sheet named after the file, and the encoding the text was in."""
    if looks_binary(data) and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise not_a_workbook(path)
    content, encoding = decode_text(path, data)
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
    sample = data[:65536]
    if b"\0" in sample:
        return True
    controls = sum(sample.count(byte) for byte in CONTROL_BYTES)
    return controls > len(sample) * 0.02


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
