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
from pathlib import PurePath

from core.i18n import N_
from core.ledger.normalise import customer_key
from core.ledger.paid_for import Named, Said
from core.ledger.record import CUSTOMER_KEY, NOTES, ROW, Record
from core.ledger.said_once import remember_said, said_before
from core.ledger.tab_month import MONTHS_EN
from core.messages import Message
from core.similarity import close_pairs

# the words saying a name was the buyer's before or is after: 原名(称) / 曾用名 / 前称 / 旧名 X,
# 更名(为) / 改名(为) / 现名 / 新名 Y; "formerly (known as)" / "previously" / "former name" /
# "f.k.a." X, "renamed (to / from)" / "name changed (from X) to Y" / "now (named) Y"
_WORDS = (r"原名|曾用名|前称|旧名|更名|改名|现名|新名|\bformerly\b|\bpreviously\b"
          r"|\b(?:former|previous|old|new)\s+name\b|\bf\.?k\.?a\.?|\brenamed\b"
          r"|\bname\s+changed\b|\bchanged\s+(?:its\s+)?name\b"
          r"|\bnow\s+(?:named|called|known\s+as)\b|\bnow(?=\s+(?-i:[A-Z]))")
# each of _WORDS inside one of these (LIKE ignores ASCII case only: none holds an i, k or s,
# which re.IGNORECASE also matches as İ ı K ſ): the notes SQLite lets by to the regex
_LIKE_WORDS = ("名", "称", "formerly", "prev", "name", "f%a", "now")
_LIKES = " OR ".join(f"l.notes LIKE '%{word}%'" for word in _LIKE_WORDS)
# what may stand between the word and the name: 原名称 X, 更名为 X, "formerly known as X",
# "renamed from X", "name changed from X to Y" (read as its two names where the row's customer
# is one of them, else as one name holding " to ": `_named`); a particle taken as the name's
# start read "known as Sunrise Trading LLC" (fix38a)
_PARTICLES = (r"(?:\s*(?:名称为|名称|称为|称|为|成|作|(?:known|also)\s+as\b|called\b|named\b"
              r"|from\b|to\b|as\b|is\b|was\b|[:：]))*")
# the name: up to a stop (a comma, a bracket, a spaced slash (not A/S's), a year, "since
# 2024" or "since Jan 2024", a space before Chinese ("原名华美贸易有限公司 已付30%定金"),
# another of the words: "now", "renamed to") or the note's end; " to " inside a name is its
# own ("formerly Back to Nature Ltd" was read "Back", note39)
_MONTH = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
_NAME = re.compile(rf"(?:{_WORDS})(?P<lead>{_PARTICLES})\s*"
                   rf"(?P<name>[^，,;；。()（）:：]{{2,}}?)"
                   rf"\s*(?=[，,;；。()（）]|\s/|/\s|\d{{4}}\s*年|于|\s[\u3400-\u9fff]"
                   rf"|\s(?:since|in|from|as\s+of|effective|until|till)\s+"
                   rf"(?:\d|(?:{_MONTH})\b)|{_WORDS}|$)",
                   re.IGNORECASE)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)

# (sheet, row, the row's customer key, a name the note gives it)
Renamed = tuple[str, int, str, str]


def named_in(note: str | None, own: str | None = None) -> list[str]:
    """The names a note says the buyer had or has, as written; none where it says no rename.
    `own`: the key of the customer whose row the note is on, which tells "from X to Y" from
    a name holding " to " (_named)."""
    if not note or not re.search(_WORDS, note, re.IGNORECASE):
        return []
    text = note.strip()
    found = [name for m in _NAME.finditer(text) for name in _named(m, own)]
    return list(dict.fromkeys(name for name in found if name))


def _named(found: re.Match[str], own: str | None) -> list[str]:
    """The names a word's match gives: after "from", the old name and the new one after " to "
    where the row's customer (`own`) is one of them ("renamed from Sunrise Trading to Sunrise
    Home" on Sunrise Home LLC's row); the whole where it is neither (pay40: "renamed from Back
    to Nature Ltd" on BTN Home Ltd's row was read "Back" and "Nature Ltd", nothing said); the
    first " to " splits it where the row is not known."""
    name = found["name"].strip()
    if not _FROM.search(found["lead"]):
        return [name]
    cuts = list(_TO.finditer(name))
    pairs = [(name[:cut.start()].strip(), name[cut.end():].strip()) for cut in cuts]
    if own is None:
        return list(pairs[0]) if pairs else [name]
    mine = Named({own})
    return list(next((pair for pair in pairs for part in reversed(pair)
                      if mine(Said(part, True)) is not None), (name,)))


def renames(sheet: str, records: Iterable[Record]) -> list[Renamed]:
    """A sheet's rows whose note gives its customer another name, one entry a name."""
    return [(sheet, r[ROW], r[CUSTOMER_KEY], name)
            for r in records if r[NOTES] and r[CUSTOMER_KEY]
            for name in named_in(r[NOTES], r[CUSTOMER_KEY])
            if customer_key(name) != r[CUSTOMER_KEY]]


def stored_renames(conn: sqlite3.Connection, added: int) -> list[tuple[str, Renamed]]:
    """The stored rows of other files whose note names one of the `added` customers (the
    import's new ones: the highest ids), with the file each came from. April's note "原名
    Sunrise Trading" imported before January's book said nothing, Sunrise Trading not yet
    stored; January's import, which adds it, finds the note (fix38a)."""
    if not added:
        return []
    rows = conn.execute("SELECT id, key, name FROM customers ORDER BY id DESC LIMIT ?",
                        (added,)).fetchall()
    new, first = {key: name for _id, key, name in rows}, min(r[0] for r in rows)
    # only an older customer's lines can hold such a note, and only one LIKE lets by (SQLite's
    # own, no Python call a line): a first import into an empty store looks at no line (perf38b)
    if conn.execute("SELECT 1 FROM customers WHERE id < ?", (first,)).fetchone() is None:
        return []
    conn.create_function("tradetier_renamed_note", 1, _says_renamed, deterministic=True)
    named: list[tuple[str, str, int, str, str]] = []
    for file, sheet, row, key, note in conn.execute(
            "SELECT l.source_file, l.source_sheet, l.source_row, c.key, l.notes"
            " FROM order_lines l JOIN orders o ON o.id = l.order_id"
            " JOIN customers c ON c.id = o.customer_id"
            f" WHERE l.notes IS NOT NULL AND ({_LIKES}) AND +o.customer_id < ?"  # lines first
            " AND tradetier_renamed_note(l.notes)"
            " ORDER BY l.source_file, l.source_sheet, l.source_row", (first,)):
        if key in new or not (file and sheet and row):
            continue  # a new customer's own note is the file's: found as it was read
        named += [(file, sheet, row, key, name) for name in named_in(note, key)
                  if customer_key(name) != key]
    # the new names' words indexed once for every note's name, not once a name (perf38b)
    close = {name for name, _ in close_pairs(
        list(dict.fromkeys(name for *_, name in named)), list(new.values()))}
    return [(PurePath(file).name, (sheet, row, key, name))
            for file, sheet, row, key, name in named
            if customer_key(name) in new or name in close]


def _says_renamed(note: str | None) -> bool:
    return bool(note) and re.search(_WORDS, note or "", re.IGNORECASE) is not None


def renamed_messages(conn: sqlite3.Connection, found: list[Renamed],
                     counts_as: Callable[[str], str],
                     stored: list[tuple[str, Renamed]] | None = None) -> list[Message]:
    """After the write: each note's name that is a stored customer's (the same key, or a
    name close to it letter for letter: "Sunrise Trading" for "Sunrise Trading LLC") beside
    the row's customer, once a pair, unless the clerk's merges (`counts_as`) made them one;
    and once for the database: a pair said by an earlier import is not said again (kept in
    `meta`, note39: every later month's book repeating the note said it again, until merged).
    `stored`: notes of earlier files naming a customer this import added, with their file."""
    everything = [(None, renamed) for renamed in found] + list(stored or [])
    if not everything:
        return []
    names = dict(conn.execute("SELECT key, name FROM customers"))
    keys = {name: key for key, name in names.items()}
    written = sorted({name for _, (*_, name) in everything})
    close: dict[str, list[str]] = {name: [] for name in written}
    for name, other in close_pairs(written, list(names.values())):
        close[name].append(keys[other])
    notes: list[Message] = []
    said: set[frozenset[str]] = set()
    before = said_before(conn, _SAID)
    for file, (sheet, row, key, name) in everything:
        exact = customer_key(name)
        for other in ([exact] if exact in names else close[name]):
            pair = frozenset((counts_as(key), counts_as(other)))
            if (len(pair) == 2 and pair not in said and key in names
                    and frozenset((key, other)) not in before):
                said.add(pair)
                before.add(frozenset((key, other)))
                values = {"customer": names[key], "other": names[other], "sheet": sheet,
                          "row": row}
                notes.append(Message("customer_renamed_note", N_(
                    "Possibly the same customer: «{customer}» and «{other}» — the note on "
                    "sheet “{sheet}” row {row} says the buyer changed its name. Counted apart, "
                    "one name's payments do not pay the other's invoices: merge them in "
                    "Customers if so."), values) if file is None else Message(
                    "customer_renamed_note", N_(
                        "Possibly the same customer: «{customer}» and «{other}» — the note "
                        "in “{file}”, sheet “{sheet}” row {row}, imported before, says the "
                        "buyer changed its name. Counted apart, one name's payments do not pay "
                        "the other's invoices: merge them in Customers if so."),
                    {**values, "file": file}))
    remember_said(conn, _SAID, before)
    return notes


# the pairs (customer keys) a note was said of by an import: each said once, not again by
# every later month's book repeating the note until the clerk merges them (note39)
_SAID = "renamed_notes_said"

