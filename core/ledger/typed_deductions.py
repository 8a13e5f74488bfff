"""A grant or a deduction noted on a payment row typed away from its order (fix68b).

A clerk books the balance of 2025-701 (10,000 USD, 3,000 deposit come) on the 收款 tab, or in
next month's ledger, typing the order's number and buyer again: 尾款70% 5,000 received 04-20,
noted 客户少付2000，老板同意了 (the boss let the 2,000 go) or 质量扣款2000 (the buyer kept it for
a quality claim). Under its order on the order's own tab that note is a credit note of 2,000 on
the order (core.ledger.noted_deductions weighs a payment's own row as a sale row's): nothing
owed. Typed away from it, its sheet knows neither the order's amount nor its other money, so
no reader asked the note (core.ledger.deductions_apart weighs a sale row's note only, and
core.ledger.deductions_stored a stored sale's): 2,000 owed, 72 days late, black, for a buyer
the firm had let off (fix67b, fix67e, rv67h).

So once the file is written, and core.ledger.typed_apart has read such a row's money against
its order (its lines kept in `meta`, every tab and file), the order's stored lines are laid
out as the order's tab would hold them (its sale lines, its payment rows, the typed row among
them with its money as read) and weighed by the order's-tab reader itself
(noted_deductions.deducted, first on the rows as they stand, then as the order's whole money):
what it reads for the typed row is that row's credit note, stored after it under the key the
order's tab gives it (deductions_stored.store_credit), so a file sent again finds it. Every
neighbour reads as on the order's tab: a consent denied or only asked (老板不同意, 待老板同意),
the buyer's word (客户说老板同意了), a grant of less (老板同意让1000: 1,000 off, 1,000 owed), a
grant paid later (月底结), a set-off on a later order (下单再扣), a deduction larger than the
short: no credit note, or that much.

Each typed row is weighed again at every import, its credit note rewritten to what its order
now reads (the note corrected, the short paid since: none), never written twice: one of its
sum the order holds already (the sale's note saying it, its file weighed with this money) is
that deduction. Undoing the import puts the copy back, the credit note with it.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from core.i18n import N_
from core.ledger.deduction_notes import KINDS, deduction, hinted, kind_word
from core.ledger.deductions_stored import store_credit
from core.ledger.normalise import fold
from core.ledger.noted_deductions import deducted
from core.ledger.noted_returns import noted_key
from core.ledger.orders import CANCELLED
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CURRENCY,
    CUSTOMER,
    CUSTOMER_KEY,
    FIELDS,
    INVOICE_NO,
    NOTES,
    ORDER_NO,
    PRODUCT,
    RECEIVED,
    RECEIVED_CURRENCY,
    ROW,
    SHEET,
    STATUS,
    Record,
)
from core.ledger.typed_apart import KEY, ORDERS
from core.messages import Message

# the typed rows (typed_apart's lines kept in meta) still payments, whose notes may name a
# deduction or whose credit note is stored: their orders
_TYPED = (
    f"SELECT DISTINCT l.order_id FROM order_lines l WHERE l.id IN (SELECT CAST(key AS INTEGER) "
    f"FROM json_each((SELECT value FROM meta WHERE key = '{KEY}'))) AND l.amount = 0 AND NOT "
    f"l.credit_note AND l.status IS NOT '{CANCELLED}' AND (deduction_hinted(l.notes) OR EXISTS "
    "(SELECT 1 FROM order_lines s WHERE s.line_key = l.line_key || ?))")
# a line with its buyer and order number, as the order's-tab reader's record is made of it
_COLUMNS = (
    "SELECT l.id, l.order_id, l.line_key, l.amount, l.received_amount, l.received_currency, "
    "l.product, l.notes, l.status, l.currency, l.credit_note, l.source_sheet, l.source_row, "
    "l.invoice_no, l.source_file, c.name, c.key, o.order_no{} FROM order_lines l JOIN orders o "
    "ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id ")
# every line of those orders, in the order stored
_LINES = (_COLUMNS.format("") + "WHERE l.order_id IN (SELECT value FROM json_each(?)) "
          f"AND l.status IS NOT '{CANCELLED}' ORDER BY l.id")
# a payment row's credit note (its deduction or grant) whose row or order is cancelled since
# (已取消 on the order's tab or the 收款 row), with its sum: neither is weighed again (:data:
# `_TYPED`, typed_apart.ORDERS, nor the order's-tab reader), so the credit note stood, a
# cancelled order's 2,000 his credit on account clearing his other order's 2,000, 72 days,
# black (rv68c U3c), and a cancelled 收款 row's credit cleared 2,000, 72 days, black (U4, U4c).
# Withdrawn, as the same file imported fresh reads it: a cancelled payment row's note grants
# nothing, on the order's tab or away from it (its money is read as before).
_STALE = (_COLUMNS.format(", s.amount") + "JOIN order_lines s ON s.line_key = l.line_key || ? "
          f"AND s.credit_note WHERE (l.status IS '{CANCELLED}' OR o.status IS '{CANCELLED}') "
          "AND l.amount = 0 AND NOT l.credit_note")


def settle_typed(conn: sqlite3.Connection) -> list[Message]:
    """Each typed row's credit note (the module's docstring) stored, rewritten or withdrawn as
    its order's lines now read; the report's note of each stored or changed."""
    conn.create_function("deduction_hinted", 1, hinted, deterministic=True)
    said = _withdraw_stale(conn)
    kept = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    if kept is None:
        return said
    asked = [order for order, in conn.execute(_TYPED, (noted_key(""),))]
    if not asked:
        return said
    typed = {int(line) for line in json.loads(kept[0])}
    orders = {order: number for order, number, _ in conn.execute(ORDERS, (json.dumps(asked),))}
    lines: dict[int, list[tuple[Any, ...]]] = {}
    for line in conn.execute(_LINES, (json.dumps(sorted(orders)),)):
        lines.setdefault(line[1], []).append(line)
    columns: list[str] | None = None
    for order, number in orders.items():
        mine = lines.get(order, [])
        credits = {line[2]: (line[3], _kind(line[7])) for line in mine if line[10]}
        for line, figure in _read(mine, typed, str(number)).items():
            key = noted_key(line[2])
            stored = credits[key][0] if key in credits else None
            if stored is not None and figure is not None and round(-stored, 2) == round(
                    figure, 2) or (line[3] or 0) > 0 and (stored is not None or figure is None):
                continue  # as read before; a sale row's, its own tab's reading kept
            held = figure is not None and (round(-figure, 2), _kind(line[7])) in {
                (round(sum_, 2), kind) for other, (sum_, kind) in credits.items()
                if other != key}
            if stored is not None:
                conn.execute("DELETE FROM order_lines WHERE line_key = ?", (key,))
                conn.execute("DELETE FROM file_receipts WHERE line_key = ?", (key,))
                if figure is None or held:
                    said.append(_withdrawn(line, number, -stored))
            if figure is None or held:
                continue  # none read, or a credit note of its sum the order holds already
            columns = store_credit(conn, (line[0], line[2], line[14]), figure, number, columns)
            credits[key] = (-figure, _kind(line[7]))
            said.append(_message(line, number, figure, mine))
    return said


def _withdraw_stale(conn: sqlite3.Connection) -> list[Message]:
    """Each payment row's credit note whose row or order is cancelled since (:data:`_STALE`)
    withdrawn; the report's note of each."""
    stale = conn.execute(_STALE, (noted_key(""),)).fetchall()
    for line in stale:
        conn.execute("DELETE FROM order_lines WHERE line_key = ?", (noted_key(line[2]),))
        conn.execute("DELETE FROM file_receipts WHERE line_key = ?", (noted_key(line[2]),))
    return [Message("cancelled_deduction_withdrawn", N_(
        "“{file}”, sheet “{sheet}” row {row}, order {order} of {customer}: the row or its "
        "order is now cancelled (已取消), so its note (备注 “{note}”) grants nothing: the "
        "credit note of {figure} made from it is withdrawn and the order owes what it is short."),
        {"file": line[14] or "", "sheet": line[11] or "", "row": line[12] or 0,
         "order": line[17], "customer": line[15], "note": line[7],
         "figure": f"{-line[18]:,.2f} {line[9]}"}) for line in stale]


def _read(lines: list[tuple[Any, ...]], typed: set[int], number: str
          ) -> dict[tuple[Any, ...], float | None]:
    """Each typed line of an order whose note may name a deduction, or whose credit note is
    stored, with the sum the order's-tab reader reads off it (None: none), its lines laid out
    as the order's tab holds them (:func:`_record`): first as they stand, then weighed as the
    order's whole money, as a file's tabs are (deductions_apart.with_deductions)."""
    rows = [line for line in lines if not line[10]]
    asked = [p for p, line in enumerate(rows) if line[0] in typed and line[3] == 0]
    if not asked or not any(line[3] and line[3] > 0 for line in rows):
        return {}  # an order of no goods: a buyer typed that is not the order's, as typed_apart
    currency = rows[0][9]
    if sum(line[4] or 0.0 for line in rows if line[5] in (None, currency)) >= sum(
            line[3] for line in rows if line[3] and line[3] > 0) - 0.005:
        return dict.fromkeys((rows[p] for p in asked), None)  # paid whole since (补付质量扣款)
    records = [_record(line, number) for line in rows]
    found = deducted(records)
    # the order's whole money is every tab's and file's here: weighed so (a deposit paid whole
    # taking its deduction off the order, own_row_deductions), no file's money to put in
    found.update((p, figure) for p, figure in deducted(records, {}).items() if p not in found)
    # ... and the sale rows' deductions it reads with them: a sale noted 扣佣金2000 whose sheet
    # knew only its deposit (short 7,000: no credit note there) is the order's second
    # deduction beside the typed row's 质量扣款2000 on 3,000; dropped, a paid order stood 2,000,
    # 72 days, black (rv68c H2; the order's tab reads both, H2b)
    return {**{rows[p]: found.get(p) for p in asked}, **{
        rows[p]: figure for p, figure in found.items() if p not in asked and (rows[p][3] or 0) > 0}}


def _kind(note: object) -> str:
    """The kind of deduction a note names (deduction_notes.KINDS), a grant's a discount: two
    credit notes of one sum are one deduction only where of one kind (a claim and a
    commission of 2,000 each are two)."""
    folded = fold(note) if isinstance(note, str) else ""
    return next((name for name, _, words in KINDS if words.search(folded)), KINDS[2][0])


def _record(line: tuple[Any, ...], number: str) -> Record:
    """A stored line (:data:`_LINES`) as the reader's record of its row under its order."""
    values: list[object] = [None] * len(FIELDS)
    values[SHEET], values[ROW], values[CUSTOMER], values[CUSTOMER_KEY] = (
        line[11], line[12], line[15], line[16])
    values[AMOUNT], values[CURRENCY], values[ORDER_NO], values[INVOICE_NO] = (
        line[3], line[9], number, line[13])
    values[RECEIVED], values[RECEIVED_CURRENCY], values[PRODUCT], values[NOTES] = (
        line[4], line[5], line[6], line[7])
    values[STATUS], values[CREDIT_NOTE] = line[8], 0
    return tuple(values)


def _message(line: tuple[Any, ...], number: str, figure: float, lines: list[tuple[Any, ...]]
             ) -> Message:
    """The report's note of a typed row's credit note: settled, or the rest still short open
    (a grant of a part, 老板同意让1000 of 2,000 short), in the order's tab's words."""
    currency = line[9]
    amount = sum(other[3] for other in lines if other[3] and other[3] > 0 and not other[10])
    came = sum(other[4] or 0.0 for other in lines if not other[10] and other[5] in (
        None, currency))
    found = deduction(line[7], amount, currency, came, number=number)
    words = {"file": line[14] or "", "sheet": line[11] or "", "row": line[12] or 0,
             "order": number, "customer": line[15], "note": line[7],
             "kind": kind_word(found.kind) if found is not None else "",
             "figure": f"{figure:,.2f} {currency}",
             "short": f"{amount - came - figure:,.2f} {currency}"}
    if amount - came - figure > 0.005:
        return Message("deduction_off_order", N_(
            "Sheet “{sheet}” row {row}, order {order} of {customer}: {figure} deducted by "
            "the buyer as {kind} (备注 “{note}”): a credit note on its order that lowers its "
            "revenue; the {short} still short on the order stays open."), words)
    return Message("noted_deduction_apart", N_(
        "“{file}”, sheet “{sheet}” row {row}, order {order} of {customer}: {figure} "
        "deducted by the buyer as {kind} (备注 “{note}”), the rest paid as this file "
        "says: counted as settled, a credit note on its order that lowers its revenue."), words)


def _withdrawn(line: tuple[Any, ...], number: str, figure: float) -> Message:
    """A typed row's credit note taken back: its note, as now typed, or its order's money as it
    now stands, no longer reads it (a corrected note sent again, 我们不认)."""
    return Message("typed_deduction_withdrawn", N_(
        "“{file}”, sheet “{sheet}” row {row}, order {order} of {customer}: its note (备注 "
        "“{note}”), read against the order's rows on every tab and file, no longer reads "
        "{figure} deducted: its credit note is withdrawn and the order owes what it is short."),
        {"file": line[14] or "", "sheet": line[11] or "", "row": line[12] or 0, "order": number,
         "customer": line[15], "note": line[7], "figure": f"{figure:,.2f} {line[9]}"})
