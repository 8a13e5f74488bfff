"""A payment's row writing no currency of its own but its money's: read in its money's.

June's 收款 list (合同号 客户 收款日期 收款金额 收款币种) pays 2,000 on DN-3, a 70,000 人民币 sale,
with 收款币种 USD written. The list has no 币种 column: its row was read in the firm's currency,
then put in its order's (core.ledger.listed_currency), and the written USD went with it: 2,000
CNY was taken off where 2,000 USD was paid, 9,445 USD open, not 7,723 (fx46r, fx47r). A row of
the 台账 worth nothing that received 2,000 with 实收币种 USD, its 币种 blank, was read alike. So a
payment's row (typed, a 收款 tab's, or worth nothing with money received) that names no currency
itself, by its cell, its amount's text or its order's other rows, is in the currency its
received figure's text names, else its amount's header (收款金额(人民币) 14,400 beside 收款币种
USD: the bank's 人民币 credit of a USD wire, rv46r), else its 收款币种. A row naming its
currency keeps it.

Where which figure a 收款币种 names is not told by the sheet, it names none (rv46r2): a row of
two figures (收款金额 2,000 beside 到账金额 14,400), a sheet with a second received figure or a
money column the layout left unread (收款金额 read, 到账金额 not). And a payment read in its
收款币种 that would pay its order more than it owes beyond the exchange band (fx_band_pct, of its
sales: a buyer settling at its own rate is within it) is read as before, in the order's, and
named (:func:`over_paid`): 14,400 beside 收款币种 USD on a 70,000 人民币 order (the bank's
credit, or a wire?), and on a 10,000 one, which in either currency pays too much (rv47r: so
read, its buyer's four other unpaid orders went from black to 0 open, unnamed); so is one that
in its order's own currency settles the order and in its 收款币种 would leave most of it open
(10,000 人民币 on a 10,000 USD order: a column filled in by default, rv47r2). A 收款 list's
refund noted 退款 (-500 with 收款币种 USD beside its 2,000 received) is read in its 收款币种 as a
台账's is (rv46r2's typed_refund, 7,792 → 8,223; rf48: core.ledger.list_refunds); a negative sum
its note does not call a refund keeps the reading before, received in its order's currency.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from core.i18n import N_, NP_
from core.ledger.cells import plain
from core.ledger.layout import SheetLayout
from core.ledger.normalise import fold
from core.ledger.sheet_fields import unread
from core.messages import Message
from core.rates import Rates

RULED = 2  # record.CURRENCY_WRITTEN of a row read in its 收款币种 here (stored as written)
# unmapped headers naming money: a second figure whose currency the 收款币种 may be
_MONEY_WORDS = ("金额", "到账", "入账", "人民币", "额", "amount", "rmb", "cny")


def apart(layout: SheetLayout) -> bool:
    """Does the sheet hold a second received figure, counted or not (rv46r2)?"""
    if layout.other_received is not None:
        return True
    read = set(layout.mapping.values())
    return any(i not in read and h and any(w in fold(h) for w in _MONEY_WORDS)
               for i, h in enumerate(layout.headers))


def paid_in(said: list[str | None], rows: tuple[Sequence[bool], Sequence[float | None],
                                              Sequence[float | None], Sequence[int]],
            marks: Sequence[str | None], cells: Sequence[str | None], layout: SheetLayout,
            refunds: Sequence[bool] = ()) -> tuple[list[str | None], list[int]]:
    """Each row's currency as `said` (core.ledger.sheet_columns._currencies_said), a payment
    row's naming none taking its received figure's mark, else, where its amount is its money
    (no received figure), the amount header's currency, else its 收款币种; and whether each
    row wrote its currency (record.CURRENCY_WRITTEN: RULED where read so here, its number
    kept in `layout.ruled`). `rows`: whether each row is a payment, its received figure, its
    amount, its number; `cells`: the 收款币种 cells; `layout`: the sheet's (its amount
    header's currency, its columns); `refunds`: a 收款 list's rows of money sent back
    (core.ledger.list_refunds), in their 收款币种 as a 台账's refund is (rf48)."""
    hint = layout.currency_hint
    written = [int(bool(code or hint)) for code in said]
    if not any(marks) and not any(cells) or apart(layout):
        return said, written
    paid, got, amounts, numbers = rows
    out, listed = list(said), layout.receipts  # an ERP's list of -500s: 500s received
    back = refunds or [False] * len(said)
    for j, (code, p, g, a, m, c) in enumerate(zip(said, paid, got, amounts, marks, cells,
                                                   strict=True)):
        if code or not p or (g is not None and a) or listed and ((
                a if g is None else g) or 0) < 0 and not back[j]:
            continue  # two figures: which one it names is unsaid; a listed -500 not sent back
        named = m or (hint if hint and g is None else c)
        if named:
            out[j], written[j] = named, RULED
            layout.ruled.add(numbers[j])
    return out, written


# a 收款币种 / 实收币种 cell naming no currency ("USDD"; "XYZ" is a code of its own, without a
# rate, said by the importer): read as blank, as before, and named with its rows (acc49)
UNREAD = NP_(
    "Sheet “{sheet}”, column “{column}”: {values} names no currency, so the money received on "
    "that row was read as if the cell were blank, in the currency its figure or its order names "
    "(row {rows}). Correct the ledger and import it again.",
    "Sheet “{sheet}”, column “{column}”: {values} name no currency, so the money received on "
    "those rows was read as if the cells were blank, in the currency their figure or their "
    "order names ({count} cells: rows {rows}). Correct the ledger and import it again.")


def unread_paid_in(cells: Sequence[Any], codes: Sequence[str | None], chosen: Sequence[bool],
                   first: int) -> list[tuple[int, object]]:
    """The taken rows' 收款币种 `cells` that hold something yet name no currency (`codes`,
    their readings): (row number, cell), for :data:`UNREAD`."""
    if None not in codes or not any(cells):  # all read, or no 收款币种 column: no walk
        return []
    return [(first + j, plain(v)) for j, (v, c, k) in enumerate(zip(cells, codes, chosen,
                                                                     strict=True))
            if c is None and k and unread(v)]


def ruled_rows(layouts: Iterable[SheetLayout]) -> set[tuple[str, int]]:
    """The (sheet, row) of a file's rows read in their 收款币种 (:func:`paid_in`)."""
    return {(layout.sheet.name, row) for layout in layouts for row in layout.ruled}


# a line read in its 收款币种 is marked (order_lines.currency_written 2) until its order's sales
# say it pays no more than owed: a 收款 list imported before the file selling its order is
# checked when that file is
_PENDING = "SELECT value FROM meta WHERE key = 'received_ruled'"  # how many, after an import
_LEFT = "INSERT OR REPLACE INTO meta(key, value) VALUES ('received_ruled', ?)"
_FILE = ("SELECT id, source_sheet, source_row FROM order_lines WHERE source_file = ? AND "
         "amount = 0 AND NOT credit_note AND received_amount != 0")  # a refund too (rv48r)
_MARK = "UPDATE order_lines SET currency_written = ? WHERE id = ?"
_RULED = ("SELECT l.id, l.order_id, o.order_no, l.source_file, l.source_sheet, l.source_row, "
          "l.received_amount, coalesce(l.received_currency, l.currency), "
          "coalesce(l.received_date, o.order_date) FROM order_lines l JOIN orders o ON o.id = "
          "l.order_id WHERE l.currency_written = 2 ORDER BY l.source_file, l.source_sheet, "
          "l.source_row, l.id")
_SOLD = ("SELECT min(currency), sum(amount) FROM order_lines WHERE order_id = ? AND NOT "
         "credit_note AND amount > 0 HAVING count(DISTINCT currency) = 1")
_ORDER = "UPDATE orders SET currency = ?1 WHERE id = ?2 AND currency != ?1"
_OWED = "SELECT coalesce(sum(amount), 0) FROM order_lines WHERE order_id = ? AND currency = ?"
# what it owed when the money came: a return or credit note dated after it left out (fx48b: 9,723
# USD paying 70,000 人民币 in full, 7,000 returned in July, read again after July's import as
# paying more than owed: 7,400 USD open, black, where the buyer is owed 972); a return dated
# to July's 5th and its 出货日期 blank is dated by its row's 下单日期 (order_lines.row_day, acc49:
# was counted, 7,400 open); a return with neither date counts
_THEN = _OWED + (" AND NOT (amount < 0 AND coalesce(substr(ship_date, 1, 10), row_day, '') "
                 "> ?)")
# a file's returns and credit notes without a ship date: their rows' 下单日期 (schema 23)
_DATED = ("UPDATE order_lines SET row_day = ?1 WHERE line_key = ?2 AND amount < 0 AND "
          "ship_date IS NULL AND row_day IS NOT ?1")
_PAID = ("SELECT id, received_amount, coalesce(received_currency, currency), "
         "coalesce(received_date, ship_date) FROM order_lines WHERE order_id = ? "
         "AND received_amount IS NOT NULL")
_BACK = ("UPDATE order_lines SET currency = ?1, received_currency = CASE WHEN "
         "received_currency = currency THEN ?1 ELSE received_currency END, currency_written = 1"
         " WHERE id = ?2")
_OVER = N_("“{file}”, sheet “{sheet}”, row {row}: {amount} received on order {order} with its "
           "received currency {written}: read in {written} it pays the order more than it "
           "owes ({owed} {sold} open), so it is counted in the order's currency, {sold}. "
           "Check which currency the bank credited, and that the payment is not listed twice.")
_SHORT = N_("“{file}”, sheet “{sheet}”, row {row}: {amount} received on order {order} with its "
            "received currency {written}: in the order's currency, {sold}, it settles what the "
            "order owes ({owed} {sold} open), read in {written} it would leave most of it "
            "open, so it is counted in {sold}. Check the received currency.")


def date_returns(conn: sqlite3.Connection, notes: Iterable[tuple[str, str, float]]) -> None:
    """The file's returns and credit notes (line key, row's 下单日期, amount: core.ledger.
    ledger_file.credit_notes) stored without a ship date dated by their row's 下单日期, for
    :func:`misread` (acc49); before :func:`over_paid`."""
    conn.executemany(_DATED, [(str(day)[:10], key) for key, day, _ in notes if day])


def over_paid(conn: sqlite3.Connection, file_name: str, rows: set[tuple[str, int]],
              rates: Rates, band: float) -> list[Message]:
    """After an import: the file's lines of `rows` (read in their 收款币种) marked, and the marked
    lines (this file's or an earlier one's) put back in their order's sales' currency (the
    reading before fx47r) and named where so read they pay it wrongly (:func:`misread`). One
    order's lines of one file are judged together: a file's 收款币种 column says the same of
    each (rv47r2: two rows of 7,200 USD on a 70,000 人民币 order, one put back, 1,523 open)."""
    pending = conn.execute(_PENDING).fetchone()
    if not rows and not (pending and int(pending[0])):  # (no pass over every line: perf)
        return []
    if rows:
        conn.executemany(_MARK, [(RULED, line) for line, sheet, row in conn.execute(
            _FILE, (file_name,)).fetchall() if (sheet, row) in rows])
    groups: dict[tuple[int, str], list[tuple[Any, ...]]] = {}
    left = 0
    for ruled in conn.execute(_RULED).fetchall():
        if ruled[3] == file_name and (ruled[4], ruled[5]) not in rows:  # read again, not so
            conn.execute(_MARK, (None, ruled[0]))
        else:
            groups.setdefault((ruled[1], ruled[3]), []).append(ruled)
            left += 1
    said: list[Message] = []
    for (order, _), lines in groups.items():
        sold = conn.execute(_SOLD, (order,)).fetchone()
        if sold is not None:  # the list read first made the order its payment's (rv46r)
            conn.execute(_ORDER, (sold[0], order))
        found = sold and misread(conn, rates, order, [r for r in lines if r[7] != sold[0]],
                                 sold, band)
        if found:
            text, owed = found
            conn.executemany(_BACK, [(sold[0], r[0]) for r in lines if r[7] != sold[0]])
            left -= sum(r[7] != sold[0] for r in lines)
            said.extend(Message("received_over", text, {
                "file": file, "sheet": sheet, "row": row, "amount": f"{got:,.2f}",
                "order": number, "written": code, "owed": f"{owed:,.2f}", "sold": sold[0]})
                for _, _, number, file, sheet, row, got, code, _ in lines if code != sold[0])
    conn.execute(_LEFT, (str(left),))
    return said


def misread(conn: sqlite3.Connection, rates: Rates, order: int, lines: list[tuple[Any, ...]],
            sold: tuple[str, float], band: float) -> tuple[str, float] | None:
    """Do `lines` (one file's of `order`, read in their 收款币种) pay the order wrongly so read —
    more than it owed when they came by over `band` of its sales (fx_band_pct: a buyer settling
    at its own rate is within it; a later return is no over-payment, fx48b), or, where in the
    order's own currency they settle what it owes now within the band, short of it by more
    (rv47r2: 10,000 with 收款币种 人民币 on a 10,000 USD order, black, unnamed) — and what it
    owes without them? None where they are right, or nothing can tell."""
    if not any(r[6] > 0 for r in lines):  # a refund beside a payment only (a 台账's -500 USD
        return None  # after 70,000 人民币 paid: 500 USD, as before rf48)
    taken = {r[0] for r in lines}
    day = max(str(r[8] or "9999-12-31")[:10] for r in lines)  # undated: every return counts
    then = _open(conn, rates, order, taken, sold[0], (_THEN, (order, sold[0], day)))
    owed = _open(conn, rates, order, taken, sold[0], (_OWED, (order, sold[0])))
    ratios = [rates.ratio(r[7], sold[0], _day(r[8])) for r in lines]
    if then is None or owed is None or None in ratios:
        return None
    paid = sum(r[6] * (ratio or 0.0) for r, ratio in zip(lines, ratios, strict=True))
    margin = band * sold[1]
    if paid - then > margin:
        return _OVER, owed
    written = sum(r[6] for r in lines)  # settling what it owes now or owed then: a return
    if any(due - paid > margin >= abs(written - due) for due in (owed, then)):  # after, either
        return _SHORT, owed  # side of it (rv48f2: 10,000 with 收款币种 人民币 on 10,000 USD, 1,000
    return None  # returned in July, imported first: 7,611 open, black, where 1,000 credit)


def _open(conn: sqlite3.Connection, rates: Rates, order: int, lines: set[int], sold: str,
          sales: tuple[str, tuple[Any, ...]]) -> float | None:
    """What the order owes in its sales' currency (`sales`: the query of its sales and
    returns), less every received line but `lines`."""
    owed = float(conn.execute(*sales).fetchone()[0])
    for line, got, code, day in conn.execute(_PAID, (order,)).fetchall():
        if line in lines:
            continue
        ratio = 1.0 if code == sold else rates.ratio(code, sold, _day(day))
        if ratio is None:
            return None
        owed -= got * ratio
    return owed


def _day(text: object) -> date:
    return date.fromisoformat(str(text)[:10]) if text else date.today()
