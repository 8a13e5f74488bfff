"""A workbook's ledger tabs, and the clerk's column choices across them.

A firm's workbook holds tabs of different shapes: monthly order tabs ("1月", "2月") and a
payments tab ("收款") with its own columns. A header chosen for a field (``--map`` or the
import dialog) applies to the tabs that have it (core.ledger.layout's candidates); a tab
without it keeps its own columns, and is passed over by itself, named, if it then lacks a
required one. Refused on the first tab it was not made for, the choice refused the whole
file: a clerk who fixed the order tabs' amount column could not import the workbook at all.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.ledger.layout import (
    PassedSheet,
    SheetLayout,
    apply_overrides,
    no_ledger,
    sheet_layout,
    unreadable_sheets,
)
from core.ledger.normalise import fold_header
from core.ledger.readers import Workbook


def find_layouts(workbook: Workbook, remembered: Mapping[str, dict[str, int]],
                 overrides: Mapping[str, str], only_sheet: str | None = None,
                 ) -> tuple[list[SheetLayout], list[PassedSheet]]:
    """Every visible sheet that holds a ledger; the others with the reason they were passed."""
    layouts: list[SheetLayout] = []
    passed = unreadable_sheets(workbook.path, workbook.unreadable)
    for sheet in workbook.sheets:
        found = sheet_layout(sheet, remembered, overrides, only_sheet, workbook.path.name)
        if isinstance(found, SheetLayout):
            layouts.append(found)
        else:
            passed.append(found)
    if not layouts:
        raise no_ledger(workbook.path, passed)
    chosen_nowhere(layouts, overrides)
    return layouts, passed


def chosen_nowhere(layouts: list[SheetLayout], overrides: Mapping[str, str]) -> None:
    """Refuse a chosen header no ledger tab has (a --map mistyped: the clerk must hear of
    it), in the words of the first tab's headers, as a one-tab file was always refused."""
    for name, header in overrides.items():
        wanted = fold_header(header) if header.strip() else None
        if layouts and wanted is not None and not any(
                wanted in {fold_header(h) for h in layout.headers if h} for layout in layouts):
            apply_overrides(layouts[0].headers, {}, {name: header})  # raises: not found
