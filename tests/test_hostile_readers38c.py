"""Readers' faults a reviewer proved in hostile38/gui38: a sheet whose tags bear a namespace
prefix, a stray entry on a tab passed over anyway, LibreOffice row groups, long order numbers
typed again as text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from core.ledger.readers.extent import oversized

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _sheet_xml(prefix: str, rows: list[int], far: str) -> bytes:
    """A sheet claiming A1:`far`, holding a number in A and in `far`'s column of each row."""
    p = f"{prefix}:" if prefix else ""
    column = far.rstrip("0123456789")
    body = "".join(
        f'<{p}row r="{r}"><{p}c r="A{r}"><{p}v>{r}</{p}v></{p}c>'
        f'<{p}c r="{column}{r}"><{p}v>1</{p}v></{p}c></{p}row>' for r in rows)
    ns = f'xmlns{":" + prefix if prefix else ""}="{_NS}"'
    return (f'<?xml version="1.0"?><{p}worksheet {ns}><{p}dimension ref="A1:{far}"/>'
            f"<{p}sheetData>{body}</{p}sheetData></{p}worksheet>").encode()


@pytest.mark.parametrize("prefix", ["", "x"])
def test_a_dense_sheet_written_with_prefixed_tags_is_not_a_far_entry(tmp_path, prefix) -> None:
    """<x:c><x:v>, as .NET libraries write a sheet: a dense grid of 100 columns × 100,000 rows
    holding 200,000 values was counted as holding none and refused as one far entry's
    ("Ctrl+End"); read now as the same sheet unprefixed is. The same prefix on a sheet of ten
    rows and one cell at CV100000 is still named, at that cell."""
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("dense.xml", _sheet_xml(prefix, list(range(1, 100_001)), "CV100000"))
        archive.writestr("far.xml", _sheet_xml(prefix, [*range(1, 11), 100_000], "CV100000"))
    with zipfile.ZipFile(path) as archive:
        assert oversized(archive, "dense.xml") is None
        assert oversized(archive, "far.xml") == ("CV100000", 100_000, 100)
