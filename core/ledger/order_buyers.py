"""Two buyers writing one order number in a file: two orders, each its own buyer's.

Many firms type the buyer's PO number in the order-number column, and two buyers may use the
same one (ABC Trading's PO 1001 and Metro AG's PO 1001). Read as one order, every row of the
number was the first-named buyer's: ABC, which prepays, carried Metro's unpaid invoices onto
the watch list, and Metro's orders vanished from every list. So within one file, rows sharing
a number are one order only where their customers are alike (:func:`core.similarity.alike`:
a typo, case, spacing, a company form; a ditto row already names the customer above it); an
unalike buyer's rows are an order of its own, keyed by the number and that buyer
(:func:`core.ledger.keys.buyer_order_key`), and the report says so, naming the rows.

The first-named buyer keeps the number's own key, under which readers before 5 stored the
whole merged order: importing the same file again replaces what that order held of the other
buyers' rows (core.ledger.reread_rows). Across files a number given to another customer still
moves the stored order, and is said (core.ledger.moves).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.i18n import NP_
from core.ledger.keys import BUYER, NUMBERED, buyer_order_key
from core.ledger.rows import ranges_text
from core.messages import Listed, Message, Noted
from core.similarity import alike

SHARED_SHOWN = 5  # order numbers (rows, moves) each named in a note before one for the rest

# A line key of an order keyed by its number and buyer: the number's own order key first.
_BUYER_LINE = re.compile(f"({re.escape(NUMBERED)}.*){re.escape(BUYER)}[0-9a-f]{{12}}\\|")


def number_of(line_key: str) -> str | None:
    """The number's own order key of a line of an order keyed apart for its buyer, else None:
    what readers before 5 stored that line's row under."""
    found = _BUYER_LINE.match(line_key)
    return found.group(1) if found else None


@dataclass
class Buyers:
    """The buyers of one order number in a file: each unalike buyer's first name and order
    key, first named first; the order key of every customer key met; the rows keyed apart."""

    number: str
    firsts: list[tuple[str, str]]
    keys: dict[str, str]
    apart: list[tuple[str, int]] = field(default_factory=list)  # (sheet, row)


class SharedNumbers:
    """The order numbers of a file whose rows name other customers than their order's first."""

    def __init__(self) -> None:
        self.numbers: dict[str, Buyers] = {}  # by the number's own order key
        self.split: list[Buyers] = []  # those with unalike buyers, as first kept apart

    def key(self, okey: str, number: str, first: tuple[str, str], customer: tuple[str, str],
            place: tuple[str, int], sale: bool) -> str:
        """The order key of a row numbered `number` (whose own key `okey` is already an order
        of the customer `first`: key and name) naming `customer` (key, name), at `place`.
        Money received (a row typed 收款, no `sale`) may name a payer other than the buyer (a
        third party paying for the customer): it pays an order of the number, never makes
        one, the first buyer's unless it names another buyer of the number."""
        buyers = self.numbers.get(okey)
        if buyers is None:
            buyers = self.numbers[okey] = Buyers(number, [(first[1], okey)], {first[0]: okey})
        found = buyers.keys.get(customer[0])
        if found is None:
            found = next((key for name, key in buyers.firsts if alike(name, customer[1])), None)
            if found is None:
                if not sale:
                    return okey
                found = buyer_order_key(number, customer[0])
                buyers.firsts.append((customer[1], found))
                if len(buyers.firsts) == 2:
                    self.split.append(buyers)
            buyers.keys[customer[0]] = found
        if found != okey:
            buyers.apart.append(place)
        return found

def kept_apart_messages(file: str, numbers: list[Buyers]) -> list[Message]:
    """A note per number kept apart (the first few: file, sheet, rows, buyers), then one
    naming the rest; `numbers` as their first rows kept apart are met."""
    notes = [_note(file, buyers) for buyers in numbers[:SHARED_SHOWN]]
    rest = numbers[SHARED_SHOWN:]
    if rest:
        notes.append(Message("order_number_buyers_more", NP_(
            "{file}: {count} more order number is used by different buyers, each buyer's rows "
            "kept apart as an order of its own: {orders}.",
            "{file}: {count} more order numbers are used by different buyers, each buyer's "
            "rows kept apart as an order of its own: {orders}."),
            {"file": file, "count": len(rest), "orders": Listed(
                [Noted(b.number, Listed([name for name, _ in b.firsts])) for b in rest],
                SHARED_SHOWN)}))
    return notes


def _note(file: str, buyers: Buyers) -> Message:
    sheet = buyers.apart[0][0]
    rows = sorted(row for on, row in buyers.apart if on == sheet)
    names = [name for name, _ in buyers.firsts]
    return Message("order_number_buyers", NP_(
        "{file}, sheet “{sheet}”: order number {order} is used by different buyers: "
        "{customers}. Two buyers may use the same PO number, so each buyer's rows are an "
        "order of its own: row {rows} is kept apart from “{first}”'s order. If they are one "
        "customer, merge the names.",
        "{file}, sheet “{sheet}”: order number {order} is used by different buyers: "
        "{customers}. Two buyers may use the same PO number, so each buyer's rows are an "
        "order of its own: rows {rows} are kept apart from “{first}”'s order. If they are "
        "one customer, merge the names."),
        {"file": file, "sheet": sheet, "order": buyers.number, "customers": Listed(names),
         "count": len(rows), "rows": ranges_text(rows), "first": names[0]})
