"""The notes a file's last import gave, not repeated in full when it is imported again (acct52k).

A firm keeping one workbook for the year, a tab a month, imports it again under the same name
at each month end. Every import named again every note the earlier ones gave for rows nobody
changed (a prepayment row from February on, a deduction, a moved order's first date): by
December some thirty lines, two or three of them new, and the clerk stopped reading. Each note
an import gives (a warning, a skipped row, a total that disagrees) is kept in `meta` under the
file's name as a key of what it says, language apart; the next import of that name says the
notes with a key kept in full no more, only how many there are (core.ledger.report, the
window's "Show all notes"). The JSON keeps every note, a repeated one flagged. A file of
another name, or of one name in another month's folder, compares with nothing, and
undo-import's copy takes the record back with its import.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.i18n import NP_
from core.ledger.file_labels import folder_dated
from core.ledger.payment_row_notes import PLANNED_ROW
from core.ledger.rows import Skipped, TotalsCheck
from core.messages import Listed, Message, Noted, Sentences, Term

PREFIX = "notes_said:"  # + the file's name, dated by its folder: {"day": …, "keys": […]}
Note = Message | Skipped | TotalsCheck

AS_BEFORE = Message("notes_as_before", NP_(
    "{count} note is as at this file's last import ({day}) and is not repeated: “Show all "
    "notes” below lists it.",
    "{count} notes are as at this file's last import ({day}) and are not repeated: “Show "
    "all notes” below lists them."), command=NP_(
    "{count} note is as at this file's last import ({day}) and is not repeated: “import "
    "--all-notes” lists it.",
    "{count} notes are as at this file's last import ({day}) and are not repeated: “import "
    "--all-notes” lists them."))


@dataclass(frozen=True)
class AsBefore:
    """What the last import of the same file name said; `day` empty where there was none."""

    day: str = ""
    keys: frozenset[str] = frozenset()

    def said(self, note: Note) -> bool:
        """Whether the last import gave `note` too; a totals row left out never counts: it
        is the import doing its job, said among the counts (core.ledger.report)."""
        if isinstance(note, Skipped) and note.message.code in ("totals_row", PLANNED_ROW):
            return False
        return bool(self.keys) and note_key(note) in self.keys

    def flagged(self, note: Note, data: dict[str, Any]) -> dict[str, Any]:
        """A note's JSON, with "repeat": true where the last import gave it too."""
        return {**data, "repeat": True} if self.said(note) else data

    def as_json(self) -> dict[str, Any]:
        return {"last_import": self.day} if self.day else {}


def folded_line(count: int, day: str) -> Message:
    """The report's one line for the notes not repeated."""
    return Message(AS_BEFORE.code, AS_BEFORE.template, {"count": count, "day": day},
                   AS_BEFORE.command)


def _plain(value: object) -> object:
    """A parameter as data that reads the same in every language (a Listed's items, not its
    text as made, whose separators were the language in force then)."""
    if isinstance(value, Message):
        return [value.code, value.template, value.command, _plain(value.params)]
    if isinstance(value, Listed):
        return ["listed", _plain(list(value.items)), value.shown]
    if isinstance(value, Noted):
        return ["noted", _plain(value.name), _plain(value.note)]
    if isinstance(value, Sentences):
        return ["sentences", _plain(list(value))]
    if isinstance(value, Term):
        return [type(value).__name__, str(value)]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)


def note_key(note: Note) -> str:
    """What a note says and where, as a short key: its code, its words, its parameters."""
    if isinstance(note, Skipped):
        data: object = ["skipped", note.sheet, note.row, _plain(note.message)]
    elif isinstance(note, TotalsCheck):
        data = ["total", note.sheet, note.row, round(note.stated, 2), round(note.rows_sum, 2),
                round(note.imported_sum, 2), note.skipped_rows, note.suspects]
    else:
        data = _plain(note)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def said_last(conn: sqlite3.Connection, path: Path, notes: Iterable[Note], day: str
              ) -> AsBefore:
    """What the last import of the file's name said; this import's `notes` (its warnings,
    skipped rows and totals) kept in its place. A name its folder dates is another file in
    each month's folder (2025-04/台账.xlsx, 2025-05/台账.xlsx: core.ledger.file_labels): May's
    row skipped as April's was, at the same row, is news."""
    key = PREFIX + folder_dated(path.name, str(path))
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    kept = json.loads(row[0]) if row else {}
    keys = sorted({note_key(note) for note in notes})
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                 (key, json.dumps({"day": day, "keys": keys})))
    return AsBefore(kept.get("day", ""), frozenset(kept.get("keys", ())))
