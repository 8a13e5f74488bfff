"""The reference's held rows naming their order under its buyer written otherwise
(core.ledger.held_buyers, fix66b): where no order of their customer matches, the buyer of their
number (a sale row of the file or a stored order with a sale line) their name is written
otherwise takes them, their customer buying nothing; else, the number a buyer's, their skip
says whose the order is."""

from __future__ import annotations

import sqlite3
from collections.abc import Container
from dataclasses import replace

from core.ledger.held_buyers import order_buyer, other_buyer, stored_buyers
from core.ledger.normalise import fold
from core.ledger.number_only import provisional
from core.ledger.payer_named import fold_message
from core.ledger.received_only import Named, named
from core.ledger.row_problems import HELD
from core.ledger.typed_rows import is_receipt_line
from core.messages import Message


def respelled(conn: sqlite3.Connection, names: list[str], sheets: list, orders: set[Named],
              known: Container[str]) -> list[Message]:
    """Each sheet's held rows given their number's buyer, or said skipped as not theirs."""
    def unmatched(r: object) -> bool:
        order = named(r.customer_key, r.order_no)  # type: ignore[attr-defined]
        return order is not None and order not in orders and provisional(
            r.customer_key) is None  # type: ignore[attr-defined]

    wanted = {fold(r.order_no) for found in sheets for r, _ in found.pending if unmatched(r)}
    if not wanted:
        return []
    buyers: dict[str, dict[str, str]] = {}
    for found in sheets:
        for r in found.records:
            if r.order_no and r.customer_key and fold(r.order_no) in wanted and provisional(
                    r.customer_key) is None and not is_receipt_line(r.amount, r.received_amount):
                buyers.setdefault(fold(r.order_no), {}).setdefault(r.customer_key, r.customer)
    for number, theirs in stored_buyers(conn, wanted).items():
        for key, name in theirs.items():
            buyers.setdefault(number, {}).setdefault(key, name)
    said: list[Message] = []
    for sheet, found in zip(names, sheets, strict=True):
        folded: dict[tuple[str, str], list[int]] = {}
        pending = []
        for r, skip in found.pending:
            theirs = buyers.get(fold(r.order_no)) if unmatched(r) else None
            key = order_buyer(r.customer, r.customer_key, theirs, known) if theirs else None
            if theirs and key is not None:
                orders.add((key, fold(r.order_no)))
                folded.setdefault((r.customer or "", theirs[key]), []).append(r.row)
                r.customer, r.customer_key = theirs[key], key
            elif theirs and skip.message.code == HELD:
                skip = replace(skip, message=other_buyer(r.order_no, r.customer, theirs.values()))
            pending.append((r, skip))
        found.pending = pending
        said += [fold_message(sheet, payer, name, rows) for (payer, name), rows in folded.items()]
    return said
