"""Tabs the reader left unread (damaged, or stretched by an entry far beyond their contents):
passed over, named, only when they are deliberately no ledger; any other may hold a month of
orders, and importing the rest would lose it without a word, so the first such refuses the
file. A hidden tab is passed over unless it is named after a month or its header is a
ledger's (readers.tab_heads): a hidden 出口台账 with Bravo's three orders of 5,000 and a stray
"end" at IV65536 was passed over as a spare and Bravo's 15,000 was gone (rv39c F1)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from core.i18n import N_
from core.ledger.layout import PassedSheet, SheetLayout, find_layout, not_a_ledger
from core.ledger.readers import RawSheet, UnreadableSheet
from core.ledger.readers.sheets import Cell, far_tabs
from core.ledger.tab_month import sheet_month
from core.ledger.template_tabs import not_ledger_rows
from core.messages import Message, Refusal

Columns = Mapping[str, dict[str, int]]


def unreadable_sheets(path: Path, sheets: list[UnreadableSheet], remembered: Columns | None = None,
                      overrides: Mapping[str, str] | None = None) -> list[PassedSheet]:
    """Each unread sheet passed over, named; those that may hold orders refuse the file, every
    one stretched by a far entry named at once (sheets.far_tabs), else the first damaged. A
    header is judged with the layouts remembered and the clerk's --map, as a read tab's is
    (甲方 mapped to the customer: rvx2 F1 passed such a hidden tab over, Bravo's 15,000 gone)."""
    far = [sheet for sheet in sheets if sheet.beyond is not None
           and holds_orders(sheet, remembered, overrides)]
    if far:
        raise far_tabs(path, far, [])
    return [_unreadable(path, sheet, remembered or {}, overrides or {}) for sheet in sheets]


def ledger_head(sheet: UnreadableSheet, remembered: Columns | None = None,
                overrides: Mapping[str, str] | None = None) -> bool:
    """Is a header among the hidden tab's first rows a ledger's (customer, date, amount), with
    a customer's order under it? A hidden 模板 of the header alone and a stray far cell holds
    no orders (rv40b), nor does one with a note or its example row under the header, or a
    header on row 30 with nothing under it (template_tabs)."""
    found = _head_layout(sheet, remembered, overrides)
    return isinstance(found, SheetLayout) and _template(sheet, found) is None


def _head_layout(sheet: UnreadableSheet, remembered: Columns | None,
                 overrides: Mapping[str, str] | None) -> SheetLayout | PassedSheet | None:
    if sheet.head is None:
        return None
    return find_layout(RawSheet(sheet.name, [list[Cell](row) for row in sheet.head], True),
                       remembered or {}, overrides or {})


def _template(sheet: UnreadableSheet, found: SheetLayout) -> Message | None:
    return not_ledger_rows(sheet.name, sheet.hidden, found.sheet.rows, found.header_index,
                           found.mapping["customer"], texts_only=True)


def holds_orders(sheet: UnreadableSheet, remembered: Columns | None = None,
                 overrides: Mapping[str, str] | None = None) -> bool:
    """May an unread tab hold orders, so that passing it over would lose them? The one rule for
    every format, asked before calamine opens an .xls or .ods too (readers.calamine): a tab
    named as notes (全年汇总) is passed over even with a ledger's header (rv40b F1)."""
    return _deliberate(sheet, remembered or {}, overrides or {}) is None


def _deliberate(sheet: UnreadableSheet, remembered: Columns,
                overrides: Mapping[str, str]) -> Message | None:
    """Why an unread tab is deliberately no ledger, if it is: a hidden one unless named after
    a month or headed as a ledger, one named as notes whatever its header."""
    found = _head_layout(sheet, remembered, overrides)
    if isinstance(found, SheetLayout) and (template := _template(sheet, found)):
        return template  # a template, a hidden scratch area: named why (template_tabs)
    spare = sheet.hidden and sheet_month(sheet.name) is None and not ledger_head(
        sheet, remembered, overrides)
    return not_a_ledger(sheet.name, spare)


def _unreadable(path: Path, sheet: UnreadableSheet, remembered: Columns,
                overrides: Mapping[str, str]) -> PassedSheet:
    """A hidden tab named after a month is read as the ledger's (a clerk's 4月 folded away:
    workbook_layouts.hidden_ledger), so damaged it refuses the file as a shown one does:
    passed over as "hidden", April's orders were left out of the import; so does a hidden tab
    whose header is a ledger's, whatever its name, damaged ones too where their first rows can
    still be read (rvx2 F2: a hidden 出口台账 of 199 orders cut short was passed over, 995,000
    gone); one whose first rows cannot be read is judged by its name, as before."""
    deliberate = _deliberate(sheet, remembered, overrides)
    if deliberate is None:
        raise Refusal("sheet_damaged", N_(
            "{file}: sheet \u201c{sheet}\u201d is damaged and could not be read, so nothing "
            "from this file was imported: the rest without it would leave its orders out "
            "without a word. Open the file in Excel or WPS, save it again and import the saved "
            "copy."), file=path.name, sheet=sheet.name, detail=sheet.reason)
    if sheet.beyond is not None:
        return PassedSheet(sheet.name, Message("sheet_unreadable", N_(
            "left unread: an entry in cell {cell} stretches it far beyond its contents ({reason})"),
            {"cell": sheet.beyond[0], "reason": deliberate, "detail": sheet.reason}))
    return PassedSheet(sheet.name, Message("sheet_unreadable", N_(
        "this sheet is damaged and could not be read ({reason})"),
        {"reason": deliberate, "detail": sheet.reason}))
