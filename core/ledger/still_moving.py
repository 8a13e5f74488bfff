"""Rows that show a cancelled order still moving, named in the import report.

A cancellation stays until a row says in so many words that the order stands again
(:func:`core.ledger.normalise.later_status`): 正常 on next month's tab or file is most often the
template's default or the row copied from before the cancellation. A later row of the line that
brings what only a live order has — a ship date the line did not have (or a later one), more
money received than it had — may be the order going ahead after all, or a clerk's slip. The
import keeps the cancellation, as it was written (a customer black-listed for an order it
cancelled costs the firm a buyer), and names the row, so that the clerk writes 已恢复 in its
status where the order did go ahead (its debt would stay hidden otherwise); unless the row says
so itself, 已出货 with its ship date or its goods paid in full (core.ledger.revived_lines): the
order stands again, the row named with why.

The other way round, a row whose plain 正常 or blank lifts a cancellation (the row that wrote
it, read again from its file: core.ledger.own_rows) is named too: the order is owed again, and
a clerk who did not mean to correct it sees so and can write 已取消 back. And a row read again
from the sheet that cancelled its line, saying 正常 or left blank, that is not taken for the
clerk's correction (another row may have moved into its place: core.ledger.own_rows.refused)
is named with 已恢复 to write: before, the order stayed cancelled and nothing said so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.i18n import NP_
from core.ledger.line_values import L_RECEIVED, L_SHIP, L_STATUS
from core.ledger.normalise import STANDS
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.order_sums import CANCELLED
from core.ledger.orders import TOLERANCE
from core.ledger.own_rows import MOVED, UNKNOWN
from core.ledger.record import CUSTOMER, ORDER_NO, ROW, SHEET, STATUS, Record
from core.ledger.revived_lines import MOVED_IN, PAID, SHIPPED
from core.ledger.row_places import at_row
from core.messages import Listed, Message


@dataclass(frozen=True)
class MovingRow:
    """A row of a cancelled line showing it shipped or paid anew; `place`: its order's rank
    and its index among the order's rows (the report lists them in the grouped file's order)."""

    place: tuple[int, int]
    order: str
    sheet: str
    row: int
    corrected: bool = False  # its 正常 lifted the cancellation (:func:`lifts_cancellation`)
    kept: str = ""  # why a correction was not taken (core.ledger.own_rows.refused)
    revived: str = ""  # it says the goods went, or pays them (core.ledger.revived_lines)


def lifts_cancellation(said: str | None, status: tuple[str | None, str | None]) -> bool:
    """Did a row whose status cell says `said` lift its line's cancellation by a plain word or
    a blank? Only the row that wrote it, read again, does (core.ledger.normalise.later_status)."""
    return status[0] == CANCELLED and status[1] != CANCELLED and said in (STANDS, None)


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


def moving_line(old: Sequence, merged: Sequence, record: Record, place: tuple[int, int],
                kept: str = "", revived: str = "") -> MovingRow | None:
    """:func:`still_moving` of a line's stored values (core.ledger.line_values) as the
    writer merges a record into them, a correction not taken (`kept`), or the line brought
    back by its goods gone or paid (`revived`, where it stands now): the row named, or None."""
    if revived and merged[L_STATUS] != CANCELLED or kept:  # its words outweigh a place
        return MovingRow(place, record[ORDER_NO] or record[CUSTOMER], record[SHEET],
                         record[ROW], kept="" if revived else kept, revived=revived)
    lifted = lifts_cancellation(record[STATUS], (old[L_STATUS], merged[L_STATUS]))
    if not lifted and (old[L_STATUS] != CANCELLED or not still_moving(
            record[STATUS], (old[L_STATUS], merged[L_STATUS]), (old[L_SHIP], merged[L_SHIP]),
            (old[L_RECEIVED], merged[L_RECEIVED]))):
        return None
    return MovingRow(place, record[ORDER_NO] or record[CUSTOMER], record[SHEET], record[ROW],
                     lifted)


# the notes moving_messages writes, by code, in the order they are given
_MOVING = "cancelled_still_moving"
_CORRECTED = "cancellation_corrected"
_KEPT = "cancellation_kept"
_UNKNOWN = "cancellation_kept_unknown"
# a wire of a payer buying himself, naming another buyer's cancelled or paid order: his own
# open orders' money (core.ledger.payer_own_first), named with the rows brought back
OWN_PAYER = "own_payer"
_BACK = {SHIPPED: "cancelled_shipped_back", PAID: "cancelled_paid_back",
         MOVED_IN: "cancelled_moved_in_back", OWN_PAYER: "payer_own_first"}
_NOTES = {
    _BACK[SHIPPED]: NP_(
        "{count} row of “{file}” says an order cancelled before has shipped (已出货, 已发货 or "
        "已装船 in its status or note, with a ship date not before the day the cancellation "
        "wrote): {rows}. Read as the order going ahead after all: it is on its customer's "
        "account again. If it is still cancelled, write 已取消 (cancelled) in this row's status "
        "and import the file again.",
        "{count} rows of “{file}” say orders cancelled before have shipped (已出货, 已发货 or "
        "已装船 in their status or note, with a ship date not before the day the cancellation "
        "wrote): {rows}. Read as the orders going ahead after all: they are on their "
        "customers' accounts again. Where one is still cancelled, write 已取消 (cancelled) in "
        "its row's status and import the file again."),
    _BACK[PAID]: NP_(
        "{count} row of “{file}” shows an order cancelled before paid in full after its "
        "cancellation: {rows}. Read as the buyer paying for goods he got: the order is on his "
        "account again, paid, not money of his to refund. If it is still cancelled, write "
        "已取消 (cancelled) in this row's status and import the file again.",
        "{count} rows of “{file}” show orders cancelled before paid in full after their "
        "cancellation: {rows}. Read as the buyers paying for goods they got: the orders are on "
        "their accounts again, paid, not money of theirs to refund. Where one is still "
        "cancelled, write 已取消 (cancelled) in its row's status and import the file again."),
    _BACK[MOVED_IN]: NP_(
        "{count} row of “{file}” shows an order cancelled before paid in full by money its "
        "note moves in from another order (PO-R2的款转入本单): {rows}. The order is on its "
        "customer's account again, paid; that money is taken off the order the note names, "
        "which is owed again from the row's day where it was paid. If the money did not "
        "move, correct the note and import the file again.",
        "{count} rows of “{file}” show orders cancelled before paid in full by money their "
        "notes move in from other orders (PO-R2的款转入本单): {rows}. The orders are on their "
        "customers' accounts again, paid; that money is taken off the orders the notes name, "
        "which are owed again from the rows' days where they were paid. Where the money did "
        "not move, correct the note and import the file again."),
    _BACK[OWN_PAYER]: NP_(
        "{count} payment names another buyer's order that is cancelled or paid already, and "
        "its payer buys from you himself: {rows}. Read as a slip of the number: the money "
        "pays the payer's own open orders. If it was paid for that buyer, write 代 and the "
        "buyer's name and 付款 in its note (代Rio Casa付款) and import the file again.",
        "{count} payments name other buyers' orders that are cancelled or paid already, and "
        "their payers buy from you themselves: {rows}. Read as slips of the number: the money "
        "pays the payers' own open orders. Where one was paid for that buyer, write 代 and "
        "the buyer's name and 付款 in its note (代Rio Casa付款) and import the file again."),
    _MOVING: NP_(
        "{count} row of “{file}” shows an order cancelled before still moving (a ship date, or "
        "money received, its line did not have): {rows}. The order stays cancelled, off its "
        "customer's account; if it went ahead after all, write 已恢复 (reinstated) in its "
        "status and import the file again.",
        "{count} rows of “{file}” show orders cancelled before still moving (a ship date, or "
        "money received, their lines did not have): {rows}. The orders stay cancelled, off "
        "their customers' accounts; where one went ahead after all, write 已恢复 (reinstated) "
        "in its status and import the file again."),
    _CORRECTED: NP_(
        "{count} row of “{file}” brings back an order cancelled before: {rows}. The row that "
        "cancelled it no longer says so (it says 正常, its status is left blank, or it was "
        "deleted and this row of the order's product added), read as a correction: the order "
        "is on its customer's account again, at the amount this row says. If it is cancelled "
        "after all, write 已取消 (cancelled) in its status and import the file again.",
        "{count} rows of “{file}” bring back orders cancelled before: {rows}. The rows that "
        "cancelled them no longer say so (they say 正常, their status is left blank, or they "
        "were deleted and these rows of the orders' products added), read as corrections: the "
        "orders are on their customers' accounts again, at the amounts these rows say. Where "
        "one is cancelled after all, write 已取消 (cancelled) in its status and import the "
        "file again."),
    _KEPT: NP_(
        "{count} row of “{file}” stands where a row that cancelled an order was, and says 正常 "
        "or leaves its status blank: {rows}. Another row of the order's product may have moved "
        "into that place (a row deleted or moved above it), so it is not read as a correction: "
        "the order stays cancelled, off its customer's account. If it did go ahead, write "
        "已恢复 (reinstated) in its status and import the file again.",
        "{count} rows of “{file}” stand where rows that cancelled orders were, and say 正常 or "
        "leave their status blank: {rows}. Other rows of the orders' products may have moved "
        "into those places (rows deleted or moved above them), so they are not read as "
        "corrections: the orders stay cancelled, off their customers' accounts. Where one did "
        "go ahead, write 已恢复 (reinstated) in its status and import the file again."),
    _UNKNOWN: NP_(
        "{count} row of “{file}” leaves blank the status of an order cancelled before: {rows}. "
        "Its line was stored by an earlier version, which did not keep the row that cancelled "
        "it, so a blank is not read as a correction: the order stays cancelled, off its "
        "customer's account. If it did go ahead, write 已恢复 (reinstated) in its status and "
        "import the file again.",
        "{count} rows of “{file}” leave blank the status of orders cancelled before: {rows}. "
        "Their lines were stored by an earlier version, which did not keep the rows that "
        "cancelled them, so a blank is not read as a correction: the orders stay cancelled, "
        "off their customers' accounts. Where one did go ahead, write 已恢复 (reinstated) in "
        "its status and import the file again."),
}


def moving_messages(file: str, rows: list[MovingRow]) -> list[Message]:
    """A note naming the rows still moving, one each the lines brought back by their goods
    gone or paid, the corrections, the corrections not taken, in the grouped file's order."""
    rows = sorted(rows, key=lambda r: r.place)
    kinds = {_MOVING: [r for r in rows if not (r.corrected or r.kept or r.revived)],
             **{code: [r for r in rows if r.revived == why] for why, code in _BACK.items()},
             _CORRECTED: [r for r in rows if r.corrected],
             _KEPT: [r for r in rows if r.kept == MOVED],
             _UNKNOWN: [r for r in rows if r.kept == UNKNOWN]}
    return [Message(code, _NOTES[code], {"count": len(named), "file": file,
                                         "rows": _named(named)})
            for code, named in kinds.items() if named]


def _named(rows: list[MovingRow]) -> Listed:
    return Listed([at_row(r.order, r.sheet, r.row) for r in rows], SHARED_SHOWN)
