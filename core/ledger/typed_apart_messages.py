"""What the import report says of a typed payment row away from its order (core.ledger.typed_apart).

Kept apart from the reading so the reader stays one thing: each message names the row, the order
it types again and how much of its money counted, in both languages (its catalog's msgids).
"""

from __future__ import annotations

from core.i18n import N_
from core.ledger.rest_day import RestCame
from core.messages import Message


def part_message(sheet: str, row: int, order: object, part: float, received: float,
                 currency: str | None) -> Message:
    """A typed payment row away from its order whose note says only part of its money came, or
    (`part` above `received`) that the bank kept some of the buyer's money: the bank's, the
    row's and their total each named (fix67d's said "that part" of the total, rv67e)."""
    unit = f" {currency}" if currency else ""
    if part > received:  # 尚欠2000，其中500是银行手续费 on the 5,000 that reached the bank
        return Message("typed_apart_charge", N_(
            "sheet “{sheet}” row {row} types order {order} and its customer again: read "
            "against the order's rows on every tab and file, as on the order's own tab, its "
            "note says the bank kept {charge} of the buyer's money: its {received} and the "
            "bank's {charge}, {part} in all, counted"),
            {"sheet": sheet, "row": row, "order": order, "part": f"{part:,.2f}{unit}",
             "received": f"{received:,.2f}{unit}", "charge": f"{part - received:,.2f}{unit}"})
    return Message("typed_apart_part", N_(
        "sheet “{sheet}” row {row} types order {order} and its customer again: read against "
        "the order's rows on every tab and file, as on the order's own tab, its note says "
        "{part} of its {received} came: {part} counted, the rest still owed"),
        {"sheet": sheet, "row": row, "order": order, "part": f"{part:,.2f}{unit}",
         "received": f"{received:,.2f}{unit}"})


def again_message(file: str | None, sheet: str, row: int, order: object, money: float | None,
                  received: float, currency: str | None) -> Message:
    """An earlier file's typed payment row away from its order, read again against the order's
    rows as they stand after this import (its order corrected, a line deleted or written anew)."""
    unit = f" {currency}" if currency else ""
    params = {"file": file or "", "sheet": sheet, "row": row, "order": order,
              "received": f"{received:,.2f}{unit}"}
    if money is None:
        return Message("typed_apart_again_note", N_(
            "file “{file}” sheet “{sheet}” row {row} types order {order} and its customer "
            "again: read again against the order's rows as they now stand, it is a note of the "
            "order, or the same receipt the order's rows hold already: no money counted"), params)
    if round(money, 2) == round(received, 2):
        return Message("typed_apart_again_whole", N_(
            "file “{file}” sheet “{sheet}” row {row} types order {order} and its customer "
            "again: read again against the order's rows as they now stand, all its {received} "
            "counted"), params)
    if money > received:
        return Message("typed_apart_again_charge", N_(
            "file “{file}” sheet “{sheet}” row {row} types order {order} and its customer "
            "again: read again against the order's rows as they now stand, its note says the "
            "bank kept {charge} of the buyer's money: its {received} and the bank's {charge}, "
            "{part} in all, counted"), {**params, "part": f"{money:,.2f}{unit}",
                                        "charge": f"{money - received:,.2f}{unit}"})
    return Message("typed_apart_again_part", N_(
        "file “{file}” sheet “{sheet}” row {row} types order {order} and its customer again: "
        "read again against the order's rows as they now stand, its note says {part} of its "
        "{received} came: {part} counted, the rest still owed"),
        {**params, "part": f"{money:,.2f}{unit}"})


def rest_message(file: str | None, sheet: str, row: int, order: object, part: float,
                 received: float, rest: RestCame, currency: str | None) -> Message:
    """A typed payment row away from its order whose note says part of its money came and the
    rest on a later day (尚欠2000，5/10到账: rest_day)."""
    unit = f" {currency}" if currency else ""
    return Message("typed_apart_rest_came", N_(
        "file “{file}” sheet “{sheet}” row {row} types order {order} and its customer again: "
        "read against the order's rows on every tab and file, its note says {part} of its "
        "{received} came on its day and the rest, {rest}, on {day}: each counted on its day"),
        {"file": file or "", "sheet": sheet, "row": row, "order": order,
         "part": f"{part:,.2f}{unit}", "received": f"{received:,.2f}{unit}",
         "rest": f"{rest.amount:,.2f}{unit}", "day": rest.day.isoformat()})


def note_message(sheet: str, row: int, order: object) -> Message:
    """A typed payment row away from its order read as a note, or as a receipt it has."""
    return Message("typed_apart_note", N_(
        "sheet “{sheet}” row {row} types order {order} and its customer again: read against "
        "the order's rows on every tab and file, as on the order's own tab, it is a note of "
        "the order, or the same receipt the order's rows hold already: no money counted"),
        {"sheet": sheet, "row": row, "order": order})
