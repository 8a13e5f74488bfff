"""Rows whose money is in a currency without an exchange rate, named with their rows.

A row in such a currency is left out of every total in the firm's base currency, so the import
report names it: whichever column named the currency, the row's 币种 (its sale, or a 收款 list's
payment in it) or its 收款币种 / 实收币种 (the money received on a 台账 row). The note said
only "1 row is in XYZ", of a row's 币种 alone: a 台账's 收款币种 of XYZ left the 9,723 a
buyer paid on a 70,000 人民币 order out of its account, DN-3 open and on the black list, the
report saying only that the received column was "read as XYZ, converted at dated rates" (cur49).
A file whose every currency has a rate is not walked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from core.i18n import NP_
from core.ledger.held_sheets import HeldSheets
from core.ledger.record import BALANCE, CURRENCY, DEPOSIT, RECEIVED, ROW, SHEET, received_in
from core.ledger.row_places import row_at
from core.ledger.rows import ranges_text
from core.ledger.unread import SHOWN_RANGES
from core.messages import Listed, Message

UNRATED = NP_(
    "{count} row is in {currency}, which has no exchange rate yet ({rows}): add one in the "
    "settings or it is left out of totals in {base}.",
    "{count} rows are in {currency}, which has no exchange rate yet ({rows}): add one in the "
    "settings or they are left out of totals in {base}.")
Place = tuple[str, int]  # (sheet, row)


def row_currencies(currency: str, received: str | None, paid: Sequence[float | None]
                   ) -> set[str]:
    """The currencies a row's money is in: its own, and its receipts' where it has any
    (`paid`: its received figure, deposit and balance)."""
    return {currency, received} if received and any(paid) else {currency}


def unrated_notes(places: Mapping[str, Sequence[Place]], base: str) -> list[Message]:
    """One note per currency without a rate (`places`: its rows), in the currency's order."""
    return [Message("unknown_currency", UNRATED, {
        "count": len(rows), "currency": code, "rows": _rows_text(rows), "base": base})
        for code, rows in sorted(places.items())]


def _rows_text(places: Sequence[Place]) -> Listed:
    """“4月” rows 5–7, 9, “5月” row 3: each sheet's first SHOWN_RANGES ranges, then "…"."""
    by_sheet: dict[str, list[int]] = {}
    for sheet, row in places:
        by_sheet.setdefault(sheet, []).append(row)
    return Listed([row_at(sheet, ranges_text(rows, SHOWN_RANGES))
                   for sheet, rows in by_sheet.items()])


def unrated_rows(held: HeldSheets, currencies: Iterable[str | None], known: Callable[[str], bool],
                 base: str) -> list[Message]:
    """The notes of a file read into `held`, whose rows are in `currencies` (their own and
    their receipts'): none, and no sheet unpacked, where each has a rate."""
    unknown = {code for code in currencies if code and not known(code)}
    if not unknown:
        return []
    places: dict[str, list[Place]] = {}
    for _, records, _ in held:
        for record in records:
            paid = (record[RECEIVED], record[DEPOSIT], record[BALANCE])
            for code in row_currencies(record[CURRENCY], received_in(record), paid) & unknown:
                places.setdefault(code, []).append((record[SHEET], record[ROW]))
    return unrated_notes(places, base)
