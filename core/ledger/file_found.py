"""What reading one ledger file found, before anything is written.

Apart from the reader (core.ledger.file_reader) so that the modules that read a file's tabs
against each other (file_payers, payer_named, placeholder_rows) can name it without the
reader's whole import list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.ledger.customer_codes import Codes
from core.ledger.filed_returns import FiledReturns
from core.ledger.layout import PassedSheet, SheetLayout
from core.ledger.ledger_file import LedgerFile
from core.ledger.listed_currency import StoredCurrency
from core.ledger.listed_days import Cell
from core.ledger.listed_returns import OtherFiles, StoredReturn
from core.ledger.long_orders import LongOrders
from core.ledger.money_columns import ColumnNote
from core.ledger.noted_deductions import PaidApart
from core.ledger.noted_returns import FileCredits
from core.ledger.paid_numbers import StoredSales
from core.ledger.received_rmb import ReceivedTabs
from core.ledger.renamed_notes import Renamed
from core.ledger.return_marks import ReturnMarks
from core.ledger.rows import SheetRecords, Skipped, TotalsCheck
from core.messages import Message


@dataclass
class ReadLedger:
    """What reading a file found, before anything is written."""

    format: str
    ledger: LedgerFile = field(default_factory=LedgerFile)
    layouts: list[SheetLayout] = field(default_factory=list)
    taken: list[int] = field(default_factory=list)  # records taken per layout
    passed: list[PassedSheet] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    totals: list[TotalsCheck] = field(default_factory=list)
    columns: list[ColumnNote] = field(default_factory=list)  # each sheet's column currencies
    received: ReceivedTabs = field(default_factory=ReceivedTabs)  # its received columns (fix54c)
    date_order: str = ""  # the day-month order the first sheet that settles one settled
    # optional cells read as empty, rows read as money received
    unread: list[Message] = field(default_factory=list)
    codes: Codes = field(default_factory=dict)  # the names beside each customer code
    coded: set[tuple[str, str]] = field(default_factory=set)  # the file's (code, key) pairs
    # its sales' and the store's customers, key to name (paid_for)
    customers: dict[str, str] = field(default_factory=dict)
    renamed: list[Renamed] = field(default_factory=list)  # notes giving another name (更名)
    # the 代付 rows whose note names no customer: sheet, row, payer, the name (paid_for)
    unnamed: list[tuple[str, int, str, str]] = field(default_factory=list)
    # the held sheets holding a deposit, and where in `unread` their deposit notes go
    deposits: list[tuple[int, int]] = field(default_factory=list)
    # its returns and refunds across its tabs, each booked once (core.ledger.return_marks)
    marks: ReturnMarks = field(default_factory=ReturnMarks)
    # the rows saying goods came back, read against earlier tabs and the store (filed_returns)
    returns: FiledReturns = field(default_factory=lambda: FiledReturns(None))
    # the store's credit notes of an order, for a return named by a sale's note (noted_returns)
    noted: FileCredits = field(default_factory=lambda: FileCredits(None))
    long_orders: LongOrders = field(default_factory=LongOrders)  # 16+ digits, two forms
    # another file's list of a return, and another file's sale writing it (listed_returns)
    apart: tuple[StoredReturn, StoredReturn] | None = None
    currency: StoredCurrency | None = None  # a stored order's, for a list naming none
    others: OtherFiles | None = None  # other files' returns of an order, for its parts
    blank: set[str] = field(default_factory=set)  # sheets with a sale writing no 币种 (cur50)
    listed: list[Cell] = field(default_factory=list)  # 收款日期 of two days (listed_days)
    sales: StoredSales | None = None  # the store's sales by number (paid_numbers)
    later: list[tuple[str, SheetRecords]] = field(default_factory=list)  # (file_payers)
    paid: PaidApart | None = None  # each order's money on every tab (deductions_apart)
