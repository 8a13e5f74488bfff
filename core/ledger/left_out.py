"""SQL naming a stored line a later file's leaving it out cancelled (core.ledger.deleted_orders):
asked by the modules weighing which lines a file still lists, without importing the weighing."""

from __future__ import annotations


def left_out(table: str = "") -> str:
    """SQL: a line cancelled because a later file left it out (its status file set, with no
    sheet or row), of `table` ("l." for a query's lines)."""
    return (f"({table}status IS 'cancelled' AND {table}status_file IS NOT NULL AND "
            f"{table}status_sheet IS NULL)")
