"""A record's values as a stored line's, and how new values merge into stored ones (an
order's row: core.ledger.order_values).

A filled value replaces the stored one, a blank keeps it, but for the status
(:func:`core.ledger.normalise.later_status`): a cancellation stays until a row says in so many
words that the order stands again (已恢复, reinstated), on a later tab and on a later file alike; a
plain 正常 there is most often the template's default or a copy. A row repeated from an earlier
tab, or carried forward (from last month onto next month's file, or from last year), keeps the
line's customer, date and amount and moves what was received (its received figure, deposit and
balance, each with its date); it also fills in what the line has come to since: its ship date
and invoice (ordered in December, shipped in January), its due date, its cost, its status
(cancelled, disputed, 已恢复; a carried row's other words, 上月结转, keep the stored one), as the
order's does (core.ledger.orders). Whether the row sits on a later tab of the same workbook or
on next month's file makes no difference to those: read only from the former, a January order
shipped in March on March's file was never owed, and one cancelled there stayed owed. A repeated
row's amount higher than the line's is a correction (a lower one is the balance left). A
column's currency travels with its figures, and a ship date once known stays known.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from core.ledger.beside_deposit import redated_reading, still_deposit
from core.ledger.insurer_claims import moved
from core.ledger.lot_words import amount_kept, kept_notes, lot_said, restated
from core.ledger.normalise import fold, later_status, stands
from core.ledger.older_receipts import Receipt, kept_day, older_total
from core.ledger.order_sums import Order
from core.ledger.orders import TOLERANCE, raised
from core.ledger.receipt_history import COLUMN as HISTORY
from core.ledger.receipt_history import after_merge, total_file
from core.ledger.record import (
    AMOUNT,
    BALANCE,
    BALANCE_DATE,
    CARRY_FORWARD,
    COST,
    COST_CURRENCY,
    CREDIT_NOTE,
    CURRENCY,
    DEPOSIT,
    DEPOSIT_DATE,
    DUE_DATE,
    DUE_DERIVED,
    GROSS_PROFIT,
    INVOICE_NO,
    NOTES,
    ORDER_DATE,
    PAYMENT_TERMS,
    PRODUCT,
    QUANTITY,
    REBATE_CURRENCY,
    RECEIPTS,
    RECEIVED,
    RECEIVED_CURRENCY,
    RECEIVED_DATE,
    SHIP_DATE,
    SHIP_DATE_KNOWN,
    STATUS,
    STATUS_TEXT,
    TAX_REBATE,
    UNIT_PRICE,
    Record,
    ship_known,
)
from core.ledger.review import Corrections
from core.ledger.sheet_fields import CARRY_WORDS
from core.ledger.terms import PaymentTerms, due_date, parse_payment_terms

LINE_COLUMNS = ("invoice_no", "product", "quantity", "unit_price", "amount", "currency", "cost",
                "gross_profit", "tax_rebate", "ship_date", "due_date", "due_derived",
                "received_amount", "received_date", "deposit_amount", "deposit_date",
                "balance_amount", "balance_date", "carried_forward", "notes", "status",
                "credit_note", "credit_ref", "cost_currency", "received_currency",
                "ship_date_known", "rebate_currency", HISTORY)
(L_AMOUNT, L_CURRENCY, L_COST, L_GROSS_PROFIT, L_SHIP, L_DUE, L_DUE_DERIVED, L_RECEIVED,
 L_RECEIVED_DATE, L_DEPOSIT, L_BALANCE, L_CARRIED, L_COST_CURRENCY, L_RECEIVED_CURRENCY,
 L_SHIP_KNOWN, L_TAX_REBATE, L_REBATE_CURRENCY, L_STATUS) = (LINE_COLUMNS.index(c) for c in (
    "amount", "currency", "cost", "gross_profit", "ship_date", "due_date", "due_derived",
    "received_amount", "received_date", "deposit_amount", "balance_amount", "carried_forward",
    "cost_currency", "received_currency", "ship_date_known", "tax_rebate", "rebate_currency",
    "status"))
# what a repeated or carried-forward row moves besides the received figure (worked out on its own)
REPEATED_RECEIPTS = tuple(LINE_COLUMNS.index(c) for c in (
    "received_date", "deposit_amount", "deposit_date", "balance_amount", "balance_date"))
# what a row repeated on a later tab of the same file fills in besides (its amount only when
# higher, a correction: a lower one there is the balance left, worked out as received)
LATER_TAB_FACTS = tuple(LINE_COLUMNS.index(c) for c in (
    "invoice_no", "cost", "gross_profit", "tax_rebate", "ship_date"))
L_PRODUCT, L_QUANTITY, L_UNIT_PRICE, L_NOTES = (LINE_COLUMNS.index(c) for c in (
    "product", "quantity", "unit_price", "notes"))
# what a row restating a line's amount brings with it, and what an older file's row leaves
# (core.ledger.amended_lines): quantity, unit price, amount and currency, side by side
RESTATED = slice(L_QUANTITY, L_CURRENCY + 1)
# what a row restating a line as its first lot gives it (:func:`split_line`)
FIRST_LOT_FACTS = tuple(LINE_COLUMNS.index(c) for c in (
    "quantity", "unit_price", "amount", "notes"))
L_DEPOSIT_DATE = LINE_COLUMNS.index("deposit_date")
L_HISTORY = LINE_COLUMNS.index(HISTORY)  # the last: a row read brings none, the store keeps it


def other_than(currency: str | None, row_currency: str) -> str | None:
    """A column's own currency is stored only where it is not the row's (NULL: the row's)."""
    return currency if currency != row_currency else None


class LineMaker:
    """A record's line values, with what the review corrected and what its order's terms
    say: terms written on an order's first row govern the rows below it too."""

    def __init__(self, corrections: Corrections) -> None:
        self.corrections = corrections
        self._due: dict[tuple[PaymentTerms, str], str | None] = {}

    def values(self, number: int, position: int, record: Record, order: Order) -> tuple:
        due, derived = record[DUE_DATE], record[DUE_DERIVED]
        if due is None and order.terms is not None and parse_payment_terms(
                record[PAYMENT_TERMS]) is None:
            due = self._due_date(order.terms, record[SHIP_DATE] or record[ORDER_DATE])
            derived = 1
        place = (number, position)
        receipts = [record[RECEIVED], record[RECEIVED_DATE], record[DEPOSIT],
                    record[DEPOSIT_DATE], record[BALANCE], record[BALANCE_DATE]]
        # most files correct no row: a dictionary left empty is not looked in, row by row
        corrections = self.corrections
        to_date = corrections.to_date.get(place) if corrections.to_date else None
        if to_date is not None:  # a later tab's month's receipt (core.ledger.monthly_receipts)
            receipts[0] = to_date
        cleared = corrections.cleared.get(place) if corrections.cleared else None
        if cleared:
            for which, (amount, _when) in enumerate(RECEIPTS):
                if amount in cleared:
                    receipts[2 * which] = receipts[2 * which + 1] = None
        credit_ref = corrections.credit_refs.get(place) if corrections.credit_refs else None
        currency, notes, said = record[CURRENCY], record[NOTES], record[STATUS_TEXT]
        return (record[INVOICE_NO], record[PRODUCT], record[QUANTITY], record[UNIT_PRICE],
                record[AMOUNT], currency, record[COST], record[GROSS_PROFIT],
                record[TAX_REBATE], record[SHIP_DATE], due, derived if due else None,
                *receipts, record[CARRY_FORWARD], notes if said is None  # a blank status
                else kept_notes(notes, record[PRODUCT], said), record[STATUS],  # cell: as they are
                record[CREDIT_NOTE], credit_ref,
                other_than(record[COST_CURRENCY], currency),
                other_than(record[RECEIVED_CURRENCY], currency), record[SHIP_DATE_KNOWN],
                # a rebate's currency where it is not its cost's (NULL: the cost's)
                other_than(record[REBATE_CURRENCY], record[COST_CURRENCY] or currency), None)

    def _due_date(self, terms: PaymentTerms, base: str) -> str | None:
        key = (terms, base)
        if key not in self._due:
            due = due_date(terms, date.fromisoformat(base), None)
            self._due[key] = None if due is None else due.isoformat()
        return self._due[key]


def stored_status(status: str | None) -> str | None:
    """A line's status as stored: an order that stands has none (NULL), as before the merge
    told a filled "正常" from a blank cell."""
    return None if stands(status) else status


def inserted(values: tuple) -> tuple:
    """A new line's values: a line without a due date is not derived (0, not NULL), one that
    stands has no status, and one first shown on a carried row with its ship-date cell
    blank has no known ship date (SHIP_DATE_KNOWN 0, the shipment estimated from its order
    date) unless the row says it has not shipped: money brought forward as owed is no order
    waiting to ship. Read as unshipped, an order known only from a firm's first file's 上月结转
    row was never owed (core.ledger.order_dates.carried_only_messages names such orders).
    Rebuilt only where one of those changes it: 100,000 lines a month."""
    if stands(values[L_STATUS]):
        values = (*values[:L_STATUS], None, *values[L_STATUS + 1:])
    if values[L_CARRIED] and values[L_SHIP] is None and values[L_SHIP_KNOWN] == 1:
        values = (*values[:L_SHIP_KNOWN], 0, *values[L_SHIP_KNOWN + 1:])
    if values[L_DUE_DERIVED] is None:
        return (*values[:L_DUE_DERIVED], 0, *values[L_DUE_DERIVED + 1:])
    return values


def merge_line(old: Sequence, new: tuple, repeat: bool, own: bool = False, later: bool = False,
               same_file: bool = True, files: tuple[str | None, str] = (None, ""),
               rung: str | None = None, older: bool = False, monthly: bool = False,
               own_total: bool = False, newer_source: bool = False, newer_total: bool = False
               ) -> tuple[tuple, bool, Receipt | None]:
    """The line as it is to be stored, whether its amount changed (beyond a rounding; or would
    have, where `older` keeps it), and the older received total the row brought where the
    stored one was kept, or the same total's later day kept out (the report: older_receipts);
    `own`: the row that wrote the line, read again (core.ledger.own_rows), whose status is
    the clerk's correction; `later`: the row dates its order later than the order's kept
    first date (core.ledger.order_dates). A row of another file replaces a due date as a
    later tab's does (_takes_due): May's row without its ship date moved a due counted from
    March's shipment. `same_file`: the line was last written from this file (else an earlier
    received total it brings keeps the stored one: core.ledger.older_receipts); `files`: the
    file that last wrote the line and this one, for its received history; `rung`: the order's
    payment terms' (whether an earlier total was the deposit: core.ledger.beside_deposit);
    `older`: the file that last wrote the line is dated after this one, whose amount, quantity,
    unit price and currency are older than the line's (core.ledger.amended_lines);
    `monthly`: the file's figures are each month's receipts (本月收款), the row's day its
    month's receipt's, restated where the file is sent again (no total's first day kept);
    `own_total`: this file wrote the stored received total (receipt_history.total_file) though
    an older file's row is the line's source since, so its day re-sent otherwise corrects it;
    `newer_source`: the file that last wrote the line is dated after this one (an older file's
    row writing no total leaves the stored total named as the later file's, not the older's),
    and whose figure of the stored day, the row's own, is kept (older_receipts.older_total);
    `newer_total`: the file that wrote the stored total is, its note a correction's (pay42)."""
    if old[L_HISTORY] is not None:  # a row never brings one: the stored one, weighed below
        new = (*new[:L_HISTORY], old[L_HISTORY])
    if new == old and not (repeat and not old[L_CARRIED]) and not stands(new[L_STATUS]) and (
            ship_known(new[L_SHIP], new[L_SHIP_KNOWN], old[L_SHIP_KNOWN], new[L_SHIP_KNOWN])
            == new[L_SHIP_KNOWN]):
        # read again as it is stored (most lines of next month's file): every rule below
        # leaves it so, and a line is merged 100,000 times an update month
        return new, False, None
    merged, changed = _merged_line(old, new, repeat, own, later, older)
    if changed and not same_file and amount_kept(lot_said(old[L_NOTES], old[L_PRODUCT]),
                                                 lot_said(new[L_NOTES], new[L_PRODUCT]), files):
        merged, changed = (*merged[:L_QUANTITY], *old[L_QUANTITY:L_AMOUNT + 1],
                           *merged[L_AMOUNT + 1:]), False  # a later file's lot, or revision, kept
    brought, stored = receipt(merged), receipt(old)
    held = merged[L_DEPOSIT], merged[L_DEPOSIT_DATE], merged[L_SHIP], rung
    said = None  # the same total dated later, its day kept out: named (older_receipts)
    wrote, notes = (total_file(old[L_HISTORY], files[0]), files[1]), (old[L_NOTES], new[L_NOTES])
    if (deposit := still_deposit(stored, brought, *held)) or not monthly and kept_day(
            stored, brought, (same_file or own_total) and not repeat, wrote, notes):  # a tab's too
        merged = (*merged[:L_RECEIVED_DATE], old[L_RECEIVED_DATE], *merged[L_RECEIVED_DATE + 1:])
        if not deposit and brought[1] > stored[1]:  # type: ignore[operator]
            said = (stored[0], brought[1], stored[2])
        brought = stored  # the deposit re-dated, or the same total: its day kept
    elif still_deposit(early := (brought[0], new[L_RECEIVED_DATE], brought[2]), stored, *held):
        merged = (*merged[:L_RECEIVED_DATE], early[1], *merged[L_RECEIVED_DATE + 1:])
        stored = brought = early  # its earlier state read late: the deposit's day taken
    # an earlier tab's total is an earlier state, as another file's: only its file corrects it
    corrects = same_file and not repeat
    if not older_total(stored, brought, same_file, wrote, newer_source and new[
            L_RECEIVED_DATE] is not None and not monthly, (notes[0], None) if newer_total
                       else (None, notes[1])):  # the row's own day; the later file's note
        if brought == stored:
            if newer_source and new[L_RECEIVED] is None:  # an older file's row, no total:
                # the stored total stays the later file's, named
                return (*merged[:L_HISTORY], after_merge(old[L_HISTORY], (stored, stored), files,
                                                         corrects, silent=True)), changed, said
            return merged, changed, said
        return (*merged[:L_HISTORY], after_merge(old[L_HISTORY], (stored, brought), files,
                                                 corrects)), changed, None
    return (*merged[:L_RECEIVED], *old[L_RECEIVED:L_RECEIVED_DATE + 1],
            *merged[L_RECEIVED_DATE + 1:L_RECEIVED_CURRENCY], old[L_RECEIVED_CURRENCY],
            *merged[L_RECEIVED_CURRENCY + 1:L_HISTORY],
            after_merge(old[L_HISTORY], (stored, stored), files, corrects, brought)
            ), changed, brought


def receipt(line: Sequence) -> Receipt:
    """A line's received total: (figure, ISO date, its currency where not the row's)."""
    return line[L_RECEIVED], line[L_RECEIVED_DATE], line[L_RECEIVED_CURRENCY]


def _merged_line(old: Sequence, new: tuple, repeat: bool, own: bool, later: bool,
                 older: bool = False) -> tuple[tuple, bool]:
    if (repeat or new[L_CARRIED]) and not old[L_CARRIED]:
        merged = list(old)
        split = split_line(old, new)
        restates = not split and not older and amended(old, new)
        # an older file's amount the line amends is the order's before: no balance left
        known = split or restates or older and amended(new, old)
        received = new[L_RECEIVED] if known else _carry_receipt(old, new)
        if received is not None:
            merged[L_RECEIVED] = received
        # a deposit or balance filled in on a later tab, an insurer's claim said (acct53d)
        moved(merged, old, new, REPEATED_RECEIPTS, L_NOTES, L_RECEIVED)
        if any(new[i] is not None for i in (L_RECEIVED, L_DEPOSIT, L_BALANCE)):
            merged[L_RECEIVED_CURRENCY] = new[L_RECEIVED_CURRENCY]
        # what the line has come to since, on a later tab or on next month's file alike
        _later_tab(merged, old, new, repeat)
        merged[L_SHIP_KNOWN] = ship_known(merged[L_SHIP], merged[L_SHIP_KNOWN],
                                          old[L_SHIP_KNOWN], new[L_SHIP_KNOWN],
                                          repeat and stands(new[L_STATUS]))
        if split:  # the lot's amount, quantity and words (第一批), no balance left; the
            for i in FIRST_LOT_FACTS:  # order's amount is the same: no amount changed to say
                if new[i] is not None:
                    merged[i] = new[i]
            return tuple(merged), False
        if restates:  # the order amended: its amount, with its quantity and price where given
            merged[RESTATED] = [n if n is not None else o
                                for n, o in zip(new[RESTATED], old[RESTATED], strict=True)]
            return tuple(merged), True
        return tuple(merged), False
    merged = [n if n is not None else o for n, o in zip(new, old, strict=True)]
    # changed: the row's amount is another, kept out or not: a later file's dropped row is
    # told by it (core.ledger.own_rows.kept_behind), and a kept one is no change to report
    changed = abs(float(merged[L_AMOUNT]) - old[L_AMOUNT]) > TOLERANCE
    if older:  # a later-dated file's amount stays (core.ledger.amended_lines.kept_older)
        merged[RESTATED] = old[RESTATED]
    merged[L_STATUS] = stored_status(later_status(old[L_STATUS], new[L_STATUS], False, own))
    if new[L_DUE] is not None and not _takes_due(old, new, later):
        merged[L_DUE], merged[L_DUE_DERIVED] = old[L_DUE], old[L_DUE_DERIVED]
    _settle(merged, old, new)
    if any(new[i] is not None for i in (L_RECEIVED, L_DEPOSIT, L_BALANCE)):
        merged[L_RECEIVED_CURRENCY] = new[L_RECEIVED_CURRENCY]
    return tuple(merged), changed


def _settle(merged: list, old: Sequence, new: tuple) -> None:
    """A cost's and a rebate's currency travel with their figures; a ship date once known
    stays known."""
    if new[L_COST] is not None or new[L_GROSS_PROFIT] is not None:
        merged[L_COST_CURRENCY] = new[L_COST_CURRENCY]
    if new[L_TAX_REBATE] is not None:
        merged[L_REBATE_CURRENCY] = new[L_REBATE_CURRENCY]
    merged[L_SHIP_KNOWN] = ship_known(merged[L_SHIP], merged[L_SHIP_KNOWN], old[L_SHIP_KNOWN],
                                      new[L_SHIP_KNOWN], stands(new[L_STATUS]))


def _later_tab(merged: list, old: Sequence, new: tuple, repeat: bool) -> None:
    """What a later tab of the same workbook, or a row carried forward, fills in on a line it
    repeats: its ship date, invoice, cost and status, and its due date unless that is a guess
    replacing a better one (a derived due date never replaces a written one, nor one counted
    from a ship date where this tab leaves the ship date blank). A carried row's status
    cancels, disputes or reinstates (已恢复); its other words (上月结转, 未收款, 正常) are the
    carry's, not the order standing, and leave a stored dispute or cancellation as it was."""
    for i in LATER_TAB_FACTS:
        if new[i] is not None:
            merged[i] = new[i]
    if new[L_DUE] is not None and _takes_due(old, new):
        merged[L_DUE], merged[L_DUE_DERIVED] = new[L_DUE], new[L_DUE_DERIVED]
    merged[L_STATUS] = stored_status(later_status(old[L_STATUS], new[L_STATUS], not repeat))
    _settle(merged, old, new)


def _takes_due(old: Sequence, new: tuple, later: bool = False) -> bool:
    """Does a row's due date replace the stored line's? A derived one never replaces a
    written one, nor one counted from a ship date where the row leaves the ship date blank,
    nor (`later`: the row dates its order later than the order's kept first date,
    core.ledger.order_dates) any stored one where it counts from that later date."""
    if not new[L_DUE_DERIVED]:
        return True
    if new[L_SHIP] is None and (later and old[L_DUE] is not None or old[L_SHIP] is not None):
        return False
    return old[L_DUE] is None or bool(old[L_DUE_DERIVED])


def split_line(old: Sequence, new: tuple) -> bool:
    """Does a row repeating or carrying a line that said no lot restate it as the order's
    first lot (lot_words.restated: 第一批 6,000 of March's one row of 10,000, 第二批 4,000
    beside it)? Its lower amount is the lot's, no balance left: read as one, the line kept
    10,000 with 4,000 made up as received, revenue 14,000 where the order is 10,000 (lots36)."""
    return restated(lot_said(old[L_NOTES], old[L_PRODUCT]), lot_said(new[L_NOTES], new[L_PRODUCT]))


def amended(old: Sequence, new: Sequence) -> bool:
    """Does a row repeating or carrying a line restate the line's amount, the order amended
    (core.ledger.amended_lines)? Higher, in the line's currency; lower only where the row says
    why, its quantity another than the line's, or its unit price another with its quantity at
    that price its amount (60 at 90: 5,400), shipped when the line was (another day's fewer
    goods are a shipment of their own, read by the lots' rules) and no carry word (上月未收,
    结转: the balance left) in its notes."""
    amount, before = new[L_AMOUNT], old[L_AMOUNT]
    if new[L_CURRENCY] != old[L_CURRENCY] or amount is None or before is None:
        return False
    if raised(before, amount):
        return True
    notes = new[L_NOTES]
    if amount >= before - TOLERANCE or new[L_SHIP] not in (None, old[L_SHIP]) or (
            isinstance(notes, str) and CARRY_WORDS.search(fold(notes))):
        return False
    quantity, price = new[L_QUANTITY], new[L_UNIT_PRICE]
    if quantity is not None and old[L_QUANTITY] is not None and abs(
            quantity - old[L_QUANTITY]) > TOLERANCE:
        return True
    return (price is not None and quantity is not None and old[L_UNIT_PRICE] != price
            and abs(quantity * price - amount) <= TOLERANCE)


def amount_differs(old: Sequence, new: Sequence) -> bool:
    """Does a row give a line another amount or currency (then which file is later matters:
    core.ledger.amended_lines)? Asked of every stored line a file shows: most say none."""
    return new[L_CURRENCY] != old[L_CURRENCY] or abs(new[L_AMOUNT] - old[L_AMOUNT]) > TOLERANCE


def _carry_receipt(old: Sequence, new: tuple) -> float | None:
    """What was received on a line, told by a row that repeats it with only its balance (in
    the line's currency: one in another tells no balance)."""
    received = new[L_RECEIVED]
    if new[L_AMOUNT] < old[L_AMOUNT] - TOLERANCE and new[L_CURRENCY] == old[L_CURRENCY]:
        return round(old[L_AMOUNT] - new[L_AMOUNT] + (received or 0.0), 6)
    return received


def redated(before: Sequence, values: tuple, merged: Sequence, terms: PaymentTerms | None,
            worth: float | None = None) -> bool:
    """Did merge_line read the row's received total as the deposit re-dated where its terms
    would have made it the balance (core.ledger.beside_deposit.redated_reading)? Asked of a
    line holding a deposit only (the writer checks: a call per stored line otherwise);
    `worth`: what the deposit is judged against (core.ledger.deposit_rows), where not the
    line's amount."""
    return redated_reading(
        receipt(before), (values[L_RECEIVED], values[L_RECEIVED_DATE],
                          values[L_RECEIVED_CURRENCY]), merged[L_DEPOSIT],
        merged[L_DEPOSIT_DATE], merged[L_AMOUNT] if worth is None else worth, merged[L_SHIP],
        terms.rung if terms else None)
