"""An order the clerk deleted from next month's copy of the ledger: taken as cancelled, said.

A firm importing month by month sends each month's file as a copy of the last, receipts filled
in on earlier rows. A buyer cancels after the fact and the clerk deletes the order's row from the
copy rather than writing 已取消 on it. A missing row, as a blank cell, erases nothing an earlier
file stored (core.ledger.line_values): the order stayed owed, month after month, and no import
named it (rv51a: Nordic Living AB's 15,000 USD on OA 60, deleted from August's copy of July's
file, black in November with 66 days and 15,000 overdue, where December's file alone owes 0).
Worse, the earlier file no longer re-sent whole, each later import named its deposits as
"sent again and counted once" (core.ledger.payments_seen, corrected_payments.re_sent): noise
caused by the deletion, which itself was never named.

The earlier file may be this one's name: a firm keeping one workbook for the year, a tab a month,
imported again each month end under the same name (rv52a: Oakwood Interiors' 18,000 USD on
OA 60 deleted from the 2月 tab of May's version, kept open and black June to December, 243 days
at December, nothing said, where the same two versions under two names were weighed). Its
earlier import is the lines stored under its name before this write (those the write inserts
are none of it), weighed by the same rules and named with its sheet and row.

So, after the write, an earlier file this one lists lines of (WriteCounts.listed) is weighed:
where this file lists again every line still stored from it but an order or an order's line —
the missing sales on tabs of that file this file re-sends too, at most `MOST` orders, at least
`EACH` lines listed again for each order missing, nothing of that file dated after this one — the
missing order was deleted: its sales are cancelled as a 已取消 row cancels them (status
'cancelled'; the order's status from its lines), the status written by this file with no sheet
or row (`left_out`: no row said it), and the report names the order, its customer, sum, file, sheet
and row. Money received on it stays stored, the customer's as a cancelled order's is (its
deposit, unless a note says the firm kept it: core.ledger.forfeits).

Not a deletion, stored as before: a file listing only the recent months or open orders (many of
the earlier file's lines missing, or an order missing that was paid in full: settled, dropped
from a list of open orders), a tab missing whole (nothing of that tab listed), a missing payment
of an order still listed (core.ledger.corrected_payments weighs those), an order with a new line
of its sum in this file (renamed: core.ledger.alike_lines), an order another file lists (a 催款
workbook of the unpaid orders, imported before, in the same import or a month before: the open
lines of an earlier file that a file listing fewer of its lines than it leaves out lists are
kept by its name, listed_apart, acct51f), an order the account has paid within the firm's
tolerance (core.rules.Rules.shortfall), an earlier file dated after this one
(an earlier list imported late: it cannot hold the later file's orders), an earlier lot of an
order this file lists a later lot of (第二批: `_later_lots`). A row moved to another
tab keeps its key and is listed. Nor is an order dated before every line the file lists again
(a list of the months since). A line so cancelled is no line missing from a later file: the
rules asking whether a file is re-sent whole (payments_seen._seen, corrected_payments._Sources)
pass it over, so no payment of that file is named "sent again" for the deletion's sake.

A line cancelled so and listed again by a file (its row written back into this file or a later
one, or the earlier file changed and imported again; unchanged, it is "already imported") stands
again, said: the cancellation was this app's reading, not the clerk's word. Undo-import puts
the database copy back. A line the clerk cancels in words (已取消) is none of these: its status
names its row.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from core.i18n import N_
from core.ledger.left_out import left_out
from core.ledger.lot_words import FIRST, lot_said
from core.ledger.noted_returns import NOTED
from core.ledger.older_status import FileStatus
from core.ledger.payment_lines import MARK, Written
from core.ledger.terms import platform_paid
from core.ledger.writer_sql import STATUS_FROM_LINES
from core.ledger.written_keys import among, chunks
from core.messages import Message
from core.rates import Rates
from core.rules import Rules, load_rules


def unlisted(table: str = "") -> str:
    """SQL: a line of `table` an earlier file stored that a later one re-sending it whole need
    not list: cancelled as left out (:func:`left_out`), or a credit note a sale's note made (a
    return, a deduction: noted_returns.NOTED), stored once and no row of its own (rv52c)."""
    return f"({left_out(table)} OR instr({table}line_key, '{NOTED}') > 0)"


MOST = 3  # orders missing from a file re-sent whole: more is a shorter list, not deletions
EACH = 3  # lines of it listed again unchanged for each order missing (those changed carry
# this file's name now, uncounted): one order of a dozen rows, not one of two

# each earlier file's standing lines by sheet, those this file lists and those it does not:
# how many, the first order date, the latest date; the ids of a few left out (one scan, no
# line read into Python: a million-line store's update month lists them all)
_SHEETS = (
    "SELECT l.source_file, l.source_sheet, l.id IN (SELECT id FROM temp.listed_here), "
    "count(*), min(COALESCE(o.order_date, '')), max(max(COALESCE(o.order_date, ''), "
    "COALESCE(l.received_date, ''), COALESCE(l.row_day, ''))), CASE WHEN count(*) <= ? THEN "
    "json_group_array(l.id) END FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE "
    "l.source_file IN (SELECT value FROM json_each(?)) AND l.status IS NOT 'cancelled' "
    "AND l.id < ? GROUP BY 1, 2, 3")
# the ids of the earlier files' lines this file lists, a chunk of its keys at a time: no set of
# a million keys in Python, nor their JSON in SQLite (acct51f: the 1M update month's peak
# 1,383,204 KB with them, 935,804 KB without the step)
_LISTED = (
    "INSERT OR IGNORE INTO temp.listed_here SELECT id FROM order_lines WHERE line_key IN "
    "(SELECT value FROM json_each(?)) AND source_file IN (SELECT value FROM json_each(?)) "
    "AND id < ?")
# an earlier file's open sales this file lists, where it lists fewer of its lines than it
# leaves out (a 催款 workbook's unpaid orders of the ledger): kept by this file's name
_APART = (
    "INSERT OR IGNORE INTO listed_apart SELECT l.id, ? FROM order_lines l WHERE "
    "l.source_file = ? AND l.id IN (SELECT id FROM temp.listed_here) AND l.amount > 0 AND "
    "NOT l.credit_note AND COALESCE(l.received_amount, 0) < l.amount")
# the number of a new order this file wrote of an order's customer, date and sum (a typo's
# number corrected, C25X01 → C25X10: rv51c f6): the order renumbered, not deleted
_RENUMBERED = (
    "SELECT n.order_no FROM orders o JOIN orders n ON n.customer_id = o.customer_id AND "
    "n.order_date = o.order_date AND n.id <> o.id JOIN order_lines l ON l.order_id = n.id "
    "WHERE o.id = ? AND l.first_file = ? AND l.source_file = ? AND l.id >= ? GROUP BY n.id "
    "HAVING abs(sum(l.amount) - ?) < 0.005 LIMIT 1")
# the orders of lines another file than these two listed
_LISTED_APART = (
    "SELECT DISTINCT l.order_id FROM listed_apart a JOIN order_lines l ON l.id = a.line_id "
    "WHERE a.line_id IN (SELECT value FROM json_each(?)) AND a.file NOT IN (?, ?)")
_LINES = (
    "SELECT l.id, l.order_id, l.line_key, l.source_file, l.source_sheet, l.source_row, "
    "l.amount, COALESCE(l.currency, o.currency), l.received_amount, l.credit_note, "
    "COALESCE(o.order_no, l.product, ''), c.name, COALESCE(o.order_date, '') "
    "FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON "
    "c.id = o.customer_id WHERE l.id IN (SELECT value FROM json_each(?))")


@dataclass(frozen=True)
class _Line:
    id: int
    order_id: int
    key: str
    source: str
    sheet: str
    row: int
    amount: float
    currency: str
    received: float
    credit_note: int  # 0 or 1, as stored
    order: str
    customer: str
    ordered: str

    @property
    def sale(self) -> bool:
        return MARK not in self.key and not self.credit_note and self.amount > 0


class Counts(Protocol):
    """The write's counts (core.ledger.write_counts.WriteCounts): the files whose lines it
    listed again, the id of the first line it inserted (0: none)."""

    listed: set[str | None]
    first_line: int


def deleted_orders(conn: sqlite3.Connection, file_name: str, written: Written,
                   counts: Counts, status: FileStatus) -> list[Message]:
    """After the write (before the payments are weighed): the lines this file lists again that
    a file's deletion had cancelled stand again; then each order an earlier file listed
    (`counts.listed`) had that this file, re-sending the rest, leaves out, cancelled, its
    status dated as a row of this file would date it (`status`: its latest date too). The
    earlier file may be this one's name, its earlier import (one workbook imported each month:
    rv52a): its lines are those stored before this write, the ones this write inserted
    (`counts.first_line` on) none of it."""
    sources = sorted({source for source in counts.listed if source})
    new = counts.first_line or 1 << 62  # the first id this write inserted
    said = _back(conn, written)
    latest = status.latest() if sources else None
    if not sources or not latest:
        return said
    files: dict[str, _File] = defaultdict(_File)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS listed_here (id INTEGER PRIMARY KEY)")
    try:
        for chunk in chunks(key for _, _, key in written()):
            conn.execute(_LISTED, (json.dumps(chunk), json.dumps(sources), new))
        for source, sheet, here, count, first, last, ids in conn.execute(_SHEETS, (
                MOST * 10, json.dumps(sources), new)):
            files[source].add(sheet, bool(here), count, (first, last), ids)
        conn.executemany(_APART, [(file_name, source) for source, file in files.items()
                                  if file.here < file.out and source != file_name])
        lots = _later_lots(conn, new, [i for file in files.values() for i in file.missing])
    finally:
        conn.execute("DROP TABLE temp.listed_here")
    found: list[_Line] = []
    short, renumbered = Shortfall(conn, latest), dict[int, str]()
    for file in files.values():
        if file.missing and not file.many and file.last <= latest and (
                file.gone <= file.sheets):  # a tab left out whole: nothing removed
            found.extend(_deleted(conn, (file_name, new), [line for line in (
                _Line(*row) for row in conn.execute(_LINES, (json.dumps(file.missing),)))
                if line.order_id not in lots], file, short, renumbered))
    if found:
        conn.executemany(
            "UPDATE order_lines SET status = 'cancelled', status_file = ?, status_sheet = NULL, "
            "status_row = NULL, status_day = ? WHERE id = ?",
            [(file_name, status.day(), line.id) for line in found if line.sale])
        conn.executemany(STATUS_FROM_LINES, [(i,) for i in sorted({g.order_id for g in found})])
    return [*said, *_messages(found, renumbered, file_name)]


def _later_lots(conn: sqlite3.Connection, new: int, missing: list[int]) -> set[int]:
    """The orders this file lists a later lot of (第二批, 2nd shipment: core.ledger.lot_words),
    a line an earlier file stored or this write inserted: an earlier lot it leaves out shipped
    before and is none of its to delete. April's file of the second lot alone, imported again
    as a copy (台账 2025-04(1).xlsx) beside March's 台账.xlsx of the same name listing the
    payer's rows again, cancelled March's 6,000 first lot: 4,000 open where 10,000 is (lots35,
    a copy saved in another second than the file)."""
    return {order for order, notes, product in conn.execute(
        "SELECT order_id, notes, product FROM order_lines WHERE order_id IN (SELECT order_id "
        "FROM order_lines WHERE id IN (SELECT value FROM json_each(?))) AND (id IN (SELECT id "
        "FROM temp.listed_here) OR id >= ?)", (json.dumps(missing), new))
        if lot_said(notes, product) not in ("", FIRST)} if missing else set()


class _File:
    """An earlier file's standing lines: those this file lists (how many, on which sheets,
    the first order date), those it leaves out (their ids, their sheets), the latest date."""

    def __init__(self) -> None:
        self.here, self.out, self.first, self.last = 0, 0, "9999", ""
        self.sheets: set[str] = set()
        self.gone: set[str] = set()
        self.missing: list[int] = []
        self.many = False  # more left out than a deletion leaves out

    def add(self, sheet: str, here: bool, count: int, days: tuple[str, str],
            ids: str | None) -> None:
        self.last = max(self.last, days[1])
        if here:
            self.here += count
            self.sheets.add(sheet)
            self.first = min(self.first, days[0])
        else:
            self.out += count
            self.gone.add(sheet)
            self.missing.extend(json.loads(ids) if ids else [])
            self.many = self.many or not ids or len(self.missing) > MOST * 10


def _deleted(conn: sqlite3.Connection, this: tuple[str, int], missing: list[_Line],
             file: _File, short: Shortfall, renumbered: dict[int, str]) -> list[_Line]:
    """The lines of one earlier file's orders this file deletes: none unless it re-sends every
    other line of it (see the module's docstring). An order this file holds again under a new
    number (:data:`_RENUMBERED`) is deleted too, its figures counted once, and said so.
    `this`: the file's name and the first line id its write inserted (a new line: renamed)."""
    if not missing:
        return []
    file_name, new = this
    apart = {order for order, in conn.execute(_LISTED_APART, (
        json.dumps([line.id for line in missing]), file_name, missing[0].source))}
    missing = [line for line in missing if line.order_id not in apart]  # another file lists
    orders = {line.order_id for line in missing if line.sale}
    # a credit note a sale's note made (a return, a deduction: no row of its own) is no line
    # a later file lists again: stored once, an order kept keeps it (rv52c: Oakwood's 18,000)
    missing = [line for line in missing if NOTED not in line.key or line.order_id in orders]
    if not orders or len(orders) > MOST or any(line.order_id not in orders for line in missing):
        return []  # a payment of an order listed, a credit note: corrected_payments' case
    if file.here < EACH * len(orders):
        return []  # a shorter list: nothing removed
    for order in orders:
        sold = sum(line.amount for line in missing if line.order_id == order and line.sale)
        if all(line.ordered < file.first for line in missing if line.order_id == order):
            return []  # older than all it lists: a list of the recent months
        paid, renamed, terms = conn.execute(  # paid from any file; a new line of its sum here
            "SELECT COALESCE(sum(received_amount), 0), COALESCE(max(first_file = ? AND "
            "source_file = ? AND id >= ? AND abs(amount - ?) < 0.005), 0), (SELECT "
            "payment_terms FROM orders WHERE id = ?) FROM order_lines WHERE order_id = ?",
            (file_name, file_name, new, sold, order, order)).fetchone()
        if renamed or paid >= sold - short(sold, _currency(missing, order), terms):
            return []  # settled (the account's tolerance), dropped from a list of open
            # orders; or renamed
        again = conn.execute(_RENUMBERED, (order, file_name, file_name, new, sold)
                             ).fetchone()
        if again and again[0]:
            renumbered[order] = again[0]
    return missing


def _currency(lines: list[_Line], order: int) -> str:
    return next(line.currency for line in lines if line.order_id == order)


class Shortfall:
    """The shortfall that leaves an order paid, as the account allows it (core.rules.Rules.
    shortfall: the firm's tolerance, a payment platform's fee), at the file's latest date;
    the rules and rates read when first asked."""

    def __init__(self, conn: sqlite3.Connection, day: str) -> None:
        self.conn, self.day = conn, date.fromisoformat(day[:10])
        self.read: tuple[Rules, Rates] | None = None

    def __call__(self, amount: float, currency: str, terms: str | None) -> float:
        if self.read is None:
            rules = load_rules(self.conn)
            self.read = rules, Rates(self.conn, rules.base_currency)
        rules, rates = self.read
        return rules.shortfall(amount, rates.ratio("USD", currency, self.day) or 0.0,
                               platform_paid(terms))


def _back(conn: sqlite3.Connection, written: Written) -> list[Message]:
    """The lines a file's deletion cancelled that this file lists again (`written`: its rows):
    standing again."""
    gone = conn.execute(  # few or none: a scan, no key sent to SQL
        "SELECT l.line_key, l.id, l.order_id, COALESCE(o.order_no, l.product, ''), c.name, "
        "l.amount, COALESCE(l.currency, o.currency), l.status_file FROM order_lines l JOIN "
        "orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id WHERE "
        f"{left_out('l.')}").fetchall()
    here = among(written, {row[0] for row in gone})
    found = [row[1:] for row in gone if row[0] in here]
    if not found:
        return []
    conn.executemany("UPDATE order_lines SET status = NULL, status_file = NULL, status_day = "
                     "NULL WHERE id = ?", [(row[0],) for row in found])
    conn.executemany(STATUS_FROM_LINES, [(i,) for i in sorted({row[1] for row in found})])
    return [Message("deleted_order_back", N_(
        "Order {order} of {customer} ({amount}), taken as deleted (cancelled) when {file} "
        "left it out, is listed again in this file: it stands again, owed as written."),
        {"order": order, "customer": customer, "amount": _money(amount, currency),
         "file": gone_by}) for _, _, order, customer, amount, currency, gone_by in found]


def _messages(cancelled: list[_Line], renumbered: dict[int, str], file_name: str
              ) -> list[Message]:
    said: list[Message] = []
    firsts: dict[int, _Line] = {}
    for line in sorted(cancelled, key=lambda g: (g.source, g.sheet, g.row)):
        if line.sale:
            firsts.setdefault(line.order_id, line)
    for order, first in firsts.items():
        lines = [line for line in cancelled if line.order_id == order]
        sold = sum(line.amount for line in lines if line.sale)
        paid = sum(line.received or 0.0 for line in lines)
        params = {"order": first.order, "customer": first.customer,
                  "amount": _money(sold, first.currency), "sheet": first.sheet,
                  "row": first.row, "file": first.source, "paid": _money(paid, first.currency)}
        if order in renumbered:
            said.append(Message("renumbered_order", N_(
                "Order {order} of {customer} ({amount}, sheet “{sheet}” row {row} of {file} as "
                "imported before) is not in this version of {file}, which holds order {new} of "
                "the same customer, date and sum: read as the order renumbered, not deleted, "
                "and counted once, as {new}.") if first.source == file_name else N_(
                "Order {order} of {customer} ({amount}, sheet “{sheet}” row {row} of {file}) is "
                "not in this file, which holds order {new} of the same customer, date and sum: "
                "read as the order renumbered, not deleted, and counted once, as {new}."),
                {**params, "new": renumbered[order]}))
            continue
        if first.source == file_name:  # its own earlier import: one workbook a year (rv52a)
            said.append(_own(params, bool(paid)))
            continue
        said.append(Message("deleted_order_paid" if paid else "deleted_order", N_(
            "Order {order} of {customer} ({amount}, sheet “{sheet}” row {row} of {file}) is "
            "not in this file, which lists every other line of that file again: it is taken "
            "as deleted (cancelled). The {paid} received on it stays the customer's money, as "
            "a cancelled order's does. If it was not cancelled, write its row back into this file "
            "and import it again: it then stands again.") if paid else N_(
            "Order {order} of {customer} ({amount}, sheet “{sheet}” row {row} of {file}) is "
            "not in this file, which lists every other line of that file again: it is taken "
            "as deleted (cancelled). If it was not cancelled, write its row back into this file "
            "and import it again: it then stands again."), params))
    return said


def _own(params: dict[str, object], paid: bool) -> Message:
    """An order deleted from a workbook imported again under its name: the earlier import's
    sheet and row named."""
    return Message("deleted_order_paid" if paid else "deleted_order", N_(
        "Order {order} of {customer} ({amount}, sheet “{sheet}” row {row} of {file} as "
        "imported before) is not in this version of {file}, which lists every other line of "
        "its earlier import again: it is taken as deleted (cancelled). The {paid} received on "
        "it stays the customer's money, as a cancelled order's does. If it was not cancelled, "
        "write its row back into the workbook and import it again: it then stands again."
    ) if paid else N_(
        "Order {order} of {customer} ({amount}, sheet “{sheet}” row {row} of {file} as "
        "imported before) is not in this version of {file}, which lists every other line of "
        "its earlier import again: it is taken as deleted (cancelled). If it was not "
        "cancelled, write its row back into the workbook and import it again: it then stands "
        "again."), params)


def _money(amount: float, currency: str | None) -> str:
    return f"{amount:,.2f} {currency or ''}".strip()
