"""Each customer code with the names written beside it, kept from one import to the next.

An ERP exports one month at a time. A buyer renamed in July (Rheinland Fahrzeugteile GmbH →
RFT Automotive GmbH, code C0001) stands beside its old name in June's file and its new one in
July's: read a file at a time, nothing was said, and the year ended with two customers, the
new name's wire leaving the old name's 20,000 open (rv52b f5). The store keeps each code beside
the customer keys and names written with it (`customer_codes`, schema 25) and the file that
first did; an import starts from them (core.ledger.customer_codes, core.ledger.code_split), so
a later file writing a code beside another name is named, with the earlier file, and the clerk
merges them as any pair the report names (Customers, or `customer merge`). Never merged
here: an ERP may give a retired buyer's code to a new one. The table is the database's: undo-
import's copy takes a file's codes back with the import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from core.i18n import N_
from core.ledger.code_split import owners, split_name, split_of
from core.ledger.customer_codes import SAID, Codes, code_key, renamed_messages, to_say
from core.ledger.normalise import customer_key
from core.ledger.said_once import remember_said, said_before
from core.messages import Listed, Message

# the pairs of customers a name beside two codes was split into, each said once (core.ledger.
# said_once)
SPLIT_SAID = "code_splits_said"


def _stored(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """The store's rows (code, customer key, name, file) in the order first met, each code as
    the store first wrote its key (customer_codes.code_key): a store an older reader kept
    holds C0012 and C12, or C0010 and c0010, apart. A name split off under a code that the
    key makes its own name's (Atlas (C12) beside Atlas of C0012) is no customer of it now."""
    rows = list(conn.execute(
        "SELECT code, customer_key, name, file FROM customer_codes ORDER BY rowid"))
    shown: dict[str, str] = {}
    owner: dict[str, str] = {}  # customer key -> the key of the code first beside it
    for code, key, _, _ in rows:
        owner.setdefault(key, shown.setdefault(code_key(code), code))
    return [(shown[code_key(code)], key, name, file) for code, key, name, file in rows
            if not ((plain := split_of(name, code)) and code != shown[code_key(code)] and
                    owner.get(customer_key(plain)) == shown[code_key(code)])]


def stored_codes(conn: sqlite3.Connection) -> Codes:
    """The store's codes, each with its customer keys and names, in the order first met."""
    codes: Codes = {}
    for code, key, name, _ in _stored(conn):
        codes.setdefault(code, {}).setdefault(key, name)
    return codes


def split_pairs(conn: sqlite3.Connection) -> set[frozenset[str]]:
    """The customer keys of each name and the customer a second code's rows made of it
    (code_split): said as such by the import, not again as alike names."""
    return {frozenset({key, customer_key(plain)}) for code, key, name in conn.execute(
        "SELECT code, customer_key, name FROM customer_codes")
        if (plain := split_of(name, code))}


@dataclass
class CodeNotes:
    """What an import says of its customer codes, and what it keeps of them once written."""

    messages: list[Message] = field(default_factory=list)
    said: list[frozenset[str]] = field(default_factory=list)
    splits: list[frozenset[str]] = field(default_factory=list)
    new: list[tuple[str, str, str]] = field(default_factory=list)  # code, key, name

    def keep(self, conn: sqlite3.Connection, file: str) -> None:
        """Inside the import's write: the codes new to the store, and what was said."""
        remember_said(conn, SAID, self.said)
        remember_said(conn, SPLIT_SAID, self.splits)
        conn.executemany("INSERT OR IGNORE INTO customer_codes(code, customer_key, name, file) "
                         "VALUES (?, ?, ?, ?)", [(*row, file) for row in self.new])


class Coded(Protocol):
    """What a file's reading found of its customer codes (core.ledger.file_reader)."""

    codes: Codes  # the store's and the file's, each code's names
    coded: set[tuple[str, str]]  # the code and customer key of each of the file's rows


def code_notes(conn: sqlite3.Connection, found: Coded,
               counts_as: Callable[[str], str]) -> CodeNotes:
    """The notes of a file's codes (started from the store's): a code beside names counted
    as two customers, said once (a name only the store holds for it named with its file),
    and a name beside two codes counted as two customers (code_split), said once."""
    codes = found.codes
    files: dict[tuple[str, str], str] = {}
    for code, key, _, file in _stored(conn):
        files.setdefault((code, key), file)
    notes = CodeNotes(new=[(code, key, name) for code, names in codes.items()
                           for key, name in names.items() if (code, key) not in files])
    renamed = to_say(codes, counts_as, said_before(conn, SAID))
    earlier = {(code, key) for code, names in renamed.items() for key in names
               if (code, key) in files and (code, key) not in found.coded}  # only before
    renamed = {code: names for code, names in renamed.items()  # none in this file: not news
               if not all((code, key) in earlier for key in names)}
    notes.said = [frozenset(names) for names in renamed.values()]
    here = {code: names for code, names in renamed.items()
            if not any((code, key) in earlier for key in names)}
    notes.messages = renamed_messages(here)
    for code, names in renamed.items():
        if code not in here:
            notes.messages.append(_earlier(code, names, files, earlier))
    first = owners(codes)
    done = said_before(conn, SPLIT_SAID)
    for code, names in codes.items():
        for key, name in names.items():
            plain = split_of(name, code)
            pair = frozenset({customer_key(plain), key}) if plain else frozenset()
            if plain and len({counts_as(k) for k in pair}) > 1 and pair not in done \
                    and customer_key(plain) in first:
                notes.splits.append(pair)
                notes.messages.append(_split(plain, first[customer_key(plain)], code))
    return notes


def _earlier(code: str, names: dict[str, str], files: dict[tuple[str, str], str],
             earlier: set[tuple[str, str]]) -> Message:
    before = [name for key, name in names.items() if (code, key) in earlier]
    now = [name for key, name in names.items() if (code, key) not in earlier]
    return Message("code_renamed_across_files", N_(
        "Customer code “{code}” is written beside {now} in this file, and was beside {before} "
        "in an earlier file ({files}). Counted apart, the new name's payments do not pay the "
        "old name's invoices: if it is one buyer renamed, merge the names (Customers, or "
        "`customer merge`); if the code now belongs to another buyer, leave them apart."),
        {"code": code, "now": Listed(now), "before": Listed(before), "files": Listed(sorted(
            {files[code, key] for key in names if (code, key) in earlier}))})


def _split(name: str, first: str, code: str) -> Message:
    return Message("name_two_codes", N_(
        "“{name}” is written beside customer codes “{first}” and “{code}”: two buyers under "
        "one name, counted apart as “{name}” ({first}) and “{split}”, so one's payments and "
        "overdue money are not the other's. If they are one buyer, merge them (Customers, or "
        "`customer merge`)."),
        {"name": name, "first": first, "code": code, "split": split_name(name, code)})
