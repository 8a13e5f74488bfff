"""New customers named like stored ones, pointed out after the write.

A clerk types one buyer otherwise in next month's file ("ACME Trading" for the stored "Acme
Trading Co., Ltd"): a new key, a new customer, its payments apart from the invoices stored under
the other name. The import names each such pair once, when the new name first comes, so the
clerk merges them in Customers if they are one; it never merges them itself (two buyers may
share most of a name), and says nothing of the figures. Only the file's new names are weighed
against the stored ones, letter for letter (core.similarity.close_pairs: stricter than the
merge's alike, which takes Kingsway Trading and Kingsway Home Retail for one): a few names
among thousands. Two new names are weighed against each other too: a firm's first file, a
year's book with Nordic Home AB and NORDIC HOME A.B., said nothing, and the spelling with one
8,000 invoice 95 days late went on the black list as a small customer while the other was on
the white list (stop36). An agent writing the end customer it buys for in brackets ("ABC Agency
(for Lidl)", "ABC Agency（Aldi）") is one counterparty, the name outside the brackets: the firm
invoices the agent and the agent pays; the two names are pointed out as one agent's (stop38),
for the clerk to merge where the agent pays for both. A country, region or group word in
brackets is no end customer: "Apex (UK) Ltd", "Apex (Europe) Ltd" and "Apex (Holdings) Ltd"
are three firms, each paying its own invoices, and drew three notes to merge them (fix38b:
core.similarity.end_customer); nor are names with nothing outside their brackets, "(A)" and
"(B)". Two new names are weighed only where
they share a word few of the file's names hold (similarity.RARE_WORD): a first import of
thousands of buyers stays linear. A short name beside the full one, "AL NOOR" and "Al Noor
Trading LLC", "Sahara Star" and "Sahara Star General Trading" (its trade words left out, too
far apart letter for letter), is named as well (core.short_names, fix59i: rv59b s22 named
neither, and the short name stood black while the full one held the money).

The weighing is pure Python over the names alone (a first import of 3,300 buyers: ~0.16 CPU s),
while the writer's last long statements (the file's first read figures copied, the indexes set
aside made again: ~0.2 s at 100k) are SQLite's work without Python's lock. So the writer
gives those to its writing thread and weighs the names meanwhile (:class:`Weighing`, perf65b);
:func:`alike_customers` takes its pairs where the store's names are still those it weighed,
else weighs them itself, as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from core.i18n import N_
from core.ledger.doubled_wires import remember_alike
from core.ledger.moves import respelled
from core.ledger.stored_codes import split_pairs
from core.ledger.write_counts import WriteCounts
from core.messages import Message
from core.short_names import short_pairs
from core.similarity import RARE_WORD, bracket_pairs, close_pairs

Names = list[tuple[str, str]]  # the store's customers, (key, name), in id order
Pairs = tuple[list[tuple[str, str]], list[tuple[str, str]]]  # bracketed, then the others


def alike_names(conn: sqlite3.Connection) -> Names:
    """The store's customers (key, name) in id order: the new ones last."""
    return [(key, name) for key, name in conn.execute(
        "SELECT key, name FROM customers ORDER BY id")]


def _weighed(rows: Sequence[tuple[str, str]], added: int) -> Pairs:
    """The pairs of the `added` last names (new) with the others and each other: the
    agent's bracketed ones, then the close and the short ones."""
    new, known = dict(rows[-added:]), dict(rows[:-added])
    keys = {name: key for key, name in rows}
    names = list(new.values())
    return bracket_pairs({name: keys[name] for name in names}, keys), [
        *close_pairs(names, list(known.values())), *close_pairs(names, names, RARE_WORD),
        *short_pairs(names, [*known.values(), *names])]


class Weighing:
    """The store's names as the write left them (:func:`alike_names`) and their pairs,
    weighed by the writer while its writing thread makes the indexes (the module doc); asked
    by :func:`alike_customers` for the names it finds then."""

    def __init__(self, rows: Names, added: int) -> None:
        self.rows, self.added = rows, added
        self._found = _weighed(rows, added)

    def pairs(self, rows: Names, added: int) -> Pairs | None:
        """Its pairs, where `rows` and `added` are those it weighed; else None."""
        return self._found if (rows, added) == (self.rows, self.added) else None


def alike_customers(conn: sqlite3.Connection, counts: WriteCounts,
                    counts_as: Callable[[str], str], weighing: Weighing | None = None
                    ) -> list[Message]:
    """After the write: each of the customers the file inserted (the highest ids, as both
    writers number them) beside each stored customer whose name is close to its, unless the
    clerk's merges (`counts_as`: a key to the one it counts as) make them one already, or an
    order moved between the two said they are likely one (core.ledger.moves.respelled).
    `weighing`: the names weighed already, while the write ended (:class:`Weighing`)."""
    added = counts.customers_inserted
    if not added:
        return []
    said = {(move.customer, move.stored) for move in counts.moved if respelled(move)}
    split = split_pairs(conn)  # "Atlas (C0025)" beside "Atlas": two codes, said as such
    rows = alike_names(conn)
    known = dict(rows[:-added])
    keys = {name: key for key, name in rows}
    notes, merged = [], set()
    bracketed, pairs = (weighing and weighing.pairs(rows, added)) or _weighed(rows, added)
    remember_alike(conn, [(keys[name], keys[other]) for name, other in [*bracketed, *pairs]],
                   not known)  # said again where one wire stands under both (doubled_wires)
    for name, other in [*bracketed, *pairs]:
        pair = frozenset((counts_as(keys[name]), counts_as(keys[other])))
        if len(pair) == 2 and pair not in merged and (name, other) not in said \
                and frozenset((keys[name], keys[other])) not in split:
            merged.add(pair)
            if (name, other) in bracketed:  # an agent's end customers: first, said as such
                notes.append(Message("customer_bracketed", N_(
                    "Possibly one customer: «{new}» and «{known}» differ only in brackets (an "
                    "agent's end customers?). If the firm invoices the agent and it pays for "
                    "both, merge them in Customers: counted apart, its payments for one do not "
                    "pay the other's invoices."), {"new": name, "known": other}))
                continue
            notes.append(Message("customer_alike_new", N_(
                "Possibly the same customer: «{new}» (new) and «{known}» — merge them in "
                "Customers if so.") if other in known.values() else N_(
                "Possibly the same customer: «{new}» and «{known}», both new — merge them in "
                "Customers if so."), {"new": name, "known": other}))
    return notes
