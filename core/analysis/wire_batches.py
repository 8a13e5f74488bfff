"""Which customers' lines the copied-wire check (core.analysis.wires.clear_copies) looks
at, and in what batches: only a customer whose money came from two files or more can have a
copy, and a customer's lines are always judged together, `size` lines of whole customers at a
time (a 1M update store's every line at once took its analysis ~440 MB higher).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator
from itertools import chain
from typing import Any

Written = tuple[Any, ...]  # a line's receipts as read (core.analysis.wires.Written)
# a customer's dates as of A, and whether the check found a copy among its lines
Verdict = tuple[Hashable, bool]
# per customer: its last verdict, and what its dates are as of A (core.analysis.kept_reading)
Judged = tuple[dict[int, Verdict], Callable[[int], Hashable]]


def of_two_files(money: list[Written], only: set[int] | None) -> dict[int, array[int]]:
    """The places in money of the lines of each customer (of `only`; None: any) whose money
    came from two files or more, or holds a total another file raised."""
    if only is not None and not only:
        return {}  # none to look at: an as-of change that moved no customer's dates
    sources: dict[int, set[str | None]] = {}
    for written in money:
        if only is not None and written[1] not in only:
            continue
        sources.setdefault(written[1], set()).add(written[4])
        if written[13]:  # a total another file's raised: its step and the file's payments
            sources[written[1]].add(f"{written[4]}\0")
    at: dict[int, array[int]] = {}
    for place, written in enumerate(money):
        if len(sources.get(written[1], ())) > 1:
            at.setdefault(written[1], array("l")).append(place)
    return at


def may_hold_copies(money: list[Written], places: array[int]) -> bool:
    """Whether a customer's lines (their places in money) can hold a copy the check would
    clear: a payment's own row, a total another file raised, or two figures of one kind (a
    received total, a deposit, a balance) of one sum and day. Without any of these each of
    its figures is a wire of its own (core.ledger.receipts.copied_wires groups them by that
    sum and day; every other rule of the check pairs a figure with a payment or a raised
    total's step), so it is not judged: an update month's store of 13,985 money lines at 20k
    judged 12,823 of them and cleared none, a tenth of its analysis."""
    received: set[tuple[float, object]] = set()  # (sum to the cent, day): most lines' one
    others: set[tuple[int, float, object]] = set()  # (kind, sum, day): deposits, balances
    for place in places:
        written = money[place]
        if written[12] or written[13]:
            return True
        amount = written[5]
        if amount is not None:
            key = (round(float(amount), 2), written[6])
            if key in received:
                return True
            received.add(key)
        if written[7] is not None or written[9] is not None:
            for kind in (7, 9):
                if (amount := written[kind]) is not None:
                    other = (kind, round(float(amount), 2), written[kind + 1])
                    if other in others:
                        return True
                    others.add(other)
    return False


def batches(groups: Iterable[array[int]], size: int) -> Iterator[list[int]]:
    """Places in money of whole customers' lines, about `size` at a time, in money's order."""
    batch: list[array[int]] = []
    count = 0
    for group in groups:
        batch.append(group)
        count += len(group)
        if count >= size:
            yield sorted(chain.from_iterable(batch))
            batch, count = [], 0
    if batch:
        yield sorted(chain.from_iterable(batch))
