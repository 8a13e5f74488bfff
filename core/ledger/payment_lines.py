"""A stored payment line as the rules on payments re-sent by a later file see it.

Two rules pair an earlier file's payment with one this file writes in its stead: a payment
re-sent at its place with its sum or day corrected (core.ledger.corrected_payments) and one
moved to the right customer or invoice (core.ledger.moved_payments). They read lines alike, judge a
pair alike and name it in the report alike: one reading here, not two that drift apart.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple, Protocol

from core.ledger.bank_charges import charge, short
from core.ledger.keys import DESCRIBED, NUMBERED, PAID, SUM
from core.ledger.normalise import fold
from core.ledger.noted_orders import bank_only, holds, reference, same_words, wire_references
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.payment_kinds import apart
from core.ledger.row_places import at_rows
from core.ledger.tab_month import month_named
from core.ledger.value_days import VALUE_DAYS, value_days
from core.messages import Listed, Message, Noted

MARK = PAID + SUM  # a payment keyed by its sum


class Written(Protocol):
    """(sheet, row, line key) of each row the file writes; with `mark`, only of the keys
    holding it: a big file's packed sheets with none are passed over unread (core.ledger.
    held_sheets.HeldSheet.holds)."""

    def __call__(self, mark: str = "") -> Iterable[tuple[str, int, str]]: ...


COLUMNS = ("l.id, l.line_key, l.order_id, o.customer_id, o.order_key, l.source_file, "
           "l.source_sheet, l.source_row, l.received_amount, l.received_date, l.notes, "
           "COALESCE(l.received_currency, l.currency, o.currency)")
_LINES = (f"SELECT {COLUMNS} FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE ")
Place = tuple[str | None, int, str]  # sheet, customer id, order key (or "" without number)
PerUnit = Callable[[str, str], float | None]  # one unit of a currency in US dollars on a day


class Stored(NamedTuple):
    """A stored payment line, and where its row stood."""

    id: int
    key: str
    order_id: int
    place: Place
    source: str | None
    row: int
    received: float | None  # None: cleared by the import (core.ledger.receipts)
    day: str | None
    notes: str | None
    currency: str | None = None  # the money's (received in, else the line's or order's)


class Pair(NamedTuple):
    old: Stored
    new: Stored

    @property
    def refunds(self) -> bool:
        """Whether both are money sent back (a refund row re-sent, its day corrected or moved):
        never a later payment, nor one unpaid when the earlier file was written
        (core.ledger.corrected_payments); named as refunds, "that much more sent back", not
        "more paid" (ui39s). One refund, its day fixed (fix39a: April's file then May's, 6,000
        open; 3,000 right)."""
        return (self.old.received or 0.0) < 0 and (self.new.received or 0.0) < 0


def payments_refunds(pairs: list[Pair]) -> tuple[list[Pair], list[Pair]]:
    """The pairs of payments, then those of refunds (each said in its own words)."""
    return [p for p in pairs if not p.refunds], [p for p in pairs if p.refunds]


Worth = Callable[[Pair], bool]  # a figure in another currency worth the other's, converted


def stored(row: Sequence[Any]) -> Stored:
    """A line of a query selecting COLUMNS (first)."""
    i, key, order, customer, okey, source, sheet, number, received, day, notes, money = row[:12]
    return Stored(i, key, order, (sheet, customer, "" if okey.startswith(DESCRIBED) else okey),
                  source, number or 0, received, day, notes, money)


def lines(conn: sqlite3.Connection, where: str, *params: object) -> list[Stored]:
    return [stored(row) for row in conn.execute(_LINES + where, params)]


def kept(pair: Pair, worth: Worth | None = None) -> bool:
    """A correction changes one of the sum, the day and the currency: another sum on another
    day at the place is as likely a later payment (a month's file carrying every open
    invoice), and so is one of another currency on another day (5,000 CNY of 04-18 at the
    place of 5,000 USD of 04-20 took its place, the 5,000 USD dropped, cur35b). The row
    re-sent with its currency corrected keeps its sum where the figure is the same (pay35a)
    or `worth` the first (5,000 USD re-written as the 35,500 CNY the bank credited, within the
    exchange band: core.ledger.exchanged_payments.Exchange.worth)."""
    other = pair.new.currency != pair.old.currency
    sum_kept = same_sum(pair) or (other and worth is not None and worth(pair))
    return (pair.new.day != pair.old.day) + (not sum_kept) + other <= 1


def sure(pair: Pair, worth: Worth | None = None) -> bool:
    """Whether the rows vouch for a correction: one that kept the day or sum, and, re-dated,
    not giving another reference than the first (TT-1 of 04-20, TT-9 of 04-28, each of the
    same sum, are as likely two wires: a list of payments missed in April's file gave TT-9,
    and TT-1 was dropped as its date corrected, break33d; TT-12 gives another than TT-1,
    references read whole, pay34). A sum corrected on its day may say why in a new note
    (扣手续费), but not that it is another payment (定金 5,000 → 余款 3,000: key34)."""
    old, new = fold(pair.old.notes or ""), fold(pair.new.notes or "")
    return kept(pair, worth) and not apart(pair.old.notes, pair.new.notes) and (
        pair.new.day == pair.old.day or not (
            old and new and not holds(new, old) and not holds(old, new)))


def told_apart(pair: Pair) -> bool:
    """Whether the rows are two payments their notes alone tell apart, of one sum and day (定金
    N-1 and 余款 N-1: core.ledger.payment_places keyed them apart): no correction of one by
    the other, nothing in either to name."""
    return pair.new.day == pair.old.day and same_sum(pair) and apart(pair.old.notes,
                                                                     pair.new.notes)


def named_again(conn: sqlite3.Connection, name: str, keys: Collection[str],
                found: tuple[dict[int, list[Pair]], Mapping[str, str | None]]) -> bool:
    """Is a stored file of this file's `name` this very file sent again (:func:`own_name`):
    its name says a month (退货 2025-05.xlsx), or its latest payment is of this file's month?
    Never the name alone: 2025-04/收款.xlsx and 2025-05/收款.xlsx, PO-1 5,000 of 04-30 and
    of 05-01, May's replaced April's: 25,000 open where 20,000 (rv43e G0). Asked only where
    a new payment pairs with one of it or the file re-sends one (`found`: the pairs, and
    corrected_payments.Before), its lines read in a scan."""
    pairs, before = found
    if month_named(name) is not None:
        return True
    if name not in before.values() and all(
            p.old.source != name for paired in pairs.values() for p in paired):
        return False
    days: tuple[list[str], list[str]] = ([], [])  # its payments' days, this file's
    for key, day in conn.execute(
            "SELECT line_key, received_date FROM order_lines WHERE received_amount IS NOT NULL "
            "AND received_date IS NOT NULL AND (source_file = ? OR line_key IN (SELECT value "
            "FROM json_each(?)))", (name, json.dumps(sorted(k for k in keys if MARK in k)))):
        days[key in keys].append(day[:7])
    return not days[0] or not days[1] or max(days[0]) == max(days[1])


def own_name(pairs: dict[int, list[Pair]], name: str, again: bool) -> dict[int, list[Pair]]:
    """A new payment paired with one of a stored file of its file's `name` (the file sent
    again, from another folder too) is that one's correction alone, as that file is re-sent
    (corrected_payments._Sources.re_sent): a 退货 list re-sent 1,500 → 1,200, the 1,500 was
    kept beside it, 1,200 open where 0 (fx43a); where `again` (:func:`named_again`)."""
    if not again:
        return pairs
    own = {p.new.id for paired in pairs.values() for p in paired if p.old.source == name}
    return {i: mine for i, paired in pairs.items() if (mine := [
        p for p in paired if p.old.source == name or p.new.id not in own])}


def likeliest(alike: list[Pair]) -> list[Pair]:
    """Of several new payments at an earlier one's place that kept its day or sum, the ones
    the rows themselves point to, or none (the place's rank decides): the one giving its note
    (a wire's reference), else, where each kept the sum and none the day (a date corrected),
    those of the nearest day. A payment re-dated 04-10 → 04-12 was paired by its rank with
    the month's new wire of its sum on 05-10 (pay33). Two of one day there are two real
    payments, both kept: the earlier one is named with each, not replaced."""
    if len(alike) < 2:
        return []
    note = alike[0].old.notes
    noted = [pair for pair in alike if note and note.strip()
             and same_words(pair.new.notes, note)]
    if len(noted) == 1:
        return noted
    if any(pair.new.day == pair.old.day or not pair.new.day or not pair.old.day
           for pair in alike):  # no day to be near by (a line stored without one)
        return []
    apart = {id(pair): _days(pair) for pair in alike}
    near = min(apart.values())
    return [pair for pair in alike if apart[id(pair)] == near]


def _days(pair: Pair) -> int:
    return abs((date.fromisoformat(str(pair.new.day)[:10])
                - date.fromisoformat(str(pair.old.day)[:10])).days)


def same_sum(pair: Pair) -> bool:
    return abs((pair.new.received or 0.0) - (pair.old.received or 0.0)) < 0.005


def overpays(conn: sqlite3.Connection, pair: Pair) -> bool:
    """Whether the pair, one sum of one order on two days, counted twice pays the order beyond
    its amount by more than a bank's charge (bank_charges.short) where counted once it does
    not: one payment re-dated in the later-imported list (fix40f: 尾款 10,500 of MT-1's 15,000
    dated 04-20 in one book, 04-02 in the next, their names giving no month, was counted
    twice in every order, 6,000 on account where 4,500 is open). Two equal instalments the
    order's amount holds (5,000 + 5,000 of 15,000) stay two."""
    old, new = pair
    if (pair.refunds or not old.place[2] or old.order_id != new.order_id or old.day == new.day
            or not same_sum(pair) or old.currency != new.currency or not old.received):
        return False
    amount, received = conn.execute(
        "SELECT SUM(amount), SUM(COALESCE(received_amount, 0)) FROM order_lines WHERE "
        "order_id = ?", (new.order_id,)).fetchone()
    over = received - (amount or 0.0)
    return over > short(amount or 0.0) >= over - old.received


# One wire as two lists read it: the bank's value day a few days from the day the clerk wrote
# (03-31 in March's file, 04-01 in April's: a month end, a weekend), or the sum less the bank's
# charge (5,000 on the 收款 tab, 4,985 on the bank's slip; a charge as core.ledger.
# bank_charges.charge allows). Both only under the same reference: the invoice both name, or
# a reference both notes give (a blank note beside a numbered one says none other), or, one
# row under no invoice, the bank's own reference beside the invoice the other names; two
# payments of different references, or none, are two. So are two whose notes each give their
# own wire reference beside the invoice both name (N-1 TT-881, N-1 TT-882), or say different
# payments of it (定金 N-1, 余款 N-1: core.ledger.payment_kinds), or are in two currencies
# (5,000 USD, 5,000 CNY), break34b: one wire in two currencies is core.ledger.
# exchanged_payments' (5,000 USD, 35,500 CNY, within the exchange band). One sum on two
# near days needs more (vouched): the invoice alone is what two equal instalments share too
# (03-31 in March's file, 04-01 in April's: 10,000 paid, shown 5,000, fix34a).
CHARGED, VALUE_DAY = "charged", "value_day"


def _receipts(pair: Pair) -> bool:
    """Whether both rows are money in with a day, of one customer, their notes saying no two
    payments: what any reading of two rows as one wire starts from."""
    old, new = pair
    return bool(old.received and new.received and old.received > 0 and new.received > 0
                and old.day and new.day and old.place[1] == new.place[1]) and not apart(
        old.notes, new.notes)


def one_reference(pair: Pair) -> bool:
    """Whether two payments with a day, of one customer and order (or none), are under one
    reference and their notes say no two payments (the rule above; core.ledger.
    exchanged_payments asks it of two rows in two currencies)."""
    old, new = pair
    notes = wire_references(old.notes), wire_references(new.notes)
    return _receipts(pair) and old.place[2] == new.place[2] and bool(
        notes[0] & notes[1] if all(notes) else old.place[2])


def bank_read(pair: Pair, numbers: Callable[[], Collection[str]] = tuple,
              day_total: Callable[[Stored], float] | None = None, per_unit: PerUnit | None = None
              ) -> str | None:
    """Whether the two rows are one wire the bank read otherwise: CHARGED (one day, the sums a
    bank charge apart, or the lower's list's rows of the day, with it, a charge below the
    higher: _charged), VALUE_DAY (one sum, the days within value_days), or None. `numbers`:
    the customer's order and invoice numbers (folded), asked only where one row gives the
    bank's reference alone; `day_total`: what a row's list has of its customer that day;
    `per_unit`: the rates table's (core.rates.Rates.usd_per_unit), what a charge is weighed in
    (none: a reading asking only for VALUE_DAY)."""
    old, new = pair
    if old.currency != new.currency:
        return None
    if str(old.day)[:10] == str(new.day)[:10]:
        return CHARGED if not same_sum(pair) and wire_reference(pair, numbers) and _charged(
            pair, day_total, per_unit) else None
    return VALUE_DAY if same_sum(pair) and value_days(old.day, new.day) and (
        wire_reference(pair, numbers) or _unnumbered(pair)) else None


def _unnumbered(pair: Pair) -> bool:
    """Whether both rows are payments naming no order (the customer's own payments): as one
    order's two rows, one wire on the clerk's day and the bank's value day where vouched
    (fix41b: Friday 04-18 on the 收款 tab, Monday 04-21 on the bank's list, no 合同号, were two
    payments, 10,000 of K-1's 20,000 open where 15,000 is)."""
    return _receipts(pair) and not pair.old.place[2] and not pair.new.place[2]


def wire_reference(pair: Pair, numbers: Callable[[], Collection[str]]) -> bool:
    """Whether two payments are under one reference (one_reference), or one, under no order,
    gives the bank's references alone beside the invoice the other stands under: what one
    wire two lists read otherwise starts from, in one currency or two (core.ledger.
    exchanged_payments)."""
    old, new = pair
    return one_reference(pair) or _receipts(pair) and (
        _beside_invoice(old, new, numbers) or _beside_invoice(new, old, numbers)
        or _unplaced_beside(old, new) or _unplaced_beside(new, old))


def _unplaced_beside(bank: Stored, ledger: Stored) -> bool:
    """Whether `bank`, standing under no order, gives a wire's reference `ledger`'s note gives
    beside the invoice it stands under (TT-881 on the bank's list, N-1 "TT-881" on the tab):
    that wire's, one reference (fix35a: counted twice, a buyer owing 5,000 shown owing none)."""
    return not bank.place[2] and bool(ledger.place[2]) and bool(
        wire_references(bank.notes) & wire_references(ledger.notes))


def _charged(pair: Pair, day_total: Callable[[Stored], float] | None,
             per_unit: PerUnit | None) -> bool:
    """Whether the higher of two sums is the lower less a bank's charge (bank_charges.charge:
    tens, not 1,000 of 61,000), or, where the lower's list holds more of its customer that day,
    the day's whole (the ledger's 61,000 beside the bank's 59,965 and 1,000: a wire less its
    35 charge and a second payment, the ledger's row their sum): then apart by no more than a
    figure is received short of itself (bank_charges.short)."""
    high, low = sorted(pair, key=lambda line: line.received or 0.0, reverse=True)
    most, off = high.received or 0.0, (high.received or 0.0) - (low.received or 0.0)
    most_off = charge(most, per_unit(high.currency, str(high.day)[:10])
                      if per_unit is not None and high.currency else None)
    return off <= most_off or (day_total is not None and off <= short(most)
                               and abs(most - day_total(low)) <= most_off)


def _beside_invoice(bank: Stored, ledger: Stored, numbers: Callable[[], Collection[str]]
                    ) -> bool:
    """Whether `bank`, standing under no order, gives the bank's references alone beside the
    invoice `ledger` stands under or its note names (FT2604123456 and INV-3: core.ledger.
    noted_orders.bank_only): a reference that tells the wire, no other invoice (pay35b: the
    wire less its charge counted twice). The invoice it stands under is weighed as its note's:
    written in the tab's invoice column, no note beside it, the bank's "INV-7" (the sister
    firm's invoice) was taken for the bank's reference, two payments one (break35a)."""
    beside = f"{ledger.notes or ''} {ledger.place[2].removeprefix(NUMBERED)}"
    return not bank.place[2] and bank_only(bank.notes, beside) and bool(
        ledger.place[2] or wire_references(ledger.notes) & {
            reference(number) for number in numbers()})


class Vouching(Protocol):
    """A row's list holding payments of a month (core.ledger.wire_lists.Lists), and whether
    references two rows share are their wire's alone (Lists.alone)."""

    def __call__(self, line: Stored, month: str) -> bool: ...

    def alone(self, refs: set[str], *rows: Stored) -> bool: ...


def vouched(pair: Pair, numbers: Collection[str], lists: Vouching) -> bool:
    """Whether two rows of one sum on near days (VALUE_DAY) are vouched one wire: their notes
    share a reference that is none of the customer's order or invoice `numbers` (TT-881: the
    bank's, one a wire), or a row's list (`lists`: its file's sheet) holds payments of the
    other row's month (yyyy-mm) and not that row: a bank's list from 03-25 to 04-05 would
    have had the 03-31 payment, were it another. Two monthly files or tabs, each listing only
    its own month's payments, vouch for nothing: equal instalments 03-31 and 04-01 on N-1.
    The lists vouch only within VALUE_DAYS calendar days, a weekend between counted: two equal
    5,000 instalments on K-7, Thursday 04-17 and Tuesday 04-22, on two weekly lists, were taken
    for one wire (three banking days apart) and the buyer shown 5,000 open (fix40c); the
    banking days (value_days) are a wire reference's the two rows alone give (Lists.alone:
    never a payer's account number, nor one reused on another day or order)."""
    old, new = pair
    shared = (wire_references(old.notes) & wire_references(new.notes)) - {
        reference(number) for number in numbers}
    if _days(pair) > VALUE_DAYS:
        return lists.alone(shared, old, new)
    return bool(shared) or any(lists(one, str(other.day)[:7])
                               for one, other in ((old, new), (new, old)))


def gone(pair: Pair) -> Stored:
    """Of one wire's two rows, the one not counted: the higher sum (the charge the bank took
    is not the firm's money), or the earlier day (the money was there on its value day)."""
    old, new = pair
    if not same_sum(pair):  # CHARGED: one day, two sums
        return old if (old.received or 0.0) > (new.received or 0.0) else new
    return old if str(old.day) < str(new.day) else new


def pair_said(pair: Pair) -> Noted:
    """The pair as the report names it: the other row (file, sheet, row), its sum and day,
    then this row's."""
    old, new = pair.old, pair.new
    return said_at(str(new.row), old, f"{old.received or 0:,.2f} {old.day or ''} → "
                   f"{new.received or 0:,.2f} {new.day or ''}".replace("  ", " ").strip())


def order_names(conn: sqlite3.Connection, pairs: Iterable[Pair]) -> dict[int, str]:
    """Each order of the pairs' lines by id, as a note names it: its customer and number."""
    ids = sorted({line.order_id for pair in pairs for line in pair})
    return {i: f"{name} {number or ''}".strip() for i, name, number in conn.execute(
        "SELECT o.id, c.name, o.order_no FROM orders o JOIN customers c ON c.id = "
        "o.customer_id WHERE o.id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}


def said_at(head: str, line: Stored, said: str) -> Noted:
    """`head` noted with the file, sheet and row a stored line was read from, and `said`."""
    return at_rows(head, line.source, {str(line.place[0]): str(line.row)}, said)


def per_sheet(code: str, template: str, pairs: list[Pair], said: Callable[[Pair], Noted],
              **more: object) -> list[Message]:
    """One note a sheet, its pairs listed by `said`, in the order of their rows (`more`: what
    else the template says)."""
    sheets: dict[str, list[Pair]] = {}
    for pair in sorted(pairs, key=lambda p: (str(p.new.place[0]), p.new.row)):
        sheets.setdefault(str(pair.new.place[0]), []).append(pair)
    return [Message(code, template, {"sheet": sheet, "count": len(found),
                                     "rows": Listed(list(map(said, found)), SHARED_SHOWN),
                                     **more})
            for sheet, found in sheets.items()]
