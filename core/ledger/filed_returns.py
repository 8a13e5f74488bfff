"""A row of its own saying goods came back, read against the whole file and the store.

A row whose status says 退货, written positive and not shipped, on an order another row sells
earlier, is a credit note (core.ledger.sheet_fields.returns_apart). That sheet rule sees its
own sheet only: March's file sells R-1 (10,000 of 03-01); April's lists R-1's row of 03-20,
+2,000, not shipped, 退货. Read as a sale it replaced the stored 10,000 line: 8,000 credit
and revenue 7,000, where one file holding both rows gives 2,000 credit and revenue 13,000
(credit35). So such a row, its sheet not selling its order, is a credit note where an earlier
tab of the file sells the order (its customer and number) before it, or the store holds a sale
of the order dated before it; its line then keyed apart from the sale (core.ledger.
credit_lines). The reference import reads it the same way.

Files come in any order: April's file holding only that row, imported before March's that
sells R-1, had no sale to read it against, so its row was stored as written, a sale, its 退货
not kept (the store keeps no status text); March's sale in its place then left April's
"later" amount (core.ledger.amended_lines): MT-1 sold 15,000 (12,000 paid) with April's
+3,000 return showed revenue 3,000 and 9,000 credit where March first gives revenue 12,000
and nothing open (order38). So such a row's line is marked (order_lines.returned, schema 19,
:func:`mark_returns`), and the file that sells its order before the row's day makes the line
the credit note it is before its write (:func:`credit_returned`, asked by core.ledger.
displaced_notes, which then keys it apart from the sale).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Container, Iterable, Mapping
from operator import itemgetter
from typing import Protocol

from core.i18n import N_, money_text
from core.ledger import written_keys
from core.ledger.keys import numbered_order_key
from core.ledger.normalise import fold, parse_status, says_returned
from core.ledger.record import (
    AMOUNT,
    CREDIT_NOTE,
    CUSTOMER_KEY,
    ORDER_DATE,
    ORDER_NO,
    RECEIVED,
    ROW,
    SHIP_DATE,
    STATUS,
    STATUS_TEXT,
    Record,
)
from core.ledger.sheet_fields import FirstSale, first_sale, returned_after
from core.ledger.typed_rows import positive_credits, refund_apart
from core.messages import Message

# (order key, customer key) -> the stored order of that customer's first sale (its date and
# largest sale line: sheet_fields.FirstSale), None for none
StoredSold = Callable[[str, str], "FirstSale | None"]

_SOLD = ("SELECT o.order_date, MAX(l.amount) FROM orders o JOIN customers c ON "
         "c.id = o.customer_id JOIN order_lines l ON l.order_id = o.id WHERE o.order_key = ? "
         "AND c.key = ? AND l.amount > 0 AND NOT l.credit_note AND l.status IS NOT 'cancelled' "
         "GROUP BY o.id "
         "ORDER BY o.order_date LIMIT 1")


def stored_sold(conn: sqlite3.Connection) -> StoredSold:
    """The store's answer for :class:`FiledReturns`."""
    def sold(order_key: str, customer_key: str) -> FirstSale | None:
        found = conn.execute(_SOLD, (order_key, customer_key)).fetchone()
        return None if found is None else (found[0], found[1])

    return sold


def candidate(returned: bool, credit: bool, amount: float, shipped: bool, number: object
              ) -> bool:
    """Could the row be a return of its own: its status says goods came back (`returned`),
    no credit note yet, a positive figure, not shipped, an order number?"""
    return returned and not credit and amount > 0 and not shipped and bool(number)


class FiledReturns:
    """The file's sheets in order: each one's returns apart from the earlier tabs' sales."""

    def __init__(self, stored: StoredSold | None) -> None:
        self._stored = stored
        # customer key -> order number -> the first day an earlier tab sells it on, with its
        # largest sale that day (by customer first: no pair made per order of ten years'
        # tabs, mem36)
        self._sold: dict[str, dict[str, FirstSale]] = {}
        self._said: dict[object, bool] = {None: False}  # each status text weighed once

    def take(self, records: list[Record]) -> list[Record]:
        """A sheet's records, each return of its own made a credit note: sold before it by an
        earlier tab or the store (:func:`sold_before`)."""
        said, sold = self._said, self._sold
        texts = set(map(itemgetter(STATUS_TEXT), records))  # each a sheet's status once
        for text in texts - said.keys():
            said[text] = says_returned(text)
        out = records
        for i, r in enumerate(records if any(said[text] for text in texts) else ()):
            if candidate(said[r[STATUS_TEXT]], bool(r[CREDIT_NOTE]), r[AMOUNT],
                         r[SHIP_DATE] is not None, r[ORDER_NO]) and sold_before(
                    r[ORDER_DATE], r[AMOUNT], sold.get(r[CUSTOMER_KEY], {}).get(r[ORDER_NO]),
                    self._stored, (numbered_order_key(r[ORDER_NO]), r[CUSTOMER_KEY])):
                out = list(records) if out is records else out
                out[i] = credited(r)
        for r in records:
            if r[ORDER_NO] and r[AMOUNT] > 0 and not r[CREDIT_NOTE] and not said[
                    r[STATUS_TEXT]] and r[STATUS] != "cancelled":  # sells nothing (rv43e G5)
                if (orders := sold.get(r[CUSTOMER_KEY])) is None:
                    orders = sold[r[CUSTOMER_KEY]] = {}
                number = r[ORDER_NO]
                orders[number] = first_sale(orders.get(number), r[ORDER_DATE], r[AMOUNT])
        return out


def sold_before(day: str, amount: float, earlier: FirstSale | None, stored: StoredSold | None,
                key: tuple[str, str]) -> bool:
    """Is the order sold before a return of `amount` on `day` (sheet_fields.returned_after:
    or on its day for more): by an earlier tab (`earlier`, its first sale there, by its
    number as written), else by the store (`key`: its order key and customer key)?"""
    if returned_after(day, amount, earlier):
        return True
    return stored is not None and returned_after(day, amount, stored(*key))


def credited(record: Record) -> Record:
    """The row as a credit note written positive: stored negative, its cost, profit and
    rebate too (typed_rows.positive_credits)."""
    [values] = positive_credits([record], [True])
    return (*values[:CREDIT_NOTE], 1, *values[CREDIT_NOTE + 1:])


# the status a returns tab's row with a blank one is read with (:func:`tab_returns`)
TAB_RETURN = "退货"


class Listed(Protocol):
    """What a sheet's layout says of its rows (core.ledger.layout.SheetLayout)."""
    refunds: bool  # a list of refunds or returns (refund_columns.refunds_sheet)
    receipts: bool  # a list of money received


# a returns tab's name that also says sales, "4月(含退货)", 销售及退货, "Sales & Returns":
# its plain rows are sales (the lead, ret43); any other name saying returns (normalise.
# says_returned: "Returns April", 退货登记, 客户退货) is a returns tab (fx43h)
_ALSO_SALES = re.compile(r"销售|含|及|和|与|&|(?<![a-z])(?:sales?|and)(?![a-z])")


def returns_tab(name: str, sheet: Listed) -> bool:
    """Does a tab's name say its rows are goods sent back and nothing else (退货, 退货单,
    4月退货, Returns April, 客户退货, RMA: normalise.says_returned, one word list; no word
    of sales beside) while its columns are a sale's (金额, not a list of refunds, returns or
    receipts)?"""
    return (not (sheet.refunds or sheet.receipts) and says_returned(name)
            and _ALSO_SALES.search(fold(name)) is None)


def tab_return(status: object) -> bool:
    """Is a returns tab's row with this status cell read as saying 退货: blank, or naming no
    other kind of row (已退款, 已入库, Refunded; not 取消, 争议), nor saying 退货 itself?"""
    return not says_returned(status) and parse_status(status) is None


def tab_returns(records: list[Record], name: str, sheet: Listed) -> list[Record]:
    """A returns tab's rows (:func:`returns_tab`) read as saying 退货 where :func:`tab_return`:
    each a return of its own, a credit note on its order sold before it (ret43). Read as
    sales, April's 退货 tab's +3,000 for PO-1 replaced March's 15,000 line: revenue 3,000;
    so did its row whose 状态 said 已退款 (rv43e G1)."""
    if not returns_tab(name, sheet):
        return records
    return [(*r[:STATUS_TEXT], f"{TAB_RETURN} {r[STATUS_TEXT] or ''}".strip(),
             *r[STATUS_TEXT + 1:]) if tab_return(r[STATUS_TEXT]) else r for r in records]


def tab_refunds(records: list[Record], name: str, sheet: Listed,
                refunded: Mapping[int, float]) -> list[Record]:
    """A returns tab's (:func:`returns_tab`) rows whose refund column (退款金额, 已退款金额,
    Refund amount: `refunded`, the rows it lowered the money of) sends money back: the
    return, and apart from it the refund, a payment row of its own, as a 退货 list's row is
    (typed_rows.both_lowered). Left on the return's line, the 3,000 refunded was read as a
    total lowered, no money back: 3,000 on account where the clerk wrote it sent back (ret44)."""
    if not refunded or not returns_tab(name, sheet):
        return records
    out: list[Record] = []
    for r in records:
        if r[ROW] in refunded and r[AMOUNT] and r[RECEIVED] is not None and r[RECEIVED] < 0:
            out.extend(tuple(values) for values in refund_apart(r, r[RECEIVED]))
        else:
            out.append(r)
    return out


def any_returned(records: Iterable[Record], said: dict[object, bool]) -> bool:
    """Does a status text of the sheet's `records` say returned? Else :func:`held_return` is
    none of its rows, each status text weighed once (perf50: a 100k file's rows each asked)."""
    texts = set(map(itemgetter(STATUS_TEXT), records))
    for text in texts - said.keys():
        said[text] = says_returned(text)
    return any(said[text] for text in texts)


def held_return(record: Record, said: dict[object, bool]) -> bool:
    """Is a row, as the file writes it, a return of its own read as no credit note (nothing
    sold its order before it): the line :func:`mark_returns` marks? `said`: each status
    text's :func:`says_returned`, weighed once per file."""
    if (returned := said.get(text := record[STATUS_TEXT])) is None:
        returned = said[text] = says_returned(text)
    return returned and candidate(True, bool(record[CREDIT_NOTE]), record[AMOUNT],  # most
                                  record[SHIP_DATE] is not None, record[ORDER_NO])  # rows: not


def mark_returns(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """After the write: the lines of the file's returns of their own (:func:`held_return`)
    marked, for the file that sells their order (:func:`credit_returned`). A line the file
    sells in is cleared by core.ledger.displaced_notes, before the write."""
    for chunk in written_keys.chunks(keys):
        conn.execute("UPDATE order_lines SET returned = 1 WHERE line_key IN "
                     "(SELECT value FROM json_each(?))", (json.dumps(chunk),))


# a credit note or a return of its own marked, anywhere in the store: none, and the rules
# after the write asking of those (unsold_returns; core.ledger.noted_credits, kept_refunds,
# dropped_returns) have nothing to find, where each read every line (perf50: 0.07 s of a
# 100k first import holding none). Nothing after the write makes a line either
_BACK = "SELECT 1 FROM order_lines WHERE credit_note OR returned LIMIT 1"


def returns_stored(conn: sqlite3.Connection) -> bool:
    """After :func:`mark_returns`: does any line hold a credit note or a return (`_BACK`)?"""
    return conn.execute(_BACK).fetchone() is not None


# the file's returns held as written (marked) or listed (a credit note naming its own order,
# or naming none: a list's row not refunded, kept on a tab named for returns, fx44r) whose
# order has no sale stored; the last column: naming none
# (the line's own half of the condition said first, apart, so that a line that is neither is
# passed over before its order is looked up: 0.07 → 0.02 s at 100k lines, perf47i)
_UNSOLD = ("SELECT DISTINCT l.source_sheet, l.source_row, o.order_no, l.credit_note AND "
           "l.credit_ref IS NULL, CASE WHEN NOT l.credit_note THEN l.amount END, l.currency "
           "FROM order_lines l JOIN "
           "orders o ON o.id = l.order_id WHERE l.source_file = ? AND (l.returned AND l.amount > "
           "0 AND NOT l.credit_note OR l.credit_note) AND o.order_no IS NOT NULL AND "
           "(l.returned AND l.amount > 0 AND NOT l.credit_note OR l.credit_note AND "
           "(l.credit_ref = o.order_no OR l.credit_ref IS NULL)) AND NOT EXISTS (SELECT 1 FROM "
           "order_lines s WHERE s.order_id = l.order_id AND s.amount > 0 AND NOT "
           "s.credit_note AND NOT coalesce(s.returned, 0)) ORDER BY l.source_sheet, l.source_row")
_UNSOLD_SAID = N_("“{file}”, sheet “{sheet}”, row {row}: a return of order {order}, which is not "
                  "sold in any file imported so far. It is kept as written until the file "
                  "selling the order is imported: check the order number.")
# a held return's row: stored as the sale it reads as, in revenue and owed (F1 of rv44r)
_UNSOLD_SALE = N_("“{file}”, sheet “{sheet}”, row {row}: a return of order {order}, which is not "
                  "sold in any file imported so far. It is stored as a sale of {money}, counted "
                  "in revenue and owed, until the file selling the order is imported. Check the "
                  "order number; if no file will sell it (an earlier year's order), write the "
                  "row's amount negative (-) and import the file again: a credit of the buyer's.")


def unsold_returns(conn: sqlite3.Connection, file_name: str, lists: Container[str]
                   ) -> list[Message]:
    """After :func:`mark_returns`: the file's returns of an order no file imported so far
    sells, each named with its file, sheet and row: a 退货 tab's +3,000 of PO-9, sold
    nowhere, was stored as written, a sale of 3,000 open, and a 退货 list's row of it
    credited 3,000, with no word said (ret44); so was its row with no refund, its credit note
    naming no order (fx44r: a credit note of its own number, CN-2504, on a 台账 tab, is none),
    on a list of returns (`lists`: the sheets read as one, 退货金额; a returns tab's row written
    negative, as _UNSOLD_SALE advises, is a credit the clerk meant: fx44u)."""
    said: list[Message] = []
    for sheet, row, order, bare, sold, code in conn.execute(_UNSOLD, (file_name,)).fetchall():
        if (not bare or says_returned(sheet) and sheet in lists) and not any(
                m.params["sheet"] == sheet and m.params["row"] == row for m in said):
            said.append(Message("unsold_return", _UNSOLD_SAID if sold is None else _UNSOLD_SALE, {
                "file": file_name, "sheet": sheet, "row": row, "order": order} | (
                {} if sold is None else {"money": money_text(code, sold)})))
    return said


def sold_nowhere(conn: sqlite3.Connection, file_name: str, said: tuple[str, str, str]
                 ) -> list[Message]:
    """Each of the file's lines (`l`) of a numbered order (`o`) a condition finds, named by
    its sheet, row and order: `said`, the message's code, the condition and the text."""
    code, where, text = said
    return [Message(code, text, {"file": file_name, "sheet": sheet, "row": row, "order": order})
            for sheet, row, order in conn.execute(
                "SELECT DISTINCT l.source_sheet, l.source_row, o.order_no FROM order_lines l "
                "JOIN orders o ON o.id = l.order_id WHERE l.source_file = ? AND o.order_no IS "
                f"NOT NULL AND {where} ORDER BY l.source_sheet, l.source_row", (file_name,))]


# a positive credit note's figures stored negative, as typed_rows.positive_credits reads them
_NEGATED = ", ".join(f"{c} = CASE WHEN {c} > 0 THEN -{c} ELSE {c} END"
                     for c in ("cost", "gross_profit", "tax_rebate"))
_CREDITED = (f"UPDATE order_lines SET amount = -amount, {_NEGATED}, credit_note = 1, "
             "returned = NULL WHERE id = ?")


def credit_returned(conn: sqlite3.Connection, line_id: int, day: str, amount: float,
                    sale: FirstSale | None) -> bool:
    """Is a stored marked return (another file's, of `amount` dated `day`) in the place of
    this file's `sale` (its day and sum) a credit note, sold before it (:func:`sold_before`)?
    Then it is made one, stored negative, before the file's write."""
    if not sold_before(day, amount, sale, None, ("", "")):
        return False
    conn.execute(_CREDITED, (line_id,))
    return True
