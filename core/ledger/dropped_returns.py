"""A return a sale's note named that the file sent again no longer names.

A sale's row whose note names the sum of goods that came back (3000退货) is followed by that
return, a credit note stored after the sale's line (core.ledger.noted_returns, keyed
noted_key). The import report says: if no goods came back, correct the note and import the
file again. Done, the credit note stayed: MT-1 12,000 open and revenue 12,000 where the
corrected file says 15,000 and 15,000 (order36). The same rule as a return's refund a file
sent again no longer makes (core.ledger.kept_refunds): after the write, the return stored
after a sale this file wrote, and that this file's rows no longer make, goes, where it was
stored from this very file (its name, imported from this folder alone: core.ledger.own_rows.
same_file), its copy or the file it revises (修订): the month sent again, the sale's row
naming no return now (a copy of the file still naming it keeps the stored one, which stands
for it: noted_returns reads it no second time). Another file listing the sale without the
note (April's re-listing March's open orders) says nothing of the return, which stands.

A return the file's rows still make stays, whatever a sale row without the note says: the
return's own -3,000 row further down a later tab takes the noted return's line (core.ledger.
credit_lines), and the 4月 tab re-listing the sale without 3月's note removed it, the buyer
owing nothing shown 3,000 open and black-listed (fix38d).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from core.i18n import NP_
from core.ledger import written_keys
from core.ledger.copy_names import copies
from core.ledger.corrected_payments import drop_lines
from core.ledger.deduction_notes import names_deduction
from core.ledger.noted_returns import NOTED, noted_key
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.payment_lines import Stored, lines
from core.ledger.revised_files import revises
from core.ledger.row_places import row_at
from core.messages import Listed, Message

_NOTED = "l.line_key IN (SELECT value FROM json_each(?)) AND l.credit_note"
# every stored credit note keyed as a noted return, in one pass (a few, often none): only the
# bare sales whose return's key is among them are asked (perf39c: every bare sale's key, a
# million at 1M, cost more than the pass)
_NOTED_KEYS = "SELECT line_key FROM order_lines WHERE credit_note AND instr(line_key, ?)"

_REMOVED = NP_(
    "{count} sale row of “{file}” no longer says part of its goods came back, where “{source}” "
    "said so: the return stored from that file was removed: {rows}.",
    "{count} sale rows of “{file}” no longer say part of their goods came back, where "
    "“{source}” said so: the returns stored from that file were removed: {rows}.")


_WITHDRAWN = NP_(
    "{count} sale row of “{file}” is paid in full now or no longer names the deduction "
    "“{source}” read in its note: the credit note stored for it was removed, the sale counts "
    "whole: {rows}.",
    "{count} sale rows of “{file}” are paid in full now or no longer name the deductions "
    "“{source}” read in their notes: the credit notes stored for them were removed, the sales "
    "count whole: {rows}.")


def drop_noted_returns(conn: sqlite3.Connection, file_name: str, alone: bool,
                       bare: Iterable[tuple[str, int, str]],
                       made: Iterable[tuple[str, str, float]] = ()) -> list[Message]:
    """Remove the returns stored after a sale this file wrote whose note now names none
    (`bare`: each such row's sheet, row and line key), of this file sent again (`alone`: its
    name was imported from its folder only), and say so, a note per file they were stored
    from. A row still naming its return keeps it, the store's copy standing for it
    (noted_returns.with_noted_returns reads it no second time); so does a return a row of the
    file writes (`made`: the file's credit notes, key, day and sum)."""
    stored = {key for key, in conn.execute(_NOTED_KEYS, (NOTED,))}
    if not stored:
        return []
    kept = {key for key, _day, _amount in made if NOTED in key}
    found: dict[str, tuple[Stored, tuple[str, int]]] = {}
    chunk: dict[str, tuple[str, int]] = {}
    for sheet, row, key in bare:
        if (noted := noted_key(key)) in kept or noted not in stored:
            continue
        chunk[noted] = (sheet, row)
        if len(chunk) >= written_keys.CHUNK:
            _ask(conn, chunk, found)
            chunk = {}
    _ask(conn, chunk, found)
    stale: list[Stored] = []
    said: dict[tuple[str, bool], list[Message]] = defaultdict(list)
    for _key, (line, (sheet, row)) in sorted(found.items()):
        source = line.source or ""
        deduction = names_deduction(line.notes)
        if source == file_name and alone or copies(file_name, source) or revises(
                file_name, source) or deduction and _paid_whole(conn, line.order_id):
            stale.append(line)
            said[(source, deduction)].append(row_at(sheet, row))
    drop_lines(conn, stale)
    return [Message("noted_deduction_removed" if deduction else "noted_returns_removed",
                    _WITHDRAWN if deduction else _REMOVED, {
        "count": len(places), "file": file_name, "source": source,
        "rows": Listed(places, SHARED_SHOWN)}) for (source, deduction), places in said.items()]


# an order's sales paid in full by what the store holds now (the later file's reading)
_PAID_WHOLE = ("SELECT COALESCE(sum(received_amount), 0) >= sum(CASE WHEN NOT credit_note AND "
               "amount > 0 THEN amount ELSE 0 END) - 0.005 FROM order_lines WHERE order_id = ? "
               "AND status IS NOT 'cancelled'")


def _paid_whole(conn: sqlite3.Connection, order_id: int) -> bool:
    """Whether a deduction's order is paid in full now: the buyer paid the sum it took off
    after all (实收 10,000 where an earlier file's 9,500 read 扣索赔500), whatever file says so
    (rv52c: the -500 credit note stayed, revenue 19,500 and the next invoice 9,500 open)."""
    return bool(conn.execute(_PAID_WHOLE, (order_id,)).fetchone()[0])


def _ask(conn: sqlite3.Connection, chunk: dict[str, tuple[str, int]],
         found: dict[str, tuple[Stored, tuple[str, int]]]) -> None:
    """The stored returns of the chunk's keys, each with the row of the sale it follows."""
    if chunk:
        for line in lines(conn, _NOTED, json.dumps(sorted(chunk))):
            found[line.key] = (line, chunk[line.key])
