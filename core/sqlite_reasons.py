"""SQLite's own reasons, in the user's language. A message saying why a database could not be
opened or written quotes SQLite's reason; quoted raw, the Chinese read "已损坏（file is not a
database）". The reasons SQLite gives for a damaged, locked, full or read-only file are named
here; any other (a quick check's page list) is quoted as SQLite gave it."""

from __future__ import annotations

from core.i18n import N_, _
from core.messages import Term

REASONS = {  # SQLite's text (sqlite3_errstr), lower case -> what the user reads
    "file is not a database": N_("the file is not a database"),
    "database disk image is malformed": N_("the file's structure is broken"),
    "database is locked": N_("another program holds the database"),
    "unable to open database file": N_("the file cannot be opened"),
    "disk i/o error": N_("the disk could not be read or written"),
    "attempt to write a readonly database": N_("the file is read-only"),
    "database or disk is full": N_("the disk is full"),
}


def reason(error: object) -> str:
    """SQLite's reason as a message parameter: a Term (translated when the message is read)
    where SQLite's words are known, else its words as given."""
    text = str(error)
    known = REASONS.get(text.strip().lower())
    return Term(known) if known else text


def reason_text(error: object) -> str:
    """The same, translated now (for a message put together in the window)."""
    said = reason(error)
    return _(said) if isinstance(said, Term) else said
