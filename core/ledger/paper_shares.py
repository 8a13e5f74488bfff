"""A receipt naming several papers, split among their buyers by what each has open.

A money-changer's one wire for two buyers names each one's invoice (对应发票 "INV2507-21,
INV2505-11"): each part is that buyer's, by what its invoice had open (core.ledger.payer_named,
fix54e). A paper no file sells named beside them (a typo, the payer's own proforma not sold
yet) no longer keeps the whole wire its payer's: the papers sold take what they have open, the
rest stays the payer's under the unsold number (rv55c s35: ORIENT's 12,000 for "INV-2, INV-3,
INV-7" left Beta 7,000 and Gamma 5,000 black; s37: Hassan's 9,000 for "INV-K1, PI-H9" left
Khartoum 6,000 black while he held it all).
"""

from __future__ import annotations

from core.i18n import N_
from core.ledger.noted_orders import loose_number
from core.ledger.paid_by_buyer import money
from core.ledger.paid_for import booked_to
from core.ledger.paid_numbers import Open, StoredSales
from core.ledger.record import CURRENCY, CUSTOMER, RECEIVED, ROW, Record
from core.messages import Listed, Message, Noted

Split = list[tuple[str, str, str, float]]  # (number as written, buyer's key, name, open)


def split_open(record: Record, cell: int, parts: list[str], found: Open,
           stored: StoredSales | None = None) -> Split | None:
    """(number, key, name, open) of each paper open, where each sold is one buyer's in the
    receipt's currency and one at least is open; a paid one takes nothing where the money is
    about the others' open sum, within the tolerance (rv54d e6: a changer's 7,000 naming INV-1,
    paid, and INV-2, open 7,000, is INV-2's buyer's; 13,565.50 naming a paid invoice and one
    open 7,248.50 stays the changer's). A paper no file sells takes what the others leave
    (`_unsold`), so the money must pay at least their open sum (rv55c s35: a changer's 12,000
    naming Beta's INV-2 7,000, Gamma's INV-3 5,000 and an unknown INV-7)."""
    out, missing = [], False
    for part in parts:
        buyers = found.get(loose_number(part), {})
        missing = missing or not buyers
        if len(buyers) > 1:
            return None
        for key, (name, currency, left, _) in buyers.items():
            if currency != (record[CURRENCY] or currency):
                return None
            if left > 0:
                out.append((part, key, name, left))
    if not out:
        return None
    left = sum(share for *_, share in out)
    allowed = stored.shortfall(left, record[CURRENCY] or "", None) if stored else 0.005
    if missing:
        return out if record[RECEIVED] >= left - allowed else None
    if len(out) == len(parts):
        return out
    return out if abs(left - record[RECEIVED]) <= allowed else None


def unsold_papers(parts: list[str], found: Open) -> list[str]:
    """The papers named that no file nor the store sells (as written): the payer's own."""
    return [part for part in parts if not found.get(loose_number(part))]


def paper_rows(record: Record, cell: int, split: Split,
           unsold: list[str]) -> list[Record]:
    """The receipt as one row per paper, each its share of the money by the papers' open; a
    paper no file sells (`unsold`) keeps what is left over them, its payer's (rv55c s37)."""
    total = sum(left for *_, left in split)
    rest = rest_over(record, split, unsold)
    received = record[RECEIVED] - rest
    out, given = [], 0.0
    for place, (number, key, name, left) in enumerate(split):
        share = received - given if place == len(split) - 1 else round(received * left / total, 2)
        given += share
        part = booked_to(record, name, key)
        part = (*part[:cell], number, *part[cell + 1:])
        out.append((*part[:RECEIVED], share, *part[RECEIVED + 1:]))
    if rest:
        out.append((*record[:cell], ", ".join(unsold), *record[cell + 1:RECEIVED], rest,
                    *record[RECEIVED + 1:]))
    return out


def rest_over(record: Record, split: Split, unsold: list[str]) -> float:
    """What a receipt pays over its sold papers' open sum, where it names unsold ones too."""
    rest = round(record[RECEIVED] - sum(left for *_, left in split), 2)
    return rest if unsold and rest > 0.005 else 0.0


def shares(record: Record, split: Split, unsold: list[str]
            ) -> list[object]:
    """Each buyer's share of a receipt split by its papers' open sums, as the report says."""
    total = sum(left for *_, left in split)
    received = record[RECEIVED] - rest_over(record, split, unsold)
    return [Noted(name, Message("payer_split_part", N_("{amount} for {number}"), {
        "amount": money(round(received * left / total, 2), record[CURRENCY]),
        "number": number})) for number, _, name, left in split]


def split_message(sheet: str, record: Record, split: Split,
                   unsold: list[str]) -> Message:
    return Message("payer_split", N_(
        "Sheet “{sheet}” row {row}: {amount} paid by {payer}, who buys nothing, for papers of "
        "several customers: split by what each had open: {parts}."), {
        "sheet": sheet, "row": record[ROW], "payer": record[CUSTOMER] or "",
        "amount": money(record[RECEIVED], record[CURRENCY]),
        "parts": Listed(shares(record, split, unsold))})
