"""``tradetier customer …``: the overrides from the command line.

Kept out of core/cli/main.py so the override commands grow without crowding the import commands;
core/cli/main.py only hands over its shared parent parsers and dispatches here. Refusals are raised,
not printed: core.cli.run turns them into exit code 1 with the message on stderr, like every
other command.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TextIO

from core.i18n import N_, sentences, tr, with_note
from core.messages import Message, Refusal
from core.paths import default_db_path

if TYPE_CHECKING:
    from core.overrides import OverrideRow

EXIT_OK, EXIT_REFUSED = 0, 1


def add_parser(commands: Any, parents: dict[str, argparse.ArgumentParser]) -> None:
    """Add ``customer`` and its actions; `commands` is the root parser's sub-parsers."""
    common, db, as_json = parents["common"], parents["db"], parents["json"]
    note = argparse.ArgumentParser(add_help=False)
    note.add_argument("--note", metavar="TEXT", help=tr(N_(
        "who made this change and why, shown in the list of overrides")))
    changes = [common, db, note]
    customer = commands.add_parser("customer", parents=[common], help=tr(N_(
        "correct the data by hand: merge names, pin to a list or tier, exclude, credit "
        "limits, insurance and groups, undo")))
    actions = customer.add_subparsers(dest="customer_command", metavar="ACTION",
                                      required=True)
    merge = actions.add_parser("merge", parents=changes, help=tr(N_(
        "count OTHER's orders as KEEP's (two spellings of one customer)")))
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("other", metavar="OTHER")
    unmerge = actions.add_parser("unmerge", parents=changes, help=tr(N_(
        "make a merged name a customer of its own again")))
    unmerge.add_argument("customer", metavar="CUSTOMER")
    pin = actions.add_parser("pin", parents=changes, help=tr(N_(
        "keep a customer on a list (black, watch, white) or in a tier (strategic, core, "
        "long_tail) whatever the figures say")))
    pin.add_argument("customer", metavar="CUSTOMER")
    pin.add_argument("target", metavar="TARGET")
    unpin = actions.add_parser("unpin", parents=changes, help=tr(N_(
        "let the figures decide the list and tier again")))
    unpin.add_argument("customer", metavar="CUSTOMER")
    which = unpin.add_mutually_exclusive_group()
    which.add_argument("--list", dest="what", action="store_const", const="list", help=tr(N_(
        "remove only the list pin")))
    which.add_argument("--tier", dest="what", action="store_const", const="tier", help=tr(N_(
        "remove only the tier pin")))
    for name, helptext in (("exclude", N_("leave a customer out of the analysis")),
                           ("include", N_("take an excluded customer into the analysis again"))):
        actions.add_parser(name, parents=changes, help=tr(helptext)).add_argument(
            "customer", metavar="CUSTOMER")
    project = actions.add_parser("project", parents=changes, help=tr(N_(
        "judge a project buyer on the longer project window (project_window_months)")))
    project.add_argument("customer", metavar="CUSTOMER")
    project.add_argument("--off", action="store_true", help=tr(N_(
        "judge the customer on the usual window again (window_months)")))
    _add_credit_parsers(actions, changes)
    undo = actions.add_parser("undo", parents=[common, db], help=tr(N_(
        "take back the last change to the overrides")))
    undo.add_argument("--show", action="store_true", help=tr(N_(
        "only say which change an undo would take back")))
    actions.add_parser("overrides", parents=[common, db, as_json], help=tr(N_(
        "list the overrides in force")))


def _add_credit_parsers(actions: Any, changes: list[argparse.ArgumentParser]) -> None:
    """limit, insure, group, ungroup: credit terms set by hand (core.credit_terms)."""
    limit = actions.add_parser("limit", parents=changes, help=tr(N_(
        "set a customer's credit limit (0: no limit), or --clear to use the ledger's")))
    limit.add_argument("customer", metavar="CUSTOMER")
    limit.add_argument("amount", metavar="AMOUNT", nargs="?")
    limit.add_argument("--currency", metavar="CODE", help=tr(N_(
        "the limit's currency (default: the base currency)")))
    limit.add_argument("--clear", action="store_true", help=tr(N_(
        "take back the limit set by hand")))
    insure = actions.add_parser("insure", parents=changes, help=tr(N_(
        "record a customer's credit insurance (--percent 0: not insured), or --clear to use "
        "the ledger's")))
    insure.add_argument("customer", metavar="CUSTOMER")
    insure.add_argument("--insurer", metavar="NAME", help=tr(N_(
        "the insurer (default: Sinosure, 中信保)")))
    insure.add_argument("--percent", metavar="PCT", help=tr(N_(
        "the insured share of a loss (default: the share already recorded, else the setting "
        "insured_default_pct)")))
    insure.add_argument("--clear", action="store_true", help=tr(N_(
        "take back the insurance set by hand")))
    group = actions.add_parser("group", parents=changes, help=tr(N_(
        "join customers into a group (sister companies) whose exposure is summed")))
    group.add_argument("customers", metavar="CUSTOMER", nargs="+")
    group.add_argument("--as", dest="group", metavar="GROUP", required=True, help=tr(N_(
        "the group's name (an existing group of that name is joined)")))
    ungroup = actions.add_parser("ungroup", parents=changes, help=tr(N_(
        "take customers out of their group")))
    ungroup.add_argument("customers", metavar="CUSTOMER", nargs="+")


def _overrides() -> ModuleType:
    from core import overrides  # when a command runs: --help need not load it

    return overrides


def _changes() -> ModuleType:
    from core import override_changes  # (it loads the recovery and the store)

    return override_changes


def _credit() -> ModuleType:
    from core import credit_terms  # (it loads the recovery and the rules)

    return credit_terms


def _limit(conn: Any, a: argparse.Namespace) -> Message:
    if a.clear:
        return _credit().clear_limit(conn, a.customer, a.note)
    if a.amount is None:
        raise Refusal("no_limit_amount", N_(
            "Give the credit limit (0 for no limit), or --clear to use the ledger's."))
    return _credit().set_limit(conn, a.customer, a.amount, a.currency, a.note)


def _insure(conn: Any, a: argparse.Namespace) -> Message:
    if a.clear:
        return _credit().clear_insurance(conn, a.customer, a.note)
    return _credit().insure(conn, a.customer, a.insurer, a.percent, a.note)


def _undo(conn: Any, a: argparse.Namespace) -> Message | None:
    """The window's words: "Undo: …" offered (--show), "Undone: …" done."""
    if not a.show:
        return _changes().undo(conn)
    last = _changes().last_change(conn)
    return None if last is None else last.offer


_ACTIONS: dict[str, Callable[[Any, argparse.Namespace], Message | None]] = {
    "merge": lambda conn, a: _changes().merge(conn, a.keep, a.other, a.note),
    "unmerge": lambda conn, a: _changes().unmerge(conn, a.customer, a.note),
    "pin": lambda conn, a: _changes().pin(conn, a.customer, a.target, a.note),
    "unpin": lambda conn, a: _changes().unpin(conn, a.customer, a.what or "all", a.note),
    "exclude": lambda conn, a: _changes().exclude(conn, a.customer, a.note),
    "include": lambda conn, a: _changes().include(conn, a.customer, a.note),
    "project": lambda conn, a: _changes().set_project(conn, a.customer, not a.off, a.note),
    "undo": lambda conn, a: _undo(conn, a),
    "limit": _limit,
    "insure": _insure,
    "group": lambda conn, a: _credit().group(conn, a.customers, a.group, a.note),
    "ungroup": lambda conn, a: _credit().ungroup(conn, a.customers, a.note),
}


def cmd_customer(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.recovery import open_existing

    conn = open_existing(Path(args.db or default_db_path()))
    try:
        if args.customer_command == "overrides":
            _print_overrides(_overrides().list_overrides(conn), args.json, out)
            return EXIT_OK
        message = _ACTIONS[args.customer_command](conn, args)
    finally:
        conn.close()
    if message is None:  # undo with nothing left
        err.write(_changes().NOTHING_TO_UNDO.text + "\n")
        return EXIT_REFUSED
    out.write(message.text + "\n")
    return EXIT_OK


def _print_overrides(rows: list[OverrideRow], as_json: bool, out: TextIO) -> None:
    if as_json:
        json.dump({"overrides": [
            {"kind": r.kind, "customer": r.customer, "customer_key": r.customer_key,
             "target": r.target, "created_at": r.created_at, "note": r.note} for r in rows]},
            out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if not rows:
        out.write(tr(N_("No overrides: every customer is analysed as the ledgers show it."))
                  + "\n")
        return
    out.write(tr(N_("Overrides in force ({count}):"), count=len(rows)) + "\n")
    for row in rows:  # one gap between its parts, the language's: none after a Chinese "）"
        note = tr(N_("Note: {note}"), note=row.note) if row.note else ""
        unknown = "" if row.known else tr(N_("[not in the data yet]"))
        out.write("  " + sentences(with_note(row.description.text, row.made_at), note, unknown)
                  + "\n")
