"""A return an older reader stored as a sale, and the sale that then took its line.

Schema 18 kept no mark on a +3,000 退货 row (not shipped) stored before any file sold its order
(core.ledger.filed_returns): April's file holding MT-1's return, imported before March's that
sells MT-1 for 15,000 (12,000 paid), stored a sale of 3,000, and March's file, older by its
name, took the line over (its receipt, its row) and left April's amount (core.ledger.
amended_lines): revenue 3,000 and 9,000 on account. Today's reader, given one of the two files
again, read the other's part as the store held it: April's again wrote its return as a credit
note apart and left the 3,000 "sale" (revenue 0, 12,000 on account); March's again wrote its
15,000 over the line, the return gone (3,000 open, revenue 15,000, order38b).

So where one of the two is sent again, the stored line's row of the other file is read again
from that file, if it is still where it was imported from and unchanged (core.ledger.
placeholder_rows.intact): April's sent again gives the sale back the amount March's row writes
(:func:`restore_sale`); March's sent again finds April's row a return of its own dated after
the sale and makes the line that return's credit note, keyed apart, before March's sale is
written in its place (:func:`split_return`). Reading the other file is a help, never a need:
one moved or changed leaves the line as the store holds it. Only lines a file other than their
source first wrote, in the rare shape each names, send a file to be read again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Set

from core.ledger.amended_lines import named_month
from core.ledger.credit_lines import credit_key
from core.ledger.displaced_notes import chunks, note_part
from core.ledger.filed_returns import held_return, sold_before
from core.ledger.placeholder_rows import intact, read_alone
from core.ledger.record import AMOUNT, NOTES, ORDER_DATE, QUANTITY, ROW, SHEET, UNIT_PRICE, Record
from core.ledger.sheet_fields import FirstSale

log = logging.getLogger(__name__)

Rows = dict[tuple[str, int], tuple[str, Record]]  # (sheet, row) -> its line key and record


def read_again(conn: sqlite3.Connection, name: str) -> Rows:
    """Every row of the latest import of the file `name` as today's reader reads it alone (no
    store asked), by its sheet and row; none where the file is gone, changed or unreadable."""
    try:
        path, sheet = intact(conn, name)
        if path is None:
            return {}
        found = read_alone(conn, path, sheet)
        return {(r[SHEET], r[ROW]): (key, r) for _, records, groups in found.ledger.held
                for r, key in zip(records, groups.keys, strict=True)}
    except Exception:  # a help, never a need: the import goes on with the store as it is
        log.exception("the ledger %s could not be read again", name)
        return {}


# the sale line in a part whose amount is this file's return read as a sale (the shape above)
_MISREAD_SALE = ("SELECT id, source_file, source_sheet, source_row FROM order_lines WHERE "
                 "line_key >= ? AND line_key < ? AND NOT credit_note AND returned IS NULL AND "
                 "first_file = ? AND source_file IS NOT NULL AND source_file <> first_file AND "
                 "abs(amount - ?) < 0.005")


def repair(conn: sqlite3.Connection, name: str, sales: Iterable[tuple[str, str, float]],
           notes: Iterable[tuple[str, str, float]]) -> None:
    """Before the write of the file `name` (before core.ledger.displaced_notes moves a note
    out of a sale's place): its sales (line key, day) and credit notes (line key, day, amount)
    read against the shape the module's docstring names, a chunk of keys at a time."""
    restore_sale(conn, name, ((note_part(key), day, amount) for key, day, amount in notes))
    taken = {key for key, in conn.execute(_TAKEN_KEYS, (name, name))}
    if not taken:  # no line of the shape: no sale's key is asked (perf39c)
        return
    for chunk in chunks(sales):
        split_return(conn, name, chunk, taken)


def restore_sale(conn: sqlite3.Connection, name: str,
                 notes: Iterable[tuple[str, str, float]]) -> None:
    """Before the write of the file `name`, of its credit notes `notes` (part, day, amount):
    a sale line of a note's part that this file first wrote with the note's sum, another file
    writing it since, gets the amount, quantity and unit price that file's row writes."""
    for part, _day, amount in notes:
        prefix = f"{part}#"
        for line_id, source, sheet, row in conn.execute(_MISREAD_SALE, (
                prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1), name, -amount)).fetchall():
            found = read_again(conn, source).get((sheet, row))
            if found is not None and found[1][AMOUNT] > 0:
                r = found[1]
                conn.execute("UPDATE order_lines SET amount = ?, quantity = ?, unit_price = ?, "
                             "first_file = source_file, first_sheet = source_sheet WHERE id = ?",
                             (r[AMOUNT], r[QUANTITY], r[UNIT_PRICE], line_id))


# a line this file (named twice) took over from a file that first wrote it, never marked a
# return
_TAKEN = ("NOT credit_note AND returned IS NULL AND amount > 0 AND first_file IS NOT NULL AND "
          "first_file <> ? AND source_file = ?")
_TAKEN_OVER = ("SELECT id, line_key, first_file FROM order_lines WHERE line_key IN "
               f"(SELECT value FROM json_each(?)) AND {_TAKEN}")
# every stored line of the shape, read in one pass (a few, often none): only the sales among
# them are asked by key (every sale's key, a million at 1M, cost more than the pass)
_TAKEN_KEYS = f"SELECT line_key FROM order_lines WHERE {_TAKEN}"
# the return's credit note: the sale's figures, receipts and shipment are not its own
_AS_CREDIT = ("UPDATE order_lines SET line_key = ?, amount = ?, credit_note = 1, returned = NULL, "
              "quantity = NULL, unit_price = NULL, cost = NULL, gross_profit = NULL, "
              "tax_rebate = NULL, ship_date = NULL, due_date = NULL, received_amount = NULL, "
              "received_date = NULL, received_history = NULL, deposit_amount = NULL, "
              "deposit_date = NULL, balance_amount = NULL, balance_date = NULL, invoice_no = NULL, "
              "notes = ?, status = NULL, status_file = NULL, status_sheet = NULL, "
              "status_row = NULL, source_file = first_file, source_sheet = ?, source_row = ? "
              "WHERE id = ?")


def split_return(conn: sqlite3.Connection, name: str, sales: dict[str, FirstSale],
                 shaped: Set[str]) -> None:
    """Before the write of the file `name`, of its sales `sales` (line key -> its first day
    and sum) among `shaped` (the keys of the lines _TAKEN finds): a line it
    took over from a file named after a later month whose row there, read again, is a return
    of its own dated after the sale becomes that return's credit note, keyed apart (as core.
    ledger.displaced_notes keys one), so the sale is written in its place."""
    mine = named_month(name, [])
    asked = sorted(key for key in sales if key in shaped)
    taken = conn.execute(_TAKEN_OVER, (json.dumps(asked), name, name)).fetchall() if asked else []
    files: dict[str, dict[str, Record]] = {}
    said: dict[object, bool] = {None: False}
    later: dict[str, bool] = {}  # each first file named after a later month than this one?
    for line_id, key, first in taken:
        if first not in later:
            theirs = named_month(first, [])
            later[first] = mine is not None and theirs is not None and mine < theirs
        if not later[first]:
            continue
        if first not in files:
            files[first] = {k: r for k, r in read_again(conn, first).values()
                            if held_return(r, said)}
        r = files[first].get(key)
        if r is None or not sold_before(r[ORDER_DATE], r[AMOUNT], sales[key], None, ("", "")):
            continue
        part, place = key.rpartition("#")[0], 0
        while conn.execute("SELECT 1 FROM order_lines WHERE line_key = ?",
                           (apart := credit_key(part, r[ORDER_DATE], place),)).fetchone():
            place += 1
        conn.execute(_AS_CREDIT, (apart, -r[AMOUNT], r[NOTES], r[SHEET], r[ROW], line_id))
