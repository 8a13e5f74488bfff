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
    'xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'office:version="1.2">{styles}<office:body><office:spreadsheet>{tables}'
    "</office:spreadsheet></office:body></office:document-content>")


def ods_cell(value: object) -> str:
    """A cell as LibreOffice writes a number or a text."""
    kind = f'"float" office:value="{value}"' if isinstance(value, int) else '"string"'
    return (f"<table:table-cell office:value-type={kind}><text:p>{value}</text:p>"
            "</table:table-cell>")


def ods_row(values: list[object], attributes: str = "") -> str:
    return f"<table:table-row{attributes}>{''.join(map(ods_cell, values))}</table:table-row>"


# a table style hiding its tab, as LibreOffice writes one (Format > Sheet > Hide)
_HIDDEN_TAB = ('<style:style style:name="ta_hidden" style:family="table"><style:table-properties '
               'table:display="false"/></style:style>')


def write_ods(path: Path, tables: dict[str, str], hidden: tuple[str, ...] = (),
              styles: str = "") -> Path:
    """`tables`: each tab's name and its rows' XML, in order; `hidden`: the tabs hidden;
    `styles`: more automatic styles (a date format's, a cell's)."""
    shut = ' table:style-name="ta_hidden"'
    body = "".join(f'<table:table table:name="{name}"{shut if name in hidden else ""}>'
                   f"{rows}</table:table>" for name, rows in tables.items())
    styles = f"<office:automatic-styles>{_HIDDEN_TAB}{styles}</office:automatic-styles>"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", _MANIFEST)
        archive.writestr("content.xml", _CONTENT.format(tables=body, styles=styles))
    return path
