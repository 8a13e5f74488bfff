"""A carried row whose 币种 the clerk left blank says nothing of its line's currency.

DN-3, a January order still open, was listed on April's 台账 as 70,000 人民币 and on May's again
with its 币种 cell blank (or on a sheet with no 币种 column): read in the firm's default (USD),
the blank replaced the line's CNY, and a domestic buyer's 9,723 USD of debt counted 70,000
(fx45c). A row repeated on a later tab already keeps its line's currency
(core.ledger.line_values); a carried row (dated before its tab's month) does too now, where it
writes none (record.CURRENCY_WRITTEN 0): its line keeps the currency stored, and the figures the
row gives in its own currency (received, cost, rebate) are in the line's. Where the stored line
was itself read from a blank, the row is read as it reads (the firm's base currency may have
been corrected since), and says nothing either.

Imported the other way round, May's blank row stored the order in USD; April's row writing 人民币
puts the line in CNY (its currency said, a blank's replaced), and the order with it where every
line it holds was read from a blank cell (order_lines.currency_written 0, schema 11: a carried
row's, or a list's naming no currency, core.ledger.listed_currency). A written currency
replacing a written one is no concern of this module.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from core.ledger.line_values import (
    L_CARRIED,
    L_COST_CURRENCY,
    L_CURRENCY,
    L_REBATE_CURRENCY,
    L_RECEIVED_CURRENCY,
    other_than,
)
from core.ledger.order_sums import Order
from core.ledger.order_values import O_CURRENCY, merge_order
from core.ledger.record import (
    AMOUNT,
    CARRY_FORWARD,
    COST_CURRENCY,
    CREDIT_NOTE,
    CURRENCY,
    CURRENCY_WRITTEN,
    ORDER_NO,
    REBATE_CURRENCY,
    RECEIVED_CURRENCY,
    Record,
)

# 0: every line the order holds read its currency from a blank cell (NULL: it holds none)
_UNSAID = "SELECT min(coalesce(currency_written, 1)) FROM order_lines WHERE order_id = ?"
# 1: a line of the order whose row is known to have written its currency
_SAID = "SELECT coalesce(max(currency_written), 0) FROM order_lines WHERE order_id = ?"


def kept_currency(values: tuple, before: Sequence, record: Record, stored_said: int) -> tuple:
    """A carried row's line values (`values`) in the currency of the carried line stored
    (`before`) where the row writes none and the stored line's row wrote it (`stored_said`
    not 0): the currencies its columns write (实收币种, 成本币种, 退税币种; blank: the line's)
    stored only where they are not the line's (NULL: the line's). One read from a blank too is
    read again (rv46f: April's blank read as the default USD, the base set to CNY, May's 70,000
    stayed USD: 359,971 CNY open where 50,000 is)."""
    code = before[L_CURRENCY]
    if record[CURRENCY_WRITTEN] or not (record[CARRY_FORWARD] and before[L_CARRIED]) or (
            values[L_CURRENCY] == code) or not stored_said:
        return values
    kept = list(values)  # a column's currency it writes kept, the line's where it is the same
    kept[L_CURRENCY] = code  # (G4: a written 实收币种 USD of an EUR line was read as EUR)
    kept[L_COST_CURRENCY] = other_than(record[COST_CURRENCY], code)
    kept[L_RECEIVED_CURRENCY] = other_than(record[RECEIVED_CURRENCY], code)
    kept[L_REBATE_CURRENCY] = other_than(record[REBATE_CURRENCY], record[COST_CURRENCY] or code)
    return tuple(kept)


def merged_order(conn: sqlite3.Connection, order: Order, stored_new: tuple[Sequence, tuple],
                 record: Record, order_id: int) -> tuple:
    """A stored order's values merged (core.ledger.line_values.merge_order; `stored_new`: the
    order stored, the file's), in the currency its first row (`record`) writes where the
    stored one was read from blank cells only and that row is a sale: a payment's or a
    credit note's currency is not the order's (cr45c: May's 5,000 EUR payment on DN-3 made its
    10,000 USD invoice 9,259.26 EUR). A first row writing none keeps the stored order's
    currency where a stored line's row is known to have written it (currency_written 1: fx46c,
    June's blank carried row beside a blank return made DN-3's CNY order USD); an order of
    lines stored without that word (NULL) follows the row, as before (the base corrected)."""
    stored, new = stored_new
    merged = merge_order(stored, new, order.only_repeated, order.sales > 0)
    if record[CURRENCY_WRITTEN]:
        code, blanks = new[O_CURRENCY], True  # a sale's, over one read from blanks
        if not sale(record):
            return merged
    else:
        code, blanks = stored[O_CURRENCY], False  # the stored one, over a blank's
    if merged[O_CURRENCY] == code or not (read_from_blanks(conn, order_id) if blanks else (
            conn.execute(_SAID, (order_id,)).fetchone()[0])):
        return merged
    return (*merged[:O_CURRENCY], code, *merged[O_CURRENCY + 1:])


def currency_of(order_values: Sequence) -> str:
    """An order's currency, of its values as stored."""
    return str(order_values[O_CURRENCY])


def unsaid_row(record: Record, order_currency: str | None) -> bool:
    """Is a row of a stored order (now in `order_currency`) one whose blank 币种 its order's
    stored lines may say (not carried, naming its order, its cell blank, read in another
    currency)? Its line is marked (order_lines.currency_written 0) and read in the currency
    the order's sales wrote, where they wrote one (core.ledger.listed_currency): June's return
    of DN-3, -35,000 with 币种 blank, against its 70,000 人民币 sale read as USD took the buyer
    off the black list (rv46f G3: open 0, 4,862 is). A sale is not marked: an order number
    reused a year later (2024's 001 of 70,000 人民币, 2025's new 001 of 25,000 blank) is the same
    stored order, and read in CNY its buyer went from watch to black (rv46f2: 3,472 open where
    25,000 is); so a new lot of an open CNY order, blank, stays in the firm's currency (7,000
    USD beside 70,000 CNY, 16,723 open where 10,695 is). A row in its order's currency is not
    marked: a firm leaving every 币种 blank marks none (10,000 rows marked by place: 22 s)."""
    return not (record[CURRENCY_WRITTEN] or record[CARRY_FORWARD]) and bool(
        record[ORDER_NO]) and record[CURRENCY] != order_currency and (
        bool(record[CREDIT_NOTE]) or not (record[AMOUNT] or 0) > 0)


def read_from_blanks(conn: sqlite3.Connection, order_id: int) -> bool:
    """Was every line of a stored order (one at least) read in a currency its row did not
    write?"""
    return conn.execute(_UNSAID, (order_id,)).fetchone()[0] == 0


def sale(record: Record) -> bool:
    """Is a row a sale (no credit note, an amount above nothing)?"""
    return not record[CREDIT_NOTE] and (record[AMOUNT] or 0) > 0
