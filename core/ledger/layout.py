"""Finding the ledger in a workbook: which sheets, which header row, which column is which.

A firm's ledger is recognised by its header row, wherever it sits in the first rows, and by the
canonical fields its columns map to. A layout the user corrected once (``--map`` or the import
dialog) is remembered by its header signature and used again the next month.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from core.i18n import N_
from core.ledger.fields import (
    ARRIVED_WORDS,
    FIELD_BY_NAME,
    RECEIPT_WORDS,
    REFUND_WORDS,
    REQUIRED,
    RETURN_WORDS,
    SALES_ONLY,
)
from core.ledger.header_fields import FOLDED, auto_map, header_keys, min_len
from core.ledger.header_units import header_scale
from core.ledger.normalise import (
    cell_text,
    fold,
    fold_header,
    header_currency,
)
from core.ledger.paper_dates import ships_known
from core.ledger.payer_column import payer_as_customer, payer_register, payments_missing
from core.ledger.readers import RawSheet
from core.ledger.receipt_tabs import receipts_by_name
from core.ledger.refund_columns import refunds_sheet, returns_list
from core.ledger.sheet_names import named_no_ledger
from core.ledger.stacked_header import header_rows
from core.ledger.stacked_mapping import Candidate, read_before
from core.ledger.stacked_words import units_row_fields
from core.ledger.tab_month import TabMonth, named_year, sheet_month
from core.ledger.yearless import NamedYear
from core.messages import Listed, Message, Noted, Refusal, Term

HEADER_SEARCH_ROWS = 30
# Money columns whose header may name their own currency ("成本(人民币)" beside USD amounts).
CURRENCY_COLUMNS = ("cost", "gross_profit", "received_amount", "outstanding", "deposit",
                    "balance", "credit_limit", "tax_rebate")
# Figure columns whose header may give their unit (万元, '000): core.ledger.header_units.
SCALED_FIELDS = ("amount", *CURRENCY_COLUMNS)


def field_scale(name: str, header: str | None) -> float:
    """What a column's figures are multiplied by: the unit its header gives, if the field is
    a figure that may give one (the import, its report and the dialog's preview agree)."""
    return header_scale(header)[0] if name in SCALED_FIELDS else 1.0


@dataclass
class SheetLayout:
    """A sheet that holds a ledger, and how to read it."""

    sheet: RawSheet
    header_index: int
    headers: list[str | None]
    mapping: dict[str, int]
    signature: str
    remembered: bool = False
    currency_hint: str | None = None  # the amount column's header names the rows' currency
    column_currency: dict[str, str] = field(default_factory=dict)  # field -> header's currency
    units_row: frozenset[str] = frozenset()  # ... of those, the fields a units row's (fix54k)
    column_scale: dict[str, float] = field(default_factory=dict)  # field -> its header's unit
    month: TabMonth | None = None
    # the year its tab's or file's name states, of dates typed without one (3月5日)
    named: NamedYear | None = None
    notes: list[Message] = field(default_factory=list)
    receipts: bool = False  # a sheet of money received (收款 sheet): every row is a payment
    refunds: bool = False  # ... of money sent back (a 退货 list headed 退款金额): refunds_sheet
    returns: bool = False  # ... of goods sent back, their money with them (退货金额, 退货数量)
    # a payments sheet's columns as its headers read, before its received figure became the
    # rows' amount: what is remembered, so the next file's sheet of the same headers is found
    # to be payments again (remembered as read, its rows were sales: payments turned to debt)
    as_read: dict[str, int] | None = None
    other_received: str | None = None  # 收款金额 beside the 到账金额 counted (one_received)
    unapplied: list[tuple[str, str, str | None]] = field(default_factory=list)  # tab_layout
    ruled: set[int] = field(default_factory=set)  # rows read in their 收款币种 (paid_in)
    weighed: frozenset[int] = frozenset()  # rows whose 收款 is a cell's (units_currency.weigh)

    @property
    def states_refunds(self) -> bool:
        """Is it a list of returns with a refund column: it says their money itself?"""
        return self.returns and "received_amount" in self.mapping

    @property
    def to_remember(self) -> dict[str, int]:
        return self.mapping if self.as_read is None else self.as_read

    @property
    def words(self) -> dict[str, str]:
        """The fields read from a column whose header names another (fields.worded): a
        payments sheet's amount is its received figure; its date, its date received where
        no order date column gave it."""
        if self.as_read is None:
            return {}
        read = {index: name for name, index in self.as_read.items()}
        return {name: said for words in (RECEIPT_WORDS, REFUND_WORDS, RETURN_WORDS)
                for name, said in words.items()
                if name in self.mapping and read.get(self.mapping[name]) == said}

    @property
    def dated_by_list(self) -> bool:
        """Is a list of refunds or returns dated by its 退款日期 / 退货日期 alone?"""
        return "received_date" not in self.mapping and self.words.get("order_date") in (
            REFUND_WORDS["order_date"], RETURN_WORDS["order_date"])

    @property
    def header_row_number(self) -> int:
        return self.sheet.first_row_number + self.header_index

    @property
    def ship_date_column(self) -> bool:
        """Has the sheet its ship dates, or no need of them (money received only)?"""
        return ships_known(self) or self.receipts

    @property
    def derived_amount(self) -> bool:
        return "amount" not in self.mapping

    def header_of(self, name: str) -> str | None:
        index = self.mapping.get(name)
        return None if index is None else self.headers[index]


@dataclass
class PassedSheet:
    name: str
    reason: Message
    # the fields its likeliest header row's columns were read as, when it lacks a required
    # one: whether it is a tab of orders left out (workbook_layouts.order_tab)
    columns: frozenset[str] = frozenset()


def header_signature(headers: list[str | None]) -> str:
    folded = "|".join(fold_header(h) if h else "" for h in headers).rstrip("|")
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


def has_required(mapping: Mapping[str, int]) -> list[str]:
    """The required fields a mapping lacks (an amount may come from quantity × unit price)."""
    missing = [name for name in REQUIRED if name not in mapping]
    if "amount" in missing and "quantity" in mapping and "unit_price" in mapping:
        missing.remove("amount")
    return missing


_RECEIPT_DATES = frozenset({"order_date", "received_date"})


def _payments_only(mapping: Mapping[str, int]) -> bool:
    return ("customer" in mapping and "received_amount" in mapping
            and bool(_RECEIPT_DATES & set(mapping)) and SALES_ONLY.isdisjoint(mapping))


def one_received(mapping: dict[str, int], headers: list[str | None]) -> str | None:
    """A payments sheet's second received figure (到账金额 beside 收款金额, or 收款金额(RMB)) was
    read as a sale's amount: the sheet became sales without an order date, passed over, and
    its buyers looked owed what they had paid. Keep one, in place: a column that names no
    currency before one that does (RMB last), then the money that reached the bank (ARRIVED_WORDS);
    the other's header is returned, for the report to name."""
    amount, received = mapping.get("amount"), mapping.get("received_amount")
    if amount is None or received is None or not _payments_only(mapping):
        return None
    keys = {i: header_keys(headers[i] or "") for i in (received, amount)}
    if not any(word in keys[amount][1] for word in _RECEIVED):
        return None

    def rank(index: int) -> tuple[bool, bool, bool]:  # RMB beside USD: the USD figure
        key, bare = keys[index]
        cny = header_currency(headers[index]) == "CNY"
        return cny, key != bare, not any(word in bare for word in _ARRIVED)

    mapping["received_amount"] = kept = min((received, amount), key=rank)
    del mapping["amount"]
    return headers[amount if kept == received else received]


_ARRIVED = tuple(fold_header(w) for w in ARRIVED_WORDS)
_RECEIVED = tuple(w for w in FOLDED["received_amount"] if len(w) >= min_len(w)) + _ARRIVED


def receipts_sheet(mapping: dict[str, int]) -> bool:
    """Is this a sheet of the customers' payments, kept apart from the orders (a 收款 tab:
    客户, 收款日期, 收款金额)? Without an order amount, its received figure is each row's sum and
    its date received the row's date (`mapping` is made so, in place), and every row is read as
    money received, as a row typed 收款 is (core.ledger.typed_rows). Passed over, the money a
    clerk books there was lost: a buyer who paid looked owed all of it, and black-listed."""
    if "amount" not in has_required(mapping) or not _payments_only(mapping):
        return False  # with a sales-only column: a sale's amount under a header unknown
    mapping["amount"] = mapping.pop("received_amount")
    if "order_date" not in mapping:
        mapping["order_date"] = mapping.pop("received_date")
    return True


def apply_overrides(headers: list[str | None], mapping: dict[str, int],
                    overrides: Mapping[str, str]) -> dict[str, int]:
    """Apply the user's FIELD=HEADER corrections; an empty HEADER unmaps the field."""
    result = dict(mapping)
    folded = [fold_header(h) if h else "" for h in headers]
    for name, header in overrides.items():
        if name not in FIELD_BY_NAME:
            raise Refusal("unknown_field", N_("There is no field called “{field}”. Fields: "
                                               "{fields}."), field=name,
                          fields=", ".join(FIELD_BY_NAME))
        result.pop(name, None)
        if not header.strip():
            continue
        wanted = fold_header(header)
        matches = [i for i, text in enumerate(folded) if text == wanted]
        if not matches:
            raise Refusal("header_not_found",
                          N_("No column is headed “{header}” (asked for {field}, {name}). The "
                             "headers found are: {headers}."), header=header,
                          field=Term(FIELD_BY_NAME[name].label), name=name,
                          headers=_list_headers(headers))
        for other, index in list(result.items()):
            if index == matches[0]:
                del result[other]
        result[name] = matches[0]
    return result


def _field_names(names: list[str]) -> Listed:
    """"Customer (customer)", "客户（customer）": each language's brackets, as read."""
    return Listed([Noted(Term(FIELD_BY_NAME[n].label), n) for n in names])


def _list_headers(headers: list[str | None]) -> str:
    """The headers found, listed as the language in force lists when read ("“a”、“b”")."""
    return Listed([f"“{h}”" for h in headers if h]) if any(headers) else "—"


def _candidates(sheet: RawSheet, remembered: Mapping[str, dict[str, int]],
                overrides: Mapping[str, str]) -> list[Candidate]:
    found = []
    for stack in header_rows(sheet.rows[:HEADER_SEARCH_ROWS], sheet.merged, auto_map):
        index, headers = stack.last, stack.names
        texts = [h for h in headers if h]
        if len(texts) < 2:
            continue
        known = remembered.get(header_signature(headers)) \
            or read_before(stack, remembered, header_signature, auto_map)
        mapping = dict(known) if known else auto_map(headers)
        mapping = {k: v for k, v in mapping.items() if v < len(headers) and headers[v]}
        usable_overrides = {k: v for k, v in overrides.items()
                            if not v or fold_header(v) in {fold_header(t) for t in texts}}
        mapping = apply_overrides(headers, mapping, usable_overrides)
        if len(mapping) >= 2:
            found.append(Candidate(index, headers, mapping, bool(known), stack.first,
                                   len(has_required(mapping))))
    return found


def find_layout(sheet: RawSheet, remembered: Mapping[str, dict[str, int]],
                overrides: Mapping[str, str]) -> SheetLayout | PassedSheet:
    """Where this sheet's header is and how its columns map, or why it is no ledger."""
    candidates = _candidates(sheet, remembered, overrides)
    if not candidates and not any(cell_text(v) for row in sheet.rows for v in row):
        return PassedSheet(sheet.name, Message("sheet_empty", N_(  # workbook_layouts.empty
            "empty: no cell holds anything")))
    if not candidates:
        return PassedSheet(sheet.name, Message("sheet_no_header", N_(
            "no header row with ledger columns in the first {rows} rows"),
            {"rows": HEADER_SEARCH_ROWS}))
    best = max(candidates, key=lambda c: c.score)
    if not best.remembered and not overrides:  # 收款's 日期 / 金额: its receipts (yb44)
        receipts_by_name(sheet.name, best.headers, best.mapping)
    payer_register(sheet.name, best.headers, best.mapping, overrides)  # 日期, 付款人, 金额 (rv54b)
    payer_as_customer(best.mapping, best.headers)  # a 收款登记's 付款单位
    other_received = one_received(best.mapping, best.headers)
    as_read = dict(best.mapping)
    receipts = receipts_sheet(best.mapping)
    refunds = not receipts and refunds_sheet(best.mapping)
    missing = payments_missing(best.mapping, has_required(best.mapping))
    if missing:
        return PassedSheet(sheet.name, Message("sheet_missing_required", N_(
            "row {row} looks like a header but has no column for {fields}; headers found: "
            "{headers}"), {"row": sheet.first_row_number + best.index,
                           "fields": _field_names(missing), "headers": _list_headers(best.headers),
                           "missing": missing}), frozenset(best.mapping))
    layout = SheetLayout(sheet=sheet, header_index=best.index, headers=best.headers,
                         mapping=best.mapping, signature=header_signature(best.headers),
                         remembered=best.remembered, month=sheet_month(sheet.name),
                         receipts=receipts or refunds, refunds=refunds,
                         returns=refunds and returns_list(as_read),
                         as_read=as_read if receipts or refunds else None,
                         other_received=other_received)
    units = {name: header_scale(layout.header_of(name)) for name in SCALED_FIELDS}
    layout.column_scale = {name: scale for name, (scale, _) in units.items() if scale != 1.0}
    layout.currency_hint = header_currency(units["amount"][1])
    layout.column_currency = {name: code for name in CURRENCY_COLUMNS
                              if (code := header_currency(units[name][1]))}
    layout.units_row = units_row_fields(sheet.rows, best.index, layout.mapping,
                                        layout.column_currency)  # 已收金额 / USD
    return layout


def sheet_layout(sheet: RawSheet, remembered: Mapping[str, dict[str, int]],
                 overrides: Mapping[str, str], only_sheet: str | None = None,
                 file_name: str = "") -> SheetLayout | PassedSheet:
    """One sheet's layout, or why it is passed over (a sheet chosen by name never is for its
    name or state); `file_name` may state the year of its year-less dates."""
    chosen = only_sheet is not None and fold(sheet.name) == fold(only_sheet)
    deliberate = None if chosen else not_a_ledger(sheet.name, sheet.hidden, looked=True)
    if deliberate is not None:
        return PassedSheet(sheet.name, deliberate)
    found = find_layout(sheet, remembered, overrides)
    if isinstance(found, SheetLayout):
        found.named = named_year(sheet.name, file_name)
    return found


HIDDEN = N_("hidden sheet")  # a hidden sheet passed over (workbook_layouts.hidden_ledger)


def not_a_ledger(name: str, hidden: bool, looked: bool = False) -> Message | None:
    """Why a sheet is deliberately no ledger (hidden, or named as notes or a pivot), if it
    is; a hidden one by its name only where its rows are `looked` at next: a hidden 4月 may
    be the clerk's month folded away (workbook_layouts.hidden_ledger)."""
    named = named_no_ledger(name)
    if hidden and (named or not looked):
        return Message("sheet_hidden", HIDDEN)
    if named:
        return Message("sheet_not_ledger", N_("its name says it holds no orders"))
    return None


def no_ledger(path: Path, passed: list[PassedSheet]) -> Refusal:
    partial = [p for p in passed if p.reason.code == "sheet_missing_required"]
    if partial:
        reason = partial[0].reason
        return Refusal.two_ways("missing_required_field", N_(
            "{file}: sheet “{sheet}” has no column for {fields}. The headers found in row {row} "
            "are: {headers}. Rename the column, or choose it under “Column in the file” in "
            "the import window."), N_(
            "{file}: sheet “{sheet}” has no column for {fields}. The headers found in row {row} "
            "are: {headers}. Rename the column, or choose it with --map FIELD=HEADER."),
            file=path.name, sheet=partial[0].name, fields=reason.params["fields"],
            row=reason.params["row"], headers=reason.params["headers"],
            missing=reason.params["missing"])
    return Refusal("no_ledger_sheet", N_(
        "{file}: no sheet holds an order ledger (a header row with customer, order date and "
        "amount). Sheets: {sheets}."), file=path.name,
        sheets=Listed([Noted(p.name, p.reason) for p in passed]) if passed else "—")
