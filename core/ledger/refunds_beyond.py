"""A refund larger than everything its customer paid: named, as the account cannot take it.

A refund (core.ledger.typed_rows: 退汇, money sent back) takes back money the customer paid
(core.analysis.refunds). One of 30,000 where the buyer paid 15,000 (a zero typed too many, a
slip of another buyer's) takes all 15,000 and the rest from nothing: the buyer's invoices all
shown open, the 15,000 beyond dropped, and nobody told. The import names such a refund with
both sums, against what the store holds the customer paid (its received figures, or deposit
and balance where larger) less the refunds dated before it: two refunds of 10,000 each within
15,000 paid take 5,000 from nothing together. The account takes a refund from money in any
currency a rate converts (core.analysis.refunds.paid_back), so the sums are weighed in the
refund's currency at the rates of its day: a USD refund of a buyer paying in EUR was weighed
against nothing and named beyond every time. Money no rate converts is not counted, as the
account cannot take it either. A name the user merged into another is weighed with it, as
the account takes it: a refund to "Rio Rugs Ltd" was named beyond the 500 paid under that
name, Rio Rugs having paid 15,000.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable

from core.i18n import NP_
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.payment_lines import MARK, Written
from core.ledger.row_places import row_here
from core.messages import Listed, Message
from core.overrides import load_overrides

PerUnit = Callable[[str, str], "float | None"]  # a currency's worth on an ISO day (core.rates)
_CURRENCY = "COALESCE(l.received_currency, l.currency)"
_LATEST = "9999-12-31"  # an undated refund: after every dated one, at the latest rates
# each refund stored of the customers: line key, customer, sum sent back, currency, day, id
_REFUNDS = (f"SELECT l.line_key, o.customer_id, -l.received_amount, {_CURRENCY}, "
            f"COALESCE(l.received_date, '{_LATEST}'), l.id FROM order_lines l JOIN orders o "
            "ON o.id = l.order_id WHERE o.customer_id IN (SELECT value FROM json_each(?)) AND "
            "l.amount = 0 AND l.received_amount < 0")
# what each customer paid, a sum a currency
_PAID = (f"SELECT o.customer_id, {_CURRENCY}, SUM(MAX(COALESCE(l.received_amount, 0), "
         "COALESCE(l.deposit_amount, 0) + COALESCE(l.balance_amount, 0))) FROM order_lines l "
         "JOIN orders o ON o.id = l.order_id WHERE o.customer_id IN (SELECT value FROM "
         f"json_each(?)) GROUP BY o.customer_id, {_CURRENCY}")
Refund = tuple[str, int, float, str, str, int]


def refunds_beyond(conn: sqlite3.Connection, written: Written, per_unit: PerUnit
                   ) -> list[Message]:
    """After the write: this file's refunds that, with those dated before them, are larger
    than all their customers paid, a note per sheet."""
    sent_back = MARK + "-"  # a payment keyed by its sum, below 0 (core.ledger.keys)
    places = {key: (sheet, row) for sheet, row, key in written(sent_back)}
    if not places:
        return []
    owner = load_overrides(conn).canonical  # a name merged by hand: its customer's
    owners = {owner(customer) for customer, in conn.execute(
        "SELECT o.customer_id FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE "
        "l.line_key IN (SELECT value FROM json_each(?)) AND l.amount = 0 AND "
        "l.received_amount < 0", (json.dumps(sorted(places)),))}
    customers = json.dumps(sorted(customer for customer, in conn.execute(
        "SELECT id FROM customers") if owner(customer) in owners))
    refunds: dict[int, list[Refund]] = {}
    for found in conn.execute(_REFUNDS + " ORDER BY 5, l.id", (customers,)):
        refunds.setdefault(owner(found[1]), []).append(found)
    paid: dict[int, dict[str, float]] = {}
    for customer, currency, total in conn.execute(_PAID, (customers,)):
        group = paid.setdefault(owner(customer), {})
        group[currency] = group.get(currency, 0.0) + total
    by_sheet: dict[str, list[tuple[int, Message]]] = {}
    for customer, own in refunds.items():
        for at, (key, _, sent, currency, day, _) in enumerate(own):
            if key not in places:
                continue
            before = _worth([(c, s) for _, _, s, c, _, _ in own[:at]], currency, day, per_unit)
            had = _worth(paid.get(customer, {}).items(), currency, day, per_unit)
            if before + sent > had + 0.005:
                sheet, row = places[key]
                sums = f"{before:,.2f} + {sent:,.2f}" if before > 0.005 else f"{sent:,.2f}"
                by_sheet.setdefault(sheet, []).append(
                    (row, row_here(row, f"{sums} > {had:,.2f} {currency}")))
    return [Message("refund_beyond_paid", NP_(
        "Sheet “{sheet}”: {count} refund is more than its customer paid less the refunds "
        "before it ({rows}): the part beyond is taken from nothing. Check its sum and its "
        "customer.",
        "Sheet “{sheet}”: {count} refunds are more than their customers paid less the refunds "
        "before them ({rows}): the part beyond is taken from nothing. Check their sums and "
        "customers."),
        {"sheet": sheet, "count": len(found),
         "rows": Listed([said for _, said in sorted(found, key=lambda f: f[0])], SHARED_SHOWN)})
        for sheet, found in by_sheet.items()]


def _worth(sums: Iterable[tuple[str, float]], currency: str, day: str, per_unit: PerUnit
           ) -> float:
    """The sums, each in its currency, in `currency` at the rates of `day`; a sum no rate
    converts counts for nothing."""
    total = 0.0
    for own, amount in sums:
        if own == currency:
            total += amount
            continue
        unit, target = per_unit(own, day), per_unit(currency, day)
        if unit and target:
            total += amount * unit / target
    return total
