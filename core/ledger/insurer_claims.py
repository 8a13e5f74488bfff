"""Money an export-credit insurer's claim paid, written on the invoice's own row: named once.

A buyer defaults on insured OA invoices; 中国信保 (Sinosure) pays 90 % of each, and the clerk
writes each claim payment on its invoice's row, the note saying so (买家违约，中国信保赔付90%).
The account keeps that money on its own invoice, as a letter of credit's
(core.analysis.deposits_held.hold_deposits, the words in core.ledger.payment_kinds): the rest, the
firm's retained share, stays the buyer's debt and overdue on that invoice. Pooled oldest-due
first as a buyer's wire, the two claims paid the older invoice whole and the reason named the
younger one (rv53b: Lagos Power, "SZ2504040: 3,400 USD open, 106 days" where 1,800 stays on
SZ2503039, 142 days, and 1,600 on SZ2504040). The report names each such payment once: the
import that first stores it (the next month's copy repeats the row, not the news).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from core.i18n import N_
from core.ledger.payment_kinds import CLAIM_MARKS, claim_insurer, insurer_paid
from core.messages import Message

NAMED = "insurer_claims_named"  # meta: the claim payments a report has named
_MAY_CLAIM = " OR ".join(f"instr(lower(l.notes), '{word}')" for word in CLAIM_MARKS)
_QUERY = (
    "SELECT l.line_key, coalesce(l.invoice_no, o.order_no, ''), l.received_amount,"
    " coalesce(l.received_currency, l.currency), coalesce(l.received_date, ''), l.notes,"
    " coalesce(l.source_sheet, ''), coalesce(l.source_row, 0)"
    " FROM order_lines l JOIN orders o ON o.id = l.order_id"
    " WHERE l.source_file = ? AND l.received_amount > 0 AND l.amount > 0"
    f" AND l.notes IS NOT NULL AND ({_MAY_CLAIM}) ORDER BY l.id")


def moved(merged: list[object], old: Sequence[object], new: Sequence[object],
          columns: tuple[int, ...], notes: int, received: int) -> None:
    """What a repeated or carried row moves onto its stored line (core.ledger.line_values):
    each of `columns` it fills, and its note where it says an insurer's claim paid its money."""
    for i in columns:
        if new[i] is not None:
            merged[i] = new[i]
    merged[notes] = claim_note(old[notes], new[notes], new[received])


def claim_note(old: object, new: object, received: object) -> object:
    """The notes a line keeps when a repeated or carried row brings its money: its own, and
    the row's beside them where those say an insurer's claim paid the money and its own do
    not (上半年结转；买家违约，中国信保赔付90%)."""
    if received is None or not isinstance(new, str) or not any(
            mark in new.lower() for mark in CLAIM_MARKS) or not insurer_paid(new) or (
            insurer_paid(old)):
        return old
    return f"{old}；{new}" if isinstance(old, str) and old.strip() else new


def claim_messages(conn: sqlite3.Connection, file_name: str) -> list[Message]:
    """The claim payments this file's rows hold that no earlier import named, each named;
    remembered as named."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (NAMED,)).fetchone()
    named: list[str] = json.loads(row[0]) if row else []
    seen = set(named)
    messages = []
    for key, invoice, received, currency, day, note, sheet, number in conn.execute(
            _QUERY, (file_name,)).fetchall():
        insurer = claim_insurer(note)
        mark = f"{key}|{received}|{day}"
        if insurer is None or mark in seen:
            continue
        seen.add(mark)
        named.append(mark)
        messages.append(Message("insurer_claim", N_(
            "{invoice}: {received} {currency} paid by the credit insurer ({insurer}) on "
            "{day} (sheet “{sheet}” row {row}) — kept on its own invoice; what it leaves "
            "open stays the buyer's debt there."), {
            "invoice": invoice, "received": f"{received:,.2f}", "currency": currency,
            "insurer": insurer, "day": day, "sheet": sheet, "row": number}))
    if messages:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                     (NAMED, json.dumps(named, ensure_ascii=False)))
    return messages
