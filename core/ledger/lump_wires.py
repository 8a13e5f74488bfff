"""One wire paying several invoices: on each invoice's row and, less its charge, on the bank's.

A clerk fills 已收金额 on INV-1 (10,000) and INV-2 (5,000) from the one wire TT-5 of 04-20;
the bank's list has it once, 14,965 under no invoice (its 35 charge off). The equal sums are
one wire already (core.ledger.booked_twice._lump_sums); less the charge, the bank's row was a
second payment: 15,000 shown on the buyer's account (review35a). The bank's row under no
invoice is the customer's sale rows of that list and day together where they add up to it
and a bank's charge at most (bank_charges.charge), each under its reference (payment_lines.
wire_reference: TT-5 on both, or the bank's own reference beside the invoices), and no other
row or list of that day can be it. Counted once, as the ledger's rows place it: the bank's row
gone. Two real wires stay two: another reference, another day, a sum beyond the charge.
A bank's row naming its invoice is weighed alike against that invoice's rows alone: 9,965
"TT-5" under INV-1 beside INV-1's 10,000 "TT-5" was 9,965 on account (acct38b); it is looked
at only where this file wrote it or a row of its invoice.

The bank's row of the clerk's wire on its value day (04-21 beside K-7's 已收 "TT-881" of
04-20), the same sum or less its charge, is that wire too where nothing of that day is
(near_rows: a wire reference none of the customer's numbers; listed_alone), wire40; only a
bank's row under that invoice, the reference theirs alone, and set aside once paired, so no
later list's row pays the same rows again (fix40c).

Either file may come second: the rule weighs this file's rows against other files', never two
of one file (core.ledger.wire_review's, with equal sums; less the charge, under one wire's
reference, core.ledger.listed_twice's, asked before this one).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import partial

from core.i18n import NP_
from core.ledger.bank_charges import charge
from core.ledger.corrected_payments import drop_lines
from core.ledger.exchanged_payments import Exchange
from core.ledger.keys import DESCRIBED
from core.ledger.noted_orders import reference, told_wires, wire_references
from core.ledger.payment_lines import (
    MARK,
    Pair,
    Stored,
    Written,
    lines,
    per_sheet,
    wire_reference,
)
from core.ledger.row_places import at_rows
from core.ledger.set_aside import set_aside
from core.ledger.value_days import VALUE_DAYS, near_days
from core.ledger.wire_lists import Lists
from core.ledger.wire_told import rows_told
from core.ledger.written_keys import among
from core.messages import Listed, Message, Noted

# a payment with its sum and day, what any reading of rows as one wire asks
TOLD = "l.received_amount > 0 AND l.received_date IS NOT NULL AND "
List = tuple[str | None, str | None, int, str, str | None]  # file, sheet, customer, day, money
# a payment naming its invoice weighed too where this file wrote it or a row of its invoice:
# (this file's name twice, MARK) after TOLD's
_INVOICE_WIRE = ("l.source_file = ? OR EXISTS (SELECT 1 FROM order_lines s WHERE s.order_id = "
                 "o.id AND s.source_file = ? AND instr(s.line_key, ?) = 0)")


def lump_wires(conn: sqlite3.Connection, file_name: str, written: Written,
               paid: Collection[str], paired: Collection[str | None]) -> list[Message]:
    """The bank's rows under no invoice that are a list's sale rows of their day together,
    less a charge, one of the two of this file (`written`: its lines), the other of a file not
    `paired` with it: each bank's row gone, a note per sheet. The file's keys are asked only
    of the lines looked at (core.ledger.written_keys); `paid`: its keys carrying MARK
    (written_keys.marked), the bank's rows being keyed by their sums."""
    banks = [line for line in lines(conn, TOLD + "instr(l.line_key, ?) > 0 AND "
                                    f"(substr(o.order_key, 1, ?) = ? OR {_INVOICE_WIRE})",
                                    MARK, len(DESCRIBED), DESCRIBED, file_name, file_name, MARK)
             if _ours(line, file_name, paid, paired)]
    if not banks:
        return []
    customers = json.dumps(sorted({line.place[1] for line in banks}))
    sales = lines(conn, TOLD + "o.customer_id IN (SELECT value FROM json_each(?)) AND "
                  "instr(l.line_key, ?) = 0", customers, MARK)
    keys = among(written, {line.key for line in sales})
    rows: dict[List, list[Stored]] = {}
    for line in sales:
        if _ours(line, file_name, keys, paired):
            rows.setdefault(_list_of(line), []).append(line)
    lists = Lists(conn, {line.place[1] for line in banks})
    found = _paired(banks, rows, file_name, lists, Exchange(conn))
    near = [(bank, sales) for bank, sales in found if _day(sales[0]) != _day(bank)]
    for bank, sales in near:  # kept: the rows it paid are no later list's near slip's (fix40c)
        set_aside(conn, str(bank.source), [(bank, (str(bank.place[0]), bank.row), set().union(
            *(rows_told(bank, line, lists) for line in sales)))])
    drop_lines(conn, [bank for bank, _ in found])
    found = [(bank, sales) for bank, sales in found if _day(sales[0]) == _day(bank)]
    said = partial(_said, dict(found + near), file_name)
    return [*per_sheet("payment_invoice_read_otherwise", NP_(
        "Sheet “{sheet}”: {count} wire is both a payment naming its invoice and that invoice's "
        "received figure that day, one list's less the bank's charge, under the same "
        "reference, rows {rows}: counted once, as the invoice's row places it.",
        "Sheet “{sheet}”: {count} wires are each both a payment naming its invoice and that "
        "invoice's received figure that day, one list's less the bank's charge, under the "
        "same references, rows {rows}: each counted once, as the invoice's rows place it."),
        [Pair(sales[0], bank) if bank.source == file_name else Pair(bank, sales[0])
         for bank, sales in found if bank.place[2]], said),
        *per_sheet("payment_lump_read_otherwise", NP_(
        "Sheet “{sheet}”: {count} wire is both a payment under no invoice and the received "
        "figures of the customer's invoices that day, one list's less the bank's charge, under "
        "the same reference, rows {rows}: counted once, as the invoices' rows place it.",
        "Sheet “{sheet}”: {count} wires are each both a payment under no invoice and the "
        "received figures of the customer's invoices that day, one list's less the bank's "
        "charge, under the same references, rows {rows}: each counted once, as the invoices' "
        "rows place it."),
        [Pair(sales[0], bank) if bank.source == file_name else Pair(bank, sales[0])
         for bank, sales in found if not bank.place[2]], said),
        *per_sheet("payment_value_day_read_otherwise", NP_(
        "Sheet “{sheet}”: {count} wire is both a payment and the received figures of the "
        "customer's invoices on a near day (the clerk's day and the bank's value day, at most "
        "{days} banking days apart), under the same reference, the same sum or one list's less "
        "the bank's charge, rows {rows}: counted once, as the invoices' rows place it.",
        "Sheet “{sheet}”: {count} wires are each both a payment and the received figures of "
        "the customer's invoices on a near day (the clerk's day and the bank's value day, at "
        "most {days} banking days apart), under the same references, the same sum or one "
        "list's less the bank's charge, rows {rows}: each counted once, as the invoices' rows "
        "place it."),
        [Pair(sales[0], bank) if bank.source == file_name else Pair(bank, sales[0])
         for bank, sales in near], said, days=VALUE_DAYS)]


def _ours(line: Stored, file_name: str, keys: Collection[str],
          paired: Collection[str | None]) -> bool:
    """Whether a line is this file's, or another's this file does not re-send nor pair."""
    return line.source == file_name or line.key not in keys and line.source not in paired


def _list_of(line: Stored) -> List:
    return line.source, line.place[0], line.place[1], str(line.day)[:10], line.currency


def _paired(banks: list[Stored], rows: dict[List, list[Stored]], file_name: str,
            lists: Lists, exchange: Exchange) -> list[tuple[Stored, list[Stored]]]:
    """Each bank's row with the one list's rows of its day that are it, where no other bank's
    row of that customer and day is any list's."""
    found: dict[Stored, dict[List, list[Stored]]] = {}
    # each bank's row weighed against its customer's lists of its day and money alone, in
    # their order, not every customer's (perf56a: 3.3 s of a 10k book) nor every list of a
    # big buyer's (perf57a: 3.6 s of a clerk's 100k book)
    same_day: dict[tuple[int, str, str | None], list[tuple[int, List, list[Stored]]]] = {}
    for place, (at, sales) in enumerate(rows.items()):
        same_day.setdefault(at[2:], []).append((place, at, sales))
    for bank in banks:
        numbers = partial(lists.numbers, bank.place[1])
        at_bank, ours = _list_of(bank), bank.source == file_name
        found[bank] = {at: named for _, at, sales in same_day.get(at_bank[2:], ())
                       if (at[0] == file_name) != ours
                       and (named := wire_rows(bank, sales, numbers, exchange))} or _near(
            bank, [(at, sales) for _, at, sales in sorted(
                kept for day in near_days(str(bank.day)[:10])
                for kept in same_day.get((at_bank[2], day, at_bank[4]), ()))
                   if (at[0] == file_name) != ours] if wire_references(bank.notes) else [],
            lists, exchange)
    taken: dict[int, int] = {}
    for ats in found.values():
        for line in (line for named in ats.values() for line in named):
            taken[line.id] = taken.get(line.id, 0) + 1
    return [(bank, named) for bank, named in ((bank, next(iter(ats.values())))
                                              for bank, ats in found.items() if len(ats) == 1)
            if all(taken[line.id] == 1 for line in named)]


def _near(bank: Stored, rows: list[tuple[List, list[Stored]]], lists: Lists,
          exchange: Exchange) -> dict[List, list[Stored]]:
    """The other lists' rows of a day near the bank's row's that are its wire (near_rows;
    `rows`: its customer's in its money of the days within value_days, in their order, none
    looked up where its note gives no reference: most)."""
    found = {at: named for at, sales in rows
             if (named := near_rows(bank, sales, lists, exchange))}
    return found if found and all(listed_alone(bank, named, lists) for named in found.values()
                                  ) else {}


def listed_alone(bank: Stored, named: list[Stored], lists: Lists) -> bool:
    """Whether the bank's row is the only payment of its customer its list (file and sheet)
    gives the references it shares with `named` in (wire_told.rows_told), whatever its sum and
    day (one cleared as a copy too): a list holds a wire once, so two such rows are two wires,
    neither a near day's invoice row's (TT-881 5,000 of 04-20 and of 04-21 on the bank's list,
    K-7's 已收 5,000 of 04-20: wire40)."""
    held = lists.references(bank)
    return all(held[ref] <= 1 for line in named for ref in rows_told(bank, line, lists))


def wire_rows(bank: Stored, sales: list[Stored], numbers: partial[dict[str, str]],
              exchange: Exchange) -> list[Stored]:
    """The day's rows of a list a bank's row is (one_wire), none where none: any of them under
    no invoice; where it names one, that invoice's alone (the bank's 9,965 "TT-5" under INV-1,
    INV-1's 10,000 "TT-5"), else those giving the wire's own reference, that invoice's among
    them (14,965 "TT-5" under INV-1, INV-1's 10,000 and INV-2's 5,000 "TT-5": a wire paying
    two invoices filed under one, 14,965 on account, pay39; INV-3's 3,000 "TT-9" of the day
    no part of it, fix39b)."""
    def same(line: Stored) -> bool:
        return wire_reference(Pair(line, bank), numbers)

    if not bank.place[2]:
        return sales if sales and one_wire(bank, sales, same, exchange) else []
    own = [line for line in sales if line.place[2] == bank.place[2]]
    if not own:
        return []
    if one_wire(bank, own, same, exchange):
        return own
    mine = {reference(number) for number in numbers()}
    shared = [line for line in sales if told_wires(bank.notes, line.notes) - mine]
    return shared if len(shared) > len(own) and set(own) <= set(shared) and one_wire(
        bank, shared, lambda _line: True, exchange) else []


def one_wire(bank: Stored, sales: list[Stored], same: Callable[[Stored], bool],
             exchange: Exchange, equal: bool = False) -> bool:
    """Whether the rows add up to the bank's row and a charge at most, each under its
    reference (`same`; equal sums: core.ledger.booked_twice._lump_sums, of one day; of near days
    no rule before, so `equal` here: near_rows)."""
    whole = sum(line.received or 0.0 for line in sales)
    off = whole - (bank.received or 0.0)
    return (-0.005 if equal else 0.005) < off <= charge(
        whole, exchange.per_unit(str(bank.currency), str(bank.day)[:10])
        if bank.currency else None) and all(map(same, sales))


def near_rows(bank: Stored, sales: list[Stored], lists: Lists, exchange: Exchange
              ) -> list[Stored]:
    """The rows of a day near the bank's row's (payment_lines.value_days: the clerk's day and
    the bank's value day, 04-20 on K-7's row, 04-21 on the 收款 slip) that are its wire, none
    where none (wire40): those giving the wire's own reference with it (wire_told.rows_told:
    TT-881, not the invoice both name, which two instalments share too), of its invoice,
    adding up to it, or to it and a charge at most. fix40c: the bank's row under an invoice
    (under none it pays whichever: K-8's own wire was dropped as K-7's), the reference the two
    rows' alone (wire_lists.Lists.alone: no payer's account number, none reused on another
    day or order): a buyer who had paid was shown 5,000 open."""
    if not bank.place[2]:  # under no invoice: whichever invoice's, never a near day's (fix40c)
        return []
    rows = [line for line in sales if line.place[2] == bank.place[2] and lists.alone(
        rows_told(bank, line, lists), bank, line)]
    numbers = partial(lists.numbers, bank.place[1])
    if rows and one_wire(bank, rows, lambda line: wire_reference(
            Pair(line, bank), numbers), exchange, equal=True):
        return rows
    # one wire paying its invoice and others, filed under one (pay41: TT-881 of K-7's 5,000
    # and K-8's 3,000 on Friday's rows, the bank's 7,985 under K-7 on Monday: 7,985 on
    # account), as wire_rows takes it on one day: every row giving the wire's reference
    told = [(line, rows_told(bank, line, lists)) for line in sales]
    shared = [line for line, refs in told if refs]
    refs = set.intersection(*(refs for _line, refs in told if refs)) if shared else set()
    return shared if (len({line.place[2] for line in shared}) > 1
                      and bank.place[2] in {line.place[2] for line in shared}
                      and lists.alone(refs, bank, *shared)
                      and one_wire(bank, shared, lambda _line: True, exchange, equal=True)
                      ) else []


def _day(line: Stored) -> str:
    return str(line.day)[:10]


def _said(found: dict[Stored, list[Stored]], file_name: str, pair: Pair) -> Noted:
    """This file's row, then the other list's rows and the bank's: file, sheet, rows, sums
    and the day (the rows' and the bank's, where two: near_rows)."""
    bank = pair.new if pair.new in found else pair.old
    sales = found[bank]
    mine = bank if bank.source == file_name else sales[0]
    other = sales if mine is bank else [bank]
    return at_rows(", ".join(_rows([mine] if mine is bank else sales)),
                   other[0].source, {str(other[0].place[0]): Listed(_rows(other))},
                   f"{sum(line.received or 0.0 for line in sales):,.2f} {_day(sales[0])} "
                   f"→ {bank.received or 0:,.2f}"
                   + (f" {_day(bank)}" if _day(bank) != _day(sales[0]) else ""))


def _rows(found: Iterable[Stored]) -> Sequence[str]:
    return [str(line.row) for line in sorted(found, key=lambda line: line.row)]
