"""One short name written beside two customer codes: two buyers, kept apart (rv52b f6).

An ERP exports the buyer's short name (客户简称) beside its code: two buyers whose short names
are the same ("Atlas", C0010 in the USA and C0025 in South Africa) were one customer "Atlas",
their figures mixed: the unpaid D/P buyer's 8,000 averaged with the other's 40,000 paid T/T
(24,000 an order) and watched, where it is black on its own. The import keys customers by
name; a code says more than the name where they disagree this way. So the name stays with the
code first written beside it (the store's first, core.ledger.stored_codes, then the file's in
row order), and each other code's rows are the customer "Atlas (C0025)": the name the clerk
reads, with the code that tells it apart. Next month's file writing "Atlas" beside C0025 lands
on "Atlas (C0025)" again, even where C0010 is not in it: the store keeps both codes' names.
The first code keeps the name so that a buyer imported for months as "Atlas" (its merges,
limits and lists keyed by that name) stays itself when a second "Atlas" appears. The report
names the two customers (customer_code_notes): if they are one buyer with two codes, the clerk
merges them.
"""

from __future__ import annotations

from core.ledger.customer_codes import Codes, SheetCodes
from core.ledger.normalise import customer_key
from core.ledger.record import CUSTOMER, CUSTOMER_KEY, ROW, Record
from core.ledger.rows import SheetRecords

# how a second code's customer is named: the name, the code in brackets
SPLIT_NAME = "{name} ({code})"


def owners(codes: Codes) -> dict[str, str]:
    """Each customer key -> the code first written beside it, in the order `codes` met them."""
    found: dict[str, str] = {}
    for code, names in codes.items():
        for key in names:
            found.setdefault(key, code)
    return found


def split_name(name: str, code: str) -> str:
    return SPLIT_NAME.format(name=name, code=code)


def split_of(name: str, code: str) -> str | None:
    """The name a customer named by `split_name` was split from, else None."""
    tail = f" ({code})"
    return name[:-len(tail)] if name.endswith(tail) and len(name) > len(tail) else None


def keep_apart(sheet: SheetRecords, coded: SheetCodes, owner: dict[str, str],
               codes: Codes, written: set[tuple[str, str]]) -> None:
    """The sheet's records written under a code other than their name's first (`owner`, as
    known before the sheet; a name new to it is its first row's code's) as that code's
    customer; `codes` then holds that customer, not the name, beside the code. `written`
    gathers each code and customer key the file writes (the store's are in `codes` too)."""
    if not coded.first:
        return
    split: set[tuple[str, str]] = set()

    def kept(record: Record) -> Record:
        key = record[CUSTOMER_KEY]
        code = coded.rows.get(record[ROW]) or coded.first.get(key)
        if code is None or key is None or owner.setdefault(key, code) == code:
            if code is not None and key is not None:
                written.add((code, key))
            return record
        name = split_name(record[CUSTOMER], code)
        split.add((code, key))
        codes.setdefault(code, {}).setdefault(customer_key(name), name)
        written.add((code, customer_key(name)))
        return (*record[:CUSTOMER], name, customer_key(name), *record[CUSTOMER_KEY + 1:])

    sheet.records = [kept(r) for r in sheet.records]
    sheet.pending = [(kept(r), skipped) for r, skipped in sheet.pending]
    for code, key in split:  # the name stands beside its own first code only
        if owner.get(key) != code:
            codes.get(code, {}).pop(key, None)
