"""The analysis's hot loops as they were written before issue 11, kept as the reference the fast
ones are compared with (tests/test_fast_analysis.py).

Straightforward on purpose: one query of every column, each line looked up, converted and
dated on its own, a dict of figures per line with receipts, each customer's orders walked once
per figure, an invoice's tolerance converted each time, a receivable built by keywords, the
pool spent over fresh slices of the invoices. Only what the optimisation left alone is taken
from core (the rules of a line's profit, the account's data types, shipments and due dates).
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from core.analysis.account import EPS, Entry, Invoice
from core.analysis.account_ledger import Ledger
from core.analysis.aging import aging, capital_cost
from core.analysis.booked_past import After
from core.analysis.credited import take_off
from core.analysis.customer_rows import read_customers
from core.analysis.customers import group_of
from core.analysis.dataset import (
    CANCELLED,
    CustomerRow,
    Dataset,
    Money,
    OrderRow,
    ShipmentRow,
    SoldNumbers,
    months_before,
)
from core.analysis.deposits_held import is_deposit_terms
from core.analysis.direct_money import apply_named
from core.analysis.due_dates import Shipment, shipment
from core.analysis.line_profit import (
    credit_profit as _credit_profit,
)
from core.analysis.line_profit import (
    line_profit as _line_profit,
)
from core.analysis.line_profit import (
    plus as _plus,
)
from core.analysis.line_profit import (
    settle_profit as _settle_profit,
)
from core.analysis.model import CustomerMetrics, Receivable
from core.analysis.receivables import Account, History
from core.analysis.refunds import ANY, REFUND, paid_back
from core.analysis.rfmt import WindowFigures, benchmark_orders
from core.analysis.risk import is_risky
from core.analysis.wires import LineReceipts, drop_copied_wires
from core.ledger.bank_charges import charge
from core.ledger.charged_receipts import noted_charge
from core.ledger.deposit_parts import earlier_debt
from core.ledger.forfeits import PaidBack, forfeited, refunded
from core.ledger.named_papers import earlier_money, last_month_money, of_another_order
from core.ledger.named_papers import noted_parts as paid_parts
from core.ledger.normalise import fold
from core.ledger.noted_orders import numbers_of
from core.ledger.payment_kinds import insurer_paid, noted_parts
from core.ledger.receipt_history import read as read_history
from core.ledger.terms import PaymentTerms, after_sight
from core.ledger.typed_rows import is_receipt_line
from core.rates import Rates
from core.rules import Rules

QUERY = """
SELECT l.id, l.order_id, l.invoice_no, l.amount, l.cost, l.gross_profit, l.tax_rebate,
       l.ship_date, l.due_date, l.due_derived, l.received_amount, l.received_date,
       l.deposit_amount, l.deposit_date, l.balance_amount, l.balance_date, l.status,
       l.credit_note, l.credit_ref, l.cost_currency, l.received_currency, l.ship_date_known,
       l.rebate_currency, l.received_history,
       l.source_file, l.currency, l.notes,
       o.customer_id, o.order_no, o.order_date, o.status, o.trial, o.currency, o.incoterm,
       o.pay_rung, o.credit_days, o.deposit_pct, o.monthly_statement, o.payment_terms
FROM order_lines l JOIN orders o ON o.id = l.order_id
WHERE o.order_date <= :a OR l.received_date <= :a OR l.deposit_date <= :a
      OR l.balance_date <= :a OR json_extract(l.received_history, '$[0][0]') <= :a
ORDER BY l.order_id, l.id
"""


def _less_paid_back(money: list[LineReceipts],
                    back: dict[int, tuple[OrderRow, list[LineReceipts], PaidBack]],
                    factor: Any, as_of: date) -> list[LineReceipts]:
    """Each cancelled order's money its note says went back, taken off its lines (deposit,
    then balance, then received), unless one of the customer's refunds (a negative figure) is
    that paying back: on the order, its note naming the order, or the sum within a charge."""
    refunds = [line for line in money if any(paid < 0 for paid, _ in line.figures.values())]
    taken: list[LineReceipts] = []
    for order, lines, said in back.values():
        paid = sum(p for line in lines for p, _ in line.figures.values() if p > 0)
        owed = min(said.figure, paid) if said.figure is not None else paid * said.share
        if owed < EPS:
            continue
        currency = lines[0].currency
        tie = None
        for refund in refunds:
            if refund in taken or refund.customer != order.customer_id:
                continue
            sent = -sum(p for p, _ in refund.figures.values() if p < 0)
            own = refund.unit.order
            number = fold(order.order_no or "")
            usd = factor(currency, as_of) if factor else None
            if (own.order_id == order.order_id
                    or (number and fold(own.order_no or "") == number)
                    or (number and refund.note and number in fold(refund.note))
                    or (refund.currency == currency
                        and abs(sent - owed) <= charge(owed, usd))):
                tie = refund
                break
        if tie is not None:
            taken.append(tie)
            continue
        for line in lines:
            for kind in ("deposit", "balance", "received"):
                if kind not in line.figures or owed < EPS or line.figures[kind][0] <= 0:
                    continue
                paid_here, day = line.figures[kind]
                off = min(paid_here, owed)
                owed -= off
                if paid_here - off < EPS:
                    del line.figures[kind]
                    line.unit.deposits -= kind == "deposit"
                else:
                    line.figures[kind] = (paid_here - off, day)
    return [line for line in money if line.figures]


def _note_shipment(order: OrderRow, unit: ShipmentRow, ship: date) -> None:
    """The first and last shipment dates (the fast build writes this out in its loop)."""
    unit.ship_date = ship if unit.ship_date is None else min(unit.ship_date, ship)
    order.ship_date = ship if order.ship_date is None else min(order.ship_date, ship)
    order.last_ship_date = (ship if order.last_ship_date is None
                            else max(order.last_ship_date, ship))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def load(conn: sqlite3.Connection, as_of: date, rules: Rules,
         canonical: dict[int, int] | None = None, excluded: set[int] | None = None) -> Dataset:
    rates = Rates(conn, rules.base_currency)
    known: dict[tuple[str, date], float | None] = {}

    def factor(currency: str, day: date) -> float | None:
        if (currency, day) not in known:
            known[(currency, day)] = rates.factor(currency, day)
        return known[(currency, day)]

    def cost_rate(cost_currency: str | None, currency: str, ordered: date,
                  order: OrderRow) -> float | None:
        code = cost_currency or currency
        rate = factor(code, ordered)
        if rate is None and code != currency:
            order.missing |= {code}
        return rate

    canonical, excluded = canonical or {}, excluded or set()
    orders: dict[int, OrderRow] = {}
    shipments: dict[tuple[int, str, str | None], ShipmentRow] = {}
    credits: list[tuple[int, Money]] = []
    named: list[tuple[OrderRow, Money]] = []
    money: list[LineReceipts] = []
    # money on cancelled orders noted as paid back (core.ledger.forfeits): the order, its lines
    # in `money`, and what the note says went back
    back: dict[int, tuple[OrderRow, list[LineReceipts], PaidBack]] = {}
    names: dict[int, int] = {}  # a merged group's orders: the name each is stored under
    left_out: list[tuple[dict[str, tuple[float, date | None]], date, tuple[Any, ...], int,
                         str | None]] = []
    cursor = conn.cursor()
    cursor.row_factory = None
    order_notes = dict(cursor.execute(
        "SELECT order_id, group_concat(notes, ' ') FROM order_lines GROUP BY order_id"))
    for (line_id, order_id, invoice_no, amount, cost, gross_profit, rebate, ship_text, due_text,
         due_derived, received, received_on, deposit, deposit_on, balance, balance_on,
         line_status, credit_note, credit_ref, cost_currency, received_currency,
         ship_known, rebate_currency, history, source, line_currency, line_note, customer_id,
         order_no, order_day,
         status, trial, currency, incoterm, rung, credit_days, deposit_pct, monthly, terms_text
         ) in cursor.execute(QUERY, {"a": as_of.isoformat()}):
        customer = canonical.get(customer_id, customer_id)
        if customer in canonical.values():
            names[order_id] = customer_id
        ordered = date.fromisoformat(order_day)
        figures = {kind: (float(paid), _day(day)) for kind, paid, day in (
            ("received", received, received_on), ("deposit", deposit, deposit_on),
            ("balance", balance, balance_on)) if paid is not None}
        earlier, wrote = read_history(history, source)  # and the file that wrote the total
        steps = tuple((date.fromisoformat(day), total, file)  # a received total's earlier ones
                      for day, total, file in earlier)
        if customer in excluded:  # its money is left out; its dates still date the receipts
            if figures:
                left_out.append((figures, ordered, steps, order_id, source))
            continue
        order = orders.get(order_id)
        if order is None:
            terms = (PaymentTerms(rung, credit_days, deposit_pct, bool(monthly),
                                  after_sight(rung, terms_text)) if rung else None)
            order = orders[order_id] = OrderRow(
                order_id, customer, order_no, ordered, status, bool(trial), currency, 0.0, 0.0,
                True, 0.0, incoterm, rung, terms_text, terms, None, sold=False)
        rate = factor(currency, ordered)
        if rate is None:
            order.rate_missing = True
            order.missing |= {currency}
        # a line is in its own currency (a credit note in RMB on a USD order): its base rate,
        # and what one unit of it adds to its order's amounts (order currency)
        line_rate = factor(line_currency, ordered)
        if line_rate is None:
            order.rate_missing = True
            order.missing |= {line_currency}
        in_order = (1.0 if line_currency == currency
                    else line_rate / rate if line_rate is not None and rate else 0.0)
        live = line_status != CANCELLED and (credit_note or status != CANCELLED)
        # an invoice's sales lines by ship date: the first date written is the invoice's own
        # (lines without one, cancelled lines and credit notes go with it), another date a
        # shipment of its own
        # a line no rate converts into its order's currency is billed in its own, apart
        apart = line_currency if not in_order else None
        first = shipments.get((order_id, invoice_no or "", None, apart))
        if first is None:
            first = shipments[(order_id, invoice_no or "", None, apart)] = ShipmentRow(
                order, invoice_no, currency=apart)
        unit = first
        if ship_text and live and not credit_note:
            day = date.fromisoformat(ship_text)
            if first.lot is None:
                first.lot = day
            elif day != first.lot:
                unit = shipments.setdefault((order_id, invoice_no or "", ship_text, apart),
                                            ShipmentRow(order, invoice_no, lot=day,
                                                        currency=apart))
        elif not ship_text and ship_known == 2 and live and not credit_note:
            # its ship-date cell said 未出货: a part of its own, without a ship date
            unit = shipments.setdefault((order_id, invoice_no or "", "not shipped", apart),
                                        ShipmentRow(order, invoice_no, currency=apart,
                                                    ship_date_known=2))
        if not credit_note:
            order.written += amount * in_order
            order.sold = order.sold or not is_receipt_line(amount, received)
        if credit_note:
            if live and ordered <= as_of:  # an order after A is only its early money
                order.credit -= abs(amount) * in_order
                order.credit_base -= abs(amount) * (line_rate or 0.0)
                rate_of_cost = cost_rate(cost_currency, line_currency, ordered, order)
                order.credit_profit = _plus(order.credit_profit, _credit_profit(
                    amount, cost, gross_profit, rebate, line_rate, rate_of_cost,
                    cost_rate(rebate_currency or cost_currency, line_currency, ordered, order)))
                note = Money(abs(amount), line_currency, ordered, "credit", ordered,
                             credit_ref or order.order_no)  # its own order's, naming none
                credits.append((customer, note))
                if credit_ref:
                    named.append((order, note))
        elif live:
            order.amount += amount * in_order
            order.amount_base += amount * (line_rate or 0.0)
            unit.amount += amount * (in_order if apart is None else 1.0)
            rate_of_cost = cost_rate(cost_currency, line_currency, ordered, order)
            order.gross_profit_base = _plus(order.gross_profit_base, _line_profit(
                amount, cost, gross_profit, rebate, line_rate, rate_of_cost,
                cost_rate(rebate_currency or cost_currency, line_currency, ordered, order)))
        ship = _day(ship_text)
        if ship and ship > as_of:
            ship = None
            unit.ships_later = unit.ships_later or bool(live and not credit_note)
        unit.ship_date_known = unit.ship_date_known or bool(ship_known) or ship is not None
        if ship and live and not credit_note:
            _note_shipment(order, unit, ship)
        due = _day(due_text) if not due_derived else None
        if due and live and not credit_note and (unit.due_date is None or due < unit.due_date):
            unit.due_date = due
        said = order_notes.get(order_id) if status == CANCELLED else line_note
        if figures and not live and not credit_note and forfeited(said):
            figures = {}  # a cancelled order's money the firm kept: not the buyer's
        went_back = (refunded(said) if figures and not live and not credit_note else None)
        if figures:
            unit.deposits += "deposit" in figures
            if amount > 0 and (received or 0) > 0 and line_note:
                unit.own_note = unit.with_own_note(line_note)  # whose money (named_money)
            # an insurer's claim on the invoice's own row pays it (acct53d)
            unit.claimed = unit.claimed or bool(amount > 0 and (received or 0) > 0
                                                and insurer_paid(line_note))
            money.append(LineReceipts(line_id, customer, unit,
                                      received_currency or line_currency,
                                      source, figures,
                                      None if received_currency else amount,
                                      is_receipt_line(amount, received), steps,
                                      line_note if is_receipt_line(amount, received)
                                      and not order_no or amount > 0 and (received or 0) > 0
                                      and noted_parts(line_note) else None, wrote))
            if went_back is not None:  # paid back (定金已退): unless a refund is booked for it
                back.setdefault(order_id, (order, [], went_back))[1].append(money[-1])
    money = _less_paid_back(money, back, factor if rules.base_currency == "USD" else None,
                            as_of)
    copied = drop_copied_wires(money, factor, {
        customer: numbers_of((unit.order.order_no, unit.invoice_no)
                             for unit in shipments.values() if unit.order.customer_id == customer)
        for customer in {line.customer for line in money if line.note}}, names)
    window_start = months_before(as_of, rules.window_months)
    latest: date | None = None
    in_window = False
    after = After(as_of)  # money dated after A: the ledger booked past it? (booked_past)
    for line in money:
        for kind, paid, day in line.parts():
            if paid < 0 and line.payment and day and day <= as_of:  # money sent back
                line.unit.receipts.append(Money(-paid, line.currency, day, REFUND, day))
                continue
            if paid <= 0 or (day and day > as_of):
                if paid > 0 and day is not None:
                    order = line.unit.order
                    after.see(day, order.order_id, order.order_no, order.customer_id,
                              order.order_date, line.source)
                continue
            when = day or line.unit.order.order_date
            if when > as_of:
                continue  # undated, on an order after A
            line.unit.receipts.append(Money(paid, line.currency, day, kind, when))
            if day and (latest is None or day > latest):
                latest = day
            # a deposit alone does not show that the ledger records what is paid after it
            in_window = in_window or (kind != "deposit" and window_start < when <= as_of)
    left_after = After(as_of)  # an excluded customer's: no name (order_parts.dates_only)
    for figures, ordered, steps, order_id, source in left_out:
        for kind, paid, day in LineReceipts(0, 0, None, "", None, figures,
                                            history=steps).parts():
            if paid <= 0 or (day and day > as_of):
                if paid > 0 and day is not None:
                    left_after.see(day, order_id, None, 0, ordered, source)
                continue
            if day and (latest is None or day > latest):
                latest = day
            in_window = in_window or (kind != "deposit" and window_start < (day or ordered)
                                      <= as_of)
    after.join(left_after)
    # an order dated after A is none yet: the money its rows record up to A is the
    # customer's, all but deposits (a deposit figure, or deposit terms)
    for unit in shipments.values():
        terms = unit.order.terms
        if unit.order.order_date > as_of and not (terms is not None and (
                terms.deposit_pct is not None
                or terms.rung in ("deposit_before_shipment", "deposit_against_documents"))):
            credits.extend((unit.order.customer_id, paid) for paid in unit.receipts
                           if paid.kind not in ("deposit", REFUND))
    take_off(named, [u for u in shipments.values() if u.order.order_date <= as_of], factor,
             rules, as_of)
    for order in orders.values():
        _settle_profit(order)
        order.settle()
    return Dataset(as_of, rules.base_currency,
                   [o for o in orders.values() if o.order_date <= as_of],
                   [u for u in shipments.values() if u.order.order_date <= as_of],
                   read_customers(conn, canonical, excluded), latest, in_window, credits,
                   copied, after)


def window_figures(orders: list[OrderRow], start: date, end: date) -> WindowFigures:
    count, priced, valid, revenue, profits = 0, 0, [], [], []
    profit_known, margin_error = True, False
    missing: set[str] = set()
    last: date | None = None
    incoterms: dict[str, int] = {}
    rungs: dict[str, int] = {}
    for order in orders:
        if order.cancelled or order.trial:
            continue
        if order.valid and (last is None or order.order_date > last):
            last = order.order_date
        if not start < order.order_date <= end:
            continue
        missing |= order.missing
        revenue.append(order.revenue_base)
        margin_error = margin_error or order.margin_error
        if order.gross_profit_base is None:
            profit_known = False
        else:
            profits.append(order.gross_profit_base)
        if order.valid:
            count += 1
            if not order.rate_missing:
                priced += 1
                valid.append(order.net_base)
            if order.incoterm:
                incoterms[order.incoterm] = incoterms.get(order.incoterm, 0) + 1
            if order.pay_rung:
                rungs[order.pay_rung] = rungs.get(order.pay_rung, 0) + 1
    live = [o for o in orders if not o.cancelled and not o.credit_note]
    return WindowFigures(count, math.fsum(revenue), math.fsum(valid),
                         math.fsum(profits) if profit_known else None, last, incoterms, rungs,
                         priced, margin_error, missing, live=bool(live),
                         sells=any(not o.trial and o.amount > 0 for o in live))


def gather(info: CustomerRow, orders: list[OrderRow], units: list[ShipmentRow],
           credits: list[Money], ledger: Ledger, project: bool,
           benchmark: list[float] | None = None, away: object = ()
           ) -> tuple[CustomerMetrics, WindowFigures, str]:
    # `away` (money another buyer's note moved off, core.analysis.moved_away), as money a
    # note moves in (refunds.moved_in), is no reference ledger's: these ledgers move none
    rules, as_of = ledger.rules, ledger.as_of
    months = rules.window_for(project)
    figures = window_figures(orders, months_before(as_of, months), as_of)
    if benchmark is not None:  # M's benchmark: the customer's valid orders in the firm's window
        benchmark += benchmark_orders(orders, months_before(as_of, rules.window_months), as_of)
    c = CustomerMetrics(info.customer_id, info.name, info.country, info.salesperson,
                        tier="dormant", project=project, window_months=months,
                        credit_limit=info.credit_limit)
    c.orders_12m = figures.orders
    c.revenue_12m = round(figures.revenue, 2)
    c.avg_order_12m = round(figures.average, 2)
    c.margin_error = figures.margin_error
    c.gross_profit_12m = None if figures.gross_profit is None else round(figures.gross_profit, 2)
    if figures.gross_profit is not None and figures.revenue > 0:
        c.gross_margin = round(figures.gross_profit / figures.revenue, 4)
    c.last_order_date = figures.last_valid
    c.first_order_date = min((o.order_date for o in orders
                              if not o.cancelled and not o.credit_note), default=None)
    c.recency_days = (as_of - figures.last_valid).days if figures.last_valid else None
    valid = [o for o in orders if o.valid]
    priced = [o for o in valid if not o.rate_missing]
    c.orders_all = len(valid)
    c.avg_order_all = (round(math.fsum(o.net_base for o in priced) / len(priced), 2)
                       if priced else 0.0)
    c.avg_order_known = bool(figures.priced) if figures.orders else bool(priced) or not valid
    c.trial_orders = sum(1 for o in orders if o.trial and not o.cancelled)
    total = figures.orders or 1
    c.terms_mix = {k: round(n / total, 4) for k, n in sorted(figures.rungs.items())}
    c.incoterm_mix = {k: round(n / total, 4) for k, n in sorted(figures.incoterms.items())}
    latest = max((o for o in orders if not o.cancelled and not o.credit_note and o.sold),
                 key=lambda o: o.order_date, default=None)
    c.payment_terms = latest.payment_terms if latest else None
    c.main_rung = (Counter(figures.rungs).most_common(1)[0][0] if figures.rungs
                   else latest.pay_rung if latest else None)
    missing = set().union(*(o.missing for o in orders if not o.cancelled)) if orders else set()
    account = customer_account(units, credits, ledger)
    items = c.receivables = account.receivables
    live = [i for i in items if i.counts]
    c.open_amount = round(math.fsum(i.open_base for i in live), 2)
    c.overdue_amount = round(math.fsum(i.open_base for i in live if i.days_overdue > 0), 2)
    c.disputed_amount = round(math.fsum(i.open_base for i in items if i.disputed and i.shipped),
                              2)
    c.small_remainders = round(math.fsum(i.open_base for i in items if i.small), 2)
    c.credit_on_account = round(account.credit_on_account, 2)
    c.exchange_loss = round(math.fsum(-i.fx_difference_base for i in items
                                      if i.fx_difference < 0), 2)
    c.exchange_gain = round(math.fsum(i.fx_difference_base for i in items
                                      if i.fx_difference > 0), 2)
    c.deposits_held = round(account.deposits_held, 2)
    c.max_days_overdue = max((i.days_overdue for i in live), default=0)
    c.ship_dates_estimated = any(i.ship_date_estimated for i in live)
    c.aging = aging(items)
    by_currency: dict[str, float] = {}
    for i in live:
        by_currency[i.currency] = by_currency.get(i.currency, 0.0) + i.open
    c.open_by_currency = {k: round(v, 2) for k, v in sorted(by_currency.items())}
    c.risky_exposure = round(math.fsum(i.open_base for i in live
                                       if is_risky(i.pay_rung, ledger.rules)), 2)
    cost, days = capital_cost(items, ledger.rules)
    c.capital_cost, c.capital_days = round(cost, 2), days
    c.settled_count = account.history.settled
    c.on_time_share = account.history.on_time_share
    c.avg_days_late = (None if account.history.avg_days_late is None
                       else round(account.history.avg_days_late, 1))
    c.late_by = None if account.history.late_by is None else round(account.history.late_by, 1)
    c.missing_rates = sorted(missing | set(account.missing_rates))
    return c, figures, group_of(orders, figures)


def tolerance(amount: float, currency: str, ledger: Ledger) -> float:
    absolute = ledger.convert(ledger.rules.tolerance_usd, "USD", currency, ledger.as_of) or 0.0
    return max(absolute, abs(amount) * ledger.rules.tolerance_pct / 100)


def customer_account(units: list[ShipmentRow], credits: list[Money], ledger: Ledger
                     ) -> Account:
    rules = ledger.rules
    shipments = [shipment(unit, rules, ledger.as_of) for unit in units]
    # the notes count the estimated shipments once the account says it made one
    ledger.estimated = ledger.estimated or any(s.estimated for s in shipments)
    invoices = [Invoice(index, unit.currency or unit.order.currency, max(unit.amount, 0.0),
                        s.due, unit.order.order_date, unit.order.order_id,
                        unit.order.status == "disputed",
                        tolerance(unit.amount, unit.currency or unit.order.currency, ledger),
                        shipped=s.ship_date)
                for index, (unit, s) in enumerate(zip(units, shipments, strict=True))]
    unconverted: set[tuple[str, str]] = set()
    pool: list[Entry] = []
    held: dict[object, float] = {}
    if credits or any(unit.receipts for unit in units):
        notes: dict[int, list[tuple[date, float]]] = {}  # id of an invoice: its dated notes
        pool = _named_credits(units, invoices, credits, ledger, unconverted, notes)
        held = _deposits(units, shipments, invoices, pool, ledger, unconverted)
        shipped = [i for i, s in zip(invoices, shipments, strict=True) if s.shipped]
        unconverted |= allocate(shipped, pool, ledger, notes)
    account = Account([], History())
    for unit, s, invoice in zip(units, shipments, invoices, strict=True):
        if unit.amount > 0:
            account.receivables.append(_receivable(unit, s, invoice, held.get(invoice.key, 0.0),
                                                   ledger, account))
    account.missing_rates |= ledger.missing(*(code for pair in unconverted for code in pair))
    for entry in pool:
        value = entry.left * (ledger.factor_now(entry.currency) or 0.0)
        if entry.left and not ledger.factor_now(entry.currency):
            account.missing_rates.add(entry.currency)
        account.credit_on_account += value
    account.deposits_held = math.fsum(r.deposit_base for r in account.receivables)
    return account


def _named_credits(units: list[ShipmentRow], invoices: list[Invoice], credits: list[Money],
                   ledger: Ledger, unconverted: set[tuple[str, str]],
                   notes: dict[int, list[tuple[date, float]]]) -> list[Entry]:
    by_invoice: dict[str, list[Invoice]] = {}
    by_order: dict[str, list[Invoice]] = {}
    for unit, invoice in zip(units, invoices, strict=True):
        if unit.invoice_no:
            by_invoice.setdefault(fold(unit.invoice_no), []).append(invoice)
        if unit.order.order_no:
            by_order.setdefault(fold(unit.order.order_no), []).append(invoice)
    pool = []
    for credit in credits:
        entry = Entry(credit.amount, credit.currency, credit.day, credit.rate_day, "credit")
        ref = fold(credit.ref or "")
        for invoice in (by_invoice.get(ref) or by_order.get(ref) or []) if ref else []:
            before = invoice.credited
            if not apply_named(invoice, entry, ledger.convert):
                unconverted.add((entry.currency, invoice.currency))
            if credit.day is not None:  # (a wire before its day saw the invoice without it)
                notes.setdefault(id(invoice), []).append(
                    (credit.day, invoice.credited - before))
        if entry.left >= EPS:
            pool.append(entry)
    return pool


def _deposits(units: list[ShipmentRow], shipments: list[Shipment], invoices: list[Invoice],
              pool: list[Entry], ledger: Ledger, unconverted: set[tuple[str, str]]
              ) -> dict[object, float]:
    held: dict[object, float] = {}
    refunds: list[tuple[Entry, list[Entry], str]] = []  # no deposit held for a number here
    rows = list(zip(units, shipments, invoices, strict=True))
    sold = SoldNumbers(units)
    for unit, s, invoice in rows:
        # the order's invoices waiting to ship, its own first: a deposit is the order's
        waiting = [i for u, t, i in sorted(rows, key=lambda row: row[2] is not invoice)
                   if u.order is unit.order and not t.shipped and not u.order.cancelled
                   and i.open >= EPS] if not s.shipped or unit.amount == 0 else []
        terms = is_deposit_terms(unit)
        letter = s.shipped and (unit.order.pay_rung in ("lc_sight", "lc_usance")
                                or unit.claimed)  # an insurer's claim too (acct53d)
        own: list[Entry] = []
        # a B/L date read for this sale: money on its row dated before it is the order's
        # deposit, which pays the order's shipped lots first in its turn (fix59o)
        bill = s.ship_date if s.shipped and unit.amount > 0 and not s.estimated else None
        for paid in unit.receipts:
            entry = Entry(paid.amount, paid.currency, paid.day, paid.rate_day, paid.kind)
            entry.unsold = paid.day if sold.unsold(unit.order) else None  # fx44y, fx44u
            entry.own = invoice if s.shipped and unit.amount > 0 else None  # its row's (fix60h)
            entry.charged = unit.amount > 0 and noted_charge(unit.own_note) is not None
            if paid.kind == REFUND:
                refunds.append((entry, own, ANY))
                continue

            def another(number: str, order: OrderRow = unit.order) -> bool:
                return any(sold.units[i].order is not order for i in sold.selling(number))
            # 定金3000，加上批欠款4000 on 7,000: the 4,000 the oldest's, the rest the order's
            debt = earlier_debt(unit.own_note, paid.amount, another) if unit.amount > 0 else None
            if debt is not None:
                pool.append(part := Entry(debt, paid.currency, paid.day, paid.rate_day))
                part.pays, entry.left = [], entry.left - debt
            if letter and not waiting and invoice.open > 0:
                # an L/C paid the invoice it is written on first, in any currency, converted
                # (core.analysis.account)
                wire, room = entry.left, invoice.open
                taken = take(entry, invoice.currency, room, ledger)
                if taken is None:
                    unconverted.add((entry.currency, invoice.currency))
                elif taken > 0:
                    invoice.allocated += taken
                    if paid.day is not None:
                        invoice.paid_on = paid.day
                    if entry.currency != invoice.currency:
                        _band(invoice, entry, (taken, room, wire), 0.0, ledger)
            if waiting and (paid.kind == "deposit" or terms):
                for target in waiting:
                    so_far = held.get(target.key, 0.0)
                    taken = take(entry, target.currency, target.open - so_far, ledger)
                    if taken is None:
                        unconverted.add((entry.currency, target.currency))
                        break
                    held[target.key] = so_far + taken
            elsewhere = debt is None and of_another_order(unit.own_note, another)
            if bill is not None and paid.day is not None and paid.day < bill and not elsewhere:
                entry.pays = [i for u, t, i in rows
                              if u.order is unit.order and t.shipped and u.amount > 0]
            elif unit.amount > 0 and paid.day is not None and last_month_money(unit.own_note) \
                    and not any(another(p) for p in paid_parts(unit.own_note or "")):
                # last month's goods (上月货款): an invoice shipped that month only (rv60e U7)
                entry.month = (paid.day.replace(day=1) - timedelta(days=1)).replace(day=1)
            elif unit.amount > 0 and s.shipped \
                    and (lump := _row_lump(rows, sold, unit, invoice)):
                entry.pays = lump  # its note names its invoices, a later one among them
            elif unit.amount > 0 and (elsewhere or earlier_money(unit.own_note)):
                entry.pays = []  # another order's or an earlier debt's: never by its sum
            if entry.left >= EPS:
                pool.append(entry)
                own.append(entry)
    unconverted |= paid_back(pool, refunds, ledger.convert)
    return held


def _row_lump(rows: list[tuple[ShipmentRow, Shipment, Invoice]], sold: SoldNumbers,
              unit: ShipmentRow, invoice: Invoice) -> list[Invoice]:
    """A shipped sale row's own money whose note names invoices of the buyer, another order's
    due no sooner than its own among them (付N1-2及N1-3, 含N5-3货款): those and its own."""
    note = unit.own_note
    if note is None or earlier_money(note):
        return []
    named = [i for i, (u, t, _) in enumerate(rows) if t.shipped and any(
        i in sold.selling(part) for part in paid_parts(note))]
    if not any(rows[i][0].order is not unit.order and _by_due([rows[i][2], invoice])[0] is invoice
               for i in named):
        return []
    return [i for u, _, i in rows if i is invoice or any(i is rows[k][2] for k in named)]


def _by_due(invoices: list[Invoice]) -> list[Invoice]:
    return sorted(invoices, key=lambda i: (i.disputed, i.due or date.max, i.order_date,
                                           i.order_id, str(i.key)))


def allocate(invoices: list[Invoice], pool: list[Entry], ledger: Ledger,
             notes: dict[int, list[tuple[date, float]]]) -> set[tuple[str, str]]:
    order = _by_due(invoices)
    unconverted: set[tuple[str, str]] = set()
    first = 0
    for entry in sorted(pool, key=lambda e: (e.day or date.min, -e.amount, e.currency,
                                             e.rate_day)):
        while first < len(order) and order[first].open <= max(order[first].tolerance, EPS):
            first += 1
        if entry.pays:  # a deposit on its own sale's row: that order's lots first (fix59o)
            _spend(entry, _by_due(entry.pays), ledger, unconverted)
        elif entry.pays is None:  # a wire of one invoice's sum less its charge: it (fix60h)
            matched = _match(entry, order, notes)
            if matched is not None:
                _spend(entry, matched, ledger, unconverted)
        _spend(entry, order[first:], ledger, unconverted)
    return unconverted


def _match(entry: Entry, order: list[Invoice], notes: dict[int, list[tuple[date, float]]]
           ) -> list[Invoice] | None:
    """The invoice a dated wire, whole, pays before the oldest: open by its sum, less at most
    the invoice's tolerance, on its day (credit notes dated later not yet taken off: fix60n);
    of an order placed by its day, in its currency, not disputed; of several, the oldest due;
    money on an invoice's own row, that invoice only."""
    day = entry.day
    if day is None or entry.kind == "credit" or entry.left < EPS \
            or entry.amount - entry.left > EPS:
        return None

    def then(i: Invoice) -> float:
        return i.open + math.fsum(t for on, t in notes.get(id(i), []) if on > day)

    def fits(i: Invoice, least: float = EPS) -> bool:
        return (i.order_date <= day and i.currency == entry.currency and not i.disputed
                and then(i) > max(i.tolerance, EPS) and least < then(i) - entry.left
                <= i.tolerance)

    def month(i: Invoice) -> bool:
        return entry.month is None or (i.shipped is not None and (
            i.shipped.year, i.shipped.month) == (entry.month.year, entry.month.month))

    found = [i for i in order if fits(i) and month(i)]
    oldest = next((i for i in order if i.open > max(i.tolerance, EPS)), None)
    if entry.own is None and (oldest is not None and fits(oldest, -EPS) or any(
            fits(i, -EPS) and then(i) - entry.left <= EPS for i in order)):
        return None  # the oldest open fits it, or an invoice is its exact sum: the walk's
    own = entry.own
    if own is not None:  # money on a row: its own invoice (its exact sum too), or none
        if not month(own):
            return None
        if fits(own, -EPS if entry.charged else EPS):  # (with a charge its note names: fix61a)
            return [own]
        if oldest is not None and fits(oldest, -EPS):
            return None  # the oldest fits it alone: the walk's, no lump (rv61c s442 L1)
        return _lump(entry, own, [i for i in order if not notes.get(id(i))], then, month)
    return found[:1] or None


def _lump(entry: Entry, own: Invoice, order: list[Invoice], then: Callable[[Invoice], float],
          month: Callable[[Invoice], bool]) -> list[Invoice] | None:
    """Money on its row that is its own invoice's open and one other's, less at most the
    larger tolerance of the two: those two, the own first; of several others, the oldest; none
    a dated credit note names (rv60e R1)."""
    day = entry.day
    mine = then(own)
    if day is None or not (own.tolerance < mine < entry.left) \
            or own.currency != entry.currency or own.disputed or own.order_date > day:
        return None
    least = -EPS if entry.charged else EPS  # (a charge its note names: its very sum, fix61a)
    for other in order:
        rest = then(other)
        if other is not own and other.order_date <= day and other.currency == entry.currency \
                and not other.disputed and month(other) and rest > max(other.tolerance, EPS) \
                and least < mine + rest - entry.left <= max(own.tolerance, other.tolerance):
            return [own, other]
    return None


def _spend(entry: Entry, order: list[Invoice], ledger: Ledger,
           unconverted: set[tuple[str, str]]) -> None:
    wire, explained = entry.left, 0.0
    for invoice in order:
        if entry.left < EPS:
            break
        if invoice.open <= max(invoice.tolerance, EPS):
            continue
        if entry.unsold is not None and invoice.order_date > entry.unsold:
            continue  # money for an order sold nowhere, before this order existed (fx44y)
        room = invoice.open
        taken = take(entry, invoice.currency, room, ledger)
        if taken is None:
            unconverted.add((entry.currency, invoice.currency))
            continue
        invoice.allocated += taken
        if entry.day is not None:
            invoice.paid_on = entry.day
        if entry.currency != invoice.currency and entry.kind != "credit":
            explained = _band(invoice, entry, (taken, room, wire), explained, ledger)


def _band(invoice: Invoice, entry: Entry, paid: tuple[float, float, float], explained: float,
          ledger: Ledger) -> float:
    """Paid in another currency (`paid`: taken, the room it had, the whole wire): the
    exchange band (core.analysis.account's docstring); what the rates' moves explain so far."""
    taken, room, wire = paid
    band = ledger.rules.fx_band_pct / 100
    rate = ledger.convert(1.0, entry.currency, invoice.currency, entry.rate_day)
    assert rate
    invoice.fx_cover += wire * rate
    if not band:
        return explained
    if entry.left < EPS:  # the wire ran out here: a shortfall within the band is paid
        short = invoice.open
        if max(invoice.tolerance, EPS) < short <= band * (invoice.fx_cover + short):
            invoice.tolerance = short
            invoice.fx -= short
        return explained
    booked = ledger.convert(1.0, entry.currency, invoice.currency, invoice.order_date)
    if booked:
        explained += taken / booked - taken / rate
    if taken >= room and entry.left <= min(explained + EPS, band * wire):
        invoice.fx += entry.left * rate  # what the move left over: a gain
        entry.left = 0.0
    return explained


def take(entry: Entry, currency: str, room: float, ledger: Ledger) -> float | None:
    rate = 1.0 if entry.currency == currency else ledger.convert(1.0, entry.currency, currency,
                                                                 entry.rate_day)
    if not rate:
        return None
    taken = max(0.0, min(room, entry.left * rate))
    entry.left -= taken / rate
    if entry.left < EPS:
        entry.left = 0.0
    return taken


def _receivable(unit: ShipmentRow, s: Shipment, invoice: Invoice, held: float, ledger: Ledger,
                account: Account) -> Receivable:
    order, rules = unit.order, ledger.rules
    currency = unit.currency or order.currency
    factor_now = ledger.factor_now(currency)
    if factor_now is None:
        account.missing_rates.add(currency)
    open_amount = max(invoice.open, 0.0) if s.shipped else 0.0
    if open_amount <= invoice.tolerance:
        open_amount = 0.0
    in_usd = ledger.usd(open_amount, currency)
    small = open_amount > 0 and in_usd is not None and in_usd < rules.min_open_usd - 1e-9
    days = 0
    if open_amount > 0 and not small and s.due and s.due < ledger.cutoff:
        days = (ledger.cutoff - s.due).days
    factor = order.amount_base / order.amount if order.amount else 0.0
    if unit.currency:
        factor = ledger.rates.factor(currency, order.order_date) or 0.0
    item = Receivable(
        order=order, invoice_no=unit.invoice_no,
        currency=currency, amount=unit.amount, amount_base=unit.amount * factor,
        received=invoice.allocated if s.shipped else held, open=open_amount,
        open_base=open_amount * (factor_now or 0.0),
        ship_date=s.ship_date, due_date=s.due, days_overdue=days,
        disputed=order.status == "disputed",
        shipped=s.shipped, deposit_base=held * (factor_now or 0.0),
        credited=invoice.credited, deposit=held, ship_date_estimated=s.estimated,
        small=small, rate_missing=factor_now is None, paid_on=invoice.paid_on,
        due_assumed=s.assumed, fx_difference=invoice.fx,
        fx_difference_base=invoice.fx * ((ledger.rates.factor(currency, invoice.paid_on) or 0.0)
                                         if invoice.paid_on else (factor_now or 0.0)))
    if s.shipped and (open_amount == 0 or small) and s.due and invoice.paid_on:
        late = (invoice.paid_on - s.due).days
        account.history.settled += 1
        account.history.on_time += late <= 0
        account.history.days_late += max(late, 0)
    return item
