"""Money a sheet writes that the import does not read, named so a clerk can act (acct53c).

A Shenzhen exporter's first-half template wrote money received as 收汇原币 beside 收汇日期 (read,
as the date received), 结汇人民币 and 人民币金额. No received figure was read and nothing was
said: six months of receipts were lost, and when July's template brought 到账金额 in, twenty
buyers who had paid went black. 收汇… headers are read now (core.ledger.fields.
RECEIPT_ONLY_WORDS); a header the synonyms still miss is named here:

- a sheet that reads a date received but no money received (nor a deposit, a balance or what
  is left owed) says so on every import, naming the file, the sheet, the date column and the
  money columns it leaves unread: its payments are not counted until one is mapped;
- on a sheet that reads its money, the other money columns it leaves unread (人民币金额, the
  clerk's RMB copy of the amount; 结汇人民币, what the bank paid out in yuan) are named once for
  the database, as the 汇率 column is (core.ledger.rate_columns), not on each month's copy.

结汇人民币 / 结汇金额 is never read as money received, even alone: it is what the firm sold of
its foreign currency, on the day it sold it, often later than and only part of what the
customer paid (the rest kept in the firm's dollar account): read as the receipt, the part not
converted would look owed and put a paying buyer on the black list. A clerk whose only record
of receipts it is maps it knowingly (its header names 人民币: read in CNY).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence

from core.i18n import N_
from core.ledger.layout import SheetLayout
from core.ledger.normalise import fold_header
from core.ledger.rate_columns import rate_headers, rate_notes
from core.ledger.record import Record
from core.ledger.said_once import remember_said, said_before
from core.messages import Listed, Message
from core.rates import Rates

SAID = "unread_money_said"  # meta: unread money columns named, each once (its folded header)
UNREAD = "unread_money_columns"  # meta: those of sheets reading no money received (notes.py)
# Money words of a header (folded): 金额, 原币, 人民币, 收汇, 结汇, 到账, 实收, 货款, amount, RMB …
_MONEY = re.compile(r"金额|原币|外币|人民币|美元|欧元|收汇|结汇|到账|实收|已收|回款|货款|款项|水单"
                    r"|amount|value|received|paid|remit|proceeds|rmb|usd|cny|eur")
# ... not a rate, a date, a currency, a way of paying, a number or a bank of one
_NOT_MONEY = re.compile(r"汇率|日期|时间|币种|币别|方式|条款|单号|编号|银行|账号|账户|核销|比例|率"
                        r"|rate|date|currency|terms|method|no$|number|bank|account")
# ... of money received, named first: the column a clerk most likely maps
_RECEIPT = re.compile(r"收汇|到账|实收|已收|回款|收款|水单|入账|received|paid|remit|proceeds")
# What a sheet reads money received from: without one of them, a date received pays nothing
_RECEIVED = ("received_amount", "deposit", "balance", "outstanding")
SHOWN = 6


def money_headers(layout: SheetLayout) -> list[str]:
    """The sheet's money columns no field reads: their headers as written."""
    read = set(layout.mapping.values())
    rates = set(rate_headers(layout))
    found = []
    for index, header in enumerate(layout.headers):
        if header and index not in read and str(header) not in rates:
            key = fold_header(str(header))
            if _MONEY.search(key) and not _NOT_MONEY.search(key):
                found.append(str(header))
    return found


def receipts_unread(layout: SheetLayout) -> bool:
    """Does the sheet read a date received but no money received?"""
    return ("received_date" in layout.mapping and not layout.receipts
            and not any(name in layout.mapping for name in _RECEIVED))


def column_notes(conn: sqlite3.Connection, layouts: Sequence[SheetLayout],
                 held: Iterable[tuple[object, Sequence[Record], object]], rates: Rates,
                 file: str) -> list[Message]:
    """The file's unread rate columns (core.ledger.rate_columns) and money columns."""
    return [*money_notes(conn, layouts, file), *rate_notes(conn, layouts, held, rates)]


def money_notes(conn: sqlite3.Connection, layouts: Sequence[SheetLayout],
                file: str) -> list[Message]:
    """A warning for each sheet that reads a date received but no money received; one note
    naming the other sheets' unread money columns not named before."""
    found: list[Message] = []
    unread: dict[str, None] = {}
    said = said_before(conn, SAID)
    named: dict[str, list[str]] = {}
    for layout in layouts:
        headers = money_headers(layout)
        if receipts_unread(layout):
            unread.update(dict.fromkeys(headers))
            found.append(_no_received(layout, headers, file))
            continue
        for header in headers:
            if frozenset({fold_header(header)}) not in said:
                named.setdefault(header, []).append(layout.sheet.name)
    if unread:
        remember_said(conn, UNREAD, (frozenset({header}) for header in unread))
    if named:
        remember_said(conn, SAID, (frozenset({fold_header(h)}) for h in named))
        sheets = Listed([f"“{sheet}”" for sheet in dict.fromkeys(
            sheet for names in named.values() for sheet in names)], SHOWN)
        found.append(Message("money_column_unread", N_(
            "Sheet {sheets}: the money columns {columns} are not read (neither as the sale's "
            "amount nor as money received). If one of them is the money received, map it as "
            "“Amount received” in the import dialog."),
            {"sheets": sheets, "columns": Listed([f"“{h}”" for h in named], SHOWN)},
            command=N_(
            "Sheet {sheets}: the money columns {columns} are not read (neither as the sale's "
            "amount nor as money received). If one of them is the money received, map it with "
            "--map received_amount=<its header>.")))
    return found


def _no_received(layout: SheetLayout, headers: list[str], file: str) -> Message:
    params = {"file": file, "sheet": layout.sheet.name,
              "date": layout.headers[layout.mapping["received_date"]] or "",
              "columns": Listed([f"“{h}”" for h in headers], SHOWN)}
    if not headers:
        return Message("received_column_missing", N_(
            "{file}, sheet “{sheet}”: “{date}” is read as the date received, but no column of "
            "money received was found: the sheet's payments are not counted. Map the column "
            "of money received as “Amount received” in the import dialog."), params,
            command=N_(
            "{file}, sheet “{sheet}”: “{date}” is read as the date received, but no column of "
            "money received was found: the sheet's payments are not counted. Map the column "
            "of money received with --map received_amount=<its header>."))
    headers = sorted(headers, key=lambda h: not _RECEIPT.search(fold_header(h)))
    params["columns"] = Listed([f"“{h}”" for h in headers], SHOWN)
    if _RECEIPT.search(fold_header(headers[0])):
        params["first"] = headers[0]
        return Message("received_column_missing", _CANDIDATES, params, command=N_(
            "{file}, sheet “{sheet}”: “{date}” is read as the date received, but no column of "
            "money received was found: the sheet's payments are not counted. Columns not read: "
            "{columns}. Map the one of money received with --map received_amount=<its header> "
            "(e.g. --map received_amount={first})."))
    return Message("received_column_missing", _CANDIDATES, params, command=N_(
        "{file}, sheet “{sheet}”: “{date}” is read as the date received, but no column of "
        "money received was found: the sheet's payments are not counted. Columns not read: "
        "{columns}. Map the one of money received with --map received_amount=<its header>."))


_CANDIDATES = N_(
    "{file}, sheet “{sheet}”: “{date}” is read as the date received, but no column of money "
    "received was found: the sheet's payments are not counted. Columns not read: {columns}. "
    "Map the one of money received as “Amount received” in the import dialog.")


def unread_money(conn: sqlite3.Connection) -> list[str]:
    """The money columns of imported sheets that read no money received (notes.py names them
    where the data records no receipts)."""
    return sorted(header for keys in said_before(conn, UNREAD) for header in keys)
