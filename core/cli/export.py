"""The `export` command: the stop-loss or restructuring lists as Excel, from the command line.

Kept apart from core/cli/main.py so the action lists can grow without crowding the other
commands; core/cli/main.py registers it with :func:`add_parser` and dispatches to
:func:`cmd_export`. Exit codes follow core/cli/main.py: 0 written, 1 refused.
"""

from __future__ import annotations

import argparse
import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from core.cli import progress_line
from core.i18n import N_, tr
from core.messages import Cancelled, Refusal
from core.paths import default_db_path
from core.progress import Steps

if TYPE_CHECKING:  # loaded when a command runs: --help need not
    from core.analysis.model import Analysis
    from core.analysis.movements import LastMonth

EXIT_OK, EXIT_REFUSED = 0, 1
KINDS = ("stop-loss", "restructuring", "leap")


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(tr(N_("“{value}” is not a date like 2025-12-31"),
                                            value=text)) from None


Parents = dict[str, argparse.ArgumentParser] | list[argparse.ArgumentParser]


def _parent_list(parents: Parents) -> list[argparse.ArgumentParser]:
    """core/cli/main.py hands over its shared parsers by name; export takes --lang and --db."""
    if isinstance(parents, dict):
        return [parents[name] for name in ("common", "db") if name in parents]
    return list(parents)


def _has_option(parents: list[argparse.ArgumentParser], option: str) -> bool:
    return any(option in action.option_strings for p in parents for action in p._actions)


def add_parser(commands: argparse._SubParsersAction, parents: Parents) -> None:
    """Register `export`; --db comes from the shared parents when they carry it."""
    shared = _parent_list(parents)
    parser = commands.add_parser("export", parents=shared, help=tr(N_(
        "write the stop-loss, restructuring or leap-phase lists as a print-ready workbook")))
    parser.add_argument("kind", choices=KINDS, metavar="stop-loss|restructuring|leap")
    if not _has_option(shared, "--db"):
        parser.add_argument("--db", type=Path, help=tr(N_("the database to read")))
    parser.add_argument("--as-of", dest="as_of", type=_as_of, metavar="YYYY-MM-DD", help=tr(N_(
        "analyse as of this date (default: the latest date in the data)")))
    parser.add_argument("--by-salesperson", dest="by_salesperson", action="store_true",
                        help=tr(N_("one file per salesperson with only their customers, "
                                   "without cost or margin")))
    parser.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx", help=tr(N_(
        "the workbook to write (default: a name with the date, in the current folder)")))


def progress_steps(err: TextIO) -> Steps | None:
    """A progress line on a terminal; nothing when the output goes to a file or a pipe."""
    show = progress_line.printer(err)
    return None if show is None else Steps(show, None)


def _with_last_month(db: Path, conn: sqlite3.Connection, as_of: date | None, steps: Steps
                     ) -> tuple[Analysis, LastMonth]:
    """The analysis at the as-of date and last month's snapshot, the snapshot checked in a
    process of its own meanwhile (core.analysis.last_month_beside). Where it cannot be, it is
    checked first, so that the check's and the analysis's peaks in memory do not add up. The
    latest date in the data is read once for both."""
    from core.analysis import run
    from core.analysis.dataset import default_as_of
    from core.analysis.last_month_beside import started
    from core.analysis.movements import last_month

    latest = default_as_of(conn)
    as_of = as_of or latest or date.today()
    with started(db, conn, as_of, latest) as beside:
        if beside is None:
            last = last_month(conn, as_of, steps.sub(0.0, 0.5), latest)
            return run.analyse(conn, as_of=as_of, steps=steps.sub(0.5, 1.0)), last
        analysis = run.analyse(conn, as_of=as_of, steps=steps.sub(0.0, 0.8))
        return analysis, beside.finish(conn, steps.sub(0.8, 1.0))


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Analyse the database at the as-of date, write the workbook(s), print their paths."""
    from core.actions.export import (  # here: it loads openpyxl, which --help need not
        CHAT_KINDS,
        chat_summary,
        default_filename,
        export_from,
        salespeople,
    )
    from core.actions.plans import firm_not_set
    from core.analysis import run  # run.analyse: tests stand in for it there
    from core.recovery import open_existing

    try:
        steps = progress_steps(err) or Steps(None, None)
        db = Path(getattr(args, "db", None) or default_db_path())
        conn = open_existing(db)
        try:
            if args.kind == "restructuring":
                analysis, last = _with_last_month(db, conn, args.as_of, steps.sub(0.0, 0.4))
            else:
                analysis, last = run.analyse(conn, as_of=args.as_of,
                                             steps=steps.sub(0.0, 0.4)), None
        finally:
            conn.close()
        target = args.output or Path.cwd() / default_filename(args.kind, analysis.as_of)
        paths = export_from(db, analysis, args.kind, target, by_salesperson=args.by_salesperson,
                            steps=steps.sub(0.4, 1.0), last=last)
        if err.isatty():
            progress_line.clear(err)
    except Refusal as refusal:
        err.write(refusal.text + "\n")
        return EXIT_REFUSED
    except (Cancelled, KeyboardInterrupt):
        err.write(tr(N_("Stopped; nothing was written.")) + "\n")
        return EXIT_REFUSED
    if not paths:
        out.write(tr(N_("No customers to list: nothing was written.")) + "\n")
        return EXIT_OK
    for path in paths:
        out.write(f"{path}\n")
    hint = firm_not_set(analysis.rules, db)  # on stderr: stdout names the files alone
    if hint is not None:
        err.write(hint.text + "\n")
    if args.by_salesperson and args.kind in CHAT_KINDS:
        for salesperson in salespeople(analysis):
            out.write("\n" + chat_summary(analysis, salesperson) + "\n")
    return EXIT_OK
