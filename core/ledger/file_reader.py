"""A ledger file read sheet by sheet into its records, grouped into orders as they come.

Only one sheet's cells are in memory at a time: each is read, its ledger layout found, its rows
turned into records and its cells let go before the next sheet is read. Refusals keep the
order in which a whole-file reading would have met them: a file with no readable sheet, then a
damaged sheet that may hold orders, then a layout the user's mapping cannot apply, then no
ledger at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import chain

from core.ledger.alike_lines import StoredAlike
from core.ledger.cancelled_notes import cancelled_messages
from core.ledger.charged_receipts import charges_message
from core.ledger.code_split import keep_apart, owners
from core.ledger.credit_lines import CreditPlaces
from core.ledger.customer_codes import Codes, add_codes, adopt
from core.ledger.day_lists import LISTED
from core.ledger.deductions_apart import hints, owed, paid_apart, with_deductions
from core.ledger.deductions_stored import StoredMoney
from core.ledger.deposit_rows import file_deposits
from core.ledger.file_found import ReadLedger
from core.ledger.file_payers import buyers_of, payers, payers_wait, settle_payers
from core.ledger.filed_returns import FiledReturns, StoredSold, tab_refunds, tab_returns
from core.ledger.held_buyers import StoredHeld, matched_held
from core.ledger.layout import PassedSheet, SheetLayout
from core.ledger.ledger_file import LedgerFile
from core.ledger.listed_currency import Sold, StoredCurrency, sold_in
from core.ledger.listed_days import bound_listed, sheet_cells
from core.ledger.listed_returns import OtherFiles, StoredReturn
from core.ledger.long_orders import LongOrders, StoredLong
from core.ledger.money_columns import Convert, settle_column_currencies
from core.ledger.noted_deductions import deduction_messages, said_rows
from core.ledger.noted_returns import (
    FileCredits,
    StoredCredit,
    noted_message,
    noted_rows,
    with_noted_returns,
)
from core.ledger.number_owners import StoredOwners, take_owners
from core.ledger.order_buyers import Owners, Stored
from core.ledger.orders import OrderBook
from core.ledger.paid_numbers import StoredSales
from core.ledger.payment_places import StoredPayments
from core.ledger.prepaid_rows import prepaid_message
from core.ledger.readers import RawSheet, UnreadableSheet, WorkbookStream
from core.ledger.readers.sheets import clip_merged, nothing_readable
from core.ledger.record import AMOUNT, DEPOSIT, ROW
from core.ledger.refund_columns import claimed, kept_returns
from core.ledger.refunds_under_way import StoredNotes, UnderWay, credits, waits
from core.ledger.renamed_notes import renames
from core.ledger.repaid_deductions import settle_repaid
from core.ledger.rest_day import rest_messages
from core.ledger.rows import SheetRecords, read_records
from core.ledger.sheet_notes import read_notes
from core.ledger.stored_lots import StoredLots
from core.ledger.tabs_apart import ReadTab, Tab, TabsLost, tabs_apart, worth
from core.ledger.typed_rows import doubled, paid_lines, read_twice, refund_rows
from core.ledger.unread import (
    formula_messages,
    layout_messages,
    payment_rows_message,
    refund_message,
    refunded_message,
    undated_refund_message,
)
from core.ledger.unread_tabs import unreadable_sheets
from core.ledger.unsent_lots import dated_elsewhere, unsent_lots
from core.ledger.unwritten_currency import blank_sheet
from core.ledger.workbook_layouts import refuse_file, tab_layout, unapplied
from core.messages import Message, Refusal
from core.progress import Steps
from core.rules import Rules


def read_ledger(stream: WorkbookStream, sheet: str | None, overrides: Mapping[str, str],
                 remembered: Mapping[str, dict[str, int]], rules: Rules, convert: Convert,
                 steps: Steps, stored: Stored | None = None,
                 stored_orders: StoredHeld | None = None,
                 stored_paid: StoredPayments | None = None,
                 stored_lots: StoredLots | None = None,
                 credits: CreditPlaces | None = None,
                 stored_sold: StoredSold | None = None,
                 stored_notes: StoredNotes | None = None,
                 noted: StoredCredit | None = None,
                 sold_to: Mapping[str, str] | None = None,
                 stored_long: StoredLong | None = None, owners: Owners | None = None,
                 sales: StoredSales | None = None,
                 apart: tuple[StoredReturn, StoredReturn] | None = None,
                 currency: StoredCurrency | None = None,
                 other_files: OtherFiles | None = None, alike: StoredAlike | None = None,
                 codes: Codes | None = None, money: StoredMoney | None = None,
                 numbers: StoredOwners | None = None) -> ReadLedger:
    """Every sheet of an opened workbook (`sheet`: the one chosen) as records; `stored`: the
    order numbers the store keeps apart for several buyers (core.ledger.order_buyers);
    `stored_orders`: which of some orders the store holds (core.ledger.received_only);
    `stored_paid`: the stored payment lines of a key (core.ledger.payment_places);
    `stored_lots`: a stored line, for a row saying another lot (core.ledger.stored_lots);
    `credits`: the store's sales and credit notes, for a credit note (core.ledger.credit_lines);
    `stored_sold`: a stored order's first sale, for a return of its own (filed_returns);
    `stored_notes`: the store's credit notes, for a refund under way (refunds_under_way);
    `noted`: the store's credit notes of an order, for a sale's note naming one (noted_returns);
    `sold_to`: the store's customers, key to name, for a payment made for one (paid_for);
    `stored_long`: a customer's stored long order numbers (core.ledger.long_orders);
    `owners`: the store's orders of some numbers' own keys (core.ledger.order_buyers);
    `sales`: the store's sales by number, for a payment naming another's (paid_numbers);
    `apart`: another file's list of a return, and sale writing one (core.ledger.listed_returns);
    `currency`: a stored order's currency, for a list naming none (listed_currency);
    `other_files`: other files' returns of an order, for a list's parts of one (listed_returns);
    `alike`: the stored lines of an order's product, by place (core.ledger.alike_lines);
    `codes`: the store's customer codes and their names (core.ledger.stored_codes);
    `money`: other files' money on an order a note deducts from (deductions_stored);
    `numbers`: the store's buyers of a number a row names alone (core.ledger.number_only)."""
    path = stream.path

    def fresh() -> ReadLedger:
        return ReadLedger(stream.format, LedgerFile(book=OrderBook(
            stored, stored_paid, stored_lots, credits, owners, alike)),
            returns=FiledReturns(stored_sold), noted=FileCredits(noted),
            customers=dict(sold_to or {}), long_orders=LongOrders(stored_long), apart=apart,
            currency=currency, others=other_files, sales=sales,
            codes={code: dict(names) for code, names in (codes or {}).items()})

    with closing(stream):  # its cells let go before the file is settled and written
        found, tabs = _every_tab(fresh, stream, sheet, overrides, remembered, rules, convert,
                                 steps)
    waiting, unreadable, others = tabs.waiting, tabs.unreadable, tabs.others
    _settle(found, bound_listed(waiting, found.ledger.held, path.name), rules, convert,
            stored_orders, stored_notes, money, numbers)
    found.ledger.book.sheets_done()
    # every sheet taken: the earlier tabs' sales and credit notes its rows were read against
    # let go before the write (mem45: the first sales of 640,000 orders, 66 MB at 1M)
    found.returns, found.noted = FiledReturns(None), FileCredits(None)
    if found.deposits:  # the notes on its deposits, each in its sheet's place (deposit_rows)
        found.ledger.deposits = file_deposits(found.ledger.held, found.deposits, found.unread)
    if not tabs.readable:
        raise nothing_readable(path, unreadable)
    found.passed = unreadable_sheets(path, unreadable, remembered, overrides) + others
    if tabs.refused is not None:
        raise tabs.refused
    refuse_file(path, found.passed, found.layouts, overrides)
    return found


@dataclass
class _Tabs:
    """What the loop over the tabs leaves for the file's settling and its refusals."""

    # from the first sheet with rows naming an order it does not list, the sheets waiting for
    # the whole file (and the store) to say whether those orders are listed: kept in order
    waiting: list[tuple[SheetLayout, SheetRecords]] = field(default_factory=list)
    unreadable: list[UnreadableSheet] = field(default_factory=list)
    others: list[PassedSheet] = field(default_factory=list)
    refused: Refusal | None = None
    readable: int = 0


def _every_tab(fresh: Callable[[], ReadLedger], stream: WorkbookStream, sheet: str | None,
               overrides: Mapping[str, str], remembered: Mapping[str, dict[str, int]],
               rules: Rules, convert: Convert, steps: Steps) -> tuple[ReadLedger, _Tabs]:
    """Every tab read and taken: a big workbook's read in a process of its own, unless that
    process is lost, when the file is opened again and read here from its start
    (core.ledger.tabs_apart)."""
    if worth(stream):
        def awaited(number: int) -> None:  # the cancel check while a tab is read apart
            steps.report(number / stream.count, stream.path.name)

        try:
            found = fresh()
            with closing(tabs_apart(stream, sheet, overrides, remembered, rules.base_currency,
                                    rules.date_order, lambda: found.date_order,
                                    awaited)) as apart:
                return found, _take_tabs(found, stream, apart, sheet, overrides, remembered,
                                         rules, convert, steps)
        except TabsLost:
            assert stream.again is not None  # worth() asked
            stream.close()  # its first tabs read: the file from its start
            stream = stream.again()
            with closing(stream):
                found = fresh()
                return found, _take_tabs(found, stream, stream.sheets, sheet, overrides,
                                         remembered, rules, convert, steps)
    found = fresh()
    return found, _take_tabs(found, stream, stream.sheets, sheet, overrides, remembered, rules,
                             convert, steps)


def _take_tabs(found: ReadLedger, stream: WorkbookStream, sheets: Iterable[Tab | RawSheet],
               sheet: str | None, overrides: Mapping[str, str],
               remembered: Mapping[str, dict[str, int]], rules: Rules, convert: Convert,
               steps: Steps) -> _Tabs:
    """Each tab's layout found and its records read (`sheets`: the workbook's, or as read
    apart), and its records taken, or held for the file where they wait for it."""
    path = stream.path
    tabs = _Tabs()
    waiting, unreadable, others = tabs.waiting, tabs.unreadable, tabs.others
    refused: Refusal | None = None
    laid: list[SheetLayout] = []  # every ledger tab's layout, in order
    readable = 0
    found.ledger.held.expected_sheets = stream.count
    for number, raw in enumerate(sheets):
        part = steps.sub(number / stream.count, (number + 1) / stream.count)
        part.report(0.0, raw.name)
        if isinstance(raw, UnreadableSheet):
            unreadable.append(raw)
            continue
        readable += 1
        if refused is not None:  # only a damaged sheet may still say more
            continue
        try:
            layout = _layout(raw, remembered, overrides, sheet, path.name)
        except Refusal as refusal_:
            refused = refusal_
            continue
        if isinstance(layout, PassedSheet):
            others.append(layout)
        else:
            laid.append(layout)
            if number == stream.count - 1:  # every tab's headers known: before its rows
                unread = unreadable_sheets(path, unreadable, remembered, overrides)
                refuse_file(path, unread + others, laid, overrides)
            found.unread.extend(unapplied(layout))  # a chosen column not read here
            records = _read(found, layout, rules, part, raw if isinstance(raw, ReadTab)
                            else None, number == stream.count - 1 and not waiting)
            found.marks.in_currency(layout, records, partial(_sold, found, waiting, records),
                                    found.currency)  # a list naming none: its orders'
            found.marks.count(layout, records)
            # a return's refund (退货退款) waits for the file: another tab may write it; a
            # 收款日期 of two days is read against its day (listed_days)
            few = found.received.waits(layout, records.records, convert)  # fix54c
            if (records.pending or waiting or doubled(records.records) or records.returned
                    or waits(records.records) or records.unread.get(LISTED) or few
                    or payers_wait(found, records)  # its payers, once every tab is read
                    or owed(records.records)):  # 质量扣款500, the money on other tabs
                # its credit notes known to a later tab's sale noting their return before it
                # is taken (退货退款 on a 退货 tab before the 台账's 退货3000: fix39a F6)
                found.noted.add(records.records)
                waiting.append((layout, records))
            else:
                _take(found, layout, records, rules, convert)
        if isinstance(raw, RawSheet):
            raw.rows = []
    tabs.refused, tabs.readable = refused, readable
    return tabs


def _layout(raw: RawSheet | ReadTab, remembered: Mapping[str, dict[str, int]],
            overrides: Mapping[str, str], sheet: str | None, file_name: str
            ) -> SheetLayout | PassedSheet:
    """A tab's layout, or why it is passed over; its refusal raised."""
    if isinstance(raw, ReadTab):  # as the other process found it
        if isinstance(raw.layout, Refusal):
            raise raw.layout
        assert raw.layout is not None  # none only after a refusal
        return raw.layout
    raw.merged = clip_merged(raw.merged, len(raw.rows))
    return tab_layout(raw, remembered, overrides, sheet, file_name)


def _sold(found: ReadLedger, waiting: list[tuple[SheetLayout, SheetRecords]],
          sheet: SheetRecords | None = None) -> Sold:
    """The currency of each order a sale row of the file read so far writes one of."""
    sold = sold_in(r for _, records, _ in found.ledger.held for r in records)
    return sold_in(chain.from_iterable(s.records for _, s in [*waiting, (None, sheet)]
                                       if s is not None), sold)


def _read(found: ReadLedger, layout: SheetLayout, rules: Rules, steps: Steps,
          apart: ReadTab | None = None, alone: bool = True) -> SheetRecords:
    """One sheet's records (`apart`: as the other process read them). Dates its own sheet
    leaves open read as an earlier tab settled them: a monthly workbook's tabs are one
    clerk's."""
    name, owner = layout.sheet.name, owners(found.codes)  # each name's first code, so far
    if apart is not None and apart.records is not None:
        sheet, rows = apart.records, adopt(found.codes, apart.codes, apart.rows)
    else:
        rows = add_codes(found.codes, layout)  # before the rows are read: cells let go then
        dated = dated_elsewhere(layout)  # (ETD beside 出货日期) so too
        sheet = read_records(layout, rules.base_currency, found.date_order or rules.date_order,
                             lambda fraction: steps.report(fraction, name))
        sheet.records = unsent_lots(sheet.records, dated)  # 第二批 with no 出货日期: not shipped
    keep_apart(sheet, rows, owner, found.codes, found.coded)  # "Atlas" of C0010 and C0025
    found.date_order = found.date_order or sheet.date_order
    claims = claimed(sheet.records, sheet.refunded)  # 质量索赔退款 beside 退款金额: lowers the sale
    sheet.records = with_noted_returns(sheet.records, found.noted, {**claims, **sheet.returned})
    # 代X付款, another buyer's invoice, an agent's reference: the buyers' money (`alone`: no
    # tab to come nor waiting; else a tab of receipts waits for the file's sales: file_payers)
    sheet.records = payers(found, sheet, name, alone)
    found.renamed.extend(renames(name, sheet.records))  # 原名 X, 更名为 Y
    # a long number typed as text, another file's float of it: one order (long_orders)
    found.long_orders.sheet(sheet)
    return sheet


def _settle(found: ReadLedger, waiting: list[tuple[SheetLayout, SheetRecords]], rules: Rules,
            convert: Convert, stored_orders: StoredHeld | None,
            stored_notes: StoredNotes | None = None, money: StoredMoney | None = None,
            numbers: StoredOwners | None = None) -> None:
    """The waiting sheets taken in order, once the orders their held rows name are known to
    be listed by a sale row of the file or held by the store, or not; a payment row whose
    refund is under way, of a credit note's sum, skipped (refunds_under_way)."""
    settle_payers(found, (sheet for _, sheet in waiting))  # a receipts tab before the sales
    take_owners([sheet for _, sheet in waiting], chain(  # 2025-701 / 7,000: its one buyer's
        (r for _, records, _ in found.ledger.held for r in records),
        (r for _, sheet in waiting for r in sheet.records)), numbers)
    respelled: list[Message] = []  # a buyer written otherwise: his order's (held_buyers)
    orders = matched_held([(layout.sheet.name, sheet) for layout, sheet in waiting], lambda: chain(
        (r for _, records, _ in found.ledger.held for r in records),
        (r for _, sheet in waiting for r in sheet.records)), stored_orders, found.customers,
        respelled)
    notes = UnderWay(credits(chain(
        (r for _, records, _ in found.ledger.held for r in records),
        (r for _, sheet in waiting for r in sheet.records))), stored_notes) if any(
            waits(chain(sheet.records, (r for r, _ in sheet.pending))) for _, sheet in waiting
        ) else None
    sold = cache(partial(_sold, found, waiting))  # asked once, of a list naming no currency
    for layout, sheet in waiting:  # a list of returns before the tab selling its orders
        found.marks.in_currency(layout, sheet, sold, counted=True)
    # 3,000 as 1,500 + 1,500, or 1,500 so far: in the order's currency, as the list now is
    found.marks.settle(chain((r for _, records, _ in found.ledger.held for r in records),
                             (r for _, sheet in waiting for r in sheet.records)), found.others)
    found.received.settle([(layout, sheet.records) for layout, sheet in waiting], convert)
    for layout, sheet in waiting:
        others = [other.records for _, other in waiting if other is not sheet]
        settle_repaid(sheet, orders, buyers_of(found, sheet.records, others))  # 补付PO-D1扣款
        if notes is not None:
            notes.skip(layout.sheet.name, sheet)
    found.paid = paid_apart(chain((records for _, records, _ in found.ledger.held),
                                  (sheet.records for _, sheet in waiting)), money, convert) if any(
        hints(sheet.records) for _, sheet in waiting) else None  # acct56c; else no tab unpacked
    for layout, sheet in waiting:
        sheet.records = with_deductions(sheet.records, found.paid, found.noted,
                                        found.ledger.deducted)
        _take(found, layout, sheet, rules, convert)
    found.unread.extend(respelled)  # after every tab's notes, as the reference says them


def _take(found: ReadLedger, layout: SheetLayout, sheet: SheetRecords, rules: Rules,
          convert: Convert) -> None:
    """One sheet's records added to the file's."""
    name = layout.sheet.name
    listed, sold = found.apart or (None, None)
    told = found.marks.told(sheet, listed)  # a list says the money of a sale's return column
    notes, records = settle_column_currencies(layout, sheet.records, convert, found.received)
    records = tab_returns(records, name, layout)  # a 退货 tab's plain rows: returns (ret43)
    records = found.returns.take(found.marks.booked(records, sheet.payment_rows, sold))
    rows = len(records)
    records = tab_refunds(records, name, layout, sheet.refunded)  # its refund apart (ret44)
    found.columns.extend(notes)
    # a row read twice (typed_rows.both_lowered): its refund is a payment of its own, known by
    # its sum and day, so the bank's list of it is that refund, counted once (not twice:
    # 2,000 shown open)
    twice = {a[ROW] for a, b in zip(records, records[1:], strict=False)
             if a[ROW] == b[ROW] and read_twice(a, b)}
    # a row of money of its own (no amount, a sum received or sent back: typed_rows.paid_lines)
    # typed or not is a payment line too, keyed by its sum and day: keyed as a sale, a 退货
    # tab's refund took the 台账 tab's sale's place (15,000 on account, or the refund lost:
    # ref39), and so did a 尾款 row's 5,000 (ref40)
    # ... and a returns tab's refund put apart (filed_returns.tab_refunds): its return's row
    apart = set() if rows == len(records) else {
        a[ROW] for a, b in zip(records, records[1:], strict=False)
        if a[ROW] == b[ROW] and a[ROW] in sheet.refunded and not b[AMOUNT]}
    paid = paid_lines(records)
    refunds = refund_rows(paid)
    found.ledger.add(name, records, frozenset(sheet.payment_rows) | twice
                     | {r[ROW] for r in paid})
    found.noted.add(records)  # a later tab's sale noting a return this tab writes (order38)
    found.ledger.above.update(((name, row), n) for row, n in sheet.above.items())  # noted_halves
    found.ledger.away.update((name, row) for row in sheet.away)  # typed_apart
    if sheet.day_first:
        found.ledger.day_first.add(name)  # a typed row's 5/6到账: 5 June
    found.ledger.rests.update(((name, row), rest) for row, rest in sheet.rests.items())
    found.layouts.append(layout)
    if blank_sheet(layout, records):  # a row writing no currency (core.ledger.unwritten_currency)
        found.blank.add(name)
    noted = noted_rows(records)  # a sale row and the return its note names: one row
    found.taken.append(len(records) - len(twice | apart) - len(noted))
    found.skipped.extend(sheet.skipped)
    found.unread.extend(read_notes(layout, sheet, records, found.taken[-1]))
    found.unread.extend(layout_messages(layout, sheet.unread, rules.base_currency))
    found.listed.extend(sheet_cells(layout, sheet.unread))  # 收款日期 of two days
    typed = [r for r in sheet.payment_rows if r not in sheet.prepaid]  # prepaid: said apart
    found.unread.extend(payment_rows_message(layout, typed, sheet.other_differs,
                                             kept_returns(records, sheet.payment_rows,
                                                          layout.returns)))
    found.unread.extend(prepaid_message(name, records, sheet.prepaid))
    found.unread.extend(rest_messages(name, records, sheet.rests))  # 尚欠2000，5/10到账
    found.unread.extend(cancelled_messages(name, records, layout))  # 备注 已取消 (acct56c)
    found.unread.extend(refund_message(name, [] if layout.refunds else refunds))
    claims = claimed(sheet.records, sheet.refunded)  # each told as its return is, not a refund
    found.unread.extend(refunded_message(name, [r for r in sheet.refunded if r not in claims]))
    undated = set(sheet.undated_refunds)  # counted on their rows' dates (typed_rows)
    found.unread.extend(undated_refund_message(name, [r for r in refunds if r in undated]))
    deducted, settled = deduction_messages(name, said_rows(records, found.paid).values())
    found.unread.extend(noted_message(name, [n for n in noted if n[0] not in told | settled],
                                      sheet.returned, claims))  # a list says the money of `told`
    found.unread.extend(deducted)
    found.unread.extend(charges_message(name, sheet.charged, {r[ROW] for r in records}, rules,
                                        convert))  # each counted as the buyer's (银行扣费)
    if any(r[DEPOSIT] for r in sheet.records):  # its notes once every sheet is read
        found.deposits.append((len(found.ledger.held.sheets) - 1, len(found.unread)))
    found.unread.extend(formula_messages(layout))
    found.totals.extend(sheet.totals)

