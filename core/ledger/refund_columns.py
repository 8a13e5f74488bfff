"""A sale's own row with a refund column beside its amount: 金额 15,000, 实收 15,000, 退款金额
3,000 (a ledger keeping what was sent back on the sale's row).

The refund is money sent back to the customer on that order, as a row of its own noted 退款
with 实收 -3,000 is (core.ledger.typed_rows.as_receipts): it lowers what the customer paid,
never the sale (revenue 15,000, 3,000 open). The row keeps one figure received, so the refund
is taken off it (12,000 received, on its date received); a row with nothing received keeps
the refund as its money received, -3,000 on its refund date (else its order date). Before,
the refund column was not read (nothing open), or, without 金额, read as the sale's amount.
A list whose only money is refunds is no such row: core.ledger.layout.refunds_sheet.
"""

from __future__ import annotations

from collections.abc import Sequence


def net_of_refunds(received: Sequence[float | None], dates: Sequence[str | None],
                   refunds: Sequence[float | None], refund_dates: Sequence[str | None],
                   order_dates: Sequence[str | None]
                   ) -> tuple[Sequence[float | None], Sequence[str | None], list[int]]:
    """Each row's money received less its refund, its date received (a row with none
    received: the refund's day), and the indexes of the rows with a refund."""
    rows = [j for j, back in enumerate(refunds) if back]
    if not rows:  # most sheets: no refund column, or none filled
        return received, dates, rows
    got, when = list(received), list(dates)
    for j in rows:
        back = abs(refunds[j] or 0.0)
        if got[j] is None:
            got[j], when[j] = -back, refund_dates[j] or when[j] or order_dates[j]
        else:
            got[j] = round((got[j] or 0.0) - back, 6)
    return got, when, rows
