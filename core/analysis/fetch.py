"""The store read for an analysis: the queries of the order lines up to A, and the cut of
kept rows at an earlier A.

Reading a column of a fetched row costs about as much as the build's own work on it (SQLite
takes its connection's lock for each), so the query returns only what most lines use, with
SQLite folding some columns first (whether a line is live, is a credit note and has a known
ship date as the bits of one value; the due date only where the ledger stated it; the file
only where the line records money); the columns few ledgers fill (gross profit, tax rebate,
deposits and balances, credit-note references, cost and receipt currencies, a line's own
currency where its order's first line has another) come from a second query, only for the
lines that have one. :mod:`core.analysis.reading` builds the dataset from them.

A run over many month ends (the snapshots) fetches once and builds each month end's dataset
from the rows of the orders dated up to it (:func:`cut`): the same rows, in the same order,
as a fetch at that date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import chain
from typing import Any

from core.analysis.dataset import CANCELLED
from core.analysis.early_money import WITHIN
from core.ledger.lot_words import HINTS
from core.ledger.lots_called_off import lots_to_come
from core.ledger.payment_kinds import (
    CLAIM_MARKS,
    PART_WORDS,
    deposit_money,
    insurer_paid,
    new_order_deposit,
    noted_parts,
)
from core.ledger.receipt_history import steps as history_steps
from core.ledger.record import SHIP_SAID_NOT_YET
from core.ledger.revived_lines import moved_said

NOTED_PARTS = "tradetier_noted_parts"  # a note listing its payments (payment_kinds)
DEPOSIT_SAID_FN = "tradetier_deposit_said"  # a text saying deposit (payment_kinds.deposit_money)
NEW_DEPOSIT_FN = "tradetier_new_deposit"  # ... a new order's (payment_kinds.new_order_deposit)
INSURER_PAID = "tradetier_insurer_paid"  # a note saying an insurer's claim paid (payment_kinds)
LOTS_TO_COME_FN = "tradetier_lots_to_come"  # a first lot, more to come (lots_called_off)
MOVED_FROM_FN = "tradetier_moved_from"  # the order money was moved in from (revived_lines)
# ... asked only of a note holding one of the lot words' hints (lot_words.HINTS)
def _may_lots(notes: str) -> str:
    return "({})".format(" OR ".join(f"instr(lower({notes}), '{word}')" for word in HINTS))


MAY_LOTS = _may_lots("l.notes")
MAY_CLAIM = "({})".format(" OR ".join(f"instr(lower(l.notes), '{word}')" for word in CLAIM_MARKS))
# ... asked only of a note holding one of their words (an English one in any case), or a
# full-width letter or compatibility ideograph its fold reads otherwise: 100k lines, 66k paid
# with notes listing none, fetched in 0.9-1.9 s (0.35-0.7 without notes); this first, 0.5-0.7
MAY_LIST_PARTS = "({})".format(" OR ".join([
    *(f"instr({'lower(l.notes)' if word.isascii() else 'l.notes'}, '{word}')"
      for word in PART_WORDS),
    f"l.notes GLOB '*[{chr(0xFF21)}-{chr(0xFF3A)}{chr(0xFF41)}-{chr(0xFF5A)}"
    f"{chr(0xF900)}-{chr(0xFAFF)}]*'"]))
COLUMNS = (
    "l.id", "l.order_id", "l.invoice_no", "l.amount", "l.cost", "l.ship_date",
    "CASE WHEN l.due_derived THEN NULL ELSE l.due_date END",  # a due date the ledger states
    "l.received_amount", "l.received_date",
    # six flags in one value (each value a row returns costs about as much as a line's work):
    # the line's three, its ship date said "not yet", and the order's trial and month-end
    # statement
    f"(l.status IS NOT '{CANCELLED}' AND (l.credit_note OR o.status IS NOT '{CANCELLED}'))"
    f" | ((l.credit_note != 0) << 1) | ((l.ship_date_known != 0) << 2)"
    " | ((o.trial != 0) << 3) | ((coalesce(o.monthly_statement, 0) != 0) << 4)"
    f" | ((l.ship_date_known = {SHIP_SAID_NOT_YET}) << 5)",
    # the file only where the line records money (the wire-copy check's only reader)
    "CASE WHEN l.received_amount IS NOT NULL OR l.deposit_amount IS NOT NULL"
    " OR l.balance_amount IS NOT NULL THEN l.source_file END",
    "o.customer_id", "o.order_no", "o.order_date", "o.status", "o.currency",
    "o.incoterm", "o.pay_rung", "o.credit_days", "o.deposit_pct", "o.payment_terms")
LIVE, CREDIT_NOTE_LINE, SHIP_KNOWN, TRIAL, MONTHLY, NOT_SHIPPED = 1, 2, 4, 8, 16, 32  # bits
ORDER_DAY = COLUMNS.index("o.order_date")
FROM = f"FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE {WITHIN}"
QUERY = f"SELECT {', '.join(COLUMNS)} {FROM} ORDER BY l.order_id, l.id"
RARE_COLUMNS = ("l.gross_profit", "l.tax_rebate", "l.deposit_amount", "l.deposit_date",
                "l.balance_amount", "l.balance_date", "l.credit_ref", "l.cost_currency",
                "l.received_currency", "l.rebate_currency",
                # a line in another currency than its order's (first line's): its own
                "CASE WHEN l.currency IS NOT o.currency THEN l.currency END",
                # the line's earlier received totals (core.ledger.receipt_history)
                "l.received_history",
                # a payment's own line naming no order: its note, which may name one
                # (core.ledger.noted_orders); a sale line's whose note lists its payments
                # (定金4500+尾款10500: core.ledger.noted_totals, another file's rows its parts)
                "CASE WHEN l.amount = 0 AND l.received_amount IS NOT NULL AND o.order_no IS NULL"
                " THEN l.notes WHEN l.amount > 0 AND l.received_amount > 0 AND l.notes IS NOT NULL"
                f" AND {MAY_LIST_PARTS} AND {NOTED_PARTS}(l.notes) THEN l.notes END",
                # money on a cancelled order (or line): the notes of its order's rows (its
                # own row's, for a cancelled line), which may say the firm kept it
                # (core.ledger.forfeits)
                f"CASE WHEN (o.status IS '{CANCELLED}' OR l.status IS '{CANCELLED}')"
                " AND NOT l.credit_note AND (l.received_amount IS NOT NULL"
                " OR l.deposit_amount IS NOT NULL OR l.balance_amount IS NOT NULL)"
                " THEN (SELECT group_concat(x.notes, ' ') FROM order_lines x"
                f" WHERE x.order_id = l.order_id AND (o.status IS '{CANCELLED}' OR x.id = l.id))"
                " END",
                # money on a row saying it has not shipped: its note, which may say it is a
                # deposit (30%定金已收: deposits_held.hold_deposits holds it, fix52o)
                f"CASE WHEN l.ship_date_known = {SHIP_SAID_NOT_YET} AND l.received_amount > 0"
                " THEN l.notes END",
                # money an insurer's claim paid on the invoice's own row (中国信保赔付90%): it
                # pays that invoice (deposits_held.hold_deposits, direct_money.pay_own), 1
                "CASE WHEN l.received_amount > 0 AND l.amount > 0 AND l.notes IS NOT NULL"
                f" AND {MAY_CLAIM} AND {INSURER_PAID}(l.notes) THEN 1 END",
                # a credit line's product and note, which may say a bad debt written off
                # (core.analysis.write_offs)
                "CASE WHEN l.credit_note THEN coalesce(l.product, '') || ' '"
                " || coalesce(l.notes, '') END",
                # a payment's own line on a numbered order whose note or number says it is a
                # deposit (30%定金 on HT25-073): held while no file sells it (analysis.
                # advances.held_for_number, fix54m), 1; 2 where they say a new order's
                # (payment_kinds.new_order_deposit: held even at an old invoice's open figure)
                "CASE WHEN l.amount = 0 AND l.received_amount > 0 AND o.order_no IS NOT NULL"
                f" AND {DEPOSIT_SAID_FN}(coalesce(l.notes, '') || ' ' || o.order_no) THEN 1"
                f" + {NEW_DEPOSIT_FN}(coalesce(l.notes, '') || ' ' || o.order_no) END",
                # a sale line on deposit terms whose note says the order ships in lots, the
                # line the first, more to come (分批出货，第一批): a deposit on it (or on a
                # 定金30% line under it, fix59h) beyond the lot's share is the other lots'
                # (analysis.lot_deposits, fix58h), 1; not where a later lot's own row, of its
                # product or saying a lot, is cancelled (第二批，已取消): none is to come, the
                # 792 held for it the buyer's money (fix61e, rv61a s404 L4, L5). Asked of
                # those few lines alone, by the order's index
                "CASE WHEN l.amount > 0 AND o.deposit_pct > 0"
                f" AND l.notes IS NOT NULL AND {MAY_LOTS} AND {LOTS_TO_COME_FN}(l.notes)"
                " AND NOT EXISTS (SELECT 1 FROM order_lines x WHERE x.order_id = l.order_id"
                f" AND x.id != l.id AND x.amount > 0 AND x.status IS '{CANCELLED}'"
                f" AND (x.product IS l.product OR x.notes IS NOT NULL AND {_may_lots('x.notes')}))"
                " THEN 1 END",
                # a sale line's money its note moves in from another order (PO-R2的款转入本单):
                # that order's loose number and the sum the note gives, if any (revived_lines.
                # moved_said), whose money it takes back (refunds.moved_in)
                "CASE WHEN l.amount > 0 AND l.received_amount > 0 AND instr(l.notes, '转')"
                f" THEN {MOVED_FROM_FN}(l.notes, o.order_no, l.invoice_no) END",
                # a sale line's note where its money came before it shipped, or naming a
                # number or an earlier time, which may say the money is another order's
                # (INV-100余款, 补上次欠款 on INV-101's row: named_money.early, .elsewhere),
                # or a share of it come (到账一半: named_money._part_of_own)
                "CASE WHEN l.amount > 0 AND l.received_amount > 0 AND l.notes IS NOT NULL"
                " AND (l.received_date < l.ship_date OR instr(l.notes, '上')"
                " OR instr(l.notes, '前') OR instr(l.notes, '旧') OR instr(l.notes, '半')"
                " OR instr(lower(l.notes), 'half')"
                " OR l.notes GLOB '*[0-9]*') THEN l.notes END")
_WRITTEN = " OR ".join(f"{column} IS NOT NULL" for column in RARE_COLUMNS
                       if not column.endswith("_date"))  # a date alone says nothing
RARE_QUERY = f"SELECT l.id, {', '.join(RARE_COLUMNS)} {FROM} AND ({_WRITTEN})"
NO_RARE = (None,) * len(RARE_COLUMNS)
NEVER = "\uffff"  # after every ISO date
# the dates of a line's money: in the fetched row, and in its rare columns
RECEIVED_ON = COLUMNS.index("l.received_date")
FLAGS = RECEIVED_ON + 1  # the six flags in one value, the column after it
RARE_DATES = tuple(RARE_COLUMNS.index(c) for c in ("l.deposit_date", "l.balance_date"))
HISTORY = RARE_COLUMNS.index("l.received_history")
# the most lines held in memory to be cut at several dates (about 200 MB of rows): more would
# sit beside each analysis made from them, and a million lines' analysis alone is ~900 MB
KEEP_LINES = 300_000
# rows read from SQLite a block at a time, not one between each line's work: the reading's
# loop and SQLite's stepping then keep their own data in the processor's caches (the 20k
# store's fetch and build 2-4 % less CPU, in one process, 41 rounds in turn)
BLOCK = 256


@dataclass
class Fetched:
    """Order lines as the queries return them: rows in QUERY's order, by order then line
    (a cursor, or a list to cut again), and the rare columns of the lines that have them."""

    rows: Iterable[tuple[Any, ...]]
    rare: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    # kept rows: the day from which an analysis reads each (worked out at the first cut)
    read_from: list[str] | None = None


def fetch(conn: sqlite3.Connection, as_of: date, keep: bool = False, shared: bool = False
          ) -> Fetched:
    """The lines of the orders dated up to A; `keep` holds the rows in a list (to cut).
    `shared`: the kept rows hold one copy of each repeated text (SQLite hands out a new string
    every row): a million kept lines take half the memory (about 490 MB instead of 970) for two
    seconds more, worth it for a run over many month ends, not for the window's first table."""
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: the loop below runs once per order line
    day = {"a": as_of.isoformat()}
    conn.create_function(NOTED_PARTS, 1, lambda note: bool(noted_parts(note)),
                         deterministic=True)
    conn.create_function(INSURER_PAID, 1, insurer_paid, deterministic=True)
    conn.create_function(DEPOSIT_SAID_FN, 1, deposit_money, deterministic=True)
    conn.create_function(NEW_DEPOSIT_FN, 1, new_order_deposit, deterministic=True)
    conn.create_function(LOTS_TO_COME_FN, 1, lots_to_come, deterministic=True)
    conn.create_function(MOVED_FROM_FN, 3, moved_said, deterministic=True)
    rare = {row[0]: row[1:] for row in cursor.execute(RARE_QUERY, day)}
    rows = cursor.execute(QUERY, day)
    if not keep:
        return Fetched(chain.from_iterable(iter(partial(rows.fetchmany, BLOCK), [])), rare)
    return Fetched(_sharing_texts(rows) if shared else rows.fetchall(), rare)


def too_many_to_keep(conn: sqlite3.Connection) -> bool:
    """Whether the ledger has more than :data:`KEEP_LINES` lines: fetched afresh for each
    analysis, not kept to be cut."""
    count = conn.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0]
    return int(count) > KEEP_LINES


def _sharing_texts(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    texts: dict[str, str] = {}
    one = texts.setdefault
    return [tuple([one(v, v) if type(v) is str else v for v in row]) for row in rows]


def cut(fetched: Fetched, as_of: date) -> Fetched:
    """What a fetch at an earlier A returns: the rows of the orders dated up to it, and of
    later orders' the rows with money dated up to it."""
    rows, rare = fetched.rows, fetched.rare
    assert isinstance(rows, list)  # kept to be cut
    if fetched.read_from is None:  # its order's date, or its money's when that is earlier
        fetched.read_from = [min(row[ORDER_DAY], row[RECEIVED_ON] or NEVER, *(
            _rare_days(rare[row[0]]) if row[0] in rare else ())) for row in rows]
    day = as_of.isoformat()
    return Fetched([row for row, seen in zip(rows, fetched.read_from, strict=True)
                    if seen <= day], rare)


def _rare_days(rare: tuple[Any, ...]) -> list[str]:
    """The dates of a line's money in its rare columns: deposit, balance, and its received
    total's earliest step (WITHIN reads the row from it)."""
    history = history_steps(rare[HISTORY])
    return [*(rare[i] or NEVER for i in RARE_DATES), history[0][0] if history else NEVER]
