"""``tradetier backup | restore | undo-import``: the ways back, from the command line.

Restore and undo-import replace the database's content, so without ``--yes`` they say what they
would do and ask; where nobody can answer (a script, no terminal) they change nothing and exit 2.
Each keeps a safety copy of what it replaces (core.recovery).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from core import db_location, db_owner
from core.i18n import N_, tr
from core.messages import Message
from core.paths import default_db_path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
# What opening a database did is said after each command (core.database_notices), and saying
# it writes: the merges found looping are dropped. A copy put back is the clerk's choice, as
# it is (its loops, if an older version left any, go when the next command opens it); a copy
# written is the database as the clerk has been told it is, so what opening did goes first.
PUTS_BACK = frozenset({"restore", "undo-import"})
SAYS_FIRST = frozenset({"backup"})
YES = ("y", "yes", "是", "好")


def add_parsers(commands: Any, parents: dict[str, argparse.ArgumentParser]) -> None:
    common, db = parents["common"], parents["db"]
    confirm = argparse.ArgumentParser(add_help=False)
    confirm.add_argument("--yes", action="store_true", help=tr(N_(
        "do it without asking")))
    backup = commands.add_parser("backup", parents=[common, db], help=tr(N_(
        "write a consistent copy of the database to a file")))
    backup.add_argument("out", type=Path, metavar="OUT.sqlite")
    restore = commands.add_parser("restore", parents=[common, db, confirm], help=tr(N_(
        "put a copy back in place of the database (a copy of what it replaces is kept)")))
    restore.add_argument("source", type=Path, metavar="IN.sqlite")
    commands.add_parser("undo-import", parents=[common, db, confirm], help=tr(N_(
        "put the database back as it was before the last import")))


def cmd_backup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core import recovery  # the commands' own (it loads the store): --help needs none

    written = recovery.write_copy(_db(args), args.out)
    out.write(tr(N_("Copy written: {file}"), file=str(written)) + "\n")
    return EXIT_OK


def place_notes(db: Path, err: TextIO) -> None:
    """Before the database is written: why its place is unsafe, and who else has it open."""
    for note in (db_location.warning(db), getattr(db_owner.current(db), "message", None)):
        if note is not None:
            err.write(tr(N_("Note: {note}"), note=note.text) + "\n")


def cmd_restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core import recovery

    db = _db(args)
    place_notes(db, err)
    plan = recovery.plan_restore(db, args.source)
    answer = _confirm(plan.message, args.yes, out, err)
    if answer != EXIT_OK:
        return answer
    out.write(recovery.restore(db, args.source, safety=plan.safety).text + "\n")
    return EXIT_OK


def cmd_undo_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core import recovery

    db = _db(args)
    place_notes(db, err)
    plan = recovery.plan_undo_import(db)
    answer = _confirm(plan.message, args.yes, out, err)
    if answer != EXIT_OK:
        return answer
    out.write(recovery.undo_import(db, plan).text + "\n")
    return EXIT_OK


def _db(args: argparse.Namespace) -> Path:
    return Path(args.db or default_db_path())


def _confirm(plan: Message, yes: bool, out: TextIO, err: TextIO) -> int:
    """EXIT_OK to go ahead; otherwise the exit code of a change not made."""
    out.write(plan.text + "\n")
    if yes:
        return EXIT_OK
    if not sys.stdin.isatty():
        err.write(tr(N_("Nothing was changed: run it again with --yes to do it.")) + "\n")
        return EXIT_USAGE
    out.write(tr(N_("Go ahead? [y/N] ")))
    out.flush()
    if sys.stdin.readline().strip().lower() in YES:
        return EXIT_OK
    out.write(tr(N_("Nothing was changed.")) + "\n")
    return EXIT_REFUSED


COMMANDS = {"backup": cmd_backup, "restore": cmd_restore, "undo-import": cmd_undo_import}
