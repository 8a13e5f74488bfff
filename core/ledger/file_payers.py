"""A receipts tab before the tab selling what it pays: its payers read against the whole file.

The payer steps (core.ledger.payer_named.named_payers: a 代X付款 note, another buyer's
invoice, an agent's or a changer's reference) know the customers and sales of the tabs read so
far. A workbook whose 收款登记 tab comes before its 出货明细, as its clerk happened to order
them, left ORIENT EXCHANGE FZE's 12,000 for "INV-101/INV-102" on account and Alpha and Beta
black; the same workbook with the tabs the other way round paid them (acct55b). A tab's order
is no clue to whose the money is: a tab holding receipts those steps look at, read while tabs
are still to come, waits for the file (core.ledger.file_reader's waiting sheets), and its
payers are read once every tab is. So does the last tab's, where an earlier tab waits (for its
payers or for any other reason): read at once, it was weighed against the tabs taken alone, not
the waiting ones, and MEYER HOLDING AG's wire on 3月 for Meyer Autoteile's INV-02000 of 2月
(which waited for its own wire of January's invoice) stayed 10,002 on account, the invoice open
(fix58a). A ledger whose receipts sit on their sales' rows, or whose payers buy and name
nothing, waits for nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from itertools import filterfalse
from operator import itemgetter
from typing import Protocol

from core.ledger.ledger_file import LedgerFile
from core.ledger.paid_for import add_buyers
from core.ledger.payer_named import Reading, for_another, named_payers
from core.ledger.record import AMOUNT, CUSTOMER_KEY, RECEIVED, Record
from core.ledger.repaid_deductions import Owners, to_deducted
from core.ledger.rows import SheetRecords
from core.ledger.sold_so_far import SoldSoFar


class FileReading(Reading, Protocol):
    """What a file's reading holds so far (core.ledger.file_found.ReadLedger)."""

    ledger: LedgerFile
    later: list[tuple[str, SheetRecords]]  # the tabs whose payers wait for the file


def sales(found: FileReading, rows: list[Record], others: list[list[Record]] | None = None
          ) -> SoldSoFar:
    """The file's rows taken so far, the waiting tabs' (`others`) and this one's (`rows`)."""
    return SoldSoFar(found.ledger.held, others or [], rows, found.ledger.numbered)


def buyers_of(found: FileReading, rows: list[Record], others: list[list[Record]] | None = None
              ) -> Owners:
    """The buyers of an order number (loose) among the file's sales so far (`rows`, `others`:
    :func:`sales`) and the store's (repaid_deductions: whose deduction a 补付 note pays back)."""
    def owners(number: str) -> set[str]:
        keys = {r[CUSTOMER_KEY] for r in sales(found, rows, others).naming({number})}
        return keys | (found.sales.named({number}).get(number, {}).keys() if found.sales else set())
    return owners


def payers(found: FileReading, sheet: SheetRecords, name: str, alone: bool) -> list[Record]:
    """The sheet's records, its receipts given to whom they were paid for (named_payers), or
    as read where it waits for the file (`alone`: every other tab taken, none to come nor
    waiting: the held tabs are the whole file's sales); its buyers known to them."""
    to_deducted(sheet, buyers_of(found, sheet.records))  # 补付PO-7质量扣款 on PO-9's row: PO-7's
    if alone or not _looked_at(found, sheet.records):  # named_payers adds its buyers
        return named_payers(found, sheet.records, lambda rows: sales(found, rows), name)
    add_buyers(found.customers, sheet.records)
    found.later.append((name, sheet))
    return sheet.records


def payers_wait(found: FileReading, sheet: SheetRecords) -> bool:
    """Does the sheet wait for the file's later tabs before its payers are read?"""
    return any(waiting is sheet for _, waiting in found.later)


def settle_payers(found: FileReading, waiting: Iterable[SheetRecords]) -> None:
    """Every tab read: each waiting tab's payers read against the whole file's sales."""
    sheets = list(waiting)
    for name, sheet in found.later:
        others = [other.records for other in sheets if other is not sheet]
        sheet.records = named_payers(found, sheet.records, partial(_with, found, others), name)
    found.later.clear()
    found.ledger.numbered.forget()  # every payer read: the tabs' numbers let go before the write


def _with(found: FileReading, others: list[list[Record]], rows: list[Record]) -> SoldSoFar:
    return sales(found, rows, others)


def _looked_at(found: FileReading, records: list[Record]) -> bool:
    """Does a receipt here have a payer that buys nothing so far, this tab's sales counted,
    or name papers or a buyer (payer_named.for_another)? Only the rows selling nothing are
    looked at, passed over by C-level iteration (a ledger's receipts on their sales' rows,
    100,000 rows, none; perf55c), and this tab's buyers gathered only where one is: it
    leaves `found.customers` as it was, the tab's buyers being added once, whether it waits
    or not (they were added here and again by paid_for.for_customers)."""
    receipts = [r for r in filterfalse(itemgetter(AMOUNT), records)
                if (r[RECEIVED] or 0) > 0 and r[CUSTOMER_KEY]]
    if not receipts:
        return False
    known = found.customers
    buying = set(map(itemgetter(CUSTOMER_KEY), filter(itemgetter(AMOUNT), records)))
    return any(r[CUSTOMER_KEY] not in known and r[CUSTOMER_KEY] not in buying
               or for_another(r) for r in receipts)
