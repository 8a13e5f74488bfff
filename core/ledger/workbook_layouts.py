"""A workbook's ledger tabs, and the clerk's column choices across them.

A firm's workbook holds tabs of different shapes: monthly order tabs ("1月", "2月") and a
payments tab ("收款") with its own columns. A header chosen for a field (``--map`` or the
import dialog) applies to the tabs that have it (core.ledger.layout's candidates); a tab
without it keeps its own columns, and is passed over by itself, named, if it then lacks a
required one. Refused on the first tab it was not made for, the choice refused the whole
file: a clerk who fixed the order tabs' amount column could not import the workbook at all.
A chosen header that is, on a tab, another required field's column is not applied there (the
收款 tab's 日期 chosen as the received date is the 台账 tab's order date: applied there, the
sales tab was passed over and the file imported without it), and each tab a choice was not
applied on is named with the column read instead (fix34c: net 金额 read quietly on 2月 beside
the gross 含税金额 chosen on 1月).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from core.i18n import N_
from core.ledger.fields import FIELD_BY_NAME, REQUIRED, SALES_ONLY
from core.ledger.layout import (
    HIDDEN,
    PassedSheet,
    SheetLayout,
    apply_overrides,
    no_ledger,
    sheet_layout,
)
from core.ledger.normalise import fold_header
from core.ledger.readers import RawSheet, Workbook
from core.ledger.tab_month import sheet_month
from core.ledger.template_tabs import not_ledger_rows
from core.ledger.unread_tabs import unreadable_sheets
from core.messages import Listed, Message, Refusal, Term


def find_layouts(workbook: Workbook, remembered: Mapping[str, dict[str, int]],
                 overrides: Mapping[str, str], only_sheet: str | None = None,
                 ) -> tuple[list[SheetLayout], list[PassedSheet]]:
    """Every sheet that holds a ledger (a hidden one: hidden_tab); the others with the reason
    they were passed."""
    layouts: list[SheetLayout] = []
    passed = unreadable_sheets(workbook.path, workbook.unreadable, remembered, overrides)
    for sheet in workbook.sheets:
        found = tab_layout(sheet, remembered, overrides, only_sheet, workbook.path.name)
        if isinstance(found, SheetLayout):
            layouts.append(found)
        else:
            passed.append(found)
    refuse_file(workbook.path, passed, layouts, overrides)
    return layouts, passed


def orders_left_out(passed: list[PassedSheet]) -> list[PassedSheet]:
    """The order tabs passed over for one required column their headers lack (1月 headed
    成交额, an amount the app does not know): a tab lacking one is not always of orders."""
    return [sheet for sheet in passed if sheet.reason.code == "sheet_missing_required"
            and len(sheet.reason.params["missing"]) == 1 and order_tab(sheet.columns)]


# what an account's list has too (an aging list by invoice: 发票号, 到期日, 账期)
_SALE_LINE = SALES_ONLY - {"due_date", "invoice_no", "payment_terms"}
# a figure a list of customers has where an order tab has its amount: a balance, a limit
_OWED = frozenset({"outstanding", "credit_limit"})
# what an order has beside its date where a list of customers has none: its currency, terms
_ORDER_TERMS = frozenset({"currency", "payment_terms"})


def order_tab(columns: frozenset[str]) -> bool:
    """Do a tab's headers say it holds orders? Its customer named, and a column only a sale
    has (product, quantity, ship date…), or else its order number and no balance owed or
    credit limit for its figure. A list of customers (客户名称, 国家, 信用额度, 签约日期: its
    signing date read as an order date, it lacked only an amount), of balances (客户, 日期,
    应收余额, by order too) or of money not yet claimed (日期, 金额, 摘要: no customer) refused
    the payments beside it: the workbook imported before could not be imported at all. Or
    its order date with the order's currency or payment terms, and no balance or limit: 4月
    of 下单日期, 客户名称, 国家, 业务员, 成交额, 币种, 付款方式 was passed over, its sales gone
    and its buyers' payments credit (fix35f)."""
    if "customer" not in columns:
        return False
    return bool(_SALE_LINE & columns) or not _OWED & columns and (
        "order_no" in columns or "order_date" in columns and bool(_ORDER_TERMS & columns))


def refuse_file(path: Path, passed: list[PassedSheet], layouts: list[SheetLayout],
                overrides: Mapping[str, str]) -> None:
    """Refuse a file once every tab's layout is known (before any more rows are read): with
    no ledger tab; with a chosen header no tab used; with payments tabs alone while its order
    tabs were passed over for a column (the 收款 tab's payments were imported without the
    orders they pay, 1月 and 2月 headed 成交额: its buyers looked paid in advance)."""
    if not layouts:
        raise empty(path, passed) or no_ledger(path, passed)
    chosen_nowhere(layouts, overrides)  # the clerk's own choice first: it is what to correct
    left = orders_left_out(passed)
    if left and all(layout.receipts for layout in layouts):
        raise no_ledger(path, left)


def empty(path: Path, passed: list[PassedSheet]) -> Refusal | None:
    """A workbook whose every sheet holds no cell at all, said so: an empty workbook was told
    it had "no header row with ledger columns in the first 30 rows", as a title alone is."""
    if not passed or any(sheet.reason.code != "sheet_empty" for sheet in passed):
        return None
    if len(passed) == 1:
        return Refusal("sheets_empty", N_(
            "{file}: sheet “{sheet}” is empty: no cell in it holds anything. Check that you "
            "chose the right file, and that the ledger was saved in it."),
            file=path.name, sheet=passed[0].name)
    return Refusal("sheets_empty", N_(
        "{file}: its sheets {sheets} are all empty: no cell in them holds anything. Check "
        "that you chose the right file, and that the ledger was saved in it."),
        file=path.name, sheets=Listed([f"“{sheet.name}”" for sheet in passed]))


def chosen_nowhere(layouts: list[SheetLayout], overrides: Mapping[str, str]) -> None:
    """Refuse a chosen header no ledger tab has (a --map mistyped: the clerk must hear of
    it), in the words of the first tab's headers, as a one-tab file was always refused; and
    one no tab used, being on each tab that has it another required field's column
    (`--map amount=客户` was imported with the choice quietly left unused)."""
    for name, header in overrides.items():
        wanted = fold_header(header) if header.strip() else None
        if not layouts or wanted is None:
            continue
        having = [layout for layout in layouts
                  if wanted in {fold_header(h) for h in layout.headers if h}]
        if not having:
            apply_overrides(layouts[0].headers, {}, {name: header})  # raises: not found
        if all(any(field == name for field, _, _ in layout.unapplied) for layout in layouts):
            first = having[0]
            owner = next((field for field, i in first.to_remember.items()
                          if fold_header(first.headers[i] or "") == wanted), name)
            raise Refusal("chosen_held", N_(
                "The column “{header}” chosen for {field} holds {other} on every sheet that "
                "has it, so it was not used. Choose another column for {field}, or choose "
                "another column for {other} too."), header=header,
                field=Term(FIELD_BY_NAME[name].label), other=Term(FIELD_BY_NAME[owner].label))


# on a sheet of payments its order date and amount are the money's day and sum (layout)
_PAID_AS = {"order_date": "received_date", "amount": "received_amount"}


def tab_layout(sheet: RawSheet, remembered: Mapping[str, dict[str, int]],
               overrides: Mapping[str, str], only_sheet: str | None = None,
               file_name: str = "") -> SheetLayout | PassedSheet:
    """One tab's layout with the chosen headers that are not, on this tab, another required
    field's column (its own layout's); what was chosen and not applied in its `unapplied`;
    a hidden tab's only where it is the ledger's (hidden_ledger). A hidden tab named after a
    month that cannot be read as one (its header row broken, a required column gone) is
    passed over for that reason, as a shown one is: "hidden sheet" alone left a clerk's
    folded-away 4月 out of the import without a word on why."""
    found = _tab_layout(sheet, remembered, overrides, only_sheet, file_name)
    if isinstance(found, SheetLayout) and only_sheet is None and (why := not_ledger_rows(
            sheet.name, sheet.hidden, sheet.rows, found.header_index, found.mapping["customer"],
            sheet.first_row_number)):
        return PassedSheet(sheet.name, why)  # a template, a hidden scratch area
    if not sheet.hidden or only_sheet is not None or hidden_ledger(found) or (
            isinstance(found, PassedSheet) and found.reason.code != "sheet_hidden"
            and sheet_month(sheet.name) is not None):
        return found
    return PassedSheet(sheet.name, Message("sheet_hidden", HIDDEN))


def hidden_ledger(found: SheetLayout | PassedSheet) -> bool:
    """Is a hidden tab the ledger's, so read? With the ledger's header where its name says a
    month, its columns an order tab's, or it is a payments tab: a clerk hides an old month's
    tab (4月) to tidy the book, and passed over, April's orders and payments left its buyers'
    accounts without a word. A hidden helper (lists for data validation, 参数, 下拉, Sheet2
    without a ledger header, a pivot's data) stays passed over."""
    return isinstance(found, SheetLayout) and (
        found.month is not None or found.receipts
        or order_tab(frozenset(found.as_read or found.mapping)))


def _tab_layout(sheet: RawSheet, remembered: Mapping[str, dict[str, int]],
                overrides: Mapping[str, str], only_sheet: str | None,
                file_name: str) -> SheetLayout | PassedSheet:
    if not overrides:
        return sheet_layout(sheet, remembered, overrides, only_sheet, file_name)
    own = sheet_layout(sheet, remembered, {}, only_sheet, file_name)
    kept = dict(overrides)
    if isinstance(own, SheetLayout):
        columns = own.as_read or own.mapping
        taken = {fold_header(own.headers[i] or ""): _PAID_AS.get(name, name) if own.receipts
                 else name for name, i in columns.items() if name in REQUIRED}
        kept = {name: header for name, header in overrides.items()  # its owner chosen too:
                if taken.get(fold_header(header), name) in (name, *overrides)  # a swap
                or not header.strip()}
    found = sheet_layout(sheet, remembered, kept, only_sheet, file_name)
    if isinstance(found, SheetLayout):  # as its headers read (a payments sheet's, as_read)
        read = {name: found.headers[i] for name, i in found.to_remember.items()}
        found.unapplied = [(name, header, read.get(name))
                           for name, header in overrides.items() if header.strip()
                           and fold_header(read.get(name) or "") != fold_header(header)]
    return found


def unapplied(layout: SheetLayout) -> list[Message]:
    """Per chosen header not applied on the tab, the column read for its field instead."""
    said = []
    for name, header, instead in layout.unapplied:
        values = {"sheet": layout.sheet.name, "header": header, "instead": instead or "",
                  "field": Term(FIELD_BY_NAME[name].label)}
        said.append(Message("chosen_not_applied", N_(
            "Sheet “{sheet}”: the column chosen for {field}, “{header}”, was not applied "
            "here (this sheet has no such column, or it holds another required field); "
            "read “{instead}” instead.") if instead else N_(
            "Sheet “{sheet}”: the column chosen for {field}, “{header}”, was not applied "
            "here (this sheet has no such column, or it holds another required field); no "
            "column read for it instead."), values))
    return said
