"""One ledger sheet -> its rows as records, each row skipped with its reason, its totals checks.

Everything a clerk's sheet can hold in a cell is turned into typed values here: the importer
above only groups records into orders and writes them. Totals rows are not data but a check:
their figure is compared with the rows above so the clerk sees the import agrees with her 合计.

The sheet is read column by column (core.ledger.sheet_columns parses each mapped column by its
distinct values); the rows are then walked once in order, since skips and totals depend on
what came before.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter, is_not, itemgetter, not_
from typing import cast

from core.i18n import N_
from core.ledger.amounts import parse_amount
from core.ledger.bank_charges import charge_row
from core.ledger.cells import plain
from core.ledger.charged_receipts import Charged, charge_cells, with_charges
from core.ledger.day_lists import LISTED, sheet_listed
from core.ledger.filled_down import continue_orders, fill_merged
from core.ledger.header_units import header_scale, scaled
from core.ledger.layout import SheetLayout
from core.ledger.long_numbers import LongCells, long_numbers
from core.ledger.month_dates import MonthCells, month_cells
from core.ledger.normalise import cell_text, fold
from core.ledger.number_only import provisional
from core.ledger.owed_rows import owed_message, owed_places
from core.ledger.paper_typos import Typo
from core.ledger.received_only import Named, named
from core.ledger.received_rmb import dated_receipts
from core.ledger.record import CUSTOMER_KEY, ORDER_NO, RECEIVED, ROW, Record
from core.ledger.rest_day import RestCame, noted_rests
from core.ledger.row_problems import held_problem, no_customer, row_problem
from core.ledger.sheet_columns import SheetColumns
from core.ledger.subtotals import (
    NAMING_FIELDS,
    CustomerRows,
    Subtotal,
    agrees_as_rounded,
    bare,
    names_customer,
    naming_key,
    subtotal_of,
)
from core.ledger.template_tabs import sample_rows
from core.ledger.totals_words import (
    TOTALS_COLUMNS,
    Hints,
    hinted,
    only_totals,
    says_total,
    worded_rows,
)
from core.messages import Listed, Message

PROGRESS_ROWS = 5000


@dataclass
class Skipped:
    sheet: str
    row: int
    message: Message


@dataclass
class TotalsCheck:
    """A totals row of the sheet and what the rows above it add up to."""

    sheet: str
    row: int
    stated: float
    rows_sum: float  # every row above with a readable amount, as Excel's SUM sees them
    imported_sum: float  # the rows the import took
    skipped_rows: list[int] = field(default_factory=list)
    suspects: list[int] = field(default_factory=list)  # rows whose amount equals the gap

    @property
    def agrees(self) -> bool:
        return agrees_as_rounded(self.stated, self.rows_sum)  # a 小计 to whole units


Cells = dict[str, list[tuple[int, object]]]  # a column's (row number, cell) by its field


@dataclass
class SheetRecords:
    records: list[Record] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    totals: list[TotalsCheck] = field(default_factory=list)
    date_order: str = ""  # the day-month order the sheet's dates settle, "" if they do not
    day_first: bool = False  # its received dates read day first (a typed row's 5/6: typed_apart)
    # optional column -> its taken rows' cells read as empty though they hold something
    unread: Cells = field(default_factory=dict)
    months: MonthCells = field(default_factory=list)  # a month without its day (month_dates)
    long_ids: LongCells = field(default_factory=list)  # beyond 15 digits (long_numbers)
    payment_rows: list[int] = field(default_factory=list)  # read as money received
    prepaid: dict[int, str] = field(default_factory=dict)  # ... before any order: its word
    undated_refunds: list[int] = field(default_factory=list)  # dated by their row (typed_rows)
    refunded: dict[int, float] = field(default_factory=dict)  # sale rows less their refund's
    returned: dict[int, float] = field(default_factory=dict)  # ... their return column's sum
    taken: dict[int, float] = field(default_factory=dict)  # ... the money paid for it, taken off
    # rows naming an order another tab or the store may list (core.ledger.received_only):
    # each as money received, and as skipped where none does (settle_pending)
    pending: list[tuple[Record, Skipped]] = field(default_factory=list)
    pending_unread: Cells = field(default_factory=dict)  # their `unread`, named once taken
    other_differs: list[int] = field(default_factory=list)  # a 2nd received figure not counted
    continued: list[int] = field(default_factory=list)  # product lines under their order's row
    # payment rows held under the order above, noted for another order of the sheet: its
    # number (Filled.above, OrderPayments.noted)
    above: dict[int, str] = field(default_factory=dict)
    # typed payment rows whose order the sheet does not sell (Filled.away, typed_apart)
    away: set[int] = field(default_factory=set)
    charged: list[Charged] = field(default_factory=list)  # a bank's charge counted as paid
    paper_typos: list[Typo] = field(default_factory=list)  # dates left out (paper_typos)
    # a payment row's rest come on a later day, kept on its line (rest_day, rest_receipts)
    rests: dict[int, RestCame] = field(default_factory=dict)




def usual_rows(customers: Sequence[str | None], dates: Sequence[str | None],
               amounts: Sequence[float | None], special: set[int]) -> list[bool]:
    """The rows naming their customer, dated, with an amount, and none of `special`."""
    usual = list(map(all, zip(customers, dates, map(is_not, amounts, repeat(None)), strict=True)))
    for j in special:
        usual[j] = False
    return usual


def _blank(row: Sequence[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def read_records(layout: SheetLayout, base_currency: str = "USD", date_order: str = "mdy",
                 progress: Callable[[float], None] | None = None) -> SheetRecords:
    """Every data row of one ledger sheet as a record, a skip with its reason, or a total.
    The sheet's cells are let go once read: the rest of the file need not wait beside them."""
    fill_merged(layout)
    charges = charge_cells(layout)  # 银行扣费 beside each payment (charged_receipts)
    sheet, first = layout.sheet, layout.header_index + 1
    data = sheet.rows[first:]
    dated_receipts(layout, data)  # a 到账 column of dates is no money received
    columns, hints = SheetColumns(layout, data, base_currency, date_order), Hints()
    worded = worded_rows(columns.first_cells(TOTALS_COLUMNS), hints,
                         columns.first_sets(TOTALS_COLUMNS))
    filled = continue_orders(columns, data, worded, says_total)
    if filled.continued:  # lines and payments given their order's cells: the sheet read again
        columns, hints = SheetColumns(layout, data, base_currency, date_order), Hints()
        worded = worded_rows(columns.first_cells(TOTALS_COLUMNS), hints,
                             columns.first_sets(TOTALS_COLUMNS))
    out = SheetRecords(date_order=columns.date_order, paper_typos=columns.paper_typos,
                       day_first=columns.date_orders["received_date"] == "dmy")
    amounts, customers, order_dates = columns.amounts, columns.customers, columns.order_dates
    totals_rows = {j for j in worded
                   if not (customers[j] and order_dates[j] and amounts[j] is not None)
                   or any(only_totals(v) for v in data[j][:TOTALS_COLUMNS])}
    header = [fold(h) if h else "" for h in layout.headers]
    customer_column = layout.mapping["customer"]
    header_like = columns.header_like(customer_column, header[customer_column])
    header_rows = {j for j, v in enumerate(columns.raw_of("customer")) if v in header_like} \
        if header_like else set()
    subtotals = _subtotal_cells(columns, totals_rows, hints)
    special = totals_rows | header_rows | subtotals.keys() | (  # the bank's charge on its row
        {j for j, note in enumerate(columns.notes) if note and charge_row(note, amounts[j])}
        if layout.receipts else set()) | sample_rows(customers)
    owed = owed_places(amounts, columns.money["received_amount"][0], columns.products,
                       columns.notes, columns.raw_of("status"), columns.received_dates,
                       set(filled.continued), filled.away, columns.order_nos) | filled.memos
    special |= owed  # a payment row naming its buyer said not in, or one typed again that its
    # order's rows make a note
    seen: dict[str, int] | None = None  # each customer's first row, once a subtotal needs it
    pending: CustomerRows | None = None
    since_total: list[tuple[int, float | None, bool]] = []  # (row, amount, imported)
    since_start: list[tuple[int, float | None, bool]] = []
    name, number0 = sheet.name, sheet.first_row_number + first
    # the usual rows (no blank, no header, no total, no problem) taken in runs at C speed;
    # the others walked one by one, in order, between them
    chosen, done = usual_rows(customers, order_dates, amounts, special), 0
    for j in [*compress(range(len(data)), map(not_, chosen)), len(data)]:
        if done < j:
            since_start += (run := list(zip(range(number0 + done, number0 + j),
                                            amounts[done:j], repeat(True))))
            since_total += run
        if progress is not None:
            for at in range(max(PROGRESS_ROWS, -(-done // PROGRESS_ROWS) * PROGRESS_ROWS),
                            min(j + 1, len(data)), PROGRESS_ROWS):
                progress(at / len(data))
        if j == len(data):
            break
        done, row = j + 1, data[j]
        number, amount, customer = number0 + j, amounts[j], customers[j]
        if _blank(row):
            continue
        if j in header_rows and _repeats_header(row, header):
            continue  # the header repeated (sheets pasted one under another)
        if j in subtotals and j not in totals_rows:
            seen = seen if seen is not None else _first_rows(columns.customer_keys)
            found = _subtotal_at(j, subtotals[j], columns.customer_keys, seen)
            if found is not None:
                pending = pending or CustomerRows(_naming_keys(columns), number0)
                mine = pending.take(found[2], found[0].name, since_start)
                if amount is not None:
                    out.totals.append(_check_total(name, number, amount, since_total,
                                                   since_start, mine))
                out.skipped.append(Skipped(name, number, subtotal_message(found[1])))
                continue
        if j in totals_rows or (amount is not None and not customer and not order_dates[j]):
            if amount is not None and j not in filled.memos:  # a payment's note: no total
                mine = filled.mine(j, amounts, chosen, number0)
                if j in subtotals:  # "C-1 合计" alone on its row: order C-1's rows first
                    pending = pending or CustomerRows(_naming_keys(columns), number0)
                    mine = next((m for t, _, f in subtotals[j]
                                 if (m := pending.take(f, t.name, since_start))), mine)
                out.totals.append(_check_total(name, number, amount, since_total, since_start,
                                               mine))
            since_total = []
            out.skipped.append(Skipped(name, number, filled.told.get(j) or Message(
                "totals_row", N_("totals row"))))
            continue
        problem = row_problem(layout, customer, order_dates[j], amount,
                              columns.raw_amount(j), columns.raw_order_date(j), columns.years,
                              columns.date_orders["order_date"],
                              columns.money["received_amount"][0][j],
                              columns.raw_of("doc_type")[j], columns.by_receipt(j),
                              columns.notes[j]) or (owed_message() if j in owed else None)
        if problem:  # a payment row read as a note (order_payments): said what it is
            out.skipped.append(Skipped(name, number, filled.told.get(j, problem)
                                       if j in filled.memos else problem))
            since_total.append((number, amount, False))
            since_start.append((number, amount, False))
            continue
        chosen[j] = True
        since_total.append((number, amount, True))
        since_start.append((number, amount, True))
    out.records = columns.records(range(number0, number0 + len(data)), chosen)
    out.records, out.charged = with_charges(out.records, charges, layout.receipts)
    out.rests = noted_rests(out.records, {number0 + j: rest for j, rest in filled.rests.items()
                                          if chosen[j]})
    out.payment_rows, out.undated_refunds = columns.payment_rows, columns.undated_refunds
    out.continued = [number0 + j for j in filled.continued if chosen[j]]
    out.above = {number0 + j: named for j, named in filled.above.items() if chosen[j]}
    out.away = {number0 + j for j in filled.away if chosen[j]}
    out.prepaid = {number0 + j: word for j, word in columns.prepaid.items() if chosen[j]}
    out.refunded = {number0 + j: back for j, back in columns.refunded.items() if chosen[j]}
    out.returned = {number0 + j: back for j, back in columns.returned.items() if chosen[j]}
    out.taken = {number0 + j: back for j, back in columns.returned.taken.items() if chosen[j]}
    held = [j for j in columns.elsewhere if chosen[j]]
    out.unread = {**columns.unread_cells(chosen, number0),  # and 收款日期 of two days, read
                  LISTED: sheet_listed(columns, chosen, number0)}
    out.months = month_cells(layout, columns.raw_of, chosen, number0)
    out.long_ids = long_numbers(layout, columns.raw_of, chosen, number0)
    if held:
        _hold(out, columns, held, number0)
        out.unread, out.pending_unread = _cells_apart(out.unread, {number0 + j for j in held})
    other = other_column(layout)
    if other is not None:
        out.other_differs = [r[ROW] for r in out.records if differs(
            r[RECEIVED], data[r[ROW] - number0], other, layout)]
    sheet.rows = []
    return out


def other_column(layout: SheetLayout) -> int | None:
    """A payments sheet's second received figure not counted (到账金额 counted, 收款金额 not:
    core.ledger.layout.one_received), by its place."""
    counted = layout.mapping.get("amount")
    return next((i for i, h in enumerate(layout.headers) if layout.other_received is not None
                 and h == layout.other_received and i != counted), None)


def differs(counted: float | None, row: Sequence[object], other: int, layout: SheetLayout
            ) -> bool:
    """Does the row's figure not counted say another sum than the one counted? A blank one
    says nothing; a clerk whose two columns agree on every row is told nothing of them."""
    cell = plain(row[other]) if other < len(row) else None
    figure = scaled(parse_amount(cell)[0], header_scale(layout.headers[other])[0])
    return figure is not None and counted is not None and abs(figure - counted) >= 0.005


def _hold(out: SheetRecords, columns: SheetColumns, held: list[int], number0: int) -> None:
    """The rows naming an order their sheet does not list, held aside with what they were
    skipped as before (core.ledger.received_only.elsewhere)."""
    layout, rows = columns.layout, {}
    for j in held:
        if provisional(columns.customer_keys[j]) is not None:  # no buyer has its number yet
            rows[number0 + j] = Skipped(columns.sheet, number0 + j, no_customer())
            continue
        problem = held_problem(row_problem(
            layout, columns.customers[j], columns.elsewhere[j], None, plain(
                columns.raw_of("amount")[j]), plain(columns.raw_of("order_date")[j]),
            columns.years, columns.date_orders["order_date"],
            columns.money["received_amount"][0][j], columns.raw_of("doc_type")[j]),
            columns.order_nos[j], columns.elsewhere[j])
        rows[number0 + j] = Skipped(columns.sheet, number0 + j, problem)
    out.pending = [(r, rows[r[ROW]]) for r in out.records if r[ROW] in rows]
    out.records = [r for r in out.records if r[ROW] not in rows]
    out.payment_rows = [n for n in out.payment_rows if n not in rows]


def _cells_apart(cells: Cells, rows: set[int]) -> tuple[Cells, Cells]:
    """Each column's (row, cell) list split: those of other rows, those of `rows`."""
    return ({name: [c for c in found if c[0] not in rows] for name, found in cells.items()},
            {name: [c for c in found if c[0] in rows] for name, found in cells.items()})


def settle_pending(sheet: SheetRecords, orders: set[Named]) -> None:
    """The rows held aside: money received where the file or the store lists the order they
    name (`orders`), in their place among the sheet's rows, their unreadable optional cells
    named as a taken row's are (a ship date "2025-13-45" read as empty, said of no row before);
    skipped as before otherwise."""
    paid = [r for r, _ in sheet.pending if named(r[CUSTOMER_KEY], r[ORDER_NO]) in orders]
    if paid:
        sheet.records = sorted(sheet.records + paid, key=itemgetter(ROW))
        sheet.payment_rows = sorted({*sheet.payment_rows, *(r[ROW] for r in paid)})  # once each
        taken = _cells_apart(sheet.pending_unread, {r[ROW] for r in paid})[1]
        sheet.unread = {name: sorted([*sheet.unread.get(name, []), *taken.get(name, [])],
                                     key=itemgetter(0)) for name in sheet.unread.keys() | taken}
    if len(paid) < len(sheet.pending):
        rows = {r[ROW] for r in paid}
        once = {s.row: s for _, s in sheet.pending}  # a return read as two records (ref43)
        sheet.skipped = sorted(sheet.skipped + [s for s in once.values() if s.row not in rows],
                               key=attrgetter("row"))
    sheet.pending, sheet.pending_unread = [], {}


def _subtotal_cells(columns: SheetColumns, totals_rows: set[int], hints: Hints | None = None
                    ) -> dict[int, list[tuple[Subtotal, str, str]]]:
    """The rows whose customer or number cell writes a name beside a totals word (whether
    they are subtotals depends on the rows above them), with what each such cell says and
    the field it is in; on a totals row too ("C-1 合计" alone), checked against what it names."""
    found: dict[int, list[tuple[Subtotal, str, str]]] = {}
    for field_name in NAMING_FIELDS:
        values = columns.raw_of(field_name)
        said = {v: t for v in hinted(values, hints, columns.distinct_of(field_name))
                if (t := subtotal_of(v)) is not None}
        if said:
            for j, v in enumerate(values):
                if v in said:
                    found.setdefault(j, []).append((said[v], v, field_name))
    return found


def _naming_keys(columns: SheetColumns) -> Callable[[str], Sequence[str | None]]:
    """Each naming field's keys (bare), for the rows a subtotal in that field names."""
    def keys_of(field_name: str) -> Sequence[str | None]:
        if field_name == "customer":
            return [None if k is None else bare(k) for k in columns.customer_keys]
        return list(map(naming_key, columns.raw_of(field_name)))
    return keys_of


def _subtotal_at(j: int, cells: list[tuple[Subtotal, str, str]], keys: Sequence[str | None],
                 first: dict[str, int]) -> tuple[Subtotal, str, str] | None:
    """The first of a row's cells that makes it a subtotal, given the customers above it."""
    return next(((t, cell, f) for t, cell, f in cells if names_customer(
        t, keys[j], {t.name} if first.get(t.name, j) < j else set())), None)


def _first_rows(keys: Sequence[str | None]) -> dict[str, int]:
    """Each customer's first row (by its bare key)."""
    first: dict[str, int] = {}
    for j, key in enumerate(keys):
        if key is not None:
            first.setdefault(bare(key), j)
    return first


def subtotal_message(cell: str) -> Message:
    """A subtotal row is a totals row: skipped, its sum checked, and named in the report."""
    return Message("totals_row", N_("“{text}” is a subtotal, not an order"),
                   {"text": cell_text(cell)})


def _repeats_header(row: Sequence[object], header: list[str]) -> bool:
    return [fold(t) if t else "" for t in map(cell_text, row)][:len(header)] == header


def _check_total(sheet: str, number: int, stated: float,
                 since_total: list[tuple[int, float | None, bool]],
                 since_start: list[tuple[int, float | None, bool]],
                 mine: list[tuple[int, float | None, bool]] | None = None) -> TotalsCheck:
    """Compare with the rows since the last total, or with the whole sheet (a grand total);
    a subtotal naming a customer, order or product first with its rows since its last
    subtotal (`mine`),
    which it is shown against when nothing agrees."""
    own = _total_over(sheet, number, stated, mine) if mine else None
    if own is not None and own.agrees:
        return own
    recent = _total_over(sheet, number, stated, since_total)
    if recent.agrees:
        return recent
    whole = _total_over(sheet, number, stated, since_start)
    return whole if whole.agrees or not since_total else own or recent


def _total_over(sheet: str, number: int, stated: float,
                since: list[tuple[int, float | None, bool]]) -> TotalsCheck:
    # at C speed: a sheet's one 合计 row weighs every row above it (100,000 at 100k)
    readable = cast(list[tuple[int, float, bool]], list(compress(
        since, map(is_not, map(itemgetter(1), since), repeat(None)))))  # no amount None
    amounts = list(map(itemgetter(1), readable))
    rows_sum = math.fsum(amounts)
    imported = math.fsum(compress(amounts, map(itemgetter(2), readable)))
    gap = round(stated - rows_sum, 2)
    suspects = [r for r, a, _ in readable
                if math.isclose(abs(gap), abs(a), abs_tol=0.005)] if gap else []
    return TotalsCheck(sheet, number, stated, rows_sum, imported,
                       list(compress(map(itemgetter(0), since), map(not_, map(
                           itemgetter(2), since)))), suspects)


def iter_skipped_ranges(rows: list[int]) -> Iterator[tuple[int, int]]:
    """Row numbers folded into ranges (5, 6, 7, 9 -> 5-7, 9) for a readable report."""
    ordered = sorted(rows)
    if not ordered:
        return
    start = prev = ordered[0]
    for n in ordered[1:]:
        if n == prev + 1:
            prev = n
        else:
            yield start, prev
            start = prev = n
    yield start, prev


def ranges_text(rows: list[int], shown: int | None = None) -> Listed:
    """5, 6, 7, 9 -> "5–7, 9" ("5–7、9" in Chinese), the first `shown` ranges then "…": a
    Listed, so a message made in one language reads the other's separators after a switch."""
    return Listed([f"{a}–{b}" if b > a else str(a) for a, b in iter_skipped_ranges(rows)], shown)
