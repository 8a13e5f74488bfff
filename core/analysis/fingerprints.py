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
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import Any

from core import __version__
from core.analysis.booked_past import Booked
from core.analysis.customer_rows import customer_rows
from core.analysis.salespeople import spelt_apart
from core.ledger.receipt_history import COLUMN, steps
from core.overrides import load_overrides
from core.rules import load_rules

# a new version of the analysis recomputes them all: versions 2–60 are in
# docs/snapshot_versions.md, each later one here
# snapshots-61 (fix62m): beside a deposit, other money not paid (尾款未付, 货代费未付, 运费我们
# 付不了) is not the earlier debt's: 4,000 owed 39 days, watch → paid, 3,000 held; a wire
# noted 上次欠款早已收到 / 上月已收到, or 上次欠款还没付 beside 样品这次补上 / 会补上 / 回头补上,
# pays this order: 5,025 open, 0 days → the old 5,000 owed 84 days, black (rv62e s600–s604)
# snapshots-62 (fix62o): goods short given by a supplier or to the buyer, a short payment agreed
# to (我们同意了, 优惠, 让利, 减免, 批准), a shortfall made up (已补, 补了) or set off on the
# next lot (下批少付2000) is paid: 2,000 open, 72 days, black → 0 (rv62g s640, s643, s644)
# snapshots-63 (fix62p): beside a deposit, the debt's goods money or own name unpaid (上批欠款
# 4000，货款未付; 上批尾款4000，尾款未付) keeps it owed: paid → 4,000 owed 39 days, watch; its
# money said come last month (上批欠款4000上月已收到) is the cell's: 4,000 watch → paid (s641)
# snapshots-64 (fix62r): a short payment asked about, waited for or refused (同意吗？, 待老板批准,
# 客户要求优惠, 我们不认), the buyer paying after the firm makes goods up, 老外 giving later, or the
# rest paid with the next lot is owed: 0 or 7,000 → 2,000, 72 days, black; beside a deposit,
# this order's goods money unpaid (瑜伽垫货款未付, 大货款未付) pays the debt: 4,000 watch → paid
# snapshots-65 (fix63c): beside a deposit, the debt said paid (上批欠款4000已付), made up this
# time as promised (客户答应这次补上) or paid this time beside a deposit come before (本单定金早
# 已收到，上批欠款4000这次付) is the cell's: 4,000 owed 39 days, watch → paid, 3,000 held; a
# wire so promised pays the old 5,000 (84 days, black → 0), one only asked (这次补上？) not
# snapshots-66 (fix63e): another buyer, a bare 给 the firm promises him (答应客户下周给), a
# supplier paid in his word or before his bare 给, the firm settling after its own step, a later
# lot's set-off with words between or a short payment granted on request owes nothing: 7,000 or
# 2,000 black → 0; one undecided or only wanted (优惠待定, 客户要优惠, 折扣还在谈) 0 → 2,000 black;
# beside a deposit, 但货款未付 / 那批的货款未付 keeps the debt: paid → 4,000 watch, 瑜伽垫的货款未
# 付 pays it: 4,000 watch → paid
# snapshots-67 (lead63a): 老外协商 the buyer's, his own factory or warehouse no supplier: a
# debt's or a balance's owing read as the buyer's again (rv63c)
# snapshots-68 (fix63g): beside a deposit, a paper not received (上批欠款4000，发票还没收到) is no
# debt owed: 4,000 owed 39 days, watch → paid, 3,000 held (rv63b s8)
# snapshots-69 (fix63f): beside a deposit, 上批欠款4000是否已付 / 客户说已付 / 没答应这次补上 /
# 不是这次付 keep the debt owed: paid → 4,000 owed 39 days, watch (rv63b s2)
# snapshots-70 (fix64b): beside a deposit, 发票和钱都还没收到 / 没收到货款 / 我们催了还没付 /
# 他们的工厂还没付 keep the debt owed (paid → 4,000 owed 39 days, watch); 上批欠工厂的4000已收到
# pays it (4,000 watch → paid)
# snapshots-71 (fix64c): a sale row's rest read through part_said (core.analysis.named_money):
# a grant withdrawn later (…同意了。后来老板不同意) owes the 2,000 short, a refusal turned
# (不同意，后来同意了) none; the buyer named giving after the firm spoke to him
# (少发2000的货，跟客户说好了他下周给) owes the goods' 2,000 (rv63c)
# snapshots-72 (fix64e): the firm's supplier bill (工厂货款还没付) no debt of the buyer's, a
# deduction talked of on this order (扣款500，差价在谈) not taken, the firm's finance reporting
# the last batch's debt paid beside a deposit (财务说上批欠款4000已付) paid: owing read anew (rv64b)
# snapshots-73 (fix64f): a sale row's short payment granted read through part_said: past a
# refusal of later or new orders (后来的订单不同意) or turned to a grant last (…最后还是同意了):
# 2,000 owed, 72 days, black → 0 (rv64c)
# snapshots-74 (lead64a): a supplier telling the firm of its own bill (工厂通知我们还没付) no
# debt of the buyer's: owing read anew (rv64d)
# snapshots-75 (fix65a): 他 after a supplier the supplier, a supplier telling the firm of its
# bill by name (工厂他们说我们还没付, 货代通知我们运费还没付) no debt of the buyer's: owing read
# anew (rv64d)
# snapshots-76 (fix65b): beside a deposit, the last batch's debt reported paid by another
# party's finance (Alder财务说, 代理财务说, 客户回复) or doubted after (，待查, ，还没查到): paid →
# 4,000 owed 39 days, watch (rv64d)
# snapshots-77 (fix65c): a sale row's rest read through part_said said come by its day alone
# (尚欠2000，5/10到账) or 收讫: owing read anew (rv64d s4a)
# snapshots-78 (fix65d): a sale row's short payment only needed (要老板同意) or to be made up
# later (最后同意下次补) is no grant (core.analysis.named_money through part_said): read anew
# snapshots-79 (fix65g): the firm's finance after words naming no other party (另外财务说,
# 上批欠款4000，财务说已付) pays the last batch's debt, his side's supplier's 他 (收货人的货代他说)
# is his, the firm's supplier saying its bill unpaid (工厂说我们货款还没付) the firm's: owing read
# anew (rv65a)
# snapshots-80 (fix65i): a sale row's rest read through part_said no longer said come by its day
# alone (尚欠2000，5/10到账), nor by another order's or the deposit's 收讫: owing read anew (rv65b)
# snapshots-81 (fix65j): a sale row's short payment granted through part_said only by the firm's
# consent to the grant alone (老板同意了), not 确认/认可 nor a consent to another thing (老板同意
# 发货) or the buyer's (客户同意了): 0 → 2,000 owed, 72 days, black; owing read anew (rv65c s11)
# snapshots-82 (lead65a): the firm's own agent's supplier (我们的代理工厂还没付) no side of the
# buyer's: owing read anew (rv65d)
# snapshots-83 (fix65k): money said come without 已 (…，钱到了) and a plan of a fee or another
# order's money read by the payment-row words the deposit and paper readers share
# (payment_row_money.paid_later, came_words.ARRIVED): owing read anew (rv65c)
# snapshots-84 (lead65b): a plan's day written as a number (2025-07-15到账) no other order's:
# owing read anew
# snapshots-85 (lead65c): a plan naming the buyer's PO no plan of another order's money: owing
# read anew
# snapshots-86 (fix66d): a wire's earlier debt asked and answered paid by the firm (客户问：上次
# 欠款已付？财务说已付) is the wire's money (named_papers.earlier_money): owing read anew (rv65d)
# snapshots-87 (fix66c): a balance row's money on its way beside another wire's come, or a bill
# of it accepted and not matured (客户已承兑，下周到期), not received: owing read anew (rv65d)
# snapshots-88 (fix66a): a sale row's rest read through part_said not owed where said another
# order's, the bank's charge, answered no or withdrawn after it (还差2000是2025-702的): owing read
# anew (rv65d s2)
# snapshots-89 (fix66f): a sale row's rest read through part_said (core.analysis.named_money)
# of another order by its words (另一单尚欠2000, 新订单尚欠2000) no rest of its own, and the firm
# waiting for the buyer's money (等客户付款) a plan in the readers paid_later serves: owing read
# anew
# snapshots-90 (fix66e): a sale row's grant of less (老板同意让1000) lets that much go, one set
# off on a later order (下单再扣) none, in English too (short 2000, boss agreed): owing read anew
# snapshots-91 (fix66g): a wire's earlier debt said paid by the firm then doubted (上次欠款，
# 财务说已付，待确认) is not the wire's money (named_papers.doubted): owing read anew (rv66a)
# snapshots-92 (fix66h): a balance row's money said come beside another order or wire, a bare
# day of a place or goods, a slip's day: received; a bill's term in days not (rv66b): owing
# read anew
# snapshots-93 (fix66i): a sale row's rest read through part_said owed unless the firm surely
# says the rest itself is another's (客户坚持是另一单的, 可能是另一单的, 其余已全付: owed), less a
# part said another's (其中500是银行手续费) or as the firm corrects it (不是2000是3000): owing
# read anew (rv66c)
# snapshots-94 (fix66j): a sale row's rest read through part_said owned by another order only
# right before it (和X99-1合并结算尚欠2000, 其他型号尚欠2000: this order's), the firm's wait denied,
# past or its way of selling (没有等客户付款就放单了, 等款到发货) no plan: owing read anew (rv66d)
# snapshots-95 (fix66k): a wire's earlier debt said paid, then another matter doubted (样品待
# 确认, 提单待确认, 差额下周付: named_papers.doubted) is the wire's money; a sale row's grant of
# another thing (sample approved, 运费减免了) or to pay later none, a set-off on "the next
# order" after an earlier lot (上批说好下单扣) this order's (rv66e): owing read anew
# snapshots-96 (fix67b): a note's thousands commas read one way (noted_figures.plain_figures):
# a deposit's figure beside a balance (定金1,000: was 1), money moved in (PO-R2的款3，000转入本单),
# a grant's figures (让1,500，500下周付: two): owing read anew
# snapshots-97 (fix67c): the firm's wait in its other words (等客户安排付款, 等到账, 待客户付款,
# "waiting on payment") a plan in the readers paid_later serves, a wait denied over 等 (没等付款
# 就发货) none, a sale row's rest after a deduction taken (扣除运费后尚欠2000) no deduction's sum:
# owing read anew (rv66d)
# snapshots-98 (fix67e): a wire's earlier debt said paid, doubted, then the doubt withdrawn
# (待确认，后来已确认) or the order's details doubted (数量待确认) is the wire's money, doubts
# unread before (还没确认, 待老板确认, 钱其实还没到) none (named_papers.doubted); a sale row's
# grant beside the firm's doing later (下周给客户发PI) or an English consent after other words
# stands, a set-off with this time's taking denied (这次先不扣) none (rv67a): owing read anew
# snapshots-99 (fix67j): goods released unpaid then arrears told (没等到账就放单了，客户拖欠) owed,
# a fee named before his plan (运费客户说下周付) the fee's, 客户付款中含运费 / 等收款人信息 / a
# slip awaited (等客户付款凭证) / a wait ticked (待客户付款（已完成）) no wait, a sale row's rest
# after another order's deduction or said a fee (X99-1扣除运费后尚欠2000, …是佣金) none: owing
# read anew (rv67f)
# snapshots-100 (fix68d): a sale row's rest read through part_said another order's where the
# firm's finding confirms the buyer's word (客户说是另一单的，财务核实是), and a deposit cell's
# figure of one comma read two ways where both sides are sums (500,500: 500 and 500, taken only
# where they add up to the cell): owing read anew
# snapshots-101 (fix68c): a fee asked about before 问 or a mould's or a refund's money before his
# time (运费问了客户，客户说下周; 模具款客户说下周) the fee's, the firm's disowning of a sale row's
# rest doubted only bare or of the money (，新订单需要确认 none), a grant beside 结汇 / 换汇 stands
# and one paid later by 汇过来 none, a wire's earlier debt doubted by 款式 / 付款方式待确认 the
# wire's money (rv67h): owing read anew
# snapshots-102 (fix68g): a sale row's rest read through part_said said come by an English
# "paid" with its own figure, a dated or past day, the means or the payer (paid 2000, paid by
# TT, paid last week), owed after the firm's finding (已核实，还差2000) or its check with no
# result (我们核对了), owed to us or by him, "still owed 2000", a later figure in the order's
# money (现尚欠USD1000), less a part of another order's ("of which 500 for previous order") or
# the bank's the buyer does not bear (不用客户承担): owing read anew (rv68a)
# snapshots-103 (fix68f): a month end before the ledger's last money counts overdue days to
# itself, not to the last receipt before it (run.receipts_to): as of 05-01 an invoice due 04-19
# with the receipt before 04-20 is 12 days late, not 1; each month end's fingerprint says
# whether money is booked after it
# snapshots-104 (fix68n): money after a month end shows the ledger booked past it only where
# more than one receipt says so (two days or orders, an order dated after it, a file named for
# a later month: core.analysis.booked_past); one stray receipt (07-12 typed for 05-12) leaves
# 06-30 counted to the last receipt, 06-10: Oak (due 04-25) 46 days watch, not 66 black
# snapshots-105 (fix68k): a sale row's rest or part read through part_said after another
# order's not-come (另一单没收尾款已收5000), a grant hedged or unconfirmed (老板可能同意让2000,
# 同意让2000（待确认）) or beside a fee's plan joined to this money (另外运费和尾款下周付) none,
# a disowning withdrawn by 后来又查了不是 (rv68d): owing read anew
# snapshots-106 (lead68): a wire's earlier debt said paid then 账期待确认 (credit terms) paid, a
# rest disowned then another matter doubted (价格待确认) none: owing read anew (rv68l)
FORMAT = f"snapshots-106/{__version__}"
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
                 ) -> tuple[dict[bytes, int], dict[bytes, Booked], bytes]:
    """What each ledger line tells an analysis, each part on the day it becomes known, up to
    `last`: the order and its line on the order date, or on its money's day when that is
    earlier (an analysis as of then reads the row for that money: core.analysis.early_money);
    a shipment or a receipt on its own date (an analysis as of an earlier day ignores it), an
    undated one with the order; a customer's own row on its first order's date; and from the
    first row with a receipt column filled, that the ledger has receipts at all. Per day, the
    sum of the hashes of those parts. The lines come in order of their orders' dates (the
    date's index: no sort), and the parts of one order date's lines are hashed together per
    day they join on, in the lines' order: a few hashes per order date, not one per part.
    And the days of money in the whole ledger, past `last` too, each with what shows the
    ledger booked past a month end before it (core.analysis.booked_past): such a month end
    counts overdue days to itself (core.analysis.run.receipts_to); and the latest order or
    ship date, which a lone receipt after a month end may lie among (booked_past.reached)."""
    orders, lines = _columns(conn, "orders"), _columns(conn, "order_lines")
    listed = ", ".join([*(f'o."{c}"' for c in orders), *(f'l."{c}"' for c in lines),
                        "l.source_file"])
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
    booked: dict[bytes, Booked] = {}  # the days of money (a positive figure), whatever `last`
    order_at, file_at = orders.index("id"), width + len(lines)
    reach = b""  # the latest order or ship date

    def add(day: bytes, part: tuple[Any, ...]) -> None:
        if day <= last:
            digest = hashlib.sha256(marshal.dumps(part, 2)).digest()
            sums[day] = sums.get(day, 0) + int.from_bytes(digest, "big")

    cursor = conn.cursor()
    cursor.row_factory = None
    found = cursor.execute(f"SELECT {listed} FROM orders o JOIN order_lines l "
                           "ON l.order_id = o.id ORDER BY o.order_date, o.id, l.id")
    for day, rows in groupby(found, itemgetter(orders.index("order_date"))):
        reach = max(reach, day)
        parts: defaultdict[bytes, list[tuple[Any, ...]]] = defaultdict(list)
        for r in rows:
            line, shipped = r[line_at], r[ship_at]
            first.setdefault(r[customer_at], day)
            if shipped and shipped > reach:
                reach = shipped
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
                        if isinstance(figure, (int, float)) and figure > 0:
                            booked.setdefault(on, Booked()).add(r[order_at], day, r[file_at])
                        marks.append(mark)
                        if on < read_from:
                            read_from = on
                    else:
                        marks.append(figure)
                        if on and on < read_from:  # a date alone, as above
                            read_from = on
                undated = tuple(marks)
            if history_at is not None and r[history_at]:
                read_from = min(read_from, _steps(line, r[history_at], parts, booked.setdefault,
                                                  (r[order_at], day, r[file_at])))
            parts[read_from].append((line, 0, body(r), undated))
            if missing != none and (receipts_from is None or read_from < receipts_from):
                receipts_from = read_from
        for joins, each in parts.items():
            add(joins, (day, each))
    for customer, day in first.items():
        add(day, ("customer", customer, customers.get(customer)))
    if receipts_from:
        add(receipts_from, ("receipts",))
    return sums, booked, reach


def _steps(line: int, history: bytes, parts: defaultdict[bytes, list[tuple[Any, ...]]],
           book: Callable[[bytes, Booked], Booked], of: tuple[int, bytes, bytes | None]
           ) -> bytes:
    """Each earlier received total of a line joins on its own day as the total it was (what
    the line's received part was before a later file raised it): May's step of 04-28 leaves
    the 03-31 fingerprint as March's file made it. The files that wrote them are provenance,
    as source_file is. The first step's day, from which the row is read."""
    found = [(day.encode(), total) for day, total, _file in steps(history.decode())]
    for day, total in found:
        parts[day].append((line, RECEIVED, total))
        if total > 0:
            book(day, Booked()).add(*of)
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
    # and cover where the group's own name has none (core.analysis.customer_rows.read_customers):
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
        sums, booked, reach = _ledger_days(conn, customers, max(ends).isoformat().encode())
    finally:
        conn.text_factory = text
    days, money_days = sorted(sums), sorted(booked)
    running = hashlib.sha256(common)
    found: dict[date, str] = {}
    index = 0
    for end in sorted(ends):
        last = end.isoformat().encode()
        while index < len(days) and days[index] <= last:
            running.update(days[index] + f":{sums[days[index]]:x};".encode())
            index += 1
        # whether money is booked after a month end whose last receipt came before it (its
        # overdue days then run to the month end, not to that receipt): March goes stale when
        # April's first receipt is imported, though nothing of March changed
        before = bisect_right(money_days, last)
        after = 0 < before < len(money_days) and money_days[before - 1] < last and (
            len(money_days) - before > 1 or booked[money_days[before]].past(end)
            or reach >= money_days[before])
        marked = running.copy()
        marked.update(b"booked after" if after else b"")
        found[end] = marked.hexdigest()
    return found
