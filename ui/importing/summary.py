"""The import's result in a few sentences per file: what was taken, what was left out and why,
and what to do when a sheet's own total disagrees — before any tree of details.

Skipped rows are grouped by kind: the totals rows (合计, 小计, Total) are named as such, since
leaving them out is the import doing its job, not a problem; every other kind says its reason
once with the rows it hit. The words of each check are core's (core.ledger.report), so the
page and the command line agree.
"""

from __future__ import annotations

import html
from collections import defaultdict

from core.i18n import N_, NP_, clauses, sentences, tr
from core.ledger.import_result import FileResult
from core.ledger.payment_row_notes import PLANNED_ROW
from core.ledger.repeated_notes import AsBefore, folded_line
from core.ledger.report import (
    beside_name,
    folded_count,
    status_text,
    totals_advice,
    totals_line,
    totals_places,
)
from core.ledger.row_places import ROWS_AT
from core.ledger.rows import ranges_text
from core.ledger.write_counts import AmountChange
from ui import style

TOTALS_CODE = "totals_row"
VALUES_SHOWN = 5  # the values of one kind of skipped row given a sentence each
FILL_IN = NP_("{count} row skipped, {reason}: {where}. Fill it in and import the file again "
              "to take it.",
              "{count} rows skipped, {reason}: {where}. Fill them in and import the file "
              "again to take them.")
CORRECT = NP_("{count} row skipped, {reason}: {where}. Correct it and import the file again "
              "to take it.",
              "{count} rows skipped, {reason}: {where}. Correct them and import the file "
              "again to take them.")

TOTALS_LEFT = NP_(
    "{count} totals row (合计, 小计, Total) left out: {rows}. It adds up the orders, it is not an "
    "order.",
    "{count} totals rows (合计, 小计, Total) left out: {rows}. They add up the orders, they are "
    "not orders.")
PLANNED_LEFT = NP_(  # 尾款 7,000 待收 under its order (core.ledger.payment_row_money, acct54a)
    "{count} planned payment row (a 定金 or 尾款 not received yet) read as a note of what is "
    "asked: {rows}. It is not money received.",
    "{count} planned payment rows (a 定金 or 尾款 not received yet) read as notes of what is "
    "asked: {rows}. They are not money received.")


def skipped_kinds(result: FileResult, before: AsBefore | None = None) -> list[str]:
    """One sentence per kind of skipped row; the totals rows first; the rows `before` says
    the file's last import skipped too left to the count of notes not repeated."""
    totals = [s for s in result.skipped if s.message.code == TOTALS_CODE]
    planned = [s for s in result.skipped if s.message.code == PLANNED_ROW]
    kinds: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for skip in result.skipped:
        if skip.message.code not in (TOTALS_CODE, PLANNED_ROW) and not (
                before and before.said(skip)):
            kinds[skip.message.code].append((skip.sheet, skip.row, skip.message.text))
    lines = [tr(message, count=len(group), rows=places(result, [(s.sheet, s.row) for s in group]))
             for group, message, places in ((totals, TOTALS_LEFT, totals_places),
                                            (planned, PLANNED_LEFT, _planned_places)) if group]
    for code, found in kinds.items():
        lines += _kind_lines(code, found)
    return lines


def _planned_places(_result: FileResult, rows: list[tuple[str, int]]) -> str:
    return _where([(sheet, row, "") for sheet, row in rows])


def _where(found: list[tuple[str, int, str]]) -> str:
    by_sheet: dict[str, list[int]] = defaultdict(list)
    for sheet, row, _ in found:
        by_sheet[sheet].append(row)
    return clauses([tr(ROWS_AT, sheet=sheet, rows=ranges_text(rows), count=len(rows))
                    for sheet, rows in by_sheet.items()])


def _kind_lines(code: str, found: list[tuple[str, int, str]]) -> list[str]:
    """A kind's rows, one sentence per value the rows hold ("amount “四万五” is not a number"
    names its own rows only: a second row's other value was once said as the first's), the
    values past VALUES_SHOWN in one sentence sending to the details. A missing cell is filled
    in; a cell that is there but unreadable is corrected."""
    by_text: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for row in found:
        by_text[row[2]].append(row)
    advice = FILL_IN if code.startswith("missing_") else CORRECT
    texts = list(by_text)
    lines = [tr(advice, count=len(by_text[text]), reason=text, where=_where(by_text[text]))
             for text in texts[:VALUES_SHOWN]]
    rest = [row for text in texts[VALUES_SHOWN:] for row in by_text[text]]
    if rest:
        lines.append(tr(NP_(
            "{count} more row skipped for the same kind of reason, each with a value of its "
            "own: {where}. The details name each value.",
            "{count} more rows skipped for the same kind of reason, each with a value of its "
            "own: {where}. The details name each value."), count=len(rest), where=_where(rest)))
    return lines


def _changes(changes: list[AmountChange]) -> str:
    return tr(NP_("{count} order imported before has a new amount in this file (listed in "
                  "the details).",
                  "{count} orders imported before have a new amount in this file (listed in "
                  "the details)."), count=len(changes))


def file_lines(result: FileResult, all_notes: bool = False
               ) -> tuple[list[tuple[str, str | None]], str | None]:
    """(sentences with their colours, the heading's colour) for one file; the notes its last
    import under the same name gave too said by their count, unless `all_notes`."""
    before = AsBefore() if all_notes else result.as_before
    lines: list[tuple[str, str | None]] = []
    if result.status != "imported":
        if result.message is not None:
            lines.append((beside_name(result.message), style.BAD if result.refused else None))
        return lines, style.BAD if result.refused else style.CONTEXT
    c = result.counts
    taken = tr(NP_("{count} row taken — new orders: {new}, orders updated: {updated}, new "
                   "customers: {customers}.",
                   "{count} rows taken — new orders: {new}, orders updated: {updated}, new "
                   "customers: {customers}."), count=c.inserted + c.updated + c.unchanged,
               new=c.orders_inserted, updated=c.orders_updated, customers=c.customers_inserted)
    if c.updated:  # a later month's payments and dates: "orders updated" counts none of them
        taken = sentences(taken, tr(NP_(
            "{count} row imported before was updated with what this file says now (a "
            "payment, a date, a status).",
            "{count} rows imported before were updated with what this file says now "
            "(payments, dates, statuses)."), count=c.updated))
    if c.unchanged:
        taken = sentences(taken, tr(NP_(
            "{count} of the rows was already in the database as it is.",
            "{count} of the rows were already in the database as they are."), count=c.unchanged))
    lines.append((taken, None))
    lines += [(text, None) for text in skipped_kinds(result, before)]
    for check in result.totals:
        if before.said(check):
            continue
        if check.agrees:  # with rows skipped under it, not "agrees" alone: not all are in
            if check.skipped_rows:
                lines.append((totals_line(check), style.WANTS_CHOICE))
            continue
        lines.append((sentences(tr(N_(
            "The total in “{sheet}” row {row} is {stated:,.2f}, but the rows above it add up "
            "to {sum:,.2f}."), sheet=check.sheet, row=check.row, stated=check.stated,
            sum=check.rows_sum), totals_advice(check)), style.BAD))
    agreeing = [c for c in result.totals if c.agrees and not c.skipped_rows]
    if agreeing:
        lines.append((tr(NP_("Totals row that agrees with the rows above it: {rows}.",
                             "Totals rows that agree with the rows above them: {rows}."),
                         count=len(agreeing),
                         rows=totals_places(result, [(c.sheet, c.row) for c in agreeing])),
                      style.GOOD))
    if result.amount_changes:
        lines.append((_changes(result.amount_changes), style.WANTS_CHOICE))
    lines += [(tr(N_("Note: {text}"), text=w.text), style.WANTS_CHOICE) for w in result.warnings
              if not before.said(w)]
    folded = folded_count(result, before)
    if folded:
        lines.append((folded_line(folded, before.day).text, style.CONTEXT))
    return lines, None


def summary_html(results: list[FileResult], all_notes: bool = False) -> str:
    """Every file: its name and status, then its sentences as a short list."""
    parts = []
    for result in results:
        lines, colour = file_lines(result, all_notes)
        status = status_text(result.status, result.file_format)  # the command line's words
        head = f"<b>{html.escape(result.path.name)}</b> — {html.escape(status)}"
        if colour:
            head = f'<span style="color:{colour}">{head}</span>'
        items = "".join(
            f'<li style="color:{c}">{html.escape(t)}</li>' if c
            else f"<li>{html.escape(t)}</li>" for t, c in lines)
        parts.append(f"<p style='margin-bottom:2px'>{head}</p><ul style='margin-top:0'>"
                     f"{items}</ul>")
    return "".join(parts)
