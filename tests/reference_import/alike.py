"""key43: a sheet's rows of a numbered order and product, each but a payment's a plain sale,
two or more or one of a part known to hold a second line (fx43g), matched to the lines an
earlier tab showed, else the store holds, by likeness (quantity, unit price, amount, invoice
number), by place only among lines alike (core.ledger.alike_lines)."""

from __future__ import annotations

from core.ledger.alike_lines import SAYS_NONE, Known, StoredAlike, likeness, places
from core.ledger.keys import numbered_order_key
from core.ledger.lot_words import lot_said, paid_said
from core.ledger.normalise import fold
from core.ledger.typed_rows import is_paid_line
from reference_import.rows import Record


class SheetAlike:
    """Each sheet's rows' places, matched at the sheet's first row."""

    def __init__(self, stored: StoredAlike | None) -> None:
        self.stored, self.sheet = stored, None
        self.shown: dict[str, dict[int, Known]] = {}
        self.at: dict[tuple[int, str], int] = {}

    def place(self, records: list[Record], record: Record, part: str) -> int | None:
        if record.sheet != self.sheet:
            self.sheet, self.at = record.sheet, {}
            self._match([r for r in records if r.sheet == record.sheet])
        return self.at.get((id(record), part))

    def _match(self, rows: list[Record]) -> None:
        parts: dict[str, list[Record]] = {}
        for r in rows:
            if r.order_no and not (_paid(r) and not r.credit_note):
                parts.setdefault(f"{numbered_order_key(r.order_no)}|{fold(r.product or '')}",
                                 []).append(r)
        for part, mine in parts.items():
            if self.stored is None or not all(_plain(r) for r in mine):
                continue
            if (stored := self.stored.lines(part)) is None:
                continue
            known = dict(stored)
            known.update(self.shown.get(part, {}))
            if len(mine) < 2 and 1 not in known:
                continue
            likes = [(likeness(r.quantity, r.unit_price, r.amount, r.invoice_no),
                      r.received_amount) for r in mine]
            for r, like, n in zip(mine, likes, places(likes, known), strict=True):
                self.at[id(r), part] = n
                self.shown.setdefault(part, {})[n] = like


def _paid(r: Record) -> bool:
    """A payment's row, keyed apart (reference_import.orders.group's `paid`)."""
    return r.payment_row or r.returned or is_paid_line(r.amount, r.received_amount)


def _plain(r: Record) -> bool:
    return (r.amount > 0 and r.status in SAYS_NONE and not r.credit_note and not _paid(r)
            and not lot_said(r.notes, r.product, r.status_text)
            and not paid_said(r.notes, r.product, r.status_text))
