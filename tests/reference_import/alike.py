"""key43: a sheet's rows of a numbered order and product, each but a payment's a plain sale,
two or more or one of a part known to hold a second line (fx43g), matched to the lines an
earlier tab showed, else the store holds, by likeness (quantity, unit price, amount, invoice
number), by place only among lines alike (core.ledger.alike_lines)."""

from __future__ import annotations

from itertools import count

from core.ledger.alike_lines import SAYS_NONE, Known, StoredAlike, likeness, places
from core.ledger.keys import described_order_key, row_identity
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
        self.keys: dict[int, str] = {}  # the sheet's numbered rows' order keys (key44)

    def place(self, records: list[Record], record: Record, part: str) -> int | None:
        self._at_sheet(records, record)
        return self.at.get((id(record), part))

    def occurrence(self, records: list[Record], record: Record) -> int | None:
        """A row without an order number: its order's occurrence matched by likeness
        (key44), where its sheet's rows of its identity are two or more plain sales."""
        self._at_sheet(records, record)
        return self.at.get((id(record), ""))

    def _at_sheet(self, records: list[Record], record: Record) -> None:
        if record.sheet != self.sheet:
            self.sheet, self.at = record.sheet, {}
            self._match([r for r in records if r.sheet == record.sheet])
            self._described([r for r in records if r.sheet == record.sheet])

    def _described(self, rows: list[Record]) -> None:
        groups: dict[str, list[Record]] = {}
        for r in rows:
            if not r.order_no:
                groups.setdefault(row_identity(r.customer_key, r.order_date.isoformat(),
                                               r.product), []).append(r)
        for identity, mine in groups.items():
            if self.stored is None or not all(_plain(r) for r in mine):
                continue
            stored = self._stored_described(identity, fold(mine[0].product or ""))
            if stored is None:
                continue
            known = {**stored, **self.shown.get("d:" + identity, {})}
            if len(mine) < 2 and 1 not in known:
                continue  # one row of an identity known once: its sheet's order
            likes = [(likeness(r.quantity, r.unit_price, r.amount, r.invoice_no, r.currency),
                      r.received_amount) for r in mine]
            if not known:  # first shown: the sheet's order
                self.shown["d:" + identity] = dict(enumerate(likes))
                continue
            placed = places(likes, known)
            if any(n not in known for n in placed):
                continue  # a row like no known order: the sheet's order, as before
            for r, like, n in zip(mine, likes, placed, strict=True):
                self.at[id(r), ""] = n
                self.shown.setdefault("d:" + identity, {})[n] = like

    def _match(self, rows: list[Record]) -> None:
        parts: dict[str, list[Record]] = {}
        for r in rows:
            if r.order_no and not r.credit_note and not _paid(r):  # a credit note: apart
                parts.setdefault(f"{self.keys[id(r)]}|{fold(r.product or '')}", []).append(r)
        for part, mine in parts.items():
            if self.stored is None or not all(_plain(r) for r in mine):
                continue
            if (stored := self.stored.lines(part)) is None:
                continue
            known = dict(stored)
            known.update(self.shown.get(part, {}))
            if len(mine) < 2 and 1 not in known:
                continue
            likes = [(likeness(r.quantity, r.unit_price, r.amount, r.invoice_no, r.currency),
                      r.received_amount) for r in mine]
            for r, like, n in zip(mine, likes, places(likes, known), strict=True):
                self.at[id(r), part] = n
                self.shown.setdefault(part, {})[n] = like

    def _stored_described(self, identity: str, product: str) -> dict[int, Known] | None:
        """The store's orders of `identity` by occurrence, each its one line's likeness; None
        where one has a status word, a lot or several lines."""
        found: dict[int, Known] = {}
        for n in count():
            assert self.stored is not None
            lines = self.stored.lines(f"{described_order_key(identity, n)}|{product}")
            if lines is None or (lines and set(lines) != {0}):
                return None
            if not lines:
                return found
            found[n] = lines[0]
        return found


def _paid(r: Record) -> bool:
    """A payment's row, keyed apart (reference_import.orders.group's `paid`)."""
    return r.payment_row or r.returned or is_paid_line(r.amount, r.received_amount)


def _plain(r: Record) -> bool:
    return (r.amount > 0 and r.status in SAYS_NONE and not r.credit_note and not _paid(r)
            and not lot_said(r.notes, r.product, r.status_text)
            and not paid_said(r.notes, r.product, r.status_text))

