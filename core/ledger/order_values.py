"""An order's values as stored, and how a file's values merge into a stored order's.

The order's row (core.ledger.order_sums.Order) becomes the values of its columns here, a new
order's inserted as they are and a stored one's merged: a filled value replaces, a blank keeps,
and the terms and Incoterm travel whole with the text they were read from. Apart from its
lines' values (core.ledger.line_values), which a line's many rules read, because an order's
row is merged by these few alone (split63).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.ledger.order_sums import Order

ORDER_COLUMNS = ("order_no", "customer_id", "order_date", "currency", "incoterm",
                 "incoterm_text", "payment_terms", "pay_rung", "credit_days", "deposit_pct",
                 "monthly_statement", "salesperson", "country", "trial", "status")
O_CUSTOMER, O_CURRENCY = ORDER_COLUMNS.index("customer_id"), ORDER_COLUMNS.index("currency")
O_TRIAL = ORDER_COLUMNS.index("trial")
TERMS_COLUMNS = frozenset(ORDER_COLUMNS.index(c) for c in (
    "payment_terms", "pay_rung", "credit_days", "deposit_pct", "monthly_statement"))
# a reading and the text it came from: (the column filled exactly when there is a reading, the
# columns that travel together); monthly_statement is 0 or 1 for any terms read
READINGS = tuple((ORDER_COLUMNS.index(marker), tuple(sorted(ORDER_COLUMNS.index(c) for c in cs)))
                 for marker, cs in (("monthly_statement", ("payment_terms", "pay_rung",
                                                           "credit_days", "deposit_pct",
                                                           "monthly_statement")),
                                    ("incoterm", ("incoterm", "incoterm_text"))))


def order_values(order: Order, customer_id: int) -> tuple:
    """The order's row as ORDER_COLUMNS holds it, its terms read into their parts."""
    terms = order.terms
    return (order.order_no, customer_id, order.order_date, order.currency, order.incoterm,
            order.incoterm_text, order.payment_terms,
            terms.rung if terms else None, terms.credit_days if terms else None,
            terms.deposit_pct if terms else None, int(terms.monthly_statement) if terms else None,
            order.salesperson, order.country, order.trial, order.status)


def inserted_order(values: tuple) -> tuple:
    """A new order's values: one no line calls a trial is not one (0, not NULL)."""
    return (*values[:O_TRIAL], values[O_TRIAL] or 0, *values[O_TRIAL + 1:])


def merge_order(old: Sequence, new: tuple, only_repeated: bool, sells: bool = True) -> tuple:
    """A stored order's row: the new values where filled; an order whose every line is a repeat
    or a carry-forward changes only its terms (the row that names them governs), one only
    returned or refunded (not `sells`) its sale's currency too (a list's EUR: ret44). Terms and
    the Incoterm travel whole with the text they were read from: a new reading replaces every
    part of the stored one (OA 60 re-imported as "30% deposit, balance before shipment" kept its
    60 credit days), and a text read as nothing leaves a stored reading with its text."""
    if only_repeated:
        new = tuple(v if i in TERMS_COLUMNS else None for i, v in enumerate(new))
        new = (*new[:O_CUSTOMER], old[O_CUSTOMER], *new[O_CUSTOMER + 1:])
    merged = [n if n is not None and (sells or i != O_CURRENCY) else o  # a return: the sale's
              for i, (n, o) in enumerate(zip(new, old, strict=True))]
    for marker, columns in READINGS:
        taken: Sequence
        if new[marker] is not None:
            taken = new
        elif old[marker] is not None:
            taken = old
        else:  # neither reads: the text as any value
            continue
        for i in columns:
            merged[i] = taken[i]
    return tuple(merged)
