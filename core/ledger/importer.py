"""One ledger file into the store, in one transaction, with a result a clerk can check.

A file is read, its ledger sheets found, every row normalised, grouped into orders and written;
or it is refused with the reason and nothing is written at all. A file whose content was already
imported writes nothing either. The command line and the app's worker both call
:func:`import_files`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import recovery
from core.collector import collector_paused
from core.i18n import N_, NP_
from core.ledger.balance_rows import carried_messages
from core.ledger.customer_codes import renamed_messages
from core.ledger.file_reader import read_ledger
from core.ledger.layout import PassedSheet, SheetLayout
from core.ledger.misread_rows import drop_misread_lines, misread_message
from core.ledger.moves import moved_orders
from core.ledger.older_receipts import kept_total_messages
from core.ledger.order_buyers import kept_apart_messages, stored_buyers
from core.ledger.order_dates import carried_only_messages, later_date_messages
from core.ledger.orders import shared_numbers
from core.ledger.payments_seen import payments_seen_before
from core.ledger.readers import is_owner_file, open_workbook, read_bytes
from core.ledger.review import LedgerReview, converter, review
from core.ledger.rows import Skipped, TotalsCheck
from core.ledger.sale_rows import sale_rows_message
from core.ledger.still_moving import moving_messages
from core.ledger.stored_receipts import file_says, receipt_messages
from core.ledger.unread import no_rows
from core.ledger.writer import AmountChange, LedgerWriter, WriteCounts
from core.messages import Message, Refusal
from core.overrides import merged_keys
from core.progress import CancelFn, ProgressFn, Steps
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
from core.testpoints import reached


@dataclass
class SheetReport:
    name: str
    header_row: int
    mapping: dict[str, str]  # field -> header text
    rows: int  # records taken
    remembered: bool
    amount_derived: bool
    ship_date_column: bool = True
    # a payments sheet's fields named as money received (SheetLayout.words, fields.worded)
    words: dict[str, str] = field(default_factory=dict)


@dataclass
class FileResult:
    path: Path
    status: str  # imported, already_imported, refused, skipped
    message: Message | None = None
    file_format: str | None = None
    sheets: list[SheetReport] = field(default_factory=list)
    passed: list[PassedSheet] = field(default_factory=list)
    counts: WriteCounts = field(default_factory=WriteCounts)
    skipped: list[Skipped] = field(default_factory=list)
    totals: list[TotalsCheck] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    import_id: int | None = None
    review: LedgerReview = field(default_factory=LedgerReview)

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    @property
    def amount_changes(self) -> list[AmountChange]:
        return self.counts.amount_changes


# Which reading of a ledger an import used. A file is "already imported" only when imported by
# this reader; bump it when a release reads rows otherwise, so a firm told to import its last
# months again after an upgrade gets them read the new way (updated, never counted twice).
# 2: a later tab's status, ship date, invoice, cost and raised amount fill in a repeated line;
# rows typed as payments are money received; subtotal rows, ditto cells, merged figures, void
# and reversal types, header units (万元), received cells in words, placeholder order
# numbers ("-" names no order), figures in thousands (8千, 8k), a bare $ or ¥ on money received
# in the row's currency, and dates written year first or with a Chinese full stop or time.
# 3 (the thirteenth pass; 2 was released at stop 26): 25/03/01 read with the year that falls
# near the sheet's order dates (2025, not 2001), and named where neither reading does; a
# received cell written as a share of the row's amount (30%); money received naming a
# cancelled order (a row typed 收款) leaving it cancelled; payment rows keyed apart from their
# order's sales (keys.PAID: under reader 2 next month's payment row took its sale's key and
# amount; misread_rows takes out what readers 1 and 2 stored so); a ship-date cell saying in
# words that its line has not shipped (未出货, TBA) stored as such (ship_date_known 2), no
# longer as a blank that ships the line with the line above it.
# 4 (the fourteenth pass): a customer's name read without the invisible marks pasted with it (a
# right-to-left mark, a soft hyphen) and without spaces beside Chinese characters: "ABC
# Trading" so written is the customer "ABC Trading", "深圳市 华美贸易" is "深圳市华美贸易".
# 4 (the fourteenth pass, audit23): a row carried forward by its tab's month only when dated
# before it in the year the tab's own rows give (core.ledger.tab_month): a December tab's
# January order, a salesperson's tab "1", a tab named "Decathlon" or "Jan-Mar" no longer
# turn rows into balances brought forward that keep a later file's corrections out.
# 4 (the fourteenth pass, audit24): a customer's subtotal row known by the customer's own key
# (core.ledger.subtotals.name_key): "深圳市 华美贸易 Total", or a name with a right-to-left mark
# beside "Total", is 深圳市华美贸易's subtotal, no longer an order doubling its revenue.
# 4 (the fourteenth pass, audit25): a received-currency column (收款币种, 回款币种) is read:
# 10,800 USD wired for a 10,000 EUR invoice is USD, no longer 10,800 EUR spilling onto the
# buyer's next invoice.
# 5 (the fifteenth pass): rows sharing an order number whose customers are not alike
# (core.similarity.alike) are an order of each buyer (core.ledger.order_buyers): two buyers'
# PO 1001 are no longer one order of the first, the other's unpaid invoices on its account.
# 5 (the fifteenth pass, audit26): a row carried forward onto next month's file (dated before
# its tab's month) fills in what a later tab of one workbook does: its ship date, invoice,
# cost, due date and status. A December order shipped on 2026's 1月 tab was never owed, and
# an order cancelled or disputed on March's file stayed owed and black-listed.
# 6 (the sixteenth pass, carry27): a carried-forward row naming a stored order but none of its
# products (blank, or another with the order's total) and worth no more than the order's lines
# is the order's balance (core.ledger.balance_rows): April's "B-1, 40,000, received 20,000"
# summing March's Sofa 25,000 and Chair 15,000 no longer doubles the order to 80,000, 60,000
# open and black-listed; the line reader 5 so stored becomes the balance when the file comes
# again.
# 6 (the sixteenth pass, audit27): a status cell saying a line has not shipped (未出货, 待发货)
# or its order only in part (部分出货), with no ship date, is not shipped: no longer estimated
# shipped at its order date + the lead time, or shipped with the dated line above it.
# 6 (the sixteenth pass, cancel28): a cancellation stays until a row says in so many words
# that the order stands again (已恢复, 重开, reinstated; core.ledger.normalise.later_status), on
# a later tab, a carried row or a later file alike: March's 正常, 未收款 or 上月结转 no longer
# brings back an order February cancelled, a carried row's 已恢复 now does, and 取消被拒 (the
# cancellation refused) is no cancellation.
# 6 (the sixteenth pass, audit28): one wire's figure written on rows of one customer kept in
# different currencies (14,480 on a USD row and on a EUR row, same day), one of which cannot
# hold it, is one wire counted once, in the currency worth the most (core.ledger.receipts): it
# was 14,480 USD and 14,480 EUR, paid every invoice and took a 72-day late payer off the
# black list.
# 6 (the sixteenth pass, cancel28b): but the row that wrote a line, read again from its file
# (same name, sheet and row; the name imported from this folder only), is the clerk's
# correction: its 正常 lifts its 已取消 (core.ledger.own_rows).
# 6 (the sixteenth pass, cancel28c): only the row that wrote the cancellation: a row leaving a
# cancelled line cancelled by another row's word (its 正常 not taken, a blank) is no longer its
# source (core.ledger.own_rows.keeps_source): March's 正常 row with 2,000 received, imported
# again after an unrelated edit, no longer brings back the order February cancelled; a
# correction that brings one back is named in the import report.
# 7 (the seventeenth pass, carry29): a carried row whose currency cell is blank (the sheet
# says none: no cell, no sign, no header, no other row of its order) naming an order kept in
# one other currency reads in the order's currency (record.CURRENCY_WRITTEN): April's "B-1,
# 40,000, received 20,000" on March's EUR order is its balance, 20,000 EUR open and watched,
# no longer 83,200 USD of revenue, black-listed; and a carried summing row stored before its
# order's lines (April's file imported before March's) is read again when they come, so the
# order is the same whichever file came first.
# 7 (the seventeenth pass, audit29): a sheet of the customers' payments kept apart from the
# orders (收款: 客户, 收款日期, 收款金额, no order amount) is read as money received, each row as
# a row typed 收款 (core.ledger.layout.receipts_sheet): it was passed over, and a buyer who paid
# in full was black-listed; a payment row whose customer, figure and day a sale row's received
# figure carries too is that money written twice, counted once (core.ledger.receipts.
# booked_twice).
# 7 (the seventeenth pass, cancel29): the row that cancelled an order, read again with its status
# cell cleared, corrects it as its 正常 does (named in the report; a blank on any other row still
# leaves it cancelled), and a later row bringing money to a cancelled line is its source, the
# cancelling row kept apart as its status's (schema 10, core.ledger.own_rows): March's copy of a
# wire February wrote on another order is two files', counted once, no longer twice.
# 7 (the seventeenth pass, money29): a year-to-date workbook's later tab writing that month's
# receipt on a repeated row, told by a later receipt date and a figure that cannot be the
# total to date (or by the file's other rows), adds it to what the earlier tabs recorded
# (core.ledger.monthly_receipts): January 4,000, February 3,000 on 2/18, March 3,000 on 3/15
# is 10,000 received, no longer 3,000 with 7,000 open and black-listed.
# 7 (the seventeenth pass, guard29): the row read at a cancelled line's own place corrects it
# only where no stored line can have moved into its key (core.ledger.own_rows.in_place): PO-1's
# second row of a product, moved up into the deleted cancelling first row's key and row, no
# longer brings the cancelled order back as owed.
# 7 (the seventeenth pass, dates29): a date typed without its year (3月5日, 3/5) reads in the
# year its tab's name, else its file's, states (2025年3月, 2025年3月台账.xlsx; core.ledger.
# yearless): its row was skipped as having no order date, an unpaid order with it.
# 8 (the eighteenth pass, cancel30): a line following a cancelled one stored from another file
# no longer stops the cancelling row, read again, from correcting it (core.ledger.own_rows.
# may_be): feb.xlsx's corrected row 2 with mar.xlsx's second lot of PO-1 stored brings the
# 8,000 back, no longer refused in silence; a row moved into the place reads as that line (its
# amount) and is still refused, now named in the report with 已恢复 to write.
# 8 (the eighteenth pass, carry30): a stored order listed again in a later file with a later
# order date keeps its first date (core.ledger.order_dates; the file that alone wrote it,
# imported again, corrects it), and its line's due date one counted from that later date or
# without the stored ship date: March's order re-listed on May's file dated 05-02 is no longer
# a May order, its buyer paying 16 days late no longer on time. Named in the import report.
# 8 (the eighteenth pass, carry30): a line first shown on a carried row whose ship-date cell
# is blank (not 未出货) has no known ship date (its shipment estimated from its order date):
# an order known only from a firm's first file's 上月结转 row read as unshipped, never owed.
# Such orders are named in the import report.
# 8 (the eighteenth pass, carry30): whether a carried row's sheet said its currency is stored
# (order_lines.currency_written, schema 11): April's blank-currency summing row imported
# before March's EUR lines is their balance, no longer a line and a "write the currency" note.
# 8 (the eighteenth pass, pay30): a payment's own row without an order number (a 收款 sheet's,
# a row typed 收款) is known by its sum too, under an order of its customer's payments of the
# day (core.ledger.keys.paid_order_key; schema 12 re-keys the stored ones): the bank's 3,000
# wire of 04-20 in a second file no longer replaces the 5,000 the ledger's 收款 tab wrote that
# day (5,000 lost, a paid invoice open, black-listed); one sum on one day stored from a file
# this one does not re-send is counted once and named (core.ledger.payments_seen).
# 8 (the eighteenth pass, words30): a year written in two digits before 年 in a tab's or file's
# name ("25年3月", "25年3月台账.xlsx") is that year (core.ledger.tab_month): a date typed
# without its year (3月5日) on it reads as 2025-03-05, its row was skipped; a row dated before
# the tab's month is carried forward, the tab had no month.
# 8 (the eighteenth pass, recv30): next month's file repeating a stored order with only that
# month's receipt adds it to the stored figure where the file says so: its received header
# (本月收款, 当月回款; 累计已收 says totals), its own tabs (core.ledger.monthly_receipts), or a
# later-dated figure below the stored one (core.ledger.stored_receipts): March 3,000, April
# 2,000 is 5,000 received, no longer 2,000 with 3,000 open and black-listed; a figure that could
# be either is read as the total and the order named in the report. A 0 on a repeated row (a
# later tab or next month's file) is nothing received since, no longer the receipt undone; a
# header 本月收款/当月收款/累计收款/本月到账 is the received column (it was not mapped).
# 8 (the eighteenth pass, paidno30): a payment row naming its order (a 收款 sheet's row naming
# N-1, a row typed 收款) is known by its day and sum too (keys.DAY; schema 13 re-keys the stored
# ones): April's payments file, started anew, no longer replaces March's 6,000 on N-1 with its
# 4,000 (6,000 lost, N-1 open, black-listed); one sum on one day on one invoice is named as pay30's.
# 8 (the eighteenth pass, audit30): a received total of another file dated before the stored
# one and lower than it is an earlier state of the account and keeps the stored total
# (core.ledger.older_receipts): March's file (4,000 by 03-25) imported after May's (12,000 by
# 04-28) no longer owes 8,000 paid again and black-lists a buyer who owed nothing.
# 8 (the eighteenth pass, twice30): a sale row's received figure that is the running total of
# ALL its customer's payment rows of the file up to its date (two or more, the last on it) is
# that money written twice, the payment rows cleared (core.ledger.receipts._running_totals):
# C-1's 9,000 to 04-28 beside its 收款 tab's 4,000 and 5,000 no longer pays 18,000.
# 9 (the nineteenth pass, dates31): a tab or file named "202503" gives year-less dates
# (3月5日) its year, 2025 (they were skipped, their orders lost); a two-digit year before 年
# takes the century nearest this year (core.ledger.dates.full_year): a tab "89年3月" is March
# 1989, no longer 2089 with every row of the file dated before it and carried forward.
READER_VERSION = 9


def import_key(path: Path, sheet: str | None) -> str:
    """What tells a file already imported: its content, the reader, the sheet chosen."""
    return (content_hash(path) + f":reader={READER_VERSION}"
            + (f":sheet={sheet}" if sheet else ""))


def content_hash(path: Path) -> str:
    """The file's fingerprint; a file Excel holds locked, or a network path gone, is refused
    with what to do (read_bytes says it), before anything else is read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        read_bytes(path, 1)  # raises the refusal for this error
        raise
    return digest.hexdigest()


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
            "{file} is Excel's lock file for an open workbook; skipped."), {"file": path.name})
        return result
    try:
        with collector_paused():  # records, orders and keys by the million, none in a cycle
            _import(conn, path, sheet, overrides or {}, steps, result, before_write)
    except Refusal as refusal:
        result.status, result.message = "refused", refusal.message
    except sqlite3.DatabaseError as error:  # rolled back: a full disk, a read-only folder,
        # a damaged database file
        result.status, result.message = "refused", write_refusal(error, path.name).message
    return result


def _import(conn: sqlite3.Connection, path: Path, sheet: str | None,
            overrides: dict[str, str], steps: Steps, result: FileResult,
            before_write: Callable[[], object] | None) -> None:
    if not path.is_file():
        raise Refusal("file_not_found", N_("{file} does not exist."), file=str(path))
    digest = import_key(path, sheet)
    done = conn.execute("SELECT imported_at FROM imports WHERE content_hash = ? ORDER BY id "
                        "LIMIT 1", (digest,)).fetchone()
    if done:
        result.status = "already_imported"
        result.message = Message("already_imported", N_(
            "{file} was already imported on {when}; nothing changed."),
            {"file": path.name, "when": done[0][:10]})
        return
    stream = open_workbook(path, steps.sub(0.0, 0.2), sheet=sheet)
    result.file_format = stream.format
    rules = load_rules(conn)
    rates = Rates(conn, rules.base_currency)
    found = read_ledger(stream, sheet, overrides, remembered_layouts(conn), rules,
                        converter(rates.usd_per_unit), steps.sub(0.2, 0.7), stored_buyers(conn))
    reached("read")
    found.unread.extend(renamed_messages(found.codes, merged_keys(conn)))
    result.passed = found.passed
    result.skipped, result.totals = found.skipped, found.totals
    result.sheets = [_sheet_report(layout, rows)
                     for layout, rows in zip(found.layouts, found.taken, strict=True)]
    ledger = found.ledger
    if not ledger.held.rows:
        raise no_rows(path.name, len(result.skipped), found.unread)
    result.warnings.extend(found.unread)
    result.warnings.extend(currency_warnings(rates, ledger.currencies, rules.base_currency))
    result.review, ledger.corrections = review(
        ledger.held, ledger.book, ledger.rows, found.columns, ledger.wires, rates.usd_per_unit,
        file_says(layout.header_of("received_amount") for layout in found.layouts))
    result.warnings.extend(result.review.messages())
    result.warnings.extend(kept_apart_messages(path.name, ledger.book.buyers.split))
    result.warnings.extend(shared_numbers(ledger.book.shared()))
    result.warnings.extend(Message("no_ship_date_column", N_(
        "Sheet “{sheet}” has no ship-date column: shipments will be estimated from order "
        "dates."), {"sheet": s.name}) for s in result.sheets if not s.ship_date_column)
    steps.sub(0.7, 0.75).report(1.0)
    if before_write is not None:
        before_write()
    reached("copied")
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO imports(file_name, file_path, content_hash, file_format, imported_at, "
            "rows_inserted, rows_updated, rows_unchanged, rows_skipped) VALUES "
            "(?, ?, ?, ?, ?, 0, 0, 0, 0)",
            (path.name, str(path.resolve()), digest, found.format, now_text()))
        result.import_id = int(cursor.lastrowid or 0)  # an INSERT always sets it
        writer = LedgerWriter(conn, result.import_id, path.name)
        result.counts = writer.write(ledger, steps.sub(0.75, 1.0))
        result.warnings.extend(moved_orders(result.counts.moved))
        result.warnings.extend(carried_messages(result.counts.carried))
        result.warnings.extend(later_date_messages(result.counts.dated_later))
        result.warnings.extend(carried_only_messages(result.counts.carried_only))
        result.warnings.extend(sale_rows_message(conn, path))
        result.warnings.extend(moving_messages(path.name, result.counts.moving))
        result.warnings.extend(receipt_messages(
            result.counts.receipts, [layout.sheet.name for layout in found.layouts]))
        result.warnings.extend(kept_total_messages(result.counts.kept_totals))
        result.warnings.extend(misread_message(drop_misread_lines(
            conn, result.import_id, path.name, result.skipped, ledger.book.paid_apart,
            ledger.written_rows)))
        result.warnings.extend(payments_seen_before(conn, path.name, ledger.written_rows))
        reached("written")
        for layout in found.layouts:
            remember_layout(conn, layout.signature, layout.headers, layout.to_remember)
        conn.execute(
            "UPDATE imports SET rows_inserted = ?, rows_updated = ?, rows_unchanged = ?, "
            "rows_skipped = ?, result = ? WHERE id = ?",
            (result.counts.inserted, result.counts.updated, result.counts.unchanged,
             len(result.skipped), json.dumps(result_json(result), ensure_ascii=False),
             result.import_id))
    reached("committed")


def _sheet_report(layout: SheetLayout, rows: int) -> SheetReport:
    mapping = {name: str(layout.headers[index]) for name, index in layout.mapping.items()}
    return SheetReport(layout.sheet.name, layout.header_row_number, mapping, rows,
                       layout.remembered, layout.derived_amount, layout.ship_date_column,
                       layout.words)


def currency_warnings(rates: Rates, counts: Mapping[str, int], base: str) -> list[Message]:
    """One note per currency without a rate; `counts`: rows per currency."""
    unknown = {currency: n for currency, n in counts.items() if not rates.known(currency)}
    return [Message("unknown_currency", NP_(
        "{count} row is in {currency}, which has no exchange rate yet: add one in the "
        "settings or it is left out of totals in {base}.",
        "{count} rows are in {currency}, which has no exchange rate yet: add one in the "
        "settings or they are left out of totals in {base}."),
        {"count": n, "currency": c, "base": base}) for c, n in sorted(unknown.items())]


def import_files(db_path: Path, paths: list[Path], *, sheet: str | None = None,
                 overrides: dict[str, str] | None = None, progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None) -> list[FileResult]:
    """Import several files, each on its own; one refused file never stops the others.
    Before the first file that writes, one safety copy of the database is taken: undoing the
    import puts the database back as it was before these files."""
    conn = connect(db_path)
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
            results.append(import_file(conn, Path(path), sheet=sheet, overrides=overrides,
                                       steps=part, before_write=copy_once))
        return results
    finally:
        conn.close()


def result_json(result: FileResult) -> dict[str, Any]:
    """The result as plain data: snake_case keys, each reason with its stable code."""
    counts = result.counts
    return {
        "file": result.path.name,
        "status": result.status,
        "message": result.message.as_json() if result.message else None,
        "format": result.file_format,
        "sheets": [{"name": s.name, "header_row": s.header_row, "mapping": s.mapping,
                    "rows": s.rows, "remembered_layout": s.remembered,
                    "amount_derived": s.amount_derived,
                    "ship_date_column": s.ship_date_column} for s in result.sheets],
        "passed_sheets": [{"name": p.name, **p.reason.as_json()} for p in result.passed],
        "inserted": counts.inserted, "updated": counts.updated,
        "unchanged": counts.unchanged, "skipped": len(result.skipped),
        "orders_inserted": counts.orders_inserted, "orders_updated": counts.orders_updated,
        "customers_inserted": counts.customers_inserted,
        "skipped_rows": [{"sheet": s.sheet, "row": s.row, **s.message.as_json()}
                         for s in result.skipped],
        "amount_changes": [vars(c) for c in counts.amount_changes],
        "totals_checks": [totals_json(t) for t in result.totals],
        "warnings": [w.as_json() for w in result.warnings],
        **result.review.as_json(),
    }


def totals_json(check: TotalsCheck) -> dict[str, Any]:
    return {"sheet": check.sheet, "row": check.row, "stated": round(check.stated, 2),
            "rows_sum": round(check.rows_sum, 2), "imported_sum": round(check.imported_sum, 2),
            "agrees": check.agrees, "difference": round(check.stated - check.rows_sum, 2),
            "skipped_rows": check.skipped_rows, "suspect_rows": check.suspects}
