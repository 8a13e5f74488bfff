"""An import's result as plain text, in the user's language.

The command line prints it; the import dialog shows its parts and copies it whole, so the
terminal, the page and a pasted report never disagree.
"""

from __future__ import annotations

from collections import defaultdict

from core.i18n import N_, NP_, labelled, listed, sentences, tr, with_note
from core.ledger.fields import worded
from core.ledger.import_result import FileResult, SheetReport
from core.ledger.layout import PassedSheet, field_scale
from core.ledger.payment_row_notes import PLANNED_ROW
from core.ledger.repeated_notes import AsBefore, folded_line
from core.ledger.row_places import ROWS_AT
from core.ledger.rows import Skipped, TotalsCheck, ranges_text
from core.ledger.write_counts import AmountChange
from core.messages import Message

STATUS = {
    "imported": N_("imported"),
    "already_imported": N_("already imported"),
    "refused": N_("REFUSED"),
    "skipped": N_("skipped"),
}


REMEMBERED = N_("remembered layout")  # the aside of a sheet read by the columns kept for it
PLACES_SHOWN = 6  # totals rows named in a sentence; the details list every one


def money(value: float) -> str:
    return f"{value:,.2f}"


def passed_text(passed: list[PassedSheet]) -> str:
    """The sheets passed over and why, in each language's brackets and list separators."""
    return listed([with_note(f"“{p.name}”", p.reason.text) for p in passed])


def totals_places(result: FileResult, rows: list[tuple[str, int]]) -> str:
    """Totals rows by sheet and row, each customer's subtotal with its own words quoted
    (“3月” row 4 (“Acme 小计”)): a bare row number does not say whose subtotal it was."""
    said = {(s.sheet, s.row): s.message.params["text"] for s in result.skipped
            if s.message.code == "totals_row" and s.message.params}
    places, plain = [], defaultdict(list)
    for sheet, row in rows:
        if (sheet, row) in said:
            places.append(with_note(tr(ROWS_AT, sheet=sheet, rows=row, count=1),
                                    f"“{said[(sheet, row)]}”"))
        else:
            plain[sheet].append(row)
    places += [tr(ROWS_AT, sheet=sheet, rows=ranges_text(numbers), count=len(numbers))
               for sheet, numbers in plain.items()]
    return listed(places, PLACES_SHOWN)


def status_text(status: str, file_format: str | None) -> str:
    """A file's word in the import report, with its format where known: "REFUSED (xls)",
    "已拒绝（xls）"; the command line's and the window's, so both say the same."""
    said = tr(STATUS[status])
    return with_note(said, file_format) if file_format else said


def beside_name(message: Message) -> str:
    """A file's message where its name is said already (the report's line under it, the
    window's row of it): without the "{file}: " it opens with, which named the file twice
    ("two.xls：已拒绝（xls）" over "two.xls：没有找到订单台账…"). Said alone (the command
    line's last "Refused:" line, an error box) the message keeps the name."""
    text, name = message.text, message.params.get("file")
    opening = labelled(str(name), "") if name else ""
    if not opening or not text.startswith(opening):
        return text
    rest = text[len(opening):]
    return rest[:1].upper() + rest[1:]


def import_report(result: FileResult, all_notes: bool = False) -> str:
    """The file's report; the notes its last import under the same name gave too said only
    by their count (core.ledger.repeated_notes), unless `all_notes`."""
    before = AsBefore() if all_notes else result.as_before
    lines = [labelled(result.path.name, status_text(result.status, result.file_format))]
    if result.message:
        lines.append("  " + beside_name(result.message))
    lines.extend(_sheet_lines(result))
    if result.passed:
        lines.append("  " + tr(N_("Passed over: {sheets}"), sheets=passed_text(result.passed)))
    if result.status == "imported":
        lines.append("  " + rows_text(result))
    lines.extend(_skipped_lines([s for s in result.skipped if not before.said(s)]))
    agreeing = [c for c in result.totals if c.agrees and not c.skipped_rows]
    if agreeing:
        lines.append("  " + tr(NP_("Totals row agrees with the rows above it in: {sheets}",
                                   "Totals rows agree with the rows above them in: {sheets}"),
                               count=len(agreeing),
                               sheets=totals_places(result, [(c.sheet, c.row)
                                                              for c in agreeing])))
    for check in result.totals:
        if check not in agreeing and not before.said(check):
            lines.append("  " + totals_line(check))
    for change in result.amount_changes:
        lines.append("  " + amount_change_text(change))
    for warning in result.warnings:
        if not before.said(warning):
            lines.append("  " + tr(N_("Note: {text}"), text=warning.text))
    folded = folded_count(result, before)
    if folded:
        lines.append("  " + folded_line(folded, before.day).text)
    return "\n".join(lines) + "\n"


def folded_count(result: FileResult, before: AsBefore) -> int:
    """The report's lines of notes `before` says the last import gave: skipped rows as the
    report groups them, totals that disagree, notes."""
    agreeing = [c for c in result.totals if c.agrees and not c.skipped_rows]
    return (len(_skipped_lines([s for s in result.skipped if before.said(s)]))
            + sum(before.said(c) for c in result.totals if c not in agreeing)
            + sum(before.said(w) for w in result.warnings))


def rows_text(result: FileResult) -> str:
    """An imported file's rows and orders counted (the report's line, the window's row of the
    file), the totals rows among the rows skipped said: "12 skipped" alone, a year's book's
    twelve totals rows, named no row skipped for the clerk to look for (note43)."""
    c = result.counts
    counts = {"inserted": c.inserted, "updated": c.updated, "unchanged": c.unchanged,
              "skipped": len(result.skipped), "orders_new": c.orders_inserted,
              "orders_updated": c.orders_updated, "customers": c.customers_inserted}
    totals = sum(s.message.code == "totals_row" for s in result.skipped)
    planned = sum(s.message.code == PLANNED_ROW for s in result.skipped)
    if planned:
        return _with_planned(totals, planned, counts)
    if not totals:
        return tr(N_(
            "Rows: {inserted} inserted, {updated} updated, {unchanged} unchanged, {skipped} "
            "skipped; orders: {orders_new} new, {orders_updated} updated; new customers: "
            "{customers}"), **counts)
    return tr(NP_(
        "Rows: {inserted} inserted, {updated} updated, {unchanged} unchanged, {skipped} "
        "skipped ({totals} of them a totals row); orders: {orders_new} new, "
        "{orders_updated} updated; new customers: {customers}",
        "Rows: {inserted} inserted, {updated} updated, {unchanged} unchanged, {skipped} "
        "skipped ({totals} of them totals rows); orders: {orders_new} new, "
        "{orders_updated} updated; new customers: {customers}", by="totals"),
        totals=totals, **counts)


def _with_planned(totals: int, planned: int, counts: dict[str, int]) -> str:
    """The rows line where some rows skipped are payments planned, not received (尾款 7,000
    待收 under its order): named so, not as totals rows (acct54a)."""
    which = [tr(NP_("{count} totals row", "{count} totals rows"), count=totals)] if totals else []
    which.append(tr(NP_("{count} planned payment row, not received", "{count} planned payment "
                        "rows, not received"), count=planned))
    return tr(N_(
        "Rows: {inserted} inserted, {updated} updated, {unchanged} unchanged, {skipped} "
        "skipped ({which}); orders: {orders_new} new, {orders_updated} updated; new "
        "customers: {customers}"), which=listed(which), **counts)


def amount_change_text(change: AmountChange) -> str:
    """A ledger without order numbers names the row by customer, date and product."""
    params = {"customer": change.customer, "product": change.product or "",
              "old": money(change.old), "new": money(change.new), "currency": change.currency,
              "sheet": change.sheet, "row": change.row}
    if change.order_no is None and change.order_date:
        return tr(N_("Amount changed: {customer}, order of {date} {product}: {old} → {new} "
                     "{currency} (sheet “{sheet}” row {row})"), date=change.order_date, **params)
    return tr(N_("Amount changed: order {order} ({customer}) {product}: {old} → {new} {currency} "
                 "(sheet “{sheet}” row {row})"), order=change.order_no or "—", **params)


def _sheet_lines(result: FileResult) -> list[str]:
    """Each sheet's header row and count; a mapping shared by several tabs is shown once."""
    lines: list[str] = []
    shown: set[tuple[tuple[str, str], ...]] = set()
    for sheet in result.sheets:
        taken = sheet_taken(sheet)
        lines.append("  " + (with_note(taken, tr(REMEMBERED)) if sheet.remembered else taken))
        key = tuple(sheet.mapping.items())
        if key not in shown:
            shown.add(key)
            mapped = listed([f"{tr(worded(f, sheet.words).label)} ← {h}" for f, h in key])
            lines.append("    " + tr(N_("Columns: {mapping}"), mapping=mapped))
        if sheet.amount_derived:
            lines.append("    " + tr(N_("No amount column: amount = quantity × unit price.")))
        for name, header in sheet.mapping.items():
            scale = field_scale(name, header)
            if scale != 1.0:
                lines.append("    " + tr(N_("“{header}” gives its unit: its figures are read "
                                            "×{scale} (0.8 is {example})."), header=header,
                                         scale=f"{scale:,.0f}", example=money(0.8 * scale)))
    return lines


def sheet_taken(sheet: SheetReport) -> str:
    """Where a sheet's header is and how many rows were taken (the report and the dialog)."""
    return tr(NP_("Sheet “{sheet}”: header in row {row}, {count} row taken",
                  "Sheet “{sheet}”: header in row {row}, {count} rows taken"),
              sheet=sheet.name, row=sheet.header_row, count=sheet.rows)


def _skipped_lines(skipped: list[Skipped]) -> list[str]:
    grouped: dict[tuple[str, str], list[int]] = defaultdict(list)
    texts: dict[tuple[str, str], str] = {}
    for skip in skipped:
        if skip.message.code in ("totals_row", PLANNED_ROW) and not skip.message.params:
            continue  # shown with its check; a subtotal says what it read as one
        key = (skip.sheet, skip.message.code if not skip.message.params else skip.message.text)
        grouped[key].append(skip.row)
        texts[key] = skip.message.text
    lines = []
    for (sheet, _), rows in grouped.items():
        lines.append("  " + tr(NP_("Skipped in “{sheet}”, row {rows}: {reason}",
                                   "Skipped in “{sheet}”, rows {rows}: {reason}"), sheet=sheet,
                               rows=ranges_text(rows), count=len(rows), reason=texts[(sheet, _)]))
    return lines


def totals_line(check: TotalsCheck) -> str:
    if check.agrees and check.skipped_rows:  # "agrees" alone read as every row being in
        return tr(NP_(
            "Total in “{sheet}” row {row}: {stated} agrees with the rows above, but {count} of "
            "them was skipped (row {rows}): the imported orders add up to {imported}.",
            "Total in “{sheet}” row {row}: {stated} agrees with the rows above, but {count} of "
            "them were skipped (rows {rows}): the imported orders add up to {imported}."),
            sheet=check.sheet, row=check.row, stated=money(check.stated),
            count=len(check.skipped_rows), rows=ranges_text(check.skipped_rows),
            imported=money(check.imported_sum))
    if check.agrees:
        return tr(N_("Total in “{sheet}” row {row}: {stated} agrees with the rows above."),
                  sheet=check.sheet, row=check.row, stated=money(check.stated))
    line = tr(N_("Total in “{sheet}” row {row}: {stated}, but the rows above add up to {sum} "
                 "(difference {gap})."), sheet=check.sheet, row=check.row,
              stated=money(check.stated), sum=money(check.rows_sum),
              gap=money(check.stated - check.rows_sum))
    found = tr(NP_("Row with that amount: {rows}.", "Rows with that amount: {rows}."),
               rows=ranges_text(check.suspects), count=len(check.suspects)) \
        if check.suspects else ""
    return sentences(line, found, totals_advice(check))  # "。 金额…": no gap after 。


def totals_advice(check: TotalsCheck) -> str:
    """What to do about a total that disagrees, so the clerk is not left with a number."""
    if check.suspects:
        return tr(NP_(
            "Next: look at row {rows} in the ledger — counted twice, or left out of the total? "
            "Correct the file and import it again (orders already imported are updated, not "
            "doubled); if the rows are right, the total is out of date and nothing is wrong "
            "here.",
            "Next: look at rows {rows} in the ledger — counted twice, or left out of the total? "
            "Correct the file and import it again (orders already imported are updated, not "
            "doubled); if the rows are right, the total is out of date and nothing is wrong "
            "here."), rows=ranges_text(check.suspects), count=len(check.suspects))
    return tr(N_(
        "Next: compare the rows above the total with the ERP or the invoices — a row missing, "
        "typed twice or in another currency? Correct the file and import it again (orders "
        "already imported are updated, not doubled); if the rows are right, the total is out "
        "of date and nothing is wrong here."))
