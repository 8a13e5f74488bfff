"""A database that cannot be used: being written by another program (or another TradeTier
window), damaged, or another program's own (core.ownership). How long a connection waits for
another's lock, the codes of these refusals (the window tells them by these, and shows its
page for them: ui.unopened) and their messages. Apart from the store so that the window, which
never reaches the database itself, can name them."""

from __future__ import annotations

from pathlib import Path

from core.i18n import N_
from core.messages import Refusal
from core.sqlite_reasons import reason

# How long a connection waits for another program's lock, in seconds (SQLite has one writer
# at a time). Opening waits briefly: a file another program (or another TradeTier window) is
# writing to is said at once, not after half a minute of "Working…", and the window tries
# again every IN_USE_RETRY seconds until it is free. The work after that waits politely, as
# long as a commit of another window's import can take.
OPENING_WAIT = 2
WRITE_WAIT = 30
IN_USE_RETRY = 3

# The refusals that say the database itself cannot be used (not a request's mistake)
UNREADABLE, IN_USE, FOREIGN = "database_unreadable", "database_in_use", "database_foreign"


def is_locked(error: object) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    text = str(error).lower()
    return "locked" in text or "busy" in text


def is_damaged(error: object) -> bool:
    """Whether SQLite found the file no database, or a broken one."""
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def in_use(path: Path) -> Refusal:
    return Refusal(IN_USE, N_(
        "{file} is being written by another program (or another TradeTier window), so it "
        "cannot be opened now. Wait until that program has finished, or close it, and try "
        "again; or open another database (File → Open database…)."), file=str(path))


def unusable(path: Path, error: object) -> Refusal:
    """A database SQLite cannot read (its error, or what a quick check found): in use by
    another program, or damaged."""
    if is_locked(error):
        return in_use(path)
    return Refusal.two_ways(UNREADABLE, N_(
        "{file} is not a TradeTier database or is damaged ({error}). Restore a safety copy "
        "of it (File → Restore a copy…), or open or create another database (File → Open "
        "database…)."), N_(
        "{file} is not a TradeTier database or is damaged ({error}). Restore a safety copy "
        "of it (tradetier restore COPY), or name another database with --db."),
        file=str(path), error=reason(error))


def foreign(path: Path) -> Refusal:
    """Another program's database (core.ownership), refused before anything is written."""
    return Refusal.two_ways(FOREIGN, N_(
        "{file} is not a TradeTier database: it holds another program's data, so TradeTier "
        "left it exactly as it was. Choose a TradeTier database, or create a new one by "
        "typing a new file name (File → Open database…)."), N_(
        "{file} is not a TradeTier database: it holds another program's data, so TradeTier "
        "left it exactly as it was. Name a TradeTier database, or a new file to create one, "
        "with --db NEW.sqlite."), file=str(path))
