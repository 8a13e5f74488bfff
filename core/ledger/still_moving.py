"""Rows that show a cancelled order still moving, named in the import report.

A cancellation stays until a row says in so many words that the order stands again
(:func:`core.ledger.normalise.later_status`): 正常 on next month's tab or file is most often the
template's default or the row copied from before the cancellation. A later row of the line that
brings what only a live order has — a ship date the line did not have (or a later one), more
money received than it had — may be the order going ahead after all, or a clerk's slip. The
import keeps the cancellation, as it was written (a customer black-listed for an order it
cancelled costs the firm a buyer), and names the row, so that the clerk writes 已恢复 in its
status where the order did go ahead (its debt would stay hidden otherwise).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.i18n import NP_
from core.ledger.line_values import L_RECEIVED, L_SHIP, L_STATUS
from core.ledger.orders import CANCELLED, SHARED_SHOWN, TOLERANCE
from core.ledger.record import CUSTOMER, ORDER_NO, ROW, SHEET, STATUS, Record
from core.messages import Listed, Message, Noted


@dataclass(frozen=True)
class MovingRow:
    """A row of a cancelled line showing it shipped or paid anew; `place`: its order's rank
    and its index among the order's rows (the report lists them in the grouped file's order)."""

    place: tuple[int, int]
    order: str
    sheet: str
    row: int


def still_moving(said: str | None, status: tuple[str | None, str | None],
                 ship: tuple[object, object], received: tuple[float | None, float | None]
                 ) -> bool:
    """Does a row that leaves its line cancelled show it shipped or paid since? `said`: what
    its status cell says; `status`, `ship`, `received`: the line's before the row and after."""
    if status != (CANCELLED, CANCELLED) or said == CANCELLED:  # a copied 已取消 moves nothing
        return False
    before, after = (None if day is None else str(day) for day in ship)
    shipped = after is not None and (before is None or after > before)
    return shipped or (received[1] or 0.0) > (received[0] or 0.0) + TOLERANCE


def moving_line(old: Sequence, merged: Sequence, record: Record, place: tuple[int, int]
                ) -> MovingRow | None:
    """:func:`still_moving` of a line's stored values (core.ledger.line_values) as the
    writer merges a record into them: the row named, or None."""
    if old[L_STATUS] != CANCELLED or not still_moving(
            record[STATUS], (old[L_STATUS], merged[L_STATUS]), (old[L_SHIP], merged[L_SHIP]),
            (old[L_RECEIVED], merged[L_RECEIVED])):
        return None
    return MovingRow(place, record[ORDER_NO] or record[CUSTOMER], record[SHEET], record[ROW])


def moving_messages(file: str, rows: list[MovingRow]) -> list[Message]:
    """One note naming the rows, in the grouped file's order."""
    if not rows:
        return []
    rows = sorted(rows, key=lambda r: r.place)
    return [Message("cancelled_still_moving", NP_(
        "{count} row of “{file}” shows an order cancelled before still moving (a ship date, or "
        "money received, its line did not have): {rows}. The order stays cancelled, off its "
        "customer's account; if it went ahead after all, write 已恢复 (reinstated) in its "
        "status and import the file again.",
        "{count} rows of “{file}” show orders cancelled before still moving (a ship date, or "
        "money received, their lines did not have): {rows}. The orders stay cancelled, off "
        "their customers' accounts; where one went ahead after all, write 已恢复 (reinstated) "
        "in its status and import the file again."),
        {"count": len(rows), "file": file, "rows": Listed(
            [Noted(r.order, f"{r.sheet} {r.row}") for r in rows], SHARED_SHOWN)})]
