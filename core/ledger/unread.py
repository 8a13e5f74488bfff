"""Cells of the optional money and date columns that could not be read, said aloud.

An unreadable order date or amount skips its row, and the import says so. A received amount,
a ship or due date or a receipt date the import cannot read is taken as empty instead (the rest
of the row is good) — and an empty receipt leaves an invoice open, an empty ship date leaves it
unshipped: such a cell moves a customer between lists. So each column's unreadable values are
named with their rows, for the clerk to correct. So are rows read otherwise than they look:
rows typed as payments, read as money received (core.ledger.typed_rows), and cells that are
formulas saved without their value, read as empty (core.ledger.readers.formulas).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from core.i18n import N_, NP_
from core.ledger.amounts import EXCEL_DIGITS, MAX_AMOUNT, too_large
from core.ledger.dates import MIN_YEAR, max_year, outside_years, read_both_ways
from core.ledger.layout import SheetLayout
from core.ledger.long_numbers import LongCells
from core.ledger.normalise import cell_text, parse_flag, quoted_text
from core.ledger.paid_in import UNREAD as UNREAD_PAID_IN
from core.ledger.readers.extent import column_letters
from core.ledger.refund_columns import refund_said
from core.ledger.rows import ranges_text
from core.ledger.sheet_fields import ID_FIELDS, MONEY_FIELDS, UNREAD_DATES, UNREAD_FIELDS
from core.ledger.yearless import month_day
from core.messages import Listed, Message, Noted, Refusal

SHOWN_VALUES = 3  # the values a column's message quotes
SHOWN_RANGES = 10  # the row ranges it lists


def unread_messages(sheet: str, headers: Mapping[str, str],
                    cells: Mapping[str, Sequence[tuple[int, object]]], currency: str = ""
                    ) -> list[Message]:
    """One message per column of `cells` (field -> its unread (row, value) in row order);
    `currency`: the sheet's, which a row whose currency cell names none is read in."""
    messages = []
    for kind, name, found in _kinds_apart(cells):
        if not found:
            continue
        values: list[str] = []
        for _row, value in found:
            text = cell_text(value) or ""
            if text not in values:
                values.append(text)
        rows = [row for row, _value in found]
        params = {"sheet": sheet, "column": headers.get(name, name),
                  "values": Listed([f"“{quoted_text(v)}”" for v in values], SHOWN_VALUES),
                  "count": len(rows), "rows": ranges_text(rows, SHOWN_RANGES)}
        if name == "receipt_currency":
            messages.append(Message("receipt_currency", NP_(
                "Sheet “{sheet}”: the received, deposit and balance figures of a row name "
                "different currencies ({values}); a row's receipts are read in one, the first "
                "one named (row {rows}). Write them in one currency, or in columns of their "
                "own, and import again.",
                "Sheet “{sheet}”: the received, deposit and balance figures of a row name "
                "different currencies ({values}); a row's receipts are read in one, the first "
                "one named ({count} cells: rows {rows}). Write them in one currency, or in "
                "columns of their own, and import again."), params))
        elif name == "amount_currency":
            messages.append(Message("amount_currency", NP_(
                "Sheet “{sheet}”: the amount names another currency than the column "
                "“{column}” ({values}); the row was read in the currency column's (row "
                "{rows}). Check which is right and import again if need be.",
                "Sheet “{sheet}”: the amount names another currency than the column "
                "“{column}” ({values}); the rows were read in the currency column's ({count} "
                "cells: rows {rows}). Check which is right and import again if need be."),
                {**params, "column": headers.get("currency", "currency")}))
        elif name == "currency":
            messages.append(Message("unread_currency", NP_(
                "Sheet “{sheet}”, column “{column}”: {values} names no currency, so that row "
                "was read in the currency its amount or its order's other rows name, else "
                "in {currency} (row {rows}). Correct the ledger and import it again.",
                "Sheet “{sheet}”, column “{column}”: {values} names no currency, so those rows "
                "were read in the currency their amount or their order's other rows name, else "
                "in {currency} ({count} cells: rows {rows}). Correct the ledger and import it "
                "again."),
                {**params, "currency": currency}))
        elif name == "received_currency":  # 收款币种 USDD (acc49)
            messages.append(Message("unread_received_currency", UNREAD_PAID_IN, params))
        elif kind in _BY_KIND:
            message_id, text = _BY_KIND[kind]
            messages.append(Message(message_id, text, {**params, **_kind_params(kind)}))
        elif name in UNREAD_DATES:
            messages.append(Message("unread_date", NP_(
                "Sheet “{sheet}”, column “{column}”: {values} is not a date, so it was read as "
                "empty (row {rows}). Correct the ledger and import it again.",
                "Sheet “{sheet}”, column “{column}”: {values} is not a date, so it was read as "
                "empty ({count} cells: rows {rows}). Correct the ledger and import it again."),
                params))
        else:
            messages.append(Message("unread_money", NP_(
                "Sheet “{sheet}”, column “{column}”: {values} is not a number, so it was read "
                "as empty (row {rows}). Correct the ledger and import it again.",
                "Sheet “{sheet}”, column “{column}”: {values} is not a number, so it was read "
                "as empty ({count} cells: rows {rows}). Correct the ledger and import it again."),
                params))
    return messages


def long_number_messages(layout: SheetLayout, cells: LongCells, taken: set[int]
                         ) -> list[Message]:
    """Per id column, its taken rows' numbers of more than Excel's 15 digits
    (core.ledger.long_numbers), quoted as Excel shows them (quoted_text: 123456789012345000,
    not the float's 123456789012344992, digits neither typed nor shown). The number is stored
    as read; typed in full as Text in a later file it joins the same customer's order
    (core.ledger.long_orders), so the message no longer tells the clerk to leave it be."""
    said = []
    for name in ID_FIELDS:
        found = [(row, value) for row, field, value in cells if field == name and row in taken]
        if not found:
            continue
        values = list(dict.fromkeys(quoted_text(value) for _row, value in found))
        said.append(Message("long_number", NP_(
            "Sheet “{sheet}”, column “{column}”: {values} is a number of more than {digits} "
            "digits, and Excel keeps only {digits}, so its last digits may not be the ones "
            "typed (row {rows}). It is kept as read; typed in full as Text in a later file, it "
            "is taken as the same customer's order. Format the column as Text in Excel or WPS "
            "before typing new numbers.",
            "Sheet “{sheet}”, column “{column}”: {values} are numbers of more than {digits} "
            "digits, and Excel keeps only {digits}, so their last digits may not be the ones "
            "typed ({count} cells: rows {rows}). They are kept as read; typed in full as Text "
            "in a later file, each is taken as the same customer's order. Format the column "
            "as Text in Excel or WPS before typing new numbers."),
            {"sheet": layout.sheet.name, "column": layout.header_of(name) or name,
             "values": Listed([f"“{v}”" for v in values], SHOWN_VALUES), "count": len(found),
             "rows": ranges_text([row for row, _value in found], SHOWN_RANGES),
             "digits": EXCEL_DIGITS}))
    return said


def layout_messages(layout: SheetLayout, cells: Mapping[str, Sequence[tuple[int, object]]],
                    base_currency: str) -> list[Message]:
    """:func:`unread_messages` of a sheet read by `layout`: its columns named by their headers
    as the sheet writes them (the import's report, and the preview's held rows it skips)."""
    headers = {name: str(layout.headers[index]) for name, index in layout.mapping.items()}
    return unread_messages(layout.sheet.name, headers, refund_words(layout, cells, headers),
                           layout.currency_hint or base_currency)


def refund_words(layout: SheetLayout, cells: Mapping[str, Sequence[tuple[int, object]]],
                 headers: dict[str, str]) -> Mapping[str, Sequence[tuple[int, object]]]:
    """A sheet's unread cells, a list of returns' refund column's (read whatever it holds:
    refund_columns.refund_said) but its words saying no refund, neither blank nor no (不退, ×,
    pending: REFUND_KEPT, under its header in `headers`), named as read so (fix41a)."""
    if not layout.returns:
        return cells
    headers[REFUND_KEPT] = headers.get("received_amount", REFUND_KEPT)
    return {**{name: found for name, found in cells.items() if name != "received_amount"},
            REFUND_KEPT: [(row, v) for row, v in cells.get("received_amount", ())
                          if not refund_said(v) and parse_flag(v) is not False]}


TWO_WAY = "two_way"
NO_YEAR = "no_year"
TOO_LARGE = "too_large"  # a money cell of more than MAX_AMOUNT's digits (a card number)
REFUND_SAID = "refund_said"  # a refund cell saying one was made, not its sum (是, a date)
REFUND_KEPT = "refund_kept"  # a list of returns' refund word saying none was (不退, ×: fix41a)
OUT_OF_YEARS = "out_of_years"  # a date of a year no ledger holds (9999-12-31)


# The unread cells a kind of reading (:func:`_kinds_apart`) names, by kind: its message's id and
# text; placeholders beside the column's own in :func:`_kind_params`.
_BY_KIND: dict[str, tuple[str, str]] = {
    "order_date": ("unread_order_date", NP_(
        "Sheet “{sheet}”, column “{column}”: {values} is not a date, so that payment "
        "was dated by its date received (row {rows}). Correct the ledger and import it "
        "again.",
        "Sheet “{sheet}”, column “{column}”: {values} are not dates, so those payments "
        "were dated by their date received ({count} cells: rows {rows}). Correct the "
        "ledger and import it again.")),
    TWO_WAY: ("two_way_date", NP_(
        "Sheet “{sheet}”, column “{column}”: {values} reads as a date with its first "
        "part as the year or with its last, and neither is near the years of the "
        "sheet's order dates, so it was read as empty (row {rows}). Write the year in "
        "full (2025/03/01) and import again.",
        "Sheet “{sheet}”, column “{column}”: {values} read as dates with their first "
        "part as the year or with their last, and neither is near the years of the "
        "sheet's order dates, so they were read as empty ({count} cells: rows {rows}). "
        "Write the years in full (2025/03/01) and import again.")),
    NO_YEAR: ("no_year_date", NP_(
        "Sheet “{sheet}”, column “{column}”: {values} has no year, so it was read as "
        "empty (row {rows}). Type the date with its year, or name the tab or the file "
        "with its year and month (yyyy年m月), and import it again.",
        "Sheet “{sheet}”, column “{column}”: {values} have no year, so they were read "
        "as empty ({count} cells: rows {rows}). Type the dates with their year, or name "
        "the tab or the file with its year and month (yyyy年m月), and import it again.")),
    OUT_OF_YEARS: ("unread_date_out_of_years", NP_(
        "Sheet “{sheet}”, column “{column}”: {values} is a date outside the years a "
        "ledger's dates fall in ({first} to {last}), so it was read as empty (row "
        "{rows}). Correct its year and import the file again.",
        "Sheet “{sheet}”, column “{column}”: {values} are dates outside the years a "
        "ledger's dates fall in ({first} to {last}), so they were read as empty "
        "({count} cells: rows {rows}). Correct their years and import the file again.")),
    TOO_LARGE: ("unread_money_too_large", NP_(
        "Sheet “{sheet}”, column “{column}”: {values} has more than {digits} digits, so "
        "it is no money and was read as empty (row {rows}): a card, account or "
        "reference number? Correct the cell and import the file again.",
        "Sheet “{sheet}”, column “{column}”: {values} have more than {digits} digits, "
        "so they are no money and were read as empty ({count} cells: rows {rows}): "
        "card, account or reference numbers? Correct the cells and import the file "
        "again.")),
    REFUND_SAID: ("refund_without_sum", NP_(
        "Sheet “{sheet}”, column “{column}”: {values} says money was sent back but "
        "not how much, so no refund was counted (row {rows}): the customer is shown as "
        "having paid it. Write the sum refunded in the cell and import the file again.",
        "Sheet “{sheet}”, column “{column}”: {values} say money was sent back but not "
        "how much, so no refund was counted ({count} cells: rows {rows}): the customers "
        "are shown as having paid it. Write the sums refunded in the cells and import "
        "the file again.")),
    REFUND_KEPT: ("refund_word_kept", NP_(
        "Sheet “{sheet}”, column “{column}”: {values} does not say the money was sent "
        "back, so that return was read as not refunded, its money still owed to the "
        "customer (row {rows}). If it was refunded, write the sum refunded in the cell "
        "and import the file again.",
        "Sheet “{sheet}”, column “{column}”: {values} do not say the money was sent "
        "back, so those returns were read as not refunded, their money still owed to "
        "the customers ({count} cells: rows {rows}). If they were refunded, write the "
        "sums refunded in the cells and import the file again.")),
}


def _kind_params(kind: str) -> dict[str, object]:
    """What a kind's message says beside its column's values and rows."""
    if kind == OUT_OF_YEARS:
        return {"first": MIN_YEAR, "last": max_year()}
    if kind == TOO_LARGE:
        return {"digits": len(f"{MAX_AMOUNT:.0f}") - 1}
    return {}


def _kinds_apart(cells: Mapping[str, Sequence[tuple[int, object]]]
                 ) -> list[tuple[str, str, Sequence[tuple[int, object]]]]:
    """(kind, field, cells) of each column's unread cells, a date column's 25/03/01 apart
    (kind TWO_WAY): neither of its readings was near the order dates, which is no typo; and
    its month-and-day text (3月6日, 20/3: kind NO_YEAR), where no name gave the year, no typo
    either: "is not a date" sent the clerk looking for one."""
    found: list[tuple[str, str, Sequence[tuple[int, object]]]] = []
    for name in ("order_date", *UNREAD_FIELDS, "currency", "amount_currency",
                 "receipt_currency", "received_currency", REFUND_KEPT):
        cell_list = cells.get(name, ())
        tests: tuple[tuple[str, Callable[[object], object]], ...] = ()
        if name in UNREAD_DATES or name == "order_date":
            tests = ((TWO_WAY, lambda v: isinstance(v, str) and read_both_ways(v)),
                     (NO_YEAR, lambda v: isinstance(v, str) and month_day(v)))
            if name != "order_date":  # a payment's, dated by its receipt: said as it is
                tests += ((OUT_OF_YEARS, outside_years),)
        elif name == "refund_amount":  # a bare 退款 column of 是 / 否 or dates (ref41)
            tests = ((TOO_LARGE, too_large), (REFUND_SAID, refund_said))
        elif name in MONEY_FIELDS:
            tests = ((TOO_LARGE, too_large),)
        for kind, test in tests:
            split = [bool(test(v)) for _row, v in cell_list]
            found.append((kind, name, [c for c, s in zip(cell_list, split, strict=True) if s]))
            cell_list = [c for c, s in zip(cell_list, split, strict=True) if not s]
        found.append((name, name, cell_list))
    return found


def payment_rows_message(layout: SheetLayout, rows: list[int], differ: Sequence[int] = (),
                         kept: Sequence[int] = ()) -> list[Message]:
    """The rows of a sheet read as money received, not as orders. A payments sheet (收款) is
    said to be one: "rows typed as payments" named its every row, as if each were a sale
    row's exception; `differ`: its rows whose second received figure is another sum; `kept`:
    a list of returns' rows whose refund cell is blank, their money not sent back (ref41)."""
    sheet = layout.sheet.name
    if layout.returns:  # its every row goods and their money sent back (fix40e)
        return [*_returns_sheet(sheet, rows), *_rows_message("returns_kept", NP_(
            "Sheet “{sheet}”: {count} return has no refund written (row {rows}): read as goods "
            "sent back, a credit note on the order; its money was not sent back and stays "
            "owed to the customer.",
            "Sheet “{sheet}”: {count} returns have no refund written (rows {rows}): read as "
            "goods sent back, credit notes on the orders; their money was not sent back and "
            "stays owed to the customers."), sheet, kept)]
    if not rows:
        return []
    if layout.refunds:  # its every row money sent back (refund_columns.refunds_sheet)
        return [Message("refunds_sheet", NP_(
            "Sheet “{sheet}” is a list of refunds: its {count} row was read as money sent "
            "back to the customer it names.",
            "Sheet “{sheet}” is a list of refunds: its {count} rows were read as money sent "
            "back to the customers they name."), {"sheet": sheet, "count": len(rows)})]
    if layout.receipts:
        return [*_other_received(layout, differ), Message("payments_sheet", NP_(
            "Sheet “{sheet}” is a sheet of payments: its {count} row was read as money "
            "received from the customer it names.",
            "Sheet “{sheet}” is a sheet of payments: its {count} rows were read as money "
            "received from the customers they name."), {"sheet": sheet, "count": len(rows)})]
    return _rows_message("payment_rows", NP_(
        "Sheet “{sheet}”: {count} row typed as a payment (row {rows}) was read as money "
        "received from its customer, not as an order.",
        "Sheet “{sheet}”: {count} rows typed as payments (rows {rows}) were read as money "
        "received from their customers, not as orders."), sheet, rows)


def _returns_sheet(sheet: str, rows: Sequence[int]) -> list[Message]:
    """A list of returns' rows read as goods and their money sent back (fix40e)."""
    if not rows:
        return []
    return [Message("returns_sheet", NP_(
        "Sheet “{sheet}” is a list of returns: its {count} row was read as goods sent back, a "
        "credit note on the order, and their money sent back to the customer it names.",
        "Sheet “{sheet}” is a list of returns: its {count} rows were read as goods sent back, "
        "credit notes on the orders, and their money sent back to the customers they name."),
        {"sheet": sheet, "count": len(rows)})]


def refund_message(sheet: str, rows: list[int]) -> list[Message]:
    """The refunds named: a clerk who meant money in sees it read as money out."""
    return _rows_message("refund_rows", NP_(
        "Sheet “{sheet}”: {count} payment row says the money was sent back to the customer "
        "(row {rows}): read as a refund, lowering what the customer paid from its date.",
        "Sheet “{sheet}”: {count} payment rows say the money was sent back to the customer "
        "(rows {rows}): read as refunds, lowering what the customers paid from their dates."),
        sheet, rows)


def refunded_message(sheet: str, rows: list[int]) -> list[Message]:
    """The sale rows whose refund column was taken off their money received (core.ledger.
    refund_columns): the clerk sees the refund read as money sent back, not a sale."""
    return _rows_message("refunded_rows", NP_(
        "Sheet “{sheet}”: {count} sale row writes a refund (row {rows}): read as money sent "
        "back to the customer, taken off what the customer paid; the sale is unchanged.",
        "Sheet “{sheet}”: {count} sale rows write a refund (rows {rows}): read as money sent "
        "back to the customers, taken off what the customers paid; the sales are unchanged."),
        sheet, rows)


def undated_refund_message(sheet: str, rows: list[int]) -> list[Message]:
    """The refunds written without their date received, counted on their rows' dates
    (core.ledger.typed_rows.as_receipts): the clerk sees the day taken and where to write it."""
    return _rows_message("undated_refunds", NP_(
        "Sheet “{sheet}”: {count} refund has no date received (row {rows}): counted as sent "
        "back on its row's date. Write the day the money went back in its date received and "
        "import the file again.",
        "Sheet “{sheet}”: {count} refunds have no date received (rows {rows}): counted as "
        "sent back on their rows' dates. Write the day the money went back in each one's date "
        "received and import the file again."), sheet, rows)


def _rows_message(code: str, template: str, sheet: str, rows: Sequence[int]) -> list[Message]:
    """A note naming a sheet's rows, none where there are none."""
    if not rows:
        return []
    return [Message(code, template, {"sheet": sheet, "count": len(rows),
                                     "rows": ranges_text(list(rows))})]


def _other_received(layout: SheetLayout, differ: Sequence[int]) -> list[Message]:
    """Two received figures (收款金额, 到账金额): where they differ (`differ`, the rows), the
    one counted is named with the other, so a clerk whose figures differ by the bank's
    charges sees which one the account holds; where they agree on every row, nothing is."""
    if layout.other_received is None or not differ:
        return []
    return [Message("payments_other_figure", NP_(
        "Sheet “{sheet}”: the money received is read from “{counted}” (what reached the bank, "
        "in the sheet's currency); “{other}” beside it says another sum on row {rows} and "
        "was not counted.",
        "Sheet “{sheet}”: the money received is read from “{counted}” (what reached the bank, "
        "in the sheet's currency); “{other}” beside it says other sums on {count} rows (rows "
        "{rows}) and was not counted."),
        {"sheet": layout.sheet.name, "counted": layout.header_of("amount"),
         "other": layout.other_received, "count": len(differ), "rows": ranges_text(list(differ))})]


def formula_messages(layout: SheetLayout) -> list[Message]:
    """The mapped cells of a sheet's data rows that are formulas saved without their value
    (core.ledger.readers.formulas): read as empty, a row was skipped as having no amount or
    its customer looked unpaid. Named with the cure: open the file in Excel or WPS and save;
    and so are those showing an Excel error (#REF!, #N/A), with theirs: correct the formula."""
    sheet = layout.sheet
    messages = []
    if shown := _data_cells(layout, sheet.formulas):
        messages.append(Message("uncomputed_formulas", NP_(
            "Sheet “{sheet}”: {cells} is a formula saved without its computed value, so it "
            "was read as empty. Open the file in Excel or WPS, save it, and import it again.",
            "Sheet “{sheet}”: {count} cells are formulas saved without their computed value "
            "({cells}), so they were read as empty. Open the file in Excel or WPS, save it, "
            "and import it again."),
            {"sheet": sheet.name, "count": len(shown),
             "cells": Listed(shown, SHOWN_VALUES * 2)}))
    if shown := _data_cells(layout, sheet.errors):
        messages.append(Message("error_cells", NP_(
            "Sheet “{sheet}”: {cells} shows an Excel error instead of a value, so it was read "
            "as empty. Correct the formula in Excel or WPS (a row or sheet it names was "
            "deleted, a lookup found nothing), save the file and import it again.",
            "Sheet “{sheet}”: {count} cells show an Excel error instead of a value ({cells}), "
            "so they were read as empty. Correct the formulas in Excel or WPS (a row or sheet "
            "they name was deleted, a lookup found nothing), save the file and import it "
            "again."),
            {"sheet": sheet.name, "count": len(shown),
             "cells": Listed(shown, SHOWN_VALUES * 2)}))
    return messages


def _data_cells(layout: SheetLayout, cells: Mapping[tuple[int, int], str]) -> list[str]:
    """Those of `cells` in the sheet's mapped columns below its header, row by row, each
    named with its letters and what it holds: "F2 (=D2*E2)", "D2 (#REF!)"."""
    if not cells:
        return []
    sheet = layout.sheet
    columns = {sheet.first_col + i for i in layout.mapping.values()}
    first = sheet.first_row_number + layout.header_index + 1
    found = sorted((row, column, text) for (row, column), text in cells.items()
                   if column in columns and row >= first)
    return [Noted(f"{column_letters(c)}{r}", text) if len(text) > 1 else f"{column_letters(c)}{r}"
            for r, c, text in found]


def no_rows(file: str, skipped: int, notes: Sequence[Message]) -> Refusal:
    """A file none of whose rows could be taken, said with what most likely is why, from
    `notes` (formula_messages'): its cells are formulas saved without their value, or show an
    Excel error (a refusal shows no note, so the cells are named here); else its tabs hold
    a header and nothing under it, or its rows' reasons follow, each to correct."""
    if any(note.code == "uncomputed_formulas" for note in notes):
        return Refusal("no_rows_formulas", NP_(
            "{file}: no row could be taken ({count} row skipped): its figures are formulas "
            "saved without their computed value. Open the file in Excel or WPS, save it, and "
            "import it again.",
            "{file}: no row could be taken ({count} rows skipped): its figures are formulas "
            "saved without their computed value. Open the file in Excel or WPS, save it, and "
            "import it again."), file=file, count=skipped)
    errors = next((note for note in notes if note.code == "error_cells"), None)
    if errors is not None:
        return Refusal("no_rows_errors", NP_(
            "{file}: no row could be taken ({count} row skipped): cells of sheet “{sheet}” "
            "show an Excel error instead of a value: {cells}. Correct the formulas in Excel "
            "or WPS, save the file and import it again.",
            "{file}: no row could be taken ({count} rows skipped): cells of sheet “{sheet}” "
            "show an Excel error instead of a value: {cells}. Correct the formulas in Excel "
            "or WPS, save the file and import it again."),
            file=file, count=skipped, sheet=errors.params["sheet"],
            cells=errors.params["cells"])
    if not skipped:
        return Refusal("no_rows", N_(
            "{file}: its ledger sheets hold a header row and no order under it. Check that "
            "you chose the right file, and that its rows were saved with it."), file=file)
    return Refusal("no_rows", NP_(
        "{file}: no row could be taken ({count} row skipped): the reason is listed with its "
        "row; correct it and import the file again.",
        "{file}: no row could be taken ({count} rows skipped): the reasons are listed with "
        "their rows; correct them and import the file again."), file=file, count=skipped)
