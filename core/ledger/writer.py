"""Writing a file's orders into the store: a filled value replaces, a blank never erases.

Runs inside the importer's transaction. Lines already stored are compared field by field, so
the import says what it inserted, updated and found unchanged; a changed amount is listed, and a
carried row (last year's invoice with its balance) moves what was received and what became of
the line (line_values), its amount where it amends the order from a file no older (amended_lines).

It writes in batches (``executemany``) on a thread of their own, sheet by sheet, each order
before its first line, new rows with the ids of first-seen order. An empty database is asked
nothing and indexed once the rows are in (SQLite sorts faster than it indexes row by row).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from core import store
from core.ledger.alike_customers import Weighing, alike_names
from core.ledger.amended_lines import LaterFiles
from core.ledger.batches import Batches
from core.ledger.carried_lines import CarriedLines
from core.ledger.customer_writes import write_customers
from core.ledger.file_copies import dated_after, own_rows
from core.ledger.ledger_file import LedgerFile
from core.ledger.leftover_lines import left_over
from core.ledger.line_ids import Numbered, number_lines
from core.ledger.line_values import (
    L_AMOUNT,
    L_CARRIED,
    L_CURRENCY,
    L_DEPOSIT,
    L_NOTES,
    L_RECEIVED,
    L_RECEIVED_DATE,
    L_STATUS,
    LineMaker,
    merge_line,
    receipt,
    redated,
)
from core.ledger.lowered_totals import said_taken
from core.ledger.moves import CustomerMove
from core.ledger.older_receipts import KeptTotal
from core.ledger.older_status import FileStatus, held_dates, status_day
from core.ledger.order_dates import FileDates
from core.ledger.order_sums import CANCELLED, Order
from core.ledger.order_values import order_values
from core.ledger.orders import TOLERANCE, SheetGroups
from core.ledger.own_rows import (
    SheetShown,
    corrects_here,
    inserted_status_row,
    judged,
    kept_behind,
    line_source,
    reinstating,
    same_file,
    status_row,
)
from core.ledger.payer_own_first import payers_paid
from core.ledger.receipt_history import total_file
from core.ledger.record import (
    AMOUNT,
    CARRY_FORWARD,
    CUSTOMER,
    CUSTOMER_KEY,
    ORDER_DATE,
    ORDER_NO,
    PRODUCT,
    ROW,
    SHEET,
    STATUS,
    Record,
)
from core.ledger.revived_lines import dated_by, first_days, revive, shipped_first, status_kept
from core.ledger.still_moving import moving_line
from core.ledger.stored_receipts import Bases
from core.ledger.unsaid_currency import currency_of, kept_currency, merged_order, unsaid_row
from core.ledger.write_counts import AmountChange, Twins, WriteCounts, changed
from core.ledger.writer_sql import (
    LINE_INSERTED,
    O_CUSTOMER,
    O_STATUS,
    ORDER_INSERTED,
    SAID,
    SOURCES,
    STATUS_DAY,
    STATUS_FROM_LINES,
    STORED_LINES,
    STORED_ORDERS,
    UPDATE_LINE,
    UPDATE_ORDER,
    VALUES,
    indexes_set_aside,
    stored_rows,
)
from core.progress import Steps
from core.testpoints import reached

BATCH, PROGRESS_ROWS = 10_000, 5_000  # rows per executemany, per progress step
NOT_OWN = (False, "", None)  # a line not stored cancelled: no own row, nothing refused


class LedgerWriter:
    def __init__(self, conn: sqlite3.Connection, import_id: int, source_file: str) -> None:
        self.conn, self.import_id, self.source_file = conn, import_id, source_file
        self.here = corrects_here(conn, import_id)  # a row may be its line's, read again
        self.alone = same_file(conn, import_id)  # its name is this file's (older_receipts)
        self._shown = SheetShown(lambda: self.batches.read())  # the sheet written, its rows
        self.counts, self.twins = WriteCounts(), Twins()  # twins: rows read twice
        # per line key: the grouped place of its first change and its change so far (yearly tabs)
        self._changes: dict[str, tuple[tuple[int, int], AmountChange]] = {}
        # per stored line key the file shows on several tabs (a year-to-date workbook), its
        # values before the file and as it leaves them: counted once, updated only if the file
        # changed it (a tab writing 0 received where the next writes 3,000 changed nothing).
        # Lines shown once are counted as met: kept for all, a gigabyte at a million lines.
        self.shown_again: set[str] = set()  # the file's OrderBook.shown_again
        self._before, self._after = dict[str, tuple[Any, ...]](), dict[str, tuple[Any, ...]]()
        self._inserts, self._updates = list[tuple[Any, ...]](), list[tuple[Any, ...]]()
        self._restated: list[tuple[int]] = []  # stored orders whose status the lines settle
        self.paid_by: dict[str, str] = {}  # line key -> its row's customer (line_payers)
        # per stored order id its lines settle: values before and as written (counted if changed)
        self._orders_seen: dict[int, tuple[tuple[Any, ...], tuple[Any, ...]]] = {}
        # stored orders given to another customer: (rank, stored customer id, first row's record)
        self._moved: list[tuple[int, int, Record]] = []
        self._moved_from: dict[str, int] = {}  # order key -> the customer it was stored under
        self.carried = CarriedLines()  # core.ledger.carried_lines
        self.dates = FileDates(self.here, source_file)  # core.ledger.order_dates
        self.bases = Bases((None, None), source_file, self.alone, (conn, import_id))
        self.alike: Weighing | None = None  # the new names weighed as the write ends
        self.numbered = Numbered([])  # the file's orders' ids, by rank (number_lines)

    def write(self, ledger: LedgerFile, steps: Steps) -> WriteCounts:
        self.batches = Batches(self.conn)
        with self.batches:
            return self._write(ledger, steps)

    def _write(self, ledger: LedgerFile, steps: Steps) -> WriteCounts:
        conn, book, self.deposits = self.conn, ledger.book, ledger.deposits  # deposit_rows
        self.status = FileStatus(self.source_file, self.alone, lambda: held_dates(ledger.held),
                                 (conn, self.import_id))  # dated by its month folder too
        self.later, orders = LaterFiles(conn, self.status, self.counts.kept_amounts), book.ranked()
        self.shown_again = self.bases.again = book.shown_again  # stored_receipts.tab_payment
        self.bases.says, self.bases.status = ledger.corrections.says, self.status
        self.bases.later = dated_after(conn, self.source_file, own_rows(ledger.held, orders))
        empty = not store.has_orders(conn)
        later = indexes_set_aside(conn) if empty else []
        customer_ids, self.counts.customers_inserted = write_customers(self.batches, book)
        steps.report(0.05)
        stored, self.numbered = number_lines(self.batches, ledger.held, orders, empty,
                                             self.counts)
        steps.report(0.1)
        lines = LineMaker(ledger.corrections)
        total, done, halfway = ledger.held.rows, 0, False
        for number, records, groups in ledger.held:
            self._shown.records = records
            self.twins.sheet(records, groups.keys)
            self._orders(groups, records, orders, customer_ids)
            for start in range(0, len(records), PROGRESS_ROWS):
                end = start + PROGRESS_ROWS
                self._lines(number, start, records[start:end], groups, stored[number], lines,
                            orders)
                done += len(records[start:end])
                steps.report(0.1 + 0.9 * done / max(total, 1))
                if not halfway and done * 2 >= total:
                    reached("writing")
                    halfway = True
            self._flush()
        self.carried.settle(self.batches, self.counts, self._changes, self._after,
                            self.shown_again)
        added = self.counts.customers_inserted  # their names weighed below (perf65b)
        names = alike_names(self.batches.read()) if added else []
        given: list[tuple[str, tuple[str, ...]]] = []
        self.later.settle(self.batches.read(), empty, given)  # the file whose amount each line
        # holds; its first read copied, and the indexes set aside made again, on the writing
        # thread: SQLite's work without Python's lock, while this thread weighs the new names
        self.batches.execute_all([*given, *((sql, ()) for sql in later)])
        if added:
            self.alike = Weighing(names, added)
        self._restated += payers_paid(self.batches.read(), (book.orders, {  # the few named
            o.key: o.payers for o in orders if o.rare is not None and o.payers}),
            self._moved_from, (self.source_file, self.paid_by), self.counts.moving)
        self.batches.executemany(STATUS_FROM_LINES, self._restated)
        self.counts.orders_updated += self._orders_updated()
        updated = sum(changed(values, self._after[key]) for key, values in self._before.items())
        self.counts.updated += updated
        self.counts.unchanged += len(self._before) - updated
        self.twins.settle(self.counts, self._before, self._after)
        changes = sorted(self._changes.values(), key=lambda p: p[0])
        self.counts.amount_changes = [c for _, c in changes if abs(c.new - c.old) > TOLERANCE]
        self.counts.moved, self.counts.kept_statuses = self._moves(), self.status.kept
        self.counts.dated_later, self.counts.carried_only = self.dates.named()
        self.counts.receipts, self.counts.dated = self.bases.said(), self.bases.dated
        self.counts.copies = self.bases.copies
        return self.counts

    # --- orders ------------------------------------------------------------------------------
    def _orders(self, groups: SheetGroups, records: list[Record], orders: list[Order],
                customer_ids: dict[str, int]) -> None:
        """The orders whose first line is on this sheet, in first-seen order, each written
        before its lines."""
        firsts = [(orders[rank], record) for rank, index, record in zip(
            groups.ranks, groups.indexes, records, strict=True) if index == 0]
        ids, known = self.numbered.ids, self.numbered.stored
        old = {row[0]: row[2:] for row in stored_rows(
            self.batches, STORED_ORDERS, [o.key for o, _ in firsts if known[o.rank]])}
        self.dates.read(self.batches.read, firsts, old)
        inserts, updates, imported = [], [], self.import_id
        for order, record in firsts:
            stored = old.get(order.key) if old else None
            order_id = ids[order.rank]
            if stored is None:
                inserts.append((order_id, order.key, *order_values(
                    order, customer_ids[order.customer_key], True), imported, imported, imported))
                continue
            new = order_values(order, customer_ids[order.customer_key])
            merged = merged_order(self.batches.read(), order, (stored, new), record, order_id)
            self.numbered.currency[order.rank] = currency_of(merged)  # a blank row's (unsaid_row)
            if merged[O_CUSTOMER] != stored[O_CUSTOMER]:
                self._moved.append((order.rank, stored[O_CUSTOMER], record))
                self._moved_from[order.key] = stored[O_CUSTOMER]  # its wires' payer
            changed = merged != tuple(stored)
            if order.own_lines and (order.status is not None
                                    or stored[O_STATUS] is not None):
                self._restated.append((order_id,))
                self._orders_seen[order_id] = (tuple(stored), tuple(merged))
            else:
                self.counts.orders_updated += changed
            if changed:
                updates.append((*merged, self.import_id, order_id))
        self.batches.insert("orders", ORDER_INSERTED, inserts)
        self.batches.executemany(UPDATE_ORDER, updates)
        self.counts.orders_inserted += len(inserts)

    def _orders_updated(self) -> int:
        """The stored orders the file changed, their status as their lines now settle it: a
        later tab reinstating a cancelled order changes it though its rows name no status."""
        settled = dict(stored_rows(self.batches, "SELECT id, status FROM orders WHERE id IN ({})",
                               list(self._orders_seen)))
        return sum((*after[:O_STATUS], settled[order_id], *after[O_STATUS + 1:]) != before
                   for order_id, (before, after) in self._orders_seen.items())

    def _moves(self) -> list[CustomerMove]:
        """The stored orders given to another customer, in the file's order, named as stored
        and as this file names them."""
        names = dict(stored_rows(self.batches, "SELECT id, name FROM customers WHERE id IN ({})",
                             [customer for _, customer, _ in self._moved]))
        return [CustomerMove(record[ORDER_NO], names[customer], record[CUSTOMER],
                             record[SHEET], record[ROW])
                for _, customer, record in sorted(self._moved, key=lambda m: m[0])]

    # --- lines -------------------------------------------------------------------------------
    def _lines(self, number: int, start: int, records: list[Record], groups: SheetGroups,
               stored: bytearray, lines: LineMaker, orders: list[Order]) -> None:
        """Records start.. of a sheet: new lines inserted under the ids numbered for them,
        stored ones (or ones an earlier tab of this file wrote) merged and updated."""
        keys, repeats = groups.keys, groups.repeats
        end = start + len(records)
        wanted = [keys[start + i] for i in range(len(records))
                  if repeats[start + i] or stored[start + i]]
        old = {row[0]: row for row in stored_rows(self.batches, STORED_LINES, wanted)}
        source, insert, before_count = self.source_file, self._inserts.append, len(self._inserts)
        keep_before, last, shown_again = self._before.setdefault, self._after, self.shown_again
        listed, twins, met = self.counts.listed.add, self.twins.places, self.twins.met
        values_of, typo_free, dated = lines.values, self.status.typo_free, self.bases.first
        file_day, carry, grown = self.status.day, self.carried.carry, self.carried.grown.add
        numbered, first_dates = self.numbered, self.dates.first_dates  # by rank (perf66b)
        ids, known, first_line, new_lines = (numbered.ids, numbered.stored, numbered.first_line,
                                             numbered.new_lines)
        for position, record, rank, key in zip(range(start, end), records,
                                               groups.ranks[start:end], keys[start:end],
                                               strict=True):
            if (order := orders[rank]).rare is not None and order.payers:  # another's money
                self.paid_by[key] = record[CUSTOMER_KEY]  # among it (line_payers)
            found = old.get(key) if old else None  # a new line's values as it is stored
            values = typo_free(values_of(number, position, record, order, found is None),
                               L_RECEIVED_DATE)  # core.ledger.beyond_dates
            if known[rank] and unsaid_row(record, numbered.currency[rank]):  # its order's
                self.counts.unsaid.add((record[SHEET], record[ROW]))
            if values[L_RECEIVED] is not None and (found is None or repeats[position]):
                values = dated(values, record)  # undated under 本月收款: stored_receipts
            read = (source, record[SHEET], record[ROW])
            if found is None:
                said = record[STATUS]  # as the row says it (the line's: None where it stands)
                insert((first_line[rank] + new_lines[rank], ids[rank], key, *values, *read,
                        *inserted_status_row(said, read), *first_days(said, record, file_day),
                        source, read[1]))
                new_lines[rank] += 1
                if position in twins:
                    met(key)
                if record[CARRY_FORWARD]:
                    carry(key, ids[rank], record, values, None, False)
                elif known[rank]:
                    grown(ids[rank])
                continue
            before, sources, word = found[VALUES], found[SOURCES], found[SAID]
            values = kept_currency(values, before, record, word)  # a blank 币种 (unsaid_currency)
            listed(sources[0])
            if values[L_RECEIVED] is not None:  # core.ledger.stored_receipts
                values = self.bases.line(key, values, before, sources[:2], (
                    repeats[position], record[SHEET], record[ROW],
                    str(record[ORDER_NO] or record[CUSTOMER])), sources[1:3])
            cancelled, said = before[L_STATUS] == CANCELLED, values[L_STATUS]  # own_rows
            own, kept, gone = (judged(self.here, sources, read, (record[CARRY_FORWARD], said), key,
                                      self._shown(keys, float(record[AMOUNT])), cancelled)
                               if cancelled or reinstating(before[L_STATUS], said) else NOT_OWN)
            wrote = (total := total_file(before[-1], sources[0]), source)  # its file, this one
            ours = (own_total := self.alone and total == source) and sources[0] == source
            named = str(record[ORDER_NO] or record[CUSTOMER])
            merged, amount_changed, older = merge_line(
                before, values, repeats[position], own, rank in first_dates
                and record[ORDER_DATE] > first_dates[rank], ours, (sources[0], source),
                order.terms.rung if order.terms else None, self.later.of(
                    (key, sources[0]), before, values, (named, *read[1:])), self.bases.monthly,
                own_total, self.later.newer((sources[0], total), receipt(values), key),
                self.later.after(total))
            merged, back = revive(before, merged, record, sources, cancelled)
            if key in self.bases.rebuilt:  # its months' receipts (core.ledger.month_parts)
                merged = (*merged[:-1], self.bases.rebuilt.pop(key)[1])
            if merged[L_DEPOSIT] is not None and redated(before, values, merged, order.terms, (
                    self.deposits.line_worth(record, merged[L_AMOUNT]) if self.deposits else None)):
                self.counts.redated.append((record[SHEET], record[ROW]))
            taken = older is None and said_taken(receipt(before), receipt(merged), (
                ours, repeats[position]), wrote)  # else an older file's total: the stored kept
            if older is not None or taken:  # said, the two files' months tied or not (yb43)
                self.counts.kept_totals.append(KeptTotal(named, record[SHEET], record[ROW], (
                    before[L_RECEIVED], before[L_RECEIVED_DATE]), (older[0] or 0, older[1] or "")
                    if older else (merged[L_RECEIVED], merged[L_RECEIVED_DATE]), taken,
                    self.later.tie(total), total == source))  # this name's: a copy (rv52a)
            status = self.status.settled(  # core.ledger.older_status
                (before[L_STATUS], merged[L_STATUS]), shipped_first(found[STATUS_DAY], record,
                                                                    before),
                status_row(sources)[0], (named, record[SHEET], record[ROW]),
                bool(before[L_CARRIED]) and not record[CARRY_FORWARD])
            older_kept = status == before[L_STATUS] != merged[L_STATUS]  # the stored one kept
            if self.status.dropped(older_kept and merged[L_STATUS] == CANCELLED, amount_changed, (
                    found[STATUS_DAY], status_row(sources)[0])) and (behind := kept_behind(
                    key, self._shown(keys, float(record[AMOUNT])))):  # own_rows.kept_behind
                merged, amount_changed, gone = tuple(before), False, behind
            elif status != merged[L_STATUS]:  # an older file's note of it kept out too
                merged = status_kept(merged, status, before[L_NOTES] if older_kept else None)
            self.counts.leftovers += left_over(gone, merged[L_STATUS], named, record)
            moving = moving_line(before, merged, record, (order.rank, groups.indexes[position]),
                                 kept if before[L_CARRIED] or not repeats[position] else "",
                                 back) if cancelled else None
            if moving:
                self.counts.moving.append(moving)
                self._restated += [(ids[rank],)] if moving.revived else []  # its order's
            if record[CARRY_FORWARD] and before[L_CARRIED]:
                self.carried.carry(key, ids[rank], record, values, before,
                                   changed(before, merged), word)
            if amount_changed:
                place, first = self._changes.get(key, ((order.rank, groups.indexes[position]),
                                                       None))
                self._changes[key] = (place, AmountChange(
                    record[ORDER_NO], record[CUSTOMER], record[PRODUCT], record[SHEET],
                    record[ROW], before[L_AMOUNT] if first is None else first.old,
                    float(merged[L_AMOUNT]), str(merged[L_CURRENCY]), record[ORDER_DATE]))
            if key not in shown_again:
                self.counts.line(before, merged)  # updated only if changed (write_counts)
                if position in twins:
                    met(key, (before, merged))
            elif not repeats[position] or key in last:  # not a line this file inserted
                keep_before(key, before)
                last[key] = merged
            day = status_day(dated_by(values[L_STATUS], record), (
                before[L_STATUS], merged[L_STATUS]), found[STATUS_DAY], self.status.day)
            if merged != before or self.bases.counted.shows(key):  # counted_receipts
                self._updates.append((*self.bases.counted.history(key, merged, line_source(
                    sources, read, values, before, merged, older_kept)), *day, found[1]))
            elif day != found[STATUS_DAY]:  # a newer file saying the status again: its day
                self._updates.append((*merged, *sources, *day, found[1]))
        self.counts.inserted += len(self._inserts) - before_count
        if len(self._inserts) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        self.batches.insert("order_lines", LINE_INSERTED, self._inserts)
        self.batches.executemany(UPDATE_LINE, self._updates)
        self._inserts, self._updates = [], []

