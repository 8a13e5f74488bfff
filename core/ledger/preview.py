"""What the import dialog shows before anything is written: sheets, header row, mapping, rows.

It runs the same reading and layout code as the import, so what the user corrects here is what
the import will do (the corrections go to :func:`core.ledger.importer.import_files` as
``overrides``). A payment row naming an order of another tab was shown as skipped, one tab
seen at a time, while the import booked it as money received: it is matched as the import
matches it (core.ledger.received_only.matched), against the whole file and the store.
Every tab is read whole, as the import reads it, so each says how many of its rows the import
will take, hold for an order not in the database yet, and skip: the dialog showed a monthly
workbook's first tab alone, five rows of it, and no count.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import chain
from pathlib import Path

from core.ledger.amounts import decimal_mark
from core.ledger.buyer_numbers import numbers_not_names
from core.ledger.cells import date_orders, settled_by_sheet
from core.ledger.dates import Years
from core.ledger.deductions_apart import hints, paid_apart, with_deductions
from core.ledger.deductions_stored import stored_money
from core.ledger.header_fields import auto_map
from core.ledger.held_buyers import HeldOrders, matched_held
from core.ledger.layout import (
    HEADER_SEARCH_ROWS,
    PassedSheet,
    SheetLayout,
    apply_overrides,
    has_required,
    header_signature,
    no_ledger,
)
from core.ledger.listed_currency import sold_in, stored_currency
from core.ledger.listed_returns import OtherFiles, stored_column, stored_list
from core.ledger.long_orders import LongOrders, stored_long
from core.ledger.normalise import cell_text
from core.ledger.noted_returns import (
    FileCredits,
    noted_rows,
    stored_credit,
    with_noted_returns,
)
from core.ledger.number_owners import stored_owners, take_owners
from core.ledger.paid_for import (
    add_buyers,
    for_customers,
    paid_for_message,
    stored_customers,
    unnamed_message,
)
from core.ledger.paid_numbers import StoredSales, for_numbers
from core.ledger.payer_named import for_named
from core.ledger.preview_rows import held_cells, row_notes
from core.ledger.read_as import taken_note
from core.ledger.readers import RawSheet, UnreadableSheet, Workbook, open_workbook
from core.ledger.readers.sheets import clip_merged, finish
from core.ledger.received_rmb import dated_receipts
from core.ledger.refunds_under_way import previewed
from core.ledger.return_marks import ReturnMarks, listed_notes
from core.ledger.review import converter
from core.ledger.row_problems import HELD
from core.ledger.rows import SheetRecords, read_records, settle_pending
from core.ledger.sheet_fields import DATE_FIELDS, NUMBER_FIELDS
from core.ledger.sheet_notes import read_notes
from core.ledger.typed_rows import doubled
from core.ledger.unread import formula_messages, no_rows
from core.ledger.unread_tabs import holds_orders, unreadable_sheets
from core.ledger.workbook_layouts import orders_left_out, refuse_file, tab_layout
from core.ledger.yearless import NamedYear
from core.messages import Message, Refusal
from core.progress import Steps
from core.rates import Rates
from core.rules import Rules, load_rules
from core.store import remembered_layouts

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class RowCounts:
    """What the import will do with a tab's rows: take them (orders and money received), hold
    them (a payment naming an order not in the database yet, nor on another tab: taken once
    that order's file is imported), or skip them (totals, rows it cannot read)."""

    taken: int = 0
    held: int = 0
    skipped: int = 0

    @classmethod
    def of(cls, sheet: SheetRecords) -> RowCounts:
        """A sale row whose note names a return is one row taken, as the import counts it
        (core.ledger.file_reader._take), though read as two records; so is a row read as a
        return and its refund (typed_rows.doubled: a list of returns' row was two, ref42)."""
        held = sum(s.message.code == HELD for s in sheet.skipped)
        return cls(len(sheet.records) - len(noted_rows(sheet.records))
                   - len(doubled(sheet.records)), held, len(sheet.skipped) - held)


@dataclass
class SheetPreview:
    name: str
    header_row: int
    headers: list[str]  # every header cell's text ("" for blank ones)
    mapping: dict[str, str]  # field -> header text
    rows: list[list[str]]  # the first data rows, as text, aligned with headers
    remembered: bool
    missing: list[str]  # required fields without a column
    # a date field's order as its column, else its sheet's date columns together, else an
    # earlier sheet settles it ("mdy"/"dmy"); "" when none does (the setting reads it)
    date_orders: dict[str, str] = field(default_factory=dict)
    # a number field's decimal mark ("," or ".") as its column, else its sheet's figures
    # settle it; "" when none does (1.234 reads as a spreadsheet reads it)
    decimal_marks: dict[str, str] = field(default_factory=dict)
    # what the import does with a previewed row that is no order (by its index in `rows`):
    # a totals or subtotal row or a row it skips, with the reason; a payment row
    row_notes: dict[int, Message] = field(default_factory=dict)
    # the years the sheet's order dates span, which say where 25/03/01 puts its year
    date_years: Years | None = None
    # the year the tab's or file's name states, of dates typed without one (3月5日)
    date_named: NamedYear | None = None
    # a payments sheet's fields named as money received (SheetLayout.words, fields.worded)
    words: dict[str, str] = field(default_factory=dict)
    counts: RowCounts = field(default_factory=RowCounts)  # over the whole tab
    # a previewed row skipped though it names an order (held, no order found): its cells the
    # import cannot read, named in the import report's words (they are read once it is taken)
    row_cells: dict[int, list[Message]] = field(default_factory=dict)
    # the import's refusal of the file, of the tab previewed from its likeliest header row
    # (a required column missing): its counts are none, and the dialog says why in these words
    refused: Message | None = None
    # hidden in the workbook, read as the ledger's (workbook_layouts.hidden_ledger): the
    # dialog says so, as the report does, for the clerk who hid it to keep it out
    hidden: bool = False
    # the import report's notes on what reading the tab did (core.ledger.sheet_notes): its
    # hidden rows, months without a day, long numbers, Excel error cells
    notes: list[Message] = field(default_factory=list)


@dataclass
class FilePreview:
    path: Path
    file_format: str | None = None
    sheets: list[SheetPreview] = field(default_factory=list)
    passed: list[PassedSheet] = field(default_factory=list)
    refusal: Message | None = None
    date_order: str = "mdy"  # the firm's setting, for dates no column settles

    @property
    def mapping(self) -> dict[str, str]:
        """The first ledger sheet's mapping: a monthly workbook's tabs share one layout."""
        return dict(self.sheets[0].mapping) if self.sheets else {}


def preview_file(conn: sqlite3.Connection, path: Path, *, sheet: str | None = None,
                 overrides: dict[str, str] | None = None, steps: Steps | None = None
                 ) -> FilePreview:
    """The layout the import would use. A file the import would refuse for want of a
    required column is still previewed from its likeliest header row: choosing that column
    is exactly what the dialog is for (its sheet then lists what is `missing`)."""
    result = FilePreview(Path(path))
    rules, remembered = load_rules(conn), remembered_layouts(conn)
    try:
        tabs = _read_tabs(result.path, sheet, overrides or {}, remembered, rules, steps)
    except Refusal as refusal:  # the workbook's own: read_workbook's
        result.refusal, result.file_format = refusal.message, refusal.file_format
        return result
    result.file_format, result.date_order = tabs.workbook.format, rules.date_order
    try:
        result.passed = tabs.found()
    except Refusal as refusal:
        result.sheets = _refused_tabs(tabs, refusal, remembered, overrides or {})
        if not result.sheets:
            result.refusal = refusal.message
        return result
    result.sheets, read = tabs.previews, tabs.read
    noted = FileCredits(stored_credit(conn, result.path.name))
    known, sales = stored_customers(conn), StoredSales(conn)
    # every tab's sales, as the import weighs a receipts tab before them (file_payers)
    sold: list[list[tuple[object, ...]]] = [records.records for _, records in read]
    for rows in sold:
        add_buyers(known, rows)
    paid: list[dict[int, str]] = []  # by tab, a 代付 row's customer, as the import reads it
    # and the import report's notes on them: the preview said nothing of a payment counted as
    # another customer's money, nor of a 代付 name no customer has (win41)
    said_paid: list[list[Message]] = []
    long_orders = LongOrders(partial(stored_long, conn))
    for tab_at, (layout, records) in enumerate(read):  # a sale's note naming a return's sum
        records.records = with_noted_returns(records.records, noted, records.returned)
        noted.add(records.records)  # one an earlier tab writes on a row of its own
        unnamed: list[tuple[int, str, str]] = []
        records.records, moved = for_customers(records.records, known, unnamed)
        tab = layout.sheet.name
        sold[tab_at] = records.records
        records.records, numbered = for_numbers(records.records, chain.from_iterable(sold),
                                                sales, tab)  # another buyer's invoice (acct52h)
        records.records, named, gone = for_named(records.records, known, chain.from_iterable(sold),
                                                 sales, tab)  # an agent, the bank's spelling
        records.records = numbers_not_names(records.records, known)  # a name: no number
        unnamed = [u for u in unnamed if u[0] not in gone]
        paid.append({row: customer for row, _, customer in moved})
        said_paid.append([*paid_for_message(tab, moved), *unnamed_message(
            conn, result.path.name, [(tab, *row) for row in unnamed], ()), *numbered, *named])
        long_orders.sheet(records)  # a long number's float and text: one order, as imported
    # a payment row naming an order its tab does not list, matched as the import matches it:
    # against every tab's sale rows and the store
    marks = _return_marks(conn, result.path.name, read)
    take_owners([records for _, records in read], (  # a number-only row's one buyer
        r for _, records in read for r in records.records),
        partial(stored_owners, conn, result.path.name))
    respelled: list[Message] = []  # a buyer written otherwise: his order's (held_buyers)
    orders = matched_held([(layout.sheet.name, records) for layout, records in read], lambda: (
        r for _, records in read for r in records.records), HeldOrders(conn), known, respelled)
    for said, (layout, _) in zip(said_paid, read, strict=True):  # each under its tab
        said.extend(m for m in respelled if m.params.get("sheet") == layout.sheet.name)
    under_way = previewed(conn, [records for _, records in read])
    cells = [held_cells(layout, records, [s.row for _, s in records.pending],
                        rules.base_currency, len(preview.rows))
             for preview, (layout, records) in zip(result.sheets, read, strict=True)]
    for layout, records in read:
        settle_pending(records, orders)
        if under_way is not None:  # a refund under way of a credit note's sum: skipped
            under_way.skip(layout.sheet.name, records)
    # 质量扣款500 on one tab, the short wire on another or in a stored file: as the import
    # weighs it once every tab is read (file_reader._settle), not a tab at a time (fix57d)
    apart = paid_apart((records.records for _, records in read), stored_money(
        conn, result.path.name), converter(Rates(conn, rules.base_currency).usd_per_unit)
    ) if any(hints(records.records) for _, records in read) else None
    for preview, (layout, records), paid_for, said, unread_cells in zip(
            result.sheets, read, paid, said_paid, cells, strict=True):
        records.records = with_deductions(records.records, apart, noted, set())
        returns = _said_refunds(conn, result.path.name, marks, layout, records)
        preview.row_notes = row_notes(layout, records, len(preview.rows), paid_for, returns, apart)
        preview.row_cells = {index: said for index, said in unread_cells.items()  # those skipped
                             if not taken_note(preview.row_notes[index])}
        preview.counts = RowCounts.of(records)
        preview.notes = [*read_notes(layout, records, records.records, preview.counts.taken),
                         *formula_messages(layout), *said]
    if all(preview.counts == RowCounts() for preview in result.sheets):  # refused on Import
        result.refusal = no_rows(result.path.name, 0, [n for p in result.sheets
                                                       for n in p.notes]).message
        result.sheets = []  # a header and nothing under it (rv50b): refused up front
    return result


def _return_marks(conn: sqlite3.Connection, name: str,
                  read: list[tuple[SheetLayout, SheetRecords]]) -> ReturnMarks:
    """The workbook's returns and refunds taken as the import takes them (core.ledger.
    return_marks: a list naming no currency in its orders', a sale row's return column's
    money a list says given back, its parts in this file or others)."""
    marks = ReturnMarks()
    sold = cache(lambda: sold_in(r for _, records in read for r in records.records))
    for layout, records in read:
        marks.in_currency(layout, records, sold, stored_currency(conn))
        marks.count(layout, records)
    marks.settle((r for _, records in read for r in records.records), OtherFiles(conn, name))
    return marks


def _said_refunds(conn: sqlite3.Connection, name: str, marks: ReturnMarks, layout: SheetLayout,
                  records: SheetRecords) -> dict[int, Message]:
    """A tab's rows read as a return and its refund, said as the import books it, its held
    rows settled first (file_reader._settle; a later file's -3,000 退货 row: fx43a)."""
    marks.told(records, stored_list(conn, name))
    return listed_notes(records.records, marks.booked(
        list(records.records), records.payment_rows, stored_column(conn, name)),
        layout.header_row_number + 1)


@dataclass
class _Tabs:
    """A workbook's sheets as read_workbook gives them, each ledger tab previewed and read
    whole as it came (the next one parsed meanwhile, core.ledger.readers.calamine), and what
    find_layouts would refuse the file for, in its order."""

    workbook: Workbook
    previews: list[SheetPreview]
    read: list[tuple[SheetLayout, SheetRecords]]
    passed: list[PassedSheet]
    refused: Refusal | None
    overrides: Mapping[str, str] = field(default_factory=dict)  # the clerk's choices
    remembered: Mapping[str, dict[str, int]] = field(default_factory=dict)  # layouts kept

    def found(self) -> list[PassedSheet]:
        """The sheets passed over, as find_layouts says them, or its refusal."""
        passed = unreadable_sheets(self.workbook.path, self.workbook.unreadable,
                                   self.remembered, self.overrides) + self.passed
        if self.refused is not None:
            raise self.refused
        refuse_file(self.workbook.path, passed, [layout for layout, _ in self.read],
                    self.overrides)
        return passed


def _read_tabs(path: Path, sheet: str | None, overrides: dict[str, str],
               remembered: dict[str, dict[str, int]], rules: Rules, steps: Steps | None
               ) -> _Tabs:
    """Each sheet's layout (find_layouts' sheet by sheet) and each ledger tab read whole as
    it comes: read whole before any tab was, a 24-tab workbook waited for every tab's XML
    and then for every tab's reading, one after the other."""
    stream = open_workbook(path, steps, sheet, clean=True, holds_orders=partial(
        holds_orders, remembered=remembered, overrides=overrides))
    sheets: list[RawSheet] = []
    unreadable: list[UnreadableSheet] = []
    tabs = _Tabs(Workbook(path, stream.format, sheets), [], [], [], None, overrides, remembered)
    earlier = ""  # as the import reads them: a tab's open dates as an earlier tab settled them
    with closing(stream):
        for number, raw in enumerate(stream.sheets):
            part = steps and steps.sub(number / stream.count, (number + 1) / stream.count)
            if part:
                part.report(0.0, raw.name)
            if isinstance(raw, UnreadableSheet):
                unreadable.append(raw)
                continue
            sheets.append(raw)
            if tabs.refused is not None:  # the file is refused: its sheets kept, not read
                continue
            raw.merged = clip_merged(raw.merged, len(raw.rows))
            try:
                layout = tab_layout(raw, remembered, overrides, sheet, path.name)
            except Refusal as refusal:
                tabs.refused = refusal
                continue
            if isinstance(layout, PassedSheet):
                tabs.passed.append(layout)
                continue
            if number == stream.count - 1:  # every tab's headers known: refused before its rows
                try:
                    unread = unreadable_sheets(path, unreadable, remembered, overrides)
                    refuse_file(path, unread + tabs.passed,
                                [*(laid for laid, _ in tabs.read), layout], overrides)
                except Refusal as refusal:
                    tabs.refused = refusal
                    continue
            dated_receipts(layout, raw.rows[layout.header_index + 1:])  # as the import reads it
            preview, settled = _sheet_preview(raw, layout.header_index, layout.headers,
                                              layout.mapping, layout.remembered, earlier)
            preview.date_named, preview.words = layout.named, layout.words
            order = settled or earlier or rules.date_order
            tabs.read.append((layout, whole_sheet(layout, rules.base_currency, order, part)))
            tabs.previews.append(preview)
            earlier = earlier or settled
    tabs.workbook = finish(path, stream.format, sheets, unreadable, stream.encoding)
    return tabs


def _sheet_preview(raw: RawSheet, index: int, headers: list[str | None],
                   mapping: dict[str, int], remembered: bool, earlier: str = ""
                   ) -> tuple[SheetPreview, str]:
    """The sheet as the dialog shows it, and the date order its own dates settle."""
    width = len(headers)
    data = raw.rows[index + 1:index + 1 + PREVIEW_ROWS]
    rows = [[cell_text(row[i]) or "" if i < len(row) else "" for i in range(width)]
            for row in data]
    column = raw.rows[index + 1:]  # the import settles these on the whole column

    def cells(fields: tuple[str, ...]) -> dict[str, list[object]]:
        return {name: [r[i] for r in column if i < len(r)]
                for name, i in mapping.items() if name in fields}

    orders, settled, years = date_orders(cells(DATE_FIELDS), earlier)
    marks = settled_by_sheet(cells(NUMBER_FIELDS), decimal_mark, "")[0]
    return SheetPreview(raw.name, raw.first_row_number + index, [h or "" for h in headers],
                        {name: headers[i] or "" for name, i in mapping.items()}, rows,
                        remembered, has_required(mapping), orders, marks,
                        date_years=years, hidden=raw.hidden), settled


def whole_sheet(layout: SheetLayout, base_currency: str, date_order: str,
                steps: Steps | None) -> SheetRecords:
    """Every row of a ledger sheet as the import reads it (over a copy of its rows: reading
    lets a sheet's rows go), its held rows not yet settled."""
    stop = None if steps is None else steps.report  # its progress, and Cancel heard
    sheet = dataclasses.replace(layout.sheet, rows=list(layout.sheet.rows))
    return read_records(dataclasses.replace(layout, sheet=sheet), base_currency, date_order,
                        stop)


def _refused_tabs(tabs: _Tabs, refusal: Refusal, remembered: dict[str, dict[str, int]],
                  overrides: dict[str, str]) -> list[SheetPreview]:
    """A file refused for want of a column, its tabs that lack one, each saying so, for the
    clerk to choose it: the order tabs headed 成交额 beside a 收款 tab were not listed, the
    payments tab alone was, and the clerk could not choose their amount column here."""
    if refusal.code not in ("missing_required_field", "no_ledger_sheet"):
        return []
    named = refusal.message.params.get("sheet")
    left = [sheet for sheet in orders_left_out(tabs.passed) if sheet.name != named]
    found = []
    for said in [refusal, *(no_ledger(tabs.workbook.path, [sheet]) for sheet in left)]:
        preview = _likeliest_sheet(tabs.workbook, said, remembered, overrides)
        if preview is not None:
            preview.refused = said.message
            found.append(preview)
    order = [sheet.name for sheet in tabs.workbook.sheets]
    return sorted(found, key=lambda preview: order.index(preview.name))


def _likeliest_sheet(workbook: Workbook, refusal: Refusal,
                     remembered: dict[str, dict[str, int]], overrides: dict[str, str]
                     ) -> SheetPreview | None:
    """The sheet and header row a person would take for the ledger's, mapped as far as it
    goes: the row named by the refusal, else the first visible sheet's fullest early row."""
    params = refusal.message.params
    sheets = [s for s in workbook.sheets if not s.hidden and s.rows]
    raw = next((s for s in sheets if s.name == params.get("sheet")), None)
    if raw is not None:
        index = int(params["row"]) - raw.first_row_number
    elif sheets:
        raw = sheets[0]
        counts = [sum(1 for v in row if cell_text(v)) for row in raw.rows[:HEADER_SEARCH_ROWS]]
        index = counts.index(max(counts))
        if counts[index] < 3:
            return None  # nothing like a header row: the refusal says more than a preview
    else:
        return None
    headers = [cell_text(v) for v in raw.rows[index]]
    known = remembered.get(header_signature(headers))
    mapping = dict(known) if known else auto_map(headers)
    mapping = {k: v for k, v in mapping.items() if v < len(headers) and headers[v]}
    with contextlib.suppress(Refusal):  # a chosen header not in this row: show it as found
        mapping = apply_overrides(headers, mapping, overrides)
    return _sheet_preview(raw, index, headers, mapping, bool(known))[0]
