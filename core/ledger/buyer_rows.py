"""Each numbered row of a sheet's order key, as the file's grouping gives it, before the
sheet's rows are grouped (key44): key43's matching of an order's lines by likeness
(core.ledger.alike_lines) then reads each buyer's rows of a number shared by unalike buyers
(core.ledger.order_buyers) against that buyer's own order. Before, every row of PO-7 was
matched against the number's own order: Kobe Trading's K, alike 华美's B, took B's place and
华美's B was made a third line (40,000 open where 20,000 is); 华美's rows, kept apart under
their buyer's key, were matched against Kobe's order and A's 10,000 landed on B."""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from typing import Protocol

from core.ledger.noted_returns import noted_pair
from core.ledger.order_buyers import SharedNumbers
from core.ledger.record import CREDIT_NOTE, CUSTOMER, CUSTOMER_KEY, ORDER_NO, ROW, SHEET, Record


class Made(Protocol):
    """An order a file made, as its first sale row named it (`sold`: one met)."""

    customer_key: str
    customer: str
    order_no: str | None
    sold: bool


def row_keys(buyers: SharedNumbers, records: Sequence[Record], okeys: Mapping[str, str],
             orders: Mapping[str, Made], receipts: Container[int]) -> dict[int, str]:
    """The order key of each numbered row of a sheet (by its index): the number's own key
    (`okeys`), else its buyer's (:meth:`SharedNumbers.key`, asked here once per row in the
    sheet's order, as the grouping asked it); a note's return after its sale its sale's,
    asking nothing. `orders`: the file's orders of its earlier sheets; `receipts`: the places
    of the sheet's rows typed as payments (typed_rows.receipt_places)."""
    found: dict[int, str] = {}
    # the sheet's new orders' first sale rows: money received names a payer, no buyer (a
    # register's tab before the sales: rv57b s6, a sister firm's line took the buyer's order)
    made: dict[str, tuple[str, str, str]] = {}
    before: Record | None = None
    for i, record in enumerate(records):
        if not (number := record[ORDER_NO]):
            pass
        elif before is not None and record[CREDIT_NOTE] and noted_pair(before, record):
            found[i] = found.get(i - 1, okeys[number])  # its sale's
        else:
            okey = okeys[number]
            first = made.get(okey) or ((order.customer_key, order.customer,
                                        order.order_no or number)
                                       if (order := orders.get(okey)) is not None
                                       and order.sold else None)
            if okey in buyers.numbers or (first is not None and record[CUSTOMER_KEY] != first[0]):
                okey = buyers.key(okey, number if first is None else first[2],
                                  None if first is None else first[:2],
                                  (record[CUSTOMER_KEY], record[CUSTOMER]),
                                  (record[SHEET], record[ROW]), i not in receipts)
            found[i] = okey
            if i not in receipts and ((order := orders.get(okey)) is None
                                               or not order.sold):
                made.setdefault(okey, (record[CUSTOMER_KEY], record[CUSTOMER], number))
        before = record
    return found
