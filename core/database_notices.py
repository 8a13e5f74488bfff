"""What opening a database did to the clerk's customers, said once, in the reader's language.

The notes kept by the re-key (core.notes_kept) and merges found looping (core.overrides.looped:
broken where they are read, dropped here) are taken in one transaction, so the window after
opening and the command line after its command each say them once, and never again.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core import notes_kept, ownership
from core.i18n import N_, NP_
from core.messages import Listed, Message, Sentences
from core.notes_kept import Joined, Note, Replaced
from core.override_log import unloop
from core.overrides import listed_action, looped, shown_target, stored_merges
from core.store import SCHEMA_VERSION, transaction
from core.unusable import OPENING_WAIT

TITLE = N_("What opening the database changed")
JOINED = N_("{count} customers whose names differ only in how they were typed (bracket "
            "kinds or widths, spaces, a full stop or comma at the end) are now one customer, "
            "“{name}”: {names}.")
JOINED_ALSO = N_("{count} customers whose names differ only in how they were typed (bracket "
                 "kinds or widths, spaces, a full stop or comma at the end) are now one customer, "
                 "“{name}”: {names}. {also}")
# what the spellings' merges and exclusions make of the customer (core.ledger.joined_corrections),
# each said as "customers_joined_" and its name
CROSSED = {
    "under": N_("The orders of {moved} now count under “{target}” too, which “{merged}” was "
                "merged into."),
    "carried": N_("What was set on {moved} now holds for “{target}”: {corrections}."),
    "left_out": N_("“{customer}” is left out of the analysis, as {by} was: the orders of "
                   "{newly} are left out with it."),
    "still_out": N_("“{customer}” was left out of the analysis and still is: the orders of "
                    "{newly} are left out with it."),
    "moot": N_("What was set on {newly} ({corrections}) holds only once “{customer}” is in "
               "the analysis again.")}
REPLACED = N_("“{customer}”: {dropped} set on {day} was replaced by {kept}, set later.")
# the dropped one on a spelling merged into the customer, the customer's own kept (notes_kept)
KEPT_IN_FORCE = N_("“{customer}”: {dropped} set on {day} on another spelling of its name was "
                   "dropped; {kept}, the one in force, stays.")
UNLOOPED = N_("The merge of “{customer}” into “{target}”, set on {day}, was dropped: the "
              "merges led round in a circle, which left the customers out of every list.")
REKEY_LOOPED = N_("The merge of “{customer}” into “{target}”, set on {day}, was dropped: "
                  "with the names now one customer it led back round in a circle, so it "
                  "would have left the customers out of every list.")
# The window's line above the notes, which it lists in a box that scrolls (ui.notices_dialog):
# 40 customers joined were 40 paragraphs, a box 3,402 px tall on an 800 px screen (rv50k)
SUMMARY = {
    "joined": NP_("{count} customer is now one with another spelling of its name.",
                  "{count} customers are now one with other spellings of their names."),
    "corrections": NP_("{count} correction you set was replaced or dropped.",
                       "{count} corrections you set were replaced or dropped.")}
READ_THEM = N_("Each change is listed below: read them before you print or send a list.")
# A dropped or kept correction's value in those sentences, by the change it stands for
VALUES = {"pin": N_("the pin to {target}"), "merge": N_("the merge into “{target}”"),
          "limit": N_("the credit limit of {target}"),
          "limit_none": N_("no credit limit, set by hand"),
          "insure": N_("the credit insurance of {target}"),
          "insure_none": N_("no credit insurance, set by hand"),
          "group": N_("the group “{target}”"),
          "project_on": N_("the judging as a project buyer")}


def take(conn: sqlite3.Connection) -> list[Message]:
    """The notes not said yet and the merges looping, dropped, as messages (none: nothing is
    written, not even a transaction begun)."""
    if not (notes_kept.stored(conn) or looped(stored_merges(conn))):
        return []
    with transaction(conn):
        notes = notes_kept.take(conn) + unloop(conn)
    return [said(note) for note in notes]


def take_after_command(path: Path) -> list[Message]:
    """The command line's, after each command: only from a database of this version (one the
    command did not open keeps its notes for the command that does), and nothing from a file
    that cannot be read now, nor one another program holds (its notes wait for the next
    command)."""
    if not Path(path).is_file():
        return []
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=OPENING_WAIT)
        try:
            if (ownership.is_foreign(conn)
                    or conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION):
                return []
            return take(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def summary(notices: list[Message]) -> list[Message]:
    """What the notes are, counted, in a line or two above them."""
    joined = sum(n.code == "customers_joined" for n in notices)
    return [*(Message("notices_summary", SUMMARY[code], {"count": count})
              for code, count in (("joined", joined), ("corrections", len(notices) - joined))
              if count), Message("notices_read", READ_THEM)]


def said(note: Note) -> Message:
    """A note as the clerk reads it, rendered in the language in force when read."""
    if isinstance(note, Joined):
        also = _crossed(note)
        return Message("customers_joined", JOINED_ALSO if also else JOINED, {
            "count": len(note.names), "name": note.name, "names": _quoted(note.names),
            "also": Sentences(also)})
    if isinstance(note, Replaced):
        return Message("correction_replaced", REPLACED if note.later else KEPT_IN_FORCE, {
            "customer": note.customer, "day": note.dropped_at[:10],
            "dropped": _value(note.kind, note.dropped), "kept": _value(note.kind, note.kept)})
    return Message("merge_loop_broken", REKEY_LOOPED if note.rekeyed else UNLOOPED, {
        "customer": note.customer, "target": note.target, "day": note.set_at[:10]})


def _crossed(note: Joined) -> list[Message]:
    """What a join's spellings' merges and exclusions make of the one customer."""
    said: list[tuple[str, dict[str, object]]] = []
    if note.under:
        under: dict[str, object] = {"moved": _quoted(note.moved), "target": note.under,
                                    "merged": note.merged}
        said += [("under", under)]
        said += [("carried", {**under, "corrections": _values(note.carried)})] * bool(note.carried)
    if note.left_out:
        out: dict[str, object] = {"customer": note.left_out, "by": _quoted(note.left_by),
               "newly": _quoted(note.newly_out)}
        said += [("still_out" if note.left_by == (note.left_out,) else "left_out", out)]
        said += [("moot", {**out, "corrections": _values(note.moot)})] * bool(note.moot)
    return [Message(f"customers_joined_{name}", CROSSED[name], params) for name, params in said]


def _quoted(names: tuple[str, ...]) -> Listed:
    return Listed([f"“{name}”" for name in names])


def _values(corrections: tuple[tuple[str, str | None], ...]) -> Listed:
    return Listed([_value(kind, value) for kind, value in corrections])


def _value(kind: str, target: str | None) -> object:
    action = listed_action(kind, target)
    shown = shown_target(action, target)
    return Message(action, VALUES[action], {"target": shown}) if action in VALUES else shown
