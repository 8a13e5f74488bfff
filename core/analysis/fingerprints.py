"""A fingerprint per month end of everything its analysis reads, to know which snapshots are
stale (:mod:`core.analysis.snapshots`).

The rules, the overrides, the currency rates and the ledger rows dated up to the month end go
into it, so an import that touches an older month, a correction or a changed setting makes
exactly the affected snapshots stale. The ledger part runs in date order: each line's parts
join on the day they become known, and the digest grows day by day. It is read before every
export of the restructuring plan and every look at the movements, so it streams: the lines
are read joined to their orders (every column but those that only say where a row came from)
in order of their orders' dates, by the dates' index (no sort); the parts of one order date's
lines are hashed together per day they join on (marshal version 2: bytes that depend on the
values alone; text as SQLite stores it, UTF-8, no str made of it), in the lines' order, and
added into that day's sum, so only one order date's lines are held at a time (a million lines
would take gigabytes) and a few hashes are made per order date, not one per part. The days,
a few thousand, are then chained in order, so a month end's fingerprint is the same whether
it is checked alone (the restructuring export) or with others (the movements).
"""

from __future__ import annotations

import hashlib
import marshal
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import Any

from core import __version__
from core.analysis.reading import customer_rows
from core.analysis.salespeople import spelt_apart
from core.ledger.receipt_history import COLUMN, steps
from core.overrides import load_overrides
from core.rules import load_rules

# a new version of the analysis recomputes them all (2: the customer account of issue 8;
# 3: the month's events hashed together; 4: a sum of hashed parts per day; 5: a row shipping
# after A has not shipped, and a deposit is held by its whole order; 6: an order shipped in
# parts is owed part by part; 7: a receipt filled in on an old row dates from its own day,
# credit terms without their days, "OA", fall due after the default credit period, T reads
# the accepted and service Incoterms a setting stored as typed, "C&F" or 完税后交货, as CFR, DDP,
# a line in another currency than its order's, or a tax rebate, is read in its own, and a
# received figure below the deposit beside it is money of its own; 8: money dated before its
# order's date counts from its own day, a line in a currency no rate converts into its order's
# is owed on its own; 9: an order its credit notes take wholly is no order, a partly credited
# one counts at its net amount in the average order, a line whose ship-date cell says 未出货
# has not shipped; 10: an invoice paid in another currency short by no more than the exchange
# band is paid, with an exchange loss, and money left over that the rate's move explains is an
# exchange gain, not credit spilling onto the next invoice; and a customer's salesperson is
# stored under the one cleaned name the firm's customers spell them by, "张 伟" and 张伟 as
# 张伟, "li lei" beside "Li Lei" as Li Lei; 11: a carried-forward row summing up a stored
# order, no product named, is the order's balance, not a sale doubling it: core.ledger.
# balance_rows; a small customer whose deposits held on orders not shipped yet cover what it
# owes overdue is watched, not black-listed by the 60-day rule; a credit note leaving of its
# order no more than the shortfall the account counts as paid (39,990 returned of 40,000)
# takes it wholly: no order of 10 in the average; a received figure that with the deposit
# beside it makes up its line's amount is the balance; a cancelled order stays cancelled
# under a later 正常 or 未收款, comes back under 已恢复 on a carried row too, and 取消被拒 no
# longer cancels: core.ledger.normalise.later_status, but a cancelled order the clerk corrects
# to 正常 in the same file, sheet and row and imports again is owed again: core.ledger.own_rows
# (the row that cancelled it only: a later file's 正常 row imported again leaves it cancelled);
# and one wire's figure written in two files on rows kept in different currencies is one
# wire: core.analysis.wires); 12: a cancelled order whose cancelling row is read again with
# its status cell cleared is owed again (core.ledger.own_rows), and the money a later file's
# row brings to a cancelled line is that file's, so a wire copied onto it from another file
# counts once (core.analysis.wires); a carried row summing an order kept in another currency
# whose currency cell is blank reads in the order's currency, and a summing row imported before
# the order's own lines (next month's file first) is the order's balance all the same; money
# written on a shipped L/C invoice's row pays that invoice first, not the customer's oldest:
# core.analysis.account.pay_own; a row moved into a deleted cancelling row's key and row no
# longer brings its cancelled order back: core.ledger.own_rows.in_place; a payment's own row
# in one file repeating a sale row's received figure in another is counted once by the
# import's rule, and payments' own rows of one sum on one day in two files are two payments,
# no longer taken for copies of each other or of one sale row's figure: core.analysis.wires);
# 13: a payment's own row matching a sale row's figure of its own file (judged by the import)
# goes on to another file's sale row writing it, which no longer leaves the wire counted twice
# as the files' order had it: core.ledger.receipts.booked_twice (pay30)
# 13: money on a shipped L/C invoice's row in another currency than the invoice pays that
# invoice first, converted at its date with the exchange band, no longer the customer's oldest
# invoice from the pool: core.analysis.account.pay_own)
# 13: a sale row's received figure that is the running total of all its customer's payment
# rows of other files up to its date is counted once (core.ledger.receipts._running_totals,
# twice30): the orders workbook's 9,000 to 04-28 and the bank file's 4,000 and 5,000
# 14: a received total another file raised is read as its steps, each on its own day (March's
# 4,000 of 03-25 and May's 9,000 to 04-28: 4,000 on 03-25 and 5,000 on 04-28), and a step
# that is the customer's payments of its days in another file is that money once
# (core.ledger.receipt_history, core.analysis.wires; recv31)
# 14: an invoice on "L/C at sight" falls due at the documents' presentation (shipment +
# dp_presentation_days), as D/P does, no longer on its ship date: core.analysis.receivables
# (audit31)
# 14: a received total's earlier step dated before its order's date keeps the row read from
# that day when a later file raises the total (P-2 dated 04-05, 3,000 of 03-28, May's 8,000 by
# 04-28: the 3,000 counts at 03-31), and each step joins the fingerprints on its own day, so a
# later step leaves earlier month ends' snapshots as they were: core.analysis.early_money.WITHIN
# (hist31)
# snapshots-15: a payment of another file that is the sum of a customer's sale rows' received
# figures of its day (one lump-sum wire for several invoices) is that money, counted once
# (core.ledger.receipts._lump_sums): Cairo's 8,000 wire for C-1 and C-2 no longer pays C-3
# too, its buyer off the black list (break32)
# snapshots-15 too: a received total holding the deposit beside it is read by its steps
# (deposit 3,000, 6,000 by 03-15, 10,000 by 04-20: 3,000 more on 03-15, no longer all on
# 04-20), and a bank slip of the deposit or of a step is matched to it, no longer counted
# beside the line:
# core.analysis.wires.LineReceipts.filed_parts (recv32)
# snapshots-15 too: a lump-sum slip is matched to what each raised total added that day, no
# longer its total (C-1's 9,000 by 04-20 over 4,000 by 03-25 is 5,000 of the 8,000 slip with
# C-2's 3,000), the slip no longer counted beside them (recvorder32)
# snapshots-16: a received figure equal to the deposit beside it, dated after it, that with
# the deposit makes up the line's amount is the balance, not the deposit again (D-1: 5,000
# deposit of 02-10 and 5,000 received on 04-20 paid, was 5,000 open); a received total's last
# step is its own file's where an older file kept out became the line's source
# (core.ledger.beside_deposit.beside, core.analysis.wires.LineReceipts.wrote, recv33)
# snapshots-16: a payment line received negative, money sent back (退汇), lowers what the
# customer paid from its day (core.analysis.refunds: Rio's 2,000 no longer credit on account),
# and a payment whose note names one other invoice is no lump-sum slip over its day's invoices
# (core.ledger.noted_orders: Cairo's 8,000 for C-3 no longer cleared) (late33)
# snapshots-16: a payment naming another order than a sale line's (its note: PI-2025-031
# balance, K-3 定金) is no copy of that line's figure written in another file
# (core.analysis.wires.drop_copied_wires by core.ledger.receipts.booked_twice) (break33c)
# snapshots-16 too: the same parts hashed together per order date and the day they join on,
# no longer one by one, text as stored (100k lines: the read 1.04 s of CPU -> 0.77 s; speed33)
# snapshots-16: that balance is read only on a day the terms make one likely
# (core.ledger.beside_deposit.balance_likely): after shipment for terms paying against
# documents or on credit, a real gap after the deposit for "balance before shipment": 5,000
# booked on 02-12 beside the deposit of 02-10, before the 03-01 shipment of an OA order, is the
# deposit booked again (D-1 5,000 open, black at 06-30; was paid, white). A deposit on the only
# line of a shipment holding one is the order's, judged against the shipment's amount
# (core.analysis.wires.LineReceipts._deposit_worth): M-1's 3,000 deposit and 3,000 received on
# its 6,000 line of 10,000 are 7,000 open, no longer 4,000 (deposit33)
# snapshots-16 too: the only deposit of an order billed in several shipments is judged against
# the order's amount (core.analysis.wires.LineReceipts._deposit_worth): D-1's 5,000 deposit and
# 5,000 received after both shipments (6,000 and 4,000) paid, was 5,000 open, black (break33e)
# snapshots-16 too: the overrides' times and order join the fingerprint: Riser's core pin written
# again (unmerged, pinned with a note, merged back) wins over Faller's strategic in Anchor's
# group, and the stored snapshots no longer keep strategic (core.overrides.load_overrides); and
# which merged name the ledger named last: a later file naming Faller lends its salesperson
# (李雷, was 张伟) to Anchor at every month end (core.analysis.reading.read_customers); and each
# salesperson's spelling as most customers write it, a later customer's too: next year's
# "li lei" shows Anchor's Li Lei as li lei at March's month end (core.analysis.salespeople);
# and a line's row joins on a money date before its order's even with no figure beside it,
# the day the analysis reads the row from (core.analysis.early_money.WITHIN; finger33)
# snapshots-16: a payment without an order number a later file re-sends under another name of
# a merged group, same day and sum, is counted once (core.analysis.wires.renamed_payments):
# Nairobi Deco merged into Nairobi Deco Ltd no longer 9,000 of credit on account (rename33)
# snapshots-17: a payment's note names an order by its whole references, in any style
# (core.ledger.noted_orders.reference, read by core.analysis.wires): C3 names C-3, REF
# K-2025-118 names no invoice 2025, so a slip across two files is judged otherwise.
# snapshots-18: a firm's own rates under a currency's code count by date beside its rates
# under a former code (core.rates.Rates, FORMER_CODES): TWD 0.030 of 2024-01 prices March's
# 100,000 TWD at 3,000 USD beside NTD 0.033 of 2024-07 (was 3,300); only the seeded rate
# gives way (fix35i)
# snapshots-19: a line selling nothing adds no gross profit instead of leaving it unknown
# (core.analysis.line_profit; stop36); a cancelled order's deposit the firm kept pays no other
# invoice, and a usance L/C or D/A "after sight" falls due after presentation (core.ledger.
# forfeits, core.analysis.receivables; stop36b)
# snapshots-20: a cancelled order's deposit its note says was paid back (定金已退), no refund
# booked, pays no other invoice (core.ledger.forfeits.refunded; stop38): Roma 8,000 open and
# black (was 7,000 credit on account); the stop-loss exposure is never below 0 (stop38)
# snapshots-21: only a note saying the money went back counts (客户已退单, 已退关, 样品已退回,
# "to be refunded" leave the deposit the buyer's again: Roma 0 open, 7,000 credit), a part
# paid back (定金已退7500) leaves the rest the buyer's (500 open, not 8,000), and only a booked
# refund tied to the order turns the rule off (a -200 退还多付款 no longer does) (fix38a)
# snapshots-22: a cancelled order's note 定金退还客户 / 退回客户 / 已全额退还客户 / 已原路退还客户
# says the deposit went back (Roma 8,000 open and black, was 7,000 credit), 应退回 / 要求退回 /
# 样品已退还客户 / a bare 退还客户 do not (7,000 credit; note39, fix39a)
# snapshots-23: a payer kept for what was set on it by hand (a credit limit, insurance, a group)
# after its 代付 slips moved to the named customer is a customer without orders (a prospect,
# its limit shown; was in no list; core.overrides.Overrides.kept, pay40); the same order's
# payment of one sum on two days that would pay it beyond its amount is one payment re-dated
# (core.ledger.payment_lines, fix40f)
# snapshots-24: a later file's −3,000 退货 row on an order is that order's credit, not money
# received on the oldest invoice (ref41); a sale's 定金+尾款 note beside its 收款 rows, a balance
# restated next month beside a bank list, and a running total beside that month's 收款 row are
# each counted once (pay41)
# snapshots-25: a customer's payment terms (and its main terms' rung when its window has no
# order) are its latest sale's, never a 收款 row booked apart as an order worth 0 (core.analysis.
# rfmt.window_figures; list43: Orbit printed "Open account / credit" where its orders say T/T 30)
# snapshots-25 too: a sale's received total noted as its payments (定金4500+尾款10500) keeps
# only the rest beside the parts' rows another file wrote (core.analysis.wires._parted; pay43:
# March's 定金 4,500 beside April's 15,000 so noted, was 4,500 on account)
# snapshots-25 too (fx43b): a part row the import matched elsewhere is still taken off a noted
# total; parts count only in the total's currency (a EUR 定金 beside a USD 定金4500+尾款10500:
# 4,860 on account in either order, was 360 in one); a book's own 中期 row already taken off
# snapshots-25 too (list43b, fx43e): a bracket naming any UN member marks a subsidiary (was 69
# places), first names (Chad, Georgia, Jordan) and a Chinese country inside a word do not
# snapshots-25 too (fx43k): a payment dated after a noted total's day is no part of it (May's
# 定金 4,500 beside April's 15,000 paid 04-20: 4,500 on account, paid 04-20, was paid 05-15)
# snapshots-26: money on a numbered order that no file sells pays no invoice of an order placed
# after it came (fx44y: a 收款 row for last year's PO-88 12,000 of 01-15 left MT-1 of 03-01 3,000
# open; now 15,000 open and 12,000 on account, the row named); an order whose number a sold one's
# matches loosely (PO 90 / PO-090 for PO-90) is sold (fx44u)
# snapshots-27: a deposit + balance against the B/L copy (and CAD) falls due once the copy
# reaches the buyer, shipment + documents_days (7), where its terms write no days, no longer
# on the ship date: a balance wired five days after shipment is on time (core.analysis.due_dates;
# bl50, rv50a: "paid 3 of 4 invoices late" kept such a buyer off the white list)
# snapshots-28: money on rows saying not shipped (未出货, a later lot still to ship) is held for
# them whatever the terms (core.analysis.receivables._deposits; acct52a: an OA lot's 1,800 in
# 实收金额 had paid the first lot, 4,200 open where 6,000 open and 1,800 held)
# snapshots-29: money naming an order no file sells yet pays nothing and is held for it (was
# paying the buyer's older invoices: Repuestos Andes 7,000 open where 10,000 and 3,000 held),
# and a payment's number matches a sale's invoice number too (acct52h)
# snapshots-30: money naming an order no file sells may pay an older invoice again (fx44y's
# rule; acct52h's hold taken back: rv52d, a buyer paying under its own PO number listed)
# snapshots-31: money on a lot not shipped is held only where it says deposit or fits its row
# with the shipped lots paid; a new order's deposit naming no order held for the next order
# placed (fix52o)
# snapshots-32: the rates note says the Settings rate in force on each row's date (acct53c)
# snapshots-33: a bad debt written off (坏账核销) is no credit note: its sales stand, the debt
# closes on its day and the customer is watched; customers carry written_off (fix54g)
# snapshots-34: a cancelled order's deposit its note moves to another order (定金转YW25-0050)
# is held for that order, not credit paying an old invoice; a whole PI's deposit on its first
# lot's row is shared by lot (fix58h: rv58b s11 2,800 open where 0; s12 4,200 where 3,000)
# snapshots-35: a PI's deposit on a 定金30% line under its first lot's row is shared by lot as
# one in the lot row's own cell (fix59h: rv59b s21 Tbilisi 4,200 open where 3,000)
# snapshots-36: money a row's note moves in from another order (PO-R2的款转入本单) is taken
# back from that order's money (fix59n: x5 m5 PO-R2 10,000 open, 60 days, where 0)
# snapshots-37: money on a sale's own row received before it shipped (a deposit in the row's
# 收款 cell) pays that order first, as on its own 定金 line (fix59o: rv58b s1 41 days, was 13)
# snapshots-38: a wire whose sum is one open invoice's less at most its tolerance pays that
# invoice before the oldest (fix60h: bank charges piled onto one invoice, Albion 925 open 58 days)
FORMAT = f"snapshots-38/{__version__}"
# Columns that say where a row came from, not what it says: a re-import from another file
# changes them and nothing else. Every other column counts, including any a later version adds.
# currency_written (schema 11) says how the sheet wrote a carried row, for later imports to
# read it by; no analysis reads it, and a file migrated to it keeps its snapshots' fingerprints.
# status_day (schema 14) likewise: the day of the file that wrote a line's status, for later
# imports to weigh an older file's status by (core.ledger.older_status); and date_import_id
# (schema 16), the import that wrote an order's date, for that file's corrections of it;
# first_file and first_sheet (schema 17), whose row first wrote a line (core.ledger.own_rows),
# and plain_day, the latest day a file said a plain 正常 of it (core.ledger.older_status);
# row_day (schema 23), the 下单日期 of a return's row without a ship date (core.ledger.paid_in);
# payer (schema 26), who paid a line, read by later imports only (core.ledger.line_payers).
PROVENANCE = {"id", "order_id", "line_key", "order_key", "source_file", "source_sheet",
              "source_row", "status_file", "status_sheet", "status_row", "first_import_id",
              "last_import_id", "currency_written", "status_day", "date_import_id",
              "first_file", "first_sheet", "plain_day", "row_day", "payer"}
# Amounts that count only from their own date, and that date; ship dates likewise.
DATED = (("ship_date", "ship_date"), ("received_amount", "received_date"),
         ("deposit_amount", "deposit_date"), ("balance_amount", "balance_date"))
RECEIPTS = ("received_amount", "deposit_amount", "balance_amount")
SHIPPED, RECEIVED = 1, 2  # DATED's kinds (they count from 1; 0 is the row itself)
HISTORY = COLUMN  # a received total's earlier steps, each joining on its own day
DATED_VALUE = "dated"  # on the row: a value there, dated (the value joins on its own day)
NAME_DATE = "name_date"  # a customer's latest row's date
CUSTOMER_BOOKKEEPING = {NAME_DATE}  # moves on with every import; the name itself counts
UNREAD = frozenset(PROVENANCE - {"id", "order_id"})  # the provenance the parts do not need


def _digest(parts: Iterable[object]) -> bytes:
    found = hashlib.sha256()
    for part in parts:
        found.update(repr(part).encode("utf-8"))
        found.update(b"\x1f")
    return found.digest()


def _table(conn: sqlite3.Connection, name: str, skip: frozenset[str] = frozenset()
           ) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Every row of a table as a plain tuple, and its column names (whatever they are now)
    but `skip`: provenance text (keys, file and sheet names) is not worth turning into Python
    strings a hundred thousand times only to be dropped."""
    cursor = conn.cursor()
    cursor.row_factory = None
    names = [column[0] for column in cursor.execute(f"SELECT * FROM {name} LIMIT 0").description]
    names = [column for column in names if column not in skip]
    listed = ", ".join(f'"{column}"' for column in names)
    return names, cursor.execute(f"SELECT {listed} FROM {name}").fetchall()


def _picker(names: list[str], skip: set[str]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """A row's columns but `skip`, as a tuple (itemgetter: C speed, once per row)."""
    kept = [i for i, name in enumerate(names) if name not in skip]
    if len(kept) == 1:  # itemgetter of one index gives the value, not a tuple
        return lambda row: (row[kept[0]],)
    return itemgetter(*kept)


def _columns(conn: sqlite3.Connection, name: str) -> list[str]:
    """A table's columns as they are now, but provenance text (keys, file and sheet names):
    not worth turning into Python strings a hundred thousand times only to be dropped."""
    cursor = conn.execute(f"SELECT * FROM {name} LIMIT 0")
    return [column[0] for column in cursor.description if column[0] not in UNREAD]


def _ledger_days(conn: sqlite3.Connection, customers: dict[Any, Any], last: bytes
                 ) -> dict[bytes, int]:
    """What each ledger line tells an analysis, each part on the day it becomes known, up to
    `last`: the order and its line on the order date, or on its money's day when that is
    earlier (an analysis as of then reads the row for that money: core.analysis.early_money);
    a shipment or a receipt on its own date (an analysis as of an earlier day ignores it), an
    undated one with the order; a customer's own row on its first order's date; and from the
    first row with a receipt column filled, that the ledger has receipts at all. Per day, the
    sum of the hashes of those parts. The lines come in order of their orders' dates (the
    date's index: no sort), and the parts of one order date's lines are hashed together per
    day they join on, in the lines' order: a few hashes per order date, not one per part."""
    orders, lines = _columns(conn, "orders"), _columns(conn, "order_lines")
    listed = ", ".join([*(f'o."{c}"' for c in orders), *(f'l."{c}"' for c in lines)])
    width = len(orders)  # a row: the order's columns, then the line's
    at = {name: width + i for i, name in enumerate(lines)}
    skipped = PROVENANCE | {column for pair in DATED for column in pair} | {HISTORY}
    body = itemgetter(*(i for i, name in enumerate(orders) if name not in PROVENANCE),
                      *(at[name] for name in lines if name not in skipped))
    (_shipped, ship_at), *money_at = [(at[value], at[when]) for value, when in DATED]
    dated = [(kind, *where) for kind, where in enumerate(money_at, start=RECEIVED)]
    receipts = itemgetter(*(at[name] for name in RECEIPTS))
    money_days = itemgetter(*(when for _kind, _value, when in dated))
    none = len(RECEIPTS)  # as many None: no receipt
    customer_at, line_at = orders.index("customer_id"), at["id"]
    history_at = at.get(HISTORY)  # None: a file before schema 15
    sums: dict[bytes, int] = {}
    first: dict[int, bytes] = {}  # each customer's first order day
    receipts_from: bytes | None = None

    def add(day: bytes, part: tuple[Any, ...]) -> None:
        if day <= last:
            digest = hashlib.sha256(marshal.dumps(part, 2)).digest()
            sums[day] = sums.get(day, 0) + int.from_bytes(digest, "big")

    cursor = conn.cursor()
    cursor.row_factory = None
    found = cursor.execute(f"SELECT {listed} FROM orders o JOIN order_lines l "
                           "ON l.order_id = o.id ORDER BY o.order_date, o.id, l.id")
    for day, rows in groupby(found, itemgetter(orders.index("order_date"))):
        parts: defaultdict[bytes, list[tuple[Any, ...]]] = defaultdict(list)
        for r in rows:
            line, shipped = r[line_at], r[ship_at]
            first.setdefault(r[customer_at], day)
            if shipped:  # a ship date after A still says "ships later": from the row on
                parts[shipped].append((line, SHIPPED, shipped))
            money = receipts(r)
            missing = money.count(None)
            read_from = day  # money dated before its order is read with its row from its day
            if missing == none:
                undated = (DATED_VALUE if shipped else shipped, *money)
                # a money date before the order's with no figure beside it: the analysis
                # reads the row from it too (early_money.WITHIN, fetch.cut)
                if any(alone := money_days(r)):
                    read_from = min(read_from, *filter(None, alone))
            else:
                # a line's one receipt, dated, is as none before its day: filled in next
                # month on an old row, it changes its own month on, not the row's. Two or
                # more on a line read together (a received figure holds the deposit beside
                # it): for those, that a dated value is there counts from the row.
                mark = None if missing >= none - 1 else DATED_VALUE
                marks = [DATED_VALUE if shipped else shipped]
                for kind, value, when in dated:
                    figure, on = r[value], r[when]
                    if figure is not None and on:
                        parts[on].append((line, kind, figure))
                        marks.append(mark)
                        if on < read_from:
                            read_from = on
                    else:
                        marks.append(figure)
                        if on and on < read_from:  # a date alone, as above
                            read_from = on
                undated = tuple(marks)
            if history_at is not None and r[history_at]:
                read_from = min(read_from, _steps(line, r[history_at], parts))
            parts[read_from].append((line, 0, body(r), undated))
            if missing != none and (receipts_from is None or read_from < receipts_from):
                receipts_from = read_from
        for joins, each in parts.items():
            add(joins, (day, each))
    for customer, day in first.items():
        add(day, ("customer", customer, customers.get(customer)))
    if receipts_from:
        add(receipts_from, ("receipts",))
    return sums


def _steps(line: int, history: bytes, parts: defaultdict[bytes, list[tuple[Any, ...]]]
           ) -> bytes:
    """Each earlier received total of a line joins on its own day as the total it was (what
    the line's received part was before a later file raised it): May's step of 04-28 leaves
    the 03-31 fingerprint as March's file made it. The files that wrote them are provenance,
    as source_file is. The first step's day, from which the row is read."""
    found = [(day.encode(), total) for day, total, _file in steps(history.decode())]
    for day, total in found:
        parts[day].append((line, RECEIVED, total))
    return found[0][0] if found else b"\xff"  # only the total's file named: no step


def _spelled(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Each salesperson's name as most customers spell it, the customers of every month end
    counted (core.analysis.salespeople): a new customer's spelling renames them at all. Only
    those spelt more ways than one (a new salesperson alone changes nothing earlier)."""
    factory, conn.row_factory = conn.row_factory, sqlite3.Row
    try:
        ids = load_overrides(conn)
        written = [row.salesperson for row in customer_rows(
            conn, ids.merged_into, ids.excluded).values()]
    finally:
        conn.row_factory = factory
    return sorted(spelt_apart(written).items())


def fingerprints(conn: sqlite3.Connection, ends: list[date]) -> dict[date, str]:
    """Per month end, a digest of what its analysis reads. The ledger part runs in date order,
    so an order or a receipt dated in March changes March's fingerprint and every later one,
    never February's; a customer's own row (name, salesperson) joins at its first order."""
    # when and in what order each was written too: of a merged group's pins the latest wins
    # (core.overrides.load_overrides), so the same pins written again in another order move it
    overrides = [tuple(r) for r in conn.execute(
        "SELECT kind, customer_key, target, created_at, id FROM overrides "
        "ORDER BY kind, customer_key")]
    names, rows = _table(conn, "customers")
    at = {name: i for i, name in enumerate(names)}
    row_of = _picker(names, CUSTOMER_BOOKKEEPING)
    customers = {row[at["id"]]: row_of(row) for row in rows}
    keys = {row[at["id"]]: row[at["key"]] for row in rows}
    named = {key for row in overrides for key in row[1:3]}  # a merge target's name, from day one
    # of a merged group's names, the one the ledger named last lends its salesperson, limit
    # and cover where the group's own name has none (core.analysis.reading.read_customers):
    # their order, as it sorts them, counts (not the dates: they move on with every import)
    when = at[NAME_DATE]
    latest_first = [row[at["id"]] for row in sorted(
        (row for row in rows if row[at["key"]] in named), key=lambda row: row[when] or "",
        reverse=True)]
    common = _digest([
        FORMAT, load_rules(conn), *overrides, latest_first, _spelled(conn),
        *(row for number, row in sorted(customers.items()) if keys[number] in named),
        *(tuple(r) for r in conn.execute("SELECT currency, valid_from, usd_per_unit FROM "
                                         "currency_rates ORDER BY currency, valid_from")),
    ])
    if not ends:
        return {}
    text, conn.text_factory = conn.text_factory, bytes  # the lines' text as stored: no str made
    try:
        sums = _ledger_days(conn, customers, max(ends).isoformat().encode())
    finally:
        conn.text_factory = text
    days = sorted(sums)
    running = hashlib.sha256(common)
    found: dict[date, str] = {}
    index = 0
    for end in sorted(ends):
        last = end.isoformat().encode()
        while index < len(days) and days[index] <= last:
            running.update(days[index] + f":{sums[days[index]]:x};".encode())
            index += 1
        found[end] = running.hexdigest()
    return found
