"""The `what-if` command: what stopping supply to a list or to named customers would mean.

Names are found as `customer` finds them (any case and spacing, "#12" by id, suggestions for a
near miss); a name merged into another counts as the customer it was merged into.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from typing import TYPE_CHECKING, TextIO

from core.cli.analysis import as_of_date, open_existing
from core.cli.text_table import table
from core.i18n import N_, listed, tr
from core.messages import Refusal

if TYPE_CHECKING:
    from core.analysis.model import Analysis, CustomerMetrics

LISTS = ("black", "watch")


def add_parser(commands: argparse._SubParsersAction, parents: dict[str, argparse.ArgumentParser]
               ) -> None:
    parser = commands.add_parser(
        "what-if", parents=[parents["common"], parents["db"], parents["json"]],
        help=tr(N_("what stopping supply to the black list (or other customers) would give "
                   "up and free")))
    parser.add_argument("--list", choices=LISTS, help=tr(N_(
        "the customers of this list (default: the black list, when no names are given)")))
    parser.add_argument("--customers", nargs="+", default=[], metavar="NAME", help=tr(N_(
        "these customers (with --list: as well as the list's)")))
    parser.add_argument("--as-of", type=as_of_date, metavar="YYYY-MM-DD", help=tr(N_(
        "analyse as of this date (default: the latest date in the data)")))


def chosen(conn: sqlite3.Connection, analysis: Analysis, names: list[str], listed: str | None
           ) -> list[CustomerMetrics]:
    """The customers a request names, each once."""
    from core.analysis.what_if import on_list
    from core.overrides import find_customer, load_overrides

    found = {c.customer_id: c for c in on_list(analysis, listed)} if listed else {}
    merged = load_overrides(conn)
    for name in names:
        customer = find_customer(conn, name)
        metrics = analysis.customer(merged.canonical(customer.id))
        if metrics is None:
            raise Refusal("customer_left_out", N_(
                "“{name}” is left out of the analysis (or has no orders up to the as-of "
                "date)."), name=customer.name)
        found[metrics.customer_id] = metrics
    return list(found.values())


def cmd_what_if(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.actions.cell_looks import plain_letters
    from core.analysis.run import analyse
    from core.analysis.what_if import article_comparison, shown, summary_rows, what_if

    conn = open_existing(args.db)
    try:
        analysis = analyse(conn, args.as_of)
        code = args.list or (None if args.customers else "black")
        result = what_if(analysis, chosen(conn, analysis, args.customers, code))
    finally:
        conn.close()
    if args.json:
        json.dump(result.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    out.write(tr(N_("If supply to these customers stopped, as of {as_of}:"),
                 as_of=result.as_of) + "\n")
    # named and counted as the print dialog, the printed lists and the workbook show them
    # (plain_letters, whole units): "Ｐａｃｉｆｉｃｏ" and "637,538.31" were this text's alone
    names = [plain_letters(name) for name in result.customers]
    out.write(listed(names) + "\n\n" if names else "\n")
    rows = [[label, shown(value, kind)] for label, value, kind in summary_rows(result)]
    out.write(table([tr(N_("Figure")), tr(N_("Value"))], rows, right={1}))
    out.write("\n" + "\n".join(m.text for m in article_comparison(result)) + "\n")
    return 0
