"""perf55a: a receipt's order figures grouped only for the orders of the rows judged.

A received column is judged against each receipt's order where the order has several lines
(fix54l: 7,000 on the first of seven 1,000 lines is the order paid in full). The grouping
folded every row's number, twice a tab; it now groups only the numbers (folded in one call)
that another row writes and a judged row's record writes. These rows are the rare ones the
fold and the rows are for: a number re-typed on a later line (HX-7, hx-7), one spaced at its
edge, a number read as a figure, a sheet row giving two records of two orders. Each must get
the figures the whole grouping gives.
"""

from __future__ import annotations

from core.ledger.normalise import fold
from core.ledger.received_rmb import _orders, order_figures
from core.ledger.record import (
    AMOUNT,
    CURRENCY,
    CUSTOMER_KEY,
    FIELDS,
    ORDER_NO,
    RECEIVED,
    ROW,
    Record,
)


def _record(row: int, number: object, amount: float, paid: float | None = None,
            buyer: str = "alpha haushalt gmbh") -> Record:
    cells: list[object] = [None] * len(FIELDS)
    cells[ROW], cells[ORDER_NO], cells[CUSTOMER_KEY] = row, number, buyer
    cells[AMOUNT], cells[CURRENCY], cells[RECEIVED] = amount, "USD", paid
    return tuple(cells)


def _whole(records: list[Record]) -> dict[int, tuple[float, float]]:
    """The grouping as reader 82 ran it: every row's number folded, every row grouped."""
    return order_figures((r[ROW], (r[CUSTOMER_KEY], fold(str(r[ORDER_NO])), r[CURRENCY])
                          if r[ORDER_NO] else None, r[AMOUNT], r[RECEIVED]) for r in records)


def _sheet() -> list[Record]:
    return [
        # HX-7's 7,000 on its first line, the number re-typed on the others: paid in full
        _record(2, "HX-7", 1000, 7000), *(_record(row, "hx-7", 1000) for row in range(3, 9)),
        _record(9, "PI-8 ", 500, 3550), _record(10, "pi-8", 500),  # spaced at its edge
        _record(11, "PO-1", 2000, 14200),  # an order of one line: its own figures
        _record(12, "C-3", 1000, 1000), _record(12, "C-4", 1000, 500),  # one row, two orders
        _record(13, "C-4", 1000, 2000), _record(14, "C-3", 1000),
    ]


def test_a_retyped_number_groups_its_lines_as_the_whole_grouping_does() -> None:
    records = _sheet()
    whole = _whole(records)
    assert whole[2] == (7000, 7000) and whole[9] == (3550, 1000) and 11 not in whole
    assert whole[12] == (2500, 2000)  # a row's figures are its last order's
    for rows in ({2}, {9}, {11}, {12}, {13}, {14}, {2, 9, 12}, {r[ROW] for r in records}):
        found = _orders(records, rows)
        assert {row: found.get(row) for row in rows} == {row: whole.get(row) for row in rows}
    assert _orders(records) == whole


def test_numbers_read_as_figures_are_grouped_as_the_whole_grouping_does() -> None:
    """7 (a figure) and "7" fold alike, 7.0 does not: the sheet is grouped whole."""
    records = [_record(2, 7, 1000, 2000), _record(3, "7", 1000), _record(4, 7.0, 1000, 900),
               _record(5, "7.0", 1000)]
    whole = _whole(records)
    assert whole == {2: (2000, 2000), 4: (900, 2000)}
    assert _orders(records, {2})[2] == (2000, 2000) and _orders(records) == whole
