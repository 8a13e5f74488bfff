"""A sale's own row with a refund column beside its amount: 金额 15,000, 实收 15,000, 退款金额
3,000 (a ledger keeping what was sent back on the sale's row).

The refund is money sent back to the customer on that order, as a row of its own noted 退款
with 实收 -3,000 is (core.ledger.typed_rows.as_receipts): it lowers what the customer paid,
never the sale (revenue 15,000, 3,000 open). The row keeps one figure received, so the refund
is taken off it (12,000 received, on its date received); a row with nothing received keeps
the refund as its money received, -3,000 on its refund date (else its order date). Before,
the refund column was not read (nothing open), or, without 金额, read as the sale's amount.
A list whose only money is refunds (or returns) is no such row: :func:`refunds_sheet`.

A return column beside the amount (退货金额 3,000: goods sent back, fix40e) is no refund: the
sale is lowered by a credit note of its sum (core.ledger.noted_returns, as a note 退货3000 is)
and the money paid for the goods that came back went back with them: 实收 15,000 → 12,000
received (revenue 12,000, nothing open); 实收 12,000 (paid net) or 0 keeps its figure (nothing
or 12,000 open). A row writing its refund too (退款金额) says its money back itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from core.ledger.amounts import parse_amount
from core.ledger.dates import parse_date
from core.ledger.received_only import blank
from core.ledger.record import AMOUNT, CREDIT_NOTE, NOTES, ROW, Record
from core.ledger.typed_rows import (
    REFUNDED,
    RETURN_KEPT,
    RETURNED,
    refund_word,
    returned_and_refunded,
)


def net_of_refunds(received: Sequence[float | None], dates: Sequence[str | None],
                   refunds: Sequence[float | None], refund_dates: Sequence[str | None],
                   order_dates: Sequence[str | None]
                   ) -> tuple[Sequence[float | None], Sequence[str | None], dict[int, float]]:
    """Each row's money received less its refund, its date received (a row with none
    received: the refund's day), and the rows with a refund: index → its sum."""
    rows = {j: abs(back) for j, back in enumerate(refunds) if back}
    if not rows:  # most sheets: no refund column, or none filled
        return received, dates, rows
    got, when = list(received), list(dates)
    for j, back in rows.items():
        if got[j] is None:
            got[j], when[j] = -back, refund_dates[j] or when[j] or order_dates[j]
        else:
            got[j] = round((got[j] or 0.0) - back, 6)
    return got, when, rows


class Returned(dict[int, float]):
    """A sheet's rows whose return column says goods came back: index → the return's sum;
    `taken`: index → what it paid for them, taken off its money received (:func:`net_of_returns`;
    put back where a list of returns says the refund itself: core.ledger.listed_refunds)."""

    def __init__(self, found: dict[int, float]) -> None:
        super().__init__(found)
        self.taken: dict[int, float] = {}


def net_of_returns(received: Sequence[float | None], amounts: Sequence[float | None],
                   returns: Sequence[float | None], refunds: Sequence[float | None]
                   ) -> tuple[Sequence[float | None], Returned]:
    """Each row's money received less what it paid for the goods its return column says came
    back (what it paid beyond the rest of its sale, up to the return's sum; none where the
    row writes its refund), and each such row's return: index → sum."""
    found = Returned({j: min(abs(back), a) for j, (back, a) in enumerate(
        zip(returns, amounts, strict=True)) if back and a is not None and a > 0}
        if any(returns) else {})  # (any: no walk of a sheet without a return written)
    if not found:  # most sheets: no return column, or none filled
        return received, found
    got = list(received)
    for j, back in found.items():
        paid = got[j]
        if paid is not None and not refunds[j]:
            found.taken[j] = min(back, max(0.0, paid - (amounts[j] or 0.0) + back))
            got[j] = round(paid - found.taken[j], 6)
    return got, found


def sent_back(received: Sequence[float | None], dates: Sequence[str | None],
              money: Mapping[str, tuple[list[float | None], list[str | None]]],
              days: Mapping[str, list[str | None]], order_dates: Sequence[str | None],
              amounts: Sequence[float | None]
              ) -> tuple[Sequence[float | None], Sequence[str | None], dict[int, float],
                         Returned]:
    """A sheet's money received and its dates less the refunds (:func:`net_of_refunds`) and
    returns (:func:`net_of_returns`) its rows write; the rows of each."""
    refunds = money["refund_amount"][0]
    got, when, refunded = net_of_refunds(received, dates, refunds, days["refund_date"],
                                         order_dates)
    got, returned = net_of_returns(got, amounts, money["return_amount"][0], refunds)
    return got, when, refunded, returned


def claimed(records: Sequence[Record], refunded: Mapping[int, float]) -> dict[int, float]:
    """The sale rows whose refund column's note says the refund is for a quality claim or
    without a return (质量索赔退款, 仅退款; or 退货退款: typed_rows.returned_and_refunded): row →
    the refund. Each lowers its sale by a credit note of that sum too (noted_returns), as a
    收款 row so noted does (typed_rows._BOTH): read as money sent back alone, PO-1 sold and
    paid 10,000, 1,000 refunded for a claim, showed 1,000 open (pay41)."""
    if not refunded:  # most sheets
        return {}
    return {r[ROW]: refunded[r[ROW]] for r in records if r[ROW] in refunded
            and (r[AMOUNT] or 0) > 0 and not r[CREDIT_NOTE] and returned_and_refunded(r[NOTES])}


class Listing(Protocol):
    """What a sheet's layout says of its rows (core.ledger.layout.SheetLayout)."""
    refunds: bool  # a list of refunds (:func:`refunds_sheet`)
    returns: bool  # ... of returns (:func:`returns_list`)
    mapping: dict[str, int]  # its fields' columns: a refund beside a return, received_amount


def listed_kinds(kinds: list[object], sheet: Listing, raw_of: Callable[[str], Sequence[object]]
                 ) -> list[object]:
    """Each row's type: a list of refunds' every row 退款, a list of returns' 退货退款 (the goods
    and their money sent back: typed_rows.both_lowered); else as the sheet writes it. A list
    of returns with a refund column beside (`raw_of` its cells, and its refund dates') says
    each row's money itself: a row whose refund is blank, 0, no (否), not yet (未退) or any
    word but yes sent none back (yet), its return a credit note alone, owed to the buyer
    (RETURN_KEPT); a figure, yes (是), a date or 已退 did (:func:`refund_said`), and so did a
    blank refund beside its refund date (the whole return, as before ref41: fix41a). Read as
    refunded in full, a buyer owed 3,000 for goods it sent back was shown owed nothing (ref41)."""
    if not sheet.refunds:
        return kinds
    if not sheet.returns:
        return [REFUNDED] * len(kinds)
    if "received_amount" not in sheet.mapping:  # no refund column: the money back (fix40e)
        return [RETURNED] * len(kinds)
    days = raw_of("received_date")  # its refund date (refunds_sheet)
    return [RETURNED if refund_said(cell) or blank(cell) and refund_said(day) else RETURN_KEPT
            for cell, day in zip(raw_of("received_amount"), days, strict=True)]


def refund_said(cell: object) -> bool:
    """Does a list of returns' refund cell say the money went back: a figure but 0, a date
    (its day, or written as text) or a word saying so (是, 已退, refunded: typed_rows.
    refund_word)? A refund column of 是 / 否 says so, no sum (the return's then): read as
    figures, 是 was empty, the money kept (ref41). Any other word (不退, 退款中, ×, 未付款, not
    refunded, TBD) sent none back: read as sent, a buyer owed 15,000 was owed nothing (fix41a)."""
    if isinstance(cell, str):
        figure = parse_amount(cell)[0]
        if figure is not None:
            return bool(figure)
        return refund_word(cell) or parse_date(cell) is not None
    if isinstance(cell, (bool, int, float)):
        return bool(cell)
    return cell is not None


def listed_worth(records: list[Record], rows: Sequence[int], amounts: Sequence[float | None],
                 returns: bool) -> None:
    """A list of returns' (`returns`) credit notes (typed_rows.both_lowered made them of the
    money sent back), in place, worth the return's sum its row writes (`amounts`, of `rows`):
    退货金额 3,000 beside 退款金额 2,000 is 3,000 of goods back, 2,000 of money."""
    if not returns:
        return
    worth = dict(zip(rows, amounts, strict=True))
    for i, record in enumerate(records):
        back = worth.get(record[ROW])
        if back and record[CREDIT_NOTE] and record[AMOUNT] < 0:
            records[i] = (*record[:AMOUNT], -abs(back), *record[AMOUNT + 1:])


def kept_returns(records: list[Record], money: Sequence[int], returns: bool) -> list[int]:
    """A list of returns' (`returns`) rows read as a credit note alone, no money sent back
    (:func:`listed_kinds`: its refund cell blank), for the report to name; `money`: the rows
    read as money (typed_rows.as_receipts)."""
    if not returns:
        return []
    sent = set(money)
    return sorted({r[ROW] for r in records if r[CREDIT_NOTE] and r[ROW] not in sent})


def refunds_sheet(mapping: dict[str, int]) -> bool:
    """Is this a list of refunds, its only money a refund column (退货 tab or file: 合同号, 客户,
    退款金额, 退款日期)? Each row is then money sent back to its customer, as a row noted 退款
    with 实收 -3,000 is (typed_rows.as_receipts): its refund the row's sum (`mapping` made so,
    in place), its refund date the date received. Read as sales before, 3,000 refunded was a
    sale of 3,000 (revenue 18,000 where 15,000 is). A list of returns (退货金额 / 退货日期, or
    退货数量 beside its refund: :func:`returns_list`) is one too, its sum the return's and a
    refund column beside it its money received: each row read as 退货退款 (sheet_columns)."""
    money = "return_amount" if "return_amount" in mapping else "refund_amount"
    if (money not in mapping or "customer" not in mapping
            or {"amount", "received_amount"} & set(mapping)
            or {"quantity", "unit_price"} <= set(mapping)):
        return False
    mapping["amount"] = mapping.pop(money)
    if "refund_amount" in mapping:  # beside a return's sum: the money sent back with it
        mapping["received_amount"] = mapping.pop("refund_amount")
    for day in ("return_date", "refund_date"):  # the return's day first: the row's date
        when = "received_date" if "order_date" in mapping else "order_date"
        if day in mapping and when not in mapping:
            mapping[when] = mapping.pop(day)
    return True


def returns_list(as_read: dict[str, int]) -> bool:
    """Does a list of refunds say goods came back (退货金额, 退货数量): a list of returns?"""
    return bool({"return_amount", "returned_quantity"} & set(as_read))
