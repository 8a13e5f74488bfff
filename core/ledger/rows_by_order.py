"""A customer's rows by the order they name: what a rule joining rows of one order looks up.

booked_twice._running_totals weighed each sale row against every payment of its customer, and
booked_twice._restated each payment against every (total, day) of its customer's sale rows: on a
clerk's book a big buyer's thousands of payments times its thousands of sale rows, growing
with the square (perf56c). Both rules join a sale row only with payments naming its order, or,
for a running total, with payments naming none at all while none of those days names another:
the rows are kept per order named, in their first order, so each rule reads what it did
before, in the order it did, without the rows it could never join.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

Names = Callable[[Hashable], object]  # a row's id to the order it names (None: none)
Row = TypeVar("Row", bound=Sequence[Any])


class PaymentsByOrder(Generic[Row]):
    """One customer's payment rows (day at [3], id at [4]) per order named, and the earliest
    day of one naming any order."""

    def __init__(self, rows: Iterable[Row], names: Names) -> None:
        self.rows = list(rows)
        self.naming: dict[object, list[Row]] = defaultdict(list)
        self.first_named: str | None = None
        for row in self.rows:
            order = names(row[4])
            self.naming[order].append(row)
            if order is not None and (self.first_named is None or str(row[3]) < self.first_named):
                self.first_named = str(row[3])

    def up_to(self, order: object, day: str) -> list[Row]:
        """What booked_twice._making_up reads of the payments up to `day` for a sale row naming
        `order`, to the same answer: those naming it; where none does, every one of those days
        if none of them names another order (else none: it makes up nothing of such)."""
        if order is not None:
            own = [row for row in self.naming.get(order, ()) if str(row[3]) <= day]
            if own:
                return own
        if self.first_named is not None and self.first_named <= day:
            return []
        return [row for row in self.rows if str(row[3]) <= day]


def sales_by_order(kept: Mapping[tuple[Hashable, float, object], list[Hashable]], names: Names
                   ) -> dict[Hashable, dict[object, list[tuple[float, object, list[Hashable]]]]]:
    """Per customer, per order one of its sale rows names, each (total, day, sale rows) of
    `kept` (booked_twice.booked_twice's: per customer, total and day) that has a day, once, in
    kept's order: what a payment naming that order is weighed against."""
    found: dict[Hashable, dict[object, list[tuple[float, object, list[Hashable]]]]] = {}
    for (customer, total, when), sales in kept.items():
        if when is not None and sales:
            theirs = found.setdefault(customer, defaultdict(list))
            for order in dict.fromkeys(map(names, sales)):
                theirs[order].append((total, when, sales))
    return found


class RowsByNumber(Generic[Row]):
    """Rows by the numbers each answers to (`numbers_of`; none: never looked up), so a rule
    weighing the rows naming a few numbers reads those alone, in their order (payer_named's
    open sales, asked per receipt naming papers: each asked every row of the file so far)."""

    def __init__(self, rows: Sequence[Row], numbers_of: Callable[[Row], Iterable[str]]) -> None:
        self.rows = rows
        self.at: dict[str, list[int]] = defaultdict(list)
        for position, row in enumerate(rows):
            for number in numbers_of(row):
                self.at[number].append(position)

    def naming(self, numbers: Iterable[str]) -> list[Row]:
        """The rows answering to any of `numbers`, each once, in their order."""
        return [self.rows[at] for at in sorted({at for number in numbers
                                                for at in self.at.get(number, ())})]
