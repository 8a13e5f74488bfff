"""One ledger file into the store, in one transaction, with a result a clerk can check.

A file is read, its ledger sheets found, every row normalised, grouped into orders and written;
or it is refused with the reason and nothing is written at all. A file whose content was already
imported writes nothing either. The command line and the app's worker call :func:`import_files`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from core import recovery
from core.collector import collector_paused
from core.i18n import N_
from core.ledger.alike_customers import alike_customers
from core.ledger.amended_lines import kept_amount_messages
from core.ledger.balance_rows import carried_messages
from core.ledger.beside_deposit import redated_message
from core.ledger.beyond_dates import beyond_messages
from core.ledger.corrected_payments import corrected_payments, payments_stored
from core.ledger.credit_lines import stored_credits
from core.ledger.deductions_stored import settle_stored, stored_money
from core.ledger.deleted_orders import deleted_orders
from core.ledger.deposit_seen import deposits_seen
from core.ledger.displaced_notes import move_displaced
from core.ledger.dropped_returns import drop_noted_returns
from core.ledger.file_copies import copy_messages
from core.ledger.file_labels import FileLabels
from core.ledger.file_reader import StoredSales, read_ledger
from core.ledger.filed_returns import mark_returns, returns_stored, stored_sold, unsold_returns
from core.ledger.held_before import unkept
from core.ledger.held_buyers import HeldOrders
from core.ledger.held_files import held_refusal, keep_held, read_held, waiting
from core.ledger.import_result import FileResult, result_json, sheet_report
from core.ledger.insurer_claims import claim_messages
from core.ledger.kept_refunds import drop_kept_refunds
from core.ledger.leftover_lines import drop_leftovers
from core.ledger.listed_currency import in_sold_currency, stored_currency, unsaid_rows
from core.ledger.listed_days import ListedDays
from core.ledger.listed_returns import OtherFiles, stored_column, stored_list
from core.ledger.long_orders import rename_orders, stored_long
from core.ledger.lot_balances import clear_lot_balances
from core.ledger.lowered_totals import lowered_messages
from core.ledger.misread_returns import repair as repair_misread
from core.ledger.misread_rows import drop_misread_lines, misread_message
from core.ledger.moved_receipts import emptied_receipts, moved_receipts
from core.ledger.moves import moved_orders
from core.ledger.noted_credits import name_noted_credits, with_named
from core.ledger.noted_halves import weigh_noted
from core.ledger.noted_returns import stored_credit
from core.ledger.number_owners import stored_owners
from core.ledger.older_receipts import kept_day_messages, kept_total_messages, restated, row_totals
from core.ledger.older_status import kept_status_messages
from core.ledger.order_buyers import kept_apart_messages, shared_numbers, stored_buyers
from core.ledger.order_dates import carried_only_messages, later_date_messages
from core.ledger.other_ledgers import stored_owners_of
from core.ledger.other_lots import lot_messages
from core.ledger.paid_for import stored_customers, unnamed_message
from core.ledger.paid_for_stored import book_stored, booked_message, paid_for_moves
from core.ledger.paid_in import date_returns, over_paid, ruled_rows
from core.ledger.payment_places import stored_payments
from core.ledger.payments_seen import payments_seen_before
from core.ledger.placed_receipts import lines_apart, placed_receipts, received_only
from core.ledger.prepaid_rewritten import rewritten_prepaid
from core.ledger.reader_version import READER_VERSION
from core.ledger.readers import is_owner_file, open_workbook
from core.ledger.readers.sheets import is_a_folder
from core.ledger.receipt_notes import dated_messages, receipt_messages
from core.ledger.refunds_beyond import refunds_beyond
from core.ledger.refunds_under_way import stored_notes
from core.ledger.renamed_notes import renamed_messages as renamed_notes
from core.ledger.renamed_notes import stored_renames
from core.ledger.repeated_notes import said_last
from core.ledger.reread_files import content_hash
from core.ledger.rest_receipts import keep_rests
from core.ledger.review import converter, review
from core.ledger.sale_rows import NO_PRODUCT, sale_rows_message
from core.ledger.saved_copies import saved_copy
from core.ledger.sheet_notes import no_ship_dates
from core.ledger.still_moving import moving_messages
from core.ledger.stored_alike import stored_alike
from core.ledger.stored_codes import code_notes, stored_codes
from core.ledger.stored_lots import stored_lots
from core.ledger.stored_papers import split_stored
from core.ledger.stored_receipts import file_says
from core.ledger.tabs_apart import started_early
from core.ledger.typed_apart import weigh_typed
from core.ledger.typed_deductions import settle_typed
from core.ledger.unrated import rated_columns, unrated_rows
from core.ledger.unread_money import column_notes
from core.ledger.unread_tabs import holds_orders
from core.ledger.unsold_receipts import unsold_receipts
from core.ledger.unwritten_currency import unwritten_rows
from core.ledger.writer import LedgerWriter
from core.messages import Message, Refusal
from core.overrides import merged_keys
from core.progress import CancelFn, ProgressFn, Steps
from core.rates import Rates
from core.rules import load_rules
from core.store import (
    READS,
    WrittenMeanwhile,
    connect,
    data_version,
    has_orders,
    now_text,
    remember_layout,
    remembered_layouts,
    transaction,
    write_refusal,
)
from core.testpoints import reached


def import_key(path: Path, sheet: str | None, mapped: Mapping[str, str] | None = None) -> str:
    """What tells a file already imported: content, reader, sheet, columns mapped (acct53c)."""
    return (content_hash(path) + f":reader={READER_VERSION}" + (f":sheet={sheet}" if sheet
            else "") + "".join(f":{k}={v}" for k, v in sorted((mapped or {}).items())))


def import_file(conn: sqlite3.Connection, path: Path, *, sheet: str | None = None,
                overrides: dict[str, str] | None = None, steps: Steps | None = None,
                before_write: Callable[[], object] | None = None) -> FileResult:
    """Import one file; a Refusal becomes a refused result, never a half-written database.
    `before_write` runs once the file is read and about to be written (the safety copy)."""
    steps = steps or Steps(None, None)
    path = Path(path)
    result = FileResult(path=path, status="imported")
    if is_owner_file(path):
        result.status = "skipped"
        result.message = Message("owner_file", N_(
            "{file}: Excel's lock file for an open workbook; skipped."), {"file": path.name})
        return result
    try:
        for attempt in range(1, READS + 1):
            try:
                with collector_paused():  # records, orders and keys by the million, no cycle
                    _import(conn, path, sheet, overrides or {}, steps, result, before_write,
                            last=attempt == READS)
                break
            except WrittenMeanwhile:  # read again against what the other program wrote
                result = FileResult(path=path, status="imported")
    except Refusal as refusal:
        result.status, result.message = "refused", refusal.message
        result.file_format = result.file_format or refusal.file_format  # refused opening it
    except sqlite3.DatabaseError as error:  # rolled back: a full disk, a read-only folder,
        # a damaged database file
        result.status, result.message = "refused", write_refusal(error, path.name).message
    return result


def _import(conn: sqlite3.Connection, path: Path, sheet: str | None,
            overrides: dict[str, str], steps: Steps, result: FileResult,
            before_write: Callable[[], object] | None, last: bool = True) -> None:
    seen = data_version(conn)
    if path.is_dir():
        raise is_a_folder(path)
    if not path.is_file():
        raise Refusal("file_not_found", N_("{file}: not found in {folder}."), file=path.name,
                      folder=str(path.parent))
    digest = import_key(path, sheet, overrides)
    done = conn.execute("SELECT imported_at FROM imports WHERE content_hash = ? ORDER BY id "
                        "LIMIT 1", (digest,)).fetchone()
    if done and not waiting(conn, digest):  # one whose skipped rows' orders came since: read
        result.status = "already_imported"
        result.message = Message("already_imported", N_(
            "{file} was already imported on {when}; nothing changed."),
            {"file": path.name, "when": done[0][:10]})
        return
    remembered = remembered_layouts(conn)
    stream = open_workbook(path, steps.sub(0.0, 0.2), sheet=sheet,
                           holds_orders=partial(holds_orders, remembered=remembered,
                                                overrides=overrides))
    result.file_format = stream.format
    rules = load_rules(conn)
    rates = Rates(conn, rules.base_currency)
    sold_before = stored_customers(conn)
    found = read_ledger(stream, sheet, overrides, remembered, rules,
                        converter(rates.usd_per_unit), steps.sub(0.2, 0.7), stored_buyers(conn),
                        HeldOrders(conn), partial(stored_payments, conn, path.name),
                        stored_lots(conn, path), stored_credits(conn, path), stored_sold(conn),
                        stored_notes(conn), stored_credit(conn, path.name), sold_before,
                        partial(stored_long, conn), stored_owners_of(conn, path.name),
                        StoredSales(conn), (stored_list(conn, path.name),
                                            stored_column(conn, path.name)),
                        stored_currency(conn), OtherFiles(conn, path.name), stored_alike(conn),
                        stored_codes(conn),  # the codes the store keeps and their names
                        stored_money(conn, path.name),  # a deduction's wire in another file
                        partial(stored_owners, conn, path.name))  # a number's buyer (number_only)
    reached("read")
    codes = code_notes(conn, found, merged_keys(conn))  # said once: kept with the write
    found.unread.extend(codes.messages)
    result.passed = found.passed
    result.skipped, result.totals = found.skipped, found.totals
    result.sheets = [sheet_report(layout, rows)
                     for layout, rows in zip(found.layouts, found.taken, strict=True)]
    ledger = found.ledger
    if not ledger.held.rows:  # and its rows waiting for their orders kept (fix62g)
        raise held_refusal(conn, path, digest, sheet, overrides, result.skipped, found.unread)
    result.warnings.extend(found.unread)
    result.warnings.extend(unrated_rows(ledger.held, {*ledger.paid_in, *ledger.currencies},
                                        rates.known, rules.base_currency))
    result.review, ledger.corrections = review(
        ledger.held, ledger.book, ledger.rows, rated_columns(found.columns, rates.known),
        ledger.wires, rates.usd_per_unit,
        file_says(layout.header_of("received_amount") for layout in found.layouts), path.name)
    result.warnings.extend(result.review.messages())
    result.warnings.extend(kept_apart_messages(path.name, *ledger.book.buyers.said()))
    result.warnings.extend(shared_numbers(ledger.book.shared()))
    result.warnings.extend(lot_messages(ledger.book.lots, ledger.book.filed_lots))
    result.warnings.extend(no_ship_dates([s.name for s in result.sheets
                                           if not s.ship_date_column]))
    steps.sub(0.7, 0.75).report(1.0)
    with transaction(conn):
        if not last and data_version(conn) != seen:
            raise WrittenMeanwhile
        if before_write is not None:  # inside the lock: the copy is the database just before
            before_write()
        reached("copied")
        cursor = conn.execute(
            "INSERT INTO imports(file_name, file_path, content_hash, file_format, imported_at, "
            "rows_inserted, rows_updated, rows_unchanged, rows_skipped) VALUES "
            "(?, ?, ?, ?, ?, 0, 0, 0, 0)",
            (path.name, str(path.resolve()), digest, found.format, now_text()))
        result.import_id = int(cursor.lastrowid or 0)  # an INSERT always sets it
        codes.keep(conn, path.name)  # core.ledger.stored_codes
        writer = LedgerWriter(conn, result.import_id, path.name)
        paid_before = payments_stored(conn, ledger.written_rows, result.import_id, path.name)
        listed = ListedDays(conn, found.listed, ledger.written_rows)  # 收款日期 of two days
        emptied = emptied_receipts(conn, ledger.blank_receipts, ledger.receipt_cells,
                                   path.name)  # a received figure moved: acct51b
        clear_lot_balances(conn, ledger.book.passed, path.name,  # an older reader's balance
                           ledger.typed_receipts(), (str(path.resolve()), digest))
        held = has_orders(conn)  # none: each line the rules below find is this file's, new
        if held:  # both look only at lines stored before: a first import read every row's
            # keys twice more for them (perf39b); three rules below, every line (perf58a)
            repair_misread(conn, path.name, ledger.sale_keys(), ledger.credit_notes())  # v18
            result.warnings.extend(move_displaced(  # in a sale's place
                conn, ledger.sale_keys(), ledger.credit_notes(), path, ledger.note_rows()))
        result.counts = writer.write(ledger, steps.sub(0.75, 1.0))
        mark_returns(conn, ledger.returned_keys())  # for the file that sells their orders
        back = returns_stored(conn)  # none: four rules below find nothing (perf50)
        result.warnings.extend(unsold_returns(conn, path.name, {  # of orders sold nowhere
            layout.sheet.name for layout in found.layouts if layout.returns}) if back else [])
        apart = lines_apart(conn)  # of no amount or a credit note: none, and the three
        paid_only = received_only(conn, apart)  # rules below find nothing (perf67a)
        result.warnings.extend(placed_receipts(conn, path.name) if paid_only else [])  # held
        # for it (rv54b f7); and money for them, a credit note's or a payment's (fx44y)
        result.warnings.extend(unsold_receipts(conn, path.name) if paid_only or back else [])
        result.warnings.extend(in_sold_currency(conn, path.name, unsaid_rows(  # a list naming
            # none, its order's; a return naming another than its sale's, named (ret44)
            found.layouts, (r for _, records, _ in ledger.held for r in records)) | set(
            ledger.unsaid_payments()) | result.counts.unsaid, apart))  # a payment row's blank
        # (pay44)
        date_returns(conn, ledger.credit_notes())  # undated by ship: by its row (acc49)
        result.warnings.extend(over_paid(conn, path.name, ruled_rows(  # 收款币种 USD paying a
            found.layouts), rates, rules.fx_band_pct / 100))  # 人民币 order too much: its order's
        result.warnings.extend(unwritten_rows(conn, ledger.held, found.blank, rates.known,
                                              rules.base_currency))  # a blank 币种 (cur50)
        result.review.credit_notes = with_named(result.review.credit_notes, name_noted_credits(
            conn, ledger.book.customers) if back else {}, path.name)  # naming a stored sale
        moves, slips = paid_for_moves(conn, result.counts.moved, path.name)  # numbered 代付
        booked, payers_kept = book_stored(  # an earlier file's 代付 rows: none unless held
            conn, found.customers.keys() - sold_before.keys(), path.name) if held else ([], [])
        result.warnings.extend(booked_message(booked + slips, payers_kept))
        result.warnings.extend(split_stored(conn, path.name) if held else [])  # a changer's wire
        result.warnings.extend(unnamed_message(conn, path.name, found.unnamed, {
            (b.file, b.sheet, b.row) for b in booked}))
        result.warnings.extend(moved_orders(moves))
        result.warnings.extend(alike_customers(conn, result.counts, merged_keys(conn),
                                                    writer.alike))
        result.warnings.extend(renamed_notes(  # and earlier files' notes naming a new customer
            conn, found.renamed, merged_keys(conn),
            stored_renames(conn, result.counts.customers_inserted)))
        result.warnings.extend(carried_messages(result.counts.carried))
        result.warnings.extend(later_date_messages(result.counts.dated_later))
        result.warnings.extend(carried_only_messages(result.counts.carried_only))
        result.warnings.extend(sale_rows_message(conn, path) if ledger.held.holds(
            NO_PRODUCT) else [])  # a row of no product written: none, none of them
        result.warnings.extend(moving_messages(path.name, result.counts.moving))
        sheets = [layout.sheet.name for layout in found.layouts]
        labels = FileLabels(conn, result.import_id)  # core.ledger.file_labels
        result.warnings.extend(receipt_messages(result.counts.receipts, sheets))
        result.warnings.extend(dated_messages(labels.this, result.counts.dated, sheets))
        result.warnings.extend(copy_messages(result.counts.copies, sheets))
        kept = result.counts.kept_totals = restated(result.counts.kept_totals, row_totals(
            r for _, records, _ in ledger.held for r in records))  # ones it states: none (ord44)
        result.warnings.extend([*kept_total_messages(kept), *kept_day_messages(kept)])
        result.warnings.extend(lowered_messages(kept))
        result.warnings.extend(redated_message(result.counts.redated))
        result.warnings.extend(kept_status_messages(labels, result.counts.kept_statuses))
        result.warnings.extend(kept_amount_messages(labels, result.counts.kept_amounts))
        result.saved, said = saved_copy(conn, path, result.import_id, labels.this,
                                        writer.later.resent)  # its corrections; an older copy's
        result.warnings.extend(said)
        result.warnings.extend(beyond_messages(labels, writer.status.beyond()))
        result.warnings.extend(drop_leftovers(conn, labels, result.counts, result.import_id))
        result.warnings.extend(drop_kept_refunds(conn, path.name, ledger.written_rows, (
            writer.status.day, writer.alone)) if back else [])
        result.warnings.extend(drop_noted_returns(conn, path.name, writer.alone, (
            ledger.bare_sales()), ledger.credit_notes()) if back else [])
        result.warnings.extend(settle_stored(conn, path.name, held))  # fix57d; first: fix59c
        result.warnings.extend(misread_message(drop_misread_lines(conn, result.import_id,
            path.name, result.skipped, ledger.book.paid_apart, ledger.written_rows)))
        result.warnings.extend(deposits_seen(conn, path.name, ledger.written_rows, result.counts))
        result.warnings.extend(deleted_orders(  # rows the clerk deleted from the copy
            conn, path.name, ledger.written_rows, result.counts, writer.status) if held else [])
        result.warnings.extend(rewritten_prepaid(conn, path.name, ledger.written_rows))
        said, paired = corrected_payments(conn, path.name, ledger.written_rows, paid_before,
                                          writer.status.latest, result.counts.listed)
        result.warnings.extend([*said, *listed.after(), *moved_receipts(
            conn, emptied, path.name, writer.status.latest, writer.bases.monthly)])
        result.warnings.extend(payments_seen_before(conn, path.name, ledger.written_rows, paired,
                                                    held))  # a first import's own lines only
        result.warnings.extend([*refunds_beyond(conn, ledger.written_rows, rates.usd_per_unit),
                                *column_notes(conn, found.layouts, ledger.held, rates, path.name),
                                *claim_messages(conn, path.name)])  # 中国信保赔付 on its row
        weigh_noted(conn, path.name, ledger.written_rows, ledger.above)  # fix63a: another's money
        keep_rests(conn, path.name, ledger.written_rows, ledger.rests,  # a rest's day (fix67k)
                   lambda: writer.status.latest(True))
        result.warnings.extend(weigh_typed(  # fix65e: a typed row, its order elsewhere
            conn, ledger.written_rows, ledger.away, ledger.day_first))
        result.warnings.extend(settle_typed(conn))  # fix68b: its grant or deduction
        # last: every step above finds the file's orders by the keys it wrote them under
        rename_orders(conn, found.long_orders.typed)  # the number typed, not a float's
        reached("written")
        result.as_before = said_last(conn, path, [
            *result.warnings, *result.skipped, *result.totals], now_text()[:10])
        keep_held(conn, path, result.import_id, sheet, overrides, result.skipped)
        for layout in found.layouts:
            remember_layout(conn, layout.signature, layout.headers, layout.to_remember)
        conn.execute(
            "UPDATE imports SET rows_inserted = ?, rows_updated = ?, rows_unchanged = ?, "
            "rows_skipped = ?, result = ? WHERE id = ?",
            (result.counts.inserted, result.counts.updated, result.counts.unchanged,
             len(result.skipped), json.dumps(result_json(result), ensure_ascii=False),
             result.import_id))
    reached("committed")


def import_files(db_path: Path, paths: list[Path], *, sheet: str | None = None,
                 overrides: dict[str, str] | None = None, progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None) -> list[FileResult]:
    """Import several files, each on its own; one refused file never stops the others.
    Before the first file that writes, one safety copy of the database is taken: undoing the
    import puts the database back as it was before these files."""
    with started_early(Path(paths[0]) if paths else None):  # a big workbook's other process
        conn = connect(db_path)  # starts as the store opens (core.ledger.tabs_apart)
        copies: list[object] = []

        def copy_once() -> None:
            if not copies:
                names = ", ".join(Path(p).name for p in paths)
                copies.append(recovery.safety_copy(conn, "import", names))

        try:
            results = []
            steps = Steps(progress, cancel)
            for number, path in enumerate(paths):
                part = steps.sub(number / len(paths), (number + 1) / len(paths))
                with started_early(Path(path)):  # the first file's, started above
                    results.append(import_file(conn, Path(path), sheet=sheet,
                                               overrides=overrides, steps=part,
                                               before_write=copy_once))
                if results[-1].status == "imported":  # (a refusal stored nothing: a damaged
                    # database is not asked again, its refusal the answer)
                    results[-1].warnings.extend(unkept(conn, results[-1].import_id))
                    results.extend(read_held(conn, results[-1], partial(
                        _again, conn, steps=part, before_write=copy_once)))
            return results
        finally:
            conn.close()


def _again(conn: sqlite3.Connection, path: Path, sheet: str | None, overrides: dict[str, str],
           **options: Any) -> FileResult:
    """A file read again (core.ledger.held_files) with the sheet and columns it had."""
    return import_file(conn, path, sheet=sheet, overrides=overrides, **options)
