"""Rows whose money is in a currency without an exchange rate, named with their rows.

A row in such a currency is left out of every total in the firm's base currency, so the import
report names it: whichever column named the currency, the row's 币种 (its sale, or a 收款 list's
payment in it) or its 收款币种 / 实收币种 (the money received on a 台账 row), each said as the
column it is ("币种是 XYZ", "收款币种是 XYZ"). The note said only "1 row is in XYZ", of a row's
币种 alone: a 台账's 收款币种 of XYZ left the 9,723 a buyer paid on a 70,000 人民币 order out of
its account, DN-3 open and on the black list, the report saying only that the received column
was "read as XYZ, converted at dated rates" (cur49), a note of conversion that no longer stands
beside this one (rated_columns). "TBA", "nil" in a currency cell are such codes (three letters a
firm may add a rate for): left out, named here (cur49b). The rows listed are the file's first
SHOWN_RANGES ranges, then how many more (a dozen tabs listed ten ranges each, cur49b). A file
whose every currency has a rate is not walked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from core.i18n import NP_
from core.ledger.held_sheets import HeldSheets
from core.ledger.money_columns import ColumnNote
from core.ledger.record import AMOUNT, BALANCE, CURRENCY, DEPOSIT, RECEIVED, ROW, SHEET, received_in
from core.ledger.row_places import row_at
from core.ledger.rows import iter_skipped_ranges, ranges_text
from core.ledger.unread import SHOWN_RANGES
from core.messages import Listed, Message

UNRATED = NP_(
    "{count} row is in {currency}, which has no exchange rate yet ({rows}): add one in the "
    "settings or it is left out of totals in {base}.",
    "{count} rows are in {currency}, which has no exchange rate yet ({rows}): add one in the "
    "settings or they are left out of totals in {base}.")
# the row's 收款币种 / 实收币种 names the currency, not its 币种: its receipts left out
UNRATED_RECEIVED = NP_(
    "{count} row received money in {currency}, which has no exchange rate yet ({rows}): add "
    "one in the settings or that money is left out of totals in {base}.",
    "{count} rows received money in {currency}, which has no exchange rate yet ({rows}): add "
    "one in the settings or that money is left out of totals in {base}.")
MORE_ROWS = NP_("{rows} and {count} more row", "{rows} and {count} more rows")
Place = tuple[str, int]  # (sheet, row)
Unrated = tuple[str, bool]  # (the currency, named by the receipts' column)


def row_currencies(currency: str, received: str | None, amount: float | None,
                   paid: Sequence[float | None]) -> dict[str, bool]:
    """The currencies a row's money is in, each True where it is money received: its own
    (a payment's row, selling nothing, holds only money received), and its receipts' where
    it has any (`paid`: its received figure, deposit and balance)."""
    if not any(paid):
        return {currency: False}
    if not amount:  # a 收款 list's row, a 台账's payment row: its 收款币种 (or 币种)
        return {received or currency: True}
    return {currency: False, received: True} if received and received != currency else {
        currency: False}


def rated_columns(columns: Iterable[ColumnNote], known: Callable[[str], bool]
                  ) -> list[ColumnNote]:
    """A sheet's column notes but "received read as XYZ, converted at dated rates" where XYZ
    has no rate: nothing is converted, and the unrated note names those rows (cur49b)."""
    return [note for note in columns if note.column != "received" or known(note.currency)]


def unrated_notes(places: Mapping[Unrated, Iterable[Place]], base: str) -> list[Message]:
    """One note per currency without a rate and column naming it (`places`: its rows), in the
    currency's order."""
    notes = []
    for (code, received), found in sorted(places.items()):
        rows = list(dict.fromkeys(found))  # a row once, sheets in the file's order
        notes.append(Message("unknown_currency", UNRATED_RECEIVED if received else UNRATED, {
            "count": len(rows), "currency": code, "rows": places_text(rows), "base": base}))
    return notes


def places_text(places: Sequence[Place]) -> Listed | Message:
    """“4月” rows 5–7, 9, “5月” row 3: the file's first SHOWN_RANGES ranges, sheet by sheet,
    then "and 290 more rows" (“4月”第 5–7、9 行，另有 290 行)."""
    by_sheet: dict[str, list[int]] = {}
    for sheet, row in places:
        by_sheet.setdefault(sheet, []).append(row)
    shown, left, more = [], SHOWN_RANGES, 0
    for sheet, rows in by_sheet.items():
        ranges = list(iter_skipped_ranges(rows))[:left]
        if not ranges:
            more += len(rows)
            continue
        kept = [row for row in rows if row <= ranges[-1][1]]
        shown.append(row_at(sheet, ranges_text(kept)))
        left -= len(ranges)
        more += len(rows) - len(kept)
    listed = Listed(shown)
    return Message("rows_more", MORE_ROWS, {"rows": listed, "count": more}) if more else listed


def unrated_rows(held: HeldSheets, currencies: Iterable[str | None], known: Callable[[str], bool],
                 base: str) -> list[Message]:
    """The notes of a file read into `held`, whose rows are in `currencies` (their own and
    their receipts'): none, and no sheet unpacked, where each has a rate."""
    unknown = {code for code in currencies if code and not known(code)}
    if not unknown:
        return []
    places: dict[Unrated, list[Place]] = {}
    for _, records, _ in held:
        for record in records:
            paid = (record[RECEIVED], record[DEPOSIT], record[BALANCE])
            for code, received in row_currencies(record[CURRENCY], received_in(record),
                                                 record[AMOUNT], paid).items():
                if code in unknown:
                    places.setdefault((code, received), []).append((record[SHEET], record[ROW]))
    return unrated_notes(places, base)
