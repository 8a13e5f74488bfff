"""The headless commands: the same core functions the app calls, for scripts and for tests.

Exit codes, for every command: 0 done, 1 a file or request refused (the reason on stderr, no
traceback), 2 wrong usage. Messages follow the system language; ``--lang`` overrides it.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from core import APP_NAME, APP_NAME_ZH, i18n
from core.cli import analysis as cli_analysis
from core.cli import backup as cli_backup
from core.cli import clv as cli_clv
from core.cli import customer as cli_customer
from core.cli import export as cli_export
from core.cli import movements as cli_movements
from core.cli import progress_line
from core.cli import what_if as cli_what_if
from core.i18n import N_, tr
from core.ledger.fields import FIELD_BY_NAME
from core.messages import Refusal, on_command_line
from core.paths import data_dir, default_db_path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("tradetier")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _lang_from(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _db_parser(default: object) -> _Parser:
    """--db; `within` an action of a command that takes --db itself (settings set), it keeps
    what the command was given: a subcommand's default would put the default database in its
    place (``settings --db firm.sqlite set ...`` changed the default database, in silence)."""
    db = _Parser(add_help=False)
    db.add_argument("--db", type=Path, default=default, help=tr(N_(
        "database file (default: {path})"), path=default_db_path_text()))
    return db


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=i18n.LANGUAGES, help=tr(N_(
        "language of messages (default: the system's)")))
    db, within = _db_parser(None), _db_parser(argparse.SUPPRESS)
    as_json = _Parser(add_help=False)
    as_json.add_argument("--json", action="store_true", help=tr(N_(
        "print the result as JSON")))
    parents: dict[str, argparse.ArgumentParser] = {"common": common, "db": db, "json": as_json,
                                                   "db_within": within}
    parser = _Parser(prog="tradetier", parents=[common], description=tr(N_(
        "{name}: customer tiering and payment risk from your order ledgers."),
        name=f"{APP_NAME} ({APP_NAME_ZH})"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    imp = commands.add_parser("import", parents=[common, db, as_json], help=tr(N_(
        "import ledger files into the database")))
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--sheet", help=tr(N_("read only this sheet")))
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER", help=tr(N_(
        "use the column headed HEADER for FIELD on the sheets that have it (repeatable); FIELD= "
        "leaves a field out")))
    imp.add_argument("--all-notes", action="store_true", help=tr(N_(
        "say in full every note, also those this file's last import gave")))
    commands.add_parser("summary", parents=[common, db, as_json], help=tr(N_(
        "what the database holds")))
    sample = commands.add_parser("sample-data", parents=[common], help=tr(N_(
        "write the bundled sample ledgers into a folder")))
    sample.add_argument("folder", type=Path, metavar="DIR")
    cli_analysis.add_parsers(commands, parents)
    cli_customer.add_parser(commands, parents)
    cli_export.add_parser(commands, parents)
    cli_backup.add_parsers(commands, parents)
    cli_movements.add_parser(commands, parents)
    cli_what_if.add_parser(commands, parents)
    cli_clv.add_parser(commands, parents)
    return parser


def default_db_path_text() -> str:
    try:
        return str(default_db_path())
    except OSError:
        return "tradetier.sqlite"


def _overrides(pairs: list[str]) -> dict[str, str]:
    found = {}
    for pair in pairs:
        name, sep, header = pair.partition("=")
        name = name.strip().lower()
        if not sep or name not in FIELD_BY_NAME:
            raise UsageError(tr(N_("--map takes FIELD=HEADER with FIELD one of: {fields}"),
                                fields=", ".join(FIELD_BY_NAME)))
        found[name] = header.strip()
    return found


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.ledger.import_result import result_json  # what only import runs
    from core.ledger.importer import import_files
    from core.ledger.report import import_report

    overrides = _overrides(args.map)
    db = args.db or default_db_path()
    cli_backup.place_notes(Path(db), err)
    progress = None if args.json else progress_line.printer(err)
    results = import_files(db, args.files, sheet=args.sheet, overrides=overrides,
                           progress=progress)
    if progress:
        progress_line.clear(err)
    if args.json:
        json.dump({"database": str(db), "files": [result_json(r) for r in results]}, out,
                  ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for result in results:
            out.write(import_report(result, args.all_notes))
    for result in results:
        if result.refused and result.message:
            err.write(tr(N_("Refused: {reason}"), reason=result.message.text) + "\n")
    return EXIT_REFUSED if any(r.refused for r in results) else EXIT_OK


def cmd_summary(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.cli.summary import summarise, summary_report

    conn = cli_analysis.open_existing(args.db)
    try:
        summary = summarise(conn)
    finally:
        conn.close()
    if args.json:
        json.dump(summary.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    out.write(summary_report(summary))
    return EXIT_OK


def cmd_sample_data(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.sample import write_sample_ledgers  # here: it loads openpyxl, --help need not

    try:
        paths = write_sample_ledgers(args.folder)
    except OSError as error:
        raise Refusal("folder_unwritable", N_("Cannot write into {folder}: {error}"),
                      folder=str(args.folder), error=error.strerror or str(error)) from None
    for path in paths:
        out.write(f"{path}\n")
    out.write(tr(N_("{count} sample ledgers written to {folder}."), count=len(paths),
                 folder=str(args.folder)) + "\n")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "import": cmd_import,
    "summary": cmd_summary,
    "sample-data": cmd_sample_data,
    **cli_analysis.COMMANDS,
    "customer": cli_customer.cmd_customer,
    "export": cli_export.cmd_export,
    **cli_backup.COMMANDS,
    "movements": cli_movements.cmd_movements,
    "what-if": cli_what_if.cmd_what_if,
    **cli_clv.COMMANDS,
}


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one command; every failure becomes a message and an exit code, never a traceback.
    Its messages name commands and options, not the window's menus (messages.on_command_line)."""
    with on_command_line():
        return _run(argv, out or sys.stdout, err or sys.stderr)


def _run(argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    i18n.set_language(_lang_from(argv))
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
        if args.lang:
            i18n.set_language(args.lang)
        if not args.command:
            out.write(parser.format_help())
            return EXIT_OK
        if args.command in cli_backup.SAYS_FIRST:
            _say_notices(args, err)
        code = COMMANDS[args.command](args, out, err)
        if args.command not in cli_backup.PUTS_BACK:
            _say_notices(args, err)
        return code
    except UsageError as error:
        err.write(parser.format_usage())
        err.write(tr(N_("Error: {problem}"), problem=str(error)) + "\n")
        return EXIT_USAGE
    except Refusal as refusal:
        err.write(refusal.text + "\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        err.write(tr(N_("Stopped; nothing was written.")) + "\n")
        return EXIT_REFUSED
    except Exception as error:  # noqa: BLE001 - the last guard: a message, never a traceback
        log_path = _log_exception(error)
        err.write(tr(N_("Unexpected error: {error}. Details are in {log}."),
                     error=f"{type(error).__name__}: {error}", log=str(log_path)) + "\n")
        return EXIT_REFUSED


def _say_notices(args: argparse.Namespace, err: TextIO) -> None:
    """What opening the database did to the clerk's customers (two spellings of a buyer now
    one, a pin dropped for the one kept, a loop of merges broken), said once, after the command:
    on stderr, so a command's --json stays as it is."""
    db = getattr(args, "db", None)
    if not isinstance(db, Path):
        return
    from core.database_notices import take_after_command  # here: most commands say nothing

    for message in take_after_command(db):
        err.write(message.text + "\n")


def _log_exception(error: BaseException) -> Path:
    path = data_dir() / "tradetier.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    log.addHandler(handler)
    try:
        log.error("unexpected error", exc_info=error)
    finally:
        log.removeHandler(handler)
        handler.close()
    return path


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)


