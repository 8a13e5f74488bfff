"""The reference writer: one SELECT of the stored rows, then one INSERT or UPDATE per order
and per line, as the importer wrote before issue 11 (core.ledger.writer writes in batches)."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from core.ledger import customer_facts as facts
from core.ledger.amended_lines import LaterFiles
from core.ledger.balance_rows import Carried
from core.ledger.beside_deposit import redated_reading, still_deposit
from core.ledger.credit_lines import CREDITED
from core.ledger.deposit_rows import FileOrders
from core.ledger.file_copies import dated_after
from core.ledger.insurer_claims import claim_note
from core.ledger.leftover_lines import Leftover, taken
from core.ledger.line_values import LINE_COLUMNS, RESTATED, amended, stored_status
from core.ledger.lot_words import amount_kept, kept_notes, lot_said, restated
from core.ledger.lowered_totals import said_taken
from core.ledger.monthly_receipts import MONTH
from core.ledger.moves import CustomerMove
from core.ledger.normalise import later_status, stands
from core.ledger.older_receipts import KeptTotal, kept_day, older_total
from core.ledger.older_status import NO_DAY, FileStatus, StatusDay, status_day
from core.ledger.order_values import ORDER_COLUMNS
from core.ledger.orders import TOLERANCE
from core.ledger.own_rows import (
    STORED_NEIGHBOUR,
    Shown,
    corrects,
    corrects_here,
    keeps_source,
    kept_behind,
    left_behind,
    refused,
    reinstated_behind,
    reinstating,
    same_file,
)
from core.ledger.payer_own_first import payers_paid
from core.ledger.payment_kinds import line_payment
from core.ledger.receipt_history import COLUMN as HISTORY
from core.ledger.receipt_history import after_merge, total_file
from core.ledger.revived_lines import dated_word, days_kept, kept_note, went_ahead
from core.ledger.still_moving import MovingRow, lifts_cancellation, still_moving
from core.ledger.stored_receipts import Bases, Receipt
from core.ledger.tab_notes import own_sale
from core.ledger.terms import PaymentTerms
from core.ledger.typed_rows import is_receipt_line
from core.ledger.unsaid_currency import read_from_blanks
from core.ledger.write_counts import AmountChange, WriteCounts, changed, fates_of
from core.ledger.writer_sql import STATUS_FROM_LINES
from core.progress import Steps
from reference_import.balance import settle
from reference_import.dates import first_date, kept_due
from reference_import.orders import Line, Order
from reference_import.rows import RECEIPT_MONEY, Record


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _fetch(conn: sqlite3.Connection, table: str, key: str, keys: Iterable[str]
           ) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(dict.fromkeys(keys))):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT * FROM {table} WHERE {key} IN ({marks})", chunk):
            found[row[key]] = dict(row)
    return found


PAID = ("received_amount", "received_date", "received_currency")
SOURCES = ("source_file", "source_sheet", "source_row", "status_file", "status_sheet",
           "status_row")


def _source(source: tuple) -> dict[str, object]:
    """A line's source columns as written (the row that last changed it, the row that wrote
    its status where another, else None): what core.ledger.own_rows compares."""
    return dict(zip(SOURCES, (*source, None, None, None)[:len(SOURCES)], strict=True))


def _status_row(old: Mapping[str, Any]) -> tuple:
    """The row that wrote a stored line's status: its own columns, else its source's (a file
    that left the line out has no row: its name, kept apart)."""
    kind = "status" if old["status_row"] is not None or old["status_file"] else "source"
    return tuple(old[f"{kind}_{part}"] for part in ("file", "sheet", "row"))


DAY = ("status_day", "plain_day")  # core.ledger.older_status.StatusDay


def _stored_day(old: Mapping[str, Any]) -> StatusDay:
    return (old["status_day"], old["plain_day"])


def _day(day: StatusDay) -> dict[str, object]:
    return dict(zip(DAY, day, strict=True))


def _line_values(record: Record) -> dict[str, object]:
    return {
        "invoice_no": record.invoice_no, "product": record.product,
        "quantity": record.quantity, "unit_price": record.unit_price,
        "amount": record.amount, "currency": record.currency, "cost": record.cost,
        "gross_profit": record.gross_profit, "tax_rebate": record.tax_rebate,
        "ship_date": _iso(record.ship_date), "due_date": _iso(record.due_date),
        "due_derived": int(record.due_derived) if record.due_date else None,
        "received_amount": record.received_amount, "received_date": _iso(record.received_date),
        "deposit_amount": record.deposit, "deposit_date": _iso(record.deposit_date),
        "balance_amount": record.balance, "balance_date": _iso(record.balance_date),
        "carried_forward": int(record.carry_forward),
        "notes": kept_notes(record.notes, record.product, record.status_text),
        "status": record.status, "credit_note": int(record.credit_note),
        "credit_ref": record.credit_ref,
        "cost_currency": _other(record.cost_currency, record.currency),
        "received_currency": _other(record.received_currency, record.currency),
        "ship_date_known": int(record.ship_date_known),
        "rebate_currency": _other(record.rebate_currency,
                                  record.cost_currency or record.currency),
        HISTORY: None,  # a row brings none: the store's, weighed with the merge
    }


def _in_currency(record: Record, old: Mapping[str, Any]) -> Record:
    """A carried row writing no currency, read in its stored line's where that line's row wrote
    it (core.ledger.unsaid_currency), said as the line's: its columns' blank currencies (None)
    the line's, written ones kept."""
    return dataclasses.replace(record, currency=old["currency"], currency_written=True)


def _other(currency: str | None, row_currency: str) -> str | None:
    """A column's own currency is stored only where it is not the row's (NULL: the row's)."""
    return currency if currency != row_currency else None


def _order_values(order: Order, customer_id: int) -> dict[str, object]:
    first = order.first
    payment_terms, found = order.reading("payment_terms", "terms")
    terms = found if isinstance(found, PaymentTerms) else None
    incoterm_text, incoterm = order.reading("incoterm_text", "incoterm")
    return {
        "order_no": first.order_no, "customer_id": customer_id,
        "order_date": min(line.record.order_date for line in order.lines).isoformat(),
        "currency": order.currency, "incoterm": incoterm, "incoterm_text": incoterm_text,
        "payment_terms": payment_terms,
        "pay_rung": terms.rung if terms else None,
        "credit_days": terms.credit_days if terms else None,
        "deposit_pct": terms.deposit_pct if terms else None,
        "monthly_statement": int(terms.monthly_statement) if terms else None,
        "salesperson": order.value("salesperson"), "country": order.value("country"),
        "trial": _trial([line.record.trial for line in order.lines]), "status": order.status,
    }


def _keep_readings_whole(merged: dict[str, object], old: Mapping[str, Any],
                         new: dict[str, object]) -> None:
    """The terms and the Incoterm each come whole from the file that reads them, the new one
    first: a new reading never keeps an old one's credit days, a text reading nothing never
    replaces a stored reading's text."""
    for marker, columns in (("monthly_statement", ("payment_terms", "pay_rung", "credit_days",
                                                   "deposit_pct", "monthly_statement")),
                            ("incoterm", ("incoterm", "incoterm_text"))):
        source = new if new.get(marker) is not None else old if old[marker] is not None \
            else None
        if source is not None:
            merged.update({c: source.get(c) for c in columns})


def _trial(flags: list[bool | None]) -> int | None:
    """A trial if a line says so, not one if a line says that, unsaid otherwise (a stored
    order keeps what it was, a new one is not a trial)."""
    return 1 if any(flags) else 0 if False in flags else None


def _merge(old: Mapping[str, Any] | None, new: dict[str, object], columns: tuple[str, ...]
           ) -> dict[str, object]:
    """Filled values replace the stored ones; blanks keep them."""
    if old is None:
        return dict(new)
    return {c: (new[c] if new.get(c) is not None else old[c]) for c in columns}


def _carry_receipt(old: Mapping[str, Any], record: Record) -> float | None:
    """What was received on a line, told by a row that repeats it with only its balance."""
    received = record.received_amount
    if record.amount < old["amount"] - TOLERANCE and record.currency == old["currency"]:
        return round(old["amount"] - record.amount + (received or 0.0), 6)
    return received


class LedgerWriter:
    def __init__(self, conn: sqlite3.Connection, import_id: int, source_file: str) -> None:
        self.conn, self.import_id, self.source_file = conn, import_id, source_file
        self.moved_from: dict[str, int] = {}  # order key -> the customer stored under
        self.here = corrects_here(conn, import_id)  # a row may be its line's, read again
        self.alone = same_file(conn, import_id)  # its name is this file's (older_receipts)
        self.rung: str | None = None  # the order being written: its terms' rung
        self.counts = WriteCounts()
        self.changes: dict[str, AmountChange] = {}  # line key -> what the file did to it
        # carried rows written as no line their order had before (core.ledger.balance_rows)
        self.carried: dict[str, Carried] = {}
        self.grown: set[int] = set()  # orders given a line from a row not carried
        self.revived: set[int] = set()  # orders a cancelled line of came back (revived_lines)
        self.first_dates: dict[int, str] = {}  # stored orders dated later: their kept date
        self.bases = Bases((None, None), source_file, self.alone, (conn, import_id))
        self.deposits: FileOrders | None = None  # the file's orders holding a deposit

    def _shown(self, record: Record) -> Shown:
        """Where the row's sheet and the store hold a line, for the row's amount."""
        return Shown(lambda other: self.shown.get((record.sheet, other)),
                     lambda other: self.conn.execute(STORED_NEIGHBOUR, (other,)).fetchone(),
                     record.amount)

    def write(self, orders: list[Order], steps: Steps) -> WriteCounts:
        self.counts.first_line = self.conn.execute(  # leftover_lines: lines not written
            "SELECT COALESCE(MAX(id), 0) + 1 FROM order_lines").fetchone()[0]
        customer_ids = self._customers([line.record for o in orders for line in o.lines])
        self.status = FileStatus(self.source_file, self.alone, lambda: [[  # older_status
            (line.record.sheet, line.record.row, _iso(line.record.order_date),
             _iso(line.record.ship_date), _iso(line.record.received_date))
            for o in orders for line in o.lines]], (self.conn, self.import_id))
        self.bases.status = self.status
        self.later = LaterFiles(self.conn, self.status,  # core.ledger.amended_lines
                                self.counts.kept_amounts)
        self.bases.later = dated_after(self.conn, self.source_file, lambda: [
            (line.record.sheet, o.key, _iso(line.record.order_date),
             _iso(line.record.received_date)) for o in orders for line in o.lines])
        self.shown = {(line.record.sheet, line.key): line.record.amount  # each sheet's rows
                      for o in orders for line in o.lines}
        steps.report(0.1)
        stored_orders = _fetch(self.conn, "orders", "order_key", (o.key for o in orders))
        stored_lines = _fetch(self.conn, "order_lines", "line_key",
                              (line.key for o in orders for line in o.lines))
        before = {key: dict(row) for key, row in stored_lines.items()}  # as the file finds them
        restated: list[int] = []
        for number, order in enumerate(orders):
            if number % 500 == 0:
                steps.report(0.1 + 0.9 * number / max(len(orders), 1))
            order_id = self._order(order, customer_ids[order.owner.customer_key],
                                   stored_orders.get(order.key))
            terms = order.reading("payment_terms", "terms")[1]
            self.rung = terms.rung if isinstance(terms, PaymentTerms) else None
            for index, line in enumerate(order.lines):
                self._line(order_id, line, stored_lines, (number, index))
                record = line.record  # a stored order's own row, 币种 blank (unsaid_currency)
                if order.key in stored_orders and record.order_no and not (
                        record.currency_written or record.carry_forward) and (
                        record.credit_note or not record.amount > 0) and (  # no sale (rv46f2)
                        record.currency != self.conn.execute(
                            "SELECT currency FROM orders WHERE id = ?", (order_id,)
                        ).fetchone()[0]):
                    self.counts.unsaid.add((record.sheet, record.row))
            old = stored_orders.get(order.key)
            if old is not None and any(not line.repeat for line in order.lines) and (
                    order.status is not None or old["status"] is not None):
                restated.append(order_id)
        for row in self.carried.values():  # whether its sheet said its currency (schema 11)
            self.conn.execute("UPDATE order_lines SET currency_written = ? WHERE line_key = ?",
                              (int(row.written), row.key))
        stored_ids = {int(old["id"]) for old in stored_orders.values()}
        carried = [*(row for row in self.carried.values() if row.order_no),
                   *self._stored_carried(self.grown & stored_ids)]
        if carried:
            self.counts.carried = settle(self.conn, carried)
            for row in self.counts.carried.balance:  # as the file leaves it
                self.changes.pop(row.key, None)
                stored_lines[row.key] = dict(self.conn.execute(
                    "SELECT * FROM order_lines WHERE line_key = ?", (row.key,)).fetchone())
        self.later.settle(self.conn)  # the file whose amount each line holds (amended_lines)
        payers = {o.key: {(n.record.customer_key, n.record.customer) for n in o.lines
                          if not n.repeat and n.record.amount == 0
                          and n.record.received_amount is not None} for o in orders}
        paid_by = {n.key: n.record.customer_key for o in orders if payers[o.key] for n in o.lines}
        paid = [i for (i,) in payers_paid(self.conn, (payers, payers), self.moved_from,
                                          (self.source_file, paid_by), self.counts.moving)]
        for order_id in [*restated, *self.revived, *paid]:  # after every line, as the fast one
            self.conn.execute(STATUS_FROM_LINES, (order_id,))
        # each stored order once, updated if the file (its lines' status included) changed it
        now = _fetch(self.conn, "orders", "order_key", stored_orders)
        self.counts.orders_updated = sum(any(now[key][c] != old[c] for c in ORDER_COLUMNS)
                                         for key, old in stored_orders.items())
        # each stored line once, updated if the file left it otherwise than it found it
        updated = {key for key, old in before.items()
                   if changed([old[c] for c in LINE_COLUMNS],
                              [stored_lines[key][c] for c in LINE_COLUMNS])}
        self.counts.updated, self.counts.unchanged = len(updated), len(before) - len(updated)
        for pair in _read_twice(orders):  # each counted one row (WriteCounts.one_row)
            self.counts.one_row(fates_of(pair, before, updated))
        self.counts.amount_changes = [c for c in self.changes.values()
                                      if abs(c.new - c.old) > TOLERANCE]
        self.counts.receipts, self.counts.dated = self.bases.said(), self.bases.dated
        self.counts.copies = self.bases.copies
        self.counts.kept_statuses = self.status.kept
        return self.counts

    def _customers(self, records: list[Record]) -> dict[str, int]:
        """Each customer's name from its latest row; each fact (core.ledger.customer_facts)
        from its latest row filling the fact's first column: in the file's grouped order, the
        last of the latest day."""
        stored = {row["key"]: dict(row) for row in _fetch_all_customers(self.conn, records)}
        latest: dict[str, Record] = {}
        given: dict[str, dict[int, Record]] = {}  # customer -> fact number -> its row
        for record in records:
            best = latest.get(record.customer_key)
            if best is None or record.order_date >= best.order_date:
                latest[record.customer_key] = record
            rows = given.setdefault(record.customer_key, {})
            for number, fact in enumerate(facts.FACTS):
                if _fact_value(record, fact[0][0]) is not None and (
                        number not in rows or record.order_date >= rows[number].order_date):
                    rows[number] = record
        for key, record in latest.items():
            row = stored.get(key)
            day = record.order_date.isoformat()
            values = {n: tuple(_fact_value(r, column) for column, _ in facts.FACTS[n])
                      for n, r in given[key].items()}
            if row is None:
                cursor = self.conn.execute(
                    f"INSERT INTO customers(key, name, name_date, {', '.join(facts.COLUMNS)}) "
                    f"VALUES ({', '.join('?' * (3 + len(facts.COLUMNS)))})",
                    (key, record.customer, day, *facts.inserted(values)))
                stored[key] = {"id": cursor.lastrowid}
                self.counts.customers_inserted += 1
                continue
            since = row["name_date"] or ""
            newer = {n: v for n, v in values.items()
                     if given[key][n].order_date.isoformat() >= since}
            older = {n: v for n, v in values.items() if n not in newer}
            named = (record.customer, day) if day >= since else (None, None)
            self.conn.execute(facts.UPDATE, (*named, *facts.update_params(newer, older),
                                             row["id"]))
        return {key: row["id"] for key, row in stored.items()}

    def _order(self, order: Order, customer_id: int, old: Mapping[str, Any] | None) -> int:
        new = _order_values(order, customer_id)
        written = new["currency"]
        no_sale = all(line.repeat and not own_sale(  # its own row after a carried one (yb44)
            line.record.carry_forward, line.record.amount, line.record.credit_note)
            or line.record.carry_forward or CREDITED in line.key or (
            line.record.amount == 0 and line.record.received_amount is not None)
            for line in order.lines)
        first_date(self, order, new, old, no_sale)
        if old is not None and no_sale:
            new = {k: v for k, v in new.items() if k in ("payment_terms", "pay_rung",
                                                         "credit_days", "deposit_pct",
                                                         "monthly_statement")}
            new.update(customer_id=old["customer_id"])
        merged = _merge(old, new, ORDER_COLUMNS)
        if old is not None:
            _keep_readings_whole(merged, old, new)
            if old["currency"] and not any(  # only returns or refunds: the sale's (ret44)
                    not line.repeat and not line.record.credit_note and not is_receipt_line(
                        line.record.amount, line.record.received_amount)
                    for line in order.lines):
                merged["currency"] = old["currency"]
            if order.first.currency_written and not order.first.credit_note and (
                    order.first.amount or 0) > 0 and read_from_blanks(self.conn, old["id"]):
                merged["currency"] = written  # read from blank cells only before (fx45c)
            elif not order.first.currency_written and self.conn.execute(
                    "SELECT max(currency_written) FROM order_lines WHERE order_id = ?",
                    (old["id"],)).fetchone()[0] == 1:
                merged["currency"] = old["currency"]  # not a blank's (fx46c)
        if old is not None and merged["customer_id"] != old["customer_id"]:
            first = order.first
            [stored] = self.conn.execute("SELECT name FROM customers WHERE id = ?",
                                         (old["customer_id"],)).fetchone()
            self.counts.moved.append(CustomerMove(str(first.order_no), stored, first.customer,
                                                  first.sheet, first.row))
            self.moved_from[order.key] = int(old["customer_id"])
        if old is None:
            cols = ", ".join(ORDER_COLUMNS)
            cursor = self.conn.execute(
                f"INSERT INTO orders(order_key, {cols}, first_import_id, last_import_id, "
                f"date_import_id) VALUES (?, {', '.join('?' * len(ORDER_COLUMNS))}, ?, ?, ?)",
                (order.key, *(merged.get(c) if c != "trial" else merged.get(c) or 0
                              for c in ORDER_COLUMNS), self.import_id,
                 self.import_id, self.import_id))
            self.counts.orders_inserted += 1
            return int(cursor.lastrowid or 0)  # an INSERT always sets it
        if any(merged[c] != old[c] for c in ORDER_COLUMNS):
            sets = ", ".join(f"{c} = ?" for c in ORDER_COLUMNS)
            # the import that changes the order's date wrote it (core.ledger.order_dates)
            dated = (self.import_id if merged["order_date"] != old["order_date"]
                     else old["date_import_id"])
            self.conn.execute(f"UPDATE orders SET {sets}, last_import_id = ?, date_import_id = ? "
                              "WHERE id = ?", (*(merged[c] for c in ORDER_COLUMNS),
                                               self.import_id, dated, old["id"]))
        return int(old["id"])

    def _line(self, order_id: int, line: Line, stored: dict[str, dict[str, Any]],
              place: tuple[int, int]) -> None:
        record, old = line.record, stored.get(line.key)
        if old is not None:
            self.counts.listed.add(old["source_file"])
            if record.carry_forward and old["carried_forward"] and not record.currency_written \
                    and old.get("currency_written") != 0:  # read from a blank: read again (rv46f)
                record = _in_currency(record, old)  # a blank 币种 says nothing
                line = dataclasses.replace(line, record=record)
        if record.received_date is not None:  # a typo'd year (core.ledger.beyond_dates)
            record = dataclasses.replace(record, received_date=self.status.meant(
                record.received_date))
        if (old is None or line.repeat) and record.received_amount is not None and (
                record.received_date is None):
            day = self.bases.first_day(record.sheet, record.received_amount, (
                record.sheet, record.row, str(record.order_no or record.customer)))
            if day is not None:  # an undated month's receipt (core.ledger.stored_receipts)
                record = dataclasses.replace(record, received_date=date.fromisoformat(day))
        if old is not None and record.received_amount is not None:
            record = self._received(line, record, old)
        new = _line_values(record)
        source = (self.source_file, record.sheet, record.row)
        if old is None:
            cols = ", ".join(LINE_COLUMNS)
            new["due_derived"] = new["due_derived"] or 0
            if record.carry_forward and record.ship_date is None and (
                    new["ship_date_known"] == 1):  # carried as owed: shipment not known
                new["ship_date_known"] = 0
            day = status_day(dated_word(new["status"], record.ship_date, (
                record.status_text, record.notes), (record.received_amount, record.order_no,
                                                    record.invoice_no)), (None, None), NO_DAY,
                self.status.day)
            new["status"] = stored_status(new["status"])  # one that stands: NULL
            if new["status"] == "cancelled":  # the row known to have cancelled it
                source = (*source, *source)
            cursor = self.conn.execute(
                f"INSERT INTO order_lines(order_id, line_key, {cols}, {', '.join(SOURCES)}, "
                f"status_day, plain_day, first_file, first_sheet) VALUES (?, ?, "
                f"{', '.join('?' * len(LINE_COLUMNS))}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (order_id, line.key, *(new[c] for c in LINE_COLUMNS),
                 *_source(source).values(), *day, *source[:2]))
            stored[line.key] = {**new, "id": cursor.lastrowid, **_source(source),
                                **_day(day)}
            self.counts.inserted += 1
            self._carried(order_id, line)
            if not record.carry_forward:
                self.grown.add(order_id)
            return
        if old["carried_forward"]:
            self._carried(order_id, line)
        carry = (line.repeat or record.carry_forward) and not old["carried_forward"]
        full = new
        was, now = (tuple(values[c] for c in LINE_COLUMNS) for values in (old, full))
        older = self.later.of((line.key, old["source_file"]), was, now, (  # a later amount kept
            str(record.order_no or record.customer), record.sheet, record.row))
        restates = False
        if carry:
            moved = {c: new[c] for c in ("received_date", "deposit_amount", "deposit_date",
                                         "balance_amount", "balance_date")}
            currency = new["received_currency"]
            split = restated(lot_said(old["notes"], old["product"]),
                             lot_said(full["notes"], full["product"]))  # no balance left
            restates = not split and not older and amended(was, now)  # the order amended
            known = split or restates or older and amended(now, was)  # no balance left
            new = {"received_amount": record.received_amount if known
                   else _carry_receipt(old, record), **moved,
                   "notes": claim_note(old["notes"], full["notes"], full["received_amount"])}
            if split:  # the line restated as its first lot: the lot's amount and words
                new.update({c: full[c] for c in ("quantity", "unit_price", "amount", "notes")})
        elif old["carried_forward"] and not record.carry_forward:
            new["carried_forward"] = 0
        merged = _merge(old, new, LINE_COLUMNS)
        if carry and any(getattr(record, name) is not None for name in RECEIPT_MONEY):
            merged["received_currency"] = currency
        corrected, kept = False, ""
        if carry:  # a later tab's row or next month's carried one: what the line came to
            _later_tab(merged, old, full, record, line.repeat)
        if restates:  # its amount, with its quantity, unit price and currency where given
            merged.update({c: old[c] if full[c] is None else full[c]
                           for c in LINE_COLUMNS[RESTATED]})
            corrected = True
        # the row's amount another, kept out or not: a later file's dropped row is told by it
        differs = older and abs(float(str(merged["amount"])) - old["amount"]) > TOLERANCE
        if older and not carry:
            merged.update({c: old[c] for c in LINE_COLUMNS[RESTATED]})
        if abs(float(str(merged["amount"])) - old["amount"]) > TOLERANCE and not (
                total_file(old[HISTORY], old["source_file"]) == self.source_file and self.alone
        ) and amount_kept(lot_said(old["notes"], old["product"]),
                           lot_said(full["notes"], full["product"]),
                           (old["source_file"], self.source_file)):  # another file's first lot
            merged.update({c: old[c] for c in ("quantity", "unit_price", "amount")})
            corrected = False
        gone = None  # core.ledger.leftover_lines
        if not carry:
            sources = tuple(old[c] for c in SOURCES)
            shown = self._shown(record)
            own = old["status"] == "cancelled" and corrects(
                self.here, sources, source, record.carry_forward, new["status"], line.key,
                shown)  # the clerk's correction, in its place or moved
            kept = refused(self.here, sources, source, record.carry_forward, new["status"],
                           own) if old["status"] == "cancelled" else ""
            if old["status"] == "cancelled" and not own:
                gone = left_behind(self.here, sources, source, record.carry_forward,
                                   new["status"], line.key, shown)
            elif reinstating(old["status"], new["status"]):
                gone = reinstated_behind(self.here, sources, source, record.carry_forward,
                                         line.key, shown)
            merged["status"] = later_status(old["status"], new["status"], False, own)
            kept_due(merged, old, record, record.order_date.isoformat() > self.first_dates.get(
                order_id, record.order_date.isoformat()))
            _settle_flags(merged, old, new, record, restated=True)
        ours = total_file(old[HISTORY], old["source_file"]) == self.source_file and (
            self.alone)
        held, brought = (tuple(line[c] for c in PAID) for line in (old, merged))
        if merged["deposit_amount"] is not None and redated_reading(
                held, tuple(full[c] for c in PAID), merged["deposit_amount"],  # type: ignore[arg-type]
                merged["deposit_date"], merged["amount"] if self.deposits is None
                else self.deposits.worth_at(  # the order's, its shipment's or the line's
                    (record.customer_key, record.order_no) if record.order_no
                    else (record.sheet, record.row), record.currency, record.ship_date,
                    merged["amount"]),  # type: ignore[arg-type]
                merged["ship_date"], self.rung):
            self.counts.redated.append((record.sheet, record.row))
        if (deposit := still_deposit(held, brought, merged["deposit_amount"],  # type: ignore[arg-type]
                                     merged["deposit_date"], merged["ship_date"], self.rung)) or (  # type: ignore[arg-type]
                self.bases.says[0] != MONTH and kept_day(held, brought, ours and not line.repeat, (  # type: ignore[arg-type]
                    total_file(old[HISTORY], old["source_file"]), self.source_file),
                    (old["notes"], full["notes"]))):
            if not deposit and brought[1] > held[1]:  # type: ignore[operator]
                self.counts.kept_totals.append(KeptTotal(  # the same total's later day, said
                    str(record.order_no or record.customer), record.sheet, record.row,
                    (old["received_amount"], old["received_date"]),
                    (old["received_amount"], brought[1])))  # type: ignore[arg-type]
            merged["received_date"], brought = old["received_date"], held
        elif still_deposit(early := (merged["received_amount"], new["received_date"],  # type: ignore[arg-type]
                                     merged["received_currency"]), held,  # type: ignore[arg-type]
                           merged["deposit_amount"], merged["deposit_date"],  # type: ignore[arg-type]
                           merged["ship_date"], self.rung):  # type: ignore[arg-type]
            merged["received_date"] = new["received_date"]
            held = brought = early
        older = older_total(held, brought, ours, (  # type: ignore[arg-type]
            total_file(old[HISTORY], old["source_file"]), self.source_file),
            self.later.newer((old["source_file"], total_file(old[HISTORY], old["source_file"])), (
                new["received_amount"], new["received_date"]), line.key)
            and new["received_date"] is not None and self.bases.says[0] != MONTH,
            (old["notes"], None) if self.later.after(
                total_file(old[HISTORY], old["source_file"])) else (None, full["notes"]))
        tied = self.later.tie(total_file(old[HISTORY], old["source_file"]))  # months (yb43)
        if not older and said_taken(held, brought, (ours, line.repeat), (  # said, kept
                total_file(old[HISTORY], old["source_file"]), self.source_file)):
            self.counts.kept_totals.append(KeptTotal(
                str(record.order_no or record.customer), record.sheet, record.row,
                (old["received_amount"], old["received_date"]),
                (merged["received_amount"], merged["received_date"]), True,
                tied, total_file(old[HISTORY], old["source_file"]) == self.source_file))
        if older:  # an older file's total
            self.counts.kept_totals.append(KeptTotal(
                str(record.order_no or record.customer), record.sheet, record.row,
                (old["received_amount"], old["received_date"]),
                (merged["received_amount"], merged["received_date"]), False,
                tied, total_file(old[HISTORY], old["source_file"]) == self.source_file))
            merged.update({c: old[c] for c in PAID})
        back = went_ahead(*(tuple(line[c] for c in LINE_COLUMNS) for line in (old, merged)),
                          record.status, record.ship_date and record.ship_date.isoformat(),
                          (record.status_text, record.notes), _status_row(old),
                          (record.order_no, record.invoice_no))
        if back:  # said shipped, or paid in full (core.ledger.revived_lines)
            merged["status"] = None
        status = self.status.settled(  # an older file's status: the stored one kept
            (old["status"], merged["status"]), days_kept(_stored_day(old), record.status, (
                record.status_text, record.notes), old["ship_date"]), _status_row(old)[0],
            (str(record.order_no or record.customer), record.sheet, record.row),
            bool(old["carried_forward"]) and not record.carry_forward)
        kept_status = status == old["status"] != merged["status"]
        if (kept_status and merged["status"] == "cancelled" or (differs or abs(
                float(str(merged["amount"])) - old["amount"]) > TOLERANCE)
                and self.status.later_written(_stored_day(old), _status_row(old)[0])) and (
                behind := kept_behind(line.key, self._shown(record))):  # a later file's
            merged, gone = {c: old[c] for c in merged}, behind  # dropped row: nothing taken
        else:
            if kept_status and kept_note(merged["notes"], old["notes"], merged["status"]):
                merged["notes"] = old["notes"]  # its note no more than the word kept out
            merged["status"] = status
        if gone and taken(gone, merged["status"], record.status):  # its line before it moved
            self.counts.leftovers.append(Leftover(str(record.order_no or record.customer),
                                                  record.sheet, record.row, gone, record.status))
        said = dated_word(record.status, record.ship_date, (record.status_text, record.notes), (
            record.received_amount, record.order_no, record.invoice_no))
        day = status_day(said, (old["status"], merged["status"]), _stored_day(old),
                         self.status.day)
        merged[HISTORY] = after_merge(  # the line's earlier totals (core.ledger.receipt_history)
            old[HISTORY], (held, held if older else brought),  # type: ignore[arg-type]
            (old["source_file"], self.source_file), ours and not line.repeat,
            brought if older else None, new["received_amount"] is None and self.later.after(
                old["source_file"]))
        if line.key in self.bases.rebuilt:  # its months' receipts (core.ledger.month_parts)
            merged[HISTORY] = self.bases.rebuilt.pop(line.key)[1]
        amount = float(str(merged["amount"]))
        if (corrected or not carry) and abs(amount - old["amount"]) > TOLERANCE:
            first = self.changes.get(line.key)  # the file's first change of the line
            self.changes[line.key] = AmountChange(
                record.order_no, record.customer, record.product, record.sheet, record.row,
                old["amount"] if first is None else first.old, amount,
                str(merged["currency"]), record.order_date.isoformat())
        lifted = lifts_cancellation(record.status, (old["status"], merged["status"]))
        if back and merged["status"] is None:  # brought back by its words: its order too
            self.counts.moving.append(MovingRow(place, record.order_no or record.customer,
                                                record.sheet, record.row, revived=back))
            self.revived.add(order_id)
        elif kept:  # a correction the guard did not take
            self.counts.moving.append(MovingRow(place, record.order_no or record.customer,
                                                record.sheet, record.row, kept=kept))
        elif lifted or old["status"] == "cancelled" and still_moving(
                record.status, (old["status"], merged["status"]),
                (old["ship_date"], merged["ship_date"]),
                (old["received_amount"], merged["received_amount"])):  # shipped or paid anew
            self.counts.moving.append(MovingRow(place, record.order_no or record.customer,
                                                record.sheet, record.row, lifted))
        if any(merged[c] != old[c] for c in LINE_COLUMNS) or self.bases.counted.shows(line.key):
            status = (None, None, None)
            if kept_status:  # the row that wrote the kept status stays named
                status = _status_row(old)
            elif record.status == merged["status"] == "cancelled":
                status = source  # the row known to have cancelled it
            elif keeps_source(record.status, old["status"], merged["status"]):  # not its row's
                if old["status_row"] is None and old["status_file"] is None:  # stored before
                    # schema 10: its source stays
                    source = (old["source_file"], old["source_sheet"], old["source_row"])
                else:  # the status is the cancelling row's
                    status = _status_row(old)
            source = (*source, *status)
            merged[HISTORY] = self.bases.counted.history(  # core.ledger.counted_receipts
                line.key, tuple(merged[c] for c in LINE_COLUMNS), source)[len(LINE_COLUMNS) - 1]
            sets = ", ".join(f"{c} = ?" for c in (*LINE_COLUMNS, *SOURCES, *DAY))
            self.conn.execute(
                f"UPDATE order_lines SET {sets} WHERE id = ?",
                (*(merged[c] for c in LINE_COLUMNS), *source, *day, old["id"]))
            stored[line.key] = {**merged, "id": old["id"], **_source(source), **_day(day)}
        elif day != _stored_day(old):  # a newer file saying the status again: its day
            self.conn.execute("UPDATE order_lines SET status_day = ?, plain_day = ? "
                              "WHERE id = ?", (*day, old["id"]))
            stored[line.key] = {**old, **_day(day)}


    def _received(self, line: Line, record: Record, old: Mapping[str, Any]) -> Record:
        """The row with its received figure to date: the file's first figure for a stored line
        weighed against the stored one (core.ledger.stored_receipts)."""
        # a line a carried row wrote: its figure a month's receipt where the header says so
        carried = bool(old["carried_forward"]) and self.bases.says[0] == MONTH
        now = Receipt(record.received_amount, record.received_date, record.amount,
                      record.received_in, None,
                      kept_notes(record.notes, record.product, record.status_text))
        # but one whose row names another payment than it (定金 carried, 尾款: fx42b)
        first = not (line.repeat or old["carried_forward"] and not carried and not line_payment(
            now.notes, old["notes"], False))
        held = Receipt(old["received_amount"], old["received_date"], old["amount"],
                       old["received_currency"] or old["currency"], old[HISTORY], old["notes"])
        stored = held if first else None
        if both := self.bases.tab_payment(line.key, held, now, (
                old["source_sheet"], record.sheet), line.repeat):  # another tab's (定金 / 尾款)
            return dataclasses.replace(record, received_amount=both[0],
                                       received_date=both[1] and date.fromisoformat(both[1]))
        if line.key not in self.bases.bases and (end := self.bases.tab_day(
                line.key, held, now, line.repeat, record.sheet)):  # the newest tab's (yb44)
            record = dataclasses.replace(record, received_date=date.fromisoformat(end))
        received, dated = self.bases.received(
            line.key, stored, now, old["source_file"],
            (record.sheet, record.row, str(record.order_no or record.customer)), carried,
            old["source_sheet"], (old["source_sheet"], old["source_row"]))
        day = self.bases.day(line.key, record.received_date) if dated else None
        if isinstance(day, str):  # an undated month's receipt dated by its month (recv33)
            day = date.fromisoformat(day)
        return dataclasses.replace(record, received_amount=received, received_date=day)

    def _carried(self, order_id: int, line: Line) -> None:
        record = line.record
        if record.carry_forward and record.amount > 0 and not record.credit_note:
            self.carried[line.key] = Carried(
                line.key, order_id, record.amount, record.received_amount, record.currency,
                record.product, record.sheet, record.row, record.order_no,
                record.currency_written)

    def _stored_carried(self, orders: set[int]) -> list[Carried]:
        """Lines earlier files wrote from carried rows of the stored orders this file gave a
        line: read again with the order's new lines (their currency counts as written)."""
        found = []
        for order_id in sorted(orders):
            for line in self.conn.execute(
                    "SELECT l.*, o.order_no FROM order_lines l JOIN orders o ON o.id = "
                    "l.order_id WHERE l.order_id = ? AND l.carried_forward = 1 AND l.amount > 0 "
                    "AND l.credit_note = 0 AND o.order_no IS NOT NULL ORDER BY l.id",
                    (order_id,)):
                if line["line_key"] not in self.carried:
                    found.append(Carried(
                        line["line_key"], order_id, line["amount"], line["received_amount"],
                        line["currency"], line["product"], line["source_sheet"] or "",
                        line["source_row"] or 0, line["order_no"],
                        line["currency_written"] is None or bool(line["currency_written"])))
        return found


def _later_tab(merged: dict[str, object], old: Mapping[str, Any], new: dict[str, object],
               record: Record, repeat: bool) -> None:
    """A row repeated on a later tab of the file, or carried forward, fills in the line's ship
    date, invoice, cost and status; its due date too, unless derived where the stored one was
    written, or derived from the order date where the stored one counts from a ship date. A
    carried row's status cancels, disputes or reinstates (its 上月结转 is the carry's word)."""
    for column in ("invoice_no", "cost", "gross_profit", "tax_rebate", "ship_date"):
        if new[column] is not None:
            merged[column] = new[column]
    written = old["due_date"] is not None and not old["due_derived"]
    guess = record.ship_date is None and old["ship_date"] is not None
    if record.due_date is not None and (not record.due_derived or not (written or guess)):
        merged["due_date"], merged["due_derived"] = new["due_date"], new["due_derived"]
    merged["status"] = later_status(old["status"], record.status, not repeat)
    _settle_flags(merged, old, new, record, restated=repeat)


def _settle_flags(merged: dict[str, object], old: Mapping[str, Any], new: dict[str, object],
                 record: Record, restated: bool = False) -> None:
    """Where a blank must not keep the stored value: a column's currency travels with its
    figures (a row that states its cost states the cost's currency, NULL included), a
    ship date once known stays known, and a status saying the order stands is stored NULL."""
    if record.cost is not None or record.gross_profit is not None:
        merged["cost_currency"] = new["cost_currency"]
    if any(getattr(record, name) is not None for name in RECEIPT_MONEY):
        merged["received_currency"] = new["received_currency"]
    if record.tax_rebate is not None:
        merged["rebate_currency"] = new["rebate_currency"]
    # "未出货" stands while no date is known; a blank keeps it, and so does a row of a ledger
    # without a ship-date column unless its status cell is filled (已出货 now)
    lifted = (old["ship_date_known"] == 2 and new["ship_date_known"] == 0
              and stands(record.status) and restated)
    if merged["ship_date"] is None and lifted:
        merged["ship_date_known"] = 0
    elif merged["ship_date"] is None and 2 in (old["ship_date_known"], new["ship_date_known"]):
        merged["ship_date_known"] = 2
    else:
        merged["ship_date_known"] = int(bool(merged["ship_date_known"]) or bool(
            old["ship_date_known"]) or merged["ship_date"] is not None)
    merged["status"] = stored_status(merged["status"])  # one that stands: NULL


def _fact_value(record: Record, column: str) -> object:
    """A fact's column as the reference reads it (a limit's currency, the insurer and the
    share it does not read: None); a flag as the store keeps it."""
    value = getattr(record, column, None)
    return int(value) if isinstance(value, bool) else value


def _fetch_all_customers(conn: sqlite3.Connection, records: list[Record]
                         ) -> list[dict[str, Any]]:
    return list(_fetch(conn, "customers", "key", (r.customer_key for r in records)).values())


def _read_twice(orders: list[Order]) -> set[tuple[str, str]]:
    """The line keys of each row read as a credit note and a refund (退货退款): the credit
    note's, then the refund's; and of each sale row whose note names a return: the sale's,
    then the return's (core.ledger.noted_returns)."""
    firsts = {(line.record.sheet, line.record.row): line.key for order in orders
              for line in order.lines if line.record.credit_note}
    sales = {(line.record.sheet, line.record.row): line.key for order in orders
             for line in order.lines if not line.record.credit_note}
    return {(firsts[(line.record.sheet, line.record.row)], line.key) for order in orders
            for line in order.lines if line.record.returned
            and (line.record.sheet, line.record.row) in firsts} | {
        (sales[(line.record.sheet, line.record.row)], line.key) for order in orders
        for line in order.lines if line.record.noted_return}
