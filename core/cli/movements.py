"""The `movements` command: tier counts at each month end and who moved, from the snapshots.

The first run on a database analyses every month end it needs (a progress line shows on a
terminal); later runs read the stored snapshots and recompute only the months whose data,
rules or corrections changed.
"""

from __future__ import annotations

import argparse
import calendar
from datetime import date
from typing import TYPE_CHECKING, TextIO

from core.analysis.names import GROUPS, MOVES, group_name, move_name, side_name
from core.cli import progress_line
from core.cli.analysis import open_existing
from core.cli.export import progress_steps
from core.cli.text_table import table
from core.i18n import N_, labelled, listed, tr, with_note

if TYPE_CHECKING:
    from core.analysis.movements import History, Period


def month(text: str) -> date:
    """'2025-03' as the month's last day."""
    try:
        year, number = (int(part) for part in text.strip().split("-"))
        return date(year, number, calendar.monthrange(year, number)[1])
    except ValueError:
        raise argparse.ArgumentTypeError(tr(N_("“{value}” is not a month like 2025-03"),
                                            value=text)) from None


def add_parser(commands: argparse._SubParsersAction, parents: dict[str, argparse.ArgumentParser]
               ) -> None:
    parser = commands.add_parser(
        "movements", parents=[parents["common"], parents["db"], parents["json"]],
        help=tr(N_("tier counts at each month end and the customers who moved up, down, in "
                   "or out")))
    parser.add_argument("--from", dest="first", type=month, metavar="YYYY-MM", help=tr(N_(
        "the first month to show (default: the first in the data)")))
    parser.add_argument("--to", dest="last", type=month, metavar="YYYY-MM", help=tr(N_(
        "the last month to show (default: the latest in the data)")))


def _moves_lines(period: Period, indent: str = "  ") -> list[str]:
    """Each kind of move with its customers, in the language's brackets, colon and list:
    "(new) → Core (2): A, B", "（新客户） → 核心（2）：A、B" (was "核心 (2): A, B")."""
    return [indent + labelled(with_note(f"{side_name(a)} → {side_name(b)}", str(len(moves))),
                              listed(sorted((m.customer for m in moves), key=str.casefold)))
            for a, b, moves in period.groups()]


def report(found: History) -> str:
    header = [tr(N_("Month")), *(group_name(g) for g in GROUPS),
              *(move_name(k) for k in MOVES)]
    rows = [[p.month, *(p.counts[g] for g in GROUPS), *p.kind_counts().values()]
            for p in found.periods]
    lines = [table(header, rows, right=set(range(1, len(header))))]
    for period in found.periods:
        if period.moves:
            lines.append(f"{period.month}\n" + "\n".join(_moves_lines(period)) + "\n")
    year = found.year
    if year is not None and year.since is not None:
        lines.append(tr(N_("Over twelve months, {first} to {last}:"),
                        first=year.since.strftime("%Y-%m"), last=year.month) + "\n"
                     + "\n".join(_moves_lines(year)) + "\n")
    return "\n".join(lines)


def cmd_movements(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.analysis.movements import history_json, over_months
    from core.analysis.serialise import write_json

    conn = open_existing(args.db)
    try:
        steps = None if args.json else progress_steps(err)
        found = over_months(conn, args.first, args.last, steps)
        if steps:
            progress_line.clear(err)
    finally:
        conn.close()
    if args.json:
        write_json(history_json(found), out)
        out.write("\n")
        return 0
    if not found.periods:
        out.write(tr(N_("No month ends in the data for these months.")) + "\n")
        return 0
    out.write(report(found))
    return 0
