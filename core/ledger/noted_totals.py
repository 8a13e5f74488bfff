"""A received total its note lists as its payments, beside the rows of only some of them.

MT-1 sold 15,000: its row says 15,000 received by 04-20, noted 定金4500+尾款10500; the
workbook's 收款 tab has the 定金 4,500 of 03-10 under MT-1 and no 尾款 row yet. The row's
received figure and day are the clerk's word that the money came; the tab's rows are parts
of it: counted once, 4,500 on 03-10 and the rest, 10,500, on 04-20 (core.ledger.wire_review).
Counted both ways, the buyer had 4,500 on account it does not have (fix41b's F5b); read as
the rows alone (pay42), a paying buyer was 10,500 open, 82 days late, black-listed (fx42c).
Where every part has its row, the total is those rows (core.ledger.receipts._running_totals).

Taken only where it can be nothing else: the row's figure its order's whole worth (less a
bank's charge), the note naming two payments or more adding up to it, and each payment row
taken naming the row's order and of one of the parts' sums, each part once; at least one
part without its row. The import's report names the rows (core.ledger.review).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence

from core.ledger.orders import TOLERANCE
from core.ledger.payment_kinds import noted_parts

# (customer, figure, day, the sale row, the payment rows of its noted parts)
Parted = tuple[Hashable, float, object, Hashable, tuple[Hashable, ...]]


def part_rows(kept: Mapping[tuple[Hashable, float, object], list[Hashable]],
              payments: Sequence[tuple], who: Callable[[tuple], Hashable],
              told: tuple[Callable[[Hashable], object], Callable[[Hashable], object],
                          Callable[[Hashable, float], bool]]) -> list[Parted]:
    """The sale rows (of `kept`: per (customer, figure, day)) whose received total is noted as
    its payments and only some of them are on `payments` (core.ledger.receipts.Row tuples;
    `who`: a row's customer): each with those rows. `told`: a row's order number (None:
    none), its note, and whether a figure is the sale row's whole worth."""
    names, noted, whole = told
    theirs: dict[Hashable, list[tuple]] = defaultdict(list)
    for row in payments:
        if row[2] is not None and row[2] > 0 and names(row[4]) is not None:
            theirs[who(row)].append(row)
    found: list[Parted] = []
    for (customer, figure, when), sales in kept.items():
        for sale in sales if theirs.get(customer) else ():
            parts = list(noted_parts(noted(sale)))
            if (not parts or names(sale) is None or abs(sum(parts) - figure) > TOLERANCE
                    or not whole(sale, figure)):
                continue
            mine = []
            for row in theirs[customer]:
                part = next((p for p in parts if abs(p - row[2]) <= TOLERANCE), None)
                if part is not None and names(row[4]) == names(sale):
                    parts.remove(part)
                    mine.append(row)
            if mine and parts:  # some came, not all: the total is no money of its own
                found.append((customer, figure, when, sale, tuple(row[4] for row in mine)))
                theirs[customer] = [row for row in theirs[customer] if row not in mine]
    return found
