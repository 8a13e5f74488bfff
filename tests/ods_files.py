"""An .ods as LibreOffice writes it, for the readers' tests: the zip's mimetype, manifest and
one content.xml holding the tables given (each its rows' table XML)."""

from __future__ import annotations

import zipfile
from pathlib import Path

_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
    'names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path='
    '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
    '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:'
    'tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:'
    'xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{tables}'
    "</office:spreadsheet></office:body></office:document-content>")


def ods_cell(value: object) -> str:
    """A cell as LibreOffice writes a number or a text."""
    kind = f'"float" office:value="{value}"' if isinstance(value, int) else '"string"'
    return (f"<table:table-cell office:value-type={kind}><text:p>{value}</text:p>"
            "</table:table-cell>")


def ods_row(values: list[object], attributes: str = "") -> str:
    return f"<table:table-row{attributes}>{''.join(map(ods_cell, values))}</table:table-row>"


def write_ods(path: Path, tables: dict[str, str]) -> Path:
    """`tables`: each tab's name and its rows' XML, in order."""
    body = "".join(f'<table:table table:name="{name}">{rows}</table:table>'
                   for name, rows in tables.items())
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", _MANIFEST)
        archive.writestr("content.xml", _CONTENT.format(tables=body))
    return path
