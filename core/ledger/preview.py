"""What the import dialog shows before anything is written: sheets, header row, mapping, rows.

It runs the same reading and layout code as the import, so what the user corrects here is what
the import will do (the corrections go to :func:`core.ledger.importer.import_files` as
``overrides``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from core.ledger.layout import PassedSheet, find_layouts, has_required
from core.ledger.normalise import cell_text
from core.ledger.readers import read_workbook
from core.messages import Message, Refusal
from core.progress import Steps
from core.store import remembered_layouts

PREVIEW_ROWS = 5


@dataclass
class SheetPreview:
    name: str
    header_row: int
    headers: list[str]  # every header cell's text ("" for blank ones)
    mapping: dict[str, str]  # field -> header text
    rows: list[list[str]]  # the first data rows, as text, aligned with headers
    remembered: bool
    missing: list[str]  # required fields without a column


@dataclass
class FilePreview:
    path: Path
    file_format: str | None = None
    sheets: list[SheetPreview] = field(default_factory=list)
    passed: list[PassedSheet] = field(default_factory=list)
    refusal: Message | None = None

    @property
    def mapping(self) -> dict[str, str]:
        """The first ledger sheet's mapping: a monthly workbook's tabs share one layout."""
        return dict(self.sheets[0].mapping) if self.sheets else {}


def preview_file(conn: sqlite3.Connection, path: Path, *, sheet: str | None = None,
                 overrides: dict[str, str] | None = None, steps: Steps | None = None
                 ) -> FilePreview:
    result = FilePreview(Path(path))
    try:
        workbook = read_workbook(result.path, steps, sheet=sheet)
        result.file_format = workbook.format
        layouts, result.passed = find_layouts(workbook, remembered_layouts(conn),
                                              overrides or {}, only_sheet=sheet)
    except Refusal as refusal:
        result.refusal = refusal.message
        return result
    for layout in layouts:
        width = len(layout.headers)
        data = layout.sheet.rows[layout.header_index + 1:layout.header_index + 1 + PREVIEW_ROWS]
        rows = [[cell_text(row[i]) or "" if i < len(row) else "" for i in range(width)]
                for row in data]
        result.sheets.append(SheetPreview(
            layout.sheet.name, layout.header_row_number, [h or "" for h in layout.headers],
            {name: layout.headers[index] or "" for name, index in layout.mapping.items()},
            rows, layout.remembered, has_required(layout.mapping)))
    return result
