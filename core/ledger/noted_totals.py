"""A received total its note lists as its payments, beside the rows of only some of them.

MT-1 sold 15,000: its row says 15,000 received by 04-20, noted 定金4500+尾款10500; the
workbook's 收款 tab has the 定金 4,500 of 03-10 under MT-1 and no 尾款 row yet. The row's
received figure and day are the clerk's word that the money came; the tab's rows are parts
of it: counted once, 4,500 on 03-10 and the rest, 10,500, on 04-20 (core.ledger.wire_review).
Counted both ways, the buyer had 4,500 on account it does not have (fix41b's F5b); read as
the rows alone (pay42), a paying buyer was 10,500 open, 82 days late, black-listed (fx42c).
Where every part has its row, the total is those rows (core.ledger.booked_twice._running_totals).

Taken only where it can be nothing else: the row's figure its order's whole worth (less a
bank's charge), the note naming two payments or more adding up to it, and each payment row
taken naming the row's order, dated by the row's day, of one of the parts' sums, each part
once; at least one part without its row. The import's report names the rows (core.ledger.review).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence

from core.ledger.orders import TOLERANCE
from core.ledger.payment_kinds import noted_parts

# (customer, figure, day, the sale row, the payment rows of its noted parts)
Parted = tuple[Hashable, float, object, Hashable, tuple[Hashable, ...]]


# per (sale row, payment row): may the payment be a part of the sale's total (its currency),
# and did the import read the two together (the analysis: one file's)
Pairs = tuple[Callable[[Hashable, Hashable], bool], Callable[[Hashable, Hashable], bool]]


def part_rows(kept: Mapping[tuple[Hashable, float, object], list[Hashable]],
              payments: Sequence[tuple], who: Callable[[tuple], Hashable],
              told: tuple[Callable[[Hashable], object], Callable[[Hashable], object],
                          Callable[[Hashable, float], bool]],
              pairs: Pairs | None = None) -> list[Parted]:
    """The sale rows (of `kept`: per (customer, figure, day)) whose received total is noted as
    its payments and only some of them are on `payments` (core.ledger.receipts.Row tuples;
    `who`: a row's customer): each with those rows. `told`: a row's order number (None:
    none), its note, and whether a figure is the sale row's whole worth. `pairs` (the
    analysis): a part is paid in the total's currency (a 定金 of EUR 4,500 beside a USD total
    noted 定金4500 was 4,860 or 360 on account by the order of import, fx43b); where the import
    read parts with the total it took them off: the total stored is the rest (15,000 noted
    定金4500+中期5000+尾款5500 is 10,000 beside its own 中期 5,000: 4,500 on account, fx43b)."""
    names, noted, whole = told
    # per customer, its payments by the order they name: a sale row looks at its own order's
    # alone, not at every payment of its customer's (perf56a: 3.1 s of a clerk's 10k book)
    theirs: dict[Hashable, dict[object, list[tuple]]] = defaultdict(dict)
    left: dict[Hashable, int] = defaultdict(int)  # how many a customer has not used up
    for row in payments:
        if row[2] is not None and row[2] > 0 and (name := names(row[4])) is not None:
            theirs[who(row)].setdefault(name, []).append(row)
            left[who(row)] += 1
    found: list[Parted] = []
    for (customer, figure, when), sales in kept.items():
        for sale in sales if left.get(customer) else ():
            if (name := names(sale)) is None:
                continue
            named = theirs[customer].get(name, [])
            mine = next(filter(None, (_parts(sale, figure, parts, [
                row for row in named
                if _by(row[3], when) and (pairs is None or pairs[0](sale, row[4]))],
                (whole, pairs))
                for parts in (noted_parts(noted(sale)), noted_parts(noted(sale), bare=False)))),
                [])
            if mine:
                found.append((customer, figure, when, sale, tuple(row[4] for row in mine)))
                rest = [row for row in named if row not in mine]
                left[customer] -= len(named) - len(rest)
                theirs[customer][name] = rest
    return found


def _by(day: object, when: object) -> bool:
    """Whether a payment of `day` came by the total's day `when` (dates or ISO text; either
    unknown: it may have): one paid after it is no part of a total complete before it (May's
    定金 4,500 of 05-15 naming MT-1, its total complete on 04-20: paid on 05-15, 4,500 open as
    of 04-30 where it was paid; a second line's 定金 lost, 9,000 open where 4,500: fx43k)."""
    return day is None or when is None or str(day)[:10] <= str(when)[:10]


def _parts(sale: Hashable, figure: float, parts: tuple[float, ...], rows: list[tuple],
           asked: tuple[Callable[[Hashable, float], bool], Pairs | None]) -> list[tuple]:
    """The payment rows that are parts of the sale row's total noted as `parts` (each part
    once), where some came and not all; none: not such a total."""
    whole, pairs = asked
    total, left, mine = sum(parts), list(parts), []
    if not parts or not whole(sale, total):
        return []
    for row in rows:
        part = next((p for p in left if abs(p - row[2]) <= TOLERANCE), None)
        if part is not None:
            left.remove(part)
            mine.append(row)
    if not mine or not left:  # some came, not all: the total no money of its own
        return []
    if abs(total - figure) <= TOLERANCE:  # the whole total: every part's row is apart from it
        return mine
    # the import took the parts it read with the total off it: only the others are apart
    apart = [row for row in mine if pairs is None or not pairs[1](sale, row[4])]
    off = sum(row[2] for row in mine if row not in apart)
    return apart if off and abs(total - off - figure) <= TOLERANCE else []
