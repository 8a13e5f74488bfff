"""The reference import: the whole file read into memory, every cell parsed on its own, every
order and line written with its own statement — the importer as it was before issue 11.

It shares the readers, the layout finder, the parsers of single values and the report with the
app, and re-does everything issue 11 made fast (records, grouping, copied wires, writing), so
test_fast_import.py can compare the database and the report the fast path leaves with this.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from functools import partial
from itertools import chain
from pathlib import Path
from types import SimpleNamespace

from core.i18n import N_
from core.ledger.alike_customers import alike_customers
from core.ledger.amended_lines import kept_amount_messages
from core.ledger.balance_rows import carried_messages
from core.ledger.beside_deposit import redated_message
from core.ledger.beyond_dates import beyond_messages
from core.ledger.cancelled_notes import called_off_messages, said_cancelled
from core.ledger.cancelled_shares import listing_floor, said_shares, shipped_on
from core.ledger.charged_receipts import charges_message
from core.ledger.code_split import owners, split_name
from core.ledger.corrected_payments import corrected_payments, payments_stored
from core.ledger.credit_lines import stored_credits
from core.ledger.customer_codes import Codes, SheetCodes, add_codes
from core.ledger.deduction_notes import hinted
from core.ledger.deduction_notes import settled as deduction_settled
from core.ledger.deductions_stored import settle_stored, stored_money
from core.ledger.deleted_orders import deleted_orders
from core.ledger.deposit_rows import FileOrders, Seen, deposit_messages
from core.ledger.deposit_seen import deposits_seen
from core.ledger.displaced_notes import is_sale, move_displaced
from core.ledger.dropped_returns import drop_noted_returns
from core.ledger.file_copies import copy_messages
from core.ledger.file_labels import FileLabels
from core.ledger.filed_returns import (
    candidate,
    mark_returns,
    returns_tab,
    sold_before,
    stored_sold,
    tab_return,
    unsold_returns,
)
from core.ledger.held_before import unkept
from core.ledger.held_files import held_refusal, keep_held, read_held, waiting
from core.ledger.hidden_parts import hidden_messages
from core.ledger.import_result import FileResult, SheetReport, result_json
from core.ledger.importer import import_key
from core.ledger.insurer_claims import claim_messages
from core.ledger.kept_refunds import drop_kept_refunds
from core.ledger.keys import BOUGHT, BUYER, NUMBERED, PaidApart, numbered_order_key
from core.ledger.layout import SheetLayout
from core.ledger.leftover_lines import drop_leftovers
from core.ledger.listed_currency import in_sold_currency, stored_currency
from core.ledger.listed_days import Cell, ListedDays, sheet_cells
from core.ledger.listed_returns import (
    OtherFiles,
    StoredReturn,
    parts_apart,
    stored_column,
    stored_list,
    stored_parts,
)
from core.ledger.long_orders import LongOrders, is_long, rename_orders, stored_long
from core.ledger.lot_balances import clear_lot_balances
from core.ledger.lot_words import lot_said
from core.ledger.lowered_totals import lowered_messages
from core.ledger.misread_returns import repair as repair_misread
from core.ledger.misread_rows import drop_misread_lines, misread_message
from core.ledger.month_dates import MonthCells, month_cells
from core.ledger.month_notes import month_messages
from core.ledger.moved_receipts import emptied_receipts, moved_receipts
from core.ledger.moves import moved_orders
from core.ledger.normalise import customer_key, fold
from core.ledger.noted_credits import name_noted_credits, with_named
from core.ledger.noted_deductions import deduction_messages
from core.ledger.noted_halves import weigh_noted
from core.ledger.noted_orders import loose_number, reference, sale_numbers
from core.ledger.noted_returns import (
    further_return,
    noted_message,
    other_return,
    returned_sum,
    stored_credit,
)
from core.ledger.older_receipts import kept_day_messages, kept_total_messages, restated
from core.ledger.older_status import kept_status_messages
from core.ledger.one_refund import listed_parts, refund_of, return_of
from core.ledger.order_buyers import Buyers, kept_apart_messages, shared_numbers
from core.ledger.order_dates import carried_only_messages, later_date_messages
from core.ledger.order_payments import payment_word
from core.ledger.other_ledgers import Elsewhere, ledger_name, same_ledger
from core.ledger.other_lots import lot_messages
from core.ledger.paid_for import stored_customers
from core.ledger.paid_for_stored import book_stored, booked_message, paid_for_moves
from core.ledger.paid_in import date_returns, over_paid
from core.ledger.paper_dates import headers as paper_headers
from core.ledger.paper_dates import report_lines
from core.ledger.paper_typos import typo_messages
from core.ledger.payment_places import SheetPayments
from core.ledger.payments_seen import payments_seen_before
from core.ledger.placed_receipts import placed_receipts
from core.ledger.prepaid_rewritten import rewritten_prepaid
from core.ledger.prepaid_rows import prepaid_said
from core.ledger.rate_columns import dated_notes as rate_notes
from core.ledger.readers import read_workbook
from core.ledger.receipt_notes import dated_messages, receipt_messages
from core.ledger.received_only import named, stored_orders
from core.ledger.refunds_beyond import refunds_beyond
from core.ledger.refunds_under_way import UnderWay, skipped, stored_notes
from core.ledger.renamed_notes import named_in, stored_renames
from core.ledger.renamed_notes import renamed_messages as renamed_notes
from core.ledger.repaid_deductions import payers_firm, repays
from core.ledger.repeated_notes import said_last
from core.ledger.rest_day import RestCame, rest_said
from core.ledger.rest_receipts import keep_rests
from core.ledger.review import converter
from core.ledger.rows import Skipped
from core.ledger.sale_rows import sale_rows_message
from core.ledger.same_order import Substance
from core.ledger.saved_copies import saved_copy
from core.ledger.sheet_fields import FirstSale, first_sale
from core.ledger.sheet_notes import continued_messages, no_ship_dates
from core.ledger.still_moving import moving_messages
from core.ledger.stored_alike import stored_alike
from core.ledger.stored_codes import code_notes, stored_codes
from core.ledger.stored_papers import split_stored
from core.ledger.stored_receipts import file_says
from core.ledger.typed_apart import weigh_typed
from core.ledger.typed_deductions import settle_typed
from core.ledger.typed_rows import is_receipt_line, is_refund_line, refund_under_way
from core.ledger.unrated import rated_columns, row_currencies, unrated_notes
from core.ledger.unread import (
    formula_messages,
    payment_rows_message,
    refund_message,
    refund_words,
    refunded_message,
    undated_refund_message,
    unread_messages,
)
from core.ledger.unread_money import money_notes
from core.ledger.unsold_receipts import unsold_receipts
from core.ledger.unwritten_currency import sells, unwritten_notes
from core.ledger.workbook_layouts import find_layouts, unapplied
from core.ledger.year_books import OtherYear
from core.messages import Message, Refusal
from core.overrides import merged_keys
from core.progress import Steps
from core.rates import Rates
from core.rules import load_rules
from core.store import (
    connect,
    now_text,
    remember_layout,
    remembered_layouts,
    transaction,
    write_refusal,
)
from reference_import.deductions import deductions_apart, weighed
from reference_import.held_buyers import respelled
from reference_import.listed_days import bound_days
from reference_import.monthly import monthly_receipts
from reference_import.number_only import take_owners
from reference_import.orders import Order, group, held_return
from reference_import.review import review
from reference_import.rows import (
    Record,
    SheetRecords,
    _stored_negative,
    deduction_totals,
    ordered,
    pays_order,
    read_records,
    said_twice,
    settle_pending,
    tab_refunds,
)
from reference_import.writer import LedgerWriter


def reference_import_files(db_path: Path, paths: list[Path], *, sheet: str | None = None,
                           overrides: dict[str, str] | None = None) -> list[FileResult]:
    conn = connect(db_path)
    try:
        results = []
        for p in paths:  # and each file whose skipped rows the file's orders now pay
            results.append(reference_import_file(conn, Path(p), sheet, overrides or {}))
            results[-1].warnings.extend(unkept(conn, results[-1].import_id))
            results.extend(read_held(conn, results[-1], partial(reference_import_file, conn)))
        return results
    finally:
        conn.close()


def reference_import_file(conn: sqlite3.Connection, path: Path, sheet: str | None,
                          overrides: dict[str, str]) -> FileResult:
    result = FileResult(path=path, status="imported")
    try:
        _import(conn, path, sheet, overrides, result)
    except Refusal as refusal:
        result.status, result.message = "refused", refusal.message
    except sqlite3.OperationalError as error:
        result.status, result.message = "refused", write_refusal(error, path.name).message
    return result


def _settle(conn: sqlite3.Connection, names: list[str], sheets: list[SheetRecords],
            known: set[str]) -> list[Message]:
    """Rows naming an order their sheet does not list: money received where a sale row of
    any tab lists it for their customer, or the store holds it, or for the buyer of its
    number their customer is written otherwise (held_buyers: the notes said of them);
    skipped otherwise."""
    held = [r for found in sheets for r, _ in found.pending]
    wanted = {named(r.customer_key, r.order_no) for r in held}
    orders = {named(r.customer_key, r.order_no) for found in sheets for r in found.records
              if r.order_no and not is_receipt_line(r.amount, r.received_amount)}
    stored = stored_orders(conn, {n for n in wanted - orders if n is not None})
    matched = {n for n in orders | stored if n is not None}
    said = respelled(conn, names, sheets, matched, known | {
        r.customer_key for found in sheets for r in found.records if r.customer_key and r.amount})
    for found in sheets:
        settle_pending(found, matched)
    return said


def _repaid(conn: sqlite3.Connection, sheets: list[SheetRecords]) -> None:
    """A row of money whose note pays back the deduction of one other order than its own
    (core.ledger.repaid_deductions.repays) booked on that order, its invoice none, unless
    another buyer than the payer's firm bought that order (the file's sales or the store's:
    repaid_deductions.payers_firm, fix60f)."""
    for found in sheets:
        for r in found.records:
            named = repays(r.notes) if not r.amount and (r.received_amount or 0) > 0 else None
            if named and len(named) == 1 and loose_number(named[0]) not in sale_numbers(
                    r.order_no, r.invoice_no) and payers_firm(r.customer_key, _buyers_of(
                        conn, sheets, loose_number(named[0]))):
                written = re.search(re.escape(named[0]), r.notes or "", re.IGNORECASE)
                r.order_no, r.invoice_no = written[0] if written else named[0], None


def _buyers_of(conn: sqlite3.Connection, sheets: list[SheetRecords], number: str) -> set[str]:
    """The buyers' keys of an order number (loose): the file's sale rows' and the store's."""
    found = {r.customer_key for sheet in sheets for r in sheet.records
             if r.amount and r.amount > 0 and not r.credit_note and r.status != "cancelled"
             and number in sale_numbers(r.order_no, r.invoice_no)}
    return found | {key for key, order_no, invoice_no in conn.execute(
        "SELECT c.key, o.order_no, l.invoice_no FROM order_lines l JOIN orders o ON o.id = "
        "l.order_id JOIN customers c ON c.id = o.customer_id WHERE l.amount > 0 AND NOT "
        "l.credit_note AND coalesce(o.status, '') != 'cancelled'")
        if number in sale_numbers(order_no, invoice_no)}


def _under_way(conn: sqlite3.Connection, names: list[str], sheets: list[SheetRecords]
               ) -> None:
    """A payment row whose note says its refund is under way (退款中), of the sum of a credit
    note of its customer's (the file's, else the store's; each taken once): skipped, neither
    money received nor sent back (core.ledger.refunds_under_way)."""
    notes = UnderWay(Counter((r.customer_key, r.currency, round(-r.amount, 2))
                             for found in sheets for r in found.records
                             if r.credit_note and r.amount < 0), stored_notes(conn))
    for name, found in zip(names, sheets, strict=True):
        drop = set()
        for r in found.records:
            if (is_receipt_line(r.amount, r.received_amount) and refund_under_way(r.notes)
                    and notes.take(r.customer_key, r.received_in, r.received_amount or 0.0)):
                drop.add(r.row)
                found.skipped.append(Skipped(name, r.row, skipped(r.received_amount or 0.0,
                                                                  r.received_in)))
        if drop:
            found.records = [r for r in found.records if r.row not in drop]
            found.skipped.sort(key=lambda s: s.row)


def _in_order_currency(conn: sqlite3.Connection, layouts: list[SheetLayout],
                       sheets: list[SheetRecords]) -> None:
    """A list of returns' row naming an order and no currency is in its order's: a sale row's
    of the file that writes one, else the stored order's (core.ledger.listed_currency)."""
    sold: dict[tuple[str, str], str] = {}
    for found in sheets:
        for r in found.records:
            if r.order_no and r.currency_written and not r.credit_note and r.amount > 0:
                sold.setdefault((r.customer_key, fold(r.order_no)), r.currency)
    stored = stored_currency(conn)
    for layout, found in zip(layouts, sheets, strict=True):
        for r in found.records if layout.returns else []:
            if r.currency_written or not r.order_no:
                continue
            code = sold.get((r.customer_key, fold(r.order_no))) or stored(r.order_no,
                                                                          r.customer_key)
            if code is not None and code != r.currency:
                if r.received_currency == r.currency:
                    r.received_currency = code
                r.currency, r.currency_written = code, True


def _one_refund(sheets: list[SheetRecords], listed: StoredReturn, column_sold: StoredReturn,
                others: OtherFiles) -> None:
    """A return's refund (退货退款) that another row of the file writes as a refund of its
    own (the 收款 tab's 退款 of its customer and sum, on its day or days from it: core.ledger.
    one_refund.refund_of) is that refund: its row's dropped; a refund row read as a return
    and refund (its note says 退货退款) whose return another row writes is that return's
    refund: its credit note dropped. Another file's list of a sale row's column return,
    refunded in full (`listed`), or another file's sale writing a list's return in its column
    (`column_sold`), refunded in full: the money sent back once (core.ledger.listed_returns);
    a list's parts of another file's column return (`others`) that return (ref43)."""
    def mark(r: Record) -> tuple[object, ...]:
        return (r.customer_key, r.received_currency or r.currency,
                round(-(r.received_amount or 0.0), 2), r.received_date)
    marks = Counter((*mark(r), (r.order_no, r.notes)) for found in sheets
                    for r in found.records if r.payment_row and (r.received_amount or 0) < 0)
    returns = Counter((*mark(r), (r.order_no, r.invoice_no)) for found in sheets
                      for r in found.records if r.returned and not r.payment_row)
    # a sale row's return column (退货金额): its money sent back on the sale's row (ref41)
    columns = Counter((r.customer_key, r.currency, round(r.column_return, 2),
                       reference(r.order_no)) for found in sheets for r in found.records
                      if r.column_return and r.order_no and not r.credit_note and r.amount > 0)
    # ... unless a list of returns with a refund column writes it: the list says the money,
    # the column's taken off the sale's received given back (fix41a)
    stated = Counter((r.customer_key, r.currency, round(-r.amount, 2), reference(r.order_no))
                     for found in sheets for r in found.records
                     if r.listed_stated and r.order_no and r.credit_note and r.amount < 0)
    short: Counter[tuple[object, ...]] = Counter()  # parts making less: refunds alone (fx42a)
    numbers = {(r.customer_key, reference(r.order_no)): r.order_no for found in sheets
               for r in found.records if r.order_no}
    # the column's 3,000 as 1,500 + 1,500 (ref42), some parts in other files (ref43)
    parted = listed_parts(columns, stated, short, stored_parts(others, numbers))
    gone = parts_apart(stated, numbers, others, columns, short)
    for told, count in stated.items():
        columns[told] -= min(count, columns[told])
    for found in sheets:
        apart: set[int] = set()  # the column's credit notes of returns listed in parts
        for i, r in enumerate(found.records):
            if r.column_return and r.order_no and not r.credit_note and r.amount > 0 and stated[
                    (sold := (r.customer_key, r.currency, round(r.column_return, 2),
                              reference(r.order_no)))] > 0:
                stated[sold] -= 1
                r.column_told = True
                if r.column_taken:
                    r.received_amount = round((r.received_amount or 0.0) + r.column_taken, 6)
                # listed 1,500 of 3,000 so far: the column's credit note the return's (fx42a)
                if parted.get(sold) and i + 1 < len(found.records) and found.records[
                        i + 1].noted_return and found.records[i + 1].row == r.row:
                    if not (rest := parted[sold].pop(0)):
                        apart.add(i + 1)
                    elif rest < 0:  # other files' parts credited that much of it (ref43)
                        found.records[i + 1].amount = round(found.records[i + 1].amount - rest,
                                                            6)
        if apart:
            found.records = [r for i, r in enumerate(found.records) if i not in apart]
        for r in found.records:  # another file lists the column's return refunded (ref42)
            if r.column_taken and r.column_return and not r.column_told and r.order_no and not (
                    r.credit_note) and r.amount > 0 and listed(r.order_no, r.customer_key,
                                                              r.column_return):
                r.column_told = True
                r.received_amount = round((r.received_amount or 0.0) + r.column_taken, 6)
    for found in sheets:
        kept: list[Record] = []
        for r in found.records:
            if r.returned and not r.payment_row and (
                    one := refund_of(marks, mark(r), r.order_no, r.invoice_no)) is not None:
                marks[one] -= 1
                continue
            if r.returned and r.payment_row and gone[(
                    part := (kept[-1].customer_key, kept[-1].currency,
                             round(-kept[-1].amount, 2),
                             reference(kept[-1].order_no or "")))] > 0:
                gone[part] -= 1
                kept.pop()  # its credit note and its refund: another file's sale's return
                continue
            if r.returned and r.payment_row and short[(part := (
                    kept[-1].customer_key, kept[-1].currency, round(-kept[-1].amount, 2),
                    reference(kept[-1].order_no or "")))] > 0:
                short[part] -= 1
                kept.pop()  # its credit note: the sale's column's return's
                r.returned = False
            elif r.returned and r.payment_row and (
                    back := return_of(returns, mark(r), (r.order_no, r.notes))) is not None:
                returns[back] -= 1
                kept.pop()  # its credit note, read from its row just before it
                r.returned = False  # a refund of its own
            elif r.returned and r.payment_row and r.order_no and (columns[
                    (column := (kept[-1].customer_key, kept[-1].currency,
                                round(-kept[-1].amount, 2), reference(kept[-1].order_no)))] > 0
                    or round(-(r.received_amount or 0.0), 2) == round(-kept[-1].amount, 2)
                    and column_sold(kept[-1].order_no or "", kept[-1].customer_key,
                                    -kept[-1].amount)):
                columns[column] -= min(1, columns[column])
                found.sent_apart.append(r.row)  # still a row read as money, as the file says
                continue  # the sale's row sent the money back; its credit note the return's
            kept.append(r)
        found.records = kept


def _returns_filed(conn: sqlite3.Connection, sheets: list[SheetRecords]) -> None:
    """A row whose status says goods came back, positive, not shipped, that its sheet reads
    as no return: a credit note where an earlier tab, else the store, sells its order (its
    customer and number) before it (core.ledger.filed_returns)."""
    sold: dict[tuple[str, str], FirstSale] = {}
    stored = stored_sold(conn)
    for found in sheets:
        for r in found.records:
            earlier = sold.get((r.order_no or "", r.customer_key))
            if not r.payment_row and candidate(
                    r.status_returned, r.credit_note, r.amount, r.ship_date is not None,
                    r.order_no) and sold_before(
                        r.order_date.isoformat(), r.amount, None if earlier is None
                        else (earlier[0].isoformat(), earlier[1]), stored,
                        (numbered_order_key(r.order_no or ""), r.customer_key)):
                _stored_negative(r)
        for r in found.records:
            if r.order_no and r.amount > 0 and not r.credit_note and not r.status_returned and (
                    r.status != "cancelled"):  # a cancelled order sells nothing (rv43e G5)
                key = (r.order_no, r.customer_key)
                sold[key] = first_sale(sold.get(key), r.order_date, r.amount)


def _shared(orders: list[Order]) -> dict[str, list[str]]:
    """Order numbers whose sale rows name several customers (a payment's payer is none): the
    names as each customer's first row in the order writes them, the order's own first (its
    first sale's, else its first payer's)."""
    shared = {}
    for order in orders:
        names = {order.owner.customer_key: order.owner.customer}
        for line in order.lines:
            if not is_receipt_line(line.record.amount, line.record.received_amount):
                names.setdefault(line.record.customer_key, line.record.customer)
        if order.first.order_no and len(names) > 1:
            shared[order.first.order_no] = list(names.values())
    return shared


def _stored_buyers(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str, str]]]:
    """Per number kept apart for several buyers (by its own order key), each buyer's customer
    key, name and order key, the number's own order first: every stored order looked at."""
    orders = {key: (customer, name) for key, customer, name in conn.execute(
        "SELECT o.order_key, c.key, c.name FROM orders o JOIN customers c ON c.id = "
        "o.customer_id ORDER BY o.id")}
    found: dict[str, list[tuple[str, str, str]]] = {}
    for key, (customer, name) in orders.items():
        if key.startswith(BOUGHT):
            plain = NUMBERED + key[len(BOUGHT):key.rindex(BUYER)]
            found.setdefault(plain, [(*orders[plain], plain)] if plain in orders else []
                             ).append((customer, name, key))
    return found


def _stored_owners(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Each stored order keyed by its number alone: its customer's key and name."""
    return {key: (customer, name) for key, customer, name in conn.execute(
        "SELECT o.order_key, c.key, c.name FROM orders o JOIN customers c ON c.id = "
        "o.customer_id WHERE o.order_key >= ? AND o.order_key < ?", (NUMBERED, "o;"))}


def _elsewhere(conn: sqlite3.Connection, file: str) -> dict[str, tuple[str, str, str]]:
    """Each stored order keyed by its number alone every counted sale line of which (none
    left out by a later copy) another ledger's file wrote: its customer's key and name, and the
    first such file by name (core.ledger.other_ledgers, acct53e; fix53k: kept apart only where
    the order differs in substance too, _stored_orders)."""
    files: dict[str, set[str | None]] = {}
    owner: dict[str, tuple[str, str]] = {}
    for key, customer, name, source, status, status_file, status_sheet in conn.execute(
            "SELECT o.order_key, c.key, c.name, l.source_file, l.status, l.status_file, "
            "l.status_sheet FROM orders o JOIN customers c ON c.id = o.customer_id JOIN "
            "order_lines l ON l.order_id = o.id WHERE o.order_key >= ? AND o.order_key < ? "
            "AND l.amount <> 0",
            (NUMBERED, "o;")):
        if not (status == "cancelled" and status_file is not None and status_sheet is None):
            files.setdefault(key, set()).add(source)
            owner[key] = (customer, name)
    return {key: (*owner[key], min(str(f) for f in written)) for key, written in files.items()
            if None not in written and not any(same_ledger(str(f), file) for f in written)}


def _stored_files(conn: sqlite3.Connection) -> dict[str, set[str | None]]:
    """The files that wrote each stored order's counted sale lines (none left out)."""
    files: dict[str, set[str | None]] = {}
    for key, source, status, status_file, status_sheet in conn.execute(
            "SELECT o.order_key, l.source_file, l.status, l.status_file, l.status_sheet FROM "
            "orders o JOIN order_lines l ON l.order_id = o.id WHERE l.amount <> 0"):
        if not (status == "cancelled" and status_file is not None and status_sheet is None):
            files.setdefault(key, set()).add(source)
    return files


def _books(files: dict[str, set[str | None]], file: str) -> dict[str, set[str]]:
    """Each stored order keyed by its number alone: the other ledgers (by ledger_name) whose
    files wrote a counted sale line of it (`files`: _stored_files; copied_books, fix54a)."""
    found: dict[str, set[str]] = {}
    for key, sources in files.items():
        names = {ledger_name(str(source)) for source in sources
                 if source is not None and not same_ledger(str(source), file)}
        if NUMBERED <= key < "o;" and names:
            found[key] = names
    return found


def _stored_orders(conn: sqlite3.Connection) -> dict[str, Substance]:
    """Every stored order's day, currency, and its counted sale lines' sum and products."""
    found: dict[str, Substance] = {}
    for key, day, currency in conn.execute("SELECT order_key, order_date, currency FROM orders"):
        found[key] = Substance(str(day)[:10], 0.0, currency)
    for key, amount, product, status, status_file, status_sheet in conn.execute(
            "SELECT o.order_key, l.amount, l.product, l.status, l.status_file, l.status_sheet "
            "FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.amount <> 0"):
        if not (status == "cancelled" and status_file is not None and status_sheet is None):
            found[key].add(found[key].day, amount, product)
    return found


def _stored_lot(conn: sqlite3.Connection, path: Path, key: str
                ) -> tuple[float, str, str | None] | None:
    """The line `key` as stored (amount, lot words, ship date), but a line of this file's
    name where that name was imported from this file's path only and no other file first
    wrote the line."""
    for amount, notes, product, ship, source, first in conn.execute(
            "SELECT amount, notes, product, ship_date, source_file, first_file FROM order_lines "
            "WHERE line_key = ?", (key,)):
        paths = {p for (p,) in conn.execute("SELECT file_path FROM imports WHERE file_name = ?",
                                            (path.name,))}
        if source != path.name or first not in (None, path.name) \
                or not paths <= {str(path.resolve())}:
            return amount, lot_said(notes, product), ship
    return None


def _stored_line(conn: sqlite3.Connection, name: str, key: str, sheet: str,
                 rows: SheetPayments) -> tuple[str | None, bool] | None:
    """The stored line `key`: its note, and whether it is `sheet`'s of the file `name` or of
    a file that sheet (its payment rows `rows`) re-sends."""
    found = conn.execute("SELECT notes, source_file, source_sheet FROM order_lines "
                         "WHERE line_key = ?", (key,)).fetchone()
    return None if found is None else (found[0], found[2] == sheet and (
        found[1] == name or rows.resends(conn, found[1], sheet, name)))


def _sheet_payments(records: list[Record]) -> dict[str, SheetPayments]:
    """Each sheet's payment rows, to tell a file it re-sends (payment_places.SheetPayments)."""
    rows: dict[str, list[tuple[float, str | None, str | None]]] = {}
    for r in records:
        if r.payment_row and r.received_amount is not None:
            day = r.received_date
            rows.setdefault(r.sheet, []).append(
                (r.received_amount, None if day is None else str(day)[:10], r.notes))
    return {sheet: SheetPayments(found) for sheet, found in rows.items()}


def _import(conn: sqlite3.Connection, path: Path, sheet: str | None, overrides: dict[str, str],
            result: FileResult) -> None:
    digest = import_key(path, sheet, overrides)
    done = conn.execute("SELECT imported_at FROM imports WHERE content_hash = ? ORDER BY id "
                        "LIMIT 1", (digest,)).fetchone()
    if done and not waiting(conn, digest):
        result.status = "already_imported"
        result.message = Message("already_imported", N_(
            "{file} was already imported on {when}; nothing changed."),
            {"file": path.name, "when": done[0][:10]})
        return
    workbook = read_workbook(path, sheet=sheet)
    result.file_format = workbook.format
    rules = load_rules(conn)
    sold_before = stored_customers(conn).keys()
    layouts, result.passed = find_layouts(workbook, remembered_layouts(conn), overrides,
                                          only_sheet=sheet)
    records, unread = [], []
    codes: Codes = stored_codes(conn)  # the store's customer codes, first
    coded: set[tuple[str, str]] = set()  # each (code, customer key) the file writes
    settled = ""  # a tab's open dates read as an earlier tab settled them
    sheets = []
    deposits: list[tuple[str, int, list]] = []  # sheets holding a deposit, their notes' place
    # earlier tabs' credit notes (FileCredits), each: does its note say another return
    written: dict[tuple[str, str, float], list[bool]] = {}
    stored = stored_credit(conn, path.name)

    def noted(order_key: str, customer_key: str, figure: float, note: object) -> bool:
        return not all(other_return(further, note) for further in written.get(
            (order_key, customer_key, round(figure, 2)), [])) or stored(
            order_key, customer_key, figure, note)

    long_orders = LongOrders(partial(stored_long, conn))  # 16+ digits, float and text
    for layout in layouts:
        found = read_records(layout, rules.base_currency, settled or rules.date_order, noted)
        _codes_apart(found, owners(codes), add_codes(codes, layout), codes, coded)
        settled = settled or found.date_order
        if returns_tab(layout.sheet.name, layout):  # a 退货 tab's plain rows: returns (ret43)
            for r in found.records:
                r.status_returned = r.status_returned or tab_return(r.status_text)
            found.records = tab_refunds(found.records)  # its refund a payment row (ret44)
        for r in chain(found.records, (p for p, _ in found.pending)):
            if is_long(r.order_no):
                r.order_no = long_orders.form(r.customer_key, r.order_no)
        sheets.append(found)
        for r in found.records:
            if r.order_no and r.status != "cancelled" and (
                    r.credit_note and r.amount < 0 and not r.noted_return or held_return(r)):
                written.setdefault((numbered_order_key(r.order_no), r.customer_key,
                                    round(abs(r.amount), 2)), []).append(further_return(r.notes))
    bound_days(layouts, sheets, path.name)  # 收款日期 of two days: none after the file's day
    _in_order_currency(conn, layouts, sheets)
    take_owners(conn, path.name, sheets)  # 2025-701 / 7,000, no buyer: its one buyer's
    respelled_said = _settle(conn, [layout.sheet.name for layout in layouts], sheets,
                             set(sold_before))
    _repaid(conn, sheets)  # 补付PO-D1质量扣款 on PO-D2's row: PO-D1's money (fix59c)
    above = {(layout.sheet.name, row): named for layout, found in zip(
        layouts, sheets, strict=True) for row, named in found.above.items()}  # noted_halves
    away = {(layout.sheet.name, row) for layout, found in zip(layouts, sheets, strict=True)
            for row in found.away}  # typed_apart
    rests = {(layout.sheet.name, row): rest for layout, found in zip(layouts, sheets, strict=True)
             for row, rest in found.rests.items()}  # rest_receipts
    day_first = {layout.sheet.name for layout, found in zip(layouts, sheets, strict=True)
                 if found.day_first}  # a typed row's note day read so (typed_apart)
    _under_way(conn, [layout.sheet.name for layout in layouts], sheets)
    paid, apart = deductions_apart(sheets, noted, stored_money(conn, path.name), converter(
        Rates(conn, rules.base_currency).usd_per_unit))  # 质量扣款500, a wire in RMB
    _one_refund(sheets, stored_list(conn, path.name), stored_column(conn, path.name),
                OtherFiles(conn, path.name))
    _returns_filed(conn, sheets)
    listed: list[Cell] = []
    for layout, found in zip(layouts, sheets, strict=True):
        records.extend(found.records)
        result.skipped.extend(found.skipped)
        unread.extend(unapplied(layout))  # a chosen column not read on this tab
        unread.extend(report_lines(layout, layout.sheet.name))  # dated by its papers
        unread.extend(typo_messages(layout.sheet.name, paper_headers(layout), found.paper_typos,
                                    {r.row: r.row for r in found.records}))
        unread.extend(hidden_messages(layout, len({r.row for r in found.records}),
                                      [r.row for r in found.records]))
        unread.extend(month_messages(layout, _month_cells(layout), {r.row for r in found.records}))
        blank = {r.row for r in found.records if r.amount == 0 and r.received_amount is None
                 and payment_word(r.product)}  # a blank 尾款 row taken for its deduction
        unread.extend(continued_messages(layout, [n for n in found.continued if n in {
            r.row for r in found.records} - blank], {
                r.row for r in found.records if r.row in set(found.continued) and r.amount == 0
                and payment_word(r.product)}))
        headers = {name: str(layout.headers[i]) for name, i in layout.mapping.items()}
        unread.extend(unread_messages(layout.sheet.name, headers,
                                      refund_words(layout, found.unread, headers)))
        listed.extend(sheet_cells(layout, found.unread))  # 收款日期 of two days
        unread.extend(payment_rows_message(
            layout, [r.row for r in found.records if r.payment_row and not r.prepaid]
            + found.sent_apart,
            found.other_differs,
            sorted({r.row for r in found.records if r.listed_kept})))
        unread.extend(prepaid_said(layout.sheet.name, r.row, r.received_amount, r.currency,
                                   r.customer, r.prepaid) for r in found.records if r.prepaid)
        unread.extend(_rests_said(layout.sheet.name, found.records, found.rests))
        unread.extend(said_cancelled(layout.sheet.name, (
            (r.row, r.status, r.status_text, r.notes, r.product)
            for r in found.records)))  # 备注 已取消
        unread.extend(called_off_messages(layout.sheet.name, (
            (r.row, (r.customer_key, r.order_no, r.invoice_no), r.status, r.status_text,
             r.notes, r.product, r.ship_date_known == 2) for r in found.records)))  # 只发一批
        unread.extend(said_shares(layout.sheet.name, (
            (r.row, r.status, r.status_text, r.notes, r.order_date,
             r.ship_date if shipped_on(layout) else None) for r in found.records),
            partial(listing_floor, layout, [r.order_date for r in found.records])))  # 1/2取消
        unread.extend(refund_message(layout.sheet.name, [] if layout.refunds else [
            r.row for r in found.records
            if (r.payment_row or r.returned) and (r.received_amount or 0) < 0
            or is_refund_line(r.amount, r.received_amount)]))
        claims = {r.row for r in found.records if r.noted_return and r.claim_refund}
        unread.extend(refunded_message(layout.sheet.name, [
            r.row for r in found.records if r.refunded and r.row not in claims]))
        unread.extend(undated_refund_message(layout.sheet.name, [
            r.row for r in found.records if r.undated_refund and (
                (r.payment_row or r.returned) and (r.received_amount or 0) < 0
                or is_refund_line(r.amount, r.received_amount))]))
        told = {r.row for r in found.records if r.column_told}  # a list says their money
        totals = deduction_totals(found.records)
        twice, lifted = said_twice(found.records, lambda r, t=totals: weighed(r, t, paid),
                                   paid is not None)
        deducted, settled_rows = deduction_messages(layout.sheet.name, [
            (r.row, r.order_no, r.customer, r.notes,
             *lifted.get(id(r), weighed(r, totals, paid)))
            for r in found.records if not r.credit_note and r.status != "cancelled"
            and ((r.amount or 0) > 0 or pays_order(r)) and hinted(r.notes)
            and id(r) not in twice])
        unread.extend(noted_message(layout.sheet.name, [
            (r.row, r.order_no or r.customer, -r.amount, r.currency) for r in found.records
            if r.noted_return and r.row not in told | settled_rows], {
                r.row for r in found.records
                if r.noted_return and r.column_return and not r.claim_refund}, claims))
        unread.extend(deducted)
        unread.extend(charges_message(layout.sheet.name, found.charged, {
            r.row for r in found.records}, rules, converter(Rates(
                conn, rules.base_currency).usd_per_unit)))
        if any(r.deposit for r in found.records):  # judged once the file is grouped
            deposits.append((layout.sheet.name, len(unread), found.records))
        unread.extend(formula_messages(layout))
        result.totals.extend(found.totals)
        result.sheets.append(_sheet_report(layout, len({r.row for r in found.records})))
    unread.extend(respelled_said)  # a held row's buyer written otherwise (fix66b)
    said = code_notes(conn, SimpleNamespace(codes=codes, coded=coded), merged_keys(conn))
    unread.extend(said.messages)
    # rows whose note gives their customer another name (core.ledger.renamed_notes)
    renamed = [(layout.sheet.name, r.row, r.customer_key, name)
               for layout, found in zip(layouts, sheets, strict=True) for r in found.records
               if r.notes and r.customer_key for name in named_in(r.notes)
               if customer_key(name) != r.customer_key]
    if not records:
        raise held_refusal(conn, path, digest, sheet, overrides, result.skipped, unread)
    paid_apart: list[PaidApart] = []
    kept_apart: list[Buyers] = []
    apart_from: list[Elsewhere] = []  # numbers kept apart from another ledger's (acct53e)
    other_years_said: list[OtherYear] = []  # ... from another year's order (acct54c)
    lots: list[tuple[str, int]] = []  # rows read as another lot (core.ledger.other_lots)
    filed: list[tuple[str, int]] = []  # ... of a line another file stored
    passed_stored: list[tuple[str, float]] = []  # the stored lines those passed, their amounts
    paying = _sheet_payments(records)
    stored_files = _stored_files(conn)
    orders = group(records, paid_apart, kept_apart, _stored_buyers(conn),
                   lambda key, sheet: _stored_line(conn, path.name, key, sheet,
                                                   paying.get(sheet, SheetPayments())), lots,
                   lambda key: _stored_lot(conn, path, key), filed, passed_stored,
                   stored_credits(conn, path), _stored_owners(conn), stored_alike(conn),
                   _elsewhere(conn, path.name), apart_from, _stored_orders(conn),
                   stored_files, path.name, other_years_said, _books(stored_files, path.name))
    judged = _deposit_notes(unread, deposits, records, orders)
    rates = Rates(conn, rules.base_currency)
    result.warnings.extend(unread)
    unrated: dict[tuple[str, bool], list[tuple[str, int]]] = {}  # rows in a currency unrated
    for r in records:
        for code, received in row_currencies(r.currency, r.received_currency, r.amount, (
                r.received_amount, r.deposit, r.balance)).items():
            if not rates.known(code):
                unrated.setdefault((code, received), []).append((r.sheet, r.row))
    result.warnings.extend(unrated_notes(unrated, rules.base_currency))
    sheets = [layout.sheet.name for layout in layouts]
    written = file_says(layout.header_of("received_amount") for layout in layouts)
    monthly = monthly_receipts(orders, sheets, written)
    cells = [(line.record.sheet, line.record.row, line.key,  # as written: before the review
              line.record.received_date.isoformat() if line.record.received_date else None,
              line.record.received_date is not None or line.record.received_amount is not None)
             for order in orders for line in order.lines]  # clears a copied wire (acct51b)
    result.review = review(layouts, records, orders, rates.usd_per_unit, path.name)
    result.review.columns = rated_columns(result.review.columns, rates.known)
    result.review.monthly, result.review.monthly_unclear = monthly.added, monthly.unclear
    result.review.monthly_over = monthly.over
    result.warnings.extend(result.review.messages())
    result.warnings.extend(kept_apart_messages(path.name, kept_apart, apart_from,
                                               other_years_said))
    result.warnings.extend(shared_numbers(_shared(orders)))
    result.warnings.extend(lot_messages(lots, filed))
    result.warnings.extend(no_ship_dates([s.name for s in result.sheets
                                          if not s.ship_date_column]))
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO imports(file_name, file_path, content_hash, file_format, imported_at, "
            "rows_inserted, rows_updated, rows_unchanged, rows_skipped) VALUES "
            "(?, ?, ?, ?, ?, 0, 0, 0, 0)",
            (path.name, str(path.resolve()), digest, workbook.format, now_text()))
        result.import_id = int(cursor.lastrowid or 0)
        said.keep(conn, path.name)
        writer = LedgerWriter(conn, result.import_id, path.name)
        writer.deposits = judged
        writer.bases.says = (written, monthly.says)

        def written_keys(mark: str = "") -> Iterator[tuple[str, int, str]]:
            return ((line.record.sheet, line.record.row, line.key) for order in orders
                    for line in order.lines if mark in line.key)

        paid_before = payments_stored(conn, written_keys, result.import_id, path.name)
        listed_days = ListedDays(conn, listed, written_keys)
        emptied = emptied_receipts(conn, lambda: {key for *_, key, _, filled in cells
                                                  if not filled}, lambda: cells, path.name)
        clear_lot_balances(conn, passed_stored, path.name, (
            (line.key, line.record.received_amount) for order in orders for line in order.lines
            if line.record.received_amount is not None and line.record.received_date is None),
            (str(path.resolve()), digest))
        def sales() -> Iterator[tuple[str, str, float]]:
            return ((line.key, line.record.order_date.isoformat(), line.record.amount)
                    for order in orders for line in order.lines
                    if is_sale(line.key, line.record.amount, line.record.credit_note)
                    and not held_return(line.record) and line.record.status != "cancelled")

        def notes() -> Iterator[tuple[str, str, float]]:
            return ((line.key, line.record.order_date.isoformat(), line.record.amount)
                    for order in orders for line in order.lines if line.record.credit_note)

        repair_misread(conn, path.name, sales(), notes())  # an older reader's return
        buyers = {order.key: order.owner.customer_key for order in orders}
        result.warnings.extend(move_displaced(conn, sales(), notes(), path, ({
            line.key for order in orders for line in order.lines
            if line.record.credit_note and further_return(line.record.notes)}, buyers.get)))
        result.counts = writer.write(orders, Steps(None, None))
        mark_returns(conn, (line.key for order in orders for line in order.lines
                            if held_return(line.record)))
        result.warnings.extend(unsold_returns(conn, path.name, {
            layout.sheet.name for layout in layouts if layout.returns}))
        result.warnings.extend(placed_receipts(conn, path.name))
        result.warnings.extend(unsold_receipts(conn, path.name))
        lists = {layout.sheet.name for layout in layouts  # naming no currency; payments too
                 if layout.returns or layout.receipts}
        bare = {layout.sheet.name for layout in layouts if "currency" not in layout.mapping}
        result.warnings.extend(in_sold_currency(conn, path.name, {
            (r.sheet, r.row) for r in records if r.order_no and (
                not r.currency_written) and (r.sheet in lists or (
                    r.sheet in bare and not r.amount and not r.credit_note) or (
                    not r.amount and r.received_amount is not None and not r.credit_note))}
            | result.counts.unsaid))
        date_returns(conn, notes())
        result.warnings.extend(over_paid(conn, path.name, {
            (r.sheet, r.row) for r in records if r.ruled}, rates, rules.fx_band_pct / 100))
        line_keys = {id(line.record): line.key for order in orders for line in order.lines}
        result.warnings.extend(unwritten_notes(conn, (  # a sale's blank 币种 (cur50)
            (r.sheet, r.row, r.customer_key, r.customer, r.currency, r.currency_written,
             line_keys[id(r)]) for r in records if id(r) in line_keys and r.customer_key
            and sells(r.amount, r.credit_note, r.status)), {
            layout.sheet.name for layout in layouts if "currency" in layout.mapping
            and not (layout.receipts or layout.returns)}, rates.known, rules.base_currency))
        result.review.credit_notes = with_named(result.review.credit_notes, name_noted_credits(
            conn, {r.customer_key for r in records if r.customer_key}), path.name)
        moves, slips = paid_for_moves(conn, result.counts.moved, path.name)  # numbered 代付
        booked, payers_kept = book_stored(conn, {
            r.customer_key for r in records if r.customer_key and r.amount} - sold_before,
            path.name)
        result.warnings.extend(booked_message(booked + slips, payers_kept))
        result.warnings.extend(split_stored(conn, path.name))  # a changer's wire now sold
        result.warnings.extend(moved_orders(moves))
        result.warnings.extend(alike_customers(conn, result.counts, merged_keys(conn)))
        result.warnings.extend(renamed_notes(conn, renamed, merged_keys(conn), stored_renames(
            conn, result.counts.customers_inserted)))
        result.warnings.extend(carried_messages(result.counts.carried))
        result.warnings.extend(later_date_messages(result.counts.dated_later))
        result.warnings.extend(carried_only_messages(result.counts.carried_only))
        result.warnings.extend(sale_rows_message(conn, path))
        result.warnings.extend(moving_messages(path.name, result.counts.moving))
        labels = FileLabels(conn, result.import_id)  # core.ledger.file_labels
        result.warnings.extend(receipt_messages(result.counts.receipts, sheets))
        result.warnings.extend(dated_messages(labels.this, result.counts.dated, sheets))
        result.warnings.extend(copy_messages(result.counts.copies, sheets))
        kept = result.counts.kept_totals = restated(result.counts.kept_totals, (  # (ord44)
            (str(r.order_no or r.customer), r.received_amount,
             r.received_date.isoformat() if r.received_date else None) for r in records))
        result.warnings.extend(kept_total_messages(kept))
        result.warnings.extend(kept_day_messages(kept))
        result.warnings.extend(lowered_messages(kept))
        result.warnings.extend(redated_message(result.counts.redated))
        result.warnings.extend(kept_status_messages(labels, result.counts.kept_statuses))
        result.warnings.extend(kept_amount_messages(labels, result.counts.kept_amounts))
        result.saved, said = saved_copy(conn, path, result.import_id, labels.this,
                                        writer.later.resent)  # its corrections; an older copy's
        result.warnings.extend(said)
        result.warnings.extend(beyond_messages(labels, writer.status.beyond()))
        result.warnings.extend(drop_leftovers(conn, labels, result.counts, result.import_id))
        result.warnings.extend(drop_kept_refunds(conn, path.name, written_keys,
                                                 (writer.status.day, writer.alone)))
        sold = [line.record for order in orders for line in order.lines]
        totals = deduction_totals(sold)
        twice, lifted = said_twice(sold, lambda r: ordered(r, totals))
        result.warnings.extend(drop_noted_returns(conn, path.name, writer.alone, (
            (line.record.sheet, line.record.row, line.key) for order in orders
            for line in order.lines if not line.record.noted_return
            and is_sale(line.key, line.record.amount, line.record.credit_note)
            and returned_sum(line.record.notes, line.record.amount, line.record.currency) is None
            and (line.record.status == "cancelled"  # no sale a deduction is weighed on
                 or id(line.record) in twice or deduction_settled(line.record.notes, *lifted.get(
                     id(line.record), ordered(line.record, totals)),
                     number=line.record.order_no) is None)
            and (line.record.sheet, line.record.row) not in apart),
            ((line.key, "", line.record.amount) for order in orders for line in order.lines
             if line.record.credit_note)))
        result.warnings.extend(settle_stored(conn, path.name))  # another file's deduction
        result.warnings.extend(misread_message(drop_misread_lines(
            conn, result.import_id, path.name, result.skipped, paid_apart, written_keys)))
        result.warnings.extend(deposits_seen(conn, path.name, written_keys,
                                                 result.counts))  # dep47b
        result.warnings.extend(deleted_orders(conn, path.name, written_keys, result.counts,
                                              writer.status))  # rows deleted from the copy
        result.warnings.extend(rewritten_prepaid(conn, path.name, written_keys))  # fix52o
        said, paired = corrected_payments(conn, path.name, written_keys, paid_before,
                                          writer.status.latest, result.counts.listed)
        result.warnings.extend([*said, *listed_days.after()])
        result.warnings.extend(moved_receipts(conn, emptied, path.name, writer.status.latest,
                                              writer.bases.monthly))
        result.warnings.extend(payments_seen_before(conn, path.name, written_keys, paired))
        result.warnings.extend(refunds_beyond(conn, written_keys, rates.usd_per_unit))
        result.warnings.extend(money_notes(conn, layouts, path.name))  # 收汇 (acct53c)
        result.warnings.extend(rate_notes(conn, layouts, (  # 汇率, named once (acct52j)
            (r.currency, r.order_date and r.order_date.isoformat()) for r in records), rates))
        result.warnings.extend(claim_messages(conn, path.name))  # 中国信保赔付 (acct53d)
        weigh_noted(conn, path.name, written_keys, above)  # another order's noted money (fix63a)
        keep_rests(conn, path.name, written_keys, rests,  # a rest's own day (fix67k)
                   lambda: writer.status.latest(True))
        result.warnings.extend(weigh_typed(conn, written_keys, away, day_first))  # fix65e
        result.warnings.extend(settle_typed(conn))  # fix68b: its grant or deduction
        rename_orders(conn, long_orders.typed)  # last, as the import does
        result.as_before = said_last(conn, path, [
            *result.warnings, *result.skipped, *result.totals], now_text()[:10])
        keep_held(conn, path, result.import_id, sheet, overrides, result.skipped)
        for layout in layouts:
            remember_layout(conn, layout.signature, layout.headers, layout.to_remember)
        conn.execute(
            "UPDATE imports SET rows_inserted = ?, rows_updated = ?, rows_unchanged = ?, "
            "rows_skipped = ?, result = ? WHERE id = ?",
            (result.counts.inserted, result.counts.updated, result.counts.unchanged,
             len(result.skipped), json.dumps(result_json(result), ensure_ascii=False),
             result.import_id))


def _deposit_notes(unread: list[Message], deposits: list[tuple[str, int, list]],
                   records: list[Record], orders: list[Order]) -> FileOrders | None:
    """Each deposit sheet's notes in its place, judged against its orders' rows on every
    sheet, each line once (core.ledger.deposit_rows); the orders so judged, None where no
    sheet holds a deposit."""
    if not deposits:
        return None
    keys = {id(line.record): line.key for order in orders for line in order.lines}

    def seen(rows: list[Record]) -> list[Seen]:
        return [Seen(r.row, (r.customer_key, r.order_no) if r.order_no else (r.sheet, r.row),
                     r.currency, r.amount, r.payment_terms, r.ship_date, r.deposit,
                     r.deposit_date, r.received_amount, r.received_date,
                     r.received_in == r.currency, r.ship_date_known,
                     r.due_date is not None and not r.due_derived, keys.get(id(r)))
                for r in rows]
    judged = FileOrders(seen(records))
    for sheet, at, rows in reversed(deposits):
        unread[at:at] = deposit_messages(sheet, seen(rows), judged)
    return judged


def _sheet_report(layout: SheetLayout, rows: int) -> SheetReport:
    mapping = {name: str(layout.headers[index]) for name, index in layout.mapping.items()}
    return SheetReport(layout.sheet.name, layout.header_row_number, mapping, rows,
                       layout.remembered, layout.derived_amount, layout.ship_date_column,
                       layout.words)


def _month_cells(layout: SheetLayout) -> MonthCells:
    """The data rows' date cells giving a month without its day, read off the sheet's rows
    (the import reads them off its columns: core.ledger.rows)."""
    data = layout.sheet.rows[layout.header_index + 1:]

    def column(name: str) -> list[object]:
        index = layout.mapping[name]
        return [row[index] if index < len(row) else None for row in data]

    return month_cells(layout, column, [True] * len(data),
                       layout.sheet.first_row_number + layout.header_index + 1)


def _codes_apart(found: SheetRecords, owner: dict[str, str], rows: SheetCodes, codes: Codes,
                 coded: set[tuple[str, str]]) -> None:
    """A name's rows under a code other than the name's first: that code's customer, "Atlas
    (C0025)" (core.ledger.code_split), the code then beside it rather than the name."""
    moved = set()
    for r in chain(found.records, (p for p, _ in found.pending)):
        code = rows.rows.get(r.row) or rows.first.get(r.customer_key)
        if code is None or not r.customer_key:
            continue
        if owner.setdefault(r.customer_key, code) == code:
            coded.add((code, r.customer_key))
            continue
        moved.add((code, r.customer_key))
        r.customer = split_name(r.customer, code)
        r.customer_key = customer_key(r.customer)
        codes.setdefault(code, {}).setdefault(r.customer_key, r.customer)
        coded.add((code, r.customer_key))
    for code, key in moved:
        if owner.get(key) != code:
            codes.get(code, {}).pop(key, None)


def _rests_said(sheet: str, records: list, rests: dict[int, RestCame]) -> list[Message]:
    """Each row whose note's day was read as its rest's receipt, once (rest_day.rest_messages)."""
    said, seen = [], set()
    for r in records:
        if r.row in rests and r.row not in seen and r.received_amount and r.received_amount > 0:
            seen.add(r.row)
            said.append(rest_said(sheet, r.row, r.order_no, r.customer, r.received_amount,
                                  rests[r.row], r.currency))
    return said
