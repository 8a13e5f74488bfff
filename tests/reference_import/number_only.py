"""The reference's number-only payment rows (core.ledger.number_owners, fix64d): a row held
under its number alone is its number's one buyer's, that of a sale row of the file or else of
a stored order; two, or its order cancelled, and it stays skipped "no customer"; no order of
its number known, and it waits for its order, its file kept to be read again (fix65f); a
receipt its order already has, of its sum on its day, on another row of the file or from
another file, is skipped."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from core.ledger.normalise import fold
from core.ledger.number_only import provisional
from core.ledger.number_owners import Buyer, Owners, repeat_message, stored_owners, waits
from core.ledger.row_problems import order_not_yet
from core.ledger.typed_rows import is_receipt_line


def take_owners(conn: sqlite3.Connection, file_name: str, sheets: list) -> None:
    """Each sheet's held number-only rows given their buyer, or their skip said again."""
    wanted = {n for found in sheets for r, _ in found.pending
              if (n := provisional(r.customer_key)) is not None}
    if not wanted:
        return
    owners: Owners = {}
    file_rows = [r for found in sheets for r in found.records
                 if r.order_no and fold(r.order_no) in wanted]
    cancelled = set()  # a cancelled order's number takes no money (fix64f)
    for r in file_rows:
        if r.status == "cancelled" and not is_receipt_line(r.amount, r.received_amount):
            cancelled.add(fold(r.order_no))
        elif not is_receipt_line(r.amount, r.received_amount):
            owners.setdefault(fold(r.order_no), {}).setdefault(
                r.customer_key, Buyer(r.customer, {}))
    for number, buyers in stored_owners(conn, file_name,
                                        wanted - (cancelled - owners.keys())).items():
        mine = owners.setdefault(number, {})
        for key, buyer in buyers.items():
            mine.setdefault(key, Buyer(buyer.name, {})).paid.update(buyer.paid)
    for number in cancelled:
        owners.setdefault(number, {})
    for r in file_rows:
        found_buyer = owners.get(fold(r.order_no), {}).get(r.customer_key)
        if found_buyer is not None and r.received_amount and r.received_amount > 0 \
                and r.received_date is not None:
            found_buyer.paid[(r.received_date.isoformat()[:10],
                              round(r.received_amount, 2))] = (r.sheet, r.row)
    for found in sheets:
        kept = []
        for r, skip in found.pending:
            number = provisional(r.customer_key)
            buyers = owners.get(number or "", {})
            if number is not None and waits(number, owners):
                skip = replace(skip, message=order_not_yet(r.order_no))
            elif number is not None and len(buyers) == 1:
                [(key, buyer)] = buyers.items()
                got = r.received_amount if r.received_amount else r.amount
                day = r.received_date or r.order_date
                said = (day.isoformat()[:10], round(got, 2)) if got and got > 0 and day \
                    else None
                where = buyer.paid.get(said) if said is not None else None
                if where is not None:
                    skip = replace(skip, message=repeat_message(r.order_no, where))
                else:
                    r.customer, r.customer_key = buyer.name, key
            kept.append((r, skip))
        found.pending = kept
