"""A note saying the buyer changed its name (更名): the two names pointed out for merging.

A buyer renames itself (Sunrise Trading → Sunrise Home) and the clerk, keeping no customer
code, writes so in 备注: "原名 Sunrise Trading，2025年更名 Sunrise Home", "更名为 Sunrise Home",
"formerly Sunrise Trading". The import keys customers by name, so the two names are two
customers, and they share too few letters for the import's "possibly the same customer" to
weigh them alike (core.ledger.alike_customers): the new name's wire, which paid the old
name's invoice too, left the old name owing it, dormant and black-listed, beside a new name
holding credit. The note says what the letters cannot: the report names the pair, as it names
a customer code beside two names (core.ledger.customer_codes), and the clerk merges them. It
never merges them itself: a note may be wrong, and a merge is the clerk's to undo.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable

from core.i18n import N_
from core.ledger.normalise import customer_key
from core.ledger.record import CUSTOMER_KEY, NOTES, ROW, Record
from core.messages import Message
from core.similarity import close_pairs

# the words saying a name was the buyer's before or is after: 原名 / 曾用名 / 前称 / 旧名 X,
# 更名(为) / 改名(为) / 现名 / 新名 Y; "formerly" / "former name" / "f.k.a." X, "renamed (to)" /
# "now named" Y
_WORDS = (r"原名|曾用名|前称|旧名|更名|改名|现名|新名|formerly|former\s+name|f\.?k\.?a\.?"
          r"|renamed|now\s+(?:named|called|known\s+as)")
# the name: up to a stop (a comma, a bracket, a year, another of the words) or the note's end
_NAME = re.compile(rf"(?:{_WORDS})\s*(?:为|成|作|to|as|is)?\s*[:：]?\s*"
                   rf"(?P<name>[^，,;；。()（）:：]{{2,}}?)"
                   rf"\s*(?=[，,;；。()（）]|\d{{4}}\s*年|于|{_WORDS}|$)", re.IGNORECASE)

# (sheet, row, the row's customer key, a name the note gives it)
Renamed = tuple[str, int, str, str]


def named_in(note: str | None) -> list[str]:
    """The names a note says the buyer had or has, as written; none where it says no rename."""
    if not note or not re.search(_WORDS, note, re.IGNORECASE):
        return []
    return [found["name"].strip() for found in _NAME.finditer(note.strip())
            if found["name"].strip()]


def renames(sheet: str, records: Iterable[Record]) -> list[Renamed]:
    """A sheet's rows whose note gives its customer another name, one entry a name."""
    return [(sheet, r[ROW], r[CUSTOMER_KEY], name)
            for r in records if r[NOTES] and r[CUSTOMER_KEY]
            for name in named_in(r[NOTES]) if customer_key(name) != r[CUSTOMER_KEY]]


def renamed_messages(conn: sqlite3.Connection, found: list[Renamed],
                     counts_as: Callable[[str], str]) -> list[Message]:
    """After the write: each note's name that is a stored customer's (the same key, or a
    name close to it letter for letter: "Sunrise Trading" for "Sunrise Trading LLC") beside
    the row's customer, once a pair, unless the clerk's merges (`counts_as`) made them one."""
    if not found:
        return []
    names = dict(conn.execute("SELECT key, name FROM customers"))
    keys = {name: key for key, name in names.items()}
    written = sorted({name for *_, name in found})
    close: dict[str, list[str]] = {name: [] for name in written}
    for name, other in close_pairs(written, list(names.values())):
        close[name].append(keys[other])
    notes: list[Message] = []
    said: set[frozenset[str]] = set()
    for sheet, row, key, name in found:
        exact = customer_key(name)
        for other in ([exact] if exact in names else close[name]):
            pair = frozenset((counts_as(key), counts_as(other)))
            if len(pair) == 2 and pair not in said and key in names:
                said.add(pair)
                notes.append(Message("customer_renamed_note", N_(
                    "Possibly the same customer: «{customer}» and «{other}» — the note on "
                    "sheet “{sheet}” row {row} says the buyer changed its name. Counted apart, "
                    "one name's payments do not pay the other's invoices: merge them in "
                    "Customers if so."), {"customer": names[key], "other": names[other],
                                          "sheet": sheet, "row": row}))
    return notes
