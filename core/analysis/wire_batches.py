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
    first: dict[int, str | None] = {}  # each customer's first line's file
    two: set[int] = set()  # (a set of files per customer cost a set and an add a line)
    for written in money:
        customer = written[1]
        if only is not None and customer not in only:
            continue
        # another file than its first line's, or a total another file raised: its step and
        # the file's payments
        if first.setdefault(customer, written[4]) != written[4] or written[13]:
            two.add(customer)
    at: dict[int, array[int]] = {}
    if two:
        for place, written in enumerate(money):
            if written[1] in two:
                at.setdefault(written[1], array("l")).append(place)
    return at


_NONE, _SEEN = object(), object()  # no received total on a day yet; its first one rounded


def may_hold_copies(money: list[Written], places: array[int]) -> bool:
    """Whether a customer's lines (their places in money) can hold a copy the check would
    clear: a payment's own row, a total another file raised, or two figures of one kind (a
    received total, a deposit, a balance) of one sum and day. Without any of these each of
    its figures is a wire of its own (core.ledger.receipts.copied_wires groups them by that
    sum and day; every other rule of the check pairs a figure with a payment or a raised
    total's step), so it is not judged: an update month's store of 13,985 money lines at 20k
    judged 12,823 of them and cleared none, a tenth of its analysis."""
    # a received total's sum to the cent is worked out only on a day of two or more of them
    # (round() costs 2,400 instructions: 12,823 lines at 20k were 1.3 % of the analysis)
    firsts: dict[object, Any] = {}  # each day's first received total, as written
    received: set[tuple[float, object]] = set()  # (sum to the cent, day) on those days
    others: set[tuple[int, float, object]] = set()  # (kind, sum, day): deposits, balances
    for place in places:
        written = money[place]
        if written[12] or written[13]:
            return True
        amount = written[5]
        if amount is not None:
            day = written[6]
            first = firsts.get(day, _NONE)
            if first is _NONE:
                firsts[day] = amount
            else:
                if first is not _SEEN:  # the day's first, to the cent, once a second comes
                    received.add((round(float(first), 2), day))
                    firsts[day] = _SEEN
                key = (round(float(amount), 2), day)
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
