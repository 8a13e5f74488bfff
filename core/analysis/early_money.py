"""Money the ledger records up to A, attached to its shipments; and money written on the row of
an order dated after A.

A clerk writes a wire on the row the bank slip names, and the slip may name an order signed
after the wire (the customer pays the old invoice and the new order's PI in one go). The
account takes every receipt of the customer whatever row it was written on
(:mod:`core.analysis.account`), so such money is the customer's from its own day, not from its
order's: read only with its order, a customer who paid on 20 June an invoice 115 days past due
stayed black-listed at the end of June, and was paid "on 20 June" from July on. The order itself
does not exist yet: it is no order, no shipment and no receivable at A, and its money joins the
pool. A deposit stays out (a deposit column, or deposit terms): it is held for its own order
once that exists, and never pays an older invoice meanwhile. An undated figure of such an order
dates from the order, after A: not yet.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from core.analysis.account import Entry
from core.analysis.booked_past import After
from core.analysis.dataset import Money, ShipmentRow
from core.analysis.deposits_held import is_deposit_terms
from core.analysis.refunds import REFUND
from core.analysis.wires import LineReceipts

# the lines an analysis as of :a reads: its orders', and the money of later orders' rows dated
# up to it, a received total's earliest step too (core.ledger.receipt_history: March's 3,000
# of 03-28 stays read at 03-31 when May's file raises the total to 8,000 by 04-28); fetch.cut
# keeps the same rows
HISTORY_FROM = "json_extract(l.received_history, '$[0][0]')"
WITHIN = ("(o.order_date <= :a OR l.received_date <= :a OR l.deposit_date <= :a "
          f"OR l.balance_date <= :a OR {HISTORY_FROM} <= :a)")
# A line's receipts as read (reading.Written): line id, customer, shipment, currency, source
# file, and amount and day of each of received, deposit and balance.
Written = tuple[Any, ...]


def attach(money: list[Written], lines: dict[int, LineReceipts], as_of: date,
           window_start: date) -> tuple[date | None, bool, After]:
    """Attach each line's money up to A to its shipment; the latest receipt date, whether
    any money was received in the window (undated money on an order in the window counts),
    and the money dated after A (where it shows the ledger booked past A, every receipt up to
    A is known: :mod:`core.analysis.booked_past`, :func:`core.analysis.run.receipts_to`).
    `money` is used up: each line's tuple is let go once its entries are made, so the entries
    take the tuples' room (a million lines: 727,000 tuples, about 140 MB with their ids, held
    beside every order, shipment and entry at the analysis's peak)."""
    latest: date | None = None
    in_window = False
    later = After(as_of)
    for place, written in enumerate(money):
        money[place] = ()
        line = lines.get(written[0]) if lines else None
        received = written[5]
        unit, currency = written[2], written[3]
        if line is None and received is not None and written[7] is None and (
                written[9] is None and written[13] is None):
            # most lines: only a received figure, dated up to A; its entry made here, with no
            # list of parts (a receipt a line, 63,000 at 100,000 lines, each as-of change)
            amount, day = float(received), written[6]
            if amount > 0 and day and day <= as_of:
                entry = Entry(amount, currency, day, day)
                entry.named = written[12] and unit.order.order_no is not None  # named_money
                receive(unit, entry)
                if latest is None or day > latest:
                    latest = day
                in_window = in_window or window_start < day
                continue
            parts = [("received", amount, day)]
        else:
            line = line or LineReceipts.of(written)
            parts = line.parts()
        for kind, amount, day in parts:
            if amount < 0 and written[12] and day and day <= as_of:  # a payment sent back
                receive(unit, Entry(-amount, currency, day, day, REFUND))
                continue  # no receipt: it dates none (core.analysis.refunds)
            if amount <= 0 or (day and day > as_of):
                if amount > 0 and day is not None and not later.proven:  # booked past A?
                    order = unit.order
                    later.see(day, order.order_id, order.order_no, order.customer_id,
                              order.order_date, written[4])
                continue  # nothing received, a total lowered, or after A
            when = day or unit.order.order_date
            if when > as_of:
                continue  # undated, on an order after A
            # made as the account's entry: the account spends it, not a copy of it
            entry = Entry(amount, currency, day, when, kind)
            entry.named = written[12] and unit.order.order_no is not None
            receive(unit, entry)
            if day and (latest is None or day > latest):
                latest = day
            # a deposit alone does not show that the ledger records what is paid after it
            in_window = in_window or (kind != "deposit" and window_start < when <= as_of)
    return latest, in_window, later


def receive(unit: ShipmentRow, entry: Entry) -> None:
    """`entry` among the unit's receipts. Most units have one, held as a tuple of one (48
    bytes; a list grown by an append takes 88, with the empty list every unit is made with
    let go here): 29 MB fewer at the analysis's peak at a million lines, where the entries'
    room is not yet free for the customers' figures. A list from the second on."""
    receipts = unit.receipts
    if not receipts:
        unit.receipts = (entry,)
    elif isinstance(receipts, list):
        receipts.append(entry)
    else:
        unit.receipts = [*receipts, entry]


def pooled(later: list[ShipmentRow]) -> list[tuple[int, Money]]:
    """The money of orders dated after A that joins their customer's pool, as (customer,
    money): all but deposits (the figures' own kind, or the order's terms)."""
    return [(unit.order.customer_id, Money(money.amount, money.currency, money.day, money.kind,
                                           money.rate_day)) for unit in later
            if unit.receipts and not is_deposit_terms(unit)
            for money in unit.receipts if money.kind not in ("deposit", REFUND)]
